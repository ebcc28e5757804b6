//! Slowing down password guessing: too many failures for one account, or from one address,
//! lock sign-in for a while. The counters live in the database so all app servers share them.

use crate::{
    db::{entities::login_throttle, now},
    error::AppError,
};
use sea_orm::{ActiveModelTrait, DatabaseConnection, DbErr, EntityTrait, Set};

/// How many failures within `window` seconds lock the key for `lock` seconds.
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    pub max_failures: i32,
    pub window: i64,
    pub lock: i64,
}

/// Per account: 5 failures in 15 minutes lock it for 15 minutes.
pub const ACCOUNT: Policy = Policy {
    max_failures: 5,
    window: 15 * 60,
    lock: 15 * 60,
};
/// Per address: generous, since a Common Service Centre puts many learners behind one address.
pub const ADDRESS: Policy = Policy {
    max_failures: 50,
    window: 15 * 60,
    lock: 15 * 60,
};

/// Counter state of one key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counter {
    pub failures: i32,
    pub window_start: i64,
    pub locked_until: i64,
}

impl Counter {
    /// Whole minutes (rounded up) until the lock lifts, if locked at `now`.
    pub fn locked_minutes(&self, now: i64) -> Option<u32> {
        (self.locked_until > now).then(|| ((self.locked_until - now + 59) / 60) as u32)
    }

    /// The counter after one more failure at `now`.
    pub fn after_failure(self, now: i64, policy: Policy) -> Counter {
        let (failures, window_start) = if now - self.window_start >= policy.window {
            (1, now)
        } else {
            (self.failures + 1, self.window_start)
        };
        let locked_until = if failures >= policy.max_failures {
            now + policy.lock
        } else {
            self.locked_until
        };
        // A lock starts a fresh window, so the next failure after it lifts counts from one.
        let failures = if locked_until > now && failures >= policy.max_failures {
            0
        } else {
            failures
        };
        Counter {
            failures,
            window_start: if failures == 0 { now } else { window_start },
            locked_until,
        }
    }
}

/// The throttle keys of a sign-in attempt.
pub fn keys(login: &str, ip: Option<std::net::IpAddr>) -> Vec<(String, Policy)> {
    let mut keys = vec![(format!("account:{login}"), ACCOUNT)];
    if let Some(ip) = ip {
        keys.push((format!("ip:{ip}"), ADDRESS));
    }
    keys
}

async fn load(db: &DatabaseConnection, key: &str) -> Result<Option<Counter>, DbErr> {
    Ok(login_throttle::Entity::find_by_id(key.to_owned())
        .one(db)
        .await?
        .map(|m| Counter {
            failures: m.failures,
            window_start: m.window_start,
            locked_until: m.locked_until,
        }))
}

/// `Throttled` if any key is locked now.
pub async fn check(db: &DatabaseConnection, keys: &[(String, Policy)]) -> Result<(), AppError> {
    let at = now();
    for (key, _) in keys {
        if let Some(minutes) = load(db, key).await?.and_then(|c| c.locked_minutes(at)) {
            return Err(AppError::Throttled { minutes });
        }
    }
    Ok(())
}

/// Counts a failed attempt against every key.
pub async fn record_failure(
    db: &DatabaseConnection,
    keys: &[(String, Policy)],
) -> Result<(), DbErr> {
    let at = now();
    for (key, policy) in keys {
        let existing = load(db, key).await?;
        let next = existing
            .unwrap_or(Counter {
                window_start: at,
                ..Default::default()
            })
            .after_failure(at, *policy);
        let model = login_throttle::ActiveModel {
            key: Set(key.clone()),
            failures: Set(next.failures),
            window_start: Set(next.window_start),
            locked_until: Set(next.locked_until),
        };
        if existing.is_some() {
            model.update(db).await?;
        } else {
            model.insert(db).await?;
        }
    }
    Ok(())
}

/// Forgets the failures of an account after a successful sign-in.
pub async fn clear(db: &DatabaseConnection, key: &str) -> Result<(), DbErr> {
    login_throttle::Entity::delete_by_id(key.to_owned())
        .exec(db)
        .await
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_after_max_failures_within_window() {
        let mut c = Counter {
            window_start: 1000,
            ..Default::default()
        };
        for i in 0..4 {
            c = c.after_failure(1000 + i, ACCOUNT);
            assert_eq!(c.locked_minutes(1000 + i), None);
        }
        c = c.after_failure(1010, ACCOUNT);
        assert_eq!(c.locked_minutes(1010), Some(15));
        assert_eq!(c.locked_minutes(1010 + 15 * 60), None);
    }

    #[test]
    fn failures_outside_window_start_over() {
        let mut c = Counter {
            window_start: 0,
            ..Default::default()
        };
        for i in 0..4 {
            c = c.after_failure(i, ACCOUNT);
        }
        c = c.after_failure(ACCOUNT.window + 10, ACCOUNT);
        assert_eq!(c.failures, 1);
        assert_eq!(c.locked_minutes(ACCOUNT.window + 10), None);
    }

    #[test]
    fn minutes_round_up() {
        let c = Counter {
            locked_until: 100,
            ..Default::default()
        };
        assert_eq!(c.locked_minutes(99), Some(1));
        assert_eq!(c.locked_minutes(40), Some(1));
        assert_eq!(c.locked_minutes(39), Some(2));
    }
}
