//! Retrying what the server asks to be retried, the way Auth0's own SDKs do: 429 and 408 always,
//! and 5xx for methods that may safely be sent twice (never a POST, which could, say, enroll a
//! second authentication method). The wait comes from `Retry-After`, then `X-RateLimit-Reset`,
//! then a short doubling backoff; a server that asks for longer than the policy allows gets its
//! answer passed back to the caller instead.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How a client retries. Give it to `Client::new` / `Client::new_with_client`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt; 0 sends each request once.
    pub max_retries: u32,
    /// The longest the client waits before one retry; a longer wait asked for is not waited.
    pub max_delay: Duration,
    /// The first wait when the server names none; it doubles with each retry.
    pub backoff: Duration,
}

impl Default for RetryPolicy {
    /// Two retries, waits of at most 10 seconds, a 250 ms backoff.
    fn default() -> Self {
        RetryPolicy { max_retries: 2, max_delay: Duration::from_secs(10), backoff: Duration::from_millis(250) }
    }
}

impl RetryPolicy {
    /// Each request is sent once.
    pub fn none() -> Self {
        RetryPolicy { max_retries: 0, ..RetryPolicy::default() }
    }

    /// Whether an answer with `status` to a `method` request is worth another attempt.
    pub fn should_retry(method: &reqwest::Method, status: u16) -> bool {
        let idempotent = matches!(*method, reqwest::Method::GET | reqwest::Method::HEAD | reqwest::Method::PUT | reqwest::Method::DELETE | reqwest::Method::OPTIONS);
        status == 429 || status == 408 || (idempotent && (500..600).contains(&status))
    }

    /// How long to wait before retry number `attempt` (from 0), or `None` when the wait asked for
    /// is longer than the policy allows. `now` is seconds since the Unix epoch.
    pub fn delay(&self, attempt: u32, headers: &reqwest::header::HeaderMap, now: u64) -> Option<Duration> {
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse::<u64>().ok());
        let asked = header("retry-after").map(Duration::from_secs).or_else(|| header("x-ratelimit-reset").map(|reset| Duration::from_secs(reset.saturating_sub(now))));
        let wait = asked.unwrap_or_else(|| self.backoff.saturating_mul(2u32.saturating_pow(attempt)));
        (wait <= self.max_delay).then_some(wait)
    }
}

/// Sends `request`, retrying as `policy` says. A request whose body cannot be copied (a stream)
/// is sent once.
pub async fn execute(client: &reqwest::Client, policy: &RetryPolicy, mut request: reqwest::Request) -> reqwest::Result<reqwest::Response> {
    let mut attempt = 0;
    loop {
        let again = if attempt < policy.max_retries { request.try_clone() } else { None };
        let response = client.execute(request).await?;
        let Some(next) = again else { return Ok(response) };
        if !RetryPolicy::should_retry(next.method(), response.status().as_u16()) {
            return Ok(response);
        }
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let Some(wait) = policy.delay(attempt, response.headers(), now) else { return Ok(response) };
        tokio::time::sleep(wait).await;
        request = next;
        attempt += 1;
    }
}
