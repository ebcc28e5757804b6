//! Certificates for passing a course's final assessment, and their public verification.

#[cfg(feature = "ssr")]
pub mod download;
#[cfg(feature = "ssr")]
pub mod issuer;
#[cfg(feature = "ssr")]
mod pages;
#[cfg(feature = "ssr")]
mod pdf;
#[cfg(feature = "ssr")]
pub mod repo;

#[cfg(feature = "ssr")]
pub use issuer::Issuer;
#[cfg(feature = "ssr")]
pub use pages::{CertificatePage, VerifyFormPage, VerifyPage};

use serde::{Deserialize, Serialize};

/// What a certificate shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateView {
    pub code: String,
    pub learner_name: String,
    /// Course title in the language shown.
    pub course: String,
    pub course_slug: String,
    /// Seconds since the epoch.
    pub issued_at: i64,
    pub district: Option<String>,
    pub score_percent: u32,
}

/// A date as learners in India write it, on India's calendar (the page, the PDF, the
/// verification page and the dashboard all show this one).
#[cfg(feature = "ssr")]
pub fn date(ts: i64) -> String {
    crate::i18n::india_time(ts)
        .map(|d| d.format("%d-%m-%Y").to_string())
        .unwrap_or_default()
}

/// [`date`] for a web page: held left to right (Unicode LRI … PDI), since in an Urdu sentence
/// the browser otherwise lays "06-12-2026" out as "2026-12-06" (the PDF shapes it as written).
#[cfg(feature = "ssr")]
pub fn date_in_page(ts: i64) -> String {
    format!("\u{2066}{}\u{2069}", date(ts))
}
