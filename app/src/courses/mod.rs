//! Courses from content packs: the catalogue, course outlines and the lesson reader.

pub mod api;
#[cfg(feature = "ssr")]
pub mod files;
#[cfg(feature = "ssr")]
pub mod glossary;
#[cfg(feature = "ssr")]
pub mod import;
#[cfg(feature = "ssr")]
pub mod pack;
#[cfg(feature = "ssr")]
pub(crate) mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod structure;

#[cfg(feature = "ssr")]
pub use pages::{CataloguePage, CoursePage, LessonPage};

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// A text picked for the reader's language, or a fallback when it is not translated yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    pub text: String,
    /// The language the text is actually in.
    pub lang: Lang,
}

/// A course in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseCard {
    pub slug: String,
    pub title: Localized,
    pub summary: Localized,
    pub audience: String,
    pub lessons: u32,
    /// Percent of the course's lessons and quizzes the viewer read or passed (100 with a
    /// certificate), when signed in and started.
    pub progress: Option<u32>,
    /// The viewer holds the course's certificate.
    pub completed: bool,
}

/// A lesson link in an outline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonLink {
    pub key: String,
    pub title: Localized,
    pub done: bool,
}

/// A module in a course outline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleOutline {
    pub key: String,
    pub title: Localized,
    pub summary: Localized,
    pub lessons: Vec<LessonLink>,
    pub quiz_key: String,
    /// Best practice-quiz result `(correct, total)` of the viewer.
    pub best: Option<(u32, u32)>,
}

/// A course page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseOutline {
    pub slug: String,
    pub title: Localized,
    pub summary: Localized,
    pub pass_mark: u32,
    pub modules: Vec<ModuleOutline>,
    pub final_quiz_key: String,
    /// Lessons read and quizzes passed out of all of them; 100 with a certificate.
    pub progress: u32,
    /// The viewer read a lesson or tried a quiz.
    pub started: bool,
    /// The first lesson not yet completed.
    pub resume: Option<String>,
    pub certificate: Option<String>,
}

/// A lesson as the reader shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonView {
    pub course_slug: String,
    pub course_title: Localized,
    pub key: String,
    pub title: String,
    /// Sanitised HTML.
    pub html: String,
    /// URL of a recording of the lesson, if there is one.
    pub audio: Option<String>,
    pub lang: Lang,
    pub prev: Option<LessonLink>,
    pub next: Option<LessonLink>,
    /// The module's practice quiz, offered after its last lesson.
    pub module_quiz: Option<String>,
    pub done: bool,
}
