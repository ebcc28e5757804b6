//! Slowing down password guessing: too many attempts for one account, or from one address,
//! lock sign-in for a while. The counters live in the database so all app servers share them.
//!
//! An attempt is *reserved* before the password is checked: one atomic upsert counts it and
//! returns the new count, so a burst of simultaneous attempts locks exactly as a sequence does
//! (only `max_failures` of them ever reach the password check). A success gives its
//! reservation back.

use crate::{db::now, error::AppError};
use sea_orm::{ConnectionTrait, DbErr, Value};
use std::net::IpAddr;

/// How many attempts within `window` seconds lock the key for `lock` seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
/// Self-registrations per address: every one counts, successful or not (each costs a hash
/// and creates an account). Trainers enrol whole groups another way.
pub const REGISTRATION: Policy = Policy {
    max_failures: 30,
    window: 60 * 60,
    lock: 60 * 60,
};

/// One counter: its database key and the policy that applies to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub name: String,
    pub policy: Policy,
    /// A success forgets all the counter's failures (an account: the owner got in), rather
    /// than only giving its own attempt back (an address many people share).
    pub forgotten_on_success: bool,
}

/// The account counter of a normalised login. Logins that cannot exist (they fail
/// normalisation, however long) get no counter: the address counter still applies.
pub fn account(login: &str) -> Key {
    Key {
        name: format!("account:{login}"),
        policy: ACCOUNT,
        forgotten_on_success: true,
    }
}

/// The sign-in counter of a client address.
pub fn address(ip: IpAddr) -> Key {
    Key {
        name: format!("ip:{}", address_block(ip)),
        policy: ADDRESS,
        forgotten_on_success: false,
    }
}

/// The self-registration counter of a client address.
pub fn registration(ip: IpAddr) -> Key {
    Key {
        name: format!("register:{}", address_block(ip)),
        policy: REGISTRATION,
        forgotten_on_success: false,
    }
}

/// What one client controls: an IPv4 address, or an IPv6 /64 (one household or phone gets a
/// whole /64, so counting single IPv6 addresses would be no limit at all).
pub fn address_block(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                let prefix = std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0);
                format!("{prefix}/64")
            }
        },
    }
}

/// Whole minutes (rounded up) until a lock ending at `locked_until` lifts.
pub fn minutes_left(locked_until: i64, now: i64) -> u32 {
    (((locked_until - now).max(1) + 59) / 60) as u32
}

/// Counts one attempt against `key` and answers whether it may go ahead. Atomic on SQLite and
/// PostgreSQL: an expired window or lock starts the count afresh; the attempt that reaches
/// `max_failures` sets the lock (and still goes ahead), later ones are refused until it lifts.
async fn count_attempt(db: &impl ConnectionTrait, key: &Key, at: i64) -> Result<(), AppError> {
    let p = key.policy;
    let first_lock = if p.max_failures <= 1 { at + p.lock } else { 0 };
    // Old values throughout (both databases evaluate SET from the row before the update).
    let sql = r#"
        INSERT INTO login_throttle ("key", failures, window_start, locked_until)
        VALUES ($1, 1, $2, $3)
        ON CONFLICT ("key") DO UPDATE SET
          failures = CASE
            WHEN login_throttle.locked_until > $2 THEN login_throttle.failures + 1
            WHEN login_throttle.locked_until > 0 OR $2 - login_throttle.window_start >= $4 THEN 1
            ELSE login_throttle.failures + 1 END,
          window_start = CASE
            WHEN login_throttle.locked_until > $2 THEN login_throttle.window_start
            WHEN login_throttle.locked_until > 0 OR $2 - login_throttle.window_start >= $4 THEN $2
            ELSE login_throttle.window_start END,
          locked_until = CASE
            WHEN login_throttle.locked_until > $2 THEN login_throttle.locked_until
            WHEN login_throttle.locked_until > 0 OR $2 - login_throttle.window_start >= $4 THEN $3
            WHEN login_throttle.failures + 1 >= $5 THEN $2 + $6
            ELSE 0 END
        RETURNING failures, locked_until"#;
    let values: [Value; 6] = [
        key.name.clone().into(),
        at.into(),
        first_lock.into(),
        p.window.into(),
        p.max_failures.into(),
        p.lock.into(),
    ];
    let row = db
        .query_one_raw(crate::db::statement(db.get_database_backend(), sql, values))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("login_throttle upsert returned no row".into()))?;
    let failures: i32 = row.try_get("", "failures")?;
    let locked_until: i64 = row.try_get("", "locked_until")?;
    if failures > p.max_failures {
        Err(AppError::Throttled {
            minutes: minutes_left(locked_until, at),
        })
    } else {
        Ok(())
    }
}

/// Reserves one attempt against every key, in order; `Throttled` at the first key that is
/// locked (later keys are not counted then).
pub async fn reserve(db: &impl ConnectionTrait, keys: &[Key]) -> Result<(), AppError> {
    let at = now();
    for key in keys {
        count_attempt(db, key, at).await?;
    }
    Ok(())
}

/// After a success: the account's failures are forgotten, and the other keys get their
/// reservation back (lifting a lock that this very attempt had set).
pub async fn succeeded(db: &impl ConnectionTrait, keys: &[Key]) -> Result<(), DbErr> {
    for key in keys {
        if key.forgotten_on_success {
            let sql = r#"DELETE FROM login_throttle WHERE "key" = $1"#;
            db.execute_raw(crate::db::statement(
                db.get_database_backend(),
                sql,
                [key.name.clone().into()],
            ))
            .await?;
        } else {
            let sql = r#"
                UPDATE login_throttle SET
                  failures = failures - 1,
                  locked_until = CASE WHEN failures - 1 < $2 THEN 0 ELSE locked_until END
                WHERE "key" = $1 AND failures > 0"#;
            db.execute_raw(crate::db::statement(
                db.get_database_backend(),
                sql,
                [key.name.clone().into(), key.policy.max_failures.into()],
            ))
            .await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_counts_by_64_and_mapped_ipv4_as_ipv4() {
        let a: IpAddr = "2401:4900:1c1a:2b3c:1111:2222:3333:4444".parse().unwrap();
        let b: IpAddr = "2401:4900:1c1a:2b3c:ffff:0:0:1".parse().unwrap();
        let c: IpAddr = "2401:4900:1c1a:2b3d::1".parse().unwrap();
        assert_eq!(address(a), address(b));
        assert_ne!(address(a), address(c));
        assert_eq!(address_block(a), "2401:4900:1c1a:2b3c::/64");
        let mapped: IpAddr = "::ffff:10.1.2.3".parse().unwrap();
        assert_eq!(address_block(mapped), "10.1.2.3");
    }

    #[test]
    fn keys_fit_the_column() {
        // The key column holds 80 characters; the longest login is 32, the longest block 24.
        let ip: IpAddr = "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff".parse().unwrap();
        assert!(registration(ip).name.len() <= 80);
        assert!(account(&"a".repeat(32)).name.len() <= 80);
    }

    #[test]
    fn minutes_round_up() {
        assert_eq!(minutes_left(100, 99), 1);
        assert_eq!(minutes_left(100, 40), 1);
        assert_eq!(minutes_left(100, 39), 2);
        assert_eq!(minutes_left(100, 100), 1);
    }
}
