//! Argon2id hashing, bounded: at most one hash per core runs at once, each in a memory buffer
//! that is reused, so a burst of sign-ins queues (or is refused as busy) instead of taking a
//! thread and 19 MiB each. Runs on the blocking pool so it never stalls the async runtime.

use crate::error::AppError;
use argon2::{
    password_hash::{rand_core::OsRng, Output, ParamsString, PasswordHash, SaltString},
    Algorithm, Argon2, Block, Params, Version,
};
use std::{
    sync::{
        atomic::{AtomicUsize, Ordering},
        LazyLock, Mutex,
    },
    time::Duration,
};
use tokio::sync::Semaphore;

/// The process's hashers: one permit and one reusable memory buffer per core. A process-wide
/// resource by nature (cores and memory are per process), hence a static.
static HASHERS: LazyLock<Hashers> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    // Waiting up to 10 s, at most 256 requests per core queue; later ones are refused at once.
    Hashers::new(cores, 256, Duration::from_secs(10))
});

/// How many password hashes are running now and how many wait for a hasher (for `/metrics`).
pub fn hasher_load() -> (usize, usize) {
    let h = &*HASHERS;
    (
        h.capacity.saturating_sub(h.permits.available_permits()),
        h.waiting.load(Ordering::SeqCst),
    )
}

/// A bounded pool of Argon2 workers.
struct Hashers {
    permits: Semaphore,
    waiting: AtomicUsize,
    capacity: usize,
    queue_per_hasher: usize,
    wait: Duration,
    buffers: Mutex<Vec<Vec<Block>>>,
}

impl Hashers {
    fn new(capacity: usize, queue_per_hasher: usize, wait: Duration) -> Self {
        Hashers {
            permits: Semaphore::new(capacity),
            waiting: AtomicUsize::new(0),
            capacity,
            queue_per_hasher,
            wait,
            buffers: Mutex::new(Vec::new()),
        }
    }

    /// Runs `work` on the blocking pool once a hasher is free; `Busy` when the queue is too
    /// long or no hasher frees up in time.
    async fn run<T: Send + 'static>(
        &'static self,
        work: impl FnOnce(&mut [Block]) -> T + Send + 'static,
    ) -> Result<T, AppError> {
        let permit = match self.permits.try_acquire() {
            Ok(permit) => Some(permit),
            Err(_) => {
                let waiting = self.waiting.fetch_add(1, Ordering::SeqCst);
                let permit = if waiting >= self.capacity * self.queue_per_hasher {
                    None
                } else {
                    tokio::time::timeout(self.wait, self.permits.acquire())
                        .await
                        .ok()
                        .and_then(Result::ok)
                };
                self.waiting.fetch_sub(1, Ordering::SeqCst);
                permit
            }
        };
        let Some(permit) = permit else {
            tracing::warn!("password hashers busy: request refused");
            return Err(AppError::Busy);
        };
        let result = tokio::task::spawn_blocking(move || self.with_buffer(work)).await;
        drop(permit);
        result.map_err(|_| AppError::Internal)
    }

    /// Runs `work` with a memory buffer from the pool (the caller holds a permit, so the pool
    /// never grows beyond one buffer per permit).
    fn with_buffer<T>(&self, work: impl FnOnce(&mut [Block]) -> T) -> T {
        let taken = self.buffers.lock().ok().and_then(|mut b| b.pop());
        let mut memory =
            taken.unwrap_or_else(|| vec![Block::default(); Params::default().block_count()]);
        let result = work(&mut memory);
        if let Ok(mut buffers) = self.buffers.lock() {
            buffers.push(memory);
        }
        result
    }
}

fn argon2(params: Params) -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The PHC string of `password` with a fresh salt and default parameters (19 MiB, 2 passes).
fn hash_with(password: &[u8], memory: &mut [Block]) -> Result<String, AppError> {
    let fail = |err: &dyn std::fmt::Display| {
        tracing::error!(error = %err, "password hashing failed");
        AppError::Internal
    };
    let params = Params::default();
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_bytes = [0u8; 64];
    let salt_bytes = salt.decode_b64(&mut salt_bytes).map_err(|e| fail(&e))?;
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    argon2(params.clone())
        .hash_password_into_with_memory(password, salt_bytes, &mut out, memory)
        .map_err(|e| fail(&e))?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(|e| fail(&e))?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| fail(&e))?),
    };
    Ok(phc.to_string())
}

/// True when `password` matches the PHC string `hash` (compared in constant time).
fn verify_with(password: &[u8], hash: &str, memory: &mut [Block]) -> bool {
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let Ok(params) = Params::try_from(&parsed) else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt_bytes) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let mut out = vec![0u8; expected.len()];
    let computed = argon2(params)
        .hash_password_into_with_memory(password, salt_bytes, &mut out, memory)
        .ok()
        .and_then(|()| Output::new(&out).ok());
    parsed.algorithm == Algorithm::Argon2id.ident() && computed.is_some_and(|c| c == expected)
}

/// Argon2id (default parameters: 19 MiB, 2 passes) PHC string of `password`.
pub async fn hash(password: String) -> Result<String, AppError> {
    HASHERS
        .run(move |memory| hash_with(password.as_bytes(), memory))
        .await?
}

/// Checks `password` against `hash`; with no hash, spends the same time and answers false.
/// `Busy` when every hasher is taken for too long.
pub async fn verify(password: String, hash: Option<String>) -> Result<bool, AppError> {
    HASHERS
        .run(move |memory| match hash {
            Some(hash) => verify_with(password.as_bytes(), &hash, memory),
            None => {
                // No account: spend the time a real check takes (one hash with the default
                // parameters), so unknown logins cannot be told apart, then fail.
                let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
                let salt = b"no-such-account!";
                let _ = argon2(Params::default()).hash_password_into_with_memory(
                    password.as_bytes(),
                    salt,
                    &mut out,
                    memory,
                );
                false
            }
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::PasswordVerifier;

    #[tokio::test]
    async fn hashes_are_argon2id_and_verify() {
        let h = hash("chinar-tree-1947".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify("chinar-tree-1947".into(), Some(h.clone()))
            .await
            .unwrap());
        assert!(!verify("chinar-tree-1948".into(), Some(h)).await.unwrap());
        assert!(!verify("anything".into(), None).await.unwrap());
        assert!(!verify("anything".into(), Some("not a hash".into()))
            .await
            .unwrap());
    }

    #[tokio::test]
    async fn agrees_with_the_argon2_crate() {
        // Hashes stored before the pooled hasher still verify, and ours verify with the crate's.
        use argon2::PasswordHasher;
        let salt = SaltString::generate(&mut OsRng);
        let theirs = Argon2::default()
            .hash_password(b"pahalgam-2026", &salt)
            .unwrap()
            .to_string();
        assert!(verify("pahalgam-2026".into(), Some(theirs)).await.unwrap());
        let ours = hash("pahalgam-2026".into()).await.unwrap();
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(Argon2::default()
            .verify_password(b"pahalgam-2026", &parsed)
            .is_ok());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_burst_shares_a_bounded_pool_of_buffers() {
        let tasks: Vec<_> = (0..12)
            .map(|i| tokio::spawn(hash(format!("burst-password-{i}"))))
            .collect();
        for task in tasks {
            assert!(task.await.unwrap().is_ok());
        }
        let buffers = HASHERS.buffers.lock().unwrap().len();
        assert!(
            buffers <= HASHERS.capacity,
            "{buffers} buffers for {} hashers",
            HASHERS.capacity
        );
    }

    #[tokio::test]
    async fn a_full_pool_answers_busy() {
        // One hasher, no queue: while it works, the next request is refused at once.
        let no_queue: &'static Hashers =
            Box::leak(Box::new(Hashers::new(1, 0, Duration::from_secs(10))));
        let held = no_queue.permits.acquire().await.unwrap();
        assert_eq!(no_queue.run(|_| ()).await, Err(AppError::Busy));
        drop(held);
        assert_eq!(no_queue.run(|_| 7).await, Ok(7));
        // A queue that waits briefly: refused once the wait is over.
        let short_wait: &'static Hashers =
            Box::leak(Box::new(Hashers::new(1, 4, Duration::from_millis(50))));
        let _held = short_wait.permits.acquire().await.unwrap();
        assert_eq!(short_wait.run(|_| ()).await, Err(AppError::Busy));
    }
}
