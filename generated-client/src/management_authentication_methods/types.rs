// @generated from openapi/management-authentication-methods.yaml by `cargo xtask regen`. Do not edit by hand.

#[allow(unused_imports)]
use crate::runtime;
/// Schema `CreateUserAuthenticationMethodRequestContent`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateUserAuthenticationMethodRequestContent {
    pub type_: CreatedUserAuthenticationMethodTypeEnum,
    /// A human-readable label to identify the authentication method.
    pub name: Option<String>,
    /// Base32 encoded secret for TOTP generation.
    pub totp_secret: Option<String>,
    /// Applies to phone authentication methods only. The destination phone number used to send verification codes via text and voice.
    pub phone_number: Option<String>,
    /// Applies to email authentication methods only. The email address used to send verification messages.
    pub email: Option<String>,
    /// Applies to phone authentication methods only. The preferred communication method.
    pub preferred_authentication_method: Option<PreferredAuthenticationMethodEnum>,
    /// Applies to webauthn/passkey authentication methods only. The id of the credential.
    pub key_id: Option<String>,
    /// Applies to webauthn/passkey authentication methods only. The public key, which is encoded as base64.
    pub public_key: Option<String>,
    /// Applies to passkeys only. Authenticator Attestation Globally Unique Identifier
    pub aaguid: Option<String>,
    /// Applies to webauthn authentication methods only. The relying party identifier.
    pub relying_party_identifier: Option<String>,
    /// Applies to passkeys only. The kind of device the credential is stored on as defined by backup eligibility. "single_device" credentials cannot be backed up and synced to another device, "multi_device" credentials can be backed up if enabled by the end-user.
    pub credential_device_type: Option<CredentialDeviceTypeEnum>,
    /// Applies to passkeys only. Whether the credential was backed up.
    pub credential_backed_up: Option<bool>,
    /// Applies to passkeys only. The ID of the user identity linked with the authentication method.
    pub identity_user_id: Option<String>,
    /// Applies to passkeys only. The user-agent of the browser used to create the passkey.
    pub user_agent: Option<String>,
    /// Applies to passkeys only. The user handle of the user identity.
    pub user_handle: Option<String>,
    /// Applies to passkeys only. The transports used by clients to communicate with the authenticator.
    pub transports: Option<Vec<String>>,
}
impl CreateUserAuthenticationMethodRequestContent {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "type",
        "name",
        "totp_secret",
        "phone_number",
        "email",
        "preferred_authentication_method",
        "key_id",
        "public_key",
        "aaguid",
        "relying_party_identifier",
        "credential_device_type",
        "credential_backed_up",
        "identity_user_id",
        "user_agent",
        "user_handle",
        "transports",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(type_: CreatedUserAuthenticationMethodTypeEnum) -> Self {
        Self {
            type_,
            name: None,
            totp_secret: None,
            phone_number: None,
            email: None,
            preferred_authentication_method: None,
            key_id: None,
            public_key: None,
            aaguid: None,
            relying_party_identifier: None,
            credential_device_type: None,
            credential_backed_up: None,
            identity_user_id: None,
            user_agent: None,
            user_handle: None,
            transports: None,
        }
    }
}
impl runtime::DecodeMap for CreateUserAuthenticationMethodRequestContent {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = CreateUserAuthenticationMethodRequestContent::PROPERTIES;
        let mut field_type_ = None;
        let mut field_name = None;
        let mut field_totp_secret = None;
        let mut field_phone_number = None;
        let mut field_email = None;
        let mut field_preferred_authentication_method = None;
        let mut field_key_id = None;
        let mut field_public_key = None;
        let mut field_aaguid = None;
        let mut field_relying_party_identifier = None;
        let mut field_credential_device_type = None;
        let mut field_credential_backed_up = None;
        let mut field_identity_user_id = None;
        let mut field_user_agent = None;
        let mut field_user_handle = None;
        let mut field_transports = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => field_type_ = runtime::value(&mut map, "type", cx)?,
                "name" => field_name = runtime::value(&mut map, "name", cx)?,
                "totp_secret" => {
                    field_totp_secret = runtime::value(&mut map, "totp_secret", cx)?;
                }
                "phone_number" => {
                    field_phone_number = runtime::field(
                        &mut map,
                        "phone_number",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: Some(2usize),
                                max_length: Some(30usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "email" => field_email = runtime::value(&mut map, "email", cx)?,
                "preferred_authentication_method" => {
                    field_preferred_authentication_method = runtime::value(
                        &mut map,
                        "preferred_authentication_method",
                        cx,
                    )?;
                }
                "key_id" => field_key_id = runtime::value(&mut map, "key_id", cx)?,
                "public_key" => {
                    field_public_key = runtime::value(&mut map, "public_key", cx)?;
                }
                "aaguid" => field_aaguid = runtime::value(&mut map, "aaguid", cx)?,
                "relying_party_identifier" => {
                    field_relying_party_identifier = runtime::value(
                        &mut map,
                        "relying_party_identifier",
                        cx,
                    )?;
                }
                "credential_device_type" => {
                    field_credential_device_type = runtime::value(
                        &mut map,
                        "credential_device_type",
                        cx,
                    )?;
                }
                "credential_backed_up" => {
                    field_credential_backed_up = runtime::value(
                        &mut map,
                        "credential_backed_up",
                        cx,
                    )?;
                }
                "identity_user_id" => {
                    field_identity_user_id = runtime::value(
                        &mut map,
                        "identity_user_id",
                        cx,
                    )?;
                }
                "user_agent" => {
                    field_user_agent = runtime::value(&mut map, "user_agent", cx)?;
                }
                "user_handle" => {
                    field_user_handle = runtime::value(&mut map, "user_handle", cx)?;
                }
                "transports" => {
                    field_transports = runtime::value(&mut map, "transports", cx)?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (
            Some(field_type_),
            Some(field_name),
            Some(field_totp_secret),
            Some(field_phone_number),
            Some(field_email),
            Some(field_preferred_authentication_method),
            Some(field_key_id),
            Some(field_public_key),
            Some(field_aaguid),
            Some(field_relying_party_identifier),
            Some(field_credential_device_type),
            Some(field_credential_backed_up),
            Some(field_identity_user_id),
            Some(field_user_agent),
            Some(field_user_handle),
            Some(field_transports),
        ) = (
            runtime::required(field_type_, "type", cx),
            runtime::optional(field_name),
            runtime::optional(field_totp_secret),
            runtime::optional(field_phone_number),
            runtime::optional(field_email),
            runtime::optional(field_preferred_authentication_method),
            runtime::optional(field_key_id),
            runtime::optional(field_public_key),
            runtime::optional(field_aaguid),
            runtime::optional(field_relying_party_identifier),
            runtime::optional(field_credential_device_type),
            runtime::optional(field_credential_backed_up),
            runtime::optional(field_identity_user_id),
            runtime::optional(field_user_agent),
            runtime::optional(field_user_handle),
            runtime::optional(field_transports),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                type_: field_type_,
                name: field_name,
                totp_secret: field_totp_secret,
                phone_number: field_phone_number,
                email: field_email,
                preferred_authentication_method: field_preferred_authentication_method,
                key_id: field_key_id,
                public_key: field_public_key,
                aaguid: field_aaguid,
                relying_party_identifier: field_relying_party_identifier,
                credential_device_type: field_credential_device_type,
                credential_backed_up: field_credential_backed_up,
                identity_user_id: field_identity_user_id,
                user_agent: field_user_agent,
                user_handle: field_user_handle,
                transports: field_transports,
            }),
        )
    }
}
impl runtime::WriteFields for CreateUserAuthenticationMethodRequestContent {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.totp_secret {
            map.serialize_entry("totp_secret", value)?;
        }
        if let Some(value) = &self.phone_number {
            map.serialize_entry("phone_number", value)?;
        }
        if let Some(value) = &self.email {
            map.serialize_entry("email", value)?;
        }
        if let Some(value) = &self.preferred_authentication_method {
            map.serialize_entry("preferred_authentication_method", value)?;
        }
        if let Some(value) = &self.key_id {
            map.serialize_entry("key_id", value)?;
        }
        if let Some(value) = &self.public_key {
            map.serialize_entry("public_key", value)?;
        }
        if let Some(value) = &self.aaguid {
            map.serialize_entry("aaguid", value)?;
        }
        if let Some(value) = &self.relying_party_identifier {
            map.serialize_entry("relying_party_identifier", value)?;
        }
        if let Some(value) = &self.credential_device_type {
            map.serialize_entry("credential_device_type", value)?;
        }
        if let Some(value) = &self.credential_backed_up {
            map.serialize_entry("credential_backed_up", value)?;
        }
        if let Some(value) = &self.identity_user_id {
            map.serialize_entry("identity_user_id", value)?;
        }
        if let Some(value) = &self.user_agent {
            map.serialize_entry("user_agent", value)?;
        }
        if let Some(value) = &self.user_handle {
            map.serialize_entry("user_handle", value)?;
        }
        if let Some(value) = &self.transports {
            map.serialize_entry("transports", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(CreateUserAuthenticationMethodRequestContent);
/// CreateUserAuthenticationMethodResponseContent
///
/// The successfully created authentication method.
///
/// Schema `CreateUserAuthenticationMethodResponseContent`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateUserAuthenticationMethodResponseContent {
    /// The ID of the newly created authentication method (automatically generated by the application)
    pub id: Option<String>,
    pub type_: CreatedUserAuthenticationMethodTypeEnum,
    /// A human-readable label to identify the authentication method.
    pub name: Option<String>,
    /// Base32 encoded secret for TOTP generation
    pub totp_secret: Option<String>,
    /// Applies to phone authentication methods only. The destination phone number used to send verification codes via text and voice.
    pub phone_number: Option<String>,
    /// Applies to email authentication methods only. The email address used to send verification messages.
    pub email: Option<String>,
    pub authentication_methods: Option<Vec<UserAuthenticationMethodProperties>>,
    /// Preferred phone authentication method
    pub preferred_authentication_method: Option<PreferredAuthenticationMethodEnum>,
    /// Applies to webauthn authenticators only. The id of the credential.
    pub key_id: Option<String>,
    /// Applies to webauthn authenticators only. The public key.
    pub public_key: Option<String>,
    /// Applies to passkeys only. Authenticator Attestation Globally Unique Identifier.
    pub aaguid: Option<String>,
    /// Applies to webauthn authenticators only. The relying party identifier.
    pub relying_party_identifier: Option<String>,
    /// Authentication method creation date
    pub created_at: Option<String>,
}
impl CreateUserAuthenticationMethodResponseContent {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "id",
        "type",
        "name",
        "totp_secret",
        "phone_number",
        "email",
        "authentication_methods",
        "preferred_authentication_method",
        "key_id",
        "public_key",
        "aaguid",
        "relying_party_identifier",
        "created_at",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(type_: CreatedUserAuthenticationMethodTypeEnum) -> Self {
        Self {
            id: None,
            type_,
            name: None,
            totp_secret: None,
            phone_number: None,
            email: None,
            authentication_methods: None,
            preferred_authentication_method: None,
            key_id: None,
            public_key: None,
            aaguid: None,
            relying_party_identifier: None,
            created_at: None,
        }
    }
}
impl runtime::DecodeMap for CreateUserAuthenticationMethodResponseContent {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = CreateUserAuthenticationMethodResponseContent::PROPERTIES;
        let mut field_id = None;
        let mut field_type_ = None;
        let mut field_name = None;
        let mut field_totp_secret = None;
        let mut field_phone_number = None;
        let mut field_email = None;
        let mut field_authentication_methods = None;
        let mut field_preferred_authentication_method = None;
        let mut field_key_id = None;
        let mut field_public_key = None;
        let mut field_aaguid = None;
        let mut field_relying_party_identifier = None;
        let mut field_created_at = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "type" => field_type_ = runtime::value(&mut map, "type", cx)?,
                "name" => field_name = runtime::value(&mut map, "name", cx)?,
                "totp_secret" => {
                    field_totp_secret = runtime::value(&mut map, "totp_secret", cx)?;
                }
                "phone_number" => {
                    field_phone_number = runtime::field(
                        &mut map,
                        "phone_number",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: Some(2usize),
                                max_length: Some(30usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "email" => field_email = runtime::value(&mut map, "email", cx)?,
                "authentication_methods" => {
                    field_authentication_methods = runtime::value(
                        &mut map,
                        "authentication_methods",
                        cx,
                    )?;
                }
                "preferred_authentication_method" => {
                    field_preferred_authentication_method = runtime::value(
                        &mut map,
                        "preferred_authentication_method",
                        cx,
                    )?;
                }
                "key_id" => field_key_id = runtime::value(&mut map, "key_id", cx)?,
                "public_key" => {
                    field_public_key = runtime::value(&mut map, "public_key", cx)?;
                }
                "aaguid" => field_aaguid = runtime::value(&mut map, "aaguid", cx)?,
                "relying_party_identifier" => {
                    field_relying_party_identifier = runtime::value(
                        &mut map,
                        "relying_party_identifier",
                        cx,
                    )?;
                }
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (
            Some(field_id),
            Some(field_type_),
            Some(field_name),
            Some(field_totp_secret),
            Some(field_phone_number),
            Some(field_email),
            Some(field_authentication_methods),
            Some(field_preferred_authentication_method),
            Some(field_key_id),
            Some(field_public_key),
            Some(field_aaguid),
            Some(field_relying_party_identifier),
            Some(field_created_at),
        ) = (
            runtime::optional(field_id),
            runtime::required(field_type_, "type", cx),
            runtime::optional(field_name),
            runtime::optional(field_totp_secret),
            runtime::optional(field_phone_number),
            runtime::optional(field_email),
            runtime::optional(field_authentication_methods),
            runtime::optional(field_preferred_authentication_method),
            runtime::optional(field_key_id),
            runtime::optional(field_public_key),
            runtime::optional(field_aaguid),
            runtime::optional(field_relying_party_identifier),
            runtime::optional(field_created_at),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                type_: field_type_,
                name: field_name,
                totp_secret: field_totp_secret,
                phone_number: field_phone_number,
                email: field_email,
                authentication_methods: field_authentication_methods,
                preferred_authentication_method: field_preferred_authentication_method,
                key_id: field_key_id,
                public_key: field_public_key,
                aaguid: field_aaguid,
                relying_party_identifier: field_relying_party_identifier,
                created_at: field_created_at,
            }),
        )
    }
}
impl runtime::WriteFields for CreateUserAuthenticationMethodResponseContent {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.totp_secret {
            map.serialize_entry("totp_secret", value)?;
        }
        if let Some(value) = &self.phone_number {
            map.serialize_entry("phone_number", value)?;
        }
        if let Some(value) = &self.email {
            map.serialize_entry("email", value)?;
        }
        if let Some(value) = &self.authentication_methods {
            map.serialize_entry("authentication_methods", value)?;
        }
        if let Some(value) = &self.preferred_authentication_method {
            map.serialize_entry("preferred_authentication_method", value)?;
        }
        if let Some(value) = &self.key_id {
            map.serialize_entry("key_id", value)?;
        }
        if let Some(value) = &self.public_key {
            map.serialize_entry("public_key", value)?;
        }
        if let Some(value) = &self.aaguid {
            map.serialize_entry("aaguid", value)?;
        }
        if let Some(value) = &self.relying_party_identifier {
            map.serialize_entry("relying_party_identifier", value)?;
        }
        if let Some(value) = &self.created_at {
            map.serialize_entry("created_at", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(CreateUserAuthenticationMethodResponseContent);
/// Schema `CreatedUserAuthenticationMethodTypeEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreatedUserAuthenticationMethodTypeEnum {
    /// `phone`
    Phone,
    /// `email`
    Email,
    /// `totp`
    Totp,
    /// `webauthn-roaming`
    WebauthnRoaming,
    /// `passkey`
    Passkey,
}
impl CreatedUserAuthenticationMethodTypeEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [CreatedUserAuthenticationMethodTypeEnum] = &[
        CreatedUserAuthenticationMethodTypeEnum::Phone,
        CreatedUserAuthenticationMethodTypeEnum::Email,
        CreatedUserAuthenticationMethodTypeEnum::Totp,
        CreatedUserAuthenticationMethodTypeEnum::WebauthnRoaming,
        CreatedUserAuthenticationMethodTypeEnum::Passkey,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            CreatedUserAuthenticationMethodTypeEnum::Phone => "phone",
            CreatedUserAuthenticationMethodTypeEnum::Email => "email",
            CreatedUserAuthenticationMethodTypeEnum::Totp => "totp",
            CreatedUserAuthenticationMethodTypeEnum::WebauthnRoaming => {
                "webauthn-roaming"
            }
            CreatedUserAuthenticationMethodTypeEnum::Passkey => "passkey",
        }
    }
}
impl std::str::FromStr for CreatedUserAuthenticationMethodTypeEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "phone" => Ok(CreatedUserAuthenticationMethodTypeEnum::Phone),
            "email" => Ok(CreatedUserAuthenticationMethodTypeEnum::Email),
            "totp" => Ok(CreatedUserAuthenticationMethodTypeEnum::Totp),
            "webauthn-roaming" => {
                Ok(CreatedUserAuthenticationMethodTypeEnum::WebauthnRoaming)
            }
            "passkey" => Ok(CreatedUserAuthenticationMethodTypeEnum::Passkey),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}",
                        "phone, email, totp, webauthn-roaming, passkey"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(CreatedUserAuthenticationMethodTypeEnum);
/// Applies to passkeys only. The kind of device the credential is stored on as defined by backup eligibility. "single_device" credentials cannot be backed up and synced to another device, "multi_device" credentials can be backed up if enabled by the end-user.
///
/// Schema `CredentialDeviceTypeEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CredentialDeviceTypeEnum {
    /// `single_device`
    SingleDevice,
    /// `multi_device`
    MultiDevice,
}
impl CredentialDeviceTypeEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [CredentialDeviceTypeEnum] = &[
        CredentialDeviceTypeEnum::SingleDevice,
        CredentialDeviceTypeEnum::MultiDevice,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            CredentialDeviceTypeEnum::SingleDevice => "single_device",
            CredentialDeviceTypeEnum::MultiDevice => "multi_device",
        }
    }
}
impl std::str::FromStr for CredentialDeviceTypeEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "single_device" => Ok(CredentialDeviceTypeEnum::SingleDevice),
            "multi_device" => Ok(CredentialDeviceTypeEnum::MultiDevice),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}",
                        "single_device, multi_device"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(CredentialDeviceTypeEnum);
/// The Management API's error body.
///
/// Schema `ManagementApiError`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ManagementApiError {
    /// The HTTP status code.
    pub status_code: i64,
    /// The HTTP status text.
    pub error: String,
    /// What went wrong.
    pub message: String,
    /// A machine-readable error code.
    pub error_code: Option<String>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl ManagementApiError {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "statusCode",
        "error",
        "message",
        "errorCode",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(status_code: i64, error: String, message: String) -> Self {
        Self {
            status_code,
            error,
            message,
            error_code: None,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for ManagementApiError {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        let mut field_status_code = None;
        let mut field_error = None;
        let mut field_message = None;
        let mut field_error_code = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "statusCode" => {
                    field_status_code = runtime::value(&mut map, "statusCode", cx)?;
                }
                "error" => field_error = runtime::value(&mut map, "error", cx)?,
                "message" => field_message = runtime::value(&mut map, "message", cx)?,
                "errorCode" => {
                    field_error_code = runtime::value(&mut map, "errorCode", cx)?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        let (
            Some(field_status_code),
            Some(field_error),
            Some(field_message),
            Some(field_error_code),
        ) = (
            runtime::required(field_status_code, "statusCode", cx),
            runtime::required(field_error, "error", cx),
            runtime::required(field_message, "message", cx),
            runtime::optional(field_error_code),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                status_code: field_status_code,
                error: field_error,
                message: field_message,
                error_code: field_error_code,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for ManagementApiError {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("statusCode", &self.status_code)?;
        map.serialize_entry("error", &self.error)?;
        map.serialize_entry("message", &self.message)?;
        if let Some(value) = &self.error_code {
            map.serialize_entry("errorCode", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(ManagementApiError);
/// Schema `PreferredAuthenticationMethodEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PreferredAuthenticationMethodEnum {
    /// `voice`
    Voice,
    /// `sms`
    Sms,
}
impl PreferredAuthenticationMethodEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [PreferredAuthenticationMethodEnum] = &[
        PreferredAuthenticationMethodEnum::Voice,
        PreferredAuthenticationMethodEnum::Sms,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            PreferredAuthenticationMethodEnum::Voice => "voice",
            PreferredAuthenticationMethodEnum::Sms => "sms",
        }
    }
}
impl std::str::FromStr for PreferredAuthenticationMethodEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "voice" => Ok(PreferredAuthenticationMethodEnum::Voice),
            "sms" => Ok(PreferredAuthenticationMethodEnum::Sms),
            other => {
                Err(
                    format!("unknown value {other:?}; expected one of: {}", "voice, sms"),
                )
            }
        }
    }
}
runtime::enum_impls!(PreferredAuthenticationMethodEnum);
/// Schema `UserAuthenticationMethodProperties`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UserAuthenticationMethodProperties {
    pub type_: Option<UserAuthenticationMethodPropertiesEnum>,
    pub id: Option<String>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl UserAuthenticationMethodProperties {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["type", "id"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new() -> Self {
        Self {
            type_: None,
            id: None,
            additional_properties: Default::default(),
        }
    }
}
impl Default for UserAuthenticationMethodProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl runtime::DecodeMap for UserAuthenticationMethodProperties {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        let mut field_type_ = None;
        let mut field_id = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => field_type_ = runtime::value(&mut map, "type", cx)?,
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        let (Some(field_type_), Some(field_id)) = (
            runtime::optional(field_type_),
            runtime::optional(field_id),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                type_: field_type_,
                id: field_id,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for UserAuthenticationMethodProperties {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(UserAuthenticationMethodProperties);
/// Schema `UserAuthenticationMethodPropertiesEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserAuthenticationMethodPropertiesEnum {
    /// `totp`
    Totp,
    /// `push`
    Push,
    /// `sms`
    Sms,
    /// `voice`
    Voice,
}
impl UserAuthenticationMethodPropertiesEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [UserAuthenticationMethodPropertiesEnum] = &[
        UserAuthenticationMethodPropertiesEnum::Totp,
        UserAuthenticationMethodPropertiesEnum::Push,
        UserAuthenticationMethodPropertiesEnum::Sms,
        UserAuthenticationMethodPropertiesEnum::Voice,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            UserAuthenticationMethodPropertiesEnum::Totp => "totp",
            UserAuthenticationMethodPropertiesEnum::Push => "push",
            UserAuthenticationMethodPropertiesEnum::Sms => "sms",
            UserAuthenticationMethodPropertiesEnum::Voice => "voice",
        }
    }
}
impl std::str::FromStr for UserAuthenticationMethodPropertiesEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "totp" => Ok(UserAuthenticationMethodPropertiesEnum::Totp),
            "push" => Ok(UserAuthenticationMethodPropertiesEnum::Push),
            "sms" => Ok(UserAuthenticationMethodPropertiesEnum::Sms),
            "voice" => Ok(UserAuthenticationMethodPropertiesEnum::Voice),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}",
                        "totp, push, sms, voice"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(UserAuthenticationMethodPropertiesEnum);
