// @generated from openapi/my-account.yaml by `cargo xtask regen`. Do not edit by hand.

#![allow(unused_imports, unreachable_code)]
use axum::http::StatusCode;
use generated_client::my_account::operations::EXAMPLES;
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
impl FactorsApi for ExampleApi {
    type Error = Problem;
    async fn get_factors(
        &self,
        request: GetFactorsRequest,
    ) -> Result<GetFactorsResponse, Problem> {
        const MADE: &[rt::MadeAnswer] = &[
            rt::MadeAnswer {
                status: "200",
                body: Some(r#"{"factors":[]}"#),
            },
            rt::MadeAnswer {
                status: "400",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "401",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "403",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "429",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
        ];
        let received: Option<serde_json::Value> = None;
        let answer = rt::pick_answer(
            EXAMPLES,
            MADE,
            "getFactors",
            &request.context.headers,
            received.as_ref(),
            &[],
        )?;
        match answer.status {
            "200" => {
                Ok(GetFactorsResponse::Ok {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            "400" => {
                Ok(GetFactorsResponse::BadRequest {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "401" => {
                Ok(GetFactorsResponse::Unauthorized {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "403" => {
                Ok(GetFactorsResponse::Forbidden {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "429" => {
                Ok(GetFactorsResponse::TooManyRequests {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    retry_after: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                    x_auth0_error_kind: Some(
                        rt::example_value(serde_json::json!("global-rate-limit"))?,
                    ),
                })
            }
            other => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!("{} has no answer with status {other}.", "getFactors"),
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
impl ConnectedAccountsApi for ExampleApi {
    type Error = Problem;
    async fn create_connected_account_request(
        &self,
        request: CreateConnectedAccountRequestRequest,
    ) -> Result<CreateConnectedAccountRequestResponse, Problem> {
        const MADE: &[rt::MadeAnswer] = &[
            rt::MadeAnswer {
                status: "201",
                body: Some(
                    r#"{"connect_uri":"https://example.com/","auth_session":"example","connect_params":{"ticket":"example"},"expires_in":1}"#,
                ),
            },
            rt::MadeAnswer {
                status: "400",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "401",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "403",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "415",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "429",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
        ];
        let received: Option<serde_json::Value> = serde_json::to_value(&request.body)
            .ok();
        let answer = rt::pick_answer(
            EXAMPLES,
            MADE,
            "createConnectedAccountRequest",
            &request.context.headers,
            received.as_ref(),
            &[],
        )?;
        match answer.status {
            "201" => {
                Ok(CreateConnectedAccountRequestResponse::Created {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            "400" => {
                Ok(CreateConnectedAccountRequestResponse::BadRequest {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "401" => {
                Ok(CreateConnectedAccountRequestResponse::Unauthorized {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "403" => {
                Ok(CreateConnectedAccountRequestResponse::Forbidden {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "415" => {
                Ok(CreateConnectedAccountRequestResponse::UnsupportedMediaType {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "429" => {
                Ok(CreateConnectedAccountRequestResponse::TooManyRequests {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    retry_after: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                    x_auth0_error_kind: Some(
                        rt::example_value(serde_json::json!("global-rate-limit"))?,
                    ),
                })
            }
            other => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} has no answer with status {other}.",
                            "createConnectedAccountRequest"
                        ),
                    ),
                )
            }
        }
    }
    async fn complete_connected_account_request(
        &self,
        request: CompleteConnectedAccountRequestRequest,
    ) -> Result<CompleteConnectedAccountRequestResponse, Problem> {
        const MADE: &[rt::MadeAnswer] = &[
            rt::MadeAnswer {
                status: "201",
                body: Some(
                    r#"{"id":"example","connection":"example","access_type":"offline","created_at":"2024-01-01T00:00:00Z"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "400",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "401",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "403",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "409",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "415",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "429",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
        ];
        let received: Option<serde_json::Value> = serde_json::to_value(&request.body)
            .ok();
        let answer = rt::pick_answer(
            EXAMPLES,
            MADE,
            "completeConnectedAccountRequest",
            &request.context.headers,
            received.as_ref(),
            &[],
        )?;
        match answer.status {
            "201" => {
                Ok(CompleteConnectedAccountRequestResponse::Created {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            "400" => {
                Ok(CompleteConnectedAccountRequestResponse::BadRequest {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "401" => {
                Ok(CompleteConnectedAccountRequestResponse::Unauthorized {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "403" => {
                Ok(CompleteConnectedAccountRequestResponse::Forbidden {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "409" => {
                Ok(CompleteConnectedAccountRequestResponse::Conflict {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "415" => {
                Ok(CompleteConnectedAccountRequestResponse::UnsupportedMediaType {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "429" => {
                Ok(CompleteConnectedAccountRequestResponse::TooManyRequests {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    retry_after: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                    x_auth0_error_kind: Some(
                        rt::example_value(serde_json::json!("global-rate-limit"))?,
                    ),
                })
            }
            other => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} has no answer with status {other}.",
                            "completeConnectedAccountRequest"
                        ),
                    ),
                )
            }
        }
    }
    async fn get_connected_accounts(
        &self,
        request: GetConnectedAccountsRequest,
    ) -> Result<GetConnectedAccountsResponse, Problem> {
        const MADE: &[rt::MadeAnswer] = &[
            rt::MadeAnswer {
                status: "200",
                body: Some(r#"{"accounts":[]}"#),
            },
            rt::MadeAnswer {
                status: "400",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "401",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "403",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "429",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
        ];
        let received: Option<serde_json::Value> = None;
        let answer = rt::pick_answer(
            EXAMPLES,
            MADE,
            "getConnectedAccounts",
            &request.context.headers,
            received.as_ref(),
            &[],
        )?;
        match answer.status {
            "200" => {
                Ok(GetConnectedAccountsResponse::Ok {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            "400" => {
                Ok(GetConnectedAccountsResponse::BadRequest {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "401" => {
                Ok(GetConnectedAccountsResponse::Unauthorized {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "403" => {
                Ok(GetConnectedAccountsResponse::Forbidden {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "429" => {
                Ok(GetConnectedAccountsResponse::TooManyRequests {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    retry_after: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                    x_auth0_error_kind: Some(
                        rt::example_value(serde_json::json!("global-rate-limit"))?,
                    ),
                })
            }
            other => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} has no answer with status {other}.",
                            "getConnectedAccounts"
                        ),
                    ),
                )
            }
        }
    }
    async fn get_connected_accounts_connections(
        &self,
        request: GetConnectedAccountsConnectionsRequest,
    ) -> Result<GetConnectedAccountsConnectionsResponse, Problem> {
        const MADE: &[rt::MadeAnswer] = &[
            rt::MadeAnswer {
                status: "200",
                body: Some(r#"{"connections":[]}"#),
            },
            rt::MadeAnswer {
                status: "400",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "401",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "403",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "429",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
        ];
        let received: Option<serde_json::Value> = None;
        let answer = rt::pick_answer(
            EXAMPLES,
            MADE,
            "getConnectedAccountsConnections",
            &request.context.headers,
            received.as_ref(),
            &[],
        )?;
        match answer.status {
            "200" => {
                Ok(GetConnectedAccountsConnectionsResponse::Ok {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            "400" => {
                Ok(GetConnectedAccountsConnectionsResponse::BadRequest {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "401" => {
                Ok(GetConnectedAccountsConnectionsResponse::Unauthorized {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "403" => {
                Ok(GetConnectedAccountsConnectionsResponse::Forbidden {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "429" => {
                Ok(GetConnectedAccountsConnectionsResponse::TooManyRequests {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    retry_after: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                    x_auth0_error_kind: Some(
                        rt::example_value(serde_json::json!("global-rate-limit"))?,
                    ),
                })
            }
            other => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} has no answer with status {other}.",
                            "getConnectedAccountsConnections"
                        ),
                    ),
                )
            }
        }
    }
    async fn delete_connected_account(
        &self,
        request: DeleteConnectedAccountRequest,
    ) -> Result<DeleteConnectedAccountResponse, Problem> {
        const MADE: &[rt::MadeAnswer] = &[
            rt::MadeAnswer {
                status: "204",
                body: None,
            },
            rt::MadeAnswer {
                status: "400",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "401",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "403",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "429",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
        ];
        let received: Option<serde_json::Value> = None;
        let answer = rt::pick_answer(
            EXAMPLES,
            MADE,
            "deleteConnectedAccount",
            &request.context.headers,
            received.as_ref(),
            &[request.id.to_string()],
        )?;
        match answer.status {
            "204" => {
                Ok(DeleteConnectedAccountResponse::NoContent {
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            "400" => {
                Ok(DeleteConnectedAccountResponse::BadRequest {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "401" => {
                Ok(DeleteConnectedAccountResponse::Unauthorized {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "403" => {
                Ok(DeleteConnectedAccountResponse::Forbidden {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "429" => {
                Ok(DeleteConnectedAccountResponse::TooManyRequests {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    retry_after: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                    x_auth0_error_kind: Some(
                        rt::example_value(serde_json::json!("global-rate-limit"))?,
                    ),
                })
            }
            other => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} has no answer with status {other}.",
                            "deleteConnectedAccount"
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
impl AuthenticationMethodsApi for ExampleApi {
    type Error = Problem;
    async fn get_authentication_methods(
        &self,
        request: GetAuthenticationMethodsRequest,
    ) -> Result<GetAuthenticationMethodsResponse, Problem> {
        const MADE: &[rt::MadeAnswer] = &[
            rt::MadeAnswer {
                status: "200",
                body: Some(r#"{"authentication_methods":[]}"#),
            },
            rt::MadeAnswer {
                status: "400",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "401",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "403",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "429",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
        ];
        let received: Option<serde_json::Value> = None;
        let answer = rt::pick_answer(
            EXAMPLES,
            MADE,
            "getAuthenticationMethods",
            &request.context.headers,
            received.as_ref(),
            &[],
        )?;
        match answer.status {
            "200" => {
                Ok(GetAuthenticationMethodsResponse::Ok {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            "400" => {
                Ok(GetAuthenticationMethodsResponse::BadRequest {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "401" => {
                Ok(GetAuthenticationMethodsResponse::Unauthorized {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "403" => {
                Ok(GetAuthenticationMethodsResponse::Forbidden {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "429" => {
                Ok(GetAuthenticationMethodsResponse::TooManyRequests {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    retry_after: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                    x_auth0_error_kind: Some(
                        rt::example_value(serde_json::json!("global-rate-limit"))?,
                    ),
                })
            }
            other => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} has no answer with status {other}.",
                            "getAuthenticationMethods"
                        ),
                    ),
                )
            }
        }
    }
    async fn create_authentication_method(
        &self,
        request: CreateAuthenticationMethodRequest,
    ) -> Result<CreateAuthenticationMethodResponse, Problem> {
        const MADE: &[rt::MadeAnswer] = &[
            rt::MadeAnswer {
                status: "202",
                body: Some(
                    r#"{"auth_session":"example","authn_params_public_key":{"challenge":"example","pubKeyCredParams":[],"rp":{"name":"example"},"user":{"id":"example","name":"example","displayName":"example"}}}"#,
                ),
            },
            rt::MadeAnswer {
                status: "400",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "401",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "403",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "415",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "429",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
        ];
        let received: Option<serde_json::Value> = request
            .body
            .as_ref()
            .and_then(|b| serde_json::to_value(b).ok());
        let answer = rt::pick_answer(
            EXAMPLES,
            MADE,
            "createAuthenticationMethod",
            &request.context.headers,
            received.as_ref(),
            &[],
        )?;
        match answer.status {
            "202" => {
                Ok(CreateAuthenticationMethodResponse::Accepted {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    location: rt::example_value(
                        serde_json::json!(
                            "https://auth0.auth0.com/me/v1/authentication-methods/passkey%7Cdev_XXXXXXXXXXXXXXXX"
                        ),
                    )?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            "400" => {
                Ok(CreateAuthenticationMethodResponse::BadRequest {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "401" => {
                Ok(CreateAuthenticationMethodResponse::Unauthorized {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "403" => {
                Ok(CreateAuthenticationMethodResponse::Forbidden {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "415" => {
                Ok(CreateAuthenticationMethodResponse::UnsupportedMediaType {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "429" => {
                Ok(CreateAuthenticationMethodResponse::TooManyRequests {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    retry_after: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                    x_auth0_error_kind: Some(
                        rt::example_value(serde_json::json!("global-rate-limit"))?,
                    ),
                })
            }
            other => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} has no answer with status {other}.",
                            "createAuthenticationMethod"
                        ),
                    ),
                )
            }
        }
    }
    async fn get_authentication_method(
        &self,
        request: GetAuthenticationMethodRequest,
    ) -> Result<GetAuthenticationMethodResponse, Problem> {
        const MADE: &[rt::MadeAnswer] = &[
            rt::MadeAnswer {
                status: "200",
                body: Some(
                    r#"{"id":"example","created_at":"2024-01-01T00:00:00Z","usage":[],"type":"password","identity_user_id":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "400",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "401",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "403",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "404",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "429",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
        ];
        let received: Option<serde_json::Value> = None;
        let answer = rt::pick_answer(
            EXAMPLES,
            MADE,
            "getAuthenticationMethod",
            &request.context.headers,
            received.as_ref(),
            &[request.authentication_method_id.to_string()],
        )?;
        match answer.status {
            "200" => {
                Ok(GetAuthenticationMethodResponse::Ok {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            "400" => {
                Ok(GetAuthenticationMethodResponse::BadRequest {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "401" => {
                Ok(GetAuthenticationMethodResponse::Unauthorized {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "403" => {
                Ok(GetAuthenticationMethodResponse::Forbidden {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "404" => {
                Ok(GetAuthenticationMethodResponse::NotFound {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "429" => {
                Ok(GetAuthenticationMethodResponse::TooManyRequests {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    retry_after: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                    x_auth0_error_kind: Some(
                        rt::example_value(serde_json::json!("global-rate-limit"))?,
                    ),
                })
            }
            other => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} has no answer with status {other}.",
                            "getAuthenticationMethod"
                        ),
                    ),
                )
            }
        }
    }
    async fn delete_authentication_method(
        &self,
        request: DeleteAuthenticationMethodRequest,
    ) -> Result<DeleteAuthenticationMethodResponse, Problem> {
        const MADE: &[rt::MadeAnswer] = &[
            rt::MadeAnswer {
                status: "204",
                body: None,
            },
            rt::MadeAnswer {
                status: "400",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "401",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "403",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "409",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "429",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
        ];
        let received: Option<serde_json::Value> = None;
        let answer = rt::pick_answer(
            EXAMPLES,
            MADE,
            "deleteAuthenticationMethod",
            &request.context.headers,
            received.as_ref(),
            &[request.authentication_method_id.to_string()],
        )?;
        match answer.status {
            "204" => {
                Ok(DeleteAuthenticationMethodResponse::NoContent {
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            "400" => {
                Ok(DeleteAuthenticationMethodResponse::BadRequest {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "401" => {
                Ok(DeleteAuthenticationMethodResponse::Unauthorized {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "403" => {
                Ok(DeleteAuthenticationMethodResponse::Forbidden {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "409" => {
                Ok(DeleteAuthenticationMethodResponse::Conflict {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "429" => {
                Ok(DeleteAuthenticationMethodResponse::TooManyRequests {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    retry_after: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                    x_auth0_error_kind: Some(
                        rt::example_value(serde_json::json!("global-rate-limit"))?,
                    ),
                })
            }
            other => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} has no answer with status {other}.",
                            "deleteAuthenticationMethod"
                        ),
                    ),
                )
            }
        }
    }
    async fn update_authentication_method(
        &self,
        request: UpdateAuthenticationMethodRequest,
    ) -> Result<UpdateAuthenticationMethodResponse, Problem> {
        const MADE: &[rt::MadeAnswer] = &[
            rt::MadeAnswer {
                status: "200",
                body: Some(
                    r#"{"id":"example","created_at":"2024-01-01T00:00:00Z","usage":[],"type":"password","identity_user_id":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "400",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "401",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "403",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "415",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "429",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
        ];
        let received: Option<serde_json::Value> = request
            .body
            .as_ref()
            .and_then(|b| serde_json::to_value(b).ok());
        let answer = rt::pick_answer(
            EXAMPLES,
            MADE,
            "updateAuthenticationMethod",
            &request.context.headers,
            received.as_ref(),
            &[request.authentication_method_id.to_string()],
        )?;
        match answer.status {
            "200" => {
                Ok(UpdateAuthenticationMethodResponse::Ok {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            "400" => {
                Ok(UpdateAuthenticationMethodResponse::BadRequest {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "401" => {
                Ok(UpdateAuthenticationMethodResponse::Unauthorized {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "403" => {
                Ok(UpdateAuthenticationMethodResponse::Forbidden {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "415" => {
                Ok(UpdateAuthenticationMethodResponse::UnsupportedMediaType {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "429" => {
                Ok(UpdateAuthenticationMethodResponse::TooManyRequests {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    retry_after: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                    x_auth0_error_kind: Some(
                        rt::example_value(serde_json::json!("global-rate-limit"))?,
                    ),
                })
            }
            other => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} has no answer with status {other}.",
                            "updateAuthenticationMethod"
                        ),
                    ),
                )
            }
        }
    }
    async fn confirm_authentication_method(
        &self,
        request: ConfirmAuthenticationMethodRequest,
    ) -> Result<ConfirmAuthenticationMethodResponse, Problem> {
        const MADE: &[rt::MadeAnswer] = &[
            rt::MadeAnswer {
                status: "201",
                body: Some(
                    r#"{"id":"example","created_at":"2024-01-01T00:00:00Z","usage":[],"type":"password","identity_user_id":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "400",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "401",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "403",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "415",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "429",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
        ];
        let received: Option<serde_json::Value> = request
            .body
            .as_ref()
            .and_then(|b| serde_json::to_value(b).ok());
        let answer = rt::pick_answer(
            EXAMPLES,
            MADE,
            "confirmAuthenticationMethod",
            &request.context.headers,
            received.as_ref(),
            &[request.authentication_method_id.to_string()],
        )?;
        match answer.status {
            "201" => {
                Ok(ConfirmAuthenticationMethodResponse::Created {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    location: rt::example_value(
                        serde_json::json!(
                            "https://auth0.auth0.com/me/v1/authentication-methods/passkey%7Cdev_XXXXXXXXXXXXXXXX"
                        ),
                    )?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            "400" => {
                Ok(ConfirmAuthenticationMethodResponse::BadRequest {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "401" => {
                Ok(ConfirmAuthenticationMethodResponse::Unauthorized {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "403" => {
                Ok(ConfirmAuthenticationMethodResponse::Forbidden {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "415" => {
                Ok(ConfirmAuthenticationMethodResponse::UnsupportedMediaType {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "429" => {
                Ok(ConfirmAuthenticationMethodResponse::TooManyRequests {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    retry_after: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                    x_auth0_error_kind: Some(
                        rt::example_value(serde_json::json!("global-rate-limit"))?,
                    ),
                })
            }
            other => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} has no answer with status {other}.",
                            "confirmAuthenticationMethod"
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
impl ConsentsApi for ExampleApi {
    type Error = Problem;
    async fn get_consents(
        &self,
        request: GetConsentsRequest,
    ) -> Result<GetConsentsResponse, Problem> {
        const MADE: &[rt::MadeAnswer] = &[
            rt::MadeAnswer {
                status: "200",
                body: Some(r#"{"consents":[]}"#),
            },
            rt::MadeAnswer {
                status: "401",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "403",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "429",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
        ];
        let received: Option<serde_json::Value> = None;
        let answer = rt::pick_answer(
            EXAMPLES,
            MADE,
            "getConsents",
            &request.context.headers,
            received.as_ref(),
            &[],
        )?;
        match answer.status {
            "200" => {
                Ok(GetConsentsResponse::Ok {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            "401" => {
                Ok(GetConsentsResponse::Unauthorized {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "403" => {
                Ok(GetConsentsResponse::Forbidden {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "429" => {
                Ok(GetConsentsResponse::TooManyRequests {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    retry_after: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                    x_auth0_error_kind: Some(
                        rt::example_value(serde_json::json!("global-rate-limit"))?,
                    ),
                })
            }
            other => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!("{} has no answer with status {other}.", "getConsents"),
                    ),
                )
            }
        }
    }
    async fn get_consent(
        &self,
        request: GetConsentRequest,
    ) -> Result<GetConsentResponse, Problem> {
        const MADE: &[rt::MadeAnswer] = &[
            rt::MadeAnswer {
                status: "200",
                body: Some(
                    r#"{"id":"example","client_id":"example","created_at":"2024-01-01T00:00:00Z","expires_at":"2024-01-01T00:00:00Z"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "401",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "403",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "404",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "429",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
        ];
        let received: Option<serde_json::Value> = None;
        let answer = rt::pick_answer(
            EXAMPLES,
            MADE,
            "getConsent",
            &request.context.headers,
            received.as_ref(),
            &[request.consent_id.to_string()],
        )?;
        match answer.status {
            "200" => {
                Ok(GetConsentResponse::Ok {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            "401" => {
                Ok(GetConsentResponse::Unauthorized {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "403" => {
                Ok(GetConsentResponse::Forbidden {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "404" => {
                Ok(GetConsentResponse::NotFound {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "429" => {
                Ok(GetConsentResponse::TooManyRequests {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    retry_after: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                    x_auth0_error_kind: Some(
                        rt::example_value(serde_json::json!("global-rate-limit"))?,
                    ),
                })
            }
            other => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!("{} has no answer with status {other}.", "getConsent"),
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
impl OrganizationsApi for ExampleApi {
    type Error = Problem;
    async fn get_organizations(
        &self,
        request: GetOrganizationsRequest,
    ) -> Result<GetOrganizationsResponse, Problem> {
        const MADE: &[rt::MadeAnswer] = &[
            rt::MadeAnswer {
                status: "200",
                body: Some(r#"{"organizations":[]}"#),
            },
            rt::MadeAnswer {
                status: "400",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "401",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "403",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
            rt::MadeAnswer {
                status: "429",
                body: Some(
                    r#"{"type":"example","status":0,"title":"example","detail":"example"}"#,
                ),
            },
        ];
        let received: Option<serde_json::Value> = None;
        let answer = rt::pick_answer(
            EXAMPLES,
            MADE,
            "getOrganizations",
            &request.context.headers,
            received.as_ref(),
            &[],
        )?;
        match answer.status {
            "200" => {
                Ok(GetOrganizationsResponse::Ok {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            "400" => {
                Ok(GetOrganizationsResponse::BadRequest {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "401" => {
                Ok(GetOrganizationsResponse::Unauthorized {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "403" => {
                Ok(GetOrganizationsResponse::Forbidden {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                })
            }
            "429" => {
                Ok(GetOrganizationsResponse::TooManyRequests {
                    body: rt::example_value(answer.body.clone().unwrap_or_default())?,
                    retry_after: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                    x_auth0_error_kind: Some(
                        rt::example_value(serde_json::json!("global-rate-limit"))?,
                    ),
                })
            }
            other => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} has no answer with status {other}.", "getOrganizations"
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
    router(authenticator)
        .factors(ExampleApi)
        .connected_accounts(ExampleApi)
        .authentication_methods(ExampleApi)
        .consents(ExampleApi)
        .organizations(ExampleApi)
        .build()
}
