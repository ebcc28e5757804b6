//! A cohort's learners: creating them (one, or thousands from a CSV file, in one transaction),
//! adding existing accounts, removing (progress stays), listing and searching.

use super::{start_codes, MemberSummary};
use crate::{
    access::CohortRef,
    auth::{Gender, LearnerGroup, Role},
    db::{
        entities::{cohort_member, start_code, user},
        now, WriteTxn,
    },
    error::AppError,
    i18n::Lang,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, RelationTrait, Set,
};
use std::collections::{BTreeSet, HashMap};

/// A learner a trainer creates, validated.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NewLearner {
    pub login: String,
    pub display_name: String,
    pub gender: Gender,
    pub group: LearnerGroup,
    /// District id (already resolved from the slug or name).
    pub district_id: i32,
    pub language: Lang,
}

/// A learner just created, with the start code to print on their slip.
#[derive(Debug, Clone)]
pub struct CreatedLearner {
    pub pid: String,
    pub login: String,
    pub display_name: String,
    pub start_code: String,
}

/// Rows per multi-row INSERT: well under SQLite's and PostgreSQL's parameter limits.
const BATCH: usize = 500;

/// Creates `learners` (each without a password, with a start code issued by `issued_by`) and
/// enrols them in `cohort`, inside the caller's transaction. No Argon2 here: the start code is
/// the credential until first sign-in, so 10,000 rows take seconds. A login already taken is a
/// unique violation that rolls the whole transaction back.
pub async fn create_learners(
    txn: &WriteTxn,
    cohort: i32,
    learners: &[NewLearner],
    issued_by: i32,
) -> Result<Vec<CreatedLearner>, AppError> {
    let at = now();
    let mut created = Vec::with_capacity(learners.len());
    for chunk in learners.chunks(BATCH) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|l| (uuid::Uuid::new_v4().to_string(), l))
            .collect();
        user::Entity::insert_many(rows.iter().map(|(pid, l)| user::ActiveModel {
            pid: Set(pid.clone()),
            login: Set(l.login.clone()),
            display_name: Set(l.display_name.clone()),
            password_hash: Set(String::new()),
            role: Set(Role::Learner.code().into()),
            learner_group: Set(Some(l.group.code().into())),
            gender: Set(Some(l.gender.code().into())),
            district_id: Set(Some(l.district_id)),
            preferred_language: Set(Some(l.language.code().into())),
            created_at: Set(at),
            updated_at: Set(at),
            disabled_at: Set(None),
            must_change_password: Set(false),
            ..Default::default()
        }))
        .exec(txn)
        .await
        .map_err(|err| match err.sql_err() {
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
                AppError::invalid("login", "register-error-login-taken")
            }
            _ => err.into(),
        })?;
        let ids: HashMap<String, i32> = user::Entity::find()
            .select_only()
            .column(user::Column::Pid)
            .column(user::Column::Id)
            .filter(user::Column::Pid.is_in(rows.iter().map(|(pid, _)| pid.clone())))
            .into_tuple::<(String, i32)>()
            .all(txn)
            .await?
            .into_iter()
            .collect();
        let mut codes = Vec::with_capacity(rows.len());
        let mut members = Vec::with_capacity(rows.len());
        for (pid, l) in &rows {
            let id = *ids.get(pid).ok_or(AppError::Internal)?;
            let code = start_codes::generate();
            codes.push(start_codes::row(id, pid, &code, issued_by, at));
            members.push(member_row(cohort, id, at));
            created.push(CreatedLearner {
                pid: pid.clone(),
                login: l.login.clone(),
                display_name: l.display_name.clone(),
                start_code: code,
            });
        }
        let new: Vec<i32> = ids.values().copied().collect();
        let counted = crate::coverage::track::new_learners(txn, &new).await?;
        crate::coverage::track::after(txn, counted).await?;
        start_code::Entity::insert_many(codes).exec(txn).await?;
        cohort_member::Entity::insert_many(members)
            .exec(txn)
            .await?;
    }
    Ok(created)
}

fn member_row(cohort: i32, user: i32, at: i64) -> cohort_member::ActiveModel {
    cohort_member::ActiveModel {
        cohort_id: Set(cohort),
        user_id: Set(user),
        added_at: Set(at),
    }
}

/// Adds an existing learner account to the cohort; adding one already there changes nothing.
pub async fn add_existing(
    db: &DatabaseConnection,
    cohort: &CohortRef,
    learner_pid: &str,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let id = user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::Pid.eq(learner_pid))
        .filter(user::Column::Role.eq(Role::Learner.code()))
        .into_tuple::<i32>()
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    cohort_member::Entity::insert(member_row(cohort.id, id, now()))
        .on_conflict_do_nothing_on([
            cohort_member::Column::CohortId,
            cohort_member::Column::UserId,
        ])
        .exec_without_returning(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Takes a learner out of the cohort. Their account, progress and certificates stay.
pub async fn remove(
    db: &DatabaseConnection,
    cohort: &CohortRef,
    learner: i32,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    cohort_member::Entity::delete_many()
        .filter(cohort_member::Column::CohortId.eq(cohort.id))
        .filter(cohort_member::Column::UserId.eq(learner))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// The cohort's learners by name, with whether each still has an unused start code.
pub async fn list(db: &impl ConnectionTrait, cohort: i32) -> Result<Vec<MemberSummary>, DbErr> {
    let at = now();
    let rows = user::Entity::find()
        .select_only()
        .column(user::Column::Pid)
        .column(user::Column::Login)
        .column(user::Column::DisplayName)
        .column(start_code::Column::ExpiresAt)
        .join(
            sea_orm::JoinType::InnerJoin,
            cohort_member::Relation::User.def().rev(),
        )
        .join(
            sea_orm::JoinType::LeftJoin,
            start_code::Relation::User.def().rev(),
        )
        .filter(cohort_member::Column::CohortId.eq(cohort))
        .order_by_asc(user::Column::DisplayName)
        .into_tuple::<(String, String, String, Option<i64>)>()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(pid, login, display_name, expires)| MemberSummary {
            pid,
            login,
            display_name,
            pending_start: expires.is_some_and(|e| e > at),
        })
        .collect())
}

/// Learners whose name or login contains `query` (case-insensitive), optionally in one
/// district, by name; one page of `per_page` and whether more follow.
pub async fn search(
    db: &impl ConnectionTrait,
    query: &str,
    district_id: Option<i32>,
    page: u64,
    per_page: u64,
) -> Result<(Vec<MemberSummary>, bool), DbErr> {
    use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr};
    let pattern = format!("%{}%", escape_like(&query.trim().to_lowercase()));
    let mut find = user::Entity::find()
        .select_only()
        .column(user::Column::Pid)
        .column(user::Column::Login)
        .column(user::Column::DisplayName)
        .filter(user::Column::Role.eq(Role::Learner.code()));
    if !query.trim().is_empty() {
        find = find.filter(
            sea_orm::Condition::any()
                .add(
                    Func::lower(Expr::col(user::Column::DisplayName))
                        .like(LikeExpr::new(pattern.clone()).escape('\\')),
                )
                .add(Expr::col(user::Column::Login).like(LikeExpr::new(pattern).escape('\\'))),
        );
    }
    if let Some(d) = district_id {
        find = find.filter(user::Column::DistrictId.eq(d));
    }
    let mut rows = find
        .order_by_asc(user::Column::DisplayName)
        .order_by_asc(user::Column::Id)
        .offset(page * per_page)
        .limit(per_page + 1)
        .into_tuple::<(String, String, String)>()
        .all(db)
        .await?;
    let more = rows.len() as u64 > per_page;
    rows.truncate(per_page as usize);
    Ok((
        rows.into_iter()
            .map(|(pid, login, display_name)| MemberSummary {
                pid,
                login,
                display_name,
                pending_start: false,
            })
            .collect(),
        more,
    ))
}

/// `%`, `_` and `\` match themselves in a LIKE pattern built from user input.
fn escape_like(s: &str) -> String {
    s.chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect()
}

/// The user ids of the learners `pids` if every one is a member of `cohort`, else `None`.
pub async fn ids_in_cohort(
    db: &impl ConnectionTrait,
    cohort: i32,
    pids: &BTreeSet<String>,
) -> Result<Option<Vec<i32>>, DbErr> {
    if pids.is_empty() {
        return Ok(Some(Vec::new()));
    }
    let members: HashMap<String, i32> = cohort_member::Entity::find()
        .select_only()
        .column(user::Column::Pid)
        .column(cohort_member::Column::UserId)
        .inner_join(user::Entity)
        .filter(cohort_member::Column::CohortId.eq(cohort))
        .into_tuple::<(String, i32)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    Ok(pids.iter().map(|pid| members.get(pid).copied()).collect())
}
