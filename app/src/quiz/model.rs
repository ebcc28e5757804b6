use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// Exactly one option is right.
    Single,
    /// Every right option must be chosen, and no other.
    Multiple,
    /// The options are "true" and "false".
    TrueFalse,
    /// Put all options into the right order.
    Order,
}

/// The two option ids of a true/false question.
pub const TRUE_FALSE: [&str; 2] = ["true", "false"];

/// A question as stored on the server, with its answer key. Never sent to the browser: pages
/// get a [`QuestionView`](super::QuestionView).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub options: Vec<String>,
    /// Right option ids; for `Order`, every option in the right order.
    pub answer: Vec<String>,
    /// Texts by language code.
    pub texts: BTreeMap<String, QuestionText>,
    /// The module a final assessment question is about: a failed final names the modules to
    /// revise. Practice questions belong to their module already.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub module: Option<String>,
}

impl Question {
    /// Option ids the learner chooses among.
    pub fn option_ids(&self) -> Vec<String> {
        match self.kind {
            QuestionKind::TrueFalse => TRUE_FALSE.iter().map(|s| s.to_string()).collect(),
            _ => self.options.clone(),
        }
    }
}

/// One language's texts of a question.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct QuestionText {
    pub prompt: String,
    #[serde(default)]
    pub explanation: String,
    #[serde(default)]
    pub options: BTreeMap<String, String>,
}
