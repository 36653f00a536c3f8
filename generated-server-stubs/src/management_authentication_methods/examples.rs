// @generated from openapi/management-authentication-methods.yaml by `cargo xtask regen`. Do not edit by hand.

#![allow(unused_imports, unreachable_code)]
use axum::http::StatusCode;
use generated_client::management_authentication_methods::operations::EXAMPLES;
use generated_client::runtime::OperationInfo;
use super::*;
use crate::server_runtime::{self as rt, Authenticator, Problem};
/// Answers every operation with the spec's documented examples: the one named in a
/// `Prefer: example=<name>` header (after checking that the request body is exactly that
/// example's), else the one whose request body was received and whose response `id` is
/// what the path names, else the first. `Prefer: code=<status>` picks a documented status.
/// Where the spec documents no example, the answer is a value made from the schema, valid
/// against it and the same every time: every operation answers.
#[derive(Debug, Clone, Copy, Default)]
pub struct ExampleApi;
impl UsersApi for ExampleApi {
    type Error = Problem;
    async fn create_user_authentication_method(
        &self,
        request: CreateUserAuthenticationMethodRequest,
    ) -> Result<CreateUserAuthenticationMethodResponse, Problem> {
        const MADE: &[rt::MadeAnswer] = &[
            rt::MadeAnswer {
                status: "201",
                body: Some(r#"{"type":"phone"}"#),
            },
            rt::MadeAnswer {
                status: "400",
                body: Some(r#"{"statusCode":0,"error":"example","message":"example"}"#),
            },
            rt::MadeAnswer {
                status: "401",
                body: Some(r#"{"statusCode":0,"error":"example","message":"example"}"#),
            },
            rt::MadeAnswer {
                status: "403",
                body: Some(r#"{"statusCode":0,"error":"example","message":"example"}"#),
            },
            rt::MadeAnswer {
                status: "404",
                body: Some(r#"{"statusCode":0,"error":"example","message":"example"}"#),
            },
            rt::MadeAnswer {
                status: "409",
                body: Some(r#"{"statusCode":0,"error":"example","message":"example"}"#),
            },
            rt::MadeAnswer {
                status: "429",
                body: Some(r#"{"statusCode":0,"error":"example","message":"example"}"#),
            },
        ];
        let received: Option<serde_json::Value> = serde_json::to_value(&request.body)
            .ok();
        let answer = rt::pick_answer(
            EXAMPLES,
            MADE,
            "createUserAuthenticationMethod",
            &request.context.headers,
            received.as_ref(),
            &[request.id.to_string()],
        )?;
        match answer.status {
            "201" => {
                Ok(CreateUserAuthenticationMethodResponse::Created {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    x_rate_limit_limit: Some(
                        rt::example_value(serde_json::json!(0i64))?,
                    ),
                    x_rate_limit_remaining: Some(
                        rt::example_value(serde_json::json!(0i64))?,
                    ),
                    x_rate_limit_reset: Some(rt::example_value(serde_json::json!(0i64))?),
                })
            }
            "400" => {
                Ok(CreateUserAuthenticationMethodResponse::BadRequest {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "401" => {
                Ok(CreateUserAuthenticationMethodResponse::Unauthorized {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "403" => {
                Ok(CreateUserAuthenticationMethodResponse::Forbidden {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "404" => {
                Ok(CreateUserAuthenticationMethodResponse::NotFound {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "409" => {
                Ok(CreateUserAuthenticationMethodResponse::Conflict {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "429" => {
                Ok(CreateUserAuthenticationMethodResponse::TooManyRequests {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    x_rate_limit_limit: Some(
                        rt::example_value(serde_json::json!(0i64))?,
                    ),
                    x_rate_limit_remaining: Some(
                        rt::example_value(serde_json::json!(0i64))?,
                    ),
                    x_rate_limit_reset: Some(rt::example_value(serde_json::json!(0i64))?),
                })
            }
            other => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} has no answer with status {other}.",
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
