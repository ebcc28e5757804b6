//! Per-district targets: how many learners each district should reach in a year, for all groups
//! ('') or one learner group. Set by admins; read by the coverage report.

use crate::{auth::LearnerGroup, db::statement, error::AppError};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr};
use std::collections::HashMap;

/// The largest target accepted: more than J&K's population.
const MOST: i64 = 20_000_000;

/// A checked year (2020–2100).
pub fn parse_year(s: &str) -> Result<i32, AppError> {
    s.trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (2020..=2100).contains(y))
        .ok_or_else(|| AppError::invalid("year", "targets-error-year"))
}

/// A checked group code ('' for all groups).
pub fn parse_group(s: &str) -> Result<String, AppError> {
    match s.trim() {
        "" => Ok(String::new()),
        g => LearnerGroup::from_code(g)
            .map(|g| g.code().to_owned())
            .ok_or_else(|| AppError::invalid("group", "coverage-error-group")),
    }
}

/// Checks posted `(district slug, target text)` pairs: an empty text clears that target.
pub fn parse_targets(
    districts: &[String],
    targets: &[String],
) -> Result<Vec<(String, Option<i64>)>, AppError> {
    if districts.len() != targets.len() || districts.len() > 100 {
        return Err(AppError::invalid("targets", "targets-error-number"));
    }
    districts
        .iter()
        .zip(targets)
        .map(|(d, t)| {
            let t = t.trim().replace([',', ' '], "");
            let value = if t.is_empty() {
                None
            } else {
                Some(
                    t.parse::<i64>()
                        .ok()
                        .filter(|n| (0..=MOST).contains(n))
                        .ok_or_else(|| AppError::invalid("targets", "targets-error-number"))?,
                )
            };
            Ok((d.clone(), value))
        })
        .collect()
}

/// Targets of `year` for `group`, by district slug.
pub async fn of_year(
    db: &impl ConnectionTrait,
    year: i32,
    group: &str,
) -> Result<HashMap<String, i64>, DbErr> {
    let rows = db
        .query_all_raw(statement(
            db.get_database_backend(),
            "SELECT d.slug, t.target FROM coverage_targets t JOIN districts d ON d.id = t.district_id
             WHERE t.year = $1 AND t.learner_group = $2",
            [year.into(), group.into()],
        ))
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("", "slug")?, r.try_get("", "target")?)))
        .collect()
}

/// Replaces the given districts' targets for `year` and `group` in one transaction; an unknown
/// district changes nothing.
pub async fn set(
    db: &DatabaseConnection,
    year: i32,
    group: &str,
    targets: &[(String, Option<i64>)],
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    for (slug, target) in targets {
        let district = crate::districts::repo::id_of(&txn, slug)
            .await?
            .ok_or_else(|| AppError::invalid("targets", "coverage-error-district"))?;
        txn.execute_raw(statement(
            txn.get_database_backend(),
            "DELETE FROM coverage_targets WHERE district_id = $1 AND year = $2 AND learner_group = $3",
            [district.into(), year.into(), group.into()],
        ))
        .await?;
        if let Some(t) = target {
            txn.execute_raw(statement(
                txn.get_database_backend(),
                "INSERT INTO coverage_targets (district_id, year, learner_group, target) VALUES ($1, $2, $3, $4)",
                [district.into(), year.into(), group.into(), (*t).into()],
            ))
            .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}
