// @generated from openapi/my-account.yaml by `cargo xtask regen`. Do not edit by hand.

use std::future::Future;
use std::sync::Arc;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use generated_client::my_account::operations::OPERATIONS;
use generated_client::my_account::types;
use generated_client::runtime::OperationInfo;
use crate::server_runtime::{
    self as rt, Authenticator, Problem, RequestContext, ServerConfig, Source,
};
/// Where the spec's first server URL puts the API.
pub const BASE_PATH: &str = "/me/v1";
/// Writes a problem the router found as the spec's error body.
pub fn problem_body(p: &Problem) -> types::ErrorResponse {
    types::ErrorResponse {
        type_: p.kind.to_string(),
        status: serde_json::Number::from(p.status.as_u16()),
        title: p.title.to_string(),
        detail: p.detail.to_string(),
        validation_errors: (!p.issues.is_empty())
            .then(|| {
                p
                    .issues
                    .iter()
                    .map(|(source, issue)| types::ValidationError {
                        detail: issue.message.to_string(),
                        field: issue.field.clone(),
                        pointer: Some(issue.pointer.to_string()),
                        source: Some(source.as_str().to_string()),
                    })
                    .collect::<Vec<_>>()
            }),
    }
}
/// An error answer, chosen by the error hook: a status and the spec's error body.
#[derive(Debug, Clone)]
pub struct ErrorReply {
    pub status: StatusCode,
    pub body: types::ErrorResponse,
}
impl ErrorReply {
    /// The answer the router would give for `problem`.
    pub fn from_problem(problem: &Problem) -> Self {
        ErrorReply {
            status: problem.status,
            body: problem_body(problem),
        }
    }
}
impl IntoResponse for ErrorReply {
    fn into_response(self) -> Response {
        rt::json_response(self.status, &self.body)
    }
}
/// The request of `createAuthenticationMethod`: `POST /authentication-methods`.
#[derive(Debug)]
pub struct CreateAuthenticationMethodRequest {
    /// The request body (`application/json`), decoded and checked against `CreateAuthenticationMethodRequestContent`.
    pub body: Option<types::CreateAuthenticationMethodRequestContent>,
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `createAuthenticationMethod` documents, one variant per status.
#[derive(Debug, Clone)]
pub enum CreateAuthenticationMethodResponse {
    /// 202 Enrollment started
    Accepted {
        /// The response body.
        body: types::CreateAuthenticationMethodResponseContent,
        /// `Location`: URL of the authentication method resource.
        location: String,
        /// `x-ratelimit-limit`: The maximum number of requests permissible during the limit’s window window
        x_ratelimit_limit: serde_json::Number,
        /// `x-ratelimit-reset`: The anticipated time (as a UNIX timestamp, in seconds) when the bucket will be replenished
        x_ratelimit_reset: serde_json::Number,
        /// `x-ratelimit-remaining`: The number of remaining requests remaining in the current window until requests are rejected
        x_ratelimit_remaining: serde_json::Number,
    },
    /// 400 Invalid input based on schema.
    BadRequest {
        /// The response body.
        body: types::ErrorResponse,
    },
    /// 401 Unauthorized.
    Unauthorized {
        /// The response body.
        body: types::ErrorResponse,
    },
    /// 403 Forbidden.
    Forbidden {
        /// The response body.
        body: types::ErrorResponse,
    },
    /// 415 Unsupported Media Type.
    UnsupportedMediaType {
        /// The response body.
        body: types::ErrorResponse,
    },
    /// 429 Too Many Requests.
    TooManyRequests {
        /// The response body.
        body: types::ErrorResponse,
        /// `retry-after`: The number of seconds the client should wait before making a new request
        retry_after: serde_json::Number,
        /// `x-ratelimit-limit`: The maximum number of requests permissible during the limit’s window window
        x_ratelimit_limit: serde_json::Number,
        /// `x-ratelimit-reset`: The anticipated time (as a UNIX timestamp, in seconds) when the bucket will be replenished
        x_ratelimit_reset: serde_json::Number,
        /// `x-ratelimit-remaining`: The number of remaining requests remaining in the current window until requests are rejected
        x_ratelimit_remaining: serde_json::Number,
        /// `x-auth0-error-kind`: An indicator that the rate limit exceeded a is global (per tenant) limit.
        x_auth0_error_kind: Option<types::XAuth0ErrorKindHeader>,
    },
}
impl IntoResponse for CreateAuthenticationMethodResponse {
    fn into_response(self) -> Response {
        match self {
            CreateAuthenticationMethodResponse::Accepted {
                body,
                location,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
            } => {
                #[allow(unused_mut)]
                let mut headers: Vec<(&'static str, axum::http::HeaderValue)> = Vec::new();
                if let Some(v) = rt::header_value(&location) {
                    headers.push(("location", v));
                } else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                }
                if let Some(v) = rt::header_value(&x_ratelimit_limit) {
                    headers.push(("x-ratelimit-limit", v));
                } else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                }
                if let Some(v) = rt::header_value(&x_ratelimit_reset) {
                    headers.push(("x-ratelimit-reset", v));
                } else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                }
                if let Some(v) = rt::header_value(&x_ratelimit_remaining) {
                    headers.push(("x-ratelimit-remaining", v));
                } else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                }
                let mut response = rt::json_response(
                    StatusCode::from_u16(202u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                for (name, value) in headers {
                    response.headers_mut().insert(name, value);
                }
                response
            }
            CreateAuthenticationMethodResponse::BadRequest { body } => {
                #[allow(unused_mut)]
                let mut headers: Vec<(&'static str, axum::http::HeaderValue)> = Vec::new();
                let mut response = rt::json_response(
                    StatusCode::from_u16(400u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                for (name, value) in headers {
                    response.headers_mut().insert(name, value);
                }
                response
            }
            CreateAuthenticationMethodResponse::Unauthorized { body } => {
                #[allow(unused_mut)]
                let mut headers: Vec<(&'static str, axum::http::HeaderValue)> = Vec::new();
                let mut response = rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                for (name, value) in headers {
                    response.headers_mut().insert(name, value);
                }
                response
            }
            CreateAuthenticationMethodResponse::Forbidden { body } => {
                #[allow(unused_mut)]
                let mut headers: Vec<(&'static str, axum::http::HeaderValue)> = Vec::new();
                let mut response = rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                for (name, value) in headers {
                    response.headers_mut().insert(name, value);
                }
                response
            }
            CreateAuthenticationMethodResponse::UnsupportedMediaType { body } => {
                #[allow(unused_mut)]
                let mut headers: Vec<(&'static str, axum::http::HeaderValue)> = Vec::new();
                let mut response = rt::json_response(
                    StatusCode::from_u16(415u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                for (name, value) in headers {
                    response.headers_mut().insert(name, value);
                }
                response
            }
            CreateAuthenticationMethodResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                #[allow(unused_mut)]
                let mut headers: Vec<(&'static str, axum::http::HeaderValue)> = Vec::new();
                if let Some(v) = rt::header_value(&retry_after) {
                    headers.push(("retry-after", v));
                } else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                }
                if let Some(v) = rt::header_value(&x_ratelimit_limit) {
                    headers.push(("x-ratelimit-limit", v));
                } else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                }
                if let Some(v) = rt::header_value(&x_ratelimit_reset) {
                    headers.push(("x-ratelimit-reset", v));
                } else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                }
                if let Some(v) = rt::header_value(&x_ratelimit_remaining) {
                    headers.push(("x-ratelimit-remaining", v));
                } else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                }
                if let Some(value) = &x_auth0_error_kind {
                    if let Some(v) = rt::header_value(value) {
                        headers.push(("x-auth0-error-kind", v));
                    } else {
                        return rt::problem_response(&Problem::internal(), problem_body);
                    }
                }
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                for (name, value) in headers {
                    response.headers_mut().insert(name, value);
                }
                response
            }
        }
    }
}
async fn handle_create_authentication_method<A: MyAccountApi, Au: Authenticator>(
    State(shared): State<Arc<Shared<A, Au>>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["create:me:authentication_methods"]];
    let operation: &'static OperationInfo = &OPERATIONS[0usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.config.body_limit;
                let prepared: Result<CreateAuthenticationMethodRequest, Problem> = async {
                    let principal = rt::authorize(&shared.auth, REQUIREMENTS, &headers)
                        .await?;
                    let bytes = rt::read_body(body, limit).await?;
                    let body: Option<types::CreateAuthenticationMethodRequestContent> = if bytes
                        .is_empty()
                    {
                        None
                    } else {
                        rt::check_content_type(&headers, "application/json")?;
                        Some(rt::decode_body(&bytes)?)
                    };
                    Ok(CreateAuthenticationMethodRequest {
                        body,
                        context: RequestContext {
                            principal,
                            headers,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => rt::problem_response(&problem, problem_body),
                    Ok(request) => {
                        match shared.api.create_authentication_method(request).await {
                            Ok(answer) => answer.into_response(),
                            Err(error) => {
                                shared.api.handle_error(operation, error).into_response()
                            }
                        }
                    }
                }
            },
        )
        .await
}
/// The request of `confirmAuthenticationMethod`: `POST /authentication-methods/{authentication_method_id}/verify`.
#[derive(Debug)]
pub struct ConfirmAuthenticationMethodRequest {
    /// `authentication_method_id` (path). Authentication Method ID. This value is part of the Location header returned when creating an authentication method. It should be used as it is, without any modifications.
    pub authentication_method_id: types::PathAuthenticationMethodId,
    /// The request body (`application/json`), decoded and checked against `VerifyAuthenticationMethodRequestContent`.
    pub body: Option<types::VerifyAuthenticationMethodRequestContent>,
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `confirmAuthenticationMethod` documents, one variant per status.
#[derive(Debug, Clone)]
pub enum ConfirmAuthenticationMethodResponse {
    /// 201 Authentication method verified
    Created {
        /// The response body.
        body: types::VerifyAuthenticationMethodResponseContent,
        /// `Location`: URL of the authentication method resource.
        location: String,
        /// `x-ratelimit-limit`: The maximum number of requests permissible during the limit’s window window
        x_ratelimit_limit: serde_json::Number,
        /// `x-ratelimit-reset`: The anticipated time (as a UNIX timestamp, in seconds) when the bucket will be replenished
        x_ratelimit_reset: serde_json::Number,
        /// `x-ratelimit-remaining`: The number of remaining requests remaining in the current window until requests are rejected
        x_ratelimit_remaining: serde_json::Number,
    },
    /// 400 Invalid input based on schema.
    BadRequest {
        /// The response body.
        body: types::ErrorResponse,
    },
    /// 401 Unauthorized.
    Unauthorized {
        /// The response body.
        body: types::ErrorResponse,
    },
    /// 403 Forbidden.
    Forbidden {
        /// The response body.
        body: types::ErrorResponse,
    },
    /// 415 Unsupported Media Type.
    UnsupportedMediaType {
        /// The response body.
        body: types::ErrorResponse,
    },
    /// 429 Too Many Requests.
    TooManyRequests {
        /// The response body.
        body: types::ErrorResponse,
        /// `retry-after`: The number of seconds the client should wait before making a new request
        retry_after: serde_json::Number,
        /// `x-ratelimit-limit`: The maximum number of requests permissible during the limit’s window window
        x_ratelimit_limit: serde_json::Number,
        /// `x-ratelimit-reset`: The anticipated time (as a UNIX timestamp, in seconds) when the bucket will be replenished
        x_ratelimit_reset: serde_json::Number,
        /// `x-ratelimit-remaining`: The number of remaining requests remaining in the current window until requests are rejected
        x_ratelimit_remaining: serde_json::Number,
        /// `x-auth0-error-kind`: An indicator that the rate limit exceeded a is global (per tenant) limit.
        x_auth0_error_kind: Option<types::XAuth0ErrorKindHeader>,
    },
}
impl IntoResponse for ConfirmAuthenticationMethodResponse {
    fn into_response(self) -> Response {
        match self {
            ConfirmAuthenticationMethodResponse::Created {
                body,
                location,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
            } => {
                #[allow(unused_mut)]
                let mut headers: Vec<(&'static str, axum::http::HeaderValue)> = Vec::new();
                if let Some(v) = rt::header_value(&location) {
                    headers.push(("location", v));
                } else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                }
                if let Some(v) = rt::header_value(&x_ratelimit_limit) {
                    headers.push(("x-ratelimit-limit", v));
                } else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                }
                if let Some(v) = rt::header_value(&x_ratelimit_reset) {
                    headers.push(("x-ratelimit-reset", v));
                } else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                }
                if let Some(v) = rt::header_value(&x_ratelimit_remaining) {
                    headers.push(("x-ratelimit-remaining", v));
                } else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                }
                let mut response = rt::json_response(
                    StatusCode::from_u16(201u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                for (name, value) in headers {
                    response.headers_mut().insert(name, value);
                }
                response
            }
            ConfirmAuthenticationMethodResponse::BadRequest { body } => {
                #[allow(unused_mut)]
                let mut headers: Vec<(&'static str, axum::http::HeaderValue)> = Vec::new();
                let mut response = rt::json_response(
                    StatusCode::from_u16(400u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                for (name, value) in headers {
                    response.headers_mut().insert(name, value);
                }
                response
            }
            ConfirmAuthenticationMethodResponse::Unauthorized { body } => {
                #[allow(unused_mut)]
                let mut headers: Vec<(&'static str, axum::http::HeaderValue)> = Vec::new();
                let mut response = rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                for (name, value) in headers {
                    response.headers_mut().insert(name, value);
                }
                response
            }
            ConfirmAuthenticationMethodResponse::Forbidden { body } => {
                #[allow(unused_mut)]
                let mut headers: Vec<(&'static str, axum::http::HeaderValue)> = Vec::new();
                let mut response = rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                for (name, value) in headers {
                    response.headers_mut().insert(name, value);
                }
                response
            }
            ConfirmAuthenticationMethodResponse::UnsupportedMediaType { body } => {
                #[allow(unused_mut)]
                let mut headers: Vec<(&'static str, axum::http::HeaderValue)> = Vec::new();
                let mut response = rt::json_response(
                    StatusCode::from_u16(415u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                for (name, value) in headers {
                    response.headers_mut().insert(name, value);
                }
                response
            }
            ConfirmAuthenticationMethodResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                #[allow(unused_mut)]
                let mut headers: Vec<(&'static str, axum::http::HeaderValue)> = Vec::new();
                if let Some(v) = rt::header_value(&retry_after) {
                    headers.push(("retry-after", v));
                } else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                }
                if let Some(v) = rt::header_value(&x_ratelimit_limit) {
                    headers.push(("x-ratelimit-limit", v));
                } else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                }
                if let Some(v) = rt::header_value(&x_ratelimit_reset) {
                    headers.push(("x-ratelimit-reset", v));
                } else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                }
                if let Some(v) = rt::header_value(&x_ratelimit_remaining) {
                    headers.push(("x-ratelimit-remaining", v));
                } else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                }
                if let Some(value) = &x_auth0_error_kind {
                    if let Some(v) = rt::header_value(value) {
                        headers.push(("x-auth0-error-kind", v));
                    } else {
                        return rt::problem_response(&Problem::internal(), problem_body);
                    }
                }
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                for (name, value) in headers {
                    response.headers_mut().insert(name, value);
                }
                response
            }
        }
    }
}
async fn handle_confirm_authentication_method<A: MyAccountApi, Au: Authenticator>(
    State(shared): State<Arc<Shared<A, Au>>>,
    path: Result<
        Path<std::collections::HashMap<String, String>>,
        axum::extract::rejection::PathRejection,
    >,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["create:me:authentication_methods"]];
    let operation: &'static OperationInfo = &OPERATIONS[1usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.config.body_limit;
                let prepared: Result<ConfirmAuthenticationMethodRequest, Problem> = async {
                    let principal = rt::authorize(&shared.auth, REQUIREMENTS, &headers)
                        .await?;
                    let Path(path) = path.map_err(path_problem)?;
                    let authentication_method_id: types::PathAuthenticationMethodId = match path
                        .get("authentication_method_id")
                        .map(String::as_str)
                    {
                        Some(raw) => {
                            rt::decode_param(
                                Source::Path,
                                "authentication_method_id",
                                raw,
                                false,
                            )?
                        }
                        None => {
                            let mut errs = generated_client::runtime::DecodeErrors::default();
                            errs.push_field(
                                "",
                                "authentication_method_id",
                                "missing required parameter",
                            );
                            return Err(Problem::invalid(Source::Path, errs));
                        }
                    };
                    let bytes = rt::read_body(body, limit).await?;
                    let body: Option<types::VerifyAuthenticationMethodRequestContent> = if bytes
                        .is_empty()
                    {
                        None
                    } else {
                        rt::check_content_type(&headers, "application/json")?;
                        Some(rt::decode_body(&bytes)?)
                    };
                    Ok(ConfirmAuthenticationMethodRequest {
                        authentication_method_id,
                        body,
                        context: RequestContext {
                            principal,
                            headers,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => rt::problem_response(&problem, problem_body),
                    Ok(request) => {
                        match shared.api.confirm_authentication_method(request).await {
                            Ok(answer) => answer.into_response(),
                            Err(error) => {
                                shared.api.handle_error(operation, error).into_response()
                            }
                        }
                    }
                }
            },
        )
        .await
}
/// The My Account API, one method per operation. Implement it, then serve it with [`router`].
///
/// Each method gets a typed request (parameters decoded, body decoded and checked, credentials resolved) and returns that operation's response enum, which only has the statuses the spec documents, each with the headers it documents.
pub trait MyAccountApi: Send + Sync + 'static {
    /// What the methods fail with; [`Self::handle_error`] turns it into an answer the spec documents.
    type Error: Send + 'static;
    /// Start the enrollment of a supported authentication method.
    ///
    /// `POST /authentication-methods` (operationId `createAuthenticationMethod`)
    ///
    /// Scopes: `create:me:authentication_methods`.
    fn create_authentication_method(
        &self,
        request: CreateAuthenticationMethodRequest,
    ) -> impl Future<
        Output = Result<CreateAuthenticationMethodResponse, Self::Error>,
    > + Send;
    /// Confirm the enrollment of a supported authentication method.
    ///
    /// `POST /authentication-methods/{authentication_method_id}/verify` (operationId `confirmAuthenticationMethod`)
    ///
    /// Scopes: `create:me:authentication_methods`.
    fn confirm_authentication_method(
        &self,
        request: ConfirmAuthenticationMethodRequest,
    ) -> impl Future<
        Output = Result<ConfirmAuthenticationMethodResponse, Self::Error>,
    > + Send;
    /// Maps an implementation error to a documented error answer. The default logs nothing and
    /// answers 500 without details; override it to log, and to pick a status and body.
    fn handle_error(
        &self,
        operation: &'static OperationInfo,
        error: Self::Error,
    ) -> ErrorReply {
        let _ = (operation, error);
        ErrorReply::from_problem(&Problem::internal())
    }
}
struct Shared<A, Au> {
    api: A,
    auth: Au,
    config: ServerConfig,
}
/// The router for `api`, mounted at [`BASE_PATH`].
pub fn router<A: MyAccountApi, Au: Authenticator>(
    api: A,
    authenticator: Au,
) -> axum::Router {
    router_with(api, authenticator, ServerConfig::new(BASE_PATH))
}
/// The router for `api`, with the mount point and limits of `config`.
pub fn router_with<A: MyAccountApi, Au: Authenticator>(
    api: A,
    authenticator: Au,
    config: ServerConfig,
) -> axum::Router {
    let prefix = config.prefix.clone();
    let shared = Arc::new(Shared {
        api,
        auth: authenticator,
        config,
    });
    let inner = axum::Router::new()
        .route(
            "/authentication-methods",
            axum::routing::post(handle_create_authentication_method::<A, Au>),
        )
        .route(
            "/authentication-methods/{authentication_method_id}/verify",
            axum::routing::post(handle_confirm_authentication_method::<A, Au>),
        )
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(shared);
    if prefix.is_empty() {
        inner
    } else {
        axum::Router::new().nest(&prefix, inner).fallback(not_found)
    }
}
async fn not_found() -> Response {
    rt::problem_response(
        &Problem::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "No operation of this API has this path.",
        ),
        problem_body,
    )
}
async fn method_not_allowed() -> Response {
    rt::problem_response(
        &Problem::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
            "This path does not take this method.",
        ),
        problem_body,
    )
}
fn path_problem(rejection: axum::extract::rejection::PathRejection) -> Problem {
    Problem::new(
        StatusCode::BAD_REQUEST,
        "invalid_request",
        format!("The path parameters could not be read: {}", rejection.body_text()),
    )
}
