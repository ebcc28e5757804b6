//! Sessions live in the database, so they survive restarts and are shared by every app server.
//! The cookie holds a random token; the table holds only its SHA-256.

use super::{users, Viewer};
use crate::db::{
    entities::{district, session, user},
    now,
};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use rand::RngCore;
use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection,
    DbErr, EntityTrait, QueryFilter, Set,
};
use sha2::{Digest, Sha256};

/// How long a session lasts, in seconds (30 days).
pub const SESSION_TTL: i64 = 30 * 24 * 3600;
/// A session unused this long ends before its lifetime is up, in seconds (7 days).
pub const IDLE_TIMEOUT: i64 = 7 * 24 * 3600;
/// How stale `last_seen_at` may grow before a request refreshes it, in seconds: reading pages
/// writes to the database at most once an hour per session.
const SEEN_INTERVAL: i64 = 3600;

/// The session cookie's name. Under HTTPS the `__Host-` prefix makes browsers refuse the cookie
/// unless it is `Secure`, for the whole site and set by this host (no `Domain`), so a sibling
/// subdomain or a plain-HTTP page cannot plant a session.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-sabaq_session"
    } else {
        "sabaq_session"
    }
}

fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Opens a new session for `user_id` and returns its cookie token. Expired and idle sessions of
/// the user are cleared on the way. (Whether the account may sign in is the caller's check.)
pub async fn start(db: &impl ConnectionTrait, user_id: i32) -> Result<String, DbErr> {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let at = now();
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .filter(
            Condition::any()
                .add(session::Column::ExpiresAt.lte(at))
                .add(session::Column::LastSeenAt.lte(at - IDLE_TIMEOUT)),
        )
        .exec(db)
        .await?;
    session::ActiveModel {
        token_hash: Set(token_hash(&token)),
        user_id: Set(user_id),
        created_at: Set(at),
        expires_at: Set(at + SESSION_TTL),
        last_seen_at: Set(at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The user behind a session token, if the session exists, has neither expired nor been left
/// unused for [`IDLE_TIMEOUT`], and the account is not disabled (disabling deletes the sessions
/// too; this covers a sign-in racing with it).
pub async fn viewer_for_token(
    db: &DatabaseConnection,
    token: &str,
) -> Result<Option<Viewer>, DbErr> {
    let at = now();
    let found = session::Entity::find()
        .filter(session::Column::TokenHash.eq(token_hash(token)))
        .filter(session::Column::ExpiresAt.gt(at))
        .filter(session::Column::LastSeenAt.gt(at - IDLE_TIMEOUT))
        .filter(user::Column::DisabledAt.is_null())
        .find_also_related(user::Entity)
        .one(db)
        .await?;
    let Some((session, Some(user))) = found else {
        return Ok(None);
    };
    if session.last_seen_at < at - SEEN_INTERVAL {
        touch(db, session.id, at).await?;
    }
    let district = match user.district_id {
        Some(id) => district::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|d| d.slug),
        None => None,
    };
    Ok(Some(users::to_viewer(user, district)))
}

/// Records that a session was used. The condition makes concurrent requests (or app servers)
/// write once an hour between them.
async fn touch(db: &DatabaseConnection, id: i64, at: i64) -> Result<(), DbErr> {
    session::Entity::update_many()
        .col_expr(session::Column::LastSeenAt, Expr::value(at))
        .filter(session::Column::Id.eq(id))
        .filter(session::Column::LastSeenAt.lt(at - SEEN_INTERVAL))
        .exec(db)
        .await
        .map(|_| ())
}

/// Ends the session of `token` (signing out).
pub async fn end(db: &impl ConnectionTrait, token: &str) -> Result<(), DbErr> {
    session::Entity::delete_many()
        .filter(session::Column::TokenHash.eq(token_hash(token)))
        .exec(db)
        .await
        .map(|_| ())
}

/// Ends every session of a user (after a password change).
pub async fn end_all(db: &impl ConnectionTrait, user_id: i32) -> Result<(), DbErr> {
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(db)
        .await
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::token_hash;

    #[test]
    fn token_hash_is_hex_sha256() {
        let h = token_hash("abc");
        assert_eq!(
            h,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
