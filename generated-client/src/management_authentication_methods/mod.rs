// @generated from openapi/management-authentication-methods.yaml by `cargo xtask regen`. Do not edit by hand.

//! Auth0 Management API - user authentication methods (version 2), generated from `openapi/management-authentication-methods.yaml`.
//!
//! The Management API call with which an administrator creates an authentication method for a user. Assembled from Auth0's reference page "Create an authentication method" (`POST /api/v2/users/{id}/authentication-methods`) and the JSON Schema of `CreateUserAuthenticationMethodResponseContent`. Methods created this way are confirmed at once: verification must already have happened.
pub mod types;
pub mod operations;
/// The HTTP client: `Client::new(DEFAULT_SERVER)`, one method per operation.
#[cfg(feature = "client")]
pub mod client;
/// The spec's documented examples sent through the client (feature `examples`).
#[cfg(feature = "examples")]
pub mod examples;
/// Where the API is mounted: the path of the spec's first server URL.
pub const BASE_PATH: &str = "/api/v2";
/// The spec's first server URL, its variables at their defaults.
pub const DEFAULT_SERVER: &str = "https://your-tenant.auth0.com/api/v2";
