//! The server's state, shared by every tag's implementation, and the one error type they answer
//! with: an `ErrorResponse` of the spec, with one `validation_errors` entry per problem.

use std::sync::Arc;

use axum::http::{HeaderMap, StatusCode};
use generated_client::my_account::types::{ErrorResponse, ValidationError};
use generated_client::runtime::OperationInfo;
use generated_server_stubs::my_account::ErrorReply;
use generated_server_stubs::server_runtime::RequestContext;
use serde_json::Value;

use crate::clock::Clock;
use crate::config::Config;
use crate::outbox::Sender;
use crate::passkey::Passkeys;
use crate::password::Policy;
use crate::store::Store;
use crate::vault::Sealer;

/// Everything a request may need.
pub struct App {
    pub config: Config,
    pub store: Store,
    pub clock: Clock,
    pub sealer: Sealer,
    pub sender: Arc<dyn Sender>,
    /// The connection's password policy as the API shows it, and as the checks read it.
    pub policy_json: Value,
    pub policy: Policy,
    pub passkeys: Passkeys,
}

pub type Shared = Arc<App>;

/// What a handler answers instead of a success.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub status: StatusCode,
    pub kind: &'static str,
    pub detail: String,
    /// (field, JSON pointer into the body, what is wrong)
    pub issues: Vec<(String, String, String)>,
}

impl ApiError {
    pub fn new(status: StatusCode, kind: &'static str, detail: impl Into<String>) -> ApiError {
        ApiError { status, kind, detail: detail.into(), issues: Vec::new() }
    }

    pub fn bad_request(kind: &'static str, detail: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, kind, detail)
    }

    /// The same answer for an id that does not exist and for another user's: nothing leaks.
    pub fn not_found(what: &str) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", format!("The {what} does not exist."))
    }

    pub fn internal(why: impl std::fmt::Display) -> ApiError {
        // The cause goes to the operator's console (its first 500 characters), never to the caller.
        let why = why.to_string();
        let cut = why.char_indices().nth(500).map_or(why.len(), |(i, _)| i);
        eprintln!("reference-server: internal error: {}", &why[..cut]);
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal_error", "The server could not answer the request.")
    }

    /// The error answer of the spec, among the statuses `operation` documents: one it does not
    /// document is answered 400 where 400 is (the published document lists 404 only for the
    /// reads of one method or consent, so an unknown or another user's id is 404 there and 400
    /// on update, delete and verify; the same answer for both either way, so nothing leaks).
    pub fn reply(mut self, operation: &OperationInfo) -> ErrorReply {
        let code = self.status.as_u16().to_string();
        let class = format!("{}XX", &code[..1]);
        let documented = |s: &str| operation.responses.iter().any(|r| r.status == s);
        if self.status.is_client_error() && !documented(&code) && !documented(&class) && documented("400") {
            self.status = StatusCode::BAD_REQUEST;
        }
        let title = self.status.canonical_reason().unwrap_or("Error").to_string();
        let mut body = ErrorResponse::new(self.kind.to_string(), self.status.as_u16().into(), title, self.detail);
        if !self.issues.is_empty() {
            body.validation_errors = Some(
                self.issues
                    .into_iter()
                    .map(|(field, pointer, detail)| {
                        let mut e = ValidationError::new(detail);
                        e.field = Some(field);
                        e.pointer = Some(pointer);
                        e.source = Some("body".into());
                        e
                    })
                    .collect(),
            );
        }
        ErrorReply { status: self.status, body }
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> ApiError {
        ApiError::internal(e)
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

/// The calling user: the token's `sub` (the router has checked the token and its scopes).
pub fn user_of(context: &RequestContext) -> ApiResult<String> {
    context
        .principal
        .as_ref()
        .and_then(|p| p.subject.clone())
        .ok_or_else(|| ApiError::new(StatusCode::UNAUTHORIZED, "unauthorized", "The access token names no user."))
}

/// A typed API value from JSON made here; a value the spec's types refuse is this server's bug.
pub fn typed<T: serde::de::DeserializeOwned>(value: Value) -> ApiResult<T> {
    serde_json::from_value(value.clone()).map_err(|e| ApiError::internal(format!("{e}: {value}")))
}

/// The URL of the API as the caller reached it, for `Location` headers.
pub fn api_base(headers: &HeaderMap, config: &Config) -> String {
    let host = headers.get(axum::http::header::HOST).and_then(|h| h.to_str().ok()).map(str::to_string).unwrap_or_else(|| config.domain.clone());
    format!("http://{host}{}", generated_server_stubs::my_account::BASE_PATH)
}

/// An id as a path segment: `totp|dev_abc` is `totp%7Cdev_abc`.
pub fn path_segment(id: &str) -> String {
    let mut out = String::new();
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A rate-limit header value for the typed answers; the rate-limit layer writes the real ones.
pub fn placeholder() -> serde_json::Number {
    0.into()
}
