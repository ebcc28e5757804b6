//! Argon2id hashing, run on the blocking pool so it never stalls the async runtime.

use crate::error::AppError;
use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};
use std::sync::LazyLock;

/// A real hash of a random password, verified against when the account does not exist so
/// that unknown and known logins take the same time.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_blocking("no-such-account-placeholder").unwrap_or_default());

fn hash_blocking(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|err| {
            tracing::error!(error = %err, "password hashing failed");
            AppError::Internal
        })
}

fn verify_blocking(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// Argon2id (default parameters: 19 MiB, 2 passes) PHC string of `password`.
pub async fn hash(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || hash_blocking(&password))
        .await
        .map_err(|_| AppError::Internal)?
}

/// Checks `password` against `hash`; with no hash, spends the same time and answers false.
pub async fn verify(password: String, hash: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || match hash {
        Some(hash) => verify_blocking(&password, &hash),
        None => {
            verify_blocking(&password, &DUMMY_HASH);
            false
        }
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_are_argon2id_and_verify() {
        let h = hash("chinar-tree-1947".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(verify("chinar-tree-1947".into(), Some(h.clone())).await);
        assert!(!verify("chinar-tree-1948".into(), Some(h)).await);
        assert!(!verify("anything".into(), None).await);
    }
}
