//! The trainer's pages: their cohorts, and one cohort with its learners.

mod assignments;
mod attendance;
mod cohort;
mod learner;
mod list;
mod preview;
mod progress;
mod slips;
mod upload;

pub use assignments::AssignmentsPage;
pub use attendance::AttendancePage;
pub use cohort::CohortPage;
pub use learner::LearnerPage;
pub use list::CohortsPage;
pub use preview::PreviewPage;
pub use progress::ProgressPage;
pub use slips::SlipsPage;
pub use upload::UploadPage;
