// @generated from openapi/management-authentication-methods.yaml by `cargo xtask regen`. Do not edit by hand.

use std::future::Future;
use std::sync::Arc;
use axum::body::Body;
use axum::extract::State;
use crate::server_runtime::Source;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use generated_client::management_authentication_methods::operations::OPERATIONS;
#[allow(unused_imports)]
use generated_client::management_authentication_methods::types;
use generated_client::runtime::OperationInfo;
use crate::server_runtime::{
    self as rt, Authenticator, Problem, RequestContext, ServerConfig,
};
/// A server that answers with the spec's documented examples.
pub mod examples;
/// Where the spec's first server URL puts the API.
pub const BASE_PATH: &str = "/api/v2";
/// Writes a problem the router found as the spec's error body.
pub fn problem_body(p: &Problem) -> types::ManagementApiError {
    {
        let mut value = types::ManagementApiError::new(
            i64::from(p.status.as_u16()),
            p.title.to_string(),
            p.detail.to_string(),
        );
        value.error_code = Some(p.kind.to_string());
        value
    }
}
/// An error answer, chosen by the error hook: a status and the spec's error body.
#[derive(Debug, Clone)]
pub struct ErrorReply {
    pub status: StatusCode,
    pub body: types::ManagementApiError,
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
/// The request of `createUserAuthenticationMethod`: `POST /users/{id}/authentication-methods`.
#[derive(Debug)]
pub struct CreateUserAuthenticationMethodRequest {
    /// `id` (path). The ID of the user to whom the new authentication method will be assigned.
    pub id: String,
    /// The request body (`application/json`), decoded and checked against `CreateUserAuthenticationMethodRequestContent`.
    pub body: types::CreateUserAuthenticationMethodRequestContent,
    /// Credentials and headers.
    pub context: RequestContext,
}
/// The answers `createUserAuthenticationMethod` documents, one variant per status.
///
/// Each variant holds its documented body unboxed (so `clippy::large_enum_variant` is allowed): an answer is built once and written.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum CreateUserAuthenticationMethodResponse {
    /// 201 Authentication method created.
    Created {
        /// The response body.
        body: types::CreateUserAuthenticationMethodResponseContent,
        /// `X-RateLimit-Limit`: The maximum number of requests available in the current time frame.
        x_rate_limit_limit: Option<i64>,
        /// `X-RateLimit-Remaining`: The number of remaining requests in the current time frame.
        x_rate_limit_remaining: Option<i64>,
        /// `X-RateLimit-Reset`: A UNIX timestamp of the expected time when the rate limit will reset.
        x_rate_limit_reset: Option<i64>,
    },
    /// 400 Invalid request body. The message will vary depending on the cause.
    BadRequest {
        /// The response body.
        body: types::ManagementApiError,
    },
    /// 401 Invalid token.
    Unauthorized {
        /// The response body.
        body: types::ManagementApiError,
    },
    /// 403 Insufficient scope; expected: create:authentication_methods.
    Forbidden {
        /// The response body.
        body: types::ManagementApiError,
    },
    /// 404 The user does not exist.
    NotFound {
        /// The response body.
        body: types::ManagementApiError,
    },
    /// 409 The authentication method conflicts with an existing one.
    Conflict {
        /// The response body.
        body: types::ManagementApiError,
    },
    /// 429 Too many requests. Check the X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers.
    TooManyRequests {
        /// The response body.
        body: types::ManagementApiError,
        /// `X-RateLimit-Limit`: The maximum number of requests available in the current time frame.
        x_rate_limit_limit: Option<i64>,
        /// `X-RateLimit-Remaining`: The number of remaining requests in the current time frame.
        x_rate_limit_remaining: Option<i64>,
        /// `X-RateLimit-Reset`: A UNIX timestamp of the expected time when the rate limit will reset.
        x_rate_limit_reset: Option<i64>,
    },
}
impl IntoResponse for CreateUserAuthenticationMethodResponse {
    fn into_response(self) -> Response {
        match self {
            CreateUserAuthenticationMethodResponse::Created {
                body,
                x_rate_limit_limit,
                x_rate_limit_remaining,
                x_rate_limit_reset,
            } => {
                let (Some(header_0), Some(header_1), Some(header_2)) = (
                    rt::optional_header_value(&x_rate_limit_limit),
                    rt::optional_header_value(&x_rate_limit_remaining),
                    rt::optional_header_value(&x_rate_limit_reset),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(201u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                if let Some(header_0) = header_0 {
                    headers.insert(HEADER_X_RATELIMIT_LIMIT, header_0);
                }
                if let Some(header_1) = header_1 {
                    headers.insert(HEADER_X_RATELIMIT_REMAINING, header_1);
                }
                if let Some(header_2) = header_2 {
                    headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                }
                response
            }
            CreateUserAuthenticationMethodResponse::BadRequest { body } => {
                rt::json_response(
                    StatusCode::from_u16(400u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CreateUserAuthenticationMethodResponse::Unauthorized { body } => {
                rt::json_response(
                    StatusCode::from_u16(401u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CreateUserAuthenticationMethodResponse::Forbidden { body } => {
                rt::json_response(
                    StatusCode::from_u16(403u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CreateUserAuthenticationMethodResponse::NotFound { body } => {
                rt::json_response(
                    StatusCode::from_u16(404u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CreateUserAuthenticationMethodResponse::Conflict { body } => {
                rt::json_response(
                    StatusCode::from_u16(409u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                )
            }
            CreateUserAuthenticationMethodResponse::TooManyRequests {
                body,
                x_rate_limit_limit,
                x_rate_limit_remaining,
                x_rate_limit_reset,
            } => {
                let (Some(header_0), Some(header_1), Some(header_2)) = (
                    rt::optional_header_value(&x_rate_limit_limit),
                    rt::optional_header_value(&x_rate_limit_remaining),
                    rt::optional_header_value(&x_rate_limit_reset),
                ) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = rt::json_response(
                    StatusCode::from_u16(429u16)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    &body,
                );
                let headers = response.headers_mut();
                if let Some(header_0) = header_0 {
                    headers.insert(HEADER_X_RATELIMIT_LIMIT, header_0);
                }
                if let Some(header_1) = header_1 {
                    headers.insert(HEADER_X_RATELIMIT_REMAINING, header_1);
                }
                if let Some(header_2) = header_2 {
                    headers.insert(HEADER_X_RATELIMIT_RESET, header_2);
                }
                response
            }
        }
    }
}
async fn handle_create_user_authentication_method<A: UsersApi, Au: Authenticator>(
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
    const REQUIREMENTS: &[&[&str]] = &[&["create:authentication_methods"]];
    const STATUSES: &[&str] = &["201", "400", "401", "403", "404", "409", "429"];
    let operation: &'static OperationInfo = &OPERATIONS[0usize];
    rt::guard(
            problem_body,
            async move {
                let limit = shared.body_limit;
                let prepared: Result<CreateUserAuthenticationMethodRequest, Problem> = async {
                    let head = rt::RequestHead {
                        method,
                        uri,
                        headers,
                    };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head)
                        .await?;
                    let rt::RequestHead { method, uri, headers } = head;
                    let path = path.map_err(path_problem)?;
                    let param_id: String = match rt::path_param(&path, "id") {
                        Some(raw) => rt::decode_param(Source::Path, "id", raw, false)?,
                        None => {
                            let mut errs = generated_client::runtime::DecodeErrors::default();
                            errs.push_field("", "id", "missing required parameter");
                            return Err(Problem::invalid(Source::Path, errs));
                        }
                    };
                    rt::check_content_type(&headers, "application/json")?;
                    let bytes = rt::read_body(body, limit).await?;
                    let body: types::CreateUserAuthenticationMethodRequestContent = rt::decode_body(
                        &bytes,
                    )?;
                    Ok(CreateUserAuthenticationMethodRequest {
                        id: param_id,
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
                        match shared.api.create_user_authentication_method(request).await
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
/// The `users` operations of Auth0 Management API - user authentication methods: Users and their authentication methods. Implement this trait and mount it with [`RouterBuilder::users`]; a server need not implement the other tags.
///
/// - `POST /users/{id}/authentication-methods` (createUserAuthenticationMethod)
///
/// Each method gets a typed request (parameters decoded, body decoded and checked, credentials resolved) and returns that operation's response enum, which only has the statuses the spec documents, each with the headers it documents.
pub trait UsersApi: Send + Sync + 'static {
    /// What the methods fail with; [`Self::handle_error`] turns it into an answer the spec documents.
    type Error: Send + 'static;
    /// Create an authentication method
    ///
    /// `POST /users/{id}/authentication-methods` (operationId `createUserAuthenticationMethod`)
    ///
    /// Create an authentication method. Authentication methods created via this endpoint will be auto confirmed and should already have verification completed.
    ///
    /// Scopes: `create:authentication_methods`.
    fn create_user_authentication_method(
        &self,
        request: CreateUserAuthenticationMethodRequest,
    ) -> impl Future<
        Output = Result<CreateUserAuthenticationMethodResponse, Self::Error>,
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
    /// Mounts the `users` operations, answered by `api`:
    ///
    /// - `POST /users/{id}/authentication-methods` (createUserAuthenticationMethod)
    pub fn users<A: UsersApi>(mut self, api: A) -> Self {
        let shared = Arc::new(Shared {
            api,
            auth: self.auth.clone(),
            body_limit: self.config.body_limit,
        });
        self.routes = self
            .routes
            .route(
                &rt::mount_path(
                    &self.config.prefix,
                    "/users/{id}/authentication-methods",
                ),
                axum::routing::post(handle_create_user_authentication_method::<A, Au>)
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
