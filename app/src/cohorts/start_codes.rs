//! One-time start codes: the credential of a learner a trainer created, until they choose a
//! password. A code is 8 characters a person can read off paper (no 0/O, 1/I/L), valid for 30
//! days, good once, checked under the same throttle as passwords. Only its SHA-256, salted
//! with the learner's public id, is stored: a code has 39 bits and lives at most 30 days, so a
//! fast hash is enough, and 10,000 learners can be created in seconds (no Argon2 per row).

use crate::{
    auth::{password, session, throttle, users, validate},
    db::{
        entities::{cohort_member, start_code, user},
        now,
    },
    error::AppError,
};
use rand::Rng;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, RelationTrait, Set,
};
use sha2::{Digest, Sha256};
use std::{collections::HashSet, net::IpAddr};

/// How long a start code works.
pub const VALID_FOR: i64 = 30 * 24 * 3600;
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LEN: usize = 8;

/// A fresh random code, as printed: `ABCD-EFGH`.
pub fn generate() -> String {
    let mut rng = rand::rngs::OsRng;
    let chars: String = (0..LEN)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect();
    format!("{}-{}", &chars[..4], &chars[4..])
}

/// A typed code as stored: upper case, without spaces or dashes; `None` if it cannot be one.
pub fn normalize(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == LEN && code.bytes().all(|b| ALPHABET.contains(&b))).then_some(code)
}

/// The stored form of `code` for the learner `pid`.
pub fn digest(pid: &str, code: &str) -> String {
    let normalized = normalize(code).unwrap_or_default();
    let sum = Sha256::digest(format!("{pid}:{normalized}").as_bytes());
    sum.iter().map(|b| format!("{b:02x}")).collect()
}

/// The row that gives learner `user` (public id `pid`) the code `code`, replacing any other.
pub fn row(user: i32, pid: &str, code: &str, issued_by: i32, at: i64) -> start_code::ActiveModel {
    start_code::ActiveModel {
        user_id: Set(user),
        code_hash: Set(digest(pid, code)),
        issued_by: Set(issued_by),
        issued_at: Set(at),
        expires_at: Set(at + VALID_FOR),
    }
}

/// A start code just issued, to be shown once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issued {
    pub login: String,
    pub display_name: String,
    pub code: String,
}

/// Gives a learner a new start code (the forgotten-password help): their password stops
/// working and their sessions end.
pub async fn reissue(
    db: &DatabaseConnection,
    learner: i32,
    issued_by: i32,
) -> Result<Issued, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let u = users::find(&txn, learner)
        .await?
        .ok_or(AppError::NotFound)?;
    let code = generate();
    start_code::Entity::delete_by_id(learner).exec(&txn).await?;
    row(learner, &u.pid, &code, issued_by, now())
        .insert(&txn)
        .await?;
    users::set_password_hash(&txn, learner, String::new()).await?;
    session::end_all(&txn, learner).await?;
    txn.commit().await?;
    Ok(Issued {
        login: u.login,
        display_name: u.display_name,
        code,
    })
}

/// A learner of a cohort who has not chosen a password yet (an enabled account).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unstarted {
    pub id: i32,
    pub pid: String,
    pub login: String,
    pub display_name: String,
    /// When their current code expires; `None` if they have none.
    pub expires_at: Option<i64>,
}

/// The learners of `cohort` who have not chosen a password yet, by name: one statement.
pub async fn unstarted(db: &impl ConnectionTrait, cohort: i32) -> Result<Vec<Unstarted>, DbErr> {
    let rows = user::Entity::find()
        .select_only()
        .column(user::Column::Id)
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
        .filter(user::Column::PasswordHash.eq(""))
        .filter(user::Column::DisabledAt.is_null())
        .order_by_asc(user::Column::DisplayName)
        .order_by_asc(user::Column::Id)
        .into_tuple::<(i32, String, String, String, Option<i64>)>()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, pid, login, display_name, expires_at)| Unstarted {
            id,
            pid,
            login,
            display_name,
            expires_at,
        })
        .collect())
}

/// Whose codes a slip sheet renews.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chosen {
    /// Every learner of the cohort who has not chosen a password yet.
    AllPending,
    /// These learners (public ids), each of whom must be such a learner.
    Learners(Vec<String>),
}

/// Start codes issued together, for one slip sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedBatch {
    /// By learner name.
    pub codes: Vec<Issued>,
    /// When every one of them expires.
    pub expires_at: i64,
}

/// Rows per multi-row statement: well under both databases' parameter limits.
const BATCH: usize = 500;

/// New start codes for the `chosen` learners of `cohort` who have not chosen a password yet
/// (printing slips), in one transaction: the codes on earlier slips stop working. No password
/// to clear and no session to end: they have never signed in. A chosen learner who is not such
/// a member of the cohort (removed, or signed in meanwhile) refuses the whole batch.
pub async fn reissue_unstarted(
    db: &DatabaseConnection,
    cohort: i32,
    chosen: &Chosen,
    issued_by: i32,
) -> Result<IssuedBatch, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let mut learners = unstarted(&txn, cohort).await?;
    if let Chosen::Learners(pids) = chosen {
        let wanted: HashSet<&str> = pids.iter().map(String::as_str).collect();
        learners.retain(|l| wanted.contains(l.pid.as_str()));
        if learners.len() != wanted.len() {
            return Err(AppError::invalid("learner", "slips-error-chosen"));
        }
    }
    if learners.is_empty() {
        return Err(AppError::invalid("learner", "slips-error-none"));
    }
    let at = now();
    let mut issued = Vec::with_capacity(learners.len());
    for chunk in learners.chunks(BATCH) {
        start_code::Entity::delete_many()
            .filter(start_code::Column::UserId.is_in(chunk.iter().map(|l| l.id)))
            .exec(&txn)
            .await?;
        let mut rows = Vec::with_capacity(chunk.len());
        for l in chunk {
            let code = generate();
            rows.push(row(l.id, &l.pid, &code, issued_by, at));
            issued.push(Issued {
                login: l.login.clone(),
                display_name: l.display_name.clone(),
                code,
            });
        }
        start_code::Entity::insert_many(rows).exec(&txn).await?;
    }
    txn.commit().await?;
    Ok(IssuedBatch {
        codes: issued,
        expires_at: at + VALID_FOR,
    })
}

/// First sign-in with a start code: checks it under the password throttle, sets the chosen
/// password, uses the code up and opens a session. Returns the session token.
pub async fn redeem(
    db: &DatabaseConnection,
    login: &str,
    code: &str,
    new_password: String,
    confirm: String,
    ip: Option<IpAddr>,
) -> Result<String, AppError> {
    let login = validate::normalize_login(login).ok();
    let keys: Vec<_> = ip
        .map(throttle::address)
        .into_iter()
        .chain(login.as_deref().map(throttle::account))
        .collect();
    throttle::reserve(db, &keys).await?;
    let found = match &login {
        Some(login) => {
            user::Entity::find()
                .filter(user::Column::Login.eq(login.as_str()))
                .find_also_related(start_code::Entity)
                .one(db)
                .await?
        }
        None => None,
    };
    let at = now();
    let Some((u, Some(stored))) = found else {
        return Err(AppError::invalid("code", "start-error-code"));
    };
    let matches = constant_time_eq(digest(&u.pid, code).as_bytes(), stored.code_hash.as_bytes());
    if !matches || stored.expires_at <= at {
        return Err(AppError::invalid("code", "start-error-code"));
    }
    throttle::succeeded(db, &keys).await?;
    users::can_sign_in(&u)?;
    validate::password(&new_password, &u.login)?;
    validate::password_confirmed(&new_password, &confirm)?;
    let hash = password::hash(new_password).await?;
    let txn = crate::db::begin_write(db).await?;
    // Used once: a second redemption racing this one finds no row and changes nothing.
    let removed = start_code::Entity::delete_many()
        .filter(start_code::Column::UserId.eq(u.id))
        .filter(start_code::Column::CodeHash.eq(stored.code_hash))
        .exec(&txn)
        .await?;
    if removed.rows_affected != 1 {
        return Err(AppError::invalid("code", "start-error-code"));
    }
    users::set_password_hash(&txn, u.id, hash).await?;
    session::end_all(&txn, u.id).await?;
    let token = session::start(&txn, u.id).await?;
    txn.commit().await?;
    Ok(token)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_readable_and_normalize_back() {
        for _ in 0..200 {
            let code = generate();
            assert_eq!(code.len(), 9);
            let plain = normalize(&code).expect("a generated code is valid");
            assert!(!plain.contains(['0', 'O', '1', 'I', 'L']));
            assert_eq!(
                normalize(&code.to_lowercase().replace('-', " ")),
                Some(plain)
            );
        }
        assert_eq!(normalize("ABCD-EFG"), None);
        assert_eq!(normalize("ABCD-EFG0"), None);
    }

    #[test]
    fn digests_depend_on_learner_and_code() {
        assert_eq!(digest("a", "abcd-efgh"), digest("a", "ABCDEFGH"));
        assert_ne!(digest("a", "ABCDEFGH"), digest("b", "ABCDEFGH"));
        assert_ne!(digest("a", "ABCDEFGH"), digest("a", "ABCDEFGJ"));
    }
}
