// @generated from openapi/management-authentication-methods.yaml by `cargo xtask regen`. Do not edit by hand.

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
            operation_id: "createUserAuthenticationMethod",
            name: "every-operation",
            request: Some(
                r#"{"type":"phone","name":"Work phone","phone_number":"+15551234567","preferred_authentication_method":"sms"}"#,
            ),
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
        "createUserAuthenticationMethod" => {
            let arg_id: String = match runtime::decode(
                &serde_json::json!("auth0|507f1f77bcf86cd799439011"),
            ) {
                Ok(v) => v,
                Err(e) => {
                    return runtime::example_not_sent(
                        example,
                        format!("{}: {e}", "parameter `id`"),
                    );
                }
            };
            let Some(request) = example.request_json() else {
                return runtime::example_not_sent(
                    example,
                    "the example documents no request body",
                );
            };
            let body: types::CreateUserAuthenticationMethodRequestContent = match runtime::decode(
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
                client.create_user_authentication_method(&arg_id, &body).await,
            )
        }
        _ => runtime::example_not_sent(example, "unknown operation"),
    }
}
