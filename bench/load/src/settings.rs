//! What the run is told through the environment (goose's own options are its command line).

use std::sync::{
    atomic::{AtomicUsize, Ordering},
    OnceLock,
};

/// Submissions sent again (a second apart) before one is given up as lost.
pub const SUBMIT_TRIES: usize = 30;
/// Chance, per round of steps, that a learner takes the final (once per run at most).
pub const FINAL_SHARE: f64 = 0.15;
/// Chance, per round, that a learner with a certificate downloads its PDF (once at most).
pub const PDF_SHARE: f64 = 0.3;

static LOGINS: OnceLock<Vec<String>> = OnceLock::new();
static NEXT: AtomicUsize = AtomicUsize::new(0);

/// Reads `SABAQ_LOAD_LOGINS`: a file of seeded learners' logins, one per line.
pub fn load_logins() -> Result<usize, String> {
    let path = std::env::var("SABAQ_LOAD_LOGINS").map_err(|_| "set SABAQ_LOAD_LOGINS")?;
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let logins: Vec<String> = text
        .lines()
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect();
    if logins.is_empty() {
        return Err(format!("{path} lists no logins"));
    }
    let n = logins.len();
    let _ = LOGINS.set(logins);
    Ok(n)
}

/// Each simulated learner signs in as the next seeded learner.
pub fn next_login() -> String {
    let logins = LOGINS.get().expect("logins loaded before the run");
    logins[NEXT.fetch_add(1, Ordering::Relaxed) % logins.len()].clone()
}

static ADDRESSES: AtomicUsize = AtomicUsize::new(0);

/// A client address of its own for each learner (10.0.0.0/8), so that sign-in throttling per
/// address sees a state's learners, not one machine.
pub fn next_address() -> String {
    let i = ADDRESSES.fetch_add(1, Ordering::Relaxed) + 1;
    format!("10.{}.{}.{}", i >> 16 & 255, i >> 8 & 255, i & 255)
}

/// `SABAQ_LOAD_PASSWORD`: the seeded learners' password.
pub fn password() -> String {
    std::env::var("SABAQ_LOAD_PASSWORD").unwrap_or_default()
}

/// `SABAQ_LOAD_THINK`: seconds a learner waits between steps, `MIN-MAX` (default 5-15).
pub fn think_time() -> (u64, u64) {
    std::env::var("SABAQ_LOAD_THINK")
        .ok()
        .and_then(|t| {
            let (a, b) = t.split_once('-')?;
            Some((a.parse().ok()?, b.parse().ok()?))
        })
        .unwrap_or((5, 15))
}
