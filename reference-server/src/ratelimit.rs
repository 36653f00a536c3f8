//! The tenant's rate limit: a token bucket (25 requests per second by default, the guide's
//! figure), in front of the API. Every answer carries `x-ratelimit-limit`, `-remaining` and
//! `-reset`; a request over the limit is answered 429 with the spec's `ErrorResponse` and
//! `retry-after`, before it reaches the router.

use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use generated_client::my_account::types::ErrorResponse;

/// A bucket of `capacity` tokens refilled at `per_second`.
#[derive(Debug)]
pub struct Bucket {
    capacity: f64,
    per_second: f64,
    state: Mutex<(f64, Instant)>,
}

/// What one request found in the bucket.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Taken {
    pub allowed: bool,
    pub limit: u32,
    /// Whole tokens left after this request.
    pub remaining: u32,
    /// Seconds until the bucket is full again (until one token is there, for a refused request).
    pub wait: f64,
}

impl Bucket {
    pub fn new(per_second: u32, capacity: u32) -> Bucket {
        let capacity = f64::from(capacity.max(1));
        Bucket { capacity, per_second: f64::from(per_second.max(1)), state: Mutex::new((capacity, Instant::now())) }
    }

    /// Takes a token at `now`, if there is one.
    pub fn take_at(&self, now: Instant) -> Taken {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let (tokens, last) = *state;
        let tokens = (tokens + now.saturating_duration_since(last).as_secs_f64() * self.per_second).min(self.capacity);
        let limit = self.capacity as u32;
        if tokens >= 1.0 {
            let left = tokens - 1.0;
            *state = (left, now);
            Taken { allowed: true, limit, remaining: left.floor() as u32, wait: (self.capacity - left) / self.per_second }
        } else {
            *state = (tokens, now);
            Taken { allowed: false, limit, remaining: 0, wait: (1.0 - tokens) / self.per_second }
        }
    }

    pub fn take(&self) -> Taken {
        self.take_at(Instant::now())
    }
}

fn unix_now() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64())
}

fn set(response: &mut Response, name: &'static str, value: impl ToString) {
    if let Ok(v) = HeaderValue::from_str(&value.to_string()) {
        response.headers_mut().insert(name, v);
    }
}

/// The middleware: refuses over the limit, and writes the limit's headers on every answer (over
/// whatever the handler wrote: the bucket is the authority).
pub async fn limit(State(bucket): State<Arc<Bucket>>, request: Request, next: Next) -> Response {
    let taken = bucket.take();
    let reset = (unix_now() + taken.wait).ceil() as u64;
    let mut response = if taken.allowed {
        next.run(request).await
    } else {
        let body = ErrorResponse::new(
            "too_many_requests".into(),
            429.into(),
            "Too Many Requests".into(),
            format!("Global limit of {} requests per second for this tenant was exceeded.", taken.limit),
        );
        let mut r = (StatusCode::TOO_MANY_REQUESTS, axum::Json(body)).into_response();
        set(&mut r, "retry-after", taken.wait.ceil().max(1.0) as u64);
        set(&mut r, "x-auth0-error-kind", "global-rate-limit");
        r
    };
    set(&mut response, "x-ratelimit-limit", taken.limit);
    set(&mut response, "x-ratelimit-remaining", taken.remaining);
    set(&mut response, "x-ratelimit-reset", reset);
    response
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_burst_empties_the_bucket_and_time_refills_it() {
        let b = Bucket::new(25, 25);
        let t0 = Instant::now();
        for i in 0..25 {
            let t = b.take_at(t0);
            assert!(t.allowed, "request {i}");
            assert_eq!(t.remaining, 24 - i);
        }
        let refused = b.take_at(t0);
        assert!(!refused.allowed);
        assert!((refused.wait - 0.04).abs() < 1e-9, "{}", refused.wait);
        assert!(b.take_at(t0 + Duration::from_millis(40)).allowed);
        assert!(!b.take_at(t0 + Duration::from_millis(41)).allowed);
        assert_eq!(b.take_at(t0 + Duration::from_secs(5)).remaining, 24);
    }
}
