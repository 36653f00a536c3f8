// @generated from openapi/management-authentication-methods.yaml, openapi/my-account.yaml by `cargo xtask regen`. Do not edit by hand.

//! What every generated router does before and after the application's handler: authentication
//! and scopes, content type, body size, decoding with the shared types, panics; every error it
//! makes itself is a [`Problem`], which each API writes in its spec's own error schema.
use std::collections::BTreeSet;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use futures_util::FutureExt;
use generated_client::runtime::{DecodeErrors, DecodeIssue, FromJson};
use http_body_util::{BodyExt, LengthLimitError, Limited};
/// The authorization scheme a credential came with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// `Authorization: Bearer <token>`
    Bearer,
    /// `Authorization: DPoP <token>`, with the proof in the `DPoP` header.
    DPoP,
}
/// The credential of a request, as sent; checking it is the [`Authenticator`]'s job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credential {
    pub scheme: Scheme,
    pub token: String,
}
/// Who is calling, and what they may do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Principal {
    pub subject: Option<String>,
    pub scopes: BTreeSet<String>,
}
/// Why a credential was refused; `detail` is sent to the caller, so it must not leak secrets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthError {
    pub detail: String,
}
/// The request as the router received it, before its body: what a credential bound to the
/// request is checked against (a DPoP proof names the method and the URL it was made for).
#[derive(Debug, Clone, Default)]
pub struct RequestHead {
    pub method: Method,
    /// The request target as received: the path (with the mount prefix) and the query.
    pub uri: Uri,
    pub headers: HeaderMap,
}
/// Resolves credentials to principals. The application implements it: the stubs invent no token format.
pub trait Authenticator: Send + Sync + 'static {
    /// `request` is the request's method, target and headers, for schemes that need more than the
    /// token (the `DPoP` proof, bound to the method and URL).
    fn authenticate(
        &self,
        credential: Credential,
        request: &RequestHead,
    ) -> impl Future<Output = Result<Principal, AuthError>> + Send;
}
/// What a handler knows about the request besides its typed parameters and body.
#[derive(Debug, Clone, Default)]
pub struct RequestContext {
    /// `None` for operations the spec does not secure.
    pub principal: Option<Principal>,
    pub headers: HeaderMap,
    pub method: Method,
    /// The request target as received (see [`RequestHead::uri`]).
    pub uri: Uri,
}
/// Settings of a router.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Where the API is mounted, e.g. `/me/v1`; empty for the root.
    pub prefix: String,
    /// The largest request body accepted, in bytes; a larger one is answered 413.
    pub body_limit: usize,
}
impl ServerConfig {
    pub fn new(prefix: impl Into<String>) -> Self {
        ServerConfig {
            prefix: prefix.into().trim_end_matches('/').to_string(),
            body_limit: 64 * 1024,
        }
    }
}
/// Where a problem with the request was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Body,
    Path,
    Query,
    Header,
}
impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Body => "body",
            Source::Path => "path",
            Source::Query => "query",
            Source::Header => "header",
        }
    }
}
/// An error the router answers by itself, before or instead of the handler.
#[derive(Debug, Clone)]
pub struct Problem {
    pub status: StatusCode,
    /// A stable, machine-readable name: `invalid_request`, `unauthorized`, `insufficient_scope`, ...
    pub kind: &'static str,
    pub title: String,
    pub detail: String,
    pub issues: Vec<(Source, DecodeIssue)>,
}
impl Problem {
    pub fn new(
        status: StatusCode,
        kind: &'static str,
        detail: impl Into<String>,
    ) -> Self {
        Problem {
            status,
            kind,
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            detail: detail.into(),
            issues: Vec::new(),
        }
    }
    pub fn invalid(source: Source, errs: DecodeErrors) -> Self {
        let what = match source {
            Source::Body => "The request body",
            Source::Path => "A path parameter",
            Source::Query => "A query parameter",
            Source::Header => "A request header",
        };
        let mut p = Problem::new(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            format!("{what} does not match the schema: {errs}"),
        );
        p.issues = errs.issues.into_iter().map(|i| (source, i)).collect();
        p
    }
    /// The problem as an operation documents it: a refusal of the request's content (its media
    /// type) with a status the operation does not document (by its code, its class or `default`)
    /// is answered 400, when 400 is documented, so that a client of the spec does not meet a status
    /// the spec does not list. (413, the server's size limit, stays 413, as proxies answer it.)
    pub fn within(mut self, documented: &[&str]) -> Self {
        let code = self.status.as_str().to_string();
        let class = format!("{}XX", & code[..1]);
        let listed = |s: &str| documented.iter().any(|d| d.eq_ignore_ascii_case(s));
        let content = self.status == StatusCode::UNSUPPORTED_MEDIA_TYPE;
        if content && !(listed(&code) || listed(&class) || listed("default"))
            && listed("400")
        {
            self.status = StatusCode::BAD_REQUEST;
            self.title = "Bad Request".to_string();
        }
        self
    }
    pub fn internal() -> Self {
        Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal_error",
            "The server could not complete the request.",
        )
    }
}
/// Writes a problem as the spec's error body (each API supplies `render`).
pub fn problem_response<B: serde::Serialize>(
    p: &Problem,
    render: fn(&Problem) -> B,
) -> Response {
    json_response(p.status, &render(p))
}
/// A JSON response; a body that cannot be serialized is a 500 without details.
pub fn json_response<B: serde::Serialize + ?Sized>(
    status: StatusCode,
    body: &B,
) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => {
            let mut r = (status, bytes).into_response();
            r.headers_mut()
                .insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/json"),
                );
            r
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
/// A response header from a typed value; `None` when the text cannot be a header value.
pub fn header_value(value: &impl std::fmt::Display) -> Option<HeaderValue> {
    HeaderValue::from_str(&value.to_string()).ok()
}
/// The credential in `Authorization`, or the 401 to answer.
pub fn credential(headers: &HeaderMap) -> Result<Credential, Problem> {
    let unauthorized = |detail: &str| Problem::new(
        StatusCode::UNAUTHORIZED,
        "unauthorized",
        detail,
    );
    let value = headers
        .get(header::AUTHORIZATION)
        .ok_or_else(|| unauthorized("The request has no Authorization header."))?;
    let value = value
        .to_str()
        .map_err(|_| unauthorized("The Authorization header is not valid text."))?;
    let (scheme, token) = value
        .trim()
        .split_once(' ')
        .ok_or_else(|| unauthorized(
            "The Authorization header must be `Bearer <token>` or `DPoP <token>`.",
        ))?;
    let scheme = if scheme.eq_ignore_ascii_case("bearer") {
        Scheme::Bearer
    } else if scheme.eq_ignore_ascii_case("dpop") {
        Scheme::DPoP
    } else {
        return Err(unauthorized("The Authorization scheme must be Bearer or DPoP."));
    };
    let token = token.trim();
    if token.is_empty() || token.contains(' ') {
        return Err(
            unauthorized(
                "The Authorization header must be `Bearer <token>` or `DPoP <token>`.",
            ),
        );
    }
    Ok(Credential {
        scheme,
        token: token.to_string(),
    })
}
/// Authenticates the request against an operation's security requirements (alternatives, each a
/// list of scopes): none means the operation is open; otherwise 401 without a valid credential and
/// 403, naming the missing scopes, when no alternative's scopes were all granted.
pub async fn authorize<Au: Authenticator>(
    auth: &Au,
    requirements: &[&[&str]],
    request: &RequestHead,
) -> Result<Option<Principal>, Problem> {
    if requirements.is_empty() {
        return Ok(None);
    }
    let credential = credential(&request.headers)?;
    let principal = auth
        .authenticate(credential, request)
        .await
        .map_err(|e| Problem::new(StatusCode::UNAUTHORIZED, "unauthorized", e.detail))?;
    let mut closest: Option<Vec<&str>> = None;
    for scopes in requirements {
        let missing: Vec<&str> = scopes
            .iter()
            .copied()
            .filter(|s| !principal.scopes.contains(*s))
            .collect();
        if missing.is_empty() {
            return Ok(Some(principal));
        }
        if closest.as_ref().is_none_or(|c| missing.len() < c.len()) {
            closest = Some(missing);
        }
    }
    let missing = closest.unwrap_or_default();
    Err(
        Problem::new(
            StatusCode::FORBIDDEN,
            "insufficient_scope",
            format!("The access token lacks the scope {}.", missing.join(", ")),
        ),
    )
}
/// 415 unless `Content-Type` is `expected` (any parameters, any case).
pub fn check_content_type(headers: &HeaderMap, expected: &str) -> Result<(), Problem> {
    let found = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let media = found.split(';').next().unwrap_or("").trim();
    if media.eq_ignore_ascii_case(expected) {
        Ok(())
    } else {
        let found = if found.is_empty() {
            "none".to_string()
        } else {
            format!("`{found}`")
        };
        Err(
            Problem::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                format!(
                    "The request body must be {expected}; its content type is {found}."
                ),
            ),
        )
    }
}
/// Reads the body, answering 413 past `limit` bytes.
pub async fn read_body(body: Body, limit: usize) -> Result<Bytes, Problem> {
    let too_large = || Problem::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
        format!("The request body is larger than {limit} bytes."),
    );
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => Err(too_large()),
        Err(_) => {
            Err(
                Problem::new(
                    StatusCode::BAD_REQUEST,
                    "invalid_request",
                    "The request body could not be read.",
                ),
            )
        }
    }
}
/// Decodes a JSON body into its type, every problem named with its pointer.
pub fn decode_body<T: FromJson>(bytes: &[u8]) -> Result<T, Problem> {
    generated_client::runtime::decode_slice(bytes)
        .map_err(|errs| Problem::invalid(Source::Body, errs))
}
/// Decodes a text parameter (path, query, header) as the type its schema gives: numbers and
/// booleans from their text, anything else as a JSON string.
pub fn decode_param<T: FromJson>(
    source: Source,
    name: &str,
    raw: &str,
    text_is_json: bool,
) -> Result<T, Problem> {
    let value = if text_is_json {
        serde_json::from_str(raw)
            .unwrap_or_else(|_| serde_json::Value::String(raw.to_string()))
    } else {
        serde_json::Value::String(raw.to_string())
    };
    generated_client::runtime::decode(&value)
        .map_err(|mut errs| {
            for issue in &mut errs.issues {
                issue.pointer = format!("/{name}{}", issue.pointer);
                issue.field = Some(name.to_string());
            }
            Problem::invalid(source, errs)
        })
}
/// The query string's pairs, percent-decoded, in order; a name may come more than once.
pub fn query_pairs(query: Option<&str>) -> Vec<(String, String)> {
    form_urlencoded::parse(query.unwrap_or("").as_bytes()).into_owned().collect()
}
/// How a query parameter's text becomes the JSON its schema describes.
#[derive(Debug, Clone, Copy)]
pub struct QueryRule {
    /// The schema takes an array (possibly besides a single value).
    pub array: bool,
    /// The schema takes a single, non-array value.
    pub scalar: bool,
    /// Items are numbers or booleans, read from their text; otherwise strings.
    pub json_items: bool,
    /// `name=a&name=b` (form, explode) rather than `name=a,b`.
    pub explode: bool,
}
/// A query parameter decoded as its schema's type; `None` when absent. A single value is a single
/// value where the schema takes one; repeated values (or a schema that only takes arrays) are an array.
pub fn query_param<T: FromJson>(
    pairs: &[(String, String)],
    name: &str,
    rule: QueryRule,
) -> Result<Option<T>, Problem> {
    let values: Vec<&str> = pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .collect();
    let Some(first) = values.first() else { return Ok(None) };
    let item = |raw: &str| {
        if rule.json_items {
            serde_json::from_str(raw)
                .unwrap_or_else(|_| serde_json::Value::String(raw.to_string()))
        } else {
            serde_json::Value::String(raw.to_string())
        }
    };
    let value = if rule.array && (values.len() > 1 || !rule.scalar) {
        let raws: Vec<&str> = if rule.explode || values.len() > 1 {
            values.clone()
        } else {
            first.split(',').collect()
        };
        serde_json::Value::Array(raws.into_iter().map(item).collect())
    } else if values.len() > 1 {
        let mut errs = DecodeErrors::default();
        errs.push_field("", name, "given more than once, but takes one value");
        return Err(Problem::invalid(Source::Query, errs));
    } else {
        item(first)
    };
    generated_client::runtime::decode(&value)
        .map(Some)
        .map_err(|mut errs| {
            for issue in &mut errs.issues {
                issue.pointer = format!("/{name}{}", issue.pointer);
                issue.field = Some(name.to_string());
            }
            Problem::invalid(Source::Query, errs)
        })
}
/// The example a request asks for with `Prefer: example=<name>` (the convention mock servers use).
pub fn preferred_example(headers: &HeaderMap) -> Option<String> {
    preference(headers, "example")
}
/// The status a request asks for with `Prefer: code=<status>` (as Prism does).
pub fn preferred_code(headers: &HeaderMap) -> Option<String> {
    preference(headers, "code")
}
/// The value of the preference `name` in the request's `Prefer` headers.
fn preference(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all("prefer")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split([',', ';']))
        .find_map(|part| {
            let (key, value) = part.trim().split_once('=')?;
            key.trim()
                .eq_ignore_ascii_case(name)
                .then(|| value.trim().trim_matches('"').to_string())
        })
}
/// A documented status of an operation and a body made from its schema (`None` where the status
/// has no body, or no value could be made).
#[derive(Debug, Clone, Copy)]
pub struct MadeAnswer {
    pub status: &'static str,
    pub body: Option<&'static str>,
}
/// What an example server answers: a documented status and its body.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: &'static str,
    pub body: Option<serde_json::Value>,
}
/// The status code to send for a documented status: itself, the first of its class (`4XX` is
/// 400), or 500 for `default`.
pub fn status_of(documented: &str) -> StatusCode {
    let code = match documented.as_bytes() {
        [c, b'X' | b'x', b'X' | b'x'] => u16::from(c - b'0') * 100,
        _ => documented.parse().unwrap_or(500),
    };
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}
/// The answer of an example server. With `Prefer: code=<status>`, that documented status (by its
/// code, its class or `default`), with its documented example (the one `Prefer: example=<name>`
/// names, else the first) or else a body made from its schema. Otherwise the documented example
/// [`pick_example`] chooses, or one whose response `id` is a path parameter's value, else the first
/// success with a body made from its schema: every operation answers, documented or not.
pub fn pick_answer(
    examples: &'static [generated_client::runtime::ExampleInfo],
    made: &'static [MadeAnswer],
    operation_id: &str,
    headers: &HeaderMap,
    received: Option<&serde_json::Value>,
    path_values: &[String],
) -> Result<Answer, Problem> {
    let parse = |text: Option<&'static str>| {
        text.and_then(|t| serde_json::from_str(t).ok())
    };
    if let Some(code) = preferred_code(headers) {
        let class = code.get(..1).map(|c| format!("{c}XX"));
        let status = made
            .iter()
            .map(|m| m.status)
            .find(|s| *s == code)
            .or_else(|| {
                made
                    .iter()
                    .map(|m| m.status)
                    .find(|s| {
                        class.as_deref().is_some_and(|c| s.eq_ignore_ascii_case(c))
                    })
            })
            .or_else(|| made.iter().map(|m| m.status).find(|s| *s == "default"))
            .ok_or_else(|| Problem::new(
                StatusCode::BAD_REQUEST,
                "unknown_status",
                format!("{operation_id} documents no status {code}."),
            ))?;
        let mine: Vec<&generated_client::runtime::ExampleInfo> = examples
            .iter()
            .filter(|e| e.operation_id == operation_id && e.status == Some(status))
            .collect();
        let wanted = preferred_example(headers);
        let example = mine
            .iter()
            .find(|e| Some(e.name) == wanted.as_deref())
            .or(mine.first());
        let body = match example {
            Some(e) => e.response_json(),
            None => parse(made.iter().find(|m| m.status == status).and_then(|m| m.body)),
        };
        return Ok(Answer { status, body });
    }
    let example = if preferred_example(headers).is_some() {
        pick_example(examples, operation_id, headers, received)?
    } else {
        let mine: Vec<&generated_client::runtime::ExampleInfo> = examples
            .iter()
            .filter(|e| e.operation_id == operation_id)
            .collect();
        let same: Vec<&generated_client::runtime::ExampleInfo> = match received {
            Some(r) => {
                mine.iter()
                    .copied()
                    .filter(|e| e.request_json().as_ref() == Some(r))
                    .collect()
            }
            None => Vec::new(),
        };
        let candidates = if same.is_empty() { mine } else { same };
        let id_of = |e: &&generated_client::runtime::ExampleInfo| {
            e
                .response_json()
                .and_then(|r| r.get("id").and_then(|id| id.as_str().map(str::to_string)))
        };
        candidates
            .iter()
            .find(|e| id_of(e).is_some_and(|id| path_values.contains(&id)))
            .or_else(|| candidates.iter().find(|e| e.response.is_some()))
            .copied()
    };
    if let Some((status, e)) = example.and_then(|e| e.status.map(|s| (s, e))) {
        return Ok(Answer {
            status,
            body: e.response_json(),
        });
    }
    let success = made.iter().find(|m| m.status.starts_with('2'));
    success
        .map(|m| Answer {
            status: m.status,
            body: parse(m.body),
        })
        .ok_or_else(|| {
            Problem::new(
                StatusCode::NOT_IMPLEMENTED,
                "no_example",
                format!("{operation_id} documents no success to answer with."),
            )
        })
}
/// The documented example to answer with: the one the request prefers (whose request body, if it
/// documents one, must be exactly what was received), else the one whose request body was
/// received, else the operation's first. `None` when the operation documents none.
pub fn pick_example<'a>(
    examples: &'a [generated_client::runtime::ExampleInfo],
    operation_id: &str,
    headers: &HeaderMap,
    received: Option<&serde_json::Value>,
) -> Result<Option<&'a generated_client::runtime::ExampleInfo>, Problem> {
    let mine: Vec<&generated_client::runtime::ExampleInfo> = examples
        .iter()
        .filter(|e| e.operation_id == operation_id)
        .collect();
    if let Some(name) = preferred_example(headers) {
        let Some(example) = mine.iter().find(|e| e.name == name) else {
            return Err(
                Problem::new(
                    StatusCode::BAD_REQUEST,
                    "unknown_example",
                    format!("{operation_id} documents no example named {name:?}."),
                ),
            );
        };
        if let (Some(expected), Some(received)) = (example.request_json(), received) {
            if &expected != received {
                return Err(
                    Problem::new(
                        StatusCode::BAD_REQUEST,
                        "example_mismatch",
                        format!(
                            "The request body is not example {name:?} of {operation_id}: expected {expected}, received {received}."
                        ),
                    ),
                );
            }
        }
        return Ok(Some(example));
    }
    if let Some(received) = received {
        if let Some(example) = mine
            .iter()
            .find(|e| e.request_json().as_ref() == Some(received))
        {
            return Ok(Some(example));
        }
    }
    Ok(mine.into_iter().find(|e| e.response.is_some()))
}
/// A documented value as its type; a value the type refuses is the example server's own fault: 500.
pub fn example_value<T: FromJson>(value: serde_json::Value) -> Result<T, Problem> {
    generated_client::runtime::decode(&value)
        .map_err(|errs| Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "invalid_example",
            format!("A documented example does not match its schema: {errs}"),
        ))
}
/// Runs a handler, turning a panic into a 500 that says nothing of what went wrong inside.
pub async fn guard<B: serde::Serialize>(
    render: fn(&Problem) -> B,
    fut: impl Future<Output = Response>,
) -> Response {
    match AssertUnwindSafe(fut).catch_unwind().await {
        Ok(response) => response,
        Err(_) => problem_response(&Problem::internal(), render),
    }
}
