// @generated from openapi/management-authentication-methods.yaml by `cargo xtask regen`. Do not edit by hand.

use crate::runtime;
#[allow(unused_imports)]
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
/// Every documented example, paired by name, in the order of the operations.
pub const EXAMPLES: &[runtime::ExampleInfo] = &[
    runtime::ExampleInfo {
        operation_id: "createUserAuthenticationMethod",
        name: "phone",
        request: Some(
            r#"{"type":"phone","name":"Work phone","phone_number":"+15551234567","preferred_authentication_method":"sms"}"#,
        ),
        status: Some("201"),
        response: Some(
            r#"{"id":"phone|dev_XXXXXXXXXXXXXXXX","type":"phone","name":"Work phone","phone_number":"+15551234567","preferred_authentication_method":"sms","created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createUserAuthenticationMethod",
        name: "email",
        request: Some(
            r#"{"type":"email","name":"Personal email","email":"user@example.com"}"#,
        ),
        status: Some("201"),
        response: Some(
            r#"{"id":"email|dev_XXXXXXXXXXXXXXXX","type":"email","name":"Personal email","email":"user@example.com","created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createUserAuthenticationMethod",
        name: "totp",
        request: Some(
            r#"{"type":"totp","name":"Authenticator app","totp_secret":"JBSWY3DPEHPK3PXP"}"#,
        ),
        status: Some("201"),
        response: Some(
            r#"{"id":"totp|dev_XXXXXXXXXXXXXXXX","type":"totp","name":"Authenticator app","totp_secret":"JBSWY3DPEHPK3PXP","created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createUserAuthenticationMethod",
        name: "webauthn-roaming",
        request: Some(
            r#"{"type":"webauthn-roaming","name":"Security key","key_id":"dGVzdC1jcmVkZW50aWFsLWlk","public_key":"pQECAyYgASFYIBmT","relying_party_identifier":"example.auth0.com"}"#,
        ),
        status: Some("201"),
        response: Some(
            r#"{"id":"webauthn-roaming|dev_XXXXXXXXXXXXXXXX","type":"webauthn-roaming","name":"Security key","key_id":"dGVzdC1jcmVkZW50aWFsLWlk","public_key":"pQECAyYgASFYIBmT","relying_party_identifier":"example.auth0.com","created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createUserAuthenticationMethod",
        name: "passkey",
        request: Some(
            r#"{"type":"passkey","name":"Laptop passkey","key_id":"cGFzc2tleS1jcmVkZW50aWFs","public_key":"pQECAyYgASFYIHk2","aaguid":"adce0002-35bc-c60a-648b-0b25f1f05503","relying_party_identifier":"example.auth0.com","credential_device_type":"multi_device","credential_backed_up":true,"identity_user_id":"507f1f77bcf86cd799439011","user_agent":"Chrome 131.0.0 / Mac OS X 10.15.7","user_handle":"YXV0aDB8NTA3ZjFmNzdiY2Y4NmNkNzk5NDM5MDEx","transports":["internal","hybrid"]}"#,
        ),
        status: Some("201"),
        response: Some(
            r#"{"id":"passkey|dev_XXXXXXXXXXXXXXXX","type":"passkey","name":"Laptop passkey","key_id":"cGFzc2tleS1jcmVkZW50aWFs","public_key":"pQECAyYgASFYIHk2","aaguid":"adce0002-35bc-c60a-648b-0b25f1f05503","relying_party_identifier":"example.auth0.com","created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createUserAuthenticationMethod",
        name: "example",
        request: None,
        status: Some("400"),
        response: Some(
            r#"{"statusCode":400,"error":"Bad Request","message":"Payload validation error: 'String is too short (1 chars), minimum 2' on property phone_number.","errorCode":"invalid_body"}"#,
        ),
    },
];
/// The spec as a whole.
pub const SPEC: runtime::SpecInfo = runtime::SpecInfo {
    file: "openapi/management-authentication-methods.yaml",
    title: "Auth0 Management API - user authentication methods",
    version: "2",
    base_path: super::BASE_PATH,
    operations: OPERATIONS,
    examples: EXAMPLES,
    roundtrip,
};
/// Decodes `value` as the type generated for the component schema `schema` and encodes it
/// again; `None` when the spec has no such schema.
#[inline]
pub fn roundtrip(
    schema: &str,
    value: &serde_json::Value,
) -> Option<Result<runtime::RoundTrip, runtime::DecodeErrors>> {
    match schema {
        "CreateUserAuthenticationMethodRequestContent" => {
            Some(
                runtime::roundtrip::<
                    types::CreateUserAuthenticationMethodRequestContent,
                >(value),
            )
        }
        "CreateUserAuthenticationMethodResponseContent" => {
            Some(
                runtime::roundtrip::<
                    types::CreateUserAuthenticationMethodResponseContent,
                >(value),
            )
        }
        "CreatedUserAuthenticationMethodTypeEnum" => {
            Some(
                runtime::roundtrip::<
                    types::CreatedUserAuthenticationMethodTypeEnum,
                >(value),
            )
        }
        "CredentialDeviceTypeEnum" => {
            Some(runtime::roundtrip::<types::CredentialDeviceTypeEnum>(value))
        }
        "ManagementApiError" => {
            Some(runtime::roundtrip::<types::ManagementApiError>(value))
        }
        "PreferredAuthenticationMethodEnum" => {
            Some(runtime::roundtrip::<types::PreferredAuthenticationMethodEnum>(value))
        }
        "UserAuthenticationMethodProperties" => {
            Some(runtime::roundtrip::<types::UserAuthenticationMethodProperties>(value))
        }
        "UserAuthenticationMethodPropertiesEnum" => {
            Some(
                runtime::roundtrip::<
                    types::UserAuthenticationMethodPropertiesEnum,
                >(value),
            )
        }
        _ => None,
    }
}
