// @generated from openapi/my-account.yaml by `cargo xtask regen`. Do not edit by hand.

#![allow(unused_imports, unreachable_code, clippy::all)]
use axum::http::StatusCode;
use generated_client::my_account::operations::EXAMPLES;
use generated_client::runtime::OperationInfo;
use super::*;
use crate::server_runtime::{self as rt, Authenticator, Problem};
/// Answers every operation with the spec's documented examples: the one named in a
/// `Prefer: example=<name>` header (after checking that the request body is exactly that
/// example's), else the one whose request body was received, else the first. An operation
/// without examples answers its bodiless success (a 204) or 501.
#[derive(Debug, Clone, Copy, Default)]
pub struct ExampleApi;
impl FactorsApi for ExampleApi {
    type Error = Problem;
    async fn get_factors(
        &self,
        request: GetFactorsRequest,
    ) -> Result<GetFactorsResponse, Problem> {
        let received: Option<serde_json::Value> = None;
        let example = rt::pick_example(
            EXAMPLES,
            "getFactors",
            &request.context.headers,
            received.as_ref(),
        )?;
        match example.and_then(|e| e.status) {
            _ => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!("{} documents no example to answer with.", "getFactors"),
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
        let received: Option<serde_json::Value> = serde_json::to_value(&request.body)
            .ok();
        let example = rt::pick_example(
            EXAMPLES,
            "createConnectedAccountRequest",
            &request.context.headers,
            received.as_ref(),
        )?;
        match example.and_then(|e| e.status) {
            _ => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} documents no example to answer with.",
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
        let received: Option<serde_json::Value> = serde_json::to_value(&request.body)
            .ok();
        let example = rt::pick_example(
            EXAMPLES,
            "completeConnectedAccountRequest",
            &request.context.headers,
            received.as_ref(),
        )?;
        match example.and_then(|e| e.status) {
            _ => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} documents no example to answer with.",
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
        let received: Option<serde_json::Value> = None;
        let example = rt::pick_example(
            EXAMPLES,
            "getConnectedAccounts",
            &request.context.headers,
            received.as_ref(),
        )?;
        match example.and_then(|e| e.status) {
            _ => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} documents no example to answer with.",
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
        let received: Option<serde_json::Value> = None;
        let example = rt::pick_example(
            EXAMPLES,
            "getConnectedAccountsConnections",
            &request.context.headers,
            received.as_ref(),
        )?;
        match example.and_then(|e| e.status) {
            _ => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} documents no example to answer with.",
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
        let received: Option<serde_json::Value> = None;
        let example = rt::pick_example(
            EXAMPLES,
            "deleteConnectedAccount",
            &request.context.headers,
            received.as_ref(),
        )?;
        match example.and_then(|e| e.status) {
            _ => {
                Ok(DeleteConnectedAccountResponse::NoContent {
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
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
        let received: Option<serde_json::Value> = None;
        let example = rt::pick_example(
            EXAMPLES,
            "getAuthenticationMethods",
            &request.context.headers,
            received.as_ref(),
        )?;
        match example.and_then(|e| e.status) {
            Some("200") => {
                Ok(GetAuthenticationMethodsResponse::Ok {
                    body: rt::example_value(
                        example.and_then(|e| e.response_json()).unwrap_or_default(),
                    )?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            _ => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} documents no example to answer with.",
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
        let received: Option<serde_json::Value> = request
            .body
            .as_ref()
            .and_then(|b| serde_json::to_value(b).ok());
        let example = rt::pick_example(
            EXAMPLES,
            "createAuthenticationMethod",
            &request.context.headers,
            received.as_ref(),
        )?;
        match example.and_then(|e| e.status) {
            Some("202") => {
                Ok(CreateAuthenticationMethodResponse::Accepted {
                    body: rt::example_value(
                        example.and_then(|e| e.response_json()).unwrap_or_default(),
                    )?,
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
            _ => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} documents no example to answer with.",
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
        let received: Option<serde_json::Value> = None;
        let example = rt::pick_example(
            EXAMPLES,
            "getAuthenticationMethod",
            &request.context.headers,
            received.as_ref(),
        )?;
        match example.and_then(|e| e.status) {
            Some("200") => {
                Ok(GetAuthenticationMethodResponse::Ok {
                    body: rt::example_value(
                        example.and_then(|e| e.response_json()).unwrap_or_default(),
                    )?,
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
            _ => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} documents no example to answer with.",
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
        let received: Option<serde_json::Value> = None;
        let example = rt::pick_example(
            EXAMPLES,
            "deleteAuthenticationMethod",
            &request.context.headers,
            received.as_ref(),
        )?;
        match example.and_then(|e| e.status) {
            _ => {
                Ok(DeleteAuthenticationMethodResponse::NoContent {
                    x_ratelimit_limit: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_reset: rt::example_value(serde_json::json!(0i64))?,
                    x_ratelimit_remaining: rt::example_value(serde_json::json!(0i64))?,
                })
            }
        }
    }
    async fn update_authentication_method(
        &self,
        request: UpdateAuthenticationMethodRequest,
    ) -> Result<UpdateAuthenticationMethodResponse, Problem> {
        let received: Option<serde_json::Value> = request
            .body
            .as_ref()
            .and_then(|b| serde_json::to_value(b).ok());
        let example = rt::pick_example(
            EXAMPLES,
            "updateAuthenticationMethod",
            &request.context.headers,
            received.as_ref(),
        )?;
        match example.and_then(|e| e.status) {
            _ => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} documents no example to answer with.",
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
        let received: Option<serde_json::Value> = request
            .body
            .as_ref()
            .and_then(|b| serde_json::to_value(b).ok());
        let example = rt::pick_example(
            EXAMPLES,
            "confirmAuthenticationMethod",
            &request.context.headers,
            received.as_ref(),
        )?;
        match example.and_then(|e| e.status) {
            Some("201") => {
                Ok(ConfirmAuthenticationMethodResponse::Created {
                    body: rt::example_value(
                        example.and_then(|e| e.response_json()).unwrap_or_default(),
                    )?,
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
            _ => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} documents no example to answer with.",
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
        let received: Option<serde_json::Value> = None;
        let example = rt::pick_example(
            EXAMPLES,
            "getConsents",
            &request.context.headers,
            received.as_ref(),
        )?;
        match example.and_then(|e| e.status) {
            _ => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!("{} documents no example to answer with.", "getConsents"),
                    ),
                )
            }
        }
    }
    async fn get_consent(
        &self,
        request: GetConsentRequest,
    ) -> Result<GetConsentResponse, Problem> {
        let received: Option<serde_json::Value> = None;
        let example = rt::pick_example(
            EXAMPLES,
            "getConsent",
            &request.context.headers,
            received.as_ref(),
        )?;
        match example.and_then(|e| e.status) {
            _ => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!("{} documents no example to answer with.", "getConsent"),
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
        let received: Option<serde_json::Value> = None;
        let example = rt::pick_example(
            EXAMPLES,
            "getOrganizations",
            &request.context.headers,
            received.as_ref(),
        )?;
        match example.and_then(|e| e.status) {
            _ => {
                Err(
                    Problem::new(
                        StatusCode::NOT_IMPLEMENTED,
                        "no_example",
                        format!(
                            "{} documents no example to answer with.", "getOrganizations"
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
