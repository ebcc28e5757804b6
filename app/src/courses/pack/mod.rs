//! Content packs: a course as reviewable files (TOML manifest, Markdown lessons, quiz files per
//! language), loaded and checked whole before anything touches the database. See
//! `content/FORMAT.md`.

mod load;
mod markdown;
mod media;
pub(crate) mod svg;
mod tree;

pub use load::load_pack;
pub use markdown::render_markdown;
pub use media::{Media, MediaFile};

use crate::quiz::Question;
use std::{collections::BTreeMap, fmt, path::PathBuf};

/// A text in several languages, by language code.
pub type Texts = BTreeMap<String, String>;

/// A course pack that passed every check.
#[derive(Debug, Clone)]
pub struct Pack {
    pub slug: String,
    pub audience: String,
    pub pass_mark: u32,
    /// How many times a learner may take the final assessment in any 24 hours.
    pub final_attempts_per_day: u32,
    pub title: Texts,
    pub summary: Texts,
    pub modules: Vec<ModulePack>,
    pub final_quiz: QuizPack,
    /// Pictures and recordings, by path inside the pack.
    pub media: Media,
}

#[derive(Debug, Clone)]
pub struct ModulePack {
    pub key: String,
    pub title: Texts,
    pub summary: Texts,
    pub lessons: Vec<LessonPack>,
    pub quiz: QuizPack,
}

#[derive(Debug, Clone)]
pub struct LessonPack {
    pub key: String,
    /// The lesson in each language it is written in, by language code.
    pub bodies: BTreeMap<String, LessonBody>,
}

#[derive(Debug, Clone)]
pub struct LessonBody {
    pub title: String,
    /// Sanitised HTML.
    pub html: String,
    /// URL of a recording of the lesson, if the pack has one.
    pub audio: Option<String>,
}

#[derive(Debug, Clone)]
pub struct QuizPack {
    pub key: String,
    pub questions: Vec<Question>,
}

/// One problem in a pack, located by file (relative to the content folder) and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file.display(), self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

/// Audiences a course can be aimed at (`everyone` or a learner group code).
pub const AUDIENCES: [&str; 5] = [
    "everyone",
    "government-official",
    "student",
    "shg-member",
    "other",
];
