//! The HTTP integration tests, linked into one binary (one link of the whole app instead of
//! one per file). Each scenario runs on SQLite and on PostgreSQL.

#[macro_use]
mod common;

mod accounts;
mod admin;
mod assignments;
mod backup;
mod bad_input;
mod cohorts;
mod content;
mod coverage;
mod enrolment;
mod final_screens;
mod finals;
mod glossary;
mod headers;
mod issuer;
mod learner_pages;
mod media;
mod metrics;
mod officials;
mod offline;
mod outage;
mod practice;
mod progress;
mod shipped;
mod start_codes;
mod statewide;
mod throttle;
mod trainer_access;
