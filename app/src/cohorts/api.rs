//! Server functions of the cohort pages. Each: who is calling → may they (`access`) → one call
//! into the data layer → map the error.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use crate::{
        access::{self, CohortRef},
        auth::Viewer,
        error::AppError,
        web::{self, flash, form::FormOutcome},
    };

    /// The cohort page's path.
    pub fn cohort_path(pid: &str) -> String {
        format!("/cohorts/{pid}")
    }

    /// The signed-in viewer and the cohort `pid` they may manage, else the outcome's refusal.
    pub async fn cohort_for(
        outcome: &FormOutcome<'_>,
        pid: &str,
    ) -> Result<(Viewer, CohortRef, sea_orm::DatabaseConnection), AppError> {
        let viewer = access::signed_in().map_err(|e| outcome.fail(e))?;
        let db = web::db()?;
        let cohort = access::cohort(&db, &viewer, pid)
            .await
            .map_err(|e| outcome.fail(e))?;
        Ok((viewer, cohort, db))
    }

    /// Flash keys of a start code shown once on the next page.
    pub const ISSUED_LOGIN: &str = "issued_login";
    pub const ISSUED_NAME: &str = "issued_name";
    pub const ISSUED_CODE: &str = "issued_code";

    /// Carries a new start code to the next page only (the flash is read once and cleared).
    pub fn show_code_once(login: String, name: String, code: String) {
        let mut shown = flash::Flash {
            notice: Some("cohort-code-issued".into()),
            ..Default::default()
        };
        for (key, value) in [
            (ISSUED_LOGIN, login),
            (ISSUED_NAME, name),
            (ISSUED_CODE, code),
        ] {
            shown.values.insert(key.into(), value);
        }
        flash::put(&shown);
    }
}

/// Creates a cohort run by the calling trainer (or admin).
#[server(prefix = "/api", endpoint = "create-cohort")]
pub async fn create_cohort(
    name: String,
    kind: String,
    district: String,
    schedule_notes: String,
) -> Result<(), AppError> {
    use crate::{
        access,
        cohorts::repo,
        web::{self, form::FormOutcome},
    };
    let keep = [
        ("name", name.as_str()),
        ("kind", kind.as_str()),
        ("district", district.as_str()),
        ("schedule_notes", schedule_notes.as_str()),
    ];
    let mut outcome = FormOutcome {
        success: "/cohorts",
        notice: Some("cohort-created"),
        form: "/cohorts",
        keep: &keep,
    };
    let viewer = access::signed_in().map_err(|e| outcome.fail(e))?;
    access::require_cohort_staff(&viewer).map_err(|e| outcome.fail(e))?;
    let new =
        repo::validate(&name, &kind, &district, &schedule_notes).map_err(|e| outcome.fail(e))?;
    let created = repo::create(&web::db()?, viewer.id, new).await;
    let path = created
        .as_ref()
        .map(|pid| ssr::cohort_path(pid))
        .unwrap_or_default();
    outcome.success = &path;
    outcome.finish(created)
}

/// Adds an existing learner account to a cohort.
#[server(prefix = "/api", endpoint = "add-to-cohort")]
pub async fn add_to_cohort(cohort: String, learner: String) -> Result<(), AppError> {
    use crate::{cohorts::members, web::form::FormOutcome};
    crate::ids::check(&[&cohort, &learner])?;
    let path = ssr::cohort_path(&cohort);
    let outcome = FormOutcome {
        success: &path,
        notice: Some("cohort-learner-added"),
        form: &path,
        keep: &[],
    };
    let (_, c, db) = ssr::cohort_for(&outcome, &cohort).await?;
    outcome.finish(members::add_existing(&db, &c, &learner).await)
}

/// Creates one learner in a cohort with a start code, shown once on the next page.
#[server(prefix = "/api", endpoint = "create-learner")]
#[allow(clippy::too_many_arguments)]
pub async fn create_learner(
    cohort: String,
    display_name: String,
    login: String,
    gender: String,
    group: String,
    district: String,
    language: String,
) -> Result<(), AppError> {
    use crate::{
        cohorts::{enrol, members},
        web::form::FormOutcome,
    };
    crate::ids::check(&[&cohort])?;
    let path = ssr::cohort_path(&cohort);
    let keep = [
        ("display_name", display_name.as_str()),
        ("login", login.as_str()),
        ("gender", gender.as_str()),
        ("group", group.as_str()),
        ("district", district.as_str()),
        ("language", language.as_str()),
    ];
    let outcome = FormOutcome {
        success: &path,
        notice: None,
        form: &path,
        keep: &keep,
    };
    let (viewer, c, db) = ssr::cohort_for(&outcome, &cohort).await?;
    let fields = enrol::LearnerFields {
        display_name: display_name.clone(),
        login: login.clone(),
        gender: gender.clone(),
        group: group.clone(),
        district: district.clone(),
        language: language.clone(),
    };
    let result = async {
        let new = enrol::validate_one(&db, &fields).await?;
        let txn = crate::db::begin_write(&db).await?;
        let mut created = members::create_learners(&txn, c.id, &[new], viewer.id).await?;
        txn.commit().await?;
        created.pop().ok_or(AppError::Internal)
    }
    .await;
    outcome.finish(result.map(|l| ssr::show_code_once(l.login, l.display_name, l.start_code)))
}

/// Takes a learner out of a cohort; their progress stays.
#[server(prefix = "/api", endpoint = "remove-from-cohort")]
pub async fn remove_from_cohort(cohort: String, learner: String) -> Result<(), AppError> {
    use crate::{access, cohorts::members, web::form::FormOutcome};
    crate::ids::check(&[&cohort, &learner])?;
    let path = ssr::cohort_path(&cohort);
    let outcome = FormOutcome {
        success: &path,
        notice: Some("cohort-learner-removed"),
        form: &path,
        keep: &[],
    };
    let (_, c, db) = ssr::cohort_for(&outcome, &cohort).await?;
    let l = access::learner_in_cohort(&db, &c, &learner)
        .await
        .map_err(|e| outcome.fail(e))?;
    outcome.finish(members::remove(&db, &c, l.id).await)
}

/// Gives a learner a new start code (forgotten password): the old password stops working. The
/// code is shown once on the next page (`back`). Trainers of the learner's cohorts and admins.
#[server(prefix = "/api", endpoint = "new-start-code")]
pub async fn new_start_code(learner: String, back: String) -> Result<(), AppError> {
    use crate::{
        access,
        cohorts::start_codes,
        web::{self, form::FormOutcome},
    };
    crate::ids::check(&[&learner])?;
    let back = web::require_local_path(&back)?;
    let outcome = FormOutcome {
        success: &back,
        notice: None,
        form: &back,
        keep: &[],
    };
    let viewer = access::signed_in().map_err(|e| outcome.fail(e))?;
    access::require_cohort_staff(&viewer).map_err(|e| outcome.fail(e))?;
    let db = web::db()?;
    let l = access::learner(&db, &viewer, &learner)
        .await
        .map_err(|e| outcome.fail(e))?;
    let result = start_codes::reissue(&db, l.id, viewer.id).await;
    outcome.finish(
        result.map(|issued| ssr::show_code_once(issued.login, issued.display_name, issued.code)),
    )
}

/// Hands a cohort to another trainer. Admins only.
#[server(prefix = "/api", endpoint = "hand-over-cohort")]
pub async fn hand_over_cohort(cohort: String, trainer: String) -> Result<(), AppError> {
    use crate::{access, cohorts::repo, web::form::FormOutcome};
    crate::ids::check(&[&cohort])?;
    let path = ssr::cohort_path(&cohort);
    let keep = [("trainer", trainer.as_str())];
    let outcome = FormOutcome {
        success: &path,
        notice: Some("cohort-handed-over"),
        form: &path,
        keep: &keep,
    };
    let (viewer, c, db) = ssr::cohort_for(&outcome, &cohort).await?;
    access::require_admin(&viewer).map_err(|e| outcome.fail(e))?;
    outcome.finish(repo::hand_over(&db, &c, &trainer).await)
}
