//! Reading and checking `glossary.toml`.

use serde::Deserialize;
use std::{collections::BTreeMap, path::Path};

/// The glossary's file name, beside the course packs.
pub const FILE_NAME: &str = "glossary.toml";

/// A glossary that passed every check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Glossary {
    pub terms: Vec<Term>,
    pub spellings: Vec<Spelling>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Term {
    pub id: String,
    /// Link the term's first use in lessons (false for everyday words kept for their spelling).
    #[serde(default = "yes")]
    pub link: bool,
    /// Fluent message ids whose text must use the term's word in every language.
    #[serde(default)]
    pub ftl: Vec<String>,
    /// By language code.
    #[serde(flatten)]
    pub texts: BTreeMap<String, TermText>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermText {
    /// The chosen word.
    pub word: String,
    /// Other forms that count as the term (plurals, inflections).
    #[serde(default)]
    pub forms: Vec<String>,
    /// Spellings nobody may use in this language.
    #[serde(default)]
    pub avoid: Vec<String>,
    /// Phrases in which the word means something else (Hindi के आधार पर, "on the basis of"):
    /// never linked there.
    #[serde(default)]
    pub except: Vec<String>,
    pub definition: String,
}

impl TermText {
    /// The word first, then its other forms.
    pub fn all_forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.word.as_str()).chain(self.forms.iter().map(String::as_str))
    }
}

/// A spelling rule that is not a glossary term (Kashmiri "and" is تہٕ, never و).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spelling {
    pub lang: String,
    #[serde(rename = "use")]
    pub use_: String,
    pub avoid: Vec<String>,
    /// Phrases in which an avoided spelling is right (a name: جموں و کشمیر).
    #[serde(default)]
    pub except: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default)]
    terms: Vec<Term>,
    #[serde(default)]
    spellings: Vec<Spelling>,
}

/// A problem in the glossary, by line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlossaryError {
    pub line: Option<usize>,
    pub message: String,
}

/// Reads `root/glossary.toml`: `None` when there is none, or every problem found.
pub fn load(root: &Path) -> Result<Option<Glossary>, Vec<GlossaryError>> {
    let path = root.join(FILE_NAME);
    let Ok(meta) = path.symlink_metadata() else {
        return Ok(None);
    };
    let error = |message: String| {
        vec![GlossaryError {
            line: None,
            message,
        }]
    };
    if !meta.is_file() {
        return Err(error(format!("{FILE_NAME} must be a plain file")));
    }
    let text = std::fs::read_to_string(&path).map_err(|e| error(e.to_string()))?;
    parse(&text).map(Some)
}

/// Parses and checks the glossary's text.
pub fn parse(text: &str) -> Result<Glossary, Vec<GlossaryError>> {
    let file: GlossaryFile = toml::from_str(text).map_err(|e| {
        vec![GlossaryError {
            line: e.span().map(|s| text[..s.start].lines().count().max(1)),
            message: e.message().to_owned(),
        }]
    })?;
    let mut errors = Vec::new();
    let mut seen = BTreeMap::new();
    for term in &file.terms {
        // The n-th term with this id is at the n-th line that names it.
        let nth = seen.entry(term.id.as_str()).or_insert(0usize);
        let line = text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.trim() == format!("id = \"{}\"", term.id))
            .nth(*nth)
            .map(|(i, _)| i + 1);
        *nth += 1;
        let mut problem = |message: String| errors.push(GlossaryError { line, message });
        if !crate::ids::valid_id(&term.id) {
            problem(format!(
                "term id `{}` must be lowercase letters, digits and dashes",
                term.id
            ));
        }
        if seen[term.id.as_str()] > 1 {
            problem(format!("term id `{}` is used twice", term.id));
        }
        if !term.texts.contains_key("en") {
            problem(format!("term `{}` needs its English text", term.id));
        }
        for (lang, t) in &term.texts {
            if crate::i18n::Lang::from_code(lang).is_none() {
                problem(format!("term `{}`: unknown language `{lang}`", term.id));
            }
            if t.word.trim().is_empty() || t.definition.trim().is_empty() {
                problem(format!(
                    "term `{}` ({lang}): word and definition must not be empty",
                    term.id
                ));
            }
            if let Some(form) = t.all_forms().find(|f| t.avoid.iter().any(|a| a == f)) {
                problem(format!(
                    "term `{}` ({lang}): `{form}` is both used and avoided",
                    term.id
                ));
            }
        }
    }
    for s in &file.spellings {
        if crate::i18n::Lang::from_code(&s.lang).is_none() || s.avoid.contains(&s.use_) {
            errors.push(GlossaryError {
                line: line_of(text, &format!("use = \"{}\"", s.use_)),
                message: format!(
                    "spelling `{}`: a known language, and `use` not avoided",
                    s.use_
                ),
            });
        }
    }
    if errors.is_empty() {
        Ok(Glossary {
            terms: file.terms,
            spellings: file.spellings,
        })
    } else {
        Err(errors)
    }
}

fn line_of(text: &str, needle: &str) -> Option<usize> {
    text.lines().position(|l| l.contains(needle)).map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[[terms]]
id = "otp"
ftl = ["login-otp"]
[terms.en]
word = "OTP"
forms = ["OTPs"]
definition = "A one-time password."
[terms.ur]
word = "OTP"
definition = "ایک بار کا پاس ورڈ۔"

[[terms]]
id = "question"
link = false
[terms.en]
word = "question"
definition = "What a quiz asks."
[terms.doi]
word = "सुआल"
avoid = ["सवाल"]
definition = "क्विज़ च पुच्छी गेदी गल्ल।"

[[spellings]]
lang = "ks"
use = "تہٕ"
avoid = ["و"]
"#;

    #[test]
    fn reads_terms_and_spellings() {
        let g = parse(GOOD).unwrap();
        assert_eq!(g.terms.len(), 2);
        assert!(g.terms[0].link && !g.terms[1].link);
        assert_eq!(
            g.terms[0].texts["en"].all_forms().collect::<Vec<_>>(),
            ["OTP", "OTPs"]
        );
        assert_eq!(g.terms[1].texts["doi"].avoid, ["सवाल"]);
        assert_eq!(g.spellings[0].use_, "تہٕ");
    }

    #[test]
    fn names_each_problem_with_its_line() {
        let bad = GOOD
            .replace("id = \"question\"", "id = \"otp\"")
            .replace("avoid = [\"सवाल\"]", "avoid = [\"सुआल\"]");
        let errors = parse(&bad).unwrap_err();
        let messages: Vec<_> = errors
            .iter()
            .map(|e| (e.line, e.message.as_str()))
            .collect();
        assert!(
            messages
                .iter()
                .any(|(l, m)| m.contains("used twice") && *l == Some(14)),
            "{messages:?}"
        );
        assert!(messages
            .iter()
            .any(|(_, m)| m.contains("both used and avoided")));
        let no_english = GOOD.replace("[terms.en]\nword = \"OTP\"", "[terms.hi]\nword = \"OTP\"");
        assert!(parse(&no_english).unwrap_err()[0]
            .message
            .contains("English"));
        assert!(parse("[[terms]]\nid = 3").unwrap_err()[0].line.is_some());
    }
}
