//! Times as people in India read them: India Standard Time, UTC+05:30 all year.

use chrono::{DateTime, FixedOffset};

/// `ts` (seconds since the epoch) in India Standard Time.
pub fn india_time(ts: i64) -> Option<DateTime<FixedOffset>> {
    let ist = FixedOffset::east_opt(5 * 3600 + 30 * 60)?;
    Some(DateTime::from_timestamp(ts, 0)?.with_timezone(&ist))
}

/// `(machine-readable, shown)` forms of a timestamp in India Standard Time, for `<time>`.
pub fn when(ts: i64) -> (String, String) {
    india_time(ts)
        .map(|t| (t.to_rfc3339(), t.format("%d-%m-%Y %H:%M IST").to_string()))
        .unwrap_or_default()
}

/// Today's date in India, as `YYYY-MM-DD`.
pub fn today() -> String {
    india_time(chrono::Utc::now().timestamp())
        .map(|t| t.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}
