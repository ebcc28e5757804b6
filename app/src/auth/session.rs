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
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set,
};
use sha2::{Digest, Sha256};

pub const SESSION_COOKIE: &str = "sabaq_session";
/// How long a session lasts, in seconds (30 days).
pub const SESSION_TTL: i64 = 30 * 24 * 3600;

fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Opens a new session for `user_id` and returns its cookie token. Expired sessions of the user
/// are cleared on the way.
pub async fn start(db: &impl ConnectionTrait, user_id: i32) -> Result<String, DbErr> {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let at = now();
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::ExpiresAt.lte(at))
        .exec(db)
        .await?;
    session::ActiveModel {
        token_hash: Set(token_hash(&token)),
        user_id: Set(user_id),
        created_at: Set(at),
        expires_at: Set(at + SESSION_TTL),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The user behind a session token, if the session exists and has not expired.
pub async fn viewer_for_token(
    db: &DatabaseConnection,
    token: &str,
) -> Result<Option<Viewer>, DbErr> {
    let found = session::Entity::find()
        .filter(session::Column::TokenHash.eq(token_hash(token)))
        .filter(session::Column::ExpiresAt.gt(now()))
        .find_also_related(user::Entity)
        .one(db)
        .await?;
    let Some((_, Some(user))) = found else {
        return Ok(None);
    };
    let district = match user.district_id {
        Some(id) => district::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|d| d.slug),
        None => None,
    };
    Ok(Some(users::to_viewer(user, district)))
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
