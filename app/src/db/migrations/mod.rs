//! Schema changes, one file per change. Never edit a migration that has shipped: add one.

mod m20261129_000001_create_districts;
mod m20261129_000002_create_users;
mod m20261129_000003_create_sessions;
mod m20261129_000004_create_login_throttle;
mod m20261129_000005_create_courses;
mod m20261129_000006_create_progress;
mod m20261129_000007_create_media;
mod m20261129_000008_create_quiz_drafts;
mod m20261205_000001_account_admin;
mod m20261205_000002_final_attempt_limit;
mod m20261205_000003_session_last_seen;
mod m20261205_000004_cohorts;
mod m20261205_000005_official_scope;
mod m20261205_000006_coverage;
mod m20261206_000001_quiz_attempt_times;
mod m20261206_000002_glossary;

use sea_orm_migration::prelude::*;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261129_000001_create_districts::Migration),
            Box::new(m20261129_000002_create_users::Migration),
            Box::new(m20261129_000003_create_sessions::Migration),
            Box::new(m20261129_000004_create_login_throttle::Migration),
            Box::new(m20261129_000005_create_courses::Migration),
            Box::new(m20261129_000006_create_progress::Migration),
            Box::new(m20261129_000007_create_media::Migration),
            Box::new(m20261129_000008_create_quiz_drafts::Migration),
            Box::new(m20261205_000001_account_admin::Migration),
            Box::new(m20261205_000002_final_attempt_limit::Migration),
            Box::new(m20261205_000003_session_last_seen::Migration),
            Box::new(m20261205_000004_cohorts::Migration),
            Box::new(m20261205_000005_official_scope::Migration),
            Box::new(m20261205_000006_coverage::Migration),
            Box::new(m20261206_000001_quiz_attempt_times::Migration),
            Box::new(m20261206_000002_glossary::Migration),
        ]
    }
}
