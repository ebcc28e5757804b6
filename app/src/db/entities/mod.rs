//! SeaORM entities, one file per table. Behaviour lives in the domain repositories.

pub mod audit_log;
pub mod certificate;
pub mod cohort;
pub mod cohort_member;
pub mod course;
pub mod course_assignment;
pub mod course_assignment_learner;
pub mod district;
pub mod enrolment_upload;
pub mod final_attempt_gate;
pub mod lesson;
pub mod lesson_body;
pub mod lesson_completion;
pub mod login_throttle;
pub mod media;
pub mod module;
pub mod official_scope;
pub mod quiz;
pub mod quiz_attempt;
pub mod quiz_draft;
pub mod session;
pub mod start_code;
pub mod training_attendance;
pub mod training_session;
pub mod training_session_lesson;
pub mod user;
