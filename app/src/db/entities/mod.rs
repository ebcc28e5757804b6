//! SeaORM entities, one file per table. Behaviour lives in the domain repositories.

pub mod audit_log;
pub mod certificate;
pub mod course;
pub mod district;
pub mod final_attempt_gate;
pub mod lesson;
pub mod lesson_body;
pub mod lesson_completion;
pub mod login_throttle;
pub mod media;
pub mod module;
pub mod quiz;
pub mod quiz_attempt;
pub mod quiz_draft;
pub mod session;
pub mod user;
