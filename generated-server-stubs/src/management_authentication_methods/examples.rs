// @generated from openapi/management-authentication-methods.yaml by `cargo xtask regen`. Do not edit by hand.

#![allow(unused_imports, unreachable_code, clippy::all)]
use axum::http::StatusCode;
use generated_client::management_authentication_methods::operations::EXAMPLES;
use generated_client::runtime::OperationInfo;
use super::*;
use crate::server_runtime::{self as rt, Authenticator, Problem};
/// Answers every operation with the spec's documented examples: the one named in a
/// `Prefer: example=<name>` header (after checking that the request body is exactly that
/// example's), else the one whose request body was received, else the first. An operation
/// without examples answers its bodiless success (a 204) or 501.
#[derive(Debug, Clone, Copy, Default)]
pub struct ExampleApi;
impl UsersApi for ExampleApi {
    type Error = Problem;
    async fn create_user_authentication_method(
        &self,
        request: CreateUserAuthenticationMethodRequest,
    ) -> Result<CreateUserAuthenticationMethodResponse, Problem> {
        let received: Option<serde_json::Value> = serde_json::to_value(&request.body)
            .ok();
        let example = rt::pick_example(
            EXAMPLES,
            "createUserAuthenticationMethod",
            &request.context.headers,
            received.as_ref(),
        )?;
        match example.and_then(|e| e.status) {
            Some("201") => {
                Ok(CreateUserAuthenticationMethodResponse::Created {
                    body: rt::example_value(
                        example.and_then(|e| e.response_json()).unwrap_or_default(),
                    )?,
                    x_rate_limit_limit: None,
                    x_rate_limit_remaining: None,
                    x_rate_limit_reset: None,
                })
            }
            Some("400") => {
                Ok(CreateUserAuthenticationMethodResponse::BadRequest {
                    body: rt::example_value(
                        example.and_then(|e| e.response_json()).unwrap_or_default(),
                    )?,
                })
            }
            _ => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} documents no example to answer with.",
                            "createUserAuthenticationMethod"
                        ),
                    ),
                )
            }
        }
    }
    fn handle_error(
        &self,
        _operation: &'static OperationInfo,
        problem: Problem,
    ) -> ErrorReply {
        ErrorReply::from_problem(&problem)
    }
}
/// Every tag of the spec mounted with [`ExampleApi`], at [`BASE_PATH`].
pub fn example_router<Au: Authenticator>(authenticator: Au) -> axum::Router {
    router(authenticator).users(ExampleApi).build()
}
