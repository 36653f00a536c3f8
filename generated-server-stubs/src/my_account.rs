// @generated from openapi/my-account.yaml by `cargo xtask regen`. Do not edit by hand.

use std::future::Future;
use std::sync::Arc;
use axum::body::Body;
use axum::extract::State;
use crate::server_runtime::Source;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use generated_client::my_account::operations::OPERATIONS;
#[allow(unused_imports)]
use generated_client::my_account::types;
use generated_client::runtime::OperationInfo;
use crate::server_runtime::{
    self as rt, Authenticator, Problem, RequestContext, ServerConfig,
};
/// A server that answers with the spec's documented examples.
pub mod examples;
/// Where the spec's first server URL puts the API.
pub const BASE_PATH: &str = "/me/v1";
/// Writes a problem the router found as the spec's error body.
pub fn problem_body(p: &Problem) -> types::ErrorResponse {
    {
        let mut value = types::ErrorResponse::new(
            p.kind.to_string(),
            serde_json::Number::from(p.status.as_u16()),
            p.title.to_string(),
            p.detail.to_string(),
        );
        value.validation_errors = (!p.issues.is_empty())
            .then(|| {
                p
                    .issues
                    .iter()
                    .map(|(source, issue)| {
                        let mut value = types::ValidationError::new(
                            issue.message.to_string(),
                        );
                        value.field = issue.field.clone();
                        value.pointer = Some(issue.pointer.to_string());
                        value.source = Some(source.as_str().to_string());
                        value
                    })
                    .collect::<Vec<_>>()
            });
        value
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
/// The response header `location`.
const HEADER_LOCATION: axum::http::HeaderName = axum::http::HeaderName::from_static(
    "location",
);
/// The response header `retry-after`.
const HEADER_RETRY_AFTER: axum::http::HeaderName = axum::http::HeaderName::from_static(
    "retry-after",
);
/// The response header `x-auth0-error-kind`.
const HEADER_X_AUTH0_ERROR_KIND: axum::http::HeaderName = axum::http::HeaderName::from_static(
    "x-auth0-error-kind",
);
/// The response header `x-ratelimit-limit`.
const HEADER_X_RATELIMIT_LIMIT: axum::http::HeaderName = axum::http::HeaderName::from_static(
    "x-ratelimit-limit",
);
/// The response header `x-ratelimit-remaining`.
const HEADER_X_RATELIMIT_REMAINING: axum::http::HeaderName = axum::http::HeaderName::from_static(
    "x-ratelimit-remaining",
);
/// The response header `x-ratelimit-reset`.
const HEADER_X_RATELIMIT_RESET: axum::http::HeaderName = axum::http::HeaderName::from_static(
    "x-ratelimit-reset",
);
/// The request of `getFactors`: `GET /factors`.
#[derive(Debug)]
pub struct GetFactorsRequest {
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `getFactors` documents, one variant per status.
///
/// Each variant holds its documented body unboxed (so `clippy::large_enum_variant` is allowed): an answer is built once and written.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum GetFactorsResponse {
    /// 200 Successfully retrieved enabled factors
    Ok {
        /// The response body.
        body: types::ListFactorsResponseContent,
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
impl IntoResponse for GetFactorsResponse {
    fn into_response(self) -> Response {
        match self {
            GetFactorsResponse::Ok {
                body,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
            } => {
                let (Some(header_0), Some(header_1), Some(header_2)) = (
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(200u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_0);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_1);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_2);
                response
            }
            GetFactorsResponse::BadRequest { body } => {
                rt::json_response(
                    StatusCode::from_u16(400u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetFactorsResponse::Unauthorized { body } => {
                rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetFactorsResponse::Forbidden { body } => {
                rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetFactorsResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                let (
                    Some(header_0),
                    Some(header_1),
                    Some(header_2),
                    Some(header_3),
                    Some(header_4),
                ) = (
                    rt::header_value(&retry_after),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                    rt::optional_header_value(&x_auth0_error_kind),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_RETRY_AFTER, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                if let Some(header_4) = header_4 {
                    headers.insert(HEADER_X_AUTH0_ERROR_KIND, header_4);
                }
                response
            }
        }
    }
}
async fn handle_get_factors<A: FactorsApi, Au: Authenticator>(
    State(shared): State<Arc<Shared<A, Au>>>,
    method: axum::http::Method,
    axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["read:me:factors"]];
    const STATUSES: &[&str] = &["200", "400", "401", "403", "429"];
    let operation: &'static OperationInfo = &OPERATIONS[0usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.body_limit;
                let prepared: Result<GetFactorsRequest, Problem> = async {
                    let head = rt::RequestHead {
                        method,
                        uri,
                        headers,
                    };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head)
                        .await?;
                    let rt::RequestHead { method, uri, headers } = head;
                    let _ = (body, limit);
                    Ok(GetFactorsRequest {
                        context: RequestContext {
                            principal,
                            headers,
                            method,
                            uri,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => {
                        rt::problem_response(&problem.within(STATUSES), problem_body)
                    }
                    Ok(request) => {
                        match shared.api.get_factors(request).await {
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
/// The request of `createConnectedAccountRequest`: `POST /connected-accounts/connect`.
#[derive(Debug)]
pub struct CreateConnectedAccountRequestRequest {
    /// The request body (`application/json`), decoded and checked against `CreateConnectedAccountsRequestContent`.
    pub body: types::CreateConnectedAccountsRequestContent,
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `createConnectedAccountRequest` documents, one variant per status.
///
/// Each variant holds its documented body unboxed (so `clippy::large_enum_variant` is allowed): an answer is built once and written.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum CreateConnectedAccountRequestResponse {
    /// 201 Account connection request created successfully
    Created {
        /// The response body.
        body: types::CreateConnectedAccountsResponseContent,
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
impl IntoResponse for CreateConnectedAccountRequestResponse {
    fn into_response(self) -> Response {
        match self {
            CreateConnectedAccountRequestResponse::Created {
                body,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
            } => {
                let (Some(header_0), Some(header_1), Some(header_2)) = (
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(201u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_0);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_1);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_2);
                response
            }
            CreateConnectedAccountRequestResponse::BadRequest { body } => {
                rt::json_response(
                    StatusCode::from_u16(400u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CreateConnectedAccountRequestResponse::Unauthorized { body } => {
                rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CreateConnectedAccountRequestResponse::Forbidden { body } => {
                rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CreateConnectedAccountRequestResponse::UnsupportedMediaType { body } => {
                rt::json_response(
                    StatusCode::from_u16(415u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CreateConnectedAccountRequestResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                let (
                    Some(header_0),
                    Some(header_1),
                    Some(header_2),
                    Some(header_3),
                    Some(header_4),
                ) = (
                    rt::header_value(&retry_after),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                    rt::optional_header_value(&x_auth0_error_kind),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_RETRY_AFTER, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                if let Some(header_4) = header_4 {
                    headers.insert(HEADER_X_AUTH0_ERROR_KIND, header_4);
                }
                response
            }
        }
    }
}
async fn handle_create_connected_account_request<
    A: ConnectedAccountsApi,
    Au: Authenticator,
>(
    State(shared): State<Arc<Shared<A, Au>>>,
    method: axum::http::Method,
    axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["create:me:connected_accounts"]];
    const STATUSES: &[&str] = &["201", "400", "401", "403", "415", "429"];
    let operation: &'static OperationInfo = &OPERATIONS[7usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.body_limit;
                let prepared: Result<CreateConnectedAccountRequestRequest, Problem> = async {
                    let head = rt::RequestHead {
                        method,
                        uri,
                        headers,
                    };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head)
                        .await?;
                    let rt::RequestHead { method, uri, headers } = head;
                    rt::check_content_type(&headers, "application/json")?;
                    let bytes = rt::read_body(body, limit).await?;
                    let body: types::CreateConnectedAccountsRequestContent = rt::decode_body(
                        &bytes,
                    )?;
                    Ok(CreateConnectedAccountRequestRequest {
                        body,
                        context: RequestContext {
                            principal,
                            headers,
                            method,
                            uri,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => {
                        rt::problem_response(&problem.within(STATUSES), problem_body)
                    }
                    Ok(request) => {
                        match shared.api.create_connected_account_request(request).await
                        {
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
/// The request of `completeConnectedAccountRequest`: `POST /connected-accounts/complete`.
#[derive(Debug)]
pub struct CompleteConnectedAccountRequestRequest {
    /// The request body (`application/json`), decoded and checked against `CompleteConnectedAccountsRequestContent`.
    pub body: types::CompleteConnectedAccountsRequestContent,
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `completeConnectedAccountRequest` documents, one variant per status.
///
/// Each variant holds its documented body unboxed (so `clippy::large_enum_variant` is allowed): an answer is built once and written.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum CompleteConnectedAccountRequestResponse {
    /// 201 Connected account request completed successfully
    Created {
        /// The response body.
        body: types::CompleteConnectedAccountsResponseContent,
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
    /// 409 Request conflicts with the current state of the resource.
    Conflict {
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
impl IntoResponse for CompleteConnectedAccountRequestResponse {
    fn into_response(self) -> Response {
        match self {
            CompleteConnectedAccountRequestResponse::Created {
                body,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
            } => {
                let (Some(header_0), Some(header_1), Some(header_2)) = (
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(201u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_0);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_1);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_2);
                response
            }
            CompleteConnectedAccountRequestResponse::BadRequest { body } => {
                rt::json_response(
                    StatusCode::from_u16(400u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CompleteConnectedAccountRequestResponse::Unauthorized { body } => {
                rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CompleteConnectedAccountRequestResponse::Forbidden { body } => {
                rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CompleteConnectedAccountRequestResponse::Conflict { body } => {
                rt::json_response(
                    StatusCode::from_u16(409u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CompleteConnectedAccountRequestResponse::UnsupportedMediaType { body } => {
                rt::json_response(
                    StatusCode::from_u16(415u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CompleteConnectedAccountRequestResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                let (
                    Some(header_0),
                    Some(header_1),
                    Some(header_2),
                    Some(header_3),
                    Some(header_4),
                ) = (
                    rt::header_value(&retry_after),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                    rt::optional_header_value(&x_auth0_error_kind),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_RETRY_AFTER, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                if let Some(header_4) = header_4 {
                    headers.insert(HEADER_X_AUTH0_ERROR_KIND, header_4);
                }
                response
            }
        }
    }
}
async fn handle_complete_connected_account_request<
    A: ConnectedAccountsApi,
    Au: Authenticator,
>(
    State(shared): State<Arc<Shared<A, Au>>>,
    method: axum::http::Method,
    axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["create:me:connected_accounts"]];
    const STATUSES: &[&str] = &["201", "400", "401", "403", "409", "415", "429"];
    let operation: &'static OperationInfo = &OPERATIONS[8usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.body_limit;
                let prepared: Result<CompleteConnectedAccountRequestRequest, Problem> = async {
                    let head = rt::RequestHead {
                        method,
                        uri,
                        headers,
                    };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head)
                        .await?;
                    let rt::RequestHead { method, uri, headers } = head;
                    rt::check_content_type(&headers, "application/json")?;
                    let bytes = rt::read_body(body, limit).await?;
                    let body: types::CompleteConnectedAccountsRequestContent = rt::decode_body(
                        &bytes,
                    )?;
                    Ok(CompleteConnectedAccountRequestRequest {
                        body,
                        context: RequestContext {
                            principal,
                            headers,
                            method,
                            uri,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => {
                        rt::problem_response(&problem.within(STATUSES), problem_body)
                    }
                    Ok(request) => {
                        match shared
                            .api
                            .complete_connected_account_request(request)
                            .await
                        {
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
/// The request of `getConnectedAccounts`: `GET /connected-accounts/accounts`.
#[derive(Debug)]
pub struct GetConnectedAccountsRequest {
    /// `connection` (query). Filter connected accounts by connection names
    pub connection: Option<types::ConnectionNamesFilter>,
    /// `from` (query). Cursor for pagination - start retrieving results from this point
    pub from: Option<String>,
    /// `take` (query). Number of results to return (1-20)
    pub take: Option<i64>,
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `getConnectedAccounts` documents, one variant per status.
///
/// Each variant holds its documented body unboxed (so `clippy::large_enum_variant` is allowed): an answer is built once and written.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum GetConnectedAccountsResponse {
    /// 200 Successfully retrieved connected accounts
    Ok {
        /// The response body.
        body: types::ListConnectedAccountsResponseContent,
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
impl IntoResponse for GetConnectedAccountsResponse {
    fn into_response(self) -> Response {
        match self {
            GetConnectedAccountsResponse::Ok {
                body,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
            } => {
                let (Some(header_0), Some(header_1), Some(header_2)) = (
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(200u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_0);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_1);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_2);
                response
            }
            GetConnectedAccountsResponse::BadRequest { body } => {
                rt::json_response(
                    StatusCode::from_u16(400u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetConnectedAccountsResponse::Unauthorized { body } => {
                rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetConnectedAccountsResponse::Forbidden { body } => {
                rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetConnectedAccountsResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                let (
                    Some(header_0),
                    Some(header_1),
                    Some(header_2),
                    Some(header_3),
                    Some(header_4),
                ) = (
                    rt::header_value(&retry_after),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                    rt::optional_header_value(&x_auth0_error_kind),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_RETRY_AFTER, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                if let Some(header_4) = header_4 {
                    headers.insert(HEADER_X_AUTH0_ERROR_KIND, header_4);
                }
                response
            }
        }
    }
}
async fn handle_get_connected_accounts<A: ConnectedAccountsApi, Au: Authenticator>(
    State(shared): State<Arc<Shared<A, Au>>>,
    method: axum::http::Method,
    axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["read:me:connected_accounts"]];
    const STATUSES: &[&str] = &["200", "400", "401", "403", "429"];
    let operation: &'static OperationInfo = &OPERATIONS[9usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.body_limit;
                let prepared: Result<GetConnectedAccountsRequest, Problem> = async {
                    let head = rt::RequestHead {
                        method,
                        uri,
                        headers,
                    };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head)
                        .await?;
                    let rt::RequestHead { method, uri, headers } = head;
                    let query = rt::query_pairs(uri.query());
                    let param_connection: Option<types::ConnectionNamesFilter> = rt::query_param(
                        &query,
                        "connection",
                        rt::QueryRule {
                            array: true,
                            scalar: true,
                            json_items: false,
                            explode: true,
                        },
                    )?;
                    let param_from: Option<String> = rt::query_param(
                        &query,
                        "from",
                        rt::QueryRule {
                            array: false,
                            scalar: true,
                            json_items: false,
                            explode: true,
                        },
                    )?;
                    let param_take: Option<i64> = rt::query_param(
                        &query,
                        "take",
                        rt::QueryRule {
                            array: false,
                            scalar: true,
                            json_items: true,
                            explode: true,
                        },
                    )?;
                    let _ = (body, limit);
                    Ok(GetConnectedAccountsRequest {
                        connection: param_connection,
                        from: param_from,
                        take: param_take,
                        context: RequestContext {
                            principal,
                            headers,
                            method,
                            uri,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => {
                        rt::problem_response(&problem.within(STATUSES), problem_body)
                    }
                    Ok(request) => {
                        match shared.api.get_connected_accounts(request).await {
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
/// The request of `getConnectedAccountsConnections`: `GET /connected-accounts/connections`.
#[derive(Debug)]
pub struct GetConnectedAccountsConnectionsRequest {
    /// `from` (query). Cursor for pagination - start retrieving results from this point
    pub from: Option<String>,
    /// `take` (query). Number of results to return (1-20)
    pub take: Option<i64>,
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `getConnectedAccountsConnections` documents, one variant per status.
///
/// Each variant holds its documented body unboxed (so `clippy::large_enum_variant` is allowed): an answer is built once and written.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum GetConnectedAccountsConnectionsResponse {
    /// 200 Successfully retrieved available connections
    Ok {
        /// The response body.
        body: types::ListConnectedAccountsConnectionsResponseContent,
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
impl IntoResponse for GetConnectedAccountsConnectionsResponse {
    fn into_response(self) -> Response {
        match self {
            GetConnectedAccountsConnectionsResponse::Ok {
                body,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
            } => {
                let (Some(header_0), Some(header_1), Some(header_2)) = (
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(200u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_0);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_1);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_2);
                response
            }
            GetConnectedAccountsConnectionsResponse::BadRequest { body } => {
                rt::json_response(
                    StatusCode::from_u16(400u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetConnectedAccountsConnectionsResponse::Unauthorized { body } => {
                rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetConnectedAccountsConnectionsResponse::Forbidden { body } => {
                rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetConnectedAccountsConnectionsResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                let (
                    Some(header_0),
                    Some(header_1),
                    Some(header_2),
                    Some(header_3),
                    Some(header_4),
                ) = (
                    rt::header_value(&retry_after),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                    rt::optional_header_value(&x_auth0_error_kind),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_RETRY_AFTER, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                if let Some(header_4) = header_4 {
                    headers.insert(HEADER_X_AUTH0_ERROR_KIND, header_4);
                }
                response
            }
        }
    }
}
async fn handle_get_connected_accounts_connections<
    A: ConnectedAccountsApi,
    Au: Authenticator,
>(
    State(shared): State<Arc<Shared<A, Au>>>,
    method: axum::http::Method,
    axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["read:me:connected_accounts"]];
    const STATUSES: &[&str] = &["200", "400", "401", "403", "429"];
    let operation: &'static OperationInfo = &OPERATIONS[10usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.body_limit;
                let prepared: Result<GetConnectedAccountsConnectionsRequest, Problem> = async {
                    let head = rt::RequestHead {
                        method,
                        uri,
                        headers,
                    };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head)
                        .await?;
                    let rt::RequestHead { method, uri, headers } = head;
                    let query = rt::query_pairs(uri.query());
                    let param_from: Option<String> = rt::query_param(
                        &query,
                        "from",
                        rt::QueryRule {
                            array: false,
                            scalar: true,
                            json_items: false,
                            explode: true,
                        },
                    )?;
                    let param_take: Option<i64> = rt::query_param(
                        &query,
                        "take",
                        rt::QueryRule {
                            array: false,
                            scalar: true,
                            json_items: true,
                            explode: true,
                        },
                    )?;
                    let _ = (body, limit);
                    Ok(GetConnectedAccountsConnectionsRequest {
                        from: param_from,
                        take: param_take,
                        context: RequestContext {
                            principal,
                            headers,
                            method,
                            uri,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => {
                        rt::problem_response(&problem.within(STATUSES), problem_body)
                    }
                    Ok(request) => {
                        match shared
                            .api
                            .get_connected_accounts_connections(request)
                            .await
                        {
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
/// The request of `deleteConnectedAccount`: `DELETE /connected-accounts/accounts/{id}`.
#[derive(Debug)]
pub struct DeleteConnectedAccountRequest {
    /// `id` (path). The unique identifier of the connected account
    pub id: types::ConnectedAccountId,
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `deleteConnectedAccount` documents, one variant per status.
///
/// Each variant holds its documented body unboxed (so `clippy::large_enum_variant` is allowed): an answer is built once and written.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum DeleteConnectedAccountResponse {
    /// 204 Connected account successfully deleted
    NoContent {
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
impl IntoResponse for DeleteConnectedAccountResponse {
    fn into_response(self) -> Response {
        match self {
            DeleteConnectedAccountResponse::NoContent {
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
            } => {
                let (Some(header_0), Some(header_1), Some(header_2)) = (
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = StatusCode::from_u16(204u16)
                    .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                    .into_response();
                let headers = response.headers_mut();
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_0);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_1);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_2);
                response
            }
            DeleteConnectedAccountResponse::BadRequest { body } => {
                rt::json_response(
                    StatusCode::from_u16(400u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            DeleteConnectedAccountResponse::Unauthorized { body } => {
                rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            DeleteConnectedAccountResponse::Forbidden { body } => {
                rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            DeleteConnectedAccountResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                let (
                    Some(header_0),
                    Some(header_1),
                    Some(header_2),
                    Some(header_3),
                    Some(header_4),
                ) = (
                    rt::header_value(&retry_after),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                    rt::optional_header_value(&x_auth0_error_kind),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_RETRY_AFTER, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                if let Some(header_4) = header_4 {
                    headers.insert(HEADER_X_AUTH0_ERROR_KIND, header_4);
                }
                response
            }
        }
    }
}
async fn handle_delete_connected_account<A: ConnectedAccountsApi, Au: Authenticator>(
    State(shared): State<Arc<Shared<A, Au>>>,
    path: Result<
        axum::extract::RawPathParams,
        axum::extract::rejection::RawPathParamsRejection,
    >,
    method: axum::http::Method,
    axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["delete:me:connected_accounts"]];
    const STATUSES: &[&str] = &["204", "400", "401", "403", "429"];
    let operation: &'static OperationInfo = &OPERATIONS[11usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.body_limit;
                let prepared: Result<DeleteConnectedAccountRequest, Problem> = async {
                    let head = rt::RequestHead {
                        method,
                        uri,
                        headers,
                    };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head)
                        .await?;
                    let rt::RequestHead { method, uri, headers } = head;
                    let path = path.map_err(path_problem)?;
                    let param_id: types::ConnectedAccountId = match rt::path_param(
                        &path,
                        "id",
                    ) {
                        Some(raw) => rt::decode_param(Source::Path, "id", raw, false)?,
                        None => {
                            let mut errs = generated_client::runtime::DecodeErrors::default();
                            errs.push_field("", "id", "missing required parameter");
                            return Err(Problem::invalid(Source::Path, errs));
                        }
                    };
                    let _ = (body, limit);
                    Ok(DeleteConnectedAccountRequest {
                        id: param_id,
                        context: RequestContext {
                            principal,
                            headers,
                            method,
                            uri,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => {
                        rt::problem_response(&problem.within(STATUSES), problem_body)
                    }
                    Ok(request) => {
                        match shared.api.delete_connected_account(request).await {
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
/// The request of `getAuthenticationMethods`: `GET /authentication-methods`.
#[derive(Debug)]
pub struct GetAuthenticationMethodsRequest {
    /// `type` (query). Filter authentication methods by type
    pub type_: Option<types::FactorTypeEnum>,
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `getAuthenticationMethods` documents, one variant per status.
///
/// Each variant holds its documented body unboxed (so `clippy::large_enum_variant` is allowed): an answer is built once and written.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum GetAuthenticationMethodsResponse {
    /// 200 Successfully retrieved authentication methods
    Ok {
        /// The response body.
        body: types::ListAuthenticationMethodsResponseContent,
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
impl IntoResponse for GetAuthenticationMethodsResponse {
    fn into_response(self) -> Response {
        match self {
            GetAuthenticationMethodsResponse::Ok {
                body,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
            } => {
                let (Some(header_0), Some(header_1), Some(header_2)) = (
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(200u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_0);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_1);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_2);
                response
            }
            GetAuthenticationMethodsResponse::BadRequest { body } => {
                rt::json_response(
                    StatusCode::from_u16(400u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetAuthenticationMethodsResponse::Unauthorized { body } => {
                rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetAuthenticationMethodsResponse::Forbidden { body } => {
                rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetAuthenticationMethodsResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                let (
                    Some(header_0),
                    Some(header_1),
                    Some(header_2),
                    Some(header_3),
                    Some(header_4),
                ) = (
                    rt::header_value(&retry_after),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                    rt::optional_header_value(&x_auth0_error_kind),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_RETRY_AFTER, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                if let Some(header_4) = header_4 {
                    headers.insert(HEADER_X_AUTH0_ERROR_KIND, header_4);
                }
                response
            }
        }
    }
}
async fn handle_get_authentication_methods<
    A: AuthenticationMethodsApi,
    Au: Authenticator,
>(
    State(shared): State<Arc<Shared<A, Au>>>,
    method: axum::http::Method,
    axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["read:me:authentication_methods"]];
    const STATUSES: &[&str] = &["200", "400", "401", "403", "429"];
    let operation: &'static OperationInfo = &OPERATIONS[1usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.body_limit;
                let prepared: Result<GetAuthenticationMethodsRequest, Problem> = async {
                    let head = rt::RequestHead {
                        method,
                        uri,
                        headers,
                    };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head)
                        .await?;
                    let rt::RequestHead { method, uri, headers } = head;
                    let query = rt::query_pairs(uri.query());
                    let param_type_: Option<types::FactorTypeEnum> = rt::query_param(
                        &query,
                        "type",
                        rt::QueryRule {
                            array: false,
                            scalar: true,
                            json_items: false,
                            explode: true,
                        },
                    )?;
                    let _ = (body, limit);
                    Ok(GetAuthenticationMethodsRequest {
                        type_: param_type_,
                        context: RequestContext {
                            principal,
                            headers,
                            method,
                            uri,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => {
                        rt::problem_response(&problem.within(STATUSES), problem_body)
                    }
                    Ok(request) => {
                        match shared.api.get_authentication_methods(request).await {
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
/// The request of `createAuthenticationMethod`: `POST /authentication-methods`.
#[derive(Debug)]
pub struct CreateAuthenticationMethodRequest {
    /// The request body (`application/json`), decoded and checked against `CreateAuthenticationMethodRequestContent`.
    pub body: Option<types::CreateAuthenticationMethodRequestContent>,
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `createAuthenticationMethod` documents, one variant per status.
///
/// Each variant holds its documented body unboxed (so `clippy::large_enum_variant` is allowed): an answer is built once and written.
#[allow(clippy::large_enum_variant)]
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
                let (Some(header_0), Some(header_1), Some(header_2), Some(header_3)) = (
                    rt::header_value(&location),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(202u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_LOCATION, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                response
            }
            CreateAuthenticationMethodResponse::BadRequest { body } => {
                rt::json_response(
                    StatusCode::from_u16(400u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CreateAuthenticationMethodResponse::Unauthorized { body } => {
                rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CreateAuthenticationMethodResponse::Forbidden { body } => {
                rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CreateAuthenticationMethodResponse::UnsupportedMediaType { body } => {
                rt::json_response(
                    StatusCode::from_u16(415u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CreateAuthenticationMethodResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                let (
                    Some(header_0),
                    Some(header_1),
                    Some(header_2),
                    Some(header_3),
                    Some(header_4),
                ) = (
                    rt::header_value(&retry_after),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                    rt::optional_header_value(&x_auth0_error_kind),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_RETRY_AFTER, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                if let Some(header_4) = header_4 {
                    headers.insert(HEADER_X_AUTH0_ERROR_KIND, header_4);
                }
                response
            }
        }
    }
}
async fn handle_create_authentication_method<
    A: AuthenticationMethodsApi,
    Au: Authenticator,
>(
    State(shared): State<Arc<Shared<A, Au>>>,
    method: axum::http::Method,
    axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["create:me:authentication_methods"]];
    const STATUSES: &[&str] = &["202", "400", "401", "403", "415", "429"];
    let operation: &'static OperationInfo = &OPERATIONS[2usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.body_limit;
                let prepared: Result<CreateAuthenticationMethodRequest, Problem> = async {
                    let head = rt::RequestHead {
                        method,
                        uri,
                        headers,
                    };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head)
                        .await?;
                    let rt::RequestHead { method, uri, headers } = head;
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
                            method,
                            uri,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => {
                        rt::problem_response(&problem.within(STATUSES), problem_body)
                    }
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
/// The request of `getAuthenticationMethod`: `GET /authentication-methods/{authentication_method_id}`.
#[derive(Debug)]
pub struct GetAuthenticationMethodRequest {
    /// `authentication_method_id` (path). Authentication Method ID. This value is part of the Location header returned when creating an authentication method. It should be used as it is, without any modifications.
    pub authentication_method_id: types::PathAuthenticationMethodId,
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `getAuthenticationMethod` documents, one variant per status.
///
/// Each variant holds its documented body unboxed (so `clippy::large_enum_variant` is allowed): an answer is built once and written.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum GetAuthenticationMethodResponse {
    /// 200 Successfully retrieved authentication method
    Ok {
        /// The response body.
        body: types::GetAuthenticationMethodResponseContent,
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
    /// 404 Not Found.
    NotFound {
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
impl IntoResponse for GetAuthenticationMethodResponse {
    fn into_response(self) -> Response {
        match self {
            GetAuthenticationMethodResponse::Ok {
                body,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
            } => {
                let (Some(header_0), Some(header_1), Some(header_2)) = (
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(200u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_0);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_1);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_2);
                response
            }
            GetAuthenticationMethodResponse::BadRequest { body } => {
                rt::json_response(
                    StatusCode::from_u16(400u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetAuthenticationMethodResponse::Unauthorized { body } => {
                rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetAuthenticationMethodResponse::Forbidden { body } => {
                rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetAuthenticationMethodResponse::NotFound { body } => {
                rt::json_response(
                    StatusCode::from_u16(404u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetAuthenticationMethodResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                let (
                    Some(header_0),
                    Some(header_1),
                    Some(header_2),
                    Some(header_3),
                    Some(header_4),
                ) = (
                    rt::header_value(&retry_after),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                    rt::optional_header_value(&x_auth0_error_kind),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_RETRY_AFTER, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                if let Some(header_4) = header_4 {
                    headers.insert(HEADER_X_AUTH0_ERROR_KIND, header_4);
                }
                response
            }
        }
    }
}
async fn handle_get_authentication_method<
    A: AuthenticationMethodsApi,
    Au: Authenticator,
>(
    State(shared): State<Arc<Shared<A, Au>>>,
    path: Result<
        axum::extract::RawPathParams,
        axum::extract::rejection::RawPathParamsRejection,
    >,
    method: axum::http::Method,
    axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["read:me:authentication_methods"]];
    const STATUSES: &[&str] = &["200", "400", "401", "403", "404", "429"];
    let operation: &'static OperationInfo = &OPERATIONS[3usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.body_limit;
                let prepared: Result<GetAuthenticationMethodRequest, Problem> = async {
                    let head = rt::RequestHead {
                        method,
                        uri,
                        headers,
                    };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head)
                        .await?;
                    let rt::RequestHead { method, uri, headers } = head;
                    let path = path.map_err(path_problem)?;
                    let param_authentication_method_id: types::PathAuthenticationMethodId = match rt::path_param(
                        &path,
                        "authentication_method_id",
                    ) {
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
                    let _ = (body, limit);
                    Ok(GetAuthenticationMethodRequest {
                        authentication_method_id: param_authentication_method_id,
                        context: RequestContext {
                            principal,
                            headers,
                            method,
                            uri,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => {
                        rt::problem_response(&problem.within(STATUSES), problem_body)
                    }
                    Ok(request) => {
                        match shared.api.get_authentication_method(request).await {
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
/// The request of `deleteAuthenticationMethod`: `DELETE /authentication-methods/{authentication_method_id}`.
#[derive(Debug)]
pub struct DeleteAuthenticationMethodRequest {
    /// `authentication_method_id` (path). Authentication Method ID. This value is part of the Location header returned when creating an authentication method. It should be used as it is, without any modifications.
    pub authentication_method_id: types::PathAuthenticationMethodId,
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `deleteAuthenticationMethod` documents, one variant per status.
///
/// Each variant holds its documented body unboxed (so `clippy::large_enum_variant` is allowed): an answer is built once and written.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum DeleteAuthenticationMethodResponse {
    /// 204 Authentication method successfully deleted
    NoContent {
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
    /// 409 Request conflicts with the current state of the resource.
    Conflict {
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
impl IntoResponse for DeleteAuthenticationMethodResponse {
    fn into_response(self) -> Response {
        match self {
            DeleteAuthenticationMethodResponse::NoContent {
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
            } => {
                let (Some(header_0), Some(header_1), Some(header_2)) = (
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = StatusCode::from_u16(204u16)
                    .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                    .into_response();
                let headers = response.headers_mut();
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_0);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_1);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_2);
                response
            }
            DeleteAuthenticationMethodResponse::BadRequest { body } => {
                rt::json_response(
                    StatusCode::from_u16(400u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            DeleteAuthenticationMethodResponse::Unauthorized { body } => {
                rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            DeleteAuthenticationMethodResponse::Forbidden { body } => {
                rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            DeleteAuthenticationMethodResponse::Conflict { body } => {
                rt::json_response(
                    StatusCode::from_u16(409u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            DeleteAuthenticationMethodResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                let (
                    Some(header_0),
                    Some(header_1),
                    Some(header_2),
                    Some(header_3),
                    Some(header_4),
                ) = (
                    rt::header_value(&retry_after),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                    rt::optional_header_value(&x_auth0_error_kind),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_RETRY_AFTER, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                if let Some(header_4) = header_4 {
                    headers.insert(HEADER_X_AUTH0_ERROR_KIND, header_4);
                }
                response
            }
        }
    }
}
async fn handle_delete_authentication_method<
    A: AuthenticationMethodsApi,
    Au: Authenticator,
>(
    State(shared): State<Arc<Shared<A, Au>>>,
    path: Result<
        axum::extract::RawPathParams,
        axum::extract::rejection::RawPathParamsRejection,
    >,
    method: axum::http::Method,
    axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["delete:me:authentication_methods"]];
    const STATUSES: &[&str] = &["204", "400", "401", "403", "409", "429"];
    let operation: &'static OperationInfo = &OPERATIONS[4usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.body_limit;
                let prepared: Result<DeleteAuthenticationMethodRequest, Problem> = async {
                    let head = rt::RequestHead {
                        method,
                        uri,
                        headers,
                    };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head)
                        .await?;
                    let rt::RequestHead { method, uri, headers } = head;
                    let path = path.map_err(path_problem)?;
                    let param_authentication_method_id: types::PathAuthenticationMethodId = match rt::path_param(
                        &path,
                        "authentication_method_id",
                    ) {
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
                    let _ = (body, limit);
                    Ok(DeleteAuthenticationMethodRequest {
                        authentication_method_id: param_authentication_method_id,
                        context: RequestContext {
                            principal,
                            headers,
                            method,
                            uri,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => {
                        rt::problem_response(&problem.within(STATUSES), problem_body)
                    }
                    Ok(request) => {
                        match shared.api.delete_authentication_method(request).await {
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
/// The request of `updateAuthenticationMethod`: `PATCH /authentication-methods/{authentication_method_id}`.
#[derive(Debug)]
pub struct UpdateAuthenticationMethodRequest {
    /// `authentication_method_id` (path). Authentication Method ID. This value is part of the Location header returned when creating an authentication method. It should be used as it is, without any modifications.
    pub authentication_method_id: types::PathAuthenticationMethodId,
    /// The request body (`application/json`), decoded and checked against `UpdateAuthenticationMethodRequestContent`.
    pub body: Option<types::UpdateAuthenticationMethodRequestContent>,
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `updateAuthenticationMethod` documents, one variant per status.
///
/// Each variant holds its documented body unboxed (so `clippy::large_enum_variant` is allowed): an answer is built once and written.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum UpdateAuthenticationMethodResponse {
    /// 200 Successfully updated authentication method
    Ok {
        /// The response body.
        body: types::UpdateAuthenticationMethodResponseContent,
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
impl IntoResponse for UpdateAuthenticationMethodResponse {
    fn into_response(self) -> Response {
        match self {
            UpdateAuthenticationMethodResponse::Ok {
                body,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
            } => {
                let (Some(header_0), Some(header_1), Some(header_2)) = (
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(200u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_0);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_1);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_2);
                response
            }
            UpdateAuthenticationMethodResponse::BadRequest { body } => {
                rt::json_response(
                    StatusCode::from_u16(400u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            UpdateAuthenticationMethodResponse::Unauthorized { body } => {
                rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            UpdateAuthenticationMethodResponse::Forbidden { body } => {
                rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            UpdateAuthenticationMethodResponse::UnsupportedMediaType { body } => {
                rt::json_response(
                    StatusCode::from_u16(415u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            UpdateAuthenticationMethodResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                let (
                    Some(header_0),
                    Some(header_1),
                    Some(header_2),
                    Some(header_3),
                    Some(header_4),
                ) = (
                    rt::header_value(&retry_after),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                    rt::optional_header_value(&x_auth0_error_kind),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_RETRY_AFTER, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                if let Some(header_4) = header_4 {
                    headers.insert(HEADER_X_AUTH0_ERROR_KIND, header_4);
                }
                response
            }
        }
    }
}
async fn handle_update_authentication_method<
    A: AuthenticationMethodsApi,
    Au: Authenticator,
>(
    State(shared): State<Arc<Shared<A, Au>>>,
    path: Result<
        axum::extract::RawPathParams,
        axum::extract::rejection::RawPathParamsRejection,
    >,
    method: axum::http::Method,
    axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["update:me:authentication_methods"]];
    const STATUSES: &[&str] = &["200", "400", "401", "403", "415", "429"];
    let operation: &'static OperationInfo = &OPERATIONS[5usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.body_limit;
                let prepared: Result<UpdateAuthenticationMethodRequest, Problem> = async {
                    let head = rt::RequestHead {
                        method,
                        uri,
                        headers,
                    };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head)
                        .await?;
                    let rt::RequestHead { method, uri, headers } = head;
                    let path = path.map_err(path_problem)?;
                    let param_authentication_method_id: types::PathAuthenticationMethodId = match rt::path_param(
                        &path,
                        "authentication_method_id",
                    ) {
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
                    let body: Option<types::UpdateAuthenticationMethodRequestContent> = if bytes
                        .is_empty()
                    {
                        None
                    } else {
                        rt::check_content_type(&headers, "application/json")?;
                        Some(rt::decode_body(&bytes)?)
                    };
                    Ok(UpdateAuthenticationMethodRequest {
                        authentication_method_id: param_authentication_method_id,
                        body,
                        context: RequestContext {
                            principal,
                            headers,
                            method,
                            uri,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => {
                        rt::problem_response(&problem.within(STATUSES), problem_body)
                    }
                    Ok(request) => {
                        match shared.api.update_authentication_method(request).await {
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
///
/// Each variant holds its documented body unboxed (so `clippy::large_enum_variant` is allowed): an answer is built once and written.
#[allow(clippy::large_enum_variant)]
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
                let (Some(header_0), Some(header_1), Some(header_2), Some(header_3)) = (
                    rt::header_value(&location),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(201u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_LOCATION, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                response
            }
            ConfirmAuthenticationMethodResponse::BadRequest { body } => {
                rt::json_response(
                    StatusCode::from_u16(400u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            ConfirmAuthenticationMethodResponse::Unauthorized { body } => {
                rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            ConfirmAuthenticationMethodResponse::Forbidden { body } => {
                rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            ConfirmAuthenticationMethodResponse::UnsupportedMediaType { body } => {
                rt::json_response(
                    StatusCode::from_u16(415u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            ConfirmAuthenticationMethodResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                let (
                    Some(header_0),
                    Some(header_1),
                    Some(header_2),
                    Some(header_3),
                    Some(header_4),
                ) = (
                    rt::header_value(&retry_after),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                    rt::optional_header_value(&x_auth0_error_kind),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_RETRY_AFTER, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                if let Some(header_4) = header_4 {
                    headers.insert(HEADER_X_AUTH0_ERROR_KIND, header_4);
                }
                response
            }
        }
    }
}
async fn handle_confirm_authentication_method<
    A: AuthenticationMethodsApi,
    Au: Authenticator,
>(
    State(shared): State<Arc<Shared<A, Au>>>,
    path: Result<
        axum::extract::RawPathParams,
        axum::extract::rejection::RawPathParamsRejection,
    >,
    method: axum::http::Method,
    axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["create:me:authentication_methods"]];
    const STATUSES: &[&str] = &["201", "400", "401", "403", "415", "429"];
    let operation: &'static OperationInfo = &OPERATIONS[6usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.body_limit;
                let prepared: Result<ConfirmAuthenticationMethodRequest, Problem> = async {
                    let head = rt::RequestHead {
                        method,
                        uri,
                        headers,
                    };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head)
                        .await?;
                    let rt::RequestHead { method, uri, headers } = head;
                    let path = path.map_err(path_problem)?;
                    let param_authentication_method_id: types::PathAuthenticationMethodId = match rt::path_param(
                        &path,
                        "authentication_method_id",
                    ) {
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
                        authentication_method_id: param_authentication_method_id,
                        body,
                        context: RequestContext {
                            principal,
                            headers,
                            method,
                            uri,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => {
                        rt::problem_response(&problem.within(STATUSES), problem_body)
                    }
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
/// The request of `getConsents`: `GET /consents`.
#[derive(Debug)]
pub struct GetConsentsRequest {
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `getConsents` documents, one variant per status.
///
/// Each variant holds its documented body unboxed (so `clippy::large_enum_variant` is allowed): an answer is built once and written.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum GetConsentsResponse {
    /// 200 Successfully retrieved consents
    Ok {
        /// The response body.
        body: types::ListConsentsResponseContent,
        /// `x-ratelimit-limit`: The maximum number of requests permissible during the limit’s window window
        x_ratelimit_limit: serde_json::Number,
        /// `x-ratelimit-reset`: The anticipated time (as a UNIX timestamp, in seconds) when the bucket will be replenished
        x_ratelimit_reset: serde_json::Number,
        /// `x-ratelimit-remaining`: The number of remaining requests remaining in the current window until requests are rejected
        x_ratelimit_remaining: serde_json::Number,
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
impl IntoResponse for GetConsentsResponse {
    fn into_response(self) -> Response {
        match self {
            GetConsentsResponse::Ok {
                body,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
            } => {
                let (Some(header_0), Some(header_1), Some(header_2)) = (
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(200u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_0);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_1);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_2);
                response
            }
            GetConsentsResponse::Unauthorized { body } => {
                rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetConsentsResponse::Forbidden { body } => {
                rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetConsentsResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                let (
                    Some(header_0),
                    Some(header_1),
                    Some(header_2),
                    Some(header_3),
                    Some(header_4),
                ) = (
                    rt::header_value(&retry_after),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                    rt::optional_header_value(&x_auth0_error_kind),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_RETRY_AFTER, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                if let Some(header_4) = header_4 {
                    headers.insert(HEADER_X_AUTH0_ERROR_KIND, header_4);
                }
                response
            }
        }
    }
}
async fn handle_get_consents<A: ConsentsApi, Au: Authenticator>(
    State(shared): State<Arc<Shared<A, Au>>>,
    method: axum::http::Method,
    axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["read:me:consents"]];
    const STATUSES: &[&str] = &["200", "401", "403", "429"];
    let operation: &'static OperationInfo = &OPERATIONS[12usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.body_limit;
                let prepared: Result<GetConsentsRequest, Problem> = async {
                    let head = rt::RequestHead {
                        method,
                        uri,
                        headers,
                    };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head)
                        .await?;
                    let rt::RequestHead { method, uri, headers } = head;
                    let _ = (body, limit);
                    Ok(GetConsentsRequest {
                        context: RequestContext {
                            principal,
                            headers,
                            method,
                            uri,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => {
                        rt::problem_response(&problem.within(STATUSES), problem_body)
                    }
                    Ok(request) => {
                        match shared.api.get_consents(request).await {
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
/// The request of `getConsent`: `GET /consents/{consent_id}`.
#[derive(Debug)]
pub struct GetConsentRequest {
    /// `consent_id` (path). The ID of the consent to retrieve
    pub consent_id: String,
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `getConsent` documents, one variant per status.
///
/// Each variant holds its documented body unboxed (so `clippy::large_enum_variant` is allowed): an answer is built once and written.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum GetConsentResponse {
    /// 200 Successfully retrieved consent
    Ok {
        /// The response body.
        body: types::GetConsentResponseContent,
        /// `x-ratelimit-limit`: The maximum number of requests permissible during the limit’s window window
        x_ratelimit_limit: serde_json::Number,
        /// `x-ratelimit-reset`: The anticipated time (as a UNIX timestamp, in seconds) when the bucket will be replenished
        x_ratelimit_reset: serde_json::Number,
        /// `x-ratelimit-remaining`: The number of remaining requests remaining in the current window until requests are rejected
        x_ratelimit_remaining: serde_json::Number,
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
    /// 404 Not Found.
    NotFound {
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
impl IntoResponse for GetConsentResponse {
    fn into_response(self) -> Response {
        match self {
            GetConsentResponse::Ok {
                body,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
            } => {
                let (Some(header_0), Some(header_1), Some(header_2)) = (
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(200u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_0);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_1);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_2);
                response
            }
            GetConsentResponse::Unauthorized { body } => {
                rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetConsentResponse::Forbidden { body } => {
                rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetConsentResponse::NotFound { body } => {
                rt::json_response(
                    StatusCode::from_u16(404u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetConsentResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                let (
                    Some(header_0),
                    Some(header_1),
                    Some(header_2),
                    Some(header_3),
                    Some(header_4),
                ) = (
                    rt::header_value(&retry_after),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                    rt::optional_header_value(&x_auth0_error_kind),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_RETRY_AFTER, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                if let Some(header_4) = header_4 {
                    headers.insert(HEADER_X_AUTH0_ERROR_KIND, header_4);
                }
                response
            }
        }
    }
}
async fn handle_get_consent<A: ConsentsApi, Au: Authenticator>(
    State(shared): State<Arc<Shared<A, Au>>>,
    path: Result<
        axum::extract::RawPathParams,
        axum::extract::rejection::RawPathParamsRejection,
    >,
    method: axum::http::Method,
    axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["read:me:consents"]];
    const STATUSES: &[&str] = &["200", "401", "403", "404", "429"];
    let operation: &'static OperationInfo = &OPERATIONS[13usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.body_limit;
                let prepared: Result<GetConsentRequest, Problem> = async {
                    let head = rt::RequestHead {
                        method,
                        uri,
                        headers,
                    };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head)
                        .await?;
                    let rt::RequestHead { method, uri, headers } = head;
                    let path = path.map_err(path_problem)?;
                    let param_consent_id: String = match rt::path_param(
                        &path,
                        "consent_id",
                    ) {
                        Some(raw) => {
                            rt::decode_param(Source::Path, "consent_id", raw, false)?
                        }
                        None => {
                            let mut errs = generated_client::runtime::DecodeErrors::default();
                            errs.push_field(
                                "",
                                "consent_id",
                                "missing required parameter",
                            );
                            return Err(Problem::invalid(Source::Path, errs));
                        }
                    };
                    let _ = (body, limit);
                    Ok(GetConsentRequest {
                        consent_id: param_consent_id,
                        context: RequestContext {
                            principal,
                            headers,
                            method,
                            uri,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => {
                        rt::problem_response(&problem.within(STATUSES), problem_body)
                    }
                    Ok(request) => {
                        match shared.api.get_consent(request).await {
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
/// The request of `getOrganizations`: `GET /organizations`.
#[derive(Debug)]
pub struct GetOrganizationsRequest {
    /// `from` (query). Cursor for pagination - start retrieving results from this point
    pub from: Option<String>,
    /// `take` (query). Number of results to return (1-100)
    pub take: Option<i64>,
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `getOrganizations` documents, one variant per status.
///
/// Each variant holds its documented body unboxed (so `clippy::large_enum_variant` is allowed): an answer is built once and written.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum GetOrganizationsResponse {
    /// 200 Successfully retrieved organizations
    Ok {
        /// The response body.
        body: types::ListOrganizationsResponseContent,
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
impl IntoResponse for GetOrganizationsResponse {
    fn into_response(self) -> Response {
        match self {
            GetOrganizationsResponse::Ok {
                body,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
            } => {
                let (Some(header_0), Some(header_1), Some(header_2)) = (
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(200u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_0);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_1);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_2);
                response
            }
            GetOrganizationsResponse::BadRequest { body } => {
                rt::json_response(
                    StatusCode::from_u16(400u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetOrganizationsResponse::Unauthorized { body } => {
                rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetOrganizationsResponse::Forbidden { body } => {
                rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            GetOrganizationsResponse::TooManyRequests {
                body,
                retry_after,
                x_ratelimit_limit,
                x_ratelimit_reset,
                x_ratelimit_remaining,
                x_auth0_error_kind,
            } => {
                let (
                    Some(header_0),
                    Some(header_1),
                    Some(header_2),
                    Some(header_3),
                    Some(header_4),
                ) = (
                    rt::header_value(&retry_after),
                    rt::header_value(&x_ratelimit_limit),
                    rt::header_value(&x_ratelimit_reset),
                    rt::header_value(&x_ratelimit_remaining),
                    rt::optional_header_value(&x_auth0_error_kind),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                headers.insert(HEADER_RETRY_AFTER, header_0);
                headers.insert(HEADER_X_RATELIMIT_LIMIT, header_1);
                headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                headers.insert(HEADER_X_RATELIMIT_REMAINING, header_3);
                if let Some(header_4) = header_4 {
                    headers.insert(HEADER_X_AUTH0_ERROR_KIND, header_4);
                }
                response
            }
        }
    }
}
async fn handle_get_organizations<A: OrganizationsApi, Au: Authenticator>(
    State(shared): State<Arc<Shared<A, Au>>>,
    method: axum::http::Method,
    axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const REQUIREMENTS: &[&[&str]] = &[&["read:me:organizations"]];
    const STATUSES: &[&str] = &["200", "400", "401", "403", "429"];
    let operation: &'static OperationInfo = &OPERATIONS[14usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.body_limit;
                let prepared: Result<GetOrganizationsRequest, Problem> = async {
                    let head = rt::RequestHead {
                        method,
                        uri,
                        headers,
                    };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head)
                        .await?;
                    let rt::RequestHead { method, uri, headers } = head;
                    let query = rt::query_pairs(uri.query());
                    let param_from: Option<String> = rt::query_param(
                        &query,
                        "from",
                        rt::QueryRule {
                            array: false,
                            scalar: true,
                            json_items: false,
                            explode: true,
                        },
                    )?;
                    let param_take: Option<i64> = rt::query_param(
                        &query,
                        "take",
                        rt::QueryRule {
                            array: false,
                            scalar: true,
                            json_items: true,
                            explode: true,
                        },
                    )?;
                    let _ = (body, limit);
                    Ok(GetOrganizationsRequest {
                        from: param_from,
                        take: param_take,
                        context: RequestContext {
                            principal,
                            headers,
                            method,
                            uri,
                        },
                    })
                }
                    .await;
                match prepared {
                    Err(problem) => {
                        rt::problem_response(&problem.within(STATUSES), problem_body)
                    }
                    Ok(request) => {
                        match shared.api.get_organizations(request).await {
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
/// The `factors` operations of My Account: Factors. Implement this trait and mount it with [`RouterBuilder::factors`]; a server need not implement the other tags.
///
/// - `GET /factors` (getFactors)
///
/// Each method gets a typed request (parameters decoded, body decoded and checked, credentials resolved) and returns that operation's response enum, which only has the statuses the spec documents, each with the headers it documents.
pub trait FactorsApi: Send + Sync + 'static {
    /// What the methods fail with; [`Self::handle_error`] turns it into an answer the spec documents.
    type Error: Send + 'static;
    /// Get the status of all factors
    ///
    /// `GET /factors` (operationId `getFactors`)
    ///
    /// List of factors enabled for the Auth0 tenant and available for enrollment by this user.
    ///
    /// Scopes: `read:me:factors`.
    fn get_factors(
        &self,
        request: GetFactorsRequest,
    ) -> impl Future<Output = Result<GetFactorsResponse, Self::Error>> + Send;
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
/// The `connected-accounts` operations of My Account: Connected Accounts. Implement this trait and mount it with [`RouterBuilder::connected_accounts`]; a server need not implement the other tags.
///
/// - `POST /connected-accounts/connect` (createConnectedAccountRequest)
/// - `POST /connected-accounts/complete` (completeConnectedAccountRequest)
/// - `GET /connected-accounts/accounts` (getConnectedAccounts)
/// - `GET /connected-accounts/connections` (getConnectedAccountsConnections)
/// - `DELETE /connected-accounts/accounts/{id}` (deleteConnectedAccount)
///
/// Each method gets a typed request (parameters decoded, body decoded and checked, credentials resolved) and returns that operation's response enum, which only has the statuses the spec documents, each with the headers it documents.
pub trait ConnectedAccountsApi: Send + Sync + 'static {
    /// What the methods fail with; [`Self::handle_error`] turns it into an answer the spec documents.
    type Error: Send + 'static;
    /// Create a connected account request
    ///
    /// `POST /connected-accounts/connect` (operationId `createConnectedAccountRequest`)
    ///
    /// Start an authorization flow to link the authenticated user's account with an external identity provider.
    ///
    /// Scopes: `create:me:connected_accounts`.
    fn create_connected_account_request(
        &self,
        request: CreateConnectedAccountRequestRequest,
    ) -> impl Future<
        Output = Result<CreateConnectedAccountRequestResponse, Self::Error>,
    > + Send;
    /// Complete a connected account request
    ///
    /// `POST /connected-accounts/complete` (operationId `completeConnectedAccountRequest`)
    ///
    /// Complete a previously started authorization flow to link the authenticated user's account with an external identity provider.
    ///
    /// Scopes: `create:me:connected_accounts`.
    fn complete_connected_account_request(
        &self,
        request: CompleteConnectedAccountRequestRequest,
    ) -> impl Future<
        Output = Result<CompleteConnectedAccountRequestResponse, Self::Error>,
    > + Send;
    /// Get a list of connected accounts
    ///
    /// `GET /connected-accounts/accounts` (operationId `getConnectedAccounts`)
    ///
    /// Retrieve connected accounts belonging to the authenticated user.
    ///
    /// Scopes: `read:me:connected_accounts`.
    fn get_connected_accounts(
        &self,
        request: GetConnectedAccountsRequest,
    ) -> impl Future<Output = Result<GetConnectedAccountsResponse, Self::Error>> + Send;
    /// Get a list of available connections for connected accounts
    ///
    /// `GET /connected-accounts/connections` (operationId `getConnectedAccountsConnections`)
    ///
    /// Retrieve available connections that can be used for account linking by the authenticated user.
    ///
    /// Scopes: `read:me:connected_accounts`.
    fn get_connected_accounts_connections(
        &self,
        request: GetConnectedAccountsConnectionsRequest,
    ) -> impl Future<
        Output = Result<GetConnectedAccountsConnectionsResponse, Self::Error>,
    > + Send;
    /// Delete a connected account by ID
    ///
    /// `DELETE /connected-accounts/accounts/{id}` (operationId `deleteConnectedAccount`)
    ///
    /// Delete a connected account belonging to the authenticated user.
    ///
    /// Scopes: `delete:me:connected_accounts`.
    fn delete_connected_account(
        &self,
        request: DeleteConnectedAccountRequest,
    ) -> impl Future<
        Output = Result<DeleteConnectedAccountResponse, Self::Error>,
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
/// The `authentication-methods` operations of My Account: Authentication Methods. Implement this trait and mount it with [`RouterBuilder::authentication_methods`]; a server need not implement the other tags.
///
/// - `GET /authentication-methods` (getAuthenticationMethods)
/// - `POST /authentication-methods` (createAuthenticationMethod)
/// - `GET /authentication-methods/{authentication_method_id}` (getAuthenticationMethod)
/// - `DELETE /authentication-methods/{authentication_method_id}` (deleteAuthenticationMethod)
/// - `PATCH /authentication-methods/{authentication_method_id}` (updateAuthenticationMethod)
/// - `POST /authentication-methods/{authentication_method_id}/verify` (confirmAuthenticationMethod)
///
/// Each method gets a typed request (parameters decoded, body decoded and checked, credentials resolved) and returns that operation's response enum, which only has the statuses the spec documents, each with the headers it documents.
pub trait AuthenticationMethodsApi: Send + Sync + 'static {
    /// What the methods fail with; [`Self::handle_error`] turns it into an answer the spec documents.
    type Error: Send + 'static;
    /// Get a list of authentication methods
    ///
    /// `GET /authentication-methods` (operationId `getAuthenticationMethods`)
    ///
    /// Retrieve detailed list of authentication methods belonging to the authenticated user.
    ///
    /// Scopes: `read:me:authentication_methods`.
    fn get_authentication_methods(
        &self,
        request: GetAuthenticationMethodsRequest,
    ) -> impl Future<
        Output = Result<GetAuthenticationMethodsResponse, Self::Error>,
    > + Send;
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
    /// Get an authentication method by ID
    ///
    /// `GET /authentication-methods/{authentication_method_id}` (operationId `getAuthenticationMethod`)
    ///
    /// Retrieves a single authentication method belonging to the authenticated user.
    ///
    /// Scopes: `read:me:authentication_methods`.
    fn get_authentication_method(
        &self,
        request: GetAuthenticationMethodRequest,
    ) -> impl Future<
        Output = Result<GetAuthenticationMethodResponse, Self::Error>,
    > + Send;
    /// Delete an authentication method by ID
    ///
    /// `DELETE /authentication-methods/{authentication_method_id}` (operationId `deleteAuthenticationMethod`)
    ///
    /// Deletes a single authentication method belonging to the authenticated user.
    ///
    /// Scopes: `delete:me:authentication_methods`.
    fn delete_authentication_method(
        &self,
        request: DeleteAuthenticationMethodRequest,
    ) -> impl Future<
        Output = Result<DeleteAuthenticationMethodResponse, Self::Error>,
    > + Send;
    /// Update details of an authentication method by ID
    ///
    /// `PATCH /authentication-methods/{authentication_method_id}` (operationId `updateAuthenticationMethod`)
    ///
    /// Updates a single authentication method
    ///
    /// Scopes: `update:me:authentication_methods`.
    fn update_authentication_method(
        &self,
        request: UpdateAuthenticationMethodRequest,
    ) -> impl Future<
        Output = Result<UpdateAuthenticationMethodResponse, Self::Error>,
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
/// The `consents` operations of My Account: Consents. Implement this trait and mount it with [`RouterBuilder::consents`]; a server need not implement the other tags.
///
/// - `GET /consents` (getConsents)
/// - `GET /consents/{consent_id}` (getConsent)
///
/// Each method gets a typed request (parameters decoded, body decoded and checked, credentials resolved) and returns that operation's response enum, which only has the statuses the spec documents, each with the headers it documents.
pub trait ConsentsApi: Send + Sync + 'static {
    /// What the methods fail with; [`Self::handle_error`] turns it into an answer the spec documents.
    type Error: Send + 'static;
    /// List user consents
    ///
    /// `GET /consents` (operationId `getConsents`)
    ///
    /// Retrieve the list of consents for the authenticated user.
    ///
    /// Scopes: `read:me:consents`.
    fn get_consents(
        &self,
        request: GetConsentsRequest,
    ) -> impl Future<Output = Result<GetConsentsResponse, Self::Error>> + Send;
    /// Get a consent by ID
    ///
    /// `GET /consents/{consent_id}` (operationId `getConsent`)
    ///
    /// Retrieve a specific consent for the authenticated user by ID.
    ///
    /// Scopes: `read:me:consents`.
    fn get_consent(
        &self,
        request: GetConsentRequest,
    ) -> impl Future<Output = Result<GetConsentResponse, Self::Error>> + Send;
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
/// The `organizations` operations of My Account: Organizations. Implement this trait and mount it with [`RouterBuilder::organizations`]; a server need not implement the other tags.
///
/// - `GET /organizations` (getOrganizations)
///
/// Each method gets a typed request (parameters decoded, body decoded and checked, credentials resolved) and returns that operation's response enum, which only has the statuses the spec documents, each with the headers it documents.
pub trait OrganizationsApi: Send + Sync + 'static {
    /// What the methods fail with; [`Self::handle_error`] turns it into an answer the spec documents.
    type Error: Send + 'static;
    /// List user organizations
    ///
    /// `GET /organizations` (operationId `getOrganizations`)
    ///
    /// Retrieve the list of organizations the authenticated user belongs to.
    ///
    /// Scopes: `read:me:organizations`.
    fn get_organizations(
        &self,
        request: GetOrganizationsRequest,
    ) -> impl Future<Output = Result<GetOrganizationsResponse, Self::Error>> + Send;
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
    auth: Arc<Au>,
    body_limit: usize,
}
/// Builds the router: mount the traits the application implements, then [`RouterBuilder::build`].
/// Paths of traits not mounted answer 404, like any unknown path.
pub struct RouterBuilder<Au> {
    auth: Arc<Au>,
    config: ServerConfig,
    routes: axum::Router,
}
/// A router mounted at [`BASE_PATH`], authenticating with `authenticator`.
pub fn router<Au: Authenticator>(authenticator: Au) -> RouterBuilder<Au> {
    router_with(authenticator, ServerConfig::new(BASE_PATH))
}
/// A router with the mount point and limits of `config`.
pub fn router_with<Au: Authenticator>(
    authenticator: Au,
    config: ServerConfig,
) -> RouterBuilder<Au> {
    RouterBuilder {
        auth: Arc::new(authenticator),
        config,
        routes: axum::Router::new(),
    }
}
impl<Au: Authenticator> RouterBuilder<Au> {
    /// Mounts the `factors` operations, answered by `api`:
    ///
    /// - `GET /factors` (getFactors)
    pub fn factors<A: FactorsApi>(mut self, api: A) -> Self {
        let shared = Arc::new(Shared {
            api,
            auth: self.auth.clone(),
            body_limit: self.config.body_limit,
        });
        self.routes = self
            .routes
            .route(
                &rt::mount_path(&self.config.prefix, "/factors"),
                axum::routing::get(handle_get_factors::<A, Au>)
                    .with_state(shared.clone()),
            );
        self
    }
    /// Mounts the `connected-accounts` operations, answered by `api`:
    ///
    /// - `POST /connected-accounts/connect` (createConnectedAccountRequest)
    /// - `POST /connected-accounts/complete` (completeConnectedAccountRequest)
    /// - `GET /connected-accounts/accounts` (getConnectedAccounts)
    /// - `GET /connected-accounts/connections` (getConnectedAccountsConnections)
    /// - `DELETE /connected-accounts/accounts/{id}` (deleteConnectedAccount)
    pub fn connected_accounts<A: ConnectedAccountsApi>(mut self, api: A) -> Self {
        let shared = Arc::new(Shared {
            api,
            auth: self.auth.clone(),
            body_limit: self.config.body_limit,
        });
        self.routes = self
            .routes
            .route(
                &rt::mount_path(&self.config.prefix, "/connected-accounts/connect"),
                axum::routing::post(handle_create_connected_account_request::<A, Au>)
                    .with_state(shared.clone()),
            )
            .route(
                &rt::mount_path(&self.config.prefix, "/connected-accounts/complete"),
                axum::routing::post(handle_complete_connected_account_request::<A, Au>)
                    .with_state(shared.clone()),
            )
            .route(
                &rt::mount_path(&self.config.prefix, "/connected-accounts/accounts"),
                axum::routing::get(handle_get_connected_accounts::<A, Au>)
                    .with_state(shared.clone()),
            )
            .route(
                &rt::mount_path(&self.config.prefix, "/connected-accounts/connections"),
                axum::routing::get(handle_get_connected_accounts_connections::<A, Au>)
                    .with_state(shared.clone()),
            )
            .route(
                &rt::mount_path(
                    &self.config.prefix,
                    "/connected-accounts/accounts/{id}",
                ),
                axum::routing::delete(handle_delete_connected_account::<A, Au>)
                    .with_state(shared.clone()),
            );
        self
    }
    /// Mounts the `authentication-methods` operations, answered by `api`:
    ///
    /// - `GET /authentication-methods` (getAuthenticationMethods)
    /// - `POST /authentication-methods` (createAuthenticationMethod)
    /// - `GET /authentication-methods/{authentication_method_id}` (getAuthenticationMethod)
    /// - `DELETE /authentication-methods/{authentication_method_id}` (deleteAuthenticationMethod)
    /// - `PATCH /authentication-methods/{authentication_method_id}` (updateAuthenticationMethod)
    /// - `POST /authentication-methods/{authentication_method_id}/verify` (confirmAuthenticationMethod)
    pub fn authentication_methods<A: AuthenticationMethodsApi>(
        mut self,
        api: A,
    ) -> Self {
        let shared = Arc::new(Shared {
            api,
            auth: self.auth.clone(),
            body_limit: self.config.body_limit,
        });
        self.routes = self
            .routes
            .route(
                &rt::mount_path(&self.config.prefix, "/authentication-methods"),
                axum::routing::get(handle_get_authentication_methods::<A, Au>)
                    .with_state(shared.clone()),
            )
            .route(
                &rt::mount_path(&self.config.prefix, "/authentication-methods"),
                axum::routing::post(handle_create_authentication_method::<A, Au>)
                    .with_state(shared.clone()),
            )
            .route(
                &rt::mount_path(
                    &self.config.prefix,
                    "/authentication-methods/{authentication_method_id}",
                ),
                axum::routing::get(handle_get_authentication_method::<A, Au>)
                    .with_state(shared.clone()),
            )
            .route(
                &rt::mount_path(
                    &self.config.prefix,
                    "/authentication-methods/{authentication_method_id}",
                ),
                axum::routing::delete(handle_delete_authentication_method::<A, Au>)
                    .with_state(shared.clone()),
            )
            .route(
                &rt::mount_path(
                    &self.config.prefix,
                    "/authentication-methods/{authentication_method_id}",
                ),
                axum::routing::patch(handle_update_authentication_method::<A, Au>)
                    .with_state(shared.clone()),
            )
            .route(
                &rt::mount_path(
                    &self.config.prefix,
                    "/authentication-methods/{authentication_method_id}/verify",
                ),
                axum::routing::post(handle_confirm_authentication_method::<A, Au>)
                    .with_state(shared.clone()),
            );
        self
    }
    /// Mounts the `consents` operations, answered by `api`:
    ///
    /// - `GET /consents` (getConsents)
    /// - `GET /consents/{consent_id}` (getConsent)
    pub fn consents<A: ConsentsApi>(mut self, api: A) -> Self {
        let shared = Arc::new(Shared {
            api,
            auth: self.auth.clone(),
            body_limit: self.config.body_limit,
        });
        self.routes = self
            .routes
            .route(
                &rt::mount_path(&self.config.prefix, "/consents"),
                axum::routing::get(handle_get_consents::<A, Au>)
                    .with_state(shared.clone()),
            )
            .route(
                &rt::mount_path(&self.config.prefix, "/consents/{consent_id}"),
                axum::routing::get(handle_get_consent::<A, Au>)
                    .with_state(shared.clone()),
            );
        self
    }
    /// Mounts the `organizations` operations, answered by `api`:
    ///
    /// - `GET /organizations` (getOrganizations)
    pub fn organizations<A: OrganizationsApi>(mut self, api: A) -> Self {
        let shared = Arc::new(Shared {
            api,
            auth: self.auth.clone(),
            body_limit: self.config.body_limit,
        });
        self.routes = self
            .routes
            .route(
                &rt::mount_path(&self.config.prefix, "/organizations"),
                axum::routing::get(handle_get_organizations::<A, Au>)
                    .with_state(shared.clone()),
            );
        self
    }
    /// The axum router, with every error of its own in the spec's error schema.
    pub fn build(self) -> axum::Router {
        self.routes.fallback(not_found).method_not_allowed_fallback(method_not_allowed)
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
fn path_problem(rejection: axum::extract::rejection::RawPathParamsRejection) -> Problem {
    Problem::new(
        StatusCode::BAD_REQUEST,
        "invalid_request",
        format!("The path parameters could not be read: {}", rejection.body_text()),
    )
}
