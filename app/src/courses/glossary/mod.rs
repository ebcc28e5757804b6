//! The glossary (`content/glossary.toml`): terms with a short definition in each language, the
//! single source of the words lessons, quizzes and the interface use. A lesson links the first
//! use of each term to its entry on `/glossary`; tests check the `.ftl` files use the chosen
//! words and nobody uses an avoided spelling.

mod file;
mod page;
pub mod repo;
pub mod words;

pub use file::{load, Glossary, GlossaryError, Spelling, Term, TermText, FILE_NAME};
pub use page::GlossaryPage;

/// One entry as the glossary page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The page anchor, `/glossary#<id>`.
    pub id: String,
    pub word: super::Localized,
    pub definition: super::Localized,
    /// The English word, shown beside the entry in other languages: apps show it.
    pub english: String,
}
