//! Times as people in India read them: India Standard Time, UTC+05:30 all year.

use chrono::{DateTime, FixedOffset};

/// `ts` (seconds since the epoch) in India Standard Time.
pub fn india_time(ts: i64) -> Option<DateTime<FixedOffset>> {
    let ist = FixedOffset::east_opt(5 * 3600 + 30 * 60)?;
    Some(DateTime::from_timestamp(ts, 0)?.with_timezone(&ist))
}
