// @generated from openapi/my-account.yaml by `cargo xtask regen`. Do not edit by hand.

#![allow(unused_imports)]
use super::client::Client;
use super::operations::EXAMPLES;
use super::types;
use crate::runtime::{self, ExampleCall, ExampleInfo};
/// Sends every documented example through the typed client to `base_url` (the server's
/// root: the spec's [`super::BASE_PATH`] is appended). `http_for(name)` gives the HTTP client
/// for the example called `name`: credentials, and `Prefer: example=<name>` for an
/// example server.
pub async fn replay(
    base_url: &str,
    http_for: &dyn Fn(&str) -> reqwest::Client,
) -> Vec<ExampleCall> {
    let url = format!("{}{}", base_url.trim_end_matches('/'), super::BASE_PATH);
    let mut calls = Vec::new();
    for example in EXAMPLES {
        let client = Client::new_with_client(
            &url,
            http_for(example.name),
            runtime::retry::RetryPolicy::none(),
        );
        calls.push(send(&client, example).await);
    }
    calls
}
/// Calls every operation once through the typed client at `base_url`, with its first
/// documented request body or one made from its schema, through `http` (which carries the
/// credentials): against the example server, every operation answers a documented status
/// with a body its type accepts.
pub async fn call_every_operation(
    base_url: &str,
    http: reqwest::Client,
) -> Vec<ExampleCall> {
    const EVERY: &[ExampleInfo] = &[
        ExampleInfo {
            operation_id: "getFactors",
            name: "every-operation",
            request: None,
            status: None,
            response: None,
        },
        ExampleInfo {
            operation_id: "getAuthenticationMethods",
            name: "every-operation",
            request: None,
            status: None,
            response: None,
        },
        ExampleInfo {
            operation_id: "createAuthenticationMethod",
            name: "every-operation",
            request: Some(
                r#"{"type":"phone","phone_number":"+15551234567","preferred_authentication_method":"sms"}"#,
            ),
            status: None,
            response: None,
        },
        ExampleInfo {
            operation_id: "getAuthenticationMethod",
            name: "every-operation",
            request: None,
            status: None,
            response: None,
        },
        ExampleInfo {
            operation_id: "deleteAuthenticationMethod",
            name: "every-operation",
            request: None,
            status: None,
            response: None,
        },
        ExampleInfo {
            operation_id: "updateAuthenticationMethod",
            name: "every-operation",
            request: Some(r"{}"),
            status: None,
            response: None,
        },
        ExampleInfo {
            operation_id: "confirmAuthenticationMethod",
            name: "every-operation",
            request: Some(
                r#"{"auth_session":"Fe26.2**05c400ed...","otp_code":"123456"}"#,
            ),
            status: None,
            response: None,
        },
        ExampleInfo {
            operation_id: "createConnectedAccountRequest",
            name: "every-operation",
            request: Some(
                r#"{"connection":"example","redirect_uri":"https://example.com/"}"#,
            ),
            status: None,
            response: None,
        },
        ExampleInfo {
            operation_id: "completeConnectedAccountRequest",
            name: "every-operation",
            request: Some(
                r#"{"auth_session":"example","connect_code":"example","redirect_uri":"https://example.com/"}"#,
            ),
            status: None,
            response: None,
        },
        ExampleInfo {
            operation_id: "getConnectedAccounts",
            name: "every-operation",
            request: None,
            status: None,
            response: None,
        },
        ExampleInfo {
            operation_id: "getConnectedAccountsConnections",
            name: "every-operation",
            request: None,
            status: None,
            response: None,
        },
        ExampleInfo {
            operation_id: "deleteConnectedAccount",
            name: "every-operation",
            request: None,
            status: None,
            response: None,
        },
        ExampleInfo {
            operation_id: "getConsents",
            name: "every-operation",
            request: None,
            status: None,
            response: None,
        },
        ExampleInfo {
            operation_id: "getConsent",
            name: "every-operation",
            request: None,
            status: None,
            response: None,
        },
        ExampleInfo {
            operation_id: "getOrganizations",
            name: "every-operation",
            request: None,
            status: None,
            response: None,
        },
    ];
    let url = format!("{}{}", base_url.trim_end_matches('/'), super::BASE_PATH);
    let client = Client::new_with_client(
        &url,
        http,
        runtime::retry::RetryPolicy::none(),
    );
    let mut calls = Vec::new();
    for call in EVERY {
        calls.push(send(&client, call).await);
    }
    calls
}
async fn send(client: &Client, example: &'static ExampleInfo) -> ExampleCall {
    match example.operation_id {
        "getFactors" => runtime::example_call(example, client.get_factors().await),
        "getAuthenticationMethods" => {
            runtime::example_call(example, client.get_authentication_methods(None).await)
        }
        "createAuthenticationMethod" => {
            let Some(request) = example.request_json() else {
                return runtime::example_not_sent(
                    example,
                    "the example documents no request body",
                );
            };
            let body: types::CreateAuthenticationMethodRequestContent = match runtime::decode(
                &request,
            ) {
                Ok(v) => v,
                Err(e) => {
                    return runtime::example_not_sent(
                        example,
                        format!("request body: {e}"),
                    );
                }
            };
            runtime::example_call(
                example,
                client.create_authentication_method(&body).await,
            )
        }
        "getAuthenticationMethod" => {
            let arg_authentication_method_id: types::PathAuthenticationMethodId = match runtime::decode(
                &serde_json::json!("example"),
            ) {
                Ok(v) => v,
                Err(e) => {
                    return runtime::example_not_sent(
                        example,
                        format!("{}: {e}", "parameter `authentication_method_id`"),
                    );
                }
            };
            runtime::example_call(
                example,
                client.get_authentication_method(&arg_authentication_method_id).await,
            )
        }
        "deleteAuthenticationMethod" => {
            let arg_authentication_method_id: types::PathAuthenticationMethodId = match runtime::decode(
                &serde_json::json!("example"),
            ) {
                Ok(v) => v,
                Err(e) => {
                    return runtime::example_not_sent(
                        example,
                        format!("{}: {e}", "parameter `authentication_method_id`"),
                    );
                }
            };
            runtime::example_call(
                example,
                client.delete_authentication_method(&arg_authentication_method_id).await,
            )
        }
        "updateAuthenticationMethod" => {
            let arg_authentication_method_id: types::PathAuthenticationMethodId = match runtime::decode(
                &serde_json::json!("example"),
            ) {
                Ok(v) => v,
                Err(e) => {
                    return runtime::example_not_sent(
                        example,
                        format!("{}: {e}", "parameter `authentication_method_id`"),
                    );
                }
            };
            let Some(request) = example.request_json() else {
                return runtime::example_not_sent(
                    example,
                    "the example documents no request body",
                );
            };
            let body: types::UpdateAuthenticationMethodRequestContent = match runtime::decode(
                &request,
            ) {
                Ok(v) => v,
                Err(e) => {
                    return runtime::example_not_sent(
                        example,
                        format!("request body: {e}"),
                    );
                }
            };
            runtime::example_call(
                example,
                client
                    .update_authentication_method(&arg_authentication_method_id, &body)
                    .await,
            )
        }
        "confirmAuthenticationMethod" => {
            let arg_authentication_method_id: types::PathAuthenticationMethodId = match runtime::decode(
                &serde_json::json!("example"),
            ) {
                Ok(v) => v,
                Err(e) => {
                    return runtime::example_not_sent(
                        example,
                        format!("{}: {e}", "parameter `authentication_method_id`"),
                    );
                }
            };
            let Some(request) = example.request_json() else {
                return runtime::example_not_sent(
                    example,
                    "the example documents no request body",
                );
            };
            let body: types::VerifyAuthenticationMethodRequestContent = match runtime::decode(
                &request,
            ) {
                Ok(v) => v,
                Err(e) => {
                    return runtime::example_not_sent(
                        example,
                        format!("request body: {e}"),
                    );
                }
            };
            runtime::example_call(
                example,
                client
                    .confirm_authentication_method(&arg_authentication_method_id, &body)
                    .await,
            )
        }
        "createConnectedAccountRequest" => {
            let Some(request) = example.request_json() else {
                return runtime::example_not_sent(
                    example,
                    "the example documents no request body",
                );
            };
            let body: types::CreateConnectedAccountsRequestContent = match runtime::decode(
                &request,
            ) {
                Ok(v) => v,
                Err(e) => {
                    return runtime::example_not_sent(
                        example,
                        format!("request body: {e}"),
                    );
                }
            };
            runtime::example_call(
                example,
                client.create_connected_account_request(&body).await,
            )
        }
        "completeConnectedAccountRequest" => {
            let Some(request) = example.request_json() else {
                return runtime::example_not_sent(
                    example,
                    "the example documents no request body",
                );
            };
            let body: types::CompleteConnectedAccountsRequestContent = match runtime::decode(
                &request,
            ) {
                Ok(v) => v,
                Err(e) => {
                    return runtime::example_not_sent(
                        example,
                        format!("request body: {e}"),
                    );
                }
            };
            runtime::example_call(
                example,
                client.complete_connected_account_request(&body).await,
            )
        }
        "getConnectedAccounts" => {
            runtime::example_call(
                example,
                client.get_connected_accounts(None, None, None).await,
            )
        }
        "getConnectedAccountsConnections" => {
            runtime::example_call(
                example,
                client.get_connected_accounts_connections(None, None).await,
            )
        }
        "deleteConnectedAccount" => {
            let arg_id: types::ConnectedAccountId = match runtime::decode(
                &serde_json::json!("cac_A"),
            ) {
                Ok(v) => v,
                Err(e) => {
                    return runtime::example_not_sent(
                        example,
                        format!("{}: {e}", "parameter `id`"),
                    );
                }
            };
            runtime::example_call(
                example,
                client.delete_connected_account(&arg_id).await,
            )
        }
        "getConsents" => runtime::example_call(example, client.get_consents().await),
        "getConsent" => {
            let arg_consent_id: String = match runtime::decode(
                &serde_json::json!("example"),
            ) {
                Ok(v) => v,
                Err(e) => {
                    return runtime::example_not_sent(
                        example,
                        format!("{}: {e}", "parameter `consent_id`"),
                    );
                }
            };
            runtime::example_call(example, client.get_consent(&arg_consent_id).await)
        }
        "getOrganizations" => {
            runtime::example_call(example, client.get_organizations(None, None).await)
        }
        _ => runtime::example_not_sent(example, "unknown operation"),
    }
}
