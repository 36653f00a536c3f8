// @generated from openapi/management-authentication-methods.yaml, openapi/my-account.yaml by `cargo xtask regen`. Do not edit by hand.

//! Typed client and shared types for the APIs in `openapi/`.
//!
//! - [`management_authentication_methods`]: Auth0 Management API - user authentication methods (2), from `openapi/management-authentication-methods.yaml`
//! - [`my_account`]: My Account (1.0), from `openapi/my-account.yaml`
//!
//! Each API's `types` module holds one Rust type per schema; they decode with every schema constraint checked and encode back to the same JSON. The HTTP client (progenitor, reqwest) is behind the `client` feature, on by default: turn it off to use the types without reqwest. The documented examples sent through the client (`replay_examples`, each API's `examples`) are behind the `examples` feature, off by default: they are for testing a server, and compiling them would make the crate's clean build about half again as long.
#![forbid(unsafe_code)]
/// The decoding, encoding and spec facts every generated crate shares (a crate of its own).
pub use openapi_runtime as runtime;
pub mod management_authentication_methods;
pub mod my_account;
/// Every spec this crate was generated from.
pub const SPECS: &[runtime::SpecInfo] = &[
    management_authentication_methods::operations::SPEC,
    my_account::operations::SPEC,
];
/// Sends every documented example of the spec in `file` through its typed client; see each
/// spec's `examples::replay`. `None` for a file this crate was not generated from.
#[cfg(feature = "examples")]
pub async fn replay_examples(
    file: &str,
    base_url: &str,
    http_for: &dyn Fn(&str) -> reqwest::Client,
) -> Option<Vec<runtime::ExampleCall>> {
    match file {
        "openapi/management-authentication-methods.yaml" => {
            Some(
                management_authentication_methods::examples::replay(base_url, http_for)
                    .await,
            )
        }
        "openapi/my-account.yaml" => {
            Some(my_account::examples::replay(base_url, http_for).await)
        }
        _ => None,
    }
}
/// Calls every operation of the spec in `file` once through its typed client, with its
/// first documented request (or one made from the schema); see each spec's
/// `examples::call_every_operation`. `None` for a file this crate was not generated from.
#[cfg(feature = "examples")]
pub async fn call_every_operation(
    file: &str,
    base_url: &str,
    http: reqwest::Client,
) -> Option<Vec<runtime::ExampleCall>> {
    match file {
        "openapi/management-authentication-methods.yaml" => {
            Some(
                management_authentication_methods::examples::call_every_operation(
                        base_url,
                        http.clone(),
                    )
                    .await,
            )
        }
        "openapi/my-account.yaml" => {
            Some(
                my_account::examples::call_every_operation(base_url, http.clone()).await,
            )
        }
        _ => None,
    }
}
