//! Time: one clock for the whole server, which tests can move forward to expire sessions and codes
//! and to step TOTP windows; and RFC 3339 text for the API's `date-time` values.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

/// The system clock, or a settable one.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    /// `None`: the system's time. Otherwise seconds to add to a fixed start.
    fixed: Option<Arc<AtomicI64>>,
}

impl Clock {
    pub fn system() -> Clock {
        Clock { fixed: None }
    }

    /// A clock that stands at `unix_seconds` until moved.
    pub fn fixed(unix_seconds: i64) -> Clock {
        Clock { fixed: Some(Arc::new(AtomicI64::new(unix_seconds))) }
    }

    /// Moves a fixed clock forward (a system clock moves by itself).
    pub fn advance(&self, seconds: i64) {
        if let Some(t) = &self.fixed {
            t.fetch_add(seconds, Ordering::SeqCst);
        }
    }

    /// Unix seconds now.
    pub fn now(&self) -> i64 {
        match &self.fixed {
            Some(t) => t.load(Ordering::SeqCst),
            None => SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64),
        }
    }

    /// Now, as the API writes dates.
    pub fn now_text(&self) -> String {
        rfc3339(self.now())
    }
}

/// `2026-01-15T10:30:00.000Z` for Unix seconds (the proleptic Gregorian calendar, UTC).
pub fn rfc3339(unix_seconds: i64) -> String {
    let days = unix_seconds.div_euclid(86_400);
    let secs = unix_seconds.rem_euclid(86_400);
    // Days to a civil date (the usual era-based conversion).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.000Z", secs / 3600, secs % 3600 / 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_rfc3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00.000Z");
        assert_eq!(rfc3339(1_736_937_000), "2025-01-15T10:30:00.000Z");
        assert_eq!(rfc3339(-1), "1969-12-31T23:59:59.000Z");
    }

    #[test]
    fn a_fixed_clock_moves_when_told() {
        let c = Clock::fixed(100);
        let shared = c.clone();
        c.advance(30);
        assert_eq!(shared.now(), 130);
    }
}
