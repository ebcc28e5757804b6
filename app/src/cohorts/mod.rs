//! Trainers' cohorts: creating them, enrolling learners (one by one, from existing accounts or
//! from a CSV file), start codes and printable slips, course assignments with due dates,
//! attendance at in-person sessions, and the cohort's progress grid.

pub mod api;
pub mod assign_api;
#[cfg(feature = "ssr")]
pub mod assignments;
#[cfg(feature = "ssr")]
pub mod attendance;
#[cfg(feature = "ssr")]
pub mod csv;
#[cfg(feature = "ssr")]
pub mod enrol;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod members;
#[cfg(feature = "ssr")]
mod pages;
#[cfg(feature = "ssr")]
pub mod progress;
#[cfg(feature = "ssr")]
pub mod record;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod slips;
#[cfg(feature = "ssr")]
pub mod start_codes;
pub mod upload;

#[cfg(feature = "ssr")]
pub use pages::{
    AssignmentsPage, AttendancePage, CohortPage, CohortsPage, LearnerPage, ProgressPage, SlipsPage,
};
#[cfg(feature = "ssr")]
pub use pages::{PreviewPage, UploadPage};

use crate::auth::string_enum;
use serde::{Deserialize, Serialize};

string_enum!(
    /// What a cohort is: the report groups learners by it.
    CohortKind { Shg = "shg", Department = "department", Class = "class", Other = "other" }
);

/// A cohort as lists show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CohortSummary {
    pub pid: String,
    pub name: String,
    pub kind: CohortKind,
    /// District slug.
    pub district: String,
    pub trainer_login: String,
    pub learners: u64,
    /// Lessons completed out of those assigned (each assigned course's lessons, once for each
    /// learner it is for), 0–100.
    pub average_progress: u32,
    /// Seconds since the epoch of the latest lesson or quiz of any member.
    pub last_activity: Option<i64>,
}

/// A learner as a cohort page lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberSummary {
    pub pid: String,
    pub login: String,
    pub display_name: String,
    /// Has a start code that is still valid (has not yet chosen a password).
    pub pending_start: bool,
}
