//! The trainer's pages: their cohorts, and one cohort with its learners.

mod cohort;
mod list;

pub use cohort::CohortPage;
pub use list::CohortsPage;
