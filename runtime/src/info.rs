//! Facts about the specs a crate was generated from: operations, their documented examples, and
//! what came back when the client sent them.

use serde_json::Value;

use crate::{DecodeErrors, RoundTrip};

/// Facts about one operation, taken from the spec.
#[derive(Debug, Clone, Copy)]
pub struct OperationInfo {
    pub operation_id: &'static str,
    pub method: &'static str,
    /// The path template as the spec writes it, below the server URL.
    pub path: &'static str,
    pub tags: &'static [&'static str],
    /// Scopes the spec's security requirement asks for (all of them, from every scheme).
    pub scopes: &'static [&'static str],
    pub request: Option<BodyInfo>,
    pub responses: &'static [ResponseInfo],
}

#[derive(Debug, Clone, Copy)]
pub struct BodyInfo {
    pub content_type: &'static str,
    /// The schema's name in `components/schemas` (or the name the generator gave an inline one).
    pub schema: &'static str,
    pub required: bool,
}

#[derive(Debug, Clone, Copy)]
pub struct ResponseInfo {
    /// `"202"`, `"4XX"` or `"default"`.
    pub status: &'static str,
    pub content_type: Option<&'static str>,
    pub schema: Option<&'static str>,
    pub headers: &'static [&'static str],
}

/// One documented example of an operation: a request and its response, paired by name.
#[derive(Debug, Clone, Copy)]
pub struct ExampleInfo {
    pub operation_id: &'static str,
    pub name: &'static str,
    /// The request body, as JSON text.
    pub request: Option<&'static str>,
    /// The status of the response example.
    pub status: Option<&'static str>,
    /// The response body, as JSON text.
    pub response: Option<&'static str>,
}

impl ExampleInfo {
    pub fn request_json(&self) -> Option<Value> {
        self.request.map(|t| serde_json::from_str(t).expect("the generator wrote valid JSON"))
    }

    pub fn response_json(&self) -> Option<Value> {
        self.response.map(|t| serde_json::from_str(t).expect("the generator wrote valid JSON"))
    }
}

/// What came back when the client sent one example.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleCall {
    pub operation_id: &'static str,
    pub example: &'static str,
    pub status: u16,
    /// The response body, decoded into its type and serialized again.
    pub body: Option<Value>,
    /// Why the call did not give a typed answer, when it did not.
    pub error: Option<String>,
}

/// Facts about one spec and a way to round-trip a JSON value through any of its schemas.
#[derive(Debug, Clone, Copy)]
pub struct SpecInfo {
    /// The spec file, relative to the workspace root.
    pub file: &'static str,
    pub title: &'static str,
    pub version: &'static str,
    /// Where the API is mounted: the path of the spec's first server URL.
    pub base_path: &'static str,
    pub operations: &'static [OperationInfo],
    /// Every documented example, by operation.
    pub examples: &'static [ExampleInfo],
    /// Round-trips a value through the type generated for the named schema; `None` for an unknown name.
    pub roundtrip: fn(&str, &Value) -> Option<Result<RoundTrip, DecodeErrors>>,
}

/// What a typed client call gave, for [`ExampleCall`]: the status and the body re-serialized.
#[cfg(feature = "client")]
pub fn example_call<T: serde::Serialize, E: serde::Serialize + std::fmt::Debug>(
    example: &ExampleInfo,
    result: Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>,
) -> ExampleCall {
    // A bodiless answer is `()`, which serializes as null.
    let body = |v: Option<Value>| v.filter(|v| !v.is_null());
    let (status, value, error) = match result {
        Ok(r) => (r.status().as_u16(), body(serde_json::to_value(r.into_inner()).ok()), None),
        Err(progenitor_client::Error::ErrorResponse(r)) => (r.status().as_u16(), body(serde_json::to_value(r.into_inner()).ok()), None),
        Err(other) => (other.status().map(|s| s.as_u16()).unwrap_or(0), None, Some(other.to_string())),
    };
    ExampleCall { operation_id: example.operation_id, example: example.name, status, body: value, error }
}

/// [`example_call`] for an operation whose error bodies are not JSON: an error is its status alone.
#[cfg(feature = "client")]
pub fn example_call_untyped_errors<T: serde::Serialize, E>(
    example: &ExampleInfo,
    result: Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>,
) -> ExampleCall {
    match result {
        Ok(r) => example_call::<T, ()>(example, Ok(r)),
        Err(e) => {
            let error = match &e {
                progenitor_client::Error::ErrorResponse(_) => None,
                _ => Some(format!("the call failed with status {:?}", e.status())),
            };
            ExampleCall { operation_id: example.operation_id, example: example.name, status: e.status().map(|s| s.as_u16()).unwrap_or(0), body: None, error }
        }
    }
}

/// An example the replay could not send, and why.
pub fn example_not_sent(example: &ExampleInfo, why: impl Into<String>) -> ExampleCall {
    ExampleCall { operation_id: example.operation_id, example: example.name, status: 0, body: None, error: Some(format!("not sent: {}", why.into())) }
}
