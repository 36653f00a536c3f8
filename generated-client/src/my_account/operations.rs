// @generated from openapi/my-account.yaml by `cargo xtask regen`. Do not edit by hand.

use crate::runtime;
#[allow(unused_imports)]
use super::types;
/// Every operation of the spec, in the order the spec lists them.
pub const OPERATIONS: &[runtime::OperationInfo] = &[
    runtime::OperationInfo {
        operation_id: "getFactors",
        method: "GET",
        path: "/factors",
        tags: &["factors"],
        scopes: &["read:me:factors"],
        request: None,
        responses: &[
            runtime::ResponseInfo {
                status: "200",
                content_type: Some("application/json"),
                schema: Some("ListFactorsResponseContent"),
                headers: &[
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                ],
            },
            runtime::ResponseInfo {
                status: "400",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "401",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "403",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "429",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[
                    "retry-after",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                    "x-auth0-error-kind",
                ],
            },
        ],
    },
    runtime::OperationInfo {
        operation_id: "getAuthenticationMethods",
        method: "GET",
        path: "/authentication-methods",
        tags: &["authentication-methods"],
        scopes: &["read:me:authentication_methods"],
        request: None,
        responses: &[
            runtime::ResponseInfo {
                status: "200",
                content_type: Some("application/json"),
                schema: Some("ListAuthenticationMethodsResponseContent"),
                headers: &[
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                ],
            },
            runtime::ResponseInfo {
                status: "400",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "401",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "403",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "429",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[
                    "retry-after",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                    "x-auth0-error-kind",
                ],
            },
        ],
    },
    runtime::OperationInfo {
        operation_id: "createAuthenticationMethod",
        method: "POST",
        path: "/authentication-methods",
        tags: &["authentication-methods"],
        scopes: &["create:me:authentication_methods"],
        request: Some(runtime::BodyInfo {
            content_type: "application/json",
            schema: "CreateAuthenticationMethodRequestContent",
            required: false,
        }),
        responses: &[
            runtime::ResponseInfo {
                status: "202",
                content_type: Some("application/json"),
                schema: Some("CreateAuthenticationMethodResponseContent"),
                headers: &[
                    "Location",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                ],
            },
            runtime::ResponseInfo {
                status: "400",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "401",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "403",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "415",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "429",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[
                    "retry-after",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                    "x-auth0-error-kind",
                ],
            },
        ],
    },
    runtime::OperationInfo {
        operation_id: "getAuthenticationMethod",
        method: "GET",
        path: "/authentication-methods/{authentication_method_id}",
        tags: &["authentication-methods"],
        scopes: &["read:me:authentication_methods"],
        request: None,
        responses: &[
            runtime::ResponseInfo {
                status: "200",
                content_type: Some("application/json"),
                schema: Some("GetAuthenticationMethodResponseContent"),
                headers: &[
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                ],
            },
            runtime::ResponseInfo {
                status: "400",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "401",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "403",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "404",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "429",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[
                    "retry-after",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                    "x-auth0-error-kind",
                ],
            },
        ],
    },
    runtime::OperationInfo {
        operation_id: "deleteAuthenticationMethod",
        method: "DELETE",
        path: "/authentication-methods/{authentication_method_id}",
        tags: &["authentication-methods"],
        scopes: &["delete:me:authentication_methods"],
        request: None,
        responses: &[
            runtime::ResponseInfo {
                status: "204",
                content_type: None,
                schema: None,
                headers: &[
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                ],
            },
            runtime::ResponseInfo {
                status: "400",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "401",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "403",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "409",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "429",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[
                    "retry-after",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                    "x-auth0-error-kind",
                ],
            },
        ],
    },
    runtime::OperationInfo {
        operation_id: "updateAuthenticationMethod",
        method: "PATCH",
        path: "/authentication-methods/{authentication_method_id}",
        tags: &["authentication-methods"],
        scopes: &["update:me:authentication_methods"],
        request: Some(runtime::BodyInfo {
            content_type: "application/json",
            schema: "UpdateAuthenticationMethodRequestContent",
            required: false,
        }),
        responses: &[
            runtime::ResponseInfo {
                status: "200",
                content_type: Some("application/json"),
                schema: Some("UpdateAuthenticationMethodResponseContent"),
                headers: &[
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                ],
            },
            runtime::ResponseInfo {
                status: "400",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "401",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "403",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "415",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "429",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[
                    "retry-after",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                    "x-auth0-error-kind",
                ],
            },
        ],
    },
    runtime::OperationInfo {
        operation_id: "confirmAuthenticationMethod",
        method: "POST",
        path: "/authentication-methods/{authentication_method_id}/verify",
        tags: &["authentication-methods"],
        scopes: &["create:me:authentication_methods"],
        request: Some(runtime::BodyInfo {
            content_type: "application/json",
            schema: "VerifyAuthenticationMethodRequestContent",
            required: false,
        }),
        responses: &[
            runtime::ResponseInfo {
                status: "201",
                content_type: Some("application/json"),
                schema: Some("VerifyAuthenticationMethodResponseContent"),
                headers: &[
                    "Location",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                ],
            },
            runtime::ResponseInfo {
                status: "400",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "401",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "403",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "415",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "429",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[
                    "retry-after",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                    "x-auth0-error-kind",
                ],
            },
        ],
    },
    runtime::OperationInfo {
        operation_id: "createConnectedAccountRequest",
        method: "POST",
        path: "/connected-accounts/connect",
        tags: &["connected-accounts"],
        scopes: &["create:me:connected_accounts"],
        request: Some(runtime::BodyInfo {
            content_type: "application/json",
            schema: "CreateConnectedAccountsRequestContent",
            required: true,
        }),
        responses: &[
            runtime::ResponseInfo {
                status: "201",
                content_type: Some("application/json"),
                schema: Some("CreateConnectedAccountsResponseContent"),
                headers: &[
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                ],
            },
            runtime::ResponseInfo {
                status: "400",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "401",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "403",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "415",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "429",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[
                    "retry-after",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                    "x-auth0-error-kind",
                ],
            },
        ],
    },
    runtime::OperationInfo {
        operation_id: "completeConnectedAccountRequest",
        method: "POST",
        path: "/connected-accounts/complete",
        tags: &["connected-accounts"],
        scopes: &["create:me:connected_accounts"],
        request: Some(runtime::BodyInfo {
            content_type: "application/json",
            schema: "CompleteConnectedAccountsRequestContent",
            required: true,
        }),
        responses: &[
            runtime::ResponseInfo {
                status: "201",
                content_type: Some("application/json"),
                schema: Some("CompleteConnectedAccountsResponseContent"),
                headers: &[
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                ],
            },
            runtime::ResponseInfo {
                status: "400",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "401",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "403",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "409",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "415",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "429",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[
                    "retry-after",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                    "x-auth0-error-kind",
                ],
            },
        ],
    },
    runtime::OperationInfo {
        operation_id: "getConnectedAccounts",
        method: "GET",
        path: "/connected-accounts/accounts",
        tags: &["connected-accounts"],
        scopes: &["read:me:connected_accounts"],
        request: None,
        responses: &[
            runtime::ResponseInfo {
                status: "200",
                content_type: Some("application/json"),
                schema: Some("ListConnectedAccountsResponseContent"),
                headers: &[
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                ],
            },
            runtime::ResponseInfo {
                status: "400",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "401",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "403",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "429",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[
                    "retry-after",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                    "x-auth0-error-kind",
                ],
            },
        ],
    },
    runtime::OperationInfo {
        operation_id: "getConnectedAccountsConnections",
        method: "GET",
        path: "/connected-accounts/connections",
        tags: &["connected-accounts"],
        scopes: &["read:me:connected_accounts"],
        request: None,
        responses: &[
            runtime::ResponseInfo {
                status: "200",
                content_type: Some("application/json"),
                schema: Some("ListConnectedAccountsConnectionsResponseContent"),
                headers: &[
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                ],
            },
            runtime::ResponseInfo {
                status: "400",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "401",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "403",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "429",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[
                    "retry-after",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                    "x-auth0-error-kind",
                ],
            },
        ],
    },
    runtime::OperationInfo {
        operation_id: "deleteConnectedAccount",
        method: "DELETE",
        path: "/connected-accounts/accounts/{id}",
        tags: &["connected-accounts"],
        scopes: &["delete:me:connected_accounts"],
        request: None,
        responses: &[
            runtime::ResponseInfo {
                status: "204",
                content_type: None,
                schema: None,
                headers: &[
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                ],
            },
            runtime::ResponseInfo {
                status: "400",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "401",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "403",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "429",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[
                    "retry-after",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                    "x-auth0-error-kind",
                ],
            },
        ],
    },
    runtime::OperationInfo {
        operation_id: "getConsents",
        method: "GET",
        path: "/consents",
        tags: &["consents"],
        scopes: &["read:me:consents"],
        request: None,
        responses: &[
            runtime::ResponseInfo {
                status: "200",
                content_type: Some("application/json"),
                schema: Some("ListConsentsResponseContent"),
                headers: &[
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                ],
            },
            runtime::ResponseInfo {
                status: "401",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "403",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "429",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[
                    "retry-after",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                    "x-auth0-error-kind",
                ],
            },
        ],
    },
    runtime::OperationInfo {
        operation_id: "getConsent",
        method: "GET",
        path: "/consents/{consent_id}",
        tags: &["consents"],
        scopes: &["read:me:consents"],
        request: None,
        responses: &[
            runtime::ResponseInfo {
                status: "200",
                content_type: Some("application/json"),
                schema: Some("GetConsentResponseContent"),
                headers: &[
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                ],
            },
            runtime::ResponseInfo {
                status: "401",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "403",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "404",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "429",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[
                    "retry-after",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                    "x-auth0-error-kind",
                ],
            },
        ],
    },
    runtime::OperationInfo {
        operation_id: "getOrganizations",
        method: "GET",
        path: "/organizations",
        tags: &["organizations"],
        scopes: &["read:me:organizations"],
        request: None,
        responses: &[
            runtime::ResponseInfo {
                status: "200",
                content_type: Some("application/json"),
                schema: Some("ListOrganizationsResponseContent"),
                headers: &[
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                ],
            },
            runtime::ResponseInfo {
                status: "400",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "401",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "403",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[],
            },
            runtime::ResponseInfo {
                status: "429",
                content_type: Some("application/json"),
                schema: Some("ErrorResponse"),
                headers: &[
                    "retry-after",
                    "x-ratelimit-limit",
                    "x-ratelimit-reset",
                    "x-ratelimit-remaining",
                    "x-auth0-error-kind",
                ],
            },
        ],
    },
];
/// Every documented example, paired by name, in the order of the operations.
pub const EXAMPLES: &[runtime::ExampleInfo] = &[
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethods",
        name: "multiple-methods",
        request: None,
        status: Some("200"),
        response: Some(
            r#"{"authentication_methods":[{"id":"email|dev_XXXXXXXXXXXXXXXX","type":"email","confirmed":true,"email":"user@example.com","usage":["secondary"],"created_at":"2025-01-15T10:30:00.000Z"},{"id":"phone|dev_YYYYYYYYYYYYYYYY","type":"phone","confirmed":true,"phone_number":"+15551234567","preferred_authentication_method":"sms","usage":["secondary"],"created_at":"2025-01-16T14:00:00.000Z"},{"id":"totp|dev_ZZZZZZZZZZZZZZZZ","type":"totp","confirmed":true,"usage":["secondary"],"created_at":"2025-02-01T09:15:00.000Z"},{"id":"passkey|dev_AAAAAAAAAAAAAAAA","type":"passkey","credential_device_type":"multi_device","credential_backed_up":true,"identity_user_id":"auth0|507f1f77bcf86cd799439011","key_id":"dGVzdC1rZXktaWQ","public_key":"pQECAyYgASFYI...","transports":["internal"],"user_agent":"Chrome 131.0.0 / Mac OS X 10.15.7","user_handle":"YXV0aDB8NTA3ZjFmNzdiY2Y4NmNkNzk5NDM5MDEx","relying_party_id":"example.auth0.com","usage":["primary"],"created_at":"2025-03-10T08:00:00.000Z"},{"id":"password|dXNlci0xMjM","type":"password","identity_user_id":"auth0|507f1f77bcf86cd799439011","usage":["primary"],"created_at":"2024-06-01T12:00:00.000Z"},{"id":"webauthn-platform|dev_BBBBBBBBBBBBBBBB","type":"webauthn-platform","confirmed":true,"key_id":"dGVzdC1wbGF0Zm9ybS1rZXk","public_key":"pQECAyYgASFYI...","usage":["secondary"],"created_at":"2025-02-20T11:00:00.000Z"},{"id":"webauthn-roaming|dev_CCCCCCCCCCCCCCCC","type":"webauthn-roaming","confirmed":true,"key_id":"dGVzdC1yb2FtaW5nLWtleQ","public_key":"pQECAyYgASFYI...","usage":["secondary"],"created_at":"2025-02-25T16:45:00.000Z"}]}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createAuthenticationMethod",
        name: "phone",
        request: Some(
            r#"{"type":"phone","phone_number":"+15551234567","preferred_authentication_method":"sms"}"#,
        ),
        status: Some("202"),
        response: Some(
            r#"{"id":"phone|dev_XXXXXXXXXXXXXXXX","auth_session":"Fe26.2**05c400ed..."}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createAuthenticationMethod",
        name: "email",
        request: Some(r#"{"type":"email","email":"user@example.com"}"#),
        status: Some("202"),
        response: Some(
            r#"{"id":"email|dev_XXXXXXXXXXXXXXXX","auth_session":"Fe26.2**05c400ed..."}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createAuthenticationMethod",
        name: "totp",
        request: Some(r#"{"type":"totp"}"#),
        status: Some("202"),
        response: Some(
            r#"{"id":"totp|dev_XXXXXXXXXXXXXXXX","auth_session":"Fe26.2**05c400ed...","barcode_uri":"otpauth://totp/my-tenant:auth0%7C507f1f77bcf86cd799439011?secret=JBSWY3DPEHPK3PXP&issuer=my-tenant&algorithm=SHA1&digits=6&period=30","manual_input_code":"JBSWY3DPEHPK3PXP"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createAuthenticationMethod",
        name: "push-notification",
        request: Some(r#"{"type":"push-notification"}"#),
        status: Some("202"),
        response: Some(
            r#"{"id":"push-notification|dev_XXXXXXXXXXXXXXXX","auth_session":"Fe26.2**05c400ed...","barcode_uri":"otpauth://totp/my-tenant:auth0%7C507f1f77bcf86cd799439011?secret=JBSWY3DPEHPK3PXP&issuer=my-tenant&algorithm=SHA1&digits=6&period=30"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createAuthenticationMethod",
        name: "recovery-code",
        request: Some(r#"{"type":"recovery-code"}"#),
        status: Some("202"),
        response: Some(
            r#"{"id":"recovery-code|dev_XXXXXXXXXXXXXXXX","auth_session":"Fe26.2**05c400ed...","recovery_code":"ABCDEFGHIJKLMNOPQRSTUVWX"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createAuthenticationMethod",
        name: "password",
        request: Some(r#"{"type":"password"}"#),
        status: Some("202"),
        response: Some(
            r#"{"id":"password|new","auth_session":"Fe26.2**05c400ed...","policy":{"complexity":{"min_length":8,"character_types":["lowercase","uppercase","number","special"],"character_type_rule":"three_of_four","identical_characters":"block","sequential_characters":"block","max_length_exceeded":"truncate"},"profile_data":{"active":true,"blocked_fields":["name","email"]},"history":{"active":true,"size":5},"dictionary":{"active":true,"default":"en_10k"}}}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createAuthenticationMethod",
        name: "passkey",
        request: Some(r#"{"type":"passkey"}"#),
        status: Some("202"),
        response: Some(
            r#"{"auth_session":"Fe26.2**05c400ed...","authn_params_public_key":{"challenge":"dGVzdC1jaGFsbGVuZ2U","timeout":60000,"rp":{"id":"example.auth0.com","name":"My Application"},"user":{"id":"YXV0aDB8NTA3ZjFmNzdiY2Y4NmNkNzk5NDM5MDEx","name":"user@example.com","displayName":"User"},"pubKeyCredParams":[{"type":"public-key","alg":-7},{"type":"public-key","alg":-257}],"authenticatorSelection":{"residentKey":"required","userVerification":"preferred"}}}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "phone",
        request: None,
        status: Some("200"),
        response: Some(
            r#"{"id":"phone|dev_XXXXXXXXXXXXXXXX","type":"phone","confirmed":true,"phone_number":"+15551234567","preferred_authentication_method":"sms","usage":["secondary"],"created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "email",
        request: None,
        status: Some("200"),
        response: Some(
            r#"{"id":"email|dev_XXXXXXXXXXXXXXXX","type":"email","confirmed":true,"email":"user@example.com","usage":["secondary"],"created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "totp",
        request: None,
        status: Some("200"),
        response: Some(
            r#"{"id":"totp|dev_XXXXXXXXXXXXXXXX","type":"totp","confirmed":true,"usage":["secondary"],"created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "push-notification",
        request: None,
        status: Some("200"),
        response: Some(
            r#"{"id":"push-notification|dev_XXXXXXXXXXXXXXXX","type":"push-notification","confirmed":true,"usage":["secondary"],"created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "recovery-code",
        request: None,
        status: Some("200"),
        response: Some(
            r#"{"id":"recovery-code|dev_XXXXXXXXXXXXXXXX","type":"recovery-code","confirmed":true,"usage":["secondary"],"created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "password",
        request: None,
        status: Some("200"),
        response: Some(
            r#"{"id":"password|dXNlci0xMjM","type":"password","identity_user_id":"auth0|507f1f77bcf86cd799439011","usage":["primary"],"created_at":"2024-06-01T12:00:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "passkey",
        request: None,
        status: Some("200"),
        response: Some(
            r#"{"id":"passkey|dev_XXXXXXXXXXXXXXXX","type":"passkey","credential_device_type":"multi_device","credential_backed_up":true,"identity_user_id":"auth0|507f1f77bcf86cd799439011","key_id":"dGVzdC1jcmVkZW50aWFsLWlk","public_key":"pQECAyYgASFYI...","transports":["internal"],"user_agent":"Chrome 131.0.0 / Mac OS X 10.15.7","user_handle":"YXV0aDB8NTA3ZjFmNzdiY2Y4NmNkNzk5NDM5MDEx","relying_party_id":"example.auth0.com","usage":["primary"],"created_at":"2025-03-10T08:00:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "webauthn-platform",
        request: None,
        status: Some("200"),
        response: Some(
            r#"{"id":"webauthn-platform|dev_XXXXXXXXXXXXXXXX","type":"webauthn-platform","confirmed":true,"key_id":"dGVzdC1wbGF0Zm9ybS1rZXk","public_key":"pQECAyYgASFYI...","usage":["secondary"],"created_at":"2025-02-20T11:00:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "webauthn-roaming",
        request: None,
        status: Some("200"),
        response: Some(
            r#"{"id":"webauthn-roaming|dev_XXXXXXXXXXXXXXXX","type":"webauthn-roaming","confirmed":true,"key_id":"dGVzdC1yb2FtaW5nLWtleQ","public_key":"pQECAyYgASFYI...","usage":["secondary"],"created_at":"2025-02-25T16:45:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "confirmAuthenticationMethod",
        name: "phone",
        request: Some(r#"{"auth_session":"Fe26.2**05c400ed...","otp_code":"123456"}"#),
        status: Some("201"),
        response: Some(
            r#"{"id":"phone|dev_XXXXXXXXXXXXXXXX","type":"phone","confirmed":true,"phone_number":"+15551234567","preferred_authentication_method":"sms","usage":["secondary"],"created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "confirmAuthenticationMethod",
        name: "email",
        request: Some(r#"{"auth_session":"Fe26.2**05c400ed...","otp_code":"123456"}"#),
        status: Some("201"),
        response: Some(
            r#"{"id":"email|dev_XXXXXXXXXXXXXXXX","type":"email","confirmed":true,"email":"user@example.com","usage":["secondary"],"created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "confirmAuthenticationMethod",
        name: "totp",
        request: Some(r#"{"auth_session":"Fe26.2**05c400ed...","otp_code":"123456"}"#),
        status: Some("201"),
        response: Some(
            r#"{"id":"totp|dev_XXXXXXXXXXXXXXXX","type":"totp","confirmed":true,"usage":["secondary"],"created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "confirmAuthenticationMethod",
        name: "push-notification",
        request: Some(r#"{"auth_session":"Fe26.2**05c400ed..."}"#),
        status: Some("201"),
        response: Some(
            r#"{"id":"push-notification|dev_XXXXXXXXXXXXXXXX","type":"push-notification","confirmed":true,"usage":["secondary"],"created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "confirmAuthenticationMethod",
        name: "recovery-code",
        request: Some(r#"{"auth_session":"Fe26.2**05c400ed..."}"#),
        status: Some("201"),
        response: Some(
            r#"{"id":"recovery-code|dev_XXXXXXXXXXXXXXXX","type":"recovery-code","confirmed":true,"usage":["secondary"],"created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "confirmAuthenticationMethod",
        name: "password",
        request: Some(
            r#"{"auth_session":"Fe26.2**05c400ed...","new_password":"MySecureP@ssw0rd!"}"#,
        ),
        status: Some("201"),
        response: Some(
            r#"{"id":"password|dXNlci0xMjM","type":"password","identity_user_id":"auth0|507f1f77bcf86cd799439011","usage":["primary"],"created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
    runtime::ExampleInfo {
        operation_id: "confirmAuthenticationMethod",
        name: "passkey",
        request: Some(
            r#"{"auth_session":"Fe26.2**05c400ed...","authn_response":{"id":"dGVzdC1jcmVkZW50aWFsLWlk","rawId":"dGVzdC1jcmVkZW50aWFsLWlk","type":"public-key","response":{"attestationObject":"o2NmbXRkbm9uZWdhdHRTdG10oGhhdXRoRGF0YQ...","clientDataJSON":"eyJ0eXBlIjoid2ViYXV0aG4uY3JlYXRlIiwiY2hh..."},"clientExtensionResults":{}}}"#,
        ),
        status: Some("201"),
        response: Some(
            r#"{"id":"passkey|dev_XXXXXXXXXXXXXXXX","type":"passkey","credential_device_type":"multi_device","credential_backed_up":true,"identity_user_id":"auth0|507f1f77bcf86cd799439011","key_id":"dGVzdC1jcmVkZW50aWFsLWlk","public_key":"pQECAyYgASFYI...","transports":["internal"],"user_agent":"Chrome 131.0.0 / Mac OS X 10.15.7","user_handle":"YXV0aDB8NTA3ZjFmNzdiY2Y4NmNkNzk5NDM5MDEx","relying_party_id":"example.auth0.com","usage":["primary"],"created_at":"2025-01-15T10:30:00.000Z"}"#,
        ),
    },
];
/// The spec as a whole.
pub const SPEC: runtime::SpecInfo = runtime::SpecInfo {
    file: "openapi/my-account.yaml",
    title: "My Account",
    version: "1.0",
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
        "AccessTypeEnum" => Some(runtime::roundtrip::<types::AccessTypeEnum>(value)),
        "AuthenticationMethod" => {
            Some(runtime::roundtrip::<types::AuthenticationMethod>(value))
        }
        "AuthenticationMethodBase" => {
            Some(runtime::roundtrip::<types::AuthenticationMethodBase>(value))
        }
        "AuthenticationMethodEmail" => {
            Some(runtime::roundtrip::<types::AuthenticationMethodEmail>(value))
        }
        "AuthenticationMethodMfaBase" => {
            Some(runtime::roundtrip::<types::AuthenticationMethodMfaBase>(value))
        }
        "AuthenticationMethodMfaPushNotification" => {
            Some(
                runtime::roundtrip::<
                    types::AuthenticationMethodMfaPushNotification,
                >(value),
            )
        }
        "AuthenticationMethodMfaRecoveryCode" => {
            Some(runtime::roundtrip::<types::AuthenticationMethodMfaRecoveryCode>(value))
        }
        "AuthenticationMethodMfaTotp" => {
            Some(runtime::roundtrip::<types::AuthenticationMethodMfaTotp>(value))
        }
        "AuthenticationMethodPasskey" => {
            Some(runtime::roundtrip::<types::AuthenticationMethodPasskey>(value))
        }
        "AuthenticationMethodPassword" => {
            Some(runtime::roundtrip::<types::AuthenticationMethodPassword>(value))
        }
        "AuthenticationMethodPhone" => {
            Some(runtime::roundtrip::<types::AuthenticationMethodPhone>(value))
        }
        "AuthenticationMethodWebAuthn" => {
            Some(runtime::roundtrip::<types::AuthenticationMethodWebAuthn>(value))
        }
        "AuthenticationMethodWebAuthnPlatform" => {
            Some(
                runtime::roundtrip::<types::AuthenticationMethodWebAuthnPlatform>(value),
            )
        }
        "AuthenticationMethodWebAuthnRoaming" => {
            Some(runtime::roundtrip::<types::AuthenticationMethodWebAuthnRoaming>(value))
        }
        "AuthenticatorAttachmentEnum" => {
            Some(runtime::roundtrip::<types::AuthenticatorAttachmentEnum>(value))
        }
        "AuthenticatorAttestationResponse" => {
            Some(runtime::roundtrip::<types::AuthenticatorAttestationResponse>(value))
        }
        "AuthenticatorAttestationResponseData" => {
            Some(
                runtime::roundtrip::<types::AuthenticatorAttestationResponseData>(value),
            )
        }
        "AuthenticatorSelection" => {
            Some(runtime::roundtrip::<types::AuthenticatorSelection>(value))
        }
        "AuthorizationParams" => {
            Some(runtime::roundtrip::<types::AuthorizationParams>(value))
        }
        "ClientExtensionResults" => {
            Some(
                runtime::roundtrip_as::<
                    types::ClientExtensionResults,
                >(value, "ClientExtensionResults"),
            )
        }
        "CompleteConnectedAccountsRequestContent" => {
            Some(
                runtime::roundtrip::<
                    types::CompleteConnectedAccountsRequestContent,
                >(value),
            )
        }
        "CompleteConnectedAccountsResponseContent" => {
            Some(
                runtime::roundtrip::<
                    types::CompleteConnectedAccountsResponseContent,
                >(value),
            )
        }
        "ConnectParams" => Some(runtime::roundtrip::<types::ConnectParams>(value)),
        "ConnectedAccount" => Some(runtime::roundtrip::<types::ConnectedAccount>(value)),
        "ConnectedAccountAccessTypeEnum" => {
            Some(runtime::roundtrip::<types::ConnectedAccountAccessTypeEnum>(value))
        }
        "ConnectedAccountConnection" => {
            Some(runtime::roundtrip::<types::ConnectedAccountConnection>(value))
        }
        "ConnectedAccountId" => {
            Some(runtime::roundtrip::<types::ConnectedAccountId>(value))
        }
        "Connection" => Some(runtime::roundtrip::<types::Connection>(value)),
        "ConnectionNamesFilter" => {
            Some(runtime::roundtrip::<types::ConnectionNamesFilter>(value))
        }
        "Consent" => Some(runtime::roundtrip::<types::Consent>(value)),
        "ConsentDetails" => Some(runtime::roundtrip::<types::ConsentDetails>(value)),
        "CreateAuthenticationMethodRequestContent" => {
            Some(
                runtime::roundtrip::<
                    types::CreateAuthenticationMethodRequestContent,
                >(value),
            )
        }
        "CreateAuthenticationMethodResponseContent" => {
            Some(
                runtime::roundtrip::<
                    types::CreateAuthenticationMethodResponseContent,
                >(value),
            )
        }
        "CreateConnectedAccountsRequestContent" => {
            Some(
                runtime::roundtrip::<types::CreateConnectedAccountsRequestContent>(value),
            )
        }
        "CreateConnectedAccountsResponseContent" => {
            Some(
                runtime::roundtrip::<
                    types::CreateConnectedAccountsResponseContent,
                >(value),
            )
        }
        "CreateEmailAuthenticationMethod" => {
            Some(runtime::roundtrip::<types::CreateEmailAuthenticationMethod>(value))
        }
        "CreatePasskeyAuthenticationMethod" => {
            Some(runtime::roundtrip::<types::CreatePasskeyAuthenticationMethod>(value))
        }
        "CreatePasswordAuthenticationMethod" => {
            Some(runtime::roundtrip::<types::CreatePasswordAuthenticationMethod>(value))
        }
        "CreatePhoneAuthenticationMethod" => {
            Some(runtime::roundtrip::<types::CreatePhoneAuthenticationMethod>(value))
        }
        "CreatePushNotificationAuthenticationMethod" => {
            Some(
                runtime::roundtrip::<
                    types::CreatePushNotificationAuthenticationMethod,
                >(value),
            )
        }
        "CreateRecoveryCodeAuthenticationMethod" => {
            Some(
                runtime::roundtrip::<
                    types::CreateRecoveryCodeAuthenticationMethod,
                >(value),
            )
        }
        "CreateTotpAuthenticationMethod" => {
            Some(runtime::roundtrip::<types::CreateTotpAuthenticationMethod>(value))
        }
        "CredentialDeviceTypeEnum" => {
            Some(runtime::roundtrip::<types::CredentialDeviceTypeEnum>(value))
        }
        "DisplayEnum" => Some(runtime::roundtrip::<types::DisplayEnum>(value)),
        "ErrorResponse" => Some(runtime::roundtrip::<types::ErrorResponse>(value)),
        "Factor" => Some(runtime::roundtrip::<types::Factor>(value)),
        "FactorTypeEnum" => Some(runtime::roundtrip::<types::FactorTypeEnum>(value)),
        "GetAuthenticationMethodResponseContent" => {
            Some(
                runtime::roundtrip::<
                    types::GetAuthenticationMethodResponseContent,
                >(value),
            )
        }
        "GetConsentResponseContent" => {
            Some(runtime::roundtrip::<types::GetConsentResponseContent>(value))
        }
        "IdentityAuthenticationMethodBase" => {
            Some(runtime::roundtrip::<types::IdentityAuthenticationMethodBase>(value))
        }
        "IdentityUserId" => Some(runtime::roundtrip::<types::IdentityUserId>(value)),
        "ListAuthenticationMethodsResponseContent" => {
            Some(
                runtime::roundtrip::<
                    types::ListAuthenticationMethodsResponseContent,
                >(value),
            )
        }
        "ListConnectedAccountsConnectionsResponseContent" => {
            Some(
                runtime::roundtrip::<
                    types::ListConnectedAccountsConnectionsResponseContent,
                >(value),
            )
        }
        "ListConnectedAccountsResponseContent" => {
            Some(
                runtime::roundtrip::<types::ListConnectedAccountsResponseContent>(value),
            )
        }
        "ListConsentsResponseContent" => {
            Some(runtime::roundtrip::<types::ListConsentsResponseContent>(value))
        }
        "ListFactorsResponseContent" => {
            Some(runtime::roundtrip::<types::ListFactorsResponseContent>(value))
        }
        "ListOrganizationsResponseContent" => {
            Some(runtime::roundtrip::<types::ListOrganizationsResponseContent>(value))
        }
        "MfaBaseCreationResponse" => {
            Some(runtime::roundtrip::<types::MfaBaseCreationResponse>(value))
        }
        "Organization" => Some(runtime::roundtrip::<types::Organization>(value)),
        "PasskeyCreationResponse" => {
            Some(runtime::roundtrip::<types::PasskeyCreationResponse>(value))
        }
        "PasswordAuthenticationMethodPolicy" => {
            Some(runtime::roundtrip::<types::PasswordAuthenticationMethodPolicy>(value))
        }
        "PasswordCharacterTypeEnum" => {
            Some(runtime::roundtrip::<types::PasswordCharacterTypeEnum>(value))
        }
        "PasswordCharacterTypeRuleEnum" => {
            Some(runtime::roundtrip::<types::PasswordCharacterTypeRuleEnum>(value))
        }
        "PasswordComplexityPolicy" => {
            Some(runtime::roundtrip::<types::PasswordComplexityPolicy>(value))
        }
        "PasswordCreationResponse" => {
            Some(runtime::roundtrip::<types::PasswordCreationResponse>(value))
        }
        "PasswordDictionaryDefaultEnum" => {
            Some(runtime::roundtrip::<types::PasswordDictionaryDefaultEnum>(value))
        }
        "PasswordDictionaryPolicy" => {
            Some(runtime::roundtrip::<types::PasswordDictionaryPolicy>(value))
        }
        "PasswordHistoryPolicy" => {
            Some(runtime::roundtrip::<types::PasswordHistoryPolicy>(value))
        }
        "PasswordIdenticalCharactersEnum" => {
            Some(runtime::roundtrip::<types::PasswordIdenticalCharactersEnum>(value))
        }
        "PasswordMaxLengthExceededEnum" => {
            Some(runtime::roundtrip::<types::PasswordMaxLengthExceededEnum>(value))
        }
        "PasswordProfileDataPolicy" => {
            Some(runtime::roundtrip::<types::PasswordProfileDataPolicy>(value))
        }
        "PasswordSequentialCharactersEnum" => {
            Some(runtime::roundtrip::<types::PasswordSequentialCharactersEnum>(value))
        }
        "PathAuthenticationMethodId" => {
            Some(
                runtime::roundtrip_as::<
                    types::PathAuthenticationMethodId,
                >(value, "PathAuthenticationMethodId"),
            )
        }
        "PhoneAuthenticationMethodEnum" => {
            Some(runtime::roundtrip::<types::PhoneAuthenticationMethodEnum>(value))
        }
        "PromptEnum" => Some(runtime::roundtrip::<types::PromptEnum>(value)),
        "PublicKeyCredentialCreationOptions" => {
            Some(runtime::roundtrip::<types::PublicKeyCredentialCreationOptions>(value))
        }
        "PublicKeyCredentialDescriptor" => {
            Some(runtime::roundtrip::<types::PublicKeyCredentialDescriptor>(value))
        }
        "PublicKeyCredentialParameter" => {
            Some(runtime::roundtrip::<types::PublicKeyCredentialParameter>(value))
        }
        "PublicKeyTypeEnum" => {
            Some(runtime::roundtrip::<types::PublicKeyTypeEnum>(value))
        }
        "QrCodeCreationResponse" => {
            Some(runtime::roundtrip::<types::QrCodeCreationResponse>(value))
        }
        "RecoveryCodeCreationResponse" => {
            Some(runtime::roundtrip::<types::RecoveryCodeCreationResponse>(value))
        }
        "RelyingParty" => Some(runtime::roundtrip::<types::RelyingParty>(value)),
        "ResidentKeyEnum" => Some(runtime::roundtrip::<types::ResidentKeyEnum>(value)),
        "UpdateAuthenticationMethodRequestContent" => {
            Some(
                runtime::roundtrip::<
                    types::UpdateAuthenticationMethodRequestContent,
                >(value),
            )
        }
        "UpdateAuthenticationMethodResponseContent" => {
            Some(
                runtime::roundtrip::<
                    types::UpdateAuthenticationMethodResponseContent,
                >(value),
            )
        }
        "Usage" => Some(runtime::roundtrip_as::<types::Usage>(value, "Usage")),
        "UsageEnum" => Some(runtime::roundtrip::<types::UsageEnum>(value)),
        "User" => Some(runtime::roundtrip::<types::User>(value)),
        "UserVerificationEnum" => {
            Some(runtime::roundtrip::<types::UserVerificationEnum>(value))
        }
        "ValidationError" => Some(runtime::roundtrip::<types::ValidationError>(value)),
        "VerifyAuthenticationMethodRequestContent" => {
            Some(
                runtime::roundtrip::<
                    types::VerifyAuthenticationMethodRequestContent,
                >(value),
            )
        }
        "VerifyAuthenticationMethodResponseContent" => {
            Some(
                runtime::roundtrip::<
                    types::VerifyAuthenticationMethodResponseContent,
                >(value),
            )
        }
        "VerifyEmailAuthenticationMethod" => {
            Some(runtime::roundtrip::<types::VerifyEmailAuthenticationMethod>(value))
        }
        "VerifyPasskeyAuthenticationMethod" => {
            Some(runtime::roundtrip::<types::VerifyPasskeyAuthenticationMethod>(value))
        }
        "VerifyPasswordAuthenticationMethod" => {
            Some(runtime::roundtrip::<types::VerifyPasswordAuthenticationMethod>(value))
        }
        "VerifyPhoneAuthenticationMethod" => {
            Some(runtime::roundtrip::<types::VerifyPhoneAuthenticationMethod>(value))
        }
        "VerifyPushNotificationAuthenticationMethod" => {
            Some(
                runtime::roundtrip::<
                    types::VerifyPushNotificationAuthenticationMethod,
                >(value),
            )
        }
        "VerifyRecoveryCodeAuthenticationMethod" => {
            Some(
                runtime::roundtrip::<
                    types::VerifyRecoveryCodeAuthenticationMethod,
                >(value),
            )
        }
        "VerifyTotpAuthenticationMethod" => {
            Some(runtime::roundtrip::<types::VerifyTotpAuthenticationMethod>(value))
        }
        "VerifyWebAuthnPlatformAuthenticationMethod" => {
            Some(
                runtime::roundtrip::<
                    types::VerifyWebAuthnPlatformAuthenticationMethod,
                >(value),
            )
        }
        "VerifyWebAuthnRoamingAuthenticationMethod" => {
            Some(
                runtime::roundtrip::<
                    types::VerifyWebAuthnRoamingAuthenticationMethod,
                >(value),
            )
        }
        "WebAuthnCreationResponse" => {
            Some(runtime::roundtrip::<types::WebAuthnCreationResponse>(value))
        }
        _ => None,
    }
}
