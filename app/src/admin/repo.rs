//! Account administration in the database: finding accounts, disabling and re-enabling them,
//! one-time passwords for staff. Every change writes its audit row in the same transaction.

use super::{AccountSummary, AuditAction, AuditEntry};
use crate::{
    auth::{password, session, validate, Role},
    db::{
        entities::{audit_log, user},
        now,
    },
    error::AppError,
};
use rand::Rng;
use sea_orm::{
    sea_query::{Expr, ExprTrait, Func, LikeExpr},
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

/// Accounts per page of the account list.
pub const PAGE_SIZE: u64 = 50;
/// Entries the audit page shows.
pub const AUDIT_SHOWN: u64 = 50;
/// Longest search text used; the rest is ignored.
const QUERY_MAX: usize = 80;
/// Pages beyond this are treated as this one (empty, unless there are 50 million accounts).
const PAGE_MAX: u64 = 1_000_000;

/// One page of the account list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountPage {
    pub accounts: Vec<AccountSummary>,
    /// Whether a further page exists.
    pub more: bool,
}

/// `text` as a `LIKE` pattern that matches it anywhere, with `%`, `_` and `\` taken literally.
fn contains_pattern(text: &str) -> LikeExpr {
    let mut pattern = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    LikeExpr::new(pattern).escape('\\')
}

/// Accounts whose login or name contains `query` (ignoring case), by login, page `page` (from 0).
pub async fn search(db: &DatabaseConnection, query: &str, page: u64) -> Result<AccountPage, DbErr> {
    let query: String = query
        .trim()
        .to_lowercase()
        .chars()
        .take(QUERY_MAX)
        .collect();
    let mut select = user::Entity::find();
    if !query.is_empty() {
        select = select.filter(
            Condition::any()
                .add(user::Column::Login.like(contains_pattern(&query)))
                .add(
                    Expr::expr(Func::lower(Expr::col(user::Column::DisplayName)))
                        .like(contains_pattern(&query)),
                ),
        );
    }
    let mut rows = select
        .order_by_asc(user::Column::Login)
        .offset(Ord::min(page, PAGE_MAX) * PAGE_SIZE)
        .limit(PAGE_SIZE + 1)
        .all(db)
        .await?;
    let more = rows.len() as u64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    Ok(AccountPage {
        accounts: rows.into_iter().map(summary).collect(),
        more,
    })
}

fn summary(u: user::Model) -> AccountSummary {
    AccountSummary {
        role: Role::from_code(&u.role).unwrap_or(Role::Learner),
        disabled: u.disabled_at.is_some(),
        pid: u.pid,
        login: u.login,
        display_name: u.display_name,
    }
}

/// The account with public id `pid` that admin `actor` may act on: `NotFound` if there is none,
/// `Invalid` if it is the admin's own.
async fn target(db: &impl ConnectionTrait, actor: i32, pid: &str) -> Result<user::Model, AppError> {
    let found = user::Entity::find()
        .filter(user::Column::Pid.eq(pid))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if found.id == actor {
        return Err(AppError::invalid("account", "admin-error-self"));
    }
    Ok(found)
}

async fn log(
    db: &impl ConnectionTrait,
    actor: i32,
    action: AuditAction,
    target: i32,
    at: i64,
) -> Result<(), DbErr> {
    audit_log::ActiveModel {
        at: Set(at),
        actor_user_id: Set(actor),
        action: Set(action.code().into()),
        target_user_id: Set(target),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}

/// Disables (`disable`) or re-enables the account `pid` on behalf of admin `actor`. Disabling
/// ends every session of the account. A repeated request finds nothing to change and logs
/// nothing, so a double-submitted form counts once.
pub async fn set_disabled(
    db: &DatabaseConnection,
    actor: i32,
    pid: &str,
    disable: bool,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let account = target(&txn, actor, pid).await?;
    let at = now();
    let (value, action) = if disable {
        (Some(at), AuditAction::Disable)
    } else {
        (None, AuditAction::Enable)
    };
    // Conditional, so that of two simultaneous requests only one changes and logs anything.
    let changed = user::Entity::update_many()
        .col_expr(user::Column::DisabledAt, Expr::value(value))
        .col_expr(user::Column::UpdatedAt, Expr::value(at))
        .filter(user::Column::Id.eq(account.id))
        .filter(if disable {
            user::Column::DisabledAt.is_null()
        } else {
            user::Column::DisabledAt.is_not_null()
        })
        .exec(&txn)
        .await?
        .rows_affected;
    if changed == 0 {
        return Ok(());
    }
    if disable {
        session::end_all(&txn, account.id).await?;
    }
    log(&txn, actor, action, account.id, at).await?;
    txn.commit().await?;
    Ok(())
}

/// A one-time password an admin has just set, to be shown to them once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedPassword {
    pub login: String,
    pub display_name: String,
    pub password: String,
}

/// Gives the staff account `pid` a new random password that must be changed at the next
/// sign-in, and ends its sessions. Learners are refused: their trainers help them another way.
pub async fn reset_password(
    db: &DatabaseConnection,
    actor: i32,
    pid: &str,
) -> Result<IssuedPassword, AppError> {
    let account = target(db, actor, pid).await?;
    if matches!(Role::from_code(&account.role), None | Some(Role::Learner)) {
        return Err(AppError::invalid("account", "admin-error-not-staff"));
    }
    let password = one_time_password(&account.login);
    let hash = password::hash(password.clone()).await?;
    let at = now();
    let txn = crate::db::begin_write(db).await?;
    user::ActiveModel {
        id: sea_orm::Unchanged(account.id),
        password_hash: Set(hash),
        must_change_password: Set(true),
        updated_at: Set(at),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    session::end_all(&txn, account.id).await?;
    log(&txn, actor, AuditAction::ResetPassword, account.id, at).await?;
    txn.commit().await?;
    Ok(IssuedPassword {
        login: account.login,
        display_name: account.display_name,
        password,
    })
}

/// Letters and digits nobody misreads when the password is read out or copied from paper
/// (no `0 o 1 l i`).
const READABLE: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// A random password such as `k7mq-p9xd-4rtw`: 12 symbols of 31, about 59 bits, enough for a
/// password that lives only until its first use and is guarded by the sign-in throttle.
pub fn one_time_password(login: &str) -> String {
    let mut rng = rand::rngs::OsRng;
    loop {
        let symbols: Vec<u8> = (0..12)
            .map(|_| READABLE[rng.gen_range(0..READABLE.len())])
            .collect();
        let candidate = symbols
            .chunks(4)
            .map(|c| std::str::from_utf8(c).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("-");
        // Practically always valid; a short login inside it would not be.
        if validate::password(&candidate, login).is_ok() {
            return candidate;
        }
    }
}

/// The latest audit entries, newest first.
pub async fn recent_audit(db: &DatabaseConnection) -> Result<Vec<AuditEntry>, DbErr> {
    let rows = audit_log::Entity::find()
        .order_by_desc(audit_log::Column::Id)
        .limit(AUDIT_SHOWN)
        .all(db)
        .await?;
    let mut ids: Vec<i32> = rows
        .iter()
        .flat_map(|r| [r.actor_user_id, r.target_user_id])
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let logins: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.login))
        .collect();
    let login = |id: i32| logins.get(&id).cloned().unwrap_or_default();
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(AuditEntry {
                at: r.at,
                actor_login: login(r.actor_user_id),
                action: AuditAction::from_code(&r.action)?,
                target_login: login(r.target_user_id),
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_time_passwords_are_readable_valid_and_different() {
        let a = one_time_password("abc");
        let b = one_time_password("abc");
        assert_ne!(a, b);
        assert_eq!(a.len(), 14);
        assert_eq!(a.matches('-').count(), 2);
        assert!(a.chars().all(|c| c == '-' || READABLE.contains(&(c as u8))));
        assert!(validate::password(&a, "abc").is_ok());
    }

    #[test]
    fn search_text_is_matched_literally() {
        let like = contains_pattern("a_b%c\\");
        let sql = sea_orm::sea_query::Query::select()
            .expr(Expr::val(1))
            .and_where(Expr::col(user::Column::Login).like(like))
            .to_string(sea_orm::sea_query::SqliteQueryBuilder);
        assert!(sql.contains(r"'%a\_b\%c\\%' ESCAPE '\'"), "{sql}");
    }
}
