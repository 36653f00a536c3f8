// @generated from openapi/management-authentication-methods.yaml, openapi/my-account.yaml by `cargo xtask regen`. Do not edit by hand.

//! axum server stubs for the APIs in `openapi/`.
//!
//! - [`management_authentication_methods`]: Auth0 Management API - user authentication methods (2), from `openapi/management-authentication-methods.yaml`
//! - [`my_account`]: My Account (1.0), from `openapi/my-account.yaml`
//!
//! Each API's module has a trait to implement (one method per operation, typed requests, one response enum per operation) and a `router` that authenticates with the application's [`server_runtime::Authenticator`], checks content type, size and schema, and answers every error of its own in the spec's error schema. The schema types are `generated-client`'s, used without its HTTP client.
#![forbid(unsafe_code)]
/// What every generated router does around the application's handler (the shared runtime's).
pub use openapi_runtime::server as server_runtime;
pub mod management_authentication_methods;
pub mod my_account;
/// The example server of the spec in `file` (every tag answered from its documented
/// examples), mounted at the spec's base path. `None` for a file not generated here.
pub fn example_router<Au: server_runtime::Authenticator>(
    file: &str,
    authenticator: Au,
) -> Option<axum::Router> {
    match file {
        "openapi/management-authentication-methods.yaml" => {
            Some(
                management_authentication_methods::examples::example_router(
                    authenticator,
                ),
            )
        }
        "openapi/my-account.yaml" => {
            Some(my_account::examples::example_router(authenticator))
        }
        _ => None,
    }
}
