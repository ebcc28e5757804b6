//! Cohorts: creating, listing with their figures, handing over. Members are in `members`.

use super::{assignments, CohortKind, CohortSummary};
use crate::{
    access::{CohortRef, CohortScope},
    auth::{Role, Viewer},
    db::{
        entities::{cohort, user},
        now, statement,
    },
    districts,
    error::AppError,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set, Value,
};
use std::collections::HashMap;

/// A cohort as its form posts it, validated.
pub struct NewCohort {
    pub name: String,
    pub kind: CohortKind,
    /// District slug.
    pub district: String,
    pub schedule_notes: String,
}

/// Validates a posted cohort form.
pub fn validate(
    name: &str,
    kind: &str,
    district: &str,
    schedule_notes: &str,
) -> Result<NewCohort, AppError> {
    let name = crate::auth::validate::display_name(name)
        .map_err(|_| AppError::invalid("name", "cohort-error-name"))?;
    let kind = CohortKind::from_code(kind)
        .ok_or_else(|| AppError::invalid("kind", "register-error-choose"))?;
    let notes = schedule_notes.trim();
    if notes.chars().count() > 500 {
        return Err(AppError::invalid("schedule_notes", "cohort-error-notes"));
    }
    Ok(NewCohort {
        name,
        kind,
        district: district.to_owned(),
        schedule_notes: notes.to_owned(),
    })
}

/// Stores a new cohort run by `trainer`; returns its public id.
pub async fn create(
    db: &DatabaseConnection,
    trainer: i32,
    new: NewCohort,
) -> Result<String, AppError> {
    let district_id = districts::repo::id_of(db, &new.district)
        .await?
        .ok_or_else(|| AppError::invalid("district", "register-error-district"))?;
    let pid = uuid::Uuid::new_v4().to_string();
    let txn = crate::db::begin_write(db).await?;
    cohort::ActiveModel {
        pid: Set(pid.clone()),
        name: Set(new.name),
        kind: Set(new.kind.code().into()),
        district_id: Set(district_id),
        trainer_id: Set(trainer),
        schedule_notes: Set(new.schedule_notes),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(pid)
}

/// Gives the cohort to another trainer (admins only; checked by the caller).
pub async fn hand_over(
    db: &DatabaseConnection,
    cohort: &CohortRef,
    trainer_login: &str,
) -> Result<(), AppError> {
    let trainer = user::Entity::find()
        .filter(user::Column::Login.eq(trainer_login.trim().to_lowercase()))
        .filter(user::Column::Role.eq(Role::Trainer.code()))
        .one(db)
        .await?
        .ok_or_else(|| AppError::invalid("trainer", "cohort-error-trainer"))?;
    let txn = crate::db::begin_write(db).await?;
    cohort::ActiveModel {
        id: sea_orm::Unchanged(cohort.id),
        trainer_id: Set(trainer.id),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The cohorts the viewer runs (all of them for an admin), newest first, with learner count,
/// average progress over the assigned courses and last activity: six grouped queries. Progress
/// is the lessons done out of those to do, each assignment counting its course's lessons once
/// per learner it applies to (the whole cohort, or its chosen learners who are members).
pub async fn list_for(
    db: &DatabaseConnection,
    viewer: &Viewer,
) -> Result<Vec<CohortSummary>, DbErr> {
    let only = match CohortScope::of(viewer) {
        CohortScope::All => None,
        CohortScope::RunBy(trainer) => Some(trainer),
        CohortScope::Hidden => return Ok(Vec::new()),
    };
    // `$1` is the trainer, or NULL for every cohort.
    let filter = "($1 IS NULL OR c.trainer_id = $1)";
    let backend = db.get_database_backend();
    let arg = || -> [Value; 1] { [only.into()] };
    let cohorts = db
        .query_all_raw(statement(
            backend,
            &format!(
                "SELECT c.pid, c.name, c.kind, d.slug, u.login, c.id
                 FROM cohorts c JOIN districts d ON d.id = c.district_id
                 JOIN users u ON u.id = c.trainer_id
                 WHERE {filter} ORDER BY c.id DESC"
            ),
            arg(),
        ))
        .await?;
    let per_cohort = |sql: String| {
        let stmt = statement(backend, &sql, arg());
        async move {
            let rows = db.query_all_raw(stmt).await?;
            rows.iter()
                .map(|r| {
                    Ok((
                        r.try_get_by_index::<i32>(0)?,
                        r.try_get_by_index::<Option<i64>>(1)?,
                    ))
                })
                .collect::<Result<HashMap<i32, Option<i64>>, DbErr>>()
        }
    };
    let members = per_cohort(format!(
        "SELECT c.id, COUNT(*) FROM cohorts c JOIN cohort_members m ON m.cohort_id = c.id
         WHERE {filter} GROUP BY c.id"
    ))
    .await?;
    let applies = assignments::applies("a.id", "m.user_id");
    let possible = per_cohort(format!(
        "SELECT c.id, CAST(SUM(
                    (SELECT COUNT(*) FROM lessons l WHERE l.course_id = a.course_id)
                  * (SELECT COUNT(*) FROM cohort_members m
                     WHERE m.cohort_id = a.cohort_id AND {applies})) AS BIGINT)
         FROM cohorts c JOIN course_assignments a ON a.cohort_id = c.id
         WHERE {filter} GROUP BY c.id"
    ))
    .await?;
    let done = per_cohort(format!(
        "SELECT c.id, COUNT(*) FROM cohorts c JOIN cohort_members m ON m.cohort_id = c.id
         JOIN lesson_completions lc ON lc.user_id = m.user_id
         JOIN lessons l ON l.id = lc.lesson_id
         JOIN course_assignments a ON a.cohort_id = c.id AND a.course_id = l.course_id
         WHERE {filter} AND {applies} GROUP BY c.id"
    ))
    .await?;
    let last_lesson = per_cohort(format!(
        "SELECT c.id, MAX(lc.completed_at) FROM cohorts c
         JOIN cohort_members m ON m.cohort_id = c.id
         JOIN lesson_completions lc ON lc.user_id = m.user_id WHERE {filter} GROUP BY c.id"
    ))
    .await?;
    let last_quiz = per_cohort(format!(
        "SELECT c.id, MAX(qa.created_at) FROM cohorts c
         JOIN cohort_members m ON m.cohort_id = c.id
         JOIN quiz_attempts qa ON qa.user_id = m.user_id WHERE {filter} GROUP BY c.id"
    ))
    .await?;
    let count =
        |map: &HashMap<i32, Option<i64>>, id: i32| map.get(&id).copied().flatten().unwrap_or(0);
    cohorts
        .iter()
        .map(|r| {
            let id: i32 = r.try_get_by_index(5)?;
            let kind: String = r.try_get_by_index(2)?;
            let learners = count(&members, id);
            Ok(CohortSummary {
                pid: r.try_get_by_index(0)?,
                name: r.try_get_by_index(1)?,
                kind: CohortKind::from_code(&kind).unwrap_or(CohortKind::Other),
                district: r.try_get_by_index(3)?,
                trainer_login: r.try_get_by_index(4)?,
                learners: learners as u64,
                average_progress: percent(count(&done, id), count(&possible, id)),
                last_activity: [last_lesson.get(&id), last_quiz.get(&id)]
                    .into_iter()
                    .flatten()
                    .flatten()
                    .max()
                    .copied(),
            })
        })
        .collect()
}

/// `part` of `whole` in whole percent, rounded down; 0 of nothing is 0.
pub fn percent(part: i64, whole: i64) -> u32 {
    if whole <= 0 {
        0
    } else {
        ((part.clamp(0, whole) * 100) / whole) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn percent_rounds_down_and_never_divides_by_zero() {
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(3, 3), 100);
        assert_eq!(percent(5, 3), 100);
    }
}
