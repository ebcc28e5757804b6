//! Uploaded lists between their preview and the trainer's confirmation: kept as their checked
//! rows (never the file as sent), looked up against existing accounts, and enrolled in one
//! transaction.

use crate::{
    access::CohortRef,
    cohorts::{
        csv::{self, Account, UploadRow},
        members,
    },
    db::{entities::enrolment_upload, now},
    error::AppError,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set,
};
use std::collections::HashMap;

/// How long an upload waits for its confirmation, in seconds.
pub const KEPT_FOR: i64 = 24 * 3600;

/// Logins per lookup: well under both databases' parameter limits.
const LOOKUP_BATCH: usize = 500;

/// Where each of `logins` that has an account is: in `cohort`, or elsewhere.
pub async fn accounts(
    db: &impl ConnectionTrait,
    cohort: i32,
    logins: &[String],
) -> Result<HashMap<String, Account>, DbErr> {
    let mut found = HashMap::new();
    for chunk in logins.chunks(LOOKUP_BATCH) {
        let placeholders: Vec<String> = (2..chunk.len() + 2).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT u.login AS login, COUNT(m.user_id) AS inside FROM users u \
             LEFT JOIN cohort_members m ON m.user_id = u.id AND m.cohort_id = $1 \
             WHERE u.login IN ({}) GROUP BY u.login",
            placeholders.join(", ")
        );
        let values = std::iter::once(sea_orm::Value::from(cohort))
            .chain(chunk.iter().map(|l| sea_orm::Value::from(l.clone())));
        let stmt = crate::db::statement(db.get_database_backend(), &sql, values);
        for row in db.query_all_raw(stmt).await? {
            let login: String = row.try_get("", "login")?;
            let inside: i64 = row.try_get("", "inside")?;
            let account = if inside > 0 {
                Account::InThisCohort
            } else {
                Account::Elsewhere
            };
            found.insert(login, account);
        }
    }
    Ok(found)
}

/// Checks `rows` against the accounts in the database and keeps them for the preview; uploads
/// older than [`KEPT_FOR`] go at the same time. Returns the upload's public id.
pub async fn store(
    db: &DatabaseConnection,
    cohort: &CohortRef,
    uploaded_by: i32,
    mut rows: Vec<UploadRow>,
) -> Result<String, AppError> {
    let existing = accounts(db, cohort.id, &csv::ready_logins(&rows)).await?;
    csv::settle(&mut rows, &existing);
    let json = serde_json::to_string(&rows).map_err(|_| AppError::Internal)?;
    let pid = uuid::Uuid::new_v4().to_string();
    let at = now();
    let txn = crate::db::begin_write(db).await?;
    enrolment_upload::Entity::delete_many()
        .filter(enrolment_upload::Column::CreatedAt.lt(at - KEPT_FOR))
        .exec(&txn)
        .await?;
    enrolment_upload::ActiveModel {
        pid: Set(pid.clone()),
        cohort_id: Set(cohort.id),
        uploaded_by: Set(uploaded_by),
        rows: Set(json),
        created_at: Set(at),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(pid)
}

async fn find(
    db: &impl ConnectionTrait,
    cohort: &CohortRef,
    pid: &str,
) -> Result<enrolment_upload::Model, AppError> {
    enrolment_upload::Entity::find()
        .filter(enrolment_upload::Column::Pid.eq(pid))
        .filter(enrolment_upload::Column::CohortId.eq(cohort.id))
        .filter(enrolment_upload::Column::CreatedAt.gte(now() - KEPT_FOR))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

fn parse(model: &enrolment_upload::Model) -> Result<Vec<UploadRow>, AppError> {
    serde_json::from_str(&model.rows).map_err(|err| {
        tracing::error!(error = %err, upload = %model.pid, "stored upload unreadable");
        AppError::Internal
    })
}

/// The rows of the upload `pid` of `cohort` (not found once confirmed or a day old).
pub async fn load(
    db: &DatabaseConnection,
    cohort: &CohortRef,
    pid: &str,
) -> Result<Vec<UploadRow>, AppError> {
    parse(&find(db, cohort, pid).await?)
}

/// What confirming an upload did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmed {
    /// This many learners were created and enrolled; the upload is gone.
    Enrolled(usize),
    /// Logins shown as free in the preview have been taken since: nothing was enrolled, and
    /// the upload now shows those rows as refused.
    Changed,
}

/// Enrols every ready row of the upload `pid`, checked again against the accounts in the
/// database, in one transaction: all of them or, if anything fails, none.
pub async fn confirm(
    db: &DatabaseConnection,
    cohort: &CohortRef,
    pid: &str,
    issued_by: i32,
) -> Result<Confirmed, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let model = find(&txn, cohort, pid).await?;
    let mut rows = parse(&model)?;
    let existing = accounts(&txn, cohort.id, &csv::ready_logins(&rows)).await?;
    if csv::settle(&mut rows, &existing) > 0 {
        let json = serde_json::to_string(&rows).map_err(|_| AppError::Internal)?;
        let mut changed: enrolment_upload::ActiveModel = model.into();
        changed.rows = Set(json);
        changed.update(&txn).await?;
        txn.commit().await?;
        return Ok(Confirmed::Changed);
    }
    let created = members::create_learners(&txn, cohort.id, &csv::ready(&rows), issued_by)
        .await
        .map_err(|err| match err {
            // Taken by another server between the check above and the insert.
            AppError::Invalid { .. } => AppError::invalid("upload", "upload-confirm-changed"),
            other => other,
        })?;
    enrolment_upload::Entity::delete_by_id(model.id)
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(Confirmed::Enrolled(created.len()))
}
