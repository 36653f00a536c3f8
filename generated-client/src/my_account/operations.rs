// @generated from openapi/my-account.yaml by `cargo xtask regen`. Do not edit by hand.

use crate::runtime;
use super::types;
/// Every operation of the spec, in the order the spec lists them.
pub const OPERATIONS: &[runtime::OperationInfo] = &[
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
];
/// The spec as a whole.
pub const SPEC: runtime::SpecInfo = runtime::SpecInfo {
    file: "openapi/my-account.yaml",
    title: "My Account",
    version: "1.0",
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
            "ClientExtensionResults" => {
                runtime::roundtrip_as::<
                    types::ClientExtensionResults,
                >(value, "ClientExtensionResults")
            }
            "Connection" => runtime::roundtrip::<types::Connection>(value),
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
            "ErrorResponse" => runtime::roundtrip::<types::ErrorResponse>(value),
            "IdentityAuthenticationMethodBase" => {
                runtime::roundtrip::<types::IdentityAuthenticationMethodBase>(value)
            }
            "IdentityUserId" => runtime::roundtrip::<types::IdentityUserId>(value),
            "MfaBaseCreationResponse" => {
                runtime::roundtrip::<types::MfaBaseCreationResponse>(value)
            }
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
