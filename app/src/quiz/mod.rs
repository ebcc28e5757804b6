//! Practice quizzes and final assessments: taking them, scoring on the server, results.

pub mod api;
#[cfg(feature = "ssr")]
pub mod drafts;
#[cfg(feature = "ssr")]
pub mod finals;
mod model;
#[cfg(feature = "ssr")]
mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod scoring;
pub mod screens;

pub use model::{Question, QuestionKind, QuestionText, TRUE_FALSE};
#[cfg(feature = "ssr")]
pub use pages::{AttemptPage, QuizPage};

use serde::{Deserialize, Serialize};

/// A question as the page shows it: text only, never the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionView {
    pub id: String,
    pub kind: QuestionKind,
    pub prompt: String,
    /// `(option id, text)` in display order (shuffled for `Order` questions).
    pub options: Vec<(String, String)>,
}

/// One question of a finished attempt, for the result page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewItem {
    pub prompt: String,
    pub chosen: Vec<String>,
    pub correct: bool,
    /// The right answer and why: shown after practice quizzes only.
    pub right_answer: Vec<String>,
    /// True for "put in order" questions, whose answers read as a sequence.
    pub ordered: bool,
    pub explanation: String,
}

/// A finished attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptResult {
    pub correct: u32,
    pub total: u32,
    pub percent: u32,
    pub is_final: bool,
    pub passed: bool,
    pub pass_mark: u32,
    pub review: Vec<ReviewItem>,
    /// Titles of the modules to read again after a failed final (its questions stay unmarked).
    pub revise: Vec<String>,
    pub certificate: Option<String>,
}
