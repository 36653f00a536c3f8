// @generated from openapi/management-authentication-methods.yaml by `cargo xtask regen`. Do not edit by hand.

use crate::runtime;
use super::types;
/// Every operation of the spec, in the order the spec lists them.
pub const OPERATIONS: &[runtime::OperationInfo] = &[
    runtime::OperationInfo {
        operation_id: "createUserAuthenticationMethod",
        method: "POST",
        path: "/users/{id}/authentication-methods",
        tags: &["users"],
        scopes: &["create:authentication_methods"],
        request: Some(runtime::BodyInfo {
            content_type: "application/json",
            schema: "CreateUserAuthenticationMethodRequestContent",
            required: true,
        }),
        responses: &[
            runtime::ResponseInfo {
                status: "201",
                content_type: Some("application/json"),
                schema: Some("CreateUserAuthenticationMethodResponseContent"),
                headers: &[
                    "X-RateLimit-Limit",
                    "X-RateLimit-Remaining",
                    "X-RateLimit-Reset",
                ],
            },
            runtime::ResponseInfo {
                status: "400",
                content_type: Some("application/json"),
                schema: Some("ManagementApiError"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "401",
                content_type: Some("application/json"),
                schema: Some("ManagementApiError"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "403",
                content_type: Some("application/json"),
                schema: Some("ManagementApiError"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "404",
                content_type: Some("application/json"),
                schema: Some("ManagementApiError"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "409",
                content_type: Some("application/json"),
                schema: Some("ManagementApiError"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "429",
                content_type: Some("application/json"),
                schema: Some("ManagementApiError"),
                headers: &[
                    "X-RateLimit-Limit",
                    "X-RateLimit-Remaining",
                    "X-RateLimit-Reset",
                ],
            },
        ],
    },
];
/// The spec as a whole.
pub const SPEC: runtime::SpecInfo = runtime::SpecInfo {
    file: "openapi/management-authentication-methods.yaml",
    title: "Auth0 Management API - user authentication methods",
    version: "2",
    operations: OPERATIONS,
    roundtrip,
};
/// Decodes `value` as the type generated for the component schema `schema` and encodes it
/// again; `None` when the spec has no such schema.
pub fn roundtrip(
    schema: &str,
    value: &serde_json::Value,
) -> Option<Result<runtime::RoundTrip, runtime::DecodeErrors>> {
    Some(
        match schema {
            "CreateUserAuthenticationMethodRequestContent" => {
                runtime::roundtrip::<
                    types::CreateUserAuthenticationMethodRequestContent,
                >(value)
            }
            "CreateUserAuthenticationMethodResponseContent" => {
                runtime::roundtrip::<
                    types::CreateUserAuthenticationMethodResponseContent,
                >(value)
            }
            "CreatedUserAuthenticationMethodTypeEnum" => {
                runtime::roundtrip::<
                    types::CreatedUserAuthenticationMethodTypeEnum,
                >(value)
            }
            "CredentialDeviceTypeEnum" => {
                runtime::roundtrip::<types::CredentialDeviceTypeEnum>(value)
            }
            "ManagementApiError" => {
                runtime::roundtrip::<types::ManagementApiError>(value)
            }
            "PreferredAuthenticationMethodEnum" => {
                runtime::roundtrip::<types::PreferredAuthenticationMethodEnum>(value)
            }
            "UserAuthenticationMethodProperties" => {
                runtime::roundtrip::<types::UserAuthenticationMethodProperties>(value)
            }
            "UserAuthenticationMethodPropertiesEnum" => {
                runtime::roundtrip::<
                    types::UserAuthenticationMethodPropertiesEnum,
                >(value)
            }
            _ => return None,
        },
    )
}
