// @generated from openapi/my-account.yaml by `cargo xtask regen`. Do not edit by hand.

use crate::runtime;
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
            "{\"authentication_methods\":[{\"id\":\"email|dev_XXXXXXXXXXXXXXXX\",\"type\":\"email\",\"confirmed\":true,\"email\":\"user@example.com\",\"usage\":[\"secondary\"],\"created_at\":\"2025-01-15T10:30:00.000Z\"},{\"id\":\"phone|dev_YYYYYYYYYYYYYYYY\",\"type\":\"phone\",\"confirmed\":true,\"phone_number\":\"+15551234567\",\"preferred_authentication_method\":\"sms\",\"usage\":[\"secondary\"],\"created_at\":\"2025-01-16T14:00:00.000Z\"},{\"id\":\"totp|dev_ZZZZZZZZZZZZZZZZ\",\"type\":\"totp\",\"confirmed\":true,\"usage\":[\"secondary\"],\"created_at\":\"2025-02-01T09:15:00.000Z\"},{\"id\":\"passkey|dev_AAAAAAAAAAAAAAAA\",\"type\":\"passkey\",\"credential_device_type\":\"multi_device\",\"credential_backed_up\":true,\"identity_user_id\":\"auth0|507f1f77bcf86cd799439011\",\"key_id\":\"dGVzdC1rZXktaWQ\",\"public_key\":\"pQECAyYgASFYI...\",\"transports\":[\"internal\"],\"user_agent\":\"Chrome 131.0.0 / Mac OS X 10.15.7\",\"user_handle\":\"YXV0aDB8NTA3ZjFmNzdiY2Y4NmNkNzk5NDM5MDEx\",\"relying_party_id\":\"example.auth0.com\",\"usage\":[\"primary\"],\"created_at\":\"2025-03-10T08:00:00.000Z\"},{\"id\":\"password|dXNlci0xMjM\",\"type\":\"password\",\"identity_user_id\":\"auth0|507f1f77bcf86cd799439011\",\"usage\":[\"primary\"],\"created_at\":\"2024-06-01T12:00:00.000Z\"},{\"id\":\"webauthn-platform|dev_BBBBBBBBBBBBBBBB\",\"type\":\"webauthn-platform\",\"confirmed\":true,\"key_id\":\"dGVzdC1wbGF0Zm9ybS1rZXk\",\"public_key\":\"pQECAyYgASFYI...\",\"usage\":[\"secondary\"],\"created_at\":\"2025-02-20T11:00:00.000Z\"},{\"id\":\"webauthn-roaming|dev_CCCCCCCCCCCCCCCC\",\"type\":\"webauthn-roaming\",\"confirmed\":true,\"key_id\":\"dGVzdC1yb2FtaW5nLWtleQ\",\"public_key\":\"pQECAyYgASFYI...\",\"usage\":[\"secondary\"],\"created_at\":\"2025-02-25T16:45:00.000Z\"}]}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createAuthenticationMethod",
        name: "phone",
        request: Some(
            "{\"type\":\"phone\",\"phone_number\":\"+15551234567\",\"preferred_authentication_method\":\"sms\"}",
        ),
        status: Some("202"),
        response: Some(
            "{\"id\":\"phone|dev_XXXXXXXXXXXXXXXX\",\"auth_session\":\"Fe26.2**05c400ed...\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createAuthenticationMethod",
        name: "email",
        request: Some("{\"type\":\"email\",\"email\":\"user@example.com\"}"),
        status: Some("202"),
        response: Some(
            "{\"id\":\"email|dev_XXXXXXXXXXXXXXXX\",\"auth_session\":\"Fe26.2**05c400ed...\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createAuthenticationMethod",
        name: "totp",
        request: Some("{\"type\":\"totp\"}"),
        status: Some("202"),
        response: Some(
            "{\"id\":\"totp|dev_XXXXXXXXXXXXXXXX\",\"auth_session\":\"Fe26.2**05c400ed...\",\"barcode_uri\":\"otpauth://totp/my-tenant:auth0%7C507f1f77bcf86cd799439011?secret=JBSWY3DPEHPK3PXP&issuer=my-tenant&algorithm=SHA1&digits=6&period=30\",\"manual_input_code\":\"JBSWY3DPEHPK3PXP\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createAuthenticationMethod",
        name: "push-notification",
        request: Some("{\"type\":\"push-notification\"}"),
        status: Some("202"),
        response: Some(
            "{\"id\":\"push-notification|dev_XXXXXXXXXXXXXXXX\",\"auth_session\":\"Fe26.2**05c400ed...\",\"barcode_uri\":\"otpauth://totp/my-tenant:auth0%7C507f1f77bcf86cd799439011?secret=JBSWY3DPEHPK3PXP&issuer=my-tenant&algorithm=SHA1&digits=6&period=30\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createAuthenticationMethod",
        name: "recovery-code",
        request: Some("{\"type\":\"recovery-code\"}"),
        status: Some("202"),
        response: Some(
            "{\"id\":\"recovery-code|dev_XXXXXXXXXXXXXXXX\",\"auth_session\":\"Fe26.2**05c400ed...\",\"recovery_code\":\"ABCDEFGHIJKLMNOPQRSTUVWX\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createAuthenticationMethod",
        name: "password",
        request: Some("{\"type\":\"password\"}"),
        status: Some("202"),
        response: Some(
            "{\"id\":\"password|new\",\"auth_session\":\"Fe26.2**05c400ed...\",\"policy\":{\"complexity\":{\"min_length\":8,\"character_types\":[\"lowercase\",\"uppercase\",\"number\",\"special\"],\"character_type_rule\":\"three_of_four\",\"identical_characters\":\"block\",\"sequential_characters\":\"block\",\"max_length_exceeded\":\"truncate\"},\"profile_data\":{\"active\":true,\"blocked_fields\":[\"name\",\"email\"]},\"history\":{\"active\":true,\"size\":5},\"dictionary\":{\"active\":true,\"default\":\"en_10k\"}}}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "createAuthenticationMethod",
        name: "passkey",
        request: Some("{\"type\":\"passkey\"}"),
        status: Some("202"),
        response: Some(
            "{\"auth_session\":\"Fe26.2**05c400ed...\",\"authn_params_public_key\":{\"challenge\":\"dGVzdC1jaGFsbGVuZ2U\",\"timeout\":60000,\"rp\":{\"id\":\"example.auth0.com\",\"name\":\"My Application\"},\"user\":{\"id\":\"YXV0aDB8NTA3ZjFmNzdiY2Y4NmNkNzk5NDM5MDEx\",\"name\":\"user@example.com\",\"displayName\":\"User\"},\"pubKeyCredParams\":[{\"type\":\"public-key\",\"alg\":-7},{\"type\":\"public-key\",\"alg\":-257}],\"authenticatorSelection\":{\"residentKey\":\"required\",\"userVerification\":\"preferred\"}}}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "phone",
        request: None,
        status: Some("200"),
        response: Some(
            "{\"id\":\"phone|dev_XXXXXXXXXXXXXXXX\",\"type\":\"phone\",\"confirmed\":true,\"phone_number\":\"+15551234567\",\"preferred_authentication_method\":\"sms\",\"usage\":[\"secondary\"],\"created_at\":\"2025-01-15T10:30:00.000Z\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "email",
        request: None,
        status: Some("200"),
        response: Some(
            "{\"id\":\"email|dev_XXXXXXXXXXXXXXXX\",\"type\":\"email\",\"confirmed\":true,\"email\":\"user@example.com\",\"usage\":[\"secondary\"],\"created_at\":\"2025-01-15T10:30:00.000Z\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "totp",
        request: None,
        status: Some("200"),
        response: Some(
            "{\"id\":\"totp|dev_XXXXXXXXXXXXXXXX\",\"type\":\"totp\",\"confirmed\":true,\"usage\":[\"secondary\"],\"created_at\":\"2025-01-15T10:30:00.000Z\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "push-notification",
        request: None,
        status: Some("200"),
        response: Some(
            "{\"id\":\"push-notification|dev_XXXXXXXXXXXXXXXX\",\"type\":\"push-notification\",\"confirmed\":true,\"usage\":[\"secondary\"],\"created_at\":\"2025-01-15T10:30:00.000Z\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "recovery-code",
        request: None,
        status: Some("200"),
        response: Some(
            "{\"id\":\"recovery-code|dev_XXXXXXXXXXXXXXXX\",\"type\":\"recovery-code\",\"confirmed\":true,\"usage\":[\"secondary\"],\"created_at\":\"2025-01-15T10:30:00.000Z\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "password",
        request: None,
        status: Some("200"),
        response: Some(
            "{\"id\":\"password|dXNlci0xMjM\",\"type\":\"password\",\"identity_user_id\":\"auth0|507f1f77bcf86cd799439011\",\"usage\":[\"primary\"],\"created_at\":\"2024-06-01T12:00:00.000Z\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "passkey",
        request: None,
        status: Some("200"),
        response: Some(
            "{\"id\":\"passkey|dev_XXXXXXXXXXXXXXXX\",\"type\":\"passkey\",\"credential_device_type\":\"multi_device\",\"credential_backed_up\":true,\"identity_user_id\":\"auth0|507f1f77bcf86cd799439011\",\"key_id\":\"dGVzdC1jcmVkZW50aWFsLWlk\",\"public_key\":\"pQECAyYgASFYI...\",\"transports\":[\"internal\"],\"user_agent\":\"Chrome 131.0.0 / Mac OS X 10.15.7\",\"user_handle\":\"YXV0aDB8NTA3ZjFmNzdiY2Y4NmNkNzk5NDM5MDEx\",\"relying_party_id\":\"example.auth0.com\",\"usage\":[\"primary\"],\"created_at\":\"2025-03-10T08:00:00.000Z\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "webauthn-platform",
        request: None,
        status: Some("200"),
        response: Some(
            "{\"id\":\"webauthn-platform|dev_XXXXXXXXXXXXXXXX\",\"type\":\"webauthn-platform\",\"confirmed\":true,\"key_id\":\"dGVzdC1wbGF0Zm9ybS1rZXk\",\"public_key\":\"pQECAyYgASFYI...\",\"usage\":[\"secondary\"],\"created_at\":\"2025-02-20T11:00:00.000Z\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "getAuthenticationMethod",
        name: "webauthn-roaming",
        request: None,
        status: Some("200"),
        response: Some(
            "{\"id\":\"webauthn-roaming|dev_XXXXXXXXXXXXXXXX\",\"type\":\"webauthn-roaming\",\"confirmed\":true,\"key_id\":\"dGVzdC1yb2FtaW5nLWtleQ\",\"public_key\":\"pQECAyYgASFYI...\",\"usage\":[\"secondary\"],\"created_at\":\"2025-02-25T16:45:00.000Z\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "confirmAuthenticationMethod",
        name: "phone",
        request: Some(
            "{\"auth_session\":\"Fe26.2**05c400ed...\",\"otp_code\":\"123456\"}",
        ),
        status: Some("201"),
        response: Some(
            "{\"id\":\"phone|dev_XXXXXXXXXXXXXXXX\",\"type\":\"phone\",\"confirmed\":true,\"phone_number\":\"+15551234567\",\"preferred_authentication_method\":\"sms\",\"usage\":[\"secondary\"],\"created_at\":\"2025-01-15T10:30:00.000Z\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "confirmAuthenticationMethod",
        name: "email",
        request: Some(
            "{\"auth_session\":\"Fe26.2**05c400ed...\",\"otp_code\":\"123456\"}",
        ),
        status: Some("201"),
        response: Some(
            "{\"id\":\"email|dev_XXXXXXXXXXXXXXXX\",\"type\":\"email\",\"confirmed\":true,\"email\":\"user@example.com\",\"usage\":[\"secondary\"],\"created_at\":\"2025-01-15T10:30:00.000Z\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "confirmAuthenticationMethod",
        name: "totp",
        request: Some(
            "{\"auth_session\":\"Fe26.2**05c400ed...\",\"otp_code\":\"123456\"}",
        ),
        status: Some("201"),
        response: Some(
            "{\"id\":\"totp|dev_XXXXXXXXXXXXXXXX\",\"type\":\"totp\",\"confirmed\":true,\"usage\":[\"secondary\"],\"created_at\":\"2025-01-15T10:30:00.000Z\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "confirmAuthenticationMethod",
        name: "push-notification",
        request: Some("{\"auth_session\":\"Fe26.2**05c400ed...\"}"),
        status: Some("201"),
        response: Some(
            "{\"id\":\"push-notification|dev_XXXXXXXXXXXXXXXX\",\"type\":\"push-notification\",\"confirmed\":true,\"usage\":[\"secondary\"],\"created_at\":\"2025-01-15T10:30:00.000Z\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "confirmAuthenticationMethod",
        name: "recovery-code",
        request: Some("{\"auth_session\":\"Fe26.2**05c400ed...\"}"),
        status: Some("201"),
        response: Some(
            "{\"id\":\"recovery-code|dev_XXXXXXXXXXXXXXXX\",\"type\":\"recovery-code\",\"confirmed\":true,\"usage\":[\"secondary\"],\"created_at\":\"2025-01-15T10:30:00.000Z\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "confirmAuthenticationMethod",
        name: "password",
        request: Some(
            "{\"auth_session\":\"Fe26.2**05c400ed...\",\"new_password\":\"MySecureP@ssw0rd!\"}",
        ),
        status: Some("201"),
        response: Some(
            "{\"id\":\"password|dXNlci0xMjM\",\"type\":\"password\",\"identity_user_id\":\"auth0|507f1f77bcf86cd799439011\",\"usage\":[\"primary\"],\"created_at\":\"2025-01-15T10:30:00.000Z\"}",
        ),
    },
    runtime::ExampleInfo {
        operation_id: "confirmAuthenticationMethod",
        name: "passkey",
        request: Some(
            "{\"auth_session\":\"Fe26.2**05c400ed...\",\"authn_response\":{\"id\":\"dGVzdC1jcmVkZW50aWFsLWlk\",\"rawId\":\"dGVzdC1jcmVkZW50aWFsLWlk\",\"type\":\"public-key\",\"response\":{\"attestationObject\":\"o2NmbXRkbm9uZWdhdHRTdG10oGhhdXRoRGF0YQ...\",\"clientDataJSON\":\"eyJ0eXBlIjoid2ViYXV0aG4uY3JlYXRlIiwiY2hh...\"},\"clientExtensionResults\":{}}}",
        ),
        status: Some("201"),
        response: Some(
            "{\"id\":\"passkey|dev_XXXXXXXXXXXXXXXX\",\"type\":\"passkey\",\"credential_device_type\":\"multi_device\",\"credential_backed_up\":true,\"identity_user_id\":\"auth0|507f1f77bcf86cd799439011\",\"key_id\":\"dGVzdC1jcmVkZW50aWFsLWlk\",\"public_key\":\"pQECAyYgASFYI...\",\"transports\":[\"internal\"],\"user_agent\":\"Chrome 131.0.0 / Mac OS X 10.15.7\",\"user_handle\":\"YXV0aDB8NTA3ZjFmNzdiY2Y4NmNkNzk5NDM5MDEx\",\"relying_party_id\":\"example.auth0.com\",\"usage\":[\"primary\"],\"created_at\":\"2025-01-15T10:30:00.000Z\"}",
        ),
    },
];
/// The spec as a whole.
pub const SPEC: runtime::SpecInfo = runtime::SpecInfo {
    file: "openapi/my-account.yaml",
    title: "My Account",
    version: "1.0",
    operations: OPERATIONS,
    examples: EXAMPLES,
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
            "AccessTypeEnum" => runtime::roundtrip::<types::AccessTypeEnum>(value),
            "AuthenticationMethod" => {
                runtime::roundtrip::<types::AuthenticationMethod>(value)
            }
            "AuthenticationMethodBase" => {
                runtime::roundtrip::<types::AuthenticationMethodBase>(value)
            }
            "AuthenticationMethodEmail" => {
                runtime::roundtrip::<types::AuthenticationMethodEmail>(value)
            }
            "AuthenticationMethodMfaBase" => {
                runtime::roundtrip::<types::AuthenticationMethodMfaBase>(value)
            }
            "AuthenticationMethodMfaPushNotification" => {
                runtime::roundtrip::<
                    types::AuthenticationMethodMfaPushNotification,
                >(value)
            }
            "AuthenticationMethodMfaRecoveryCode" => {
                runtime::roundtrip::<types::AuthenticationMethodMfaRecoveryCode>(value)
            }
            "AuthenticationMethodMfaTotp" => {
                runtime::roundtrip::<types::AuthenticationMethodMfaTotp>(value)
            }
            "AuthenticationMethodPasskey" => {
                runtime::roundtrip::<types::AuthenticationMethodPasskey>(value)
            }
            "AuthenticationMethodPassword" => {
                runtime::roundtrip::<types::AuthenticationMethodPassword>(value)
            }
            "AuthenticationMethodPhone" => {
                runtime::roundtrip::<types::AuthenticationMethodPhone>(value)
            }
            "AuthenticationMethodWebAuthn" => {
                runtime::roundtrip::<types::AuthenticationMethodWebAuthn>(value)
            }
            "AuthenticationMethodWebAuthnPlatform" => {
                runtime::roundtrip::<types::AuthenticationMethodWebAuthnPlatform>(value)
            }
            "AuthenticationMethodWebAuthnRoaming" => {
                runtime::roundtrip::<types::AuthenticationMethodWebAuthnRoaming>(value)
            }
            "AuthenticatorAttachmentEnum" => {
                runtime::roundtrip::<types::AuthenticatorAttachmentEnum>(value)
            }
            "AuthenticatorAttestationResponse" => {
                runtime::roundtrip::<types::AuthenticatorAttestationResponse>(value)
            }
            "AuthenticatorAttestationResponseData" => {
                runtime::roundtrip::<types::AuthenticatorAttestationResponseData>(value)
            }
            "AuthenticatorSelection" => {
                runtime::roundtrip::<types::AuthenticatorSelection>(value)
            }
            "AuthorizationParams" => {
                runtime::roundtrip::<types::AuthorizationParams>(value)
            }
            "ClientExtensionResults" => {
                runtime::roundtrip_as::<
                    types::ClientExtensionResults,
                >(value, "ClientExtensionResults")
            }
            "CompleteConnectedAccountsRequestContent" => {
                runtime::roundtrip::<
                    types::CompleteConnectedAccountsRequestContent,
                >(value)
            }
            "CompleteConnectedAccountsResponseContent" => {
                runtime::roundtrip::<
                    types::CompleteConnectedAccountsResponseContent,
                >(value)
            }
            "ConnectParams" => runtime::roundtrip::<types::ConnectParams>(value),
            "ConnectedAccount" => runtime::roundtrip::<types::ConnectedAccount>(value),
            "ConnectedAccountAccessTypeEnum" => {
                runtime::roundtrip::<types::ConnectedAccountAccessTypeEnum>(value)
            }
            "ConnectedAccountConnection" => {
                runtime::roundtrip::<types::ConnectedAccountConnection>(value)
            }
            "ConnectedAccountId" => {
                runtime::roundtrip::<types::ConnectedAccountId>(value)
            }
            "Connection" => runtime::roundtrip::<types::Connection>(value),
            "ConnectionNamesFilter" => {
                runtime::roundtrip::<types::ConnectionNamesFilter>(value)
            }
            "Consent" => runtime::roundtrip::<types::Consent>(value),
            "ConsentDetails" => runtime::roundtrip::<types::ConsentDetails>(value),
            "CreateAuthenticationMethodRequestContent" => {
                runtime::roundtrip::<
                    types::CreateAuthenticationMethodRequestContent,
                >(value)
            }
            "CreateAuthenticationMethodResponseContent" => {
                runtime::roundtrip::<
                    types::CreateAuthenticationMethodResponseContent,
                >(value)
            }
            "CreateConnectedAccountsRequestContent" => {
                runtime::roundtrip::<types::CreateConnectedAccountsRequestContent>(value)
            }
            "CreateConnectedAccountsResponseContent" => {
                runtime::roundtrip::<
                    types::CreateConnectedAccountsResponseContent,
                >(value)
            }
            "CreateEmailAuthenticationMethod" => {
                runtime::roundtrip::<types::CreateEmailAuthenticationMethod>(value)
            }
            "CreatePasskeyAuthenticationMethod" => {
                runtime::roundtrip::<types::CreatePasskeyAuthenticationMethod>(value)
            }
            "CreatePasswordAuthenticationMethod" => {
                runtime::roundtrip::<types::CreatePasswordAuthenticationMethod>(value)
            }
            "CreatePhoneAuthenticationMethod" => {
                runtime::roundtrip::<types::CreatePhoneAuthenticationMethod>(value)
            }
            "CreatePushNotificationAuthenticationMethod" => {
                runtime::roundtrip::<
                    types::CreatePushNotificationAuthenticationMethod,
                >(value)
            }
            "CreateRecoveryCodeAuthenticationMethod" => {
                runtime::roundtrip::<
                    types::CreateRecoveryCodeAuthenticationMethod,
                >(value)
            }
            "CreateTotpAuthenticationMethod" => {
                runtime::roundtrip::<types::CreateTotpAuthenticationMethod>(value)
            }
            "CredentialDeviceTypeEnum" => {
                runtime::roundtrip::<types::CredentialDeviceTypeEnum>(value)
            }
            "DisplayEnum" => runtime::roundtrip::<types::DisplayEnum>(value),
            "ErrorResponse" => runtime::roundtrip::<types::ErrorResponse>(value),
            "Factor" => runtime::roundtrip::<types::Factor>(value),
            "FactorTypeEnum" => runtime::roundtrip::<types::FactorTypeEnum>(value),
            "GetAuthenticationMethodResponseContent" => {
                runtime::roundtrip::<
                    types::GetAuthenticationMethodResponseContent,
                >(value)
            }
            "GetConsentResponseContent" => {
                runtime::roundtrip::<types::GetConsentResponseContent>(value)
            }
            "IdentityAuthenticationMethodBase" => {
                runtime::roundtrip::<types::IdentityAuthenticationMethodBase>(value)
            }
            "IdentityUserId" => runtime::roundtrip::<types::IdentityUserId>(value),
            "ListAuthenticationMethodsResponseContent" => {
                runtime::roundtrip::<
                    types::ListAuthenticationMethodsResponseContent,
                >(value)
            }
            "ListConnectedAccountsConnectionsResponseContent" => {
                runtime::roundtrip::<
                    types::ListConnectedAccountsConnectionsResponseContent,
                >(value)
            }
            "ListConnectedAccountsResponseContent" => {
                runtime::roundtrip::<types::ListConnectedAccountsResponseContent>(value)
            }
            "ListConsentsResponseContent" => {
                runtime::roundtrip::<types::ListConsentsResponseContent>(value)
            }
            "ListFactorsResponseContent" => {
                runtime::roundtrip::<types::ListFactorsResponseContent>(value)
            }
            "ListOrganizationsResponseContent" => {
                runtime::roundtrip::<types::ListOrganizationsResponseContent>(value)
            }
            "MfaBaseCreationResponse" => {
                runtime::roundtrip::<types::MfaBaseCreationResponse>(value)
            }
            "Organization" => runtime::roundtrip::<types::Organization>(value),
            "PasskeyCreationResponse" => {
                runtime::roundtrip::<types::PasskeyCreationResponse>(value)
            }
            "PasswordAuthenticationMethodPolicy" => {
                runtime::roundtrip::<types::PasswordAuthenticationMethodPolicy>(value)
            }
            "PasswordCharacterTypeEnum" => {
                runtime::roundtrip::<types::PasswordCharacterTypeEnum>(value)
            }
            "PasswordCharacterTypeRuleEnum" => {
                runtime::roundtrip::<types::PasswordCharacterTypeRuleEnum>(value)
            }
            "PasswordComplexityPolicy" => {
                runtime::roundtrip::<types::PasswordComplexityPolicy>(value)
            }
            "PasswordCreationResponse" => {
                runtime::roundtrip::<types::PasswordCreationResponse>(value)
            }
            "PasswordDictionaryDefaultEnum" => {
                runtime::roundtrip::<types::PasswordDictionaryDefaultEnum>(value)
            }
            "PasswordDictionaryPolicy" => {
                runtime::roundtrip::<types::PasswordDictionaryPolicy>(value)
            }
            "PasswordHistoryPolicy" => {
                runtime::roundtrip::<types::PasswordHistoryPolicy>(value)
            }
            "PasswordIdenticalCharactersEnum" => {
                runtime::roundtrip::<types::PasswordIdenticalCharactersEnum>(value)
            }
            "PasswordMaxLengthExceededEnum" => {
                runtime::roundtrip::<types::PasswordMaxLengthExceededEnum>(value)
            }
            "PasswordProfileDataPolicy" => {
                runtime::roundtrip::<types::PasswordProfileDataPolicy>(value)
            }
            "PasswordSequentialCharactersEnum" => {
                runtime::roundtrip::<types::PasswordSequentialCharactersEnum>(value)
            }
            "PathAuthenticationMethodId" => {
                runtime::roundtrip_as::<
                    types::PathAuthenticationMethodId,
                >(value, "PathAuthenticationMethodId")
            }
            "PhoneAuthenticationMethodEnum" => {
                runtime::roundtrip::<types::PhoneAuthenticationMethodEnum>(value)
            }
            "PromptEnum" => runtime::roundtrip::<types::PromptEnum>(value),
            "PublicKeyCredentialCreationOptions" => {
                runtime::roundtrip::<types::PublicKeyCredentialCreationOptions>(value)
            }
            "PublicKeyCredentialDescriptor" => {
                runtime::roundtrip::<types::PublicKeyCredentialDescriptor>(value)
            }
            "PublicKeyCredentialParameter" => {
                runtime::roundtrip::<types::PublicKeyCredentialParameter>(value)
            }
            "PublicKeyTypeEnum" => runtime::roundtrip::<types::PublicKeyTypeEnum>(value),
            "QrCodeCreationResponse" => {
                runtime::roundtrip::<types::QrCodeCreationResponse>(value)
            }
            "RecoveryCodeCreationResponse" => {
                runtime::roundtrip::<types::RecoveryCodeCreationResponse>(value)
            }
            "RelyingParty" => runtime::roundtrip::<types::RelyingParty>(value),
            "ResidentKeyEnum" => runtime::roundtrip::<types::ResidentKeyEnum>(value),
            "UpdateAuthenticationMethodRequestContent" => {
                runtime::roundtrip::<
                    types::UpdateAuthenticationMethodRequestContent,
                >(value)
            }
            "UpdateAuthenticationMethodResponseContent" => {
                runtime::roundtrip::<
                    types::UpdateAuthenticationMethodResponseContent,
                >(value)
            }
            "Usage" => runtime::roundtrip_as::<types::Usage>(value, "Usage"),
            "UsageEnum" => runtime::roundtrip::<types::UsageEnum>(value),
            "User" => runtime::roundtrip::<types::User>(value),
            "UserVerificationEnum" => {
                runtime::roundtrip::<types::UserVerificationEnum>(value)
            }
            "ValidationError" => runtime::roundtrip::<types::ValidationError>(value),
            "VerifyAuthenticationMethodRequestContent" => {
                runtime::roundtrip::<
                    types::VerifyAuthenticationMethodRequestContent,
                >(value)
            }
            "VerifyAuthenticationMethodResponseContent" => {
                runtime::roundtrip::<
                    types::VerifyAuthenticationMethodResponseContent,
                >(value)
            }
            "VerifyEmailAuthenticationMethod" => {
                runtime::roundtrip::<types::VerifyEmailAuthenticationMethod>(value)
            }
            "VerifyPasskeyAuthenticationMethod" => {
                runtime::roundtrip::<types::VerifyPasskeyAuthenticationMethod>(value)
            }
            "VerifyPasswordAuthenticationMethod" => {
                runtime::roundtrip::<types::VerifyPasswordAuthenticationMethod>(value)
            }
            "VerifyPhoneAuthenticationMethod" => {
                runtime::roundtrip::<types::VerifyPhoneAuthenticationMethod>(value)
            }
            "VerifyPushNotificationAuthenticationMethod" => {
                runtime::roundtrip::<
                    types::VerifyPushNotificationAuthenticationMethod,
                >(value)
            }
            "VerifyRecoveryCodeAuthenticationMethod" => {
                runtime::roundtrip::<
                    types::VerifyRecoveryCodeAuthenticationMethod,
                >(value)
            }
            "VerifyTotpAuthenticationMethod" => {
                runtime::roundtrip::<types::VerifyTotpAuthenticationMethod>(value)
            }
            "VerifyWebAuthnPlatformAuthenticationMethod" => {
                runtime::roundtrip::<
                    types::VerifyWebAuthnPlatformAuthenticationMethod,
                >(value)
            }
            "VerifyWebAuthnRoamingAuthenticationMethod" => {
                runtime::roundtrip::<
                    types::VerifyWebAuthnRoamingAuthenticationMethod,
                >(value)
            }
            "WebAuthnCreationResponse" => {
                runtime::roundtrip::<types::WebAuthnCreationResponse>(value)
            }
            _ => return None,
        },
    )
}
