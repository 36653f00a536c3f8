// @generated from openapi/my-account.yaml by `cargo xtask regen`. Do not edit by hand.

#[allow(unused_imports)]
use crate::runtime;
static PATTERN_06440FA9411F209D: runtime::Pattern = runtime::Pattern::new(
    "^[a-zA-Z0-9-]+$",
    "u",
);
static PATTERN_400ED01FB2865EC3: runtime::Pattern = runtime::Pattern::new("^\\S+$", "u");
static PATTERN_5D3111DB4AEF0866: runtime::Pattern = runtime::Pattern::new(
    "^cac_[A-Za-z0-9]+$",
    "u",
);
static PATTERN_91951DD98EEDB2F8: runtime::Pattern = runtime::Pattern::new(
    "^[^\\u0000-\\u001f\\u007f-\\u009f]*$",
    "u",
);
static PATTERN_D390081DE0B9CCF9: runtime::Pattern = runtime::Pattern::new(
    "^[a-zA-Z]{2}(-[a-zA-Z]{2})?(\\s[a-zA-Z]{2}(-[a-zA-Z]{2})?)*$",
    "u",
);
/// The access type, always 'offline'
///
/// Schema `AccessTypeEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccessTypeEnum {
    /// `offline`
    Offline,
}
impl AccessTypeEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [AccessTypeEnum] = &[AccessTypeEnum::Offline];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            AccessTypeEnum::Offline => "offline",
        }
    }
}
impl std::str::FromStr for AccessTypeEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "offline" => Ok(AccessTypeEnum::Offline),
            other => {
                Err(format!("unknown value {other:?}; expected one of: {}", "offline"))
            }
        }
    }
}
runtime::enum_impls!(AccessTypeEnum);
/// Schema `AuthenticationMethod`.
///
/// Variants hold their payloads unboxed (so `clippy::large_enum_variant` is allowed): a value is matched far more often than it is moved, and a box would be in every pattern.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum AuthenticationMethod {
    /// `type: password`: Password Authenticator
    Password(AuthenticationMethodPassword),
    /// `type: passkey`: Passkey Authenticator
    Passkey(AuthenticationMethodPasskey),
    /// `type: recovery-code`: Recovery Code Authenticator
    RecoveryCode(AuthenticationMethodMfaRecoveryCode),
    /// `type: push-notification`: Push Notification Authenticator
    PushNotification(AuthenticationMethodMfaPushNotification),
    /// `type: totp`: TOTP Authenticator
    Totp(AuthenticationMethodMfaTotp),
    /// `type: webauthn-platform`: WebAuthn Platform MFA Authenticator
    WebauthnPlatform(AuthenticationMethodWebAuthnPlatform),
    /// `type: webauthn-roaming`: WebAuthn Roaming MFA Authenticator
    WebauthnRoaming(AuthenticationMethodWebAuthnRoaming),
    /// `type: phone`: Phone MFA Authenticator
    Phone(AuthenticationMethodPhone),
    /// `type: email`: Email MFA Authenticator
    Email(AuthenticationMethodEmail),
}
impl AuthenticationMethod {
    /// The property that names the variant.
    pub const TAG: &'static str = "type";
    /// Every value of the tag, in the order of the variants.
    pub const TAG_VALUES: &'static [&'static str] = &[
        "password",
        "passkey",
        "recovery-code",
        "push-notification",
        "totp",
        "webauthn-platform",
        "webauthn-roaming",
        "phone",
        "email",
    ];
    /// The value of the tag for this variant.
    pub fn tag(&self) -> &'static str {
        match self {
            AuthenticationMethod::Password(_) => "password",
            AuthenticationMethod::Passkey(_) => "passkey",
            AuthenticationMethod::RecoveryCode(_) => "recovery-code",
            AuthenticationMethod::PushNotification(_) => "push-notification",
            AuthenticationMethod::Totp(_) => "totp",
            AuthenticationMethod::WebauthnPlatform(_) => "webauthn-platform",
            AuthenticationMethod::WebauthnRoaming(_) => "webauthn-roaming",
            AuthenticationMethod::Phone(_) => "phone",
            AuthenticationMethod::Email(_) => "email",
        }
    }
}
impl runtime::Tagged for AuthenticationMethod {
    const TAG: &'static str = "type";
    const TAG_IS_CONSTANT: bool = true;
    #[inline]
    fn holds_scalar(key: &str) -> bool {
        matches!(
            key, "aaguid" | "confirmed" | "created_at" | "credential_backed_up" |
            "credential_device_type" | "email" | "id" | "identity_user_id" | "key_id" |
            "last_auth_at" | "last_password_reset" | "name" | "phone_number" |
            "preferred_authentication_method" | "public_key" | "relying_party_id" |
            "user_agent" | "user_handle"
        )
    }
    fn decode_variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        d: D,
        cx: &mut runtime::Cx,
        place: &mut Option<Self>,
    ) -> Result<(), D::Error> {
        match tag {
            "password" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(AuthenticationMethod::Password);
            }
            "passkey" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(AuthenticationMethod::Passkey);
            }
            "recovery-code" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(AuthenticationMethod::RecoveryCode);
            }
            "push-notification" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(AuthenticationMethod::PushNotification);
            }
            "totp" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(AuthenticationMethod::Totp);
            }
            "webauthn-platform" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(AuthenticationMethod::WebauthnPlatform);
            }
            "webauthn-roaming" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(AuthenticationMethod::WebauthnRoaming);
            }
            "phone" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(AuthenticationMethod::Phone);
            }
            "email" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(AuthenticationMethod::Email);
            }
            other => {
                runtime::unknown_tag(
                    "type",
                    other,
                    AuthenticationMethod::TAG_VALUES,
                    cx,
                );
                runtime::skip_value(d)?;
            }
        }
        Ok(())
    }
}
impl runtime::Decode for AuthenticationMethod {
    #[inline]
    fn decode<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, D::Error> {
        runtime::decode_tagged(d, cx)
    }
    fn decode_in_place<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
        place: &mut Option<Self>,
    ) -> Result<(), D::Error> {
        runtime::decode_tagged_in_place(d, cx, place)
    }
}
impl serde::Serialize for AuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[allow(unused_imports)]
        use serde::ser::SerializeMap;
        match self {
            AuthenticationMethod::Password(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            AuthenticationMethod::Passkey(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            AuthenticationMethod::RecoveryCode(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            AuthenticationMethod::PushNotification(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            AuthenticationMethod::Totp(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            AuthenticationMethod::WebauthnPlatform(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            AuthenticationMethod::WebauthnRoaming(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            AuthenticationMethod::Phone(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            AuthenticationMethod::Email(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
        }
    }
}
impl runtime::Describe for AuthenticationMethod {
    fn describe(&self) -> String {
        match self {
            AuthenticationMethod::Password(_) => {
                "AuthenticationMethod::Password".to_string()
            }
            AuthenticationMethod::Passkey(_) => {
                "AuthenticationMethod::Passkey".to_string()
            }
            AuthenticationMethod::RecoveryCode(_) => {
                "AuthenticationMethod::RecoveryCode".to_string()
            }
            AuthenticationMethod::PushNotification(_) => {
                "AuthenticationMethod::PushNotification".to_string()
            }
            AuthenticationMethod::Totp(_) => "AuthenticationMethod::Totp".to_string(),
            AuthenticationMethod::WebauthnPlatform(_) => {
                "AuthenticationMethod::WebauthnPlatform".to_string()
            }
            AuthenticationMethod::WebauthnRoaming(_) => {
                "AuthenticationMethod::WebauthnRoaming".to_string()
            }
            AuthenticationMethod::Phone(_) => "AuthenticationMethod::Phone".to_string(),
            AuthenticationMethod::Email(_) => "AuthenticationMethod::Email".to_string(),
        }
    }
}
impl From<AuthenticationMethodPassword> for AuthenticationMethod {
    fn from(payload: AuthenticationMethodPassword) -> Self {
        AuthenticationMethod::Password(payload)
    }
}
impl From<AuthenticationMethodPasskey> for AuthenticationMethod {
    fn from(payload: AuthenticationMethodPasskey) -> Self {
        AuthenticationMethod::Passkey(payload)
    }
}
impl From<AuthenticationMethodMfaRecoveryCode> for AuthenticationMethod {
    fn from(payload: AuthenticationMethodMfaRecoveryCode) -> Self {
        AuthenticationMethod::RecoveryCode(payload)
    }
}
impl From<AuthenticationMethodMfaPushNotification> for AuthenticationMethod {
    fn from(payload: AuthenticationMethodMfaPushNotification) -> Self {
        AuthenticationMethod::PushNotification(payload)
    }
}
impl From<AuthenticationMethodMfaTotp> for AuthenticationMethod {
    fn from(payload: AuthenticationMethodMfaTotp) -> Self {
        AuthenticationMethod::Totp(payload)
    }
}
impl From<AuthenticationMethodWebAuthnPlatform> for AuthenticationMethod {
    fn from(payload: AuthenticationMethodWebAuthnPlatform) -> Self {
        AuthenticationMethod::WebauthnPlatform(payload)
    }
}
impl From<AuthenticationMethodWebAuthnRoaming> for AuthenticationMethod {
    fn from(payload: AuthenticationMethodWebAuthnRoaming) -> Self {
        AuthenticationMethod::WebauthnRoaming(payload)
    }
}
impl From<AuthenticationMethodPhone> for AuthenticationMethod {
    fn from(payload: AuthenticationMethodPhone) -> Self {
        AuthenticationMethod::Phone(payload)
    }
}
impl From<AuthenticationMethodEmail> for AuthenticationMethod {
    fn from(payload: AuthenticationMethodEmail) -> Self {
        AuthenticationMethod::Email(payload)
    }
}
runtime::impl_deserialize!(AuthenticationMethod);
/// Schema `AuthenticationMethodBase`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthenticationMethodBase {
    /// The unique identifier of the authentication method
    pub id: String,
    /// The date and time when the authentication method was created
    pub created_at: String,
    /// Primary and/or secondary factor
    pub usage: Usage,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl AuthenticationMethodBase {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["id", "created_at", "usage"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(id: String, created_at: String, usage: Usage) -> Self {
        Self {
            id,
            created_at,
            usage,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for AuthenticationMethodBase {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        let mut field_id = None;
        let mut field_created_at = None;
        let mut field_usage = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                "usage" => field_usage = runtime::value(&mut map, "usage", cx)?,
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        let (Some(field_id), Some(field_created_at), Some(field_usage)) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_created_at, "created_at", cx),
            runtime::required(field_usage, "usage", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                created_at: field_created_at,
                usage: field_usage,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for AuthenticationMethodBase {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("usage", &self.usage)?;
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(AuthenticationMethodBase);
/// Email MFA Authenticator
///
/// Schema `AuthenticationMethodEmail`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthenticationMethodEmail {
    /// The unique identifier of the authentication method
    pub id: String,
    /// The date and time when the authentication method was created
    pub created_at: String,
    /// Primary and/or secondary factor
    pub usage: Usage,
    /// The authentication method status
    pub confirmed: bool,
    /// The date and time when the authentication method was last used
    pub last_auth_at: Option<String>,
    /// The friendly name of the authentication method
    pub name: Option<String>,
    /// The email address used to send verification messages.
    pub email: String,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl AuthenticationMethodEmail {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "type",
        "id",
        "created_at",
        "usage",
        "confirmed",
        "last_auth_at",
        "name",
        "email",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        id: String,
        created_at: String,
        usage: Usage,
        confirmed: bool,
        email: String,
    ) -> Self {
        Self {
            id,
            created_at,
            usage,
            confirmed,
            last_auth_at: None,
            name: None,
            email,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for AuthenticationMethodEmail {
    #[inline]
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        tag_given: bool,
    ) -> Result<Option<Self>, A::Error> {
        let mut seen_0 = false;
        let mut field_id = None;
        let mut field_created_at = None;
        let mut field_usage = None;
        let mut field_confirmed = None;
        let mut field_last_auth_at = None;
        let mut field_name = None;
        let mut field_email = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("email"),
                        cx,
                    )?;
                }
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                "usage" => field_usage = runtime::value(&mut map, "usage", cx)?,
                "confirmed" => {
                    field_confirmed = runtime::value(&mut map, "confirmed", cx)?;
                }
                "last_auth_at" => {
                    field_last_auth_at = runtime::value(&mut map, "last_auth_at", cx)?;
                }
                "name" => field_name = runtime::value(&mut map, "name", cx)?,
                "email" => field_email = runtime::value(&mut map, "email", cx)?,
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        runtime::missing(seen_0 || tag_given, "type", cx);
        let (
            Some(field_id),
            Some(field_created_at),
            Some(field_usage),
            Some(field_confirmed),
            Some(field_last_auth_at),
            Some(field_name),
            Some(field_email),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_created_at, "created_at", cx),
            runtime::required(field_usage, "usage", cx),
            runtime::required(field_confirmed, "confirmed", cx),
            runtime::optional(field_last_auth_at),
            runtime::optional(field_name),
            runtime::required(field_email, "email", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                created_at: field_created_at,
                usage: field_usage,
                confirmed: field_confirmed,
                last_auth_at: field_last_auth_at,
                name: field_name,
                email: field_email,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for AuthenticationMethodEmail {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"email")?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("usage", &self.usage)?;
        map.serialize_entry("confirmed", &self.confirmed)?;
        if let Some(value) = &self.last_auth_at {
            map.serialize_entry("last_auth_at", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        map.serialize_entry("email", &self.email)?;
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(AuthenticationMethodEmail);
/// Schema `AuthenticationMethodMfaBase`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthenticationMethodMfaBase {
    /// The unique identifier of the authentication method
    pub id: String,
    /// The date and time when the authentication method was created
    pub created_at: String,
    /// Primary and/or secondary factor
    pub usage: Usage,
    /// The authentication method status
    pub confirmed: bool,
    /// The date and time when the authentication method was last used
    pub last_auth_at: Option<String>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl AuthenticationMethodMfaBase {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "id",
        "created_at",
        "usage",
        "confirmed",
        "last_auth_at",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(id: String, created_at: String, usage: Usage, confirmed: bool) -> Self {
        Self {
            id,
            created_at,
            usage,
            confirmed,
            last_auth_at: None,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for AuthenticationMethodMfaBase {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        let mut field_id = None;
        let mut field_created_at = None;
        let mut field_usage = None;
        let mut field_confirmed = None;
        let mut field_last_auth_at = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                "usage" => field_usage = runtime::value(&mut map, "usage", cx)?,
                "confirmed" => {
                    field_confirmed = runtime::value(&mut map, "confirmed", cx)?;
                }
                "last_auth_at" => {
                    field_last_auth_at = runtime::value(&mut map, "last_auth_at", cx)?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        let (
            Some(field_id),
            Some(field_created_at),
            Some(field_usage),
            Some(field_confirmed),
            Some(field_last_auth_at),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_created_at, "created_at", cx),
            runtime::required(field_usage, "usage", cx),
            runtime::required(field_confirmed, "confirmed", cx),
            runtime::optional(field_last_auth_at),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                created_at: field_created_at,
                usage: field_usage,
                confirmed: field_confirmed,
                last_auth_at: field_last_auth_at,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for AuthenticationMethodMfaBase {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("usage", &self.usage)?;
        map.serialize_entry("confirmed", &self.confirmed)?;
        if let Some(value) = &self.last_auth_at {
            map.serialize_entry("last_auth_at", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(AuthenticationMethodMfaBase);
/// Push Notification Authenticator
///
/// Schema `AuthenticationMethodMfaPushNotification`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthenticationMethodMfaPushNotification {
    /// The unique identifier of the authentication method
    pub id: String,
    /// The date and time when the authentication method was created
    pub created_at: String,
    /// Primary and/or secondary factor
    pub usage: Usage,
    /// The authentication method status
    pub confirmed: bool,
    /// The date and time when the authentication method was last used
    pub last_auth_at: Option<String>,
    /// The friendly name of the authentication method
    pub name: Option<String>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl AuthenticationMethodMfaPushNotification {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "type",
        "id",
        "created_at",
        "usage",
        "confirmed",
        "last_auth_at",
        "name",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(id: String, created_at: String, usage: Usage, confirmed: bool) -> Self {
        Self {
            id,
            created_at,
            usage,
            confirmed,
            last_auth_at: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for AuthenticationMethodMfaPushNotification {
    #[inline]
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        tag_given: bool,
    ) -> Result<Option<Self>, A::Error> {
        let mut seen_0 = false;
        let mut field_id = None;
        let mut field_created_at = None;
        let mut field_usage = None;
        let mut field_confirmed = None;
        let mut field_last_auth_at = None;
        let mut field_name = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("push-notification"),
                        cx,
                    )?;
                }
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                "usage" => field_usage = runtime::value(&mut map, "usage", cx)?,
                "confirmed" => {
                    field_confirmed = runtime::value(&mut map, "confirmed", cx)?;
                }
                "last_auth_at" => {
                    field_last_auth_at = runtime::value(&mut map, "last_auth_at", cx)?;
                }
                "name" => field_name = runtime::value(&mut map, "name", cx)?,
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        runtime::missing(seen_0 || tag_given, "type", cx);
        let (
            Some(field_id),
            Some(field_created_at),
            Some(field_usage),
            Some(field_confirmed),
            Some(field_last_auth_at),
            Some(field_name),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_created_at, "created_at", cx),
            runtime::required(field_usage, "usage", cx),
            runtime::required(field_confirmed, "confirmed", cx),
            runtime::optional(field_last_auth_at),
            runtime::optional(field_name),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                created_at: field_created_at,
                usage: field_usage,
                confirmed: field_confirmed,
                last_auth_at: field_last_auth_at,
                name: field_name,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for AuthenticationMethodMfaPushNotification {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"push-notification")?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("usage", &self.usage)?;
        map.serialize_entry("confirmed", &self.confirmed)?;
        if let Some(value) = &self.last_auth_at {
            map.serialize_entry("last_auth_at", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(AuthenticationMethodMfaPushNotification);
/// Recovery Code Authenticator
///
/// Schema `AuthenticationMethodMfaRecoveryCode`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthenticationMethodMfaRecoveryCode {
    /// The unique identifier of the authentication method
    pub id: String,
    /// The date and time when the authentication method was created
    pub created_at: String,
    /// Primary and/or secondary factor
    pub usage: Usage,
    /// The authentication method status
    pub confirmed: bool,
    /// The date and time when the authentication method was last used
    pub last_auth_at: Option<String>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl AuthenticationMethodMfaRecoveryCode {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "type",
        "id",
        "created_at",
        "usage",
        "confirmed",
        "last_auth_at",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(id: String, created_at: String, usage: Usage, confirmed: bool) -> Self {
        Self {
            id,
            created_at,
            usage,
            confirmed,
            last_auth_at: None,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for AuthenticationMethodMfaRecoveryCode {
    #[inline]
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        tag_given: bool,
    ) -> Result<Option<Self>, A::Error> {
        let mut seen_0 = false;
        let mut field_id = None;
        let mut field_created_at = None;
        let mut field_usage = None;
        let mut field_confirmed = None;
        let mut field_last_auth_at = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("recovery-code"),
                        cx,
                    )?;
                }
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                "usage" => field_usage = runtime::value(&mut map, "usage", cx)?,
                "confirmed" => {
                    field_confirmed = runtime::value(&mut map, "confirmed", cx)?;
                }
                "last_auth_at" => {
                    field_last_auth_at = runtime::value(&mut map, "last_auth_at", cx)?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        runtime::missing(seen_0 || tag_given, "type", cx);
        let (
            Some(field_id),
            Some(field_created_at),
            Some(field_usage),
            Some(field_confirmed),
            Some(field_last_auth_at),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_created_at, "created_at", cx),
            runtime::required(field_usage, "usage", cx),
            runtime::required(field_confirmed, "confirmed", cx),
            runtime::optional(field_last_auth_at),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                created_at: field_created_at,
                usage: field_usage,
                confirmed: field_confirmed,
                last_auth_at: field_last_auth_at,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for AuthenticationMethodMfaRecoveryCode {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"recovery-code")?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("usage", &self.usage)?;
        map.serialize_entry("confirmed", &self.confirmed)?;
        if let Some(value) = &self.last_auth_at {
            map.serialize_entry("last_auth_at", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(AuthenticationMethodMfaRecoveryCode);
/// TOTP Authenticator
///
/// Schema `AuthenticationMethodMfaTotp`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthenticationMethodMfaTotp {
    /// The unique identifier of the authentication method
    pub id: String,
    /// The date and time when the authentication method was created
    pub created_at: String,
    /// Primary and/or secondary factor
    pub usage: Usage,
    /// The authentication method status
    pub confirmed: bool,
    /// The date and time when the authentication method was last used
    pub last_auth_at: Option<String>,
    /// The friendly name of the authentication method
    pub name: Option<String>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl AuthenticationMethodMfaTotp {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "type",
        "id",
        "created_at",
        "usage",
        "confirmed",
        "last_auth_at",
        "name",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(id: String, created_at: String, usage: Usage, confirmed: bool) -> Self {
        Self {
            id,
            created_at,
            usage,
            confirmed,
            last_auth_at: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for AuthenticationMethodMfaTotp {
    #[inline]
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        tag_given: bool,
    ) -> Result<Option<Self>, A::Error> {
        let mut seen_0 = false;
        let mut field_id = None;
        let mut field_created_at = None;
        let mut field_usage = None;
        let mut field_confirmed = None;
        let mut field_last_auth_at = None;
        let mut field_name = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("totp"),
                        cx,
                    )?;
                }
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                "usage" => field_usage = runtime::value(&mut map, "usage", cx)?,
                "confirmed" => {
                    field_confirmed = runtime::value(&mut map, "confirmed", cx)?;
                }
                "last_auth_at" => {
                    field_last_auth_at = runtime::value(&mut map, "last_auth_at", cx)?;
                }
                "name" => field_name = runtime::value(&mut map, "name", cx)?,
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        runtime::missing(seen_0 || tag_given, "type", cx);
        let (
            Some(field_id),
            Some(field_created_at),
            Some(field_usage),
            Some(field_confirmed),
            Some(field_last_auth_at),
            Some(field_name),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_created_at, "created_at", cx),
            runtime::required(field_usage, "usage", cx),
            runtime::required(field_confirmed, "confirmed", cx),
            runtime::optional(field_last_auth_at),
            runtime::optional(field_name),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                created_at: field_created_at,
                usage: field_usage,
                confirmed: field_confirmed,
                last_auth_at: field_last_auth_at,
                name: field_name,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for AuthenticationMethodMfaTotp {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"totp")?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("usage", &self.usage)?;
        map.serialize_entry("confirmed", &self.confirmed)?;
        if let Some(value) = &self.last_auth_at {
            map.serialize_entry("last_auth_at", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(AuthenticationMethodMfaTotp);
/// Passkey Authenticator
///
/// Schema `AuthenticationMethodPasskey`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthenticationMethodPasskey {
    /// The unique identifier of the authentication method
    pub id: String,
    /// The date and time when the authentication method was created
    pub created_at: String,
    /// Primary and/or secondary factor
    pub usage: Usage,
    /// Whether the credential was backed up
    pub credential_backed_up: bool,
    /// Credential device type for passkey authentication methods
    pub credential_device_type: CredentialDeviceTypeEnum,
    /// The ID of the user identity linked with the authentication method
    pub identity_user_id: String,
    /// The ID of the credential
    pub key_id: String,
    /// The public key
    pub public_key: String,
    /// The transports used by clients to communicate with the authenticator
    pub transports: Option<Vec<String>>,
    /// The user-agent of the browser used to create the passkey
    pub user_agent: Option<String>,
    /// The user handle of the user identity
    pub user_handle: String,
    /// Authenticator Attestation Globally Unique Identifier
    pub aaguid: Option<String>,
    /// Relying Party Identifier
    pub relying_party_id: Option<String>,
    /// The date and time when the authentication method was last used
    pub last_auth_at: Option<String>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl AuthenticationMethodPasskey {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "type",
        "id",
        "created_at",
        "usage",
        "credential_backed_up",
        "credential_device_type",
        "identity_user_id",
        "key_id",
        "public_key",
        "transports",
        "user_agent",
        "user_handle",
        "aaguid",
        "relying_party_id",
        "last_auth_at",
    ];
    /// A value with the required properties; the optional ones are absent.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: String,
        created_at: String,
        usage: Usage,
        credential_backed_up: bool,
        credential_device_type: CredentialDeviceTypeEnum,
        identity_user_id: String,
        key_id: String,
        public_key: String,
        user_handle: String,
    ) -> Self {
        Self {
            id,
            created_at,
            usage,
            credential_backed_up,
            credential_device_type,
            identity_user_id,
            key_id,
            public_key,
            transports: None,
            user_agent: None,
            user_handle,
            aaguid: None,
            relying_party_id: None,
            last_auth_at: None,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for AuthenticationMethodPasskey {
    #[inline]
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        tag_given: bool,
    ) -> Result<Option<Self>, A::Error> {
        let mut seen_0 = false;
        let mut field_id = None;
        let mut field_created_at = None;
        let mut field_usage = None;
        let mut field_credential_backed_up = None;
        let mut field_credential_device_type = None;
        let mut field_identity_user_id = None;
        let mut field_key_id = None;
        let mut field_public_key = None;
        let mut field_transports = None;
        let mut field_user_agent = None;
        let mut field_user_handle = None;
        let mut field_aaguid = None;
        let mut field_relying_party_id = None;
        let mut field_last_auth_at = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("passkey"),
                        cx,
                    )?;
                }
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                "usage" => field_usage = runtime::value(&mut map, "usage", cx)?,
                "credential_backed_up" => {
                    field_credential_backed_up = runtime::value(
                        &mut map,
                        "credential_backed_up",
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
                "identity_user_id" => {
                    field_identity_user_id = runtime::value(
                        &mut map,
                        "identity_user_id",
                        cx,
                    )?;
                }
                "key_id" => field_key_id = runtime::value(&mut map, "key_id", cx)?,
                "public_key" => {
                    field_public_key = runtime::value(&mut map, "public_key", cx)?;
                }
                "transports" => {
                    field_transports = runtime::value(&mut map, "transports", cx)?;
                }
                "user_agent" => {
                    field_user_agent = runtime::value(&mut map, "user_agent", cx)?;
                }
                "user_handle" => {
                    field_user_handle = runtime::value(&mut map, "user_handle", cx)?;
                }
                "aaguid" => field_aaguid = runtime::value(&mut map, "aaguid", cx)?,
                "relying_party_id" => {
                    field_relying_party_id = runtime::value(
                        &mut map,
                        "relying_party_id",
                        cx,
                    )?;
                }
                "last_auth_at" => {
                    field_last_auth_at = runtime::value(&mut map, "last_auth_at", cx)?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        runtime::missing(seen_0 || tag_given, "type", cx);
        let (
            Some(field_id),
            Some(field_created_at),
            Some(field_usage),
            Some(field_credential_backed_up),
            Some(field_credential_device_type),
            Some(field_identity_user_id),
            Some(field_key_id),
            Some(field_public_key),
            Some(field_transports),
            Some(field_user_agent),
            Some(field_user_handle),
            Some(field_aaguid),
            Some(field_relying_party_id),
            Some(field_last_auth_at),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_created_at, "created_at", cx),
            runtime::required(field_usage, "usage", cx),
            runtime::required(field_credential_backed_up, "credential_backed_up", cx),
            runtime::required(
                field_credential_device_type,
                "credential_device_type",
                cx,
            ),
            runtime::required(field_identity_user_id, "identity_user_id", cx),
            runtime::required(field_key_id, "key_id", cx),
            runtime::required(field_public_key, "public_key", cx),
            runtime::optional(field_transports),
            runtime::optional(field_user_agent),
            runtime::required(field_user_handle, "user_handle", cx),
            runtime::optional(field_aaguid),
            runtime::optional(field_relying_party_id),
            runtime::optional(field_last_auth_at),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                created_at: field_created_at,
                usage: field_usage,
                credential_backed_up: field_credential_backed_up,
                credential_device_type: field_credential_device_type,
                identity_user_id: field_identity_user_id,
                key_id: field_key_id,
                public_key: field_public_key,
                transports: field_transports,
                user_agent: field_user_agent,
                user_handle: field_user_handle,
                aaguid: field_aaguid,
                relying_party_id: field_relying_party_id,
                last_auth_at: field_last_auth_at,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for AuthenticationMethodPasskey {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"passkey")?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("usage", &self.usage)?;
        map.serialize_entry("credential_backed_up", &self.credential_backed_up)?;
        map.serialize_entry("credential_device_type", &self.credential_device_type)?;
        map.serialize_entry("identity_user_id", &self.identity_user_id)?;
        map.serialize_entry("key_id", &self.key_id)?;
        map.serialize_entry("public_key", &self.public_key)?;
        if let Some(value) = &self.transports {
            map.serialize_entry("transports", value)?;
        }
        if let Some(value) = &self.user_agent {
            map.serialize_entry("user_agent", value)?;
        }
        map.serialize_entry("user_handle", &self.user_handle)?;
        if let Some(value) = &self.aaguid {
            map.serialize_entry("aaguid", value)?;
        }
        if let Some(value) = &self.relying_party_id {
            map.serialize_entry("relying_party_id", value)?;
        }
        if let Some(value) = &self.last_auth_at {
            map.serialize_entry("last_auth_at", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(AuthenticationMethodPasskey);
/// Password Authenticator
///
/// Schema `AuthenticationMethodPassword`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthenticationMethodPassword {
    /// The unique identifier of the authentication method
    pub id: String,
    /// The date and time when the authentication method was created
    pub created_at: String,
    /// Primary and/or secondary factor
    pub usage: Usage,
    /// The ID of the user identity linked with the authentication method
    pub identity_user_id: String,
    /// The date of the last password reset
    pub last_password_reset: Option<String>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl AuthenticationMethodPassword {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "type",
        "id",
        "created_at",
        "usage",
        "identity_user_id",
        "last_password_reset",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        id: String,
        created_at: String,
        usage: Usage,
        identity_user_id: String,
    ) -> Self {
        Self {
            id,
            created_at,
            usage,
            identity_user_id,
            last_password_reset: None,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for AuthenticationMethodPassword {
    #[inline]
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        tag_given: bool,
    ) -> Result<Option<Self>, A::Error> {
        let mut seen_0 = false;
        let mut field_id = None;
        let mut field_created_at = None;
        let mut field_usage = None;
        let mut field_identity_user_id = None;
        let mut field_last_password_reset = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("password"),
                        cx,
                    )?;
                }
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                "usage" => field_usage = runtime::value(&mut map, "usage", cx)?,
                "identity_user_id" => {
                    field_identity_user_id = runtime::value(
                        &mut map,
                        "identity_user_id",
                        cx,
                    )?;
                }
                "last_password_reset" => {
                    field_last_password_reset = runtime::value(
                        &mut map,
                        "last_password_reset",
                        cx,
                    )?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        runtime::missing(seen_0 || tag_given, "type", cx);
        let (
            Some(field_id),
            Some(field_created_at),
            Some(field_usage),
            Some(field_identity_user_id),
            Some(field_last_password_reset),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_created_at, "created_at", cx),
            runtime::required(field_usage, "usage", cx),
            runtime::required(field_identity_user_id, "identity_user_id", cx),
            runtime::optional(field_last_password_reset),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                created_at: field_created_at,
                usage: field_usage,
                identity_user_id: field_identity_user_id,
                last_password_reset: field_last_password_reset,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for AuthenticationMethodPassword {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"password")?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("usage", &self.usage)?;
        map.serialize_entry("identity_user_id", &self.identity_user_id)?;
        if let Some(value) = &self.last_password_reset {
            map.serialize_entry("last_password_reset", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(AuthenticationMethodPassword);
/// Phone MFA Authenticator
///
/// Schema `AuthenticationMethodPhone`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthenticationMethodPhone {
    /// The unique identifier of the authentication method
    pub id: String,
    /// The date and time when the authentication method was created
    pub created_at: String,
    /// Primary and/or secondary factor
    pub usage: Usage,
    /// The authentication method status
    pub confirmed: bool,
    /// The date and time when the authentication method was last used
    pub last_auth_at: Option<String>,
    /// The friendly name of the authentication method
    pub name: Option<String>,
    /// The destination phone number used to send verification codes via text and voice.
    pub phone_number: String,
    /// Preferred authentication method for phone-based authentication
    pub preferred_authentication_method: PhoneAuthenticationMethodEnum,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl AuthenticationMethodPhone {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "type",
        "id",
        "created_at",
        "usage",
        "confirmed",
        "last_auth_at",
        "name",
        "phone_number",
        "preferred_authentication_method",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        id: String,
        created_at: String,
        usage: Usage,
        confirmed: bool,
        phone_number: String,
        preferred_authentication_method: PhoneAuthenticationMethodEnum,
    ) -> Self {
        Self {
            id,
            created_at,
            usage,
            confirmed,
            last_auth_at: None,
            name: None,
            phone_number,
            preferred_authentication_method,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for AuthenticationMethodPhone {
    #[inline]
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        tag_given: bool,
    ) -> Result<Option<Self>, A::Error> {
        let mut seen_0 = false;
        let mut field_id = None;
        let mut field_created_at = None;
        let mut field_usage = None;
        let mut field_confirmed = None;
        let mut field_last_auth_at = None;
        let mut field_name = None;
        let mut field_phone_number = None;
        let mut field_preferred_authentication_method = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("phone"),
                        cx,
                    )?;
                }
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                "usage" => field_usage = runtime::value(&mut map, "usage", cx)?,
                "confirmed" => {
                    field_confirmed = runtime::value(&mut map, "confirmed", cx)?;
                }
                "last_auth_at" => {
                    field_last_auth_at = runtime::value(&mut map, "last_auth_at", cx)?;
                }
                "name" => field_name = runtime::value(&mut map, "name", cx)?,
                "phone_number" => {
                    field_phone_number = runtime::value(&mut map, "phone_number", cx)?;
                }
                "preferred_authentication_method" => {
                    field_preferred_authentication_method = runtime::value(
                        &mut map,
                        "preferred_authentication_method",
                        cx,
                    )?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        runtime::missing(seen_0 || tag_given, "type", cx);
        let (
            Some(field_id),
            Some(field_created_at),
            Some(field_usage),
            Some(field_confirmed),
            Some(field_last_auth_at),
            Some(field_name),
            Some(field_phone_number),
            Some(field_preferred_authentication_method),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_created_at, "created_at", cx),
            runtime::required(field_usage, "usage", cx),
            runtime::required(field_confirmed, "confirmed", cx),
            runtime::optional(field_last_auth_at),
            runtime::optional(field_name),
            runtime::required(field_phone_number, "phone_number", cx),
            runtime::required(
                field_preferred_authentication_method,
                "preferred_authentication_method",
                cx,
            ),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                created_at: field_created_at,
                usage: field_usage,
                confirmed: field_confirmed,
                last_auth_at: field_last_auth_at,
                name: field_name,
                phone_number: field_phone_number,
                preferred_authentication_method: field_preferred_authentication_method,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for AuthenticationMethodPhone {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"phone")?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("usage", &self.usage)?;
        map.serialize_entry("confirmed", &self.confirmed)?;
        if let Some(value) = &self.last_auth_at {
            map.serialize_entry("last_auth_at", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        map.serialize_entry("phone_number", &self.phone_number)?;
        map.serialize_entry(
            "preferred_authentication_method",
            &self.preferred_authentication_method,
        )?;
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(AuthenticationMethodPhone);
/// Schema `AuthenticationMethodWebAuthn`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthenticationMethodWebAuthn {
    /// The unique identifier of the authentication method
    pub id: String,
    /// The date and time when the authentication method was created
    pub created_at: String,
    /// Primary and/or secondary factor
    pub usage: Usage,
    /// The authentication method status
    pub confirmed: bool,
    /// The date and time when the authentication method was last used
    pub last_auth_at: Option<String>,
    /// The friendly name of the authentication method
    pub name: Option<String>,
    /// The ID of the credential
    pub key_id: Option<String>,
    /// The public key
    pub public_key: Option<String>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl AuthenticationMethodWebAuthn {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "id",
        "created_at",
        "usage",
        "confirmed",
        "last_auth_at",
        "name",
        "key_id",
        "public_key",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(id: String, created_at: String, usage: Usage, confirmed: bool) -> Self {
        Self {
            id,
            created_at,
            usage,
            confirmed,
            last_auth_at: None,
            name: None,
            key_id: None,
            public_key: None,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for AuthenticationMethodWebAuthn {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        let mut field_id = None;
        let mut field_created_at = None;
        let mut field_usage = None;
        let mut field_confirmed = None;
        let mut field_last_auth_at = None;
        let mut field_name = None;
        let mut field_key_id = None;
        let mut field_public_key = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                "usage" => field_usage = runtime::value(&mut map, "usage", cx)?,
                "confirmed" => {
                    field_confirmed = runtime::value(&mut map, "confirmed", cx)?;
                }
                "last_auth_at" => {
                    field_last_auth_at = runtime::value(&mut map, "last_auth_at", cx)?;
                }
                "name" => field_name = runtime::value(&mut map, "name", cx)?,
                "key_id" => field_key_id = runtime::value(&mut map, "key_id", cx)?,
                "public_key" => {
                    field_public_key = runtime::value(&mut map, "public_key", cx)?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        let (
            Some(field_id),
            Some(field_created_at),
            Some(field_usage),
            Some(field_confirmed),
            Some(field_last_auth_at),
            Some(field_name),
            Some(field_key_id),
            Some(field_public_key),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_created_at, "created_at", cx),
            runtime::required(field_usage, "usage", cx),
            runtime::required(field_confirmed, "confirmed", cx),
            runtime::optional(field_last_auth_at),
            runtime::optional(field_name),
            runtime::optional(field_key_id),
            runtime::optional(field_public_key),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                created_at: field_created_at,
                usage: field_usage,
                confirmed: field_confirmed,
                last_auth_at: field_last_auth_at,
                name: field_name,
                key_id: field_key_id,
                public_key: field_public_key,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for AuthenticationMethodWebAuthn {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("usage", &self.usage)?;
        map.serialize_entry("confirmed", &self.confirmed)?;
        if let Some(value) = &self.last_auth_at {
            map.serialize_entry("last_auth_at", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.key_id {
            map.serialize_entry("key_id", value)?;
        }
        if let Some(value) = &self.public_key {
            map.serialize_entry("public_key", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(AuthenticationMethodWebAuthn);
/// WebAuthn Platform MFA Authenticator
///
/// Schema `AuthenticationMethodWebAuthnPlatform`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthenticationMethodWebAuthnPlatform {
    /// The unique identifier of the authentication method
    pub id: String,
    /// The date and time when the authentication method was created
    pub created_at: String,
    /// Primary and/or secondary factor
    pub usage: Usage,
    /// The authentication method status
    pub confirmed: bool,
    /// The date and time when the authentication method was last used
    pub last_auth_at: Option<String>,
    /// The friendly name of the authentication method
    pub name: Option<String>,
    /// The ID of the credential
    pub key_id: Option<String>,
    /// The public key
    pub public_key: Option<String>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl AuthenticationMethodWebAuthnPlatform {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "type",
        "id",
        "created_at",
        "usage",
        "confirmed",
        "last_auth_at",
        "name",
        "key_id",
        "public_key",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(id: String, created_at: String, usage: Usage, confirmed: bool) -> Self {
        Self {
            id,
            created_at,
            usage,
            confirmed,
            last_auth_at: None,
            name: None,
            key_id: None,
            public_key: None,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for AuthenticationMethodWebAuthnPlatform {
    #[inline]
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        tag_given: bool,
    ) -> Result<Option<Self>, A::Error> {
        let mut seen_0 = false;
        let mut field_id = None;
        let mut field_created_at = None;
        let mut field_usage = None;
        let mut field_confirmed = None;
        let mut field_last_auth_at = None;
        let mut field_name = None;
        let mut field_key_id = None;
        let mut field_public_key = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("webauthn-platform"),
                        cx,
                    )?;
                }
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                "usage" => field_usage = runtime::value(&mut map, "usage", cx)?,
                "confirmed" => {
                    field_confirmed = runtime::value(&mut map, "confirmed", cx)?;
                }
                "last_auth_at" => {
                    field_last_auth_at = runtime::value(&mut map, "last_auth_at", cx)?;
                }
                "name" => field_name = runtime::value(&mut map, "name", cx)?,
                "key_id" => field_key_id = runtime::value(&mut map, "key_id", cx)?,
                "public_key" => {
                    field_public_key = runtime::value(&mut map, "public_key", cx)?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        runtime::missing(seen_0 || tag_given, "type", cx);
        let (
            Some(field_id),
            Some(field_created_at),
            Some(field_usage),
            Some(field_confirmed),
            Some(field_last_auth_at),
            Some(field_name),
            Some(field_key_id),
            Some(field_public_key),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_created_at, "created_at", cx),
            runtime::required(field_usage, "usage", cx),
            runtime::required(field_confirmed, "confirmed", cx),
            runtime::optional(field_last_auth_at),
            runtime::optional(field_name),
            runtime::optional(field_key_id),
            runtime::optional(field_public_key),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                created_at: field_created_at,
                usage: field_usage,
                confirmed: field_confirmed,
                last_auth_at: field_last_auth_at,
                name: field_name,
                key_id: field_key_id,
                public_key: field_public_key,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for AuthenticationMethodWebAuthnPlatform {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"webauthn-platform")?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("usage", &self.usage)?;
        map.serialize_entry("confirmed", &self.confirmed)?;
        if let Some(value) = &self.last_auth_at {
            map.serialize_entry("last_auth_at", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.key_id {
            map.serialize_entry("key_id", value)?;
        }
        if let Some(value) = &self.public_key {
            map.serialize_entry("public_key", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(AuthenticationMethodWebAuthnPlatform);
/// WebAuthn Roaming MFA Authenticator
///
/// Schema `AuthenticationMethodWebAuthnRoaming`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthenticationMethodWebAuthnRoaming {
    /// The unique identifier of the authentication method
    pub id: String,
    /// The date and time when the authentication method was created
    pub created_at: String,
    /// Primary and/or secondary factor
    pub usage: Usage,
    /// The authentication method status
    pub confirmed: bool,
    /// The date and time when the authentication method was last used
    pub last_auth_at: Option<String>,
    /// The friendly name of the authentication method
    pub name: Option<String>,
    /// The ID of the credential
    pub key_id: Option<String>,
    /// The public key
    pub public_key: Option<String>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl AuthenticationMethodWebAuthnRoaming {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "type",
        "id",
        "created_at",
        "usage",
        "confirmed",
        "last_auth_at",
        "name",
        "key_id",
        "public_key",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(id: String, created_at: String, usage: Usage, confirmed: bool) -> Self {
        Self {
            id,
            created_at,
            usage,
            confirmed,
            last_auth_at: None,
            name: None,
            key_id: None,
            public_key: None,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for AuthenticationMethodWebAuthnRoaming {
    #[inline]
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        tag_given: bool,
    ) -> Result<Option<Self>, A::Error> {
        let mut seen_0 = false;
        let mut field_id = None;
        let mut field_created_at = None;
        let mut field_usage = None;
        let mut field_confirmed = None;
        let mut field_last_auth_at = None;
        let mut field_name = None;
        let mut field_key_id = None;
        let mut field_public_key = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("webauthn-roaming"),
                        cx,
                    )?;
                }
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                "usage" => field_usage = runtime::value(&mut map, "usage", cx)?,
                "confirmed" => {
                    field_confirmed = runtime::value(&mut map, "confirmed", cx)?;
                }
                "last_auth_at" => {
                    field_last_auth_at = runtime::value(&mut map, "last_auth_at", cx)?;
                }
                "name" => field_name = runtime::value(&mut map, "name", cx)?,
                "key_id" => field_key_id = runtime::value(&mut map, "key_id", cx)?,
                "public_key" => {
                    field_public_key = runtime::value(&mut map, "public_key", cx)?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        runtime::missing(seen_0 || tag_given, "type", cx);
        let (
            Some(field_id),
            Some(field_created_at),
            Some(field_usage),
            Some(field_confirmed),
            Some(field_last_auth_at),
            Some(field_name),
            Some(field_key_id),
            Some(field_public_key),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_created_at, "created_at", cx),
            runtime::required(field_usage, "usage", cx),
            runtime::required(field_confirmed, "confirmed", cx),
            runtime::optional(field_last_auth_at),
            runtime::optional(field_name),
            runtime::optional(field_key_id),
            runtime::optional(field_public_key),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                created_at: field_created_at,
                usage: field_usage,
                confirmed: field_confirmed,
                last_auth_at: field_last_auth_at,
                name: field_name,
                key_id: field_key_id,
                public_key: field_public_key,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for AuthenticationMethodWebAuthnRoaming {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"webauthn-roaming")?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("usage", &self.usage)?;
        map.serialize_entry("confirmed", &self.confirmed)?;
        if let Some(value) = &self.last_auth_at {
            map.serialize_entry("last_auth_at", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.key_id {
            map.serialize_entry("key_id", value)?;
        }
        if let Some(value) = &self.public_key {
            map.serialize_entry("public_key", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(AuthenticationMethodWebAuthnRoaming);
/// The authenticator attachment method
///
/// Schema `AuthenticatorAttachmentEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AuthenticatorAttachmentEnum {
    /// `platform`
    Platform,
    /// `cross-platform`
    CrossPlatform,
}
impl AuthenticatorAttachmentEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [AuthenticatorAttachmentEnum] = &[
        AuthenticatorAttachmentEnum::Platform,
        AuthenticatorAttachmentEnum::CrossPlatform,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            AuthenticatorAttachmentEnum::Platform => "platform",
            AuthenticatorAttachmentEnum::CrossPlatform => "cross-platform",
        }
    }
}
impl std::str::FromStr for AuthenticatorAttachmentEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "platform" => Ok(AuthenticatorAttachmentEnum::Platform),
            "cross-platform" => Ok(AuthenticatorAttachmentEnum::CrossPlatform),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}",
                        "platform, cross-platform"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(AuthenticatorAttachmentEnum);
/// Schema `AuthenticatorAttestationResponse`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthenticatorAttestationResponse {
    /// The authenticator attachment method
    pub authenticator_attachment: Option<AuthenticatorAttachmentEnum>,
    pub client_extension_results: Option<ClientExtensionResults>,
    pub id: String,
    pub raw_id: String,
    pub response: AuthenticatorAttestationResponseData,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl AuthenticatorAttestationResponse {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "type",
        "authenticatorAttachment",
        "clientExtensionResults",
        "id",
        "rawId",
        "response",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        id: String,
        raw_id: String,
        response: AuthenticatorAttestationResponseData,
    ) -> Self {
        Self {
            authenticator_attachment: None,
            client_extension_results: None,
            id,
            raw_id,
            response,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for AuthenticatorAttestationResponse {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        let mut seen_0 = false;
        let mut field_authenticator_attachment = None;
        let mut field_client_extension_results = None;
        let mut field_id = None;
        let mut field_raw_id = None;
        let mut field_response = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("public-key"),
                        cx,
                    )?;
                }
                "authenticatorAttachment" => {
                    field_authenticator_attachment = runtime::value(
                        &mut map,
                        "authenticatorAttachment",
                        cx,
                    )?;
                }
                "clientExtensionResults" => {
                    field_client_extension_results = runtime::value(
                        &mut map,
                        "clientExtensionResults",
                        cx,
                    )?;
                }
                "id" => {
                    field_id = runtime::field(
                        &mut map,
                        "id",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: None,
                                max_length: Some(1364usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "rawId" => {
                    field_raw_id = runtime::field(
                        &mut map,
                        "rawId",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: None,
                                max_length: Some(1364usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "response" => field_response = runtime::value(&mut map, "response", cx)?,
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        runtime::missing(seen_0, "type", cx);
        let (
            Some(field_authenticator_attachment),
            Some(field_client_extension_results),
            Some(field_id),
            Some(field_raw_id),
            Some(field_response),
        ) = (
            runtime::optional(field_authenticator_attachment),
            runtime::optional(field_client_extension_results),
            runtime::required(field_id, "id", cx),
            runtime::required(field_raw_id, "rawId", cx),
            runtime::required(field_response, "response", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                authenticator_attachment: field_authenticator_attachment,
                client_extension_results: field_client_extension_results,
                id: field_id,
                raw_id: field_raw_id,
                response: field_response,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for AuthenticatorAttestationResponse {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"public-key")?;
        if let Some(value) = &self.authenticator_attachment {
            map.serialize_entry("authenticatorAttachment", value)?;
        }
        if let Some(value) = &self.client_extension_results {
            map.serialize_entry("clientExtensionResults", value)?;
        }
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("rawId", &self.raw_id)?;
        map.serialize_entry("response", &self.response)?;
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(AuthenticatorAttestationResponse);
/// Schema `AuthenticatorAttestationResponseData`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthenticatorAttestationResponseData {
    pub attestation_object: String,
    pub client_data_json: String,
    pub transports: Option<Vec<String>>,
}
impl AuthenticatorAttestationResponseData {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "attestationObject",
        "clientDataJSON",
        "transports",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(attestation_object: String, client_data_json: String) -> Self {
        Self {
            attestation_object,
            client_data_json,
            transports: None,
        }
    }
}
impl runtime::DecodeMap for AuthenticatorAttestationResponseData {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = AuthenticatorAttestationResponseData::PROPERTIES;
        let mut field_attestation_object = None;
        let mut field_client_data_json = None;
        let mut field_transports = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "attestationObject" => {
                    field_attestation_object = runtime::field(
                        &mut map,
                        "attestationObject",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: None,
                                max_length: Some(2000usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "clientDataJSON" => {
                    field_client_data_json = runtime::field(
                        &mut map,
                        "clientDataJSON",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: None,
                                max_length: Some(1000usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "transports" => {
                    field_transports = runtime::field(
                        &mut map,
                        "transports",
                        &runtime::ArrayOf(
                            &runtime::ArrayRules {
                                min_items: None,
                                max_items: None,
                                unique_items: false,
                            },
                            runtime::Str(
                                &runtime::StringRules {
                                    min_length: None,
                                    max_length: Some(100usize),
                                    pattern: None,
                                },
                            ),
                        ),
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (
            Some(field_attestation_object),
            Some(field_client_data_json),
            Some(field_transports),
        ) = (
            runtime::required(field_attestation_object, "attestationObject", cx),
            runtime::required(field_client_data_json, "clientDataJSON", cx),
            runtime::optional(field_transports),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                attestation_object: field_attestation_object,
                client_data_json: field_client_data_json,
                transports: field_transports,
            }),
        )
    }
}
impl runtime::WriteFields for AuthenticatorAttestationResponseData {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("attestationObject", &self.attestation_object)?;
        map.serialize_entry("clientDataJSON", &self.client_data_json)?;
        if let Some(value) = &self.transports {
            map.serialize_entry("transports", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(AuthenticatorAttestationResponseData);
/// Schema `AuthenticatorSelection`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthenticatorSelection {
    /// The resident key requirement
    pub resident_key: Option<ResidentKeyEnum>,
    /// The user verification requirement
    pub user_verification: Option<UserVerificationEnum>,
}
impl AuthenticatorSelection {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["residentKey", "userVerification"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new() -> Self {
        Self {
            resident_key: None,
            user_verification: None,
        }
    }
}
impl Default for AuthenticatorSelection {
    fn default() -> Self {
        Self::new()
    }
}
impl runtime::DecodeMap for AuthenticatorSelection {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = AuthenticatorSelection::PROPERTIES;
        let mut field_resident_key = None;
        let mut field_user_verification = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "residentKey" => {
                    field_resident_key = runtime::value(&mut map, "residentKey", cx)?;
                }
                "userVerification" => {
                    field_user_verification = runtime::value(
                        &mut map,
                        "userVerification",
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_resident_key), Some(field_user_verification)) = (
            runtime::optional(field_resident_key),
            runtime::optional(field_user_verification),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                resident_key: field_resident_key,
                user_verification: field_user_verification,
            }),
        )
    }
}
impl runtime::WriteFields for AuthenticatorSelection {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.resident_key {
            map.serialize_entry("residentKey", value)?;
        }
        if let Some(value) = &self.user_verification {
            map.serialize_entry("userVerification", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(AuthenticatorSelection);
/// Authorization Parameters
///
/// Authorization parameters to be sent to the underlying Identity Provider (IdP) during the authorization request. These parameters influence how the IdP processes the authorization flow and what permissions are requested.
///
/// Schema `AuthorizationParams`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthorizationParams {
    /// Specifies the desired Authentication Context Class Reference values, which indicate the required level of authentication (e.g., multi-factor, passwordless). The Identity Provider (IdP) may enforce a specific assurance level based on these values.
    pub acr_values: Option<String>,
    /// Defines the intended recipient of the access token, typically indicating who the token is meant for (e.g., an API identifier).
    pub audience: Option<String>,
    /// Specifies which resource server the client is requesting access to (used in OAuth 2.0 Resource Indicators).
    pub resource: Option<String>,
    /// Suggests how the IdP should display the authentication interface to the user.
    pub display: Option<DisplayEnum>,
    /// Provides a previously issued id_token to the IdP. It can be used to suggest which user is being authenticated or to facilitate logout requests.
    pub id_token_hint: Option<String>,
    /// Supplies a hint about the user's identifier (like an email address or username) to pre-populate the login form.
    pub login_hint: Option<String>,
    /// Indicates the maximum time (in seconds) since the user's last authentication. If exceeded, the IdP forces the user to re-authenticate.
    pub max_age: Option<i64>,
    /// Controls whether the IdP should prompt the user for authentication or consent.
    pub prompt: Option<PromptEnum>,
    /// Suggests the preferred languages for the user interface, passed as a space-separated list of BCP47 language tags (e.g., 'en', 'es', 'fr').
    pub ui_locales: Option<String>,
}
impl AuthorizationParams {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "acr_values",
        "audience",
        "resource",
        "display",
        "id_token_hint",
        "login_hint",
        "max_age",
        "prompt",
        "ui_locales",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new() -> Self {
        Self {
            acr_values: None,
            audience: None,
            resource: None,
            display: None,
            id_token_hint: None,
            login_hint: None,
            max_age: None,
            prompt: None,
            ui_locales: None,
        }
    }
}
impl Default for AuthorizationParams {
    fn default() -> Self {
        Self::new()
    }
}
impl runtime::DecodeMap for AuthorizationParams {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = AuthorizationParams::PROPERTIES;
        let mut field_acr_values = None;
        let mut field_audience = None;
        let mut field_resource = None;
        let mut field_display = None;
        let mut field_id_token_hint = None;
        let mut field_login_hint = None;
        let mut field_max_age = None;
        let mut field_prompt = None;
        let mut field_ui_locales = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "acr_values" => {
                    field_acr_values = runtime::field(
                        &mut map,
                        "acr_values",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: Some(1usize),
                                max_length: Some(1024usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "audience" => {
                    field_audience = runtime::field(
                        &mut map,
                        "audience",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: Some(1usize),
                                max_length: Some(512usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "resource" => {
                    field_resource = runtime::field(
                        &mut map,
                        "resource",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: Some(1usize),
                                max_length: Some(512usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "display" => field_display = runtime::value(&mut map, "display", cx)?,
                "id_token_hint" => {
                    field_id_token_hint = runtime::field(
                        &mut map,
                        "id_token_hint",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: Some(1usize),
                                max_length: Some(4096usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "login_hint" => {
                    field_login_hint = runtime::field(
                        &mut map,
                        "login_hint",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: Some(1usize),
                                max_length: Some(255usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "max_age" => {
                    field_max_age = runtime::field(
                        &mut map,
                        "max_age",
                        &runtime::Bounded(
                            &runtime::NumberRules {
                                minimum: Some(0f64),
                                maximum: Some(2147483647f64),
                                exclusive_minimum: false,
                                exclusive_maximum: false,
                                multiple_of: None,
                            },
                            runtime::of::<i64>(),
                        ),
                        cx,
                    )?;
                }
                "prompt" => field_prompt = runtime::value(&mut map, "prompt", cx)?,
                "ui_locales" => {
                    field_ui_locales = runtime::field(
                        &mut map,
                        "ui_locales",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: Some(2usize),
                                max_length: Some(100usize),
                                pattern: Some(&PATTERN_D390081DE0B9CCF9),
                            },
                        ),
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (
            Some(field_acr_values),
            Some(field_audience),
            Some(field_resource),
            Some(field_display),
            Some(field_id_token_hint),
            Some(field_login_hint),
            Some(field_max_age),
            Some(field_prompt),
            Some(field_ui_locales),
        ) = (
            runtime::optional(field_acr_values),
            runtime::optional(field_audience),
            runtime::optional(field_resource),
            runtime::optional(field_display),
            runtime::optional(field_id_token_hint),
            runtime::optional(field_login_hint),
            runtime::optional(field_max_age),
            runtime::optional(field_prompt),
            runtime::optional(field_ui_locales),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                acr_values: field_acr_values,
                audience: field_audience,
                resource: field_resource,
                display: field_display,
                id_token_hint: field_id_token_hint,
                login_hint: field_login_hint,
                max_age: field_max_age,
                prompt: field_prompt,
                ui_locales: field_ui_locales,
            }),
        )
    }
}
impl runtime::WriteFields for AuthorizationParams {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.acr_values {
            map.serialize_entry("acr_values", value)?;
        }
        if let Some(value) = &self.audience {
            map.serialize_entry("audience", value)?;
        }
        if let Some(value) = &self.resource {
            map.serialize_entry("resource", value)?;
        }
        if let Some(value) = &self.display {
            map.serialize_entry("display", value)?;
        }
        if let Some(value) = &self.id_token_hint {
            map.serialize_entry("id_token_hint", value)?;
        }
        if let Some(value) = &self.login_hint {
            map.serialize_entry("login_hint", value)?;
        }
        if let Some(value) = &self.max_age {
            map.serialize_entry("max_age", value)?;
        }
        if let Some(value) = &self.prompt {
            map.serialize_entry("prompt", value)?;
        }
        if let Some(value) = &self.ui_locales {
            map.serialize_entry("ui_locales", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(AuthorizationParams);
/// Schema `ClientExtensionResults`.
pub type ClientExtensionResults = serde_json::Map<String, serde_json::Value>;
/// Schema `CompleteConnectedAccountsRequestContent`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CompleteConnectedAccountsRequestContent {
    /// The authentication session identifier
    pub auth_session: String,
    /// The authorization code returned from the connect flow
    pub connect_code: String,
    /// The redirect URI used in the original request
    pub redirect_uri: String,
    /// The PKCE code verifier
    pub code_verifier: Option<String>,
}
impl CompleteConnectedAccountsRequestContent {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "auth_session",
        "connect_code",
        "redirect_uri",
        "code_verifier",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        auth_session: String,
        connect_code: String,
        redirect_uri: String,
    ) -> Self {
        Self {
            auth_session,
            connect_code,
            redirect_uri,
            code_verifier: None,
        }
    }
}
impl runtime::DecodeMap for CompleteConnectedAccountsRequestContent {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = CompleteConnectedAccountsRequestContent::PROPERTIES;
        let mut field_auth_session = None;
        let mut field_connect_code = None;
        let mut field_redirect_uri = None;
        let mut field_code_verifier = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "auth_session" => {
                    field_auth_session = runtime::field(
                        &mut map,
                        "auth_session",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: None,
                                max_length: Some(64usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "connect_code" => {
                    field_connect_code = runtime::field(
                        &mut map,
                        "connect_code",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: Some(1usize),
                                max_length: Some(46usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "redirect_uri" => {
                    field_redirect_uri = runtime::field(
                        &mut map,
                        "redirect_uri",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: None,
                                max_length: Some(2048usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "code_verifier" => {
                    field_code_verifier = runtime::field(
                        &mut map,
                        "code_verifier",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: Some(43usize),
                                max_length: Some(128usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (
            Some(field_auth_session),
            Some(field_connect_code),
            Some(field_redirect_uri),
            Some(field_code_verifier),
        ) = (
            runtime::required(field_auth_session, "auth_session", cx),
            runtime::required(field_connect_code, "connect_code", cx),
            runtime::required(field_redirect_uri, "redirect_uri", cx),
            runtime::optional(field_code_verifier),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                auth_session: field_auth_session,
                connect_code: field_connect_code,
                redirect_uri: field_redirect_uri,
                code_verifier: field_code_verifier,
            }),
        )
    }
}
impl runtime::WriteFields for CompleteConnectedAccountsRequestContent {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("auth_session", &self.auth_session)?;
        map.serialize_entry("connect_code", &self.connect_code)?;
        map.serialize_entry("redirect_uri", &self.redirect_uri)?;
        if let Some(value) = &self.code_verifier {
            map.serialize_entry("code_verifier", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(CompleteConnectedAccountsRequestContent);
/// Schema `CompleteConnectedAccountsResponseContent`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CompleteConnectedAccountsResponseContent {
    /// The unique identifier of the connected account
    pub id: String,
    /// The connection name
    pub connection: String,
    /// The access type, always 'offline'
    pub access_type: AccessTypeEnum,
    /// Array of scopes granted
    pub scopes: Option<Vec<String>>,
    /// ISO date string of when the connected account was created
    pub created_at: String,
    /// ISO date string of when the refresh token expires (optional)
    pub expires_at: Option<String>,
}
impl CompleteConnectedAccountsResponseContent {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "id",
        "connection",
        "access_type",
        "scopes",
        "created_at",
        "expires_at",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        id: String,
        connection: String,
        access_type: AccessTypeEnum,
        created_at: String,
    ) -> Self {
        Self {
            id,
            connection,
            access_type,
            scopes: None,
            created_at,
            expires_at: None,
        }
    }
}
impl runtime::DecodeMap for CompleteConnectedAccountsResponseContent {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = CompleteConnectedAccountsResponseContent::PROPERTIES;
        let mut field_id = None;
        let mut field_connection = None;
        let mut field_access_type = None;
        let mut field_scopes = None;
        let mut field_created_at = None;
        let mut field_expires_at = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "connection" => {
                    field_connection = runtime::value(&mut map, "connection", cx)?;
                }
                "access_type" => {
                    field_access_type = runtime::value(&mut map, "access_type", cx)?;
                }
                "scopes" => field_scopes = runtime::value(&mut map, "scopes", cx)?,
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                "expires_at" => {
                    field_expires_at = runtime::value(&mut map, "expires_at", cx)?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (
            Some(field_id),
            Some(field_connection),
            Some(field_access_type),
            Some(field_scopes),
            Some(field_created_at),
            Some(field_expires_at),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_connection, "connection", cx),
            runtime::required(field_access_type, "access_type", cx),
            runtime::optional(field_scopes),
            runtime::required(field_created_at, "created_at", cx),
            runtime::optional(field_expires_at),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                connection: field_connection,
                access_type: field_access_type,
                scopes: field_scopes,
                created_at: field_created_at,
                expires_at: field_expires_at,
            }),
        )
    }
}
impl runtime::WriteFields for CompleteConnectedAccountsResponseContent {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("connection", &self.connection)?;
        map.serialize_entry("access_type", &self.access_type)?;
        if let Some(value) = &self.scopes {
            map.serialize_entry("scopes", value)?;
        }
        map.serialize_entry("created_at", &self.created_at)?;
        if let Some(value) = &self.expires_at {
            map.serialize_entry("expires_at", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(CompleteConnectedAccountsResponseContent);
/// Parameters to be used with the connect URI.
///
/// Schema `ConnectParams`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ConnectParams {
    /// The ticket identifier to be used with the connection URI.
    pub ticket: String,
}
impl ConnectParams {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["ticket"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(ticket: String) -> Self {
        Self { ticket }
    }
}
impl runtime::DecodeMap for ConnectParams {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = ConnectParams::PROPERTIES;
        let mut field_ticket = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "ticket" => field_ticket = runtime::value(&mut map, "ticket", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_ticket),) = (runtime::required(field_ticket, "ticket", cx),)
        else { return Ok(None) };
        Ok(Some(Self { ticket: field_ticket }))
    }
}
impl runtime::WriteFields for ConnectParams {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("ticket", &self.ticket)?;
        Ok(())
    }
}
runtime::object_impls!(ConnectParams);
/// Schema `ConnectedAccount`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ConnectedAccount {
    /// The unique identifier for the connected account.
    pub id: String,
    /// The name of the connection associated with the account.
    pub connection: String,
    /// The access type for to the connected account.
    pub access_type: ConnectedAccountAccessTypeEnum,
    /// The scopes granted for this connected account.
    pub scopes: Vec<String>,
    /// ISO 8601 timestamp when the connected account was created.
    pub created_at: String,
    /// ISO 8601 timestamp when the connected account expires.
    pub expires_at: Option<String>,
    /// The organization ID this connected account is scoped to. Only present for accounts bound to an organization.
    pub org_id: Option<String>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl ConnectedAccount {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "id",
        "connection",
        "access_type",
        "scopes",
        "created_at",
        "expires_at",
        "org_id",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        id: String,
        connection: String,
        access_type: ConnectedAccountAccessTypeEnum,
        scopes: Vec<String>,
        created_at: String,
    ) -> Self {
        Self {
            id,
            connection,
            access_type,
            scopes,
            created_at,
            expires_at: None,
            org_id: None,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for ConnectedAccount {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        let mut field_id = None;
        let mut field_connection = None;
        let mut field_access_type = None;
        let mut field_scopes = None;
        let mut field_created_at = None;
        let mut field_expires_at = None;
        let mut field_org_id = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "connection" => {
                    field_connection = runtime::value(&mut map, "connection", cx)?;
                }
                "access_type" => {
                    field_access_type = runtime::value(&mut map, "access_type", cx)?;
                }
                "scopes" => field_scopes = runtime::value(&mut map, "scopes", cx)?,
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                "expires_at" => {
                    field_expires_at = runtime::value(&mut map, "expires_at", cx)?;
                }
                "org_id" => field_org_id = runtime::value(&mut map, "org_id", cx)?,
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        let (
            Some(field_id),
            Some(field_connection),
            Some(field_access_type),
            Some(field_scopes),
            Some(field_created_at),
            Some(field_expires_at),
            Some(field_org_id),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_connection, "connection", cx),
            runtime::required(field_access_type, "access_type", cx),
            runtime::required(field_scopes, "scopes", cx),
            runtime::required(field_created_at, "created_at", cx),
            runtime::optional(field_expires_at),
            runtime::optional(field_org_id),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                connection: field_connection,
                access_type: field_access_type,
                scopes: field_scopes,
                created_at: field_created_at,
                expires_at: field_expires_at,
                org_id: field_org_id,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for ConnectedAccount {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("connection", &self.connection)?;
        map.serialize_entry("access_type", &self.access_type)?;
        map.serialize_entry("scopes", &self.scopes)?;
        map.serialize_entry("created_at", &self.created_at)?;
        if let Some(value) = &self.expires_at {
            map.serialize_entry("expires_at", value)?;
        }
        if let Some(value) = &self.org_id {
            map.serialize_entry("org_id", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(ConnectedAccount);
/// The access type for to the connected account.
///
/// Schema `ConnectedAccountAccessTypeEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConnectedAccountAccessTypeEnum {
    /// `offline`
    Offline,
}
impl ConnectedAccountAccessTypeEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [ConnectedAccountAccessTypeEnum] = &[
        ConnectedAccountAccessTypeEnum::Offline,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            ConnectedAccountAccessTypeEnum::Offline => "offline",
        }
    }
}
impl std::str::FromStr for ConnectedAccountAccessTypeEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "offline" => Ok(ConnectedAccountAccessTypeEnum::Offline),
            other => {
                Err(format!("unknown value {other:?}; expected one of: {}", "offline"))
            }
        }
    }
}
runtime::enum_impls!(ConnectedAccountAccessTypeEnum);
/// Schema `ConnectedAccountConnection`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ConnectedAccountConnection {
    /// The name of the connection.
    pub name: String,
    /// The strategy used by the connection (e.g., 'oauth2', 'oidc').
    pub strategy: String,
    /// The available scopes for this connection.
    pub scopes: Option<Vec<String>>,
}
impl ConnectedAccountConnection {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["name", "strategy", "scopes"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(name: String, strategy: String) -> Self {
        Self {
            name,
            strategy,
            scopes: None,
        }
    }
}
impl runtime::DecodeMap for ConnectedAccountConnection {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = ConnectedAccountConnection::PROPERTIES;
        let mut field_name = None;
        let mut field_strategy = None;
        let mut field_scopes = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "name" => field_name = runtime::value(&mut map, "name", cx)?,
                "strategy" => field_strategy = runtime::value(&mut map, "strategy", cx)?,
                "scopes" => field_scopes = runtime::value(&mut map, "scopes", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_name), Some(field_strategy), Some(field_scopes)) = (
            runtime::required(field_name, "name", cx),
            runtime::required(field_strategy, "strategy", cx),
            runtime::optional(field_scopes),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                name: field_name,
                strategy: field_strategy,
                scopes: field_scopes,
            }),
        )
    }
}
impl runtime::WriteFields for ConnectedAccountConnection {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("strategy", &self.strategy)?;
        if let Some(value) = &self.scopes {
            map.serialize_entry("scopes", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(ConnectedAccountConnection);
/// The unique identifier for a connected account
///
/// Schema `ConnectedAccountId`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConnectedAccountId(String);
impl ConnectedAccountId {
    /// Checks `value` against the schema's constraints.
    pub fn new(value: impl Into<String>) -> Result<Self, String> {
        let value = value.into();
        runtime::check_string(
            &value,
            &runtime::StringRules {
                min_length: None,
                max_length: None,
                pattern: Some(&PATTERN_5D3111DB4AEF0866),
            },
        )?;
        Ok(ConnectedAccountId(value))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn into_inner(self) -> String {
        self.0
    }
}
impl std::ops::Deref for ConnectedAccountId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl AsRef<str> for ConnectedAccountId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}
impl std::fmt::Display for ConnectedAccountId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::str::FromStr for ConnectedAccountId {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        ConnectedAccountId::new(s)
    }
}
impl TryFrom<String> for ConnectedAccountId {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        ConnectedAccountId::new(s)
    }
}
impl TryFrom<&str> for ConnectedAccountId {
    type Error = String;
    fn try_from(s: &str) -> Result<Self, String> {
        ConnectedAccountId::new(s)
    }
}
impl runtime::Decode for ConnectedAccountId {
    fn decode<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, D::Error> {
        Ok(
            runtime::Decoder::decode(
                    &runtime::Str(
                        &runtime::StringRules {
                            min_length: None,
                            max_length: None,
                            pattern: Some(&PATTERN_5D3111DB4AEF0866),
                        },
                    ),
                    d,
                    cx,
                )?
                .map(ConnectedAccountId),
        )
    }
}
impl serde::Serialize for ConnectedAccountId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&self.0, serializer)
    }
}
runtime::impl_describe!(ConnectedAccountId);
runtime::impl_deserialize!(ConnectedAccountId);
/// Name of the database connection
///
/// Schema `Connection`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Connection(String);
impl Connection {
    /// Checks `value` against the schema's constraints.
    pub fn new(value: impl Into<String>) -> Result<Self, String> {
        let value = value.into();
        runtime::check_string(
            &value,
            &runtime::StringRules {
                min_length: Some(1usize),
                max_length: Some(128usize),
                pattern: Some(&PATTERN_06440FA9411F209D),
            },
        )?;
        Ok(Connection(value))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn into_inner(self) -> String {
        self.0
    }
}
impl std::ops::Deref for Connection {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl AsRef<str> for Connection {
    fn as_ref(&self) -> &str {
        &self.0
    }
}
impl std::fmt::Display for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::str::FromStr for Connection {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Connection::new(s)
    }
}
impl TryFrom<String> for Connection {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Connection::new(s)
    }
}
impl TryFrom<&str> for Connection {
    type Error = String;
    fn try_from(s: &str) -> Result<Self, String> {
        Connection::new(s)
    }
}
impl runtime::Decode for Connection {
    fn decode<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, D::Error> {
        Ok(
            runtime::Decoder::decode(
                    &runtime::Str(
                        &runtime::StringRules {
                            min_length: Some(1usize),
                            max_length: Some(128usize),
                            pattern: Some(&PATTERN_06440FA9411F209D),
                        },
                    ),
                    d,
                    cx,
                )?
                .map(Connection),
        )
    }
}
impl serde::Serialize for Connection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&self.0, serializer)
    }
}
runtime::impl_describe!(Connection);
runtime::impl_deserialize!(Connection);
/// Schema `ConnectionNamesFilter`.
///
/// # Choosing the variant
///
/// The variant is decided from the value, not by trying each one: its JSON type first; for an object, the variants whose required properties are all present, whose single-valued properties (tags) that are present hold their value, and (for a closed variant) that declare every property present qualify; the one whose tags match the most present properties wins, then the one with the most required properties, then the one that declares the most of the present properties, then the first listed. A value no variant takes is reported against the nearest variant (by tags, then by keys), field by field.
///
/// Variants hold their payloads unboxed (so `clippy::large_enum_variant` is allowed): a value is matched far more often than it is moved, and a box would be in every pattern.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum ConnectionNamesFilter {
    String(String),
    Array(Vec<String>),
}
impl ConnectionNamesFilter {
    /// What each variant accepts, in the order of the variants.
    pub const SHAPES: &'static [runtime::VariantShape] = &[
        runtime::VariantShape {
            name: "String",
            types: runtime::json_type::STRING,
            required: &[],
            known: &[],
            closed: false,
            tags: &[],
        },
        runtime::VariantShape {
            name: "Array",
            types: runtime::json_type::ARRAY,
            required: &[],
            known: &[],
            closed: false,
            tags: &[],
        },
    ];
    /// The members of the spec's union each variant stands for (several where their shapes are identical).
    pub fn stands_for(&self) -> &'static [&'static str] {
        match self {
            ConnectionNamesFilter::String(_) => &["string"],
            ConnectionNamesFilter::Array(_) => &["array"],
        }
    }
}
impl ConnectionNamesFilter {
    /// Decodes the buffered value as the variant at `index`.
    fn decode_variant(
        index: usize,
        v: &runtime::Ahead,
        cx: &mut runtime::Cx,
    ) -> Option<Self> {
        match index {
            0 => {
                runtime::from_ahead(
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: None,
                                max_length: Some(128usize),
                                pattern: None,
                            },
                        ),
                        v,
                        cx,
                    )
                    .map(ConnectionNamesFilter::String)
            }
            _ => {
                runtime::from_ahead(
                        &runtime::ArrayOf(
                            &runtime::ArrayRules {
                                min_items: Some(1usize),
                                max_items: Some(20usize),
                                unique_items: false,
                            },
                            runtime::Str(
                                &runtime::StringRules {
                                    min_length: None,
                                    max_length: Some(128usize),
                                    pattern: None,
                                },
                            ),
                        ),
                        v,
                        cx,
                    )
                    .map(ConnectionNamesFilter::Array)
            }
        }
    }
}
impl runtime::Decode for ConnectionNamesFilter {
    #[inline]
    fn decode<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, D::Error> {
        let v = runtime::buffer(d)?;
        Ok(
            runtime::decode_union(
                &v,
                "ConnectionNamesFilter",
                ConnectionNamesFilter::SHAPES,
                None,
                cx,
                ConnectionNamesFilter::decode_variant,
            ),
        )
    }
}
impl serde::Serialize for ConnectionNamesFilter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ConnectionNamesFilter::String(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            ConnectionNamesFilter::Array(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
        }
    }
}
impl runtime::Describe for ConnectionNamesFilter {
    fn describe(&self) -> String {
        match self {
            ConnectionNamesFilter::String(_) => {
                "ConnectionNamesFilter::String".to_string()
            }
            ConnectionNamesFilter::Array(_) => "ConnectionNamesFilter::Array".to_string(),
        }
    }
}
runtime::impl_deserialize!(ConnectionNamesFilter);
/// A consent record representing user authorization for a specific client and scope.
///
/// Schema `Consent`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Consent {
    /// The unique identifier of the consent.
    pub id: String,
    /// The client ID that the consent was granted to.
    pub client_id: String,
    /// Details of the consent request
    pub requested_details: Option<ConsentDetails>,
    /// The date and time when the consent was created.
    pub created_at: String,
    /// The date and time when the consent expires.
    pub expires_at: String,
}
impl Consent {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "id",
        "client_id",
        "requested_details",
        "created_at",
        "expires_at",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        id: String,
        client_id: String,
        created_at: String,
        expires_at: String,
    ) -> Self {
        Self {
            id,
            client_id,
            requested_details: None,
            created_at,
            expires_at,
        }
    }
}
impl runtime::DecodeMap for Consent {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = Consent::PROPERTIES;
        let mut field_id = None;
        let mut field_client_id = None;
        let mut field_requested_details = None;
        let mut field_created_at = None;
        let mut field_expires_at = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "client_id" => {
                    field_client_id = runtime::value(&mut map, "client_id", cx)?;
                }
                "requested_details" => {
                    field_requested_details = runtime::value(
                        &mut map,
                        "requested_details",
                        cx,
                    )?;
                }
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                "expires_at" => {
                    field_expires_at = runtime::value(&mut map, "expires_at", cx)?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (
            Some(field_id),
            Some(field_client_id),
            Some(field_requested_details),
            Some(field_created_at),
            Some(field_expires_at),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_client_id, "client_id", cx),
            runtime::optional(field_requested_details),
            runtime::required(field_created_at, "created_at", cx),
            runtime::required(field_expires_at, "expires_at", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                client_id: field_client_id,
                requested_details: field_requested_details,
                created_at: field_created_at,
                expires_at: field_expires_at,
            }),
        )
    }
}
impl runtime::WriteFields for Consent {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("client_id", &self.client_id)?;
        if let Some(value) = &self.requested_details {
            map.serialize_entry("requested_details", value)?;
        }
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("expires_at", &self.expires_at)?;
        Ok(())
    }
}
runtime::object_impls!(Consent);
/// Details of the consent request
///
/// Schema `ConsentDetails`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ConsentDetails {
    /// A human-readable identifier or message intended to be displayed on both the consumption device and the authentication device to interlock them together for the transaction by way of a visual cue for the end-user.
    pub binding_message: Option<String>,
    /// The audience (API identifier) that the consent was granted for.
    pub audience: Option<String>,
    /// The scopes that were requested for this consent.
    pub scope: Option<Vec<String>>,
}
impl ConsentDetails {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "binding_message",
        "audience",
        "scope",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new() -> Self {
        Self {
            binding_message: None,
            audience: None,
            scope: None,
        }
    }
}
impl Default for ConsentDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl runtime::DecodeMap for ConsentDetails {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = ConsentDetails::PROPERTIES;
        let mut field_binding_message = None;
        let mut field_audience = None;
        let mut field_scope = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "binding_message" => {
                    field_binding_message = runtime::value(
                        &mut map,
                        "binding_message",
                        cx,
                    )?;
                }
                "audience" => field_audience = runtime::value(&mut map, "audience", cx)?,
                "scope" => field_scope = runtime::value(&mut map, "scope", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_binding_message), Some(field_audience), Some(field_scope)) = (
            runtime::optional(field_binding_message),
            runtime::optional(field_audience),
            runtime::optional(field_scope),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                binding_message: field_binding_message,
                audience: field_audience,
                scope: field_scope,
            }),
        )
    }
}
impl runtime::WriteFields for ConsentDetails {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.binding_message {
            map.serialize_entry("binding_message", value)?;
        }
        if let Some(value) = &self.audience {
            map.serialize_entry("audience", value)?;
        }
        if let Some(value) = &self.scope {
            map.serialize_entry("scope", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(ConsentDetails);
/// Request content for creating an authentication method
///
/// Schema `CreateAuthenticationMethodRequestContent`.
///
/// Variants hold their payloads unboxed (so `clippy::large_enum_variant` is allowed): a value is matched far more often than it is moved, and a box would be in every pattern.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAuthenticationMethodRequestContent {
    /// `type: passkey`: Passkey enrollment payload
    Passkey(CreatePasskeyAuthenticationMethod),
    /// `type: totp`: TOTP enrollment payload
    Totp(CreateTotpAuthenticationMethod),
    /// `type: push-notification`: Push Notification enrollment payload
    PushNotification(CreatePushNotificationAuthenticationMethod),
    /// `type: recovery-code`: Recovery Code enrollment payload
    RecoveryCode(CreateRecoveryCodeAuthenticationMethod),
    /// `type: email`: Email enrollment payload
    Email(CreateEmailAuthenticationMethod),
    /// `type: phone`: Phone enrollment payload
    Phone(CreatePhoneAuthenticationMethod),
    /// `type: password`: Password authentication method creation payload
    Password(CreatePasswordAuthenticationMethod),
}
impl CreateAuthenticationMethodRequestContent {
    /// The property that names the variant.
    pub const TAG: &'static str = "type";
    /// Every value of the tag, in the order of the variants.
    pub const TAG_VALUES: &'static [&'static str] = &[
        "passkey",
        "totp",
        "push-notification",
        "recovery-code",
        "email",
        "phone",
        "password",
    ];
    /// The value of the tag for this variant.
    pub fn tag(&self) -> &'static str {
        match self {
            CreateAuthenticationMethodRequestContent::Passkey(_) => "passkey",
            CreateAuthenticationMethodRequestContent::Totp(_) => "totp",
            CreateAuthenticationMethodRequestContent::PushNotification(_) => {
                "push-notification"
            }
            CreateAuthenticationMethodRequestContent::RecoveryCode(_) => "recovery-code",
            CreateAuthenticationMethodRequestContent::Email(_) => "email",
            CreateAuthenticationMethodRequestContent::Phone(_) => "phone",
            CreateAuthenticationMethodRequestContent::Password(_) => "password",
        }
    }
}
impl runtime::Tagged for CreateAuthenticationMethodRequestContent {
    const TAG: &'static str = "type";
    const TAG_IS_CONSTANT: bool = true;
    #[inline]
    fn holds_scalar(key: &str) -> bool {
        matches!(
            key, "connection" | "email" | "identity_user_id" | "phone_number" |
            "preferred_authentication_method" | "use_exclude_credentials"
        )
    }
    fn decode_variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        d: D,
        cx: &mut runtime::Cx,
        place: &mut Option<Self>,
    ) -> Result<(), D::Error> {
        match tag {
            "passkey" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(CreateAuthenticationMethodRequestContent::Passkey);
            }
            "totp" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(CreateAuthenticationMethodRequestContent::Totp);
            }
            "push-notification" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(CreateAuthenticationMethodRequestContent::PushNotification);
            }
            "recovery-code" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(CreateAuthenticationMethodRequestContent::RecoveryCode);
            }
            "email" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(CreateAuthenticationMethodRequestContent::Email);
            }
            "phone" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(CreateAuthenticationMethodRequestContent::Phone);
            }
            "password" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(CreateAuthenticationMethodRequestContent::Password);
            }
            other => {
                runtime::unknown_tag(
                    "type",
                    other,
                    CreateAuthenticationMethodRequestContent::TAG_VALUES,
                    cx,
                );
                runtime::skip_value(d)?;
            }
        }
        Ok(())
    }
}
impl runtime::Decode for CreateAuthenticationMethodRequestContent {
    #[inline]
    fn decode<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, D::Error> {
        runtime::decode_tagged(d, cx)
    }
    fn decode_in_place<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
        place: &mut Option<Self>,
    ) -> Result<(), D::Error> {
        runtime::decode_tagged_in_place(d, cx, place)
    }
}
impl serde::Serialize for CreateAuthenticationMethodRequestContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[allow(unused_imports)]
        use serde::ser::SerializeMap;
        match self {
            CreateAuthenticationMethodRequestContent::Passkey(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            CreateAuthenticationMethodRequestContent::Totp(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            CreateAuthenticationMethodRequestContent::PushNotification(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            CreateAuthenticationMethodRequestContent::RecoveryCode(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            CreateAuthenticationMethodRequestContent::Email(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            CreateAuthenticationMethodRequestContent::Phone(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            CreateAuthenticationMethodRequestContent::Password(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
        }
    }
}
impl runtime::Describe for CreateAuthenticationMethodRequestContent {
    fn describe(&self) -> String {
        match self {
            CreateAuthenticationMethodRequestContent::Passkey(_) => {
                "CreateAuthenticationMethodRequestContent::Passkey".to_string()
            }
            CreateAuthenticationMethodRequestContent::Totp(_) => {
                "CreateAuthenticationMethodRequestContent::Totp".to_string()
            }
            CreateAuthenticationMethodRequestContent::PushNotification(_) => {
                "CreateAuthenticationMethodRequestContent::PushNotification".to_string()
            }
            CreateAuthenticationMethodRequestContent::RecoveryCode(_) => {
                "CreateAuthenticationMethodRequestContent::RecoveryCode".to_string()
            }
            CreateAuthenticationMethodRequestContent::Email(_) => {
                "CreateAuthenticationMethodRequestContent::Email".to_string()
            }
            CreateAuthenticationMethodRequestContent::Phone(_) => {
                "CreateAuthenticationMethodRequestContent::Phone".to_string()
            }
            CreateAuthenticationMethodRequestContent::Password(_) => {
                "CreateAuthenticationMethodRequestContent::Password".to_string()
            }
        }
    }
}
impl From<CreatePasskeyAuthenticationMethod>
for CreateAuthenticationMethodRequestContent {
    fn from(payload: CreatePasskeyAuthenticationMethod) -> Self {
        CreateAuthenticationMethodRequestContent::Passkey(payload)
    }
}
impl From<CreateTotpAuthenticationMethod> for CreateAuthenticationMethodRequestContent {
    fn from(payload: CreateTotpAuthenticationMethod) -> Self {
        CreateAuthenticationMethodRequestContent::Totp(payload)
    }
}
impl From<CreatePushNotificationAuthenticationMethod>
for CreateAuthenticationMethodRequestContent {
    fn from(payload: CreatePushNotificationAuthenticationMethod) -> Self {
        CreateAuthenticationMethodRequestContent::PushNotification(payload)
    }
}
impl From<CreateRecoveryCodeAuthenticationMethod>
for CreateAuthenticationMethodRequestContent {
    fn from(payload: CreateRecoveryCodeAuthenticationMethod) -> Self {
        CreateAuthenticationMethodRequestContent::RecoveryCode(payload)
    }
}
impl From<CreateEmailAuthenticationMethod> for CreateAuthenticationMethodRequestContent {
    fn from(payload: CreateEmailAuthenticationMethod) -> Self {
        CreateAuthenticationMethodRequestContent::Email(payload)
    }
}
impl From<CreatePhoneAuthenticationMethod> for CreateAuthenticationMethodRequestContent {
    fn from(payload: CreatePhoneAuthenticationMethod) -> Self {
        CreateAuthenticationMethodRequestContent::Phone(payload)
    }
}
impl From<CreatePasswordAuthenticationMethod>
for CreateAuthenticationMethodRequestContent {
    fn from(payload: CreatePasswordAuthenticationMethod) -> Self {
        CreateAuthenticationMethodRequestContent::Password(payload)
    }
}
runtime::impl_deserialize!(CreateAuthenticationMethodRequestContent);
/// Schema `CreateAuthenticationMethodResponseContent`.
///
/// # Choosing the variant
///
/// The variant is decided from the value, not by trying each one: its JSON type first; for an object, the variants whose required properties are all present, whose single-valued properties (tags) that are present hold their value, and (for a closed variant) that declare every property present qualify; the one whose tags match the most present properties wins, then the one with the most required properties, then the one that declares the most of the present properties, then the first listed. A value no variant takes is reported against the nearest variant (by tags, then by keys), field by field.
///
/// Variants hold their payloads unboxed (so `clippy::large_enum_variant` is allowed): a value is matched far more often than it is moved, and a box would be in every pattern.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAuthenticationMethodResponseContent {
    /// Passkey enrollment information
    Passkey(PasskeyCreationResponse),
    WebAuthn(WebAuthnCreationResponse),
    /// Email/Phone enrollment information
    MfaBase(MfaBaseCreationResponse),
    QrCode(QrCodeCreationResponse),
    RecoveryCode(RecoveryCodeCreationResponse),
    /// Password enrollment information
    Password(PasswordCreationResponse),
}
impl CreateAuthenticationMethodResponseContent {
    /// What each variant accepts, in the order of the variants.
    pub const SHAPES: &'static [runtime::VariantShape] = &[
        runtime::VariantShape {
            name: "Passkey",
            types: runtime::json_type::OBJECT,
            required: &["auth_session", "authn_params_public_key"],
            known: &["auth_session", "authn_params_public_key"],
            closed: false,
            tags: &[],
        },
        runtime::VariantShape {
            name: "WebAuthn",
            types: runtime::json_type::OBJECT,
            required: &["id", "auth_session", "authn_params_public_key"],
            known: &["id", "auth_session", "authn_params_public_key"],
            closed: false,
            tags: &[],
        },
        runtime::VariantShape {
            name: "MfaBase",
            types: runtime::json_type::OBJECT,
            required: &["id", "auth_session"],
            known: &["id", "auth_session"],
            closed: false,
            tags: &[],
        },
        runtime::VariantShape {
            name: "QrCode",
            types: runtime::json_type::OBJECT,
            required: &["id", "auth_session", "barcode_uri"],
            known: &["id", "auth_session", "barcode_uri", "manual_input_code"],
            closed: false,
            tags: &[],
        },
        runtime::VariantShape {
            name: "RecoveryCode",
            types: runtime::json_type::OBJECT,
            required: &["id", "auth_session", "recovery_code"],
            known: &["id", "auth_session", "recovery_code"],
            closed: false,
            tags: &[],
        },
        runtime::VariantShape {
            name: "Password",
            types: runtime::json_type::OBJECT,
            required: &["id", "policy", "auth_session"],
            known: &["id", "policy", "auth_session"],
            closed: false,
            tags: &[],
        },
    ];
    /// The members of the spec's union each variant stands for (several where their shapes are identical).
    pub fn stands_for(&self) -> &'static [&'static str] {
        match self {
            CreateAuthenticationMethodResponseContent::Passkey(_) => &["Passkey"],
            CreateAuthenticationMethodResponseContent::WebAuthn(_) => &["WebAuthn"],
            CreateAuthenticationMethodResponseContent::MfaBase(_) => &["MfaBase"],
            CreateAuthenticationMethodResponseContent::QrCode(_) => &["QrCode"],
            CreateAuthenticationMethodResponseContent::RecoveryCode(_) => {
                &["RecoveryCode"]
            }
            CreateAuthenticationMethodResponseContent::Password(_) => &["Password"],
        }
    }
}
impl CreateAuthenticationMethodResponseContent {
    /// Decodes the buffered value as the variant at `index`.
    fn decode_variant(
        index: usize,
        v: &runtime::Ahead,
        cx: &mut runtime::Cx,
    ) -> Option<Self> {
        match index {
            0 => {
                runtime::from_ahead(&runtime::of::<PasskeyCreationResponse>(), v, cx)
                    .map(CreateAuthenticationMethodResponseContent::Passkey)
            }
            1 => {
                runtime::from_ahead(&runtime::of::<WebAuthnCreationResponse>(), v, cx)
                    .map(CreateAuthenticationMethodResponseContent::WebAuthn)
            }
            2 => {
                runtime::from_ahead(&runtime::of::<MfaBaseCreationResponse>(), v, cx)
                    .map(CreateAuthenticationMethodResponseContent::MfaBase)
            }
            3 => {
                runtime::from_ahead(&runtime::of::<QrCodeCreationResponse>(), v, cx)
                    .map(CreateAuthenticationMethodResponseContent::QrCode)
            }
            4 => {
                runtime::from_ahead(
                        &runtime::of::<RecoveryCodeCreationResponse>(),
                        v,
                        cx,
                    )
                    .map(CreateAuthenticationMethodResponseContent::RecoveryCode)
            }
            _ => {
                runtime::from_ahead(&runtime::of::<PasswordCreationResponse>(), v, cx)
                    .map(CreateAuthenticationMethodResponseContent::Password)
            }
        }
    }
    /// Which variants declare the property `key`, and which require it (bit `i`: variant `i`).
    fn key_bits(key: &str) -> (u64, u64) {
        match key {
            "auth_session" => (63, 63),
            "authn_params_public_key" => (3, 3),
            "barcode_uri" => (8, 8),
            "id" => (62, 62),
            "manual_input_code" => (8, 0),
            "policy" => (32, 32),
            "recovery_code" => (16, 16),
            _ => (0, 0),
        }
    }
}
impl runtime::DecodeKeyed for CreateAuthenticationMethodResponseContent {
    const NAME: &'static str = "CreateAuthenticationMethodResponseContent";
    fn decode_entries<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        place: &mut Option<Self>,
    ) -> Result<(), A::Error> {
        /// Each variant's properties (bit `p`: the slot `property_p` below), in the order of the variants.
        const MEMBERS: &[runtime::Member] = &[
            runtime::Member {
                declared: 3,
                required: 3,
                properties: PasskeyCreationResponse::PROPERTIES,
                required_in_order: &["auth_session", "authn_params_public_key"],
            },
            runtime::Member {
                declared: 7,
                required: 7,
                properties: WebAuthnCreationResponse::PROPERTIES,
                required_in_order: &["id", "auth_session", "authn_params_public_key"],
            },
            runtime::Member {
                declared: 5,
                required: 5,
                properties: MfaBaseCreationResponse::PROPERTIES,
                required_in_order: &["id", "auth_session"],
            },
            runtime::Member {
                declared: 29,
                required: 13,
                properties: QrCodeCreationResponse::PROPERTIES,
                required_in_order: &["id", "auth_session", "barcode_uri"],
            },
            runtime::Member {
                declared: 37,
                required: 37,
                properties: RecoveryCodeCreationResponse::PROPERTIES,
                required_in_order: &["id", "auth_session", "recovery_code"],
            },
            runtime::Member {
                declared: 69,
                required: 69,
                properties: PasswordCreationResponse::PROPERTIES,
                required_in_order: &["id", "policy", "auth_session"],
            },
        ];
        let mut pass = runtime::OpenPass::new(cx);
        let mut property_0 = None;
        let mut property_1 = None;
        let mut property_2 = None;
        let mut property_3 = None;
        let mut property_4 = None;
        let mut property_5 = None;
        let mut property_6 = None;
        let mut extras = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "auth_session" => {
                    pass.key(0);
                    property_0 = runtime::value(&mut map, "auth_session", cx)?;
                }
                "authn_params_public_key" => {
                    pass.key(1);
                    property_1 = runtime::value(
                        &mut map,
                        "authn_params_public_key",
                        cx,
                    )?;
                }
                "id" => {
                    pass.key(2);
                    property_2 = runtime::value(&mut map, "id", cx)?;
                }
                "barcode_uri" => {
                    pass.key(3);
                    property_3 = runtime::value(&mut map, "barcode_uri", cx)?;
                }
                "manual_input_code" => {
                    pass.key(4);
                    property_4 = runtime::value(&mut map, "manual_input_code", cx)?;
                }
                "recovery_code" => {
                    pass.key(5);
                    property_5 = runtime::value(&mut map, "recovery_code", cx)?;
                }
                "policy" => {
                    pass.key(6);
                    property_6 = runtime::value(&mut map, "policy", cx)?;
                }
                _ => runtime::extra(&mut map, key, &mut extras)?,
            }
        }
        match pass
            .take(
                MEMBERS,
                CreateAuthenticationMethodResponseContent::SHAPES,
                !extras.is_empty(),
                cx,
            )
        {
            Some(0) => {
                let (Some(value_0), Some(value_1)) = (
                    runtime::required(property_0, "auth_session", cx),
                    runtime::required(property_1, "authn_params_public_key", cx),
                ) else { return Ok(()) };
                *place = Some(
                    CreateAuthenticationMethodResponseContent::Passkey(PasskeyCreationResponse {
                        auth_session: value_0,
                        authn_params_public_key: value_1,
                        additional_properties: extras,
                    }),
                );
            }
            Some(1) => {
                let (Some(value_0), Some(value_1), Some(value_2)) = (
                    runtime::required(property_2, "id", cx),
                    runtime::required(property_0, "auth_session", cx),
                    runtime::required(property_1, "authn_params_public_key", cx),
                ) else { return Ok(()) };
                *place = Some(
                    CreateAuthenticationMethodResponseContent::WebAuthn(WebAuthnCreationResponse {
                        id: value_0,
                        auth_session: value_1,
                        authn_params_public_key: value_2,
                        additional_properties: extras,
                    }),
                );
            }
            Some(2) => {
                let (Some(value_0), Some(value_1)) = (
                    runtime::required(property_2, "id", cx),
                    runtime::required(property_0, "auth_session", cx),
                ) else { return Ok(()) };
                *place = Some(
                    CreateAuthenticationMethodResponseContent::MfaBase(MfaBaseCreationResponse {
                        id: value_0,
                        auth_session: value_1,
                        additional_properties: extras,
                    }),
                );
            }
            Some(3) => {
                let (Some(value_0), Some(value_1), Some(value_2), Some(value_3)) = (
                    runtime::required(property_2, "id", cx),
                    runtime::required(property_0, "auth_session", cx),
                    runtime::required(property_3, "barcode_uri", cx),
                    runtime::optional(property_4),
                ) else { return Ok(()) };
                *place = Some(
                    CreateAuthenticationMethodResponseContent::QrCode(QrCodeCreationResponse {
                        id: value_0,
                        auth_session: value_1,
                        barcode_uri: value_2,
                        manual_input_code: value_3,
                        additional_properties: extras,
                    }),
                );
            }
            Some(4) => {
                let (Some(value_0), Some(value_1), Some(value_2)) = (
                    runtime::required(property_2, "id", cx),
                    runtime::required(property_0, "auth_session", cx),
                    runtime::required(property_5, "recovery_code", cx),
                ) else { return Ok(()) };
                *place = Some(
                    CreateAuthenticationMethodResponseContent::RecoveryCode(RecoveryCodeCreationResponse {
                        id: value_0,
                        auth_session: value_1,
                        recovery_code: value_2,
                        additional_properties: extras,
                    }),
                );
            }
            Some(5) => {
                let (Some(value_0), Some(value_1), Some(value_2)) = (
                    runtime::required(property_2, "id", cx),
                    runtime::required(property_6, "policy", cx),
                    runtime::required(property_0, "auth_session", cx),
                ) else { return Ok(()) };
                *place = Some(
                    CreateAuthenticationMethodResponseContent::Password(PasswordCreationResponse {
                        id: value_0,
                        policy: value_1,
                        auth_session: value_2,
                        additional_properties: extras,
                    }),
                );
            }
            _ => {}
        }
        Ok(())
    }
}
impl runtime::Decode for CreateAuthenticationMethodResponseContent {
    #[inline]
    fn decode<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, D::Error> {
        if cx.replayable() {
            return runtime::decode_keyed(d, cx);
        }
        let v = runtime::buffer(d)?;
        Ok(
            runtime::decode_union(
                &v,
                "CreateAuthenticationMethodResponseContent",
                CreateAuthenticationMethodResponseContent::SHAPES,
                Some(CreateAuthenticationMethodResponseContent::key_bits),
                cx,
                CreateAuthenticationMethodResponseContent::decode_variant,
            ),
        )
    }
    fn decode_in_place<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
        place: &mut Option<Self>,
    ) -> Result<(), D::Error> {
        if cx.replayable() {
            return runtime::decode_keyed_in_place(d, cx, place);
        }
        *place = Self::decode(d, cx)?;
        Ok(())
    }
}
impl serde::Serialize for CreateAuthenticationMethodResponseContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            CreateAuthenticationMethodResponseContent::Passkey(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            CreateAuthenticationMethodResponseContent::WebAuthn(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            CreateAuthenticationMethodResponseContent::MfaBase(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            CreateAuthenticationMethodResponseContent::QrCode(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            CreateAuthenticationMethodResponseContent::RecoveryCode(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            CreateAuthenticationMethodResponseContent::Password(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
        }
    }
}
impl runtime::Describe for CreateAuthenticationMethodResponseContent {
    fn describe(&self) -> String {
        match self {
            CreateAuthenticationMethodResponseContent::Passkey(_) => {
                "CreateAuthenticationMethodResponseContent::Passkey".to_string()
            }
            CreateAuthenticationMethodResponseContent::WebAuthn(_) => {
                "CreateAuthenticationMethodResponseContent::WebAuthn".to_string()
            }
            CreateAuthenticationMethodResponseContent::MfaBase(_) => {
                "CreateAuthenticationMethodResponseContent::MfaBase".to_string()
            }
            CreateAuthenticationMethodResponseContent::QrCode(_) => {
                "CreateAuthenticationMethodResponseContent::QrCode".to_string()
            }
            CreateAuthenticationMethodResponseContent::RecoveryCode(_) => {
                "CreateAuthenticationMethodResponseContent::RecoveryCode".to_string()
            }
            CreateAuthenticationMethodResponseContent::Password(_) => {
                "CreateAuthenticationMethodResponseContent::Password".to_string()
            }
        }
    }
}
runtime::impl_deserialize!(CreateAuthenticationMethodResponseContent);
/// Request body for creating an account connection request.
///
/// Schema `CreateConnectedAccountsRequestContent`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateConnectedAccountsRequestContent {
    /// Whether `code_challenge_method` (always `"S256"`) is present.
    pub has_code_challenge_method: bool,
    /// The name of the connection to link the account with (e.g., 'google-oauth2', 'facebook').
    pub connection: String,
    /// The URI to redirect to after the connection process completes.
    pub redirect_uri: String,
    /// An opaque value used to maintain state between the request and callback.
    pub state: Option<String>,
    /// The PKCE code challenge derived from the code verifier.
    pub code_challenge: Option<String>,
    /// Defines the permissions that the client requests from the Identity Provider. Must include the standard scopes used to identify the user (e.g. 'openid', 'email', 'profile'), the scope required to obtain refresh tokens if needed (e.g. 'offline_access'), and any custom scopes the client needs to access protected resources.
    pub scopes: Option<Vec<String>>,
    /// Authorization Parameters
    ///
    /// Authorization parameters to be sent to the underlying Identity Provider (IdP) during the authorization request. These parameters influence how the IdP processes the authorization flow and what permissions are requested.
    pub authorization_params: Option<AuthorizationParams>,
}
impl CreateConnectedAccountsRequestContent {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "code_challenge_method",
        "connection",
        "redirect_uri",
        "state",
        "code_challenge",
        "scopes",
        "authorization_params",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(connection: String, redirect_uri: String) -> Self {
        Self {
            has_code_challenge_method: false,
            connection,
            redirect_uri,
            state: None,
            code_challenge: None,
            scopes: None,
            authorization_params: None,
        }
    }
}
impl runtime::DecodeMap for CreateConnectedAccountsRequestContent {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = CreateConnectedAccountsRequestContent::PROPERTIES;
        let mut seen_0 = false;
        let mut field_connection = None;
        let mut field_redirect_uri = None;
        let mut field_state = None;
        let mut field_code_challenge = None;
        let mut field_scopes = None;
        let mut field_authorization_params = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "code_challenge_method" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "code_challenge_method",
                        &runtime::Const::Str("S256"),
                        cx,
                    )?;
                }
                "connection" => {
                    field_connection = runtime::field(
                        &mut map,
                        "connection",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: Some(1usize),
                                max_length: Some(128usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "redirect_uri" => {
                    field_redirect_uri = runtime::field(
                        &mut map,
                        "redirect_uri",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: None,
                                max_length: Some(2048usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "state" => {
                    field_state = runtime::field(
                        &mut map,
                        "state",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: Some(1usize),
                                max_length: Some(4096usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "code_challenge" => {
                    field_code_challenge = runtime::field(
                        &mut map,
                        "code_challenge",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: Some(43usize),
                                max_length: Some(128usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "scopes" => {
                    field_scopes = runtime::field(
                        &mut map,
                        "scopes",
                        &runtime::ArrayOf(
                            &runtime::ArrayRules {
                                min_items: Some(1usize),
                                max_items: Some(100usize),
                                unique_items: true,
                            },
                            runtime::Str(
                                &runtime::StringRules {
                                    min_length: Some(1usize),
                                    max_length: Some(255usize),
                                    pattern: None,
                                },
                            ),
                        ),
                        cx,
                    )?;
                }
                "authorization_params" => {
                    field_authorization_params = runtime::value(
                        &mut map,
                        "authorization_params",
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (
            Some(field_connection),
            Some(field_redirect_uri),
            Some(field_state),
            Some(field_code_challenge),
            Some(field_scopes),
            Some(field_authorization_params),
        ) = (
            runtime::required(field_connection, "connection", cx),
            runtime::required(field_redirect_uri, "redirect_uri", cx),
            runtime::optional(field_state),
            runtime::optional(field_code_challenge),
            runtime::optional(field_scopes),
            runtime::optional(field_authorization_params),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                has_code_challenge_method: seen_0,
                connection: field_connection,
                redirect_uri: field_redirect_uri,
                state: field_state,
                code_challenge: field_code_challenge,
                scopes: field_scopes,
                authorization_params: field_authorization_params,
            }),
        )
    }
}
impl runtime::WriteFields for CreateConnectedAccountsRequestContent {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if self.has_code_challenge_method {
            map.serialize_entry("code_challenge_method", &"S256")?;
        }
        map.serialize_entry("connection", &self.connection)?;
        map.serialize_entry("redirect_uri", &self.redirect_uri)?;
        if let Some(value) = &self.state {
            map.serialize_entry("state", value)?;
        }
        if let Some(value) = &self.code_challenge {
            map.serialize_entry("code_challenge", value)?;
        }
        if let Some(value) = &self.scopes {
            map.serialize_entry("scopes", value)?;
        }
        if let Some(value) = &self.authorization_params {
            map.serialize_entry("authorization_params", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(CreateConnectedAccountsRequestContent);
/// Schema `CreateConnectedAccountsResponseContent`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateConnectedAccountsResponseContent {
    /// The base URI to initiate the account connection flow.
    pub connect_uri: String,
    /// The authentication session identifier.
    pub auth_session: String,
    /// Parameters to be used with the connect URI.
    pub connect_params: ConnectParams,
    /// The number of seconds until the ticket expires.
    pub expires_in: i64,
}
impl CreateConnectedAccountsResponseContent {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "connect_uri",
        "auth_session",
        "connect_params",
        "expires_in",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        connect_uri: String,
        auth_session: String,
        connect_params: ConnectParams,
        expires_in: i64,
    ) -> Self {
        Self {
            connect_uri,
            auth_session,
            connect_params,
            expires_in,
        }
    }
}
impl runtime::DecodeMap for CreateConnectedAccountsResponseContent {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = CreateConnectedAccountsResponseContent::PROPERTIES;
        let mut field_connect_uri = None;
        let mut field_auth_session = None;
        let mut field_connect_params = None;
        let mut field_expires_in = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "connect_uri" => {
                    field_connect_uri = runtime::value(&mut map, "connect_uri", cx)?;
                }
                "auth_session" => {
                    field_auth_session = runtime::field(
                        &mut map,
                        "auth_session",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: None,
                                max_length: Some(64usize),
                                pattern: None,
                            },
                        ),
                        cx,
                    )?;
                }
                "connect_params" => {
                    field_connect_params = runtime::value(
                        &mut map,
                        "connect_params",
                        cx,
                    )?;
                }
                "expires_in" => {
                    field_expires_in = runtime::field(
                        &mut map,
                        "expires_in",
                        &runtime::Bounded(
                            &runtime::NumberRules {
                                minimum: Some(1f64),
                                maximum: None,
                                exclusive_minimum: false,
                                exclusive_maximum: false,
                                multiple_of: None,
                            },
                            runtime::of::<i64>(),
                        ),
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (
            Some(field_connect_uri),
            Some(field_auth_session),
            Some(field_connect_params),
            Some(field_expires_in),
        ) = (
            runtime::required(field_connect_uri, "connect_uri", cx),
            runtime::required(field_auth_session, "auth_session", cx),
            runtime::required(field_connect_params, "connect_params", cx),
            runtime::required(field_expires_in, "expires_in", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                connect_uri: field_connect_uri,
                auth_session: field_auth_session,
                connect_params: field_connect_params,
                expires_in: field_expires_in,
            }),
        )
    }
}
impl runtime::WriteFields for CreateConnectedAccountsResponseContent {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("connect_uri", &self.connect_uri)?;
        map.serialize_entry("auth_session", &self.auth_session)?;
        map.serialize_entry("connect_params", &self.connect_params)?;
        map.serialize_entry("expires_in", &self.expires_in)?;
        Ok(())
    }
}
runtime::object_impls!(CreateConnectedAccountsResponseContent);
/// Email enrollment payload
///
/// Schema `CreateEmailAuthenticationMethod`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateEmailAuthenticationMethod {
    /// The email address to use for sending one-time codes.
    pub email: String,
}
impl CreateEmailAuthenticationMethod {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["type", "email"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(email: String) -> Self {
        Self { email }
    }
}
impl runtime::DecodeMap for CreateEmailAuthenticationMethod {
    #[inline]
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        tag_given: bool,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = CreateEmailAuthenticationMethod::PROPERTIES;
        let mut seen_0 = false;
        let mut field_email = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("email"),
                        cx,
                    )?;
                }
                "email" => field_email = runtime::value(&mut map, "email", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        runtime::missing(seen_0 || tag_given, "type", cx);
        let (Some(field_email),) = (runtime::required(field_email, "email", cx),) else {
            return Ok(None)
        };
        Ok(Some(Self { email: field_email }))
    }
}
impl runtime::WriteFields for CreateEmailAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"email")?;
        map.serialize_entry("email", &self.email)?;
        Ok(())
    }
}
runtime::object_impls!(CreateEmailAuthenticationMethod);
/// Passkey enrollment payload
///
/// Schema `CreatePasskeyAuthenticationMethod`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreatePasskeyAuthenticationMethod {
    /// Name of the database connection
    pub connection: Option<Connection>,
    /// Identity provider user ID
    pub identity_user_id: Option<IdentityUserId>,
    /// When enabled, Auth0 includes the user's existing credentials in the excludeCredentials field during passkey enrollment. This prevents users from accidentally registering multiple passkeys from the same authenticator, reducing credential clutter and avoiding confusion at sign-in.
    pub use_exclude_credentials: Option<bool>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl CreatePasskeyAuthenticationMethod {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "type",
        "connection",
        "identity_user_id",
        "use_exclude_credentials",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new() -> Self {
        Self {
            connection: None,
            identity_user_id: None,
            use_exclude_credentials: None,
            additional_properties: Default::default(),
        }
    }
}
impl Default for CreatePasskeyAuthenticationMethod {
    fn default() -> Self {
        Self::new()
    }
}
impl runtime::DecodeMap for CreatePasskeyAuthenticationMethod {
    #[inline]
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        tag_given: bool,
    ) -> Result<Option<Self>, A::Error> {
        let mut seen_0 = false;
        let mut field_connection = None;
        let mut field_identity_user_id = None;
        let mut field_use_exclude_credentials = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("passkey"),
                        cx,
                    )?;
                }
                "connection" => {
                    field_connection = runtime::value(&mut map, "connection", cx)?;
                }
                "identity_user_id" => {
                    field_identity_user_id = runtime::value(
                        &mut map,
                        "identity_user_id",
                        cx,
                    )?;
                }
                "use_exclude_credentials" => {
                    field_use_exclude_credentials = runtime::value(
                        &mut map,
                        "use_exclude_credentials",
                        cx,
                    )?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        runtime::missing(seen_0 || tag_given, "type", cx);
        let (
            Some(field_connection),
            Some(field_identity_user_id),
            Some(field_use_exclude_credentials),
        ) = (
            runtime::optional(field_connection),
            runtime::optional(field_identity_user_id),
            runtime::optional(field_use_exclude_credentials),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                connection: field_connection,
                identity_user_id: field_identity_user_id,
                use_exclude_credentials: field_use_exclude_credentials,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for CreatePasskeyAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"passkey")?;
        if let Some(value) = &self.connection {
            map.serialize_entry("connection", value)?;
        }
        if let Some(value) = &self.identity_user_id {
            map.serialize_entry("identity_user_id", value)?;
        }
        if let Some(value) = &self.use_exclude_credentials {
            map.serialize_entry("use_exclude_credentials", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(CreatePasskeyAuthenticationMethod);
/// Password authentication method creation payload
///
/// Schema `CreatePasswordAuthenticationMethod`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreatePasswordAuthenticationMethod {
    /// Name of the database connection
    pub connection: Option<Connection>,
    /// Identity provider user ID
    pub identity_user_id: Option<IdentityUserId>,
}
impl CreatePasswordAuthenticationMethod {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "type",
        "connection",
        "identity_user_id",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new() -> Self {
        Self {
            connection: None,
            identity_user_id: None,
        }
    }
}
impl Default for CreatePasswordAuthenticationMethod {
    fn default() -> Self {
        Self::new()
    }
}
impl runtime::DecodeMap for CreatePasswordAuthenticationMethod {
    #[inline]
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        tag_given: bool,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = CreatePasswordAuthenticationMethod::PROPERTIES;
        let mut seen_0 = false;
        let mut field_connection = None;
        let mut field_identity_user_id = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("password"),
                        cx,
                    )?;
                }
                "connection" => {
                    field_connection = runtime::value(&mut map, "connection", cx)?;
                }
                "identity_user_id" => {
                    field_identity_user_id = runtime::value(
                        &mut map,
                        "identity_user_id",
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        runtime::missing(seen_0 || tag_given, "type", cx);
        let (Some(field_connection), Some(field_identity_user_id)) = (
            runtime::optional(field_connection),
            runtime::optional(field_identity_user_id),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                connection: field_connection,
                identity_user_id: field_identity_user_id,
            }),
        )
    }
}
impl runtime::WriteFields for CreatePasswordAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"password")?;
        if let Some(value) = &self.connection {
            map.serialize_entry("connection", value)?;
        }
        if let Some(value) = &self.identity_user_id {
            map.serialize_entry("identity_user_id", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(CreatePasswordAuthenticationMethod);
/// Phone enrollment payload
///
/// Schema `CreatePhoneAuthenticationMethod`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreatePhoneAuthenticationMethod {
    /// The destination phone number used to send verification codes via text and voice.
    pub phone_number: String,
    /// The preferred communication method.
    pub preferred_authentication_method: Option<PhoneAuthenticationMethodEnum>,
}
impl CreatePhoneAuthenticationMethod {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "type",
        "phone_number",
        "preferred_authentication_method",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(phone_number: String) -> Self {
        Self {
            phone_number,
            preferred_authentication_method: None,
        }
    }
}
impl runtime::DecodeMap for CreatePhoneAuthenticationMethod {
    #[inline]
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        tag_given: bool,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = CreatePhoneAuthenticationMethod::PROPERTIES;
        let mut seen_0 = false;
        let mut field_phone_number = None;
        let mut field_preferred_authentication_method = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("phone"),
                        cx,
                    )?;
                }
                "phone_number" => {
                    field_phone_number = runtime::value(&mut map, "phone_number", cx)?;
                }
                "preferred_authentication_method" => {
                    field_preferred_authentication_method = runtime::value(
                        &mut map,
                        "preferred_authentication_method",
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        runtime::missing(seen_0 || tag_given, "type", cx);
        let (Some(field_phone_number), Some(field_preferred_authentication_method)) = (
            runtime::required(field_phone_number, "phone_number", cx),
            runtime::optional(field_preferred_authentication_method),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                phone_number: field_phone_number,
                preferred_authentication_method: field_preferred_authentication_method,
            }),
        )
    }
}
impl runtime::WriteFields for CreatePhoneAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"phone")?;
        map.serialize_entry("phone_number", &self.phone_number)?;
        if let Some(value) = &self.preferred_authentication_method {
            map.serialize_entry("preferred_authentication_method", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(CreatePhoneAuthenticationMethod);
/// Push Notification enrollment payload
///
/// Schema `CreatePushNotificationAuthenticationMethod`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreatePushNotificationAuthenticationMethod {}
impl CreatePushNotificationAuthenticationMethod {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["type"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new() -> Self {
        Self {}
    }
}
impl Default for CreatePushNotificationAuthenticationMethod {
    fn default() -> Self {
        Self::new()
    }
}
impl runtime::DecodeMap for CreatePushNotificationAuthenticationMethod {
    #[inline]
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        tag_given: bool,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = CreatePushNotificationAuthenticationMethod::PROPERTIES;
        let mut seen_0 = false;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("push-notification"),
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        runtime::missing(seen_0 || tag_given, "type", cx);
        Ok(Some(Self {}))
    }
}
impl runtime::WriteFields for CreatePushNotificationAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"push-notification")?;
        Ok(())
    }
}
runtime::object_impls!(CreatePushNotificationAuthenticationMethod);
/// Recovery Code enrollment payload
///
/// Schema `CreateRecoveryCodeAuthenticationMethod`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateRecoveryCodeAuthenticationMethod {}
impl CreateRecoveryCodeAuthenticationMethod {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["type"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new() -> Self {
        Self {}
    }
}
impl Default for CreateRecoveryCodeAuthenticationMethod {
    fn default() -> Self {
        Self::new()
    }
}
impl runtime::DecodeMap for CreateRecoveryCodeAuthenticationMethod {
    #[inline]
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        tag_given: bool,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = CreateRecoveryCodeAuthenticationMethod::PROPERTIES;
        let mut seen_0 = false;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("recovery-code"),
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        runtime::missing(seen_0 || tag_given, "type", cx);
        Ok(Some(Self {}))
    }
}
impl runtime::WriteFields for CreateRecoveryCodeAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"recovery-code")?;
        Ok(())
    }
}
runtime::object_impls!(CreateRecoveryCodeAuthenticationMethod);
/// TOTP enrollment payload
///
/// Schema `CreateTotpAuthenticationMethod`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateTotpAuthenticationMethod {}
impl CreateTotpAuthenticationMethod {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["type"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new() -> Self {
        Self {}
    }
}
impl Default for CreateTotpAuthenticationMethod {
    fn default() -> Self {
        Self::new()
    }
}
impl runtime::DecodeMap for CreateTotpAuthenticationMethod {
    #[inline]
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        tag_given: bool,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = CreateTotpAuthenticationMethod::PROPERTIES;
        let mut seen_0 = false;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("totp"),
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        runtime::missing(seen_0 || tag_given, "type", cx);
        Ok(Some(Self {}))
    }
}
impl runtime::WriteFields for CreateTotpAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"totp")?;
        Ok(())
    }
}
runtime::object_impls!(CreateTotpAuthenticationMethod);
/// Credential device type for passkey authentication methods
///
/// Schema `CredentialDeviceTypeEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CredentialDeviceTypeEnum {
    /// `multi_device`
    MultiDevice,
    /// `single_device`
    SingleDevice,
}
impl CredentialDeviceTypeEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [CredentialDeviceTypeEnum] = &[
        CredentialDeviceTypeEnum::MultiDevice,
        CredentialDeviceTypeEnum::SingleDevice,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            CredentialDeviceTypeEnum::MultiDevice => "multi_device",
            CredentialDeviceTypeEnum::SingleDevice => "single_device",
        }
    }
}
impl std::str::FromStr for CredentialDeviceTypeEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "multi_device" => Ok(CredentialDeviceTypeEnum::MultiDevice),
            "single_device" => Ok(CredentialDeviceTypeEnum::SingleDevice),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}",
                        "multi_device, single_device"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(CredentialDeviceTypeEnum);
/// Suggests how the IdP should display the authentication interface to the user.
///
/// Schema `DisplayEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DisplayEnum {
    /// `page`
    Page,
    /// `popup`
    Popup,
    /// `touch`
    Touch,
    /// `wap`
    Wap,
}
impl DisplayEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [DisplayEnum] = &[
        DisplayEnum::Page,
        DisplayEnum::Popup,
        DisplayEnum::Touch,
        DisplayEnum::Wap,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            DisplayEnum::Page => "page",
            DisplayEnum::Popup => "popup",
            DisplayEnum::Touch => "touch",
            DisplayEnum::Wap => "wap",
        }
    }
}
impl std::str::FromStr for DisplayEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "page" => Ok(DisplayEnum::Page),
            "popup" => Ok(DisplayEnum::Popup),
            "touch" => Ok(DisplayEnum::Touch),
            "wap" => Ok(DisplayEnum::Wap),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}",
                        "page, popup, touch, wap"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(DisplayEnum);
/// Schema `ErrorResponse`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ErrorResponse {
    pub type_: String,
    pub status: serde_json::Number,
    pub title: String,
    pub detail: String,
    pub validation_errors: Option<Vec<ValidationError>>,
}
impl ErrorResponse {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "type",
        "status",
        "title",
        "detail",
        "validation_errors",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        type_: String,
        status: serde_json::Number,
        title: String,
        detail: String,
    ) -> Self {
        Self {
            type_,
            status,
            title,
            detail,
            validation_errors: None,
        }
    }
}
impl runtime::DecodeMap for ErrorResponse {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = ErrorResponse::PROPERTIES;
        let mut field_type_ = None;
        let mut field_status = None;
        let mut field_title = None;
        let mut field_detail = None;
        let mut field_validation_errors = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => field_type_ = runtime::value(&mut map, "type", cx)?,
                "status" => field_status = runtime::value(&mut map, "status", cx)?,
                "title" => field_title = runtime::value(&mut map, "title", cx)?,
                "detail" => field_detail = runtime::value(&mut map, "detail", cx)?,
                "validation_errors" => {
                    field_validation_errors = runtime::value(
                        &mut map,
                        "validation_errors",
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (
            Some(field_type_),
            Some(field_status),
            Some(field_title),
            Some(field_detail),
            Some(field_validation_errors),
        ) = (
            runtime::required(field_type_, "type", cx),
            runtime::required(field_status, "status", cx),
            runtime::required(field_title, "title", cx),
            runtime::required(field_detail, "detail", cx),
            runtime::optional(field_validation_errors),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                type_: field_type_,
                status: field_status,
                title: field_title,
                detail: field_detail,
                validation_errors: field_validation_errors,
            }),
        )
    }
}
impl runtime::WriteFields for ErrorResponse {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &self.type_)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("title", &self.title)?;
        map.serialize_entry("detail", &self.detail)?;
        if let Some(value) = &self.validation_errors {
            map.serialize_entry("validation_errors", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(ErrorResponse);
/// Schema `Factor`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Factor {
    /// Authentication method type (factor)
    pub type_: FactorTypeEnum,
    /// Primary and/or secondary factor
    pub usage: Option<Usage>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl Factor {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["type", "usage"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(type_: FactorTypeEnum) -> Self {
        Self {
            type_,
            usage: None,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for Factor {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        let mut field_type_ = None;
        let mut field_usage = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => field_type_ = runtime::value(&mut map, "type", cx)?,
                "usage" => field_usage = runtime::value(&mut map, "usage", cx)?,
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        let (Some(field_type_), Some(field_usage)) = (
            runtime::required(field_type_, "type", cx),
            runtime::optional(field_usage),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                type_: field_type_,
                usage: field_usage,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for Factor {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.usage {
            map.serialize_entry("usage", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(Factor);
/// Authentication method type (factor)
///
/// Schema `FactorTypeEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FactorTypeEnum {
    /// `password`
    Password,
    /// `passkey`
    Passkey,
    /// `webauthn-platform`
    WebauthnPlatform,
    /// `webauthn-roaming`
    WebauthnRoaming,
    /// `totp`
    Totp,
    /// `phone`
    Phone,
    /// `email`
    Email,
    /// `push-notification`
    PushNotification,
    /// `recovery-code`
    RecoveryCode,
}
impl FactorTypeEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [FactorTypeEnum] = &[
        FactorTypeEnum::Password,
        FactorTypeEnum::Passkey,
        FactorTypeEnum::WebauthnPlatform,
        FactorTypeEnum::WebauthnRoaming,
        FactorTypeEnum::Totp,
        FactorTypeEnum::Phone,
        FactorTypeEnum::Email,
        FactorTypeEnum::PushNotification,
        FactorTypeEnum::RecoveryCode,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            FactorTypeEnum::Password => "password",
            FactorTypeEnum::Passkey => "passkey",
            FactorTypeEnum::WebauthnPlatform => "webauthn-platform",
            FactorTypeEnum::WebauthnRoaming => "webauthn-roaming",
            FactorTypeEnum::Totp => "totp",
            FactorTypeEnum::Phone => "phone",
            FactorTypeEnum::Email => "email",
            FactorTypeEnum::PushNotification => "push-notification",
            FactorTypeEnum::RecoveryCode => "recovery-code",
        }
    }
}
impl std::str::FromStr for FactorTypeEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "password" => Ok(FactorTypeEnum::Password),
            "passkey" => Ok(FactorTypeEnum::Passkey),
            "webauthn-platform" => Ok(FactorTypeEnum::WebauthnPlatform),
            "webauthn-roaming" => Ok(FactorTypeEnum::WebauthnRoaming),
            "totp" => Ok(FactorTypeEnum::Totp),
            "phone" => Ok(FactorTypeEnum::Phone),
            "email" => Ok(FactorTypeEnum::Email),
            "push-notification" => Ok(FactorTypeEnum::PushNotification),
            "recovery-code" => Ok(FactorTypeEnum::RecoveryCode),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}",
                        "password, passkey, webauthn-platform, webauthn-roaming, totp, phone, email, push-notification, recovery-code"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(FactorTypeEnum);
/// Schema `GetAuthenticationMethodResponseContent`.
///
/// Variants hold their payloads unboxed (so `clippy::large_enum_variant` is allowed): a value is matched far more often than it is moved, and a box would be in every pattern.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum GetAuthenticationMethodResponseContent {
    /// `type: password`: Password Authenticator
    Password(AuthenticationMethodPassword),
    /// `type: passkey`: Passkey Authenticator
    Passkey(AuthenticationMethodPasskey),
    /// `type: recovery-code`: Recovery Code Authenticator
    RecoveryCode(AuthenticationMethodMfaRecoveryCode),
    /// `type: push-notification`: Push Notification Authenticator
    PushNotification(AuthenticationMethodMfaPushNotification),
    /// `type: totp`: TOTP Authenticator
    Totp(AuthenticationMethodMfaTotp),
    /// `type: webauthn-platform`: WebAuthn Platform MFA Authenticator
    WebauthnPlatform(AuthenticationMethodWebAuthnPlatform),
    /// `type: webauthn-roaming`: WebAuthn Roaming MFA Authenticator
    WebauthnRoaming(AuthenticationMethodWebAuthnRoaming),
    /// `type: phone`: Phone MFA Authenticator
    Phone(AuthenticationMethodPhone),
    /// `type: email`: Email MFA Authenticator
    Email(AuthenticationMethodEmail),
}
impl GetAuthenticationMethodResponseContent {
    /// The property that names the variant.
    pub const TAG: &'static str = "type";
    /// Every value of the tag, in the order of the variants.
    pub const TAG_VALUES: &'static [&'static str] = &[
        "password",
        "passkey",
        "recovery-code",
        "push-notification",
        "totp",
        "webauthn-platform",
        "webauthn-roaming",
        "phone",
        "email",
    ];
    /// The value of the tag for this variant.
    pub fn tag(&self) -> &'static str {
        match self {
            GetAuthenticationMethodResponseContent::Password(_) => "password",
            GetAuthenticationMethodResponseContent::Passkey(_) => "passkey",
            GetAuthenticationMethodResponseContent::RecoveryCode(_) => "recovery-code",
            GetAuthenticationMethodResponseContent::PushNotification(_) => {
                "push-notification"
            }
            GetAuthenticationMethodResponseContent::Totp(_) => "totp",
            GetAuthenticationMethodResponseContent::WebauthnPlatform(_) => {
                "webauthn-platform"
            }
            GetAuthenticationMethodResponseContent::WebauthnRoaming(_) => {
                "webauthn-roaming"
            }
            GetAuthenticationMethodResponseContent::Phone(_) => "phone",
            GetAuthenticationMethodResponseContent::Email(_) => "email",
        }
    }
}
impl runtime::Tagged for GetAuthenticationMethodResponseContent {
    const TAG: &'static str = "type";
    const TAG_IS_CONSTANT: bool = true;
    #[inline]
    fn holds_scalar(key: &str) -> bool {
        matches!(
            key, "aaguid" | "confirmed" | "created_at" | "credential_backed_up" |
            "credential_device_type" | "email" | "id" | "identity_user_id" | "key_id" |
            "last_auth_at" | "last_password_reset" | "name" | "phone_number" |
            "preferred_authentication_method" | "public_key" | "relying_party_id" |
            "user_agent" | "user_handle"
        )
    }
    fn decode_variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        d: D,
        cx: &mut runtime::Cx,
        place: &mut Option<Self>,
    ) -> Result<(), D::Error> {
        match tag {
            "password" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(GetAuthenticationMethodResponseContent::Password);
            }
            "passkey" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(GetAuthenticationMethodResponseContent::Passkey);
            }
            "recovery-code" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(GetAuthenticationMethodResponseContent::RecoveryCode);
            }
            "push-notification" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(GetAuthenticationMethodResponseContent::PushNotification);
            }
            "totp" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(GetAuthenticationMethodResponseContent::Totp);
            }
            "webauthn-platform" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(GetAuthenticationMethodResponseContent::WebauthnPlatform);
            }
            "webauthn-roaming" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(GetAuthenticationMethodResponseContent::WebauthnRoaming);
            }
            "phone" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(GetAuthenticationMethodResponseContent::Phone);
            }
            "email" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(GetAuthenticationMethodResponseContent::Email);
            }
            other => {
                runtime::unknown_tag(
                    "type",
                    other,
                    GetAuthenticationMethodResponseContent::TAG_VALUES,
                    cx,
                );
                runtime::skip_value(d)?;
            }
        }
        Ok(())
    }
}
impl runtime::Decode for GetAuthenticationMethodResponseContent {
    #[inline]
    fn decode<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, D::Error> {
        runtime::decode_tagged(d, cx)
    }
    fn decode_in_place<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
        place: &mut Option<Self>,
    ) -> Result<(), D::Error> {
        runtime::decode_tagged_in_place(d, cx, place)
    }
}
impl serde::Serialize for GetAuthenticationMethodResponseContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[allow(unused_imports)]
        use serde::ser::SerializeMap;
        match self {
            GetAuthenticationMethodResponseContent::Password(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            GetAuthenticationMethodResponseContent::Passkey(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            GetAuthenticationMethodResponseContent::RecoveryCode(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            GetAuthenticationMethodResponseContent::PushNotification(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            GetAuthenticationMethodResponseContent::Totp(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            GetAuthenticationMethodResponseContent::WebauthnPlatform(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            GetAuthenticationMethodResponseContent::WebauthnRoaming(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            GetAuthenticationMethodResponseContent::Phone(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            GetAuthenticationMethodResponseContent::Email(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
        }
    }
}
impl runtime::Describe for GetAuthenticationMethodResponseContent {
    fn describe(&self) -> String {
        match self {
            GetAuthenticationMethodResponseContent::Password(_) => {
                "GetAuthenticationMethodResponseContent::Password".to_string()
            }
            GetAuthenticationMethodResponseContent::Passkey(_) => {
                "GetAuthenticationMethodResponseContent::Passkey".to_string()
            }
            GetAuthenticationMethodResponseContent::RecoveryCode(_) => {
                "GetAuthenticationMethodResponseContent::RecoveryCode".to_string()
            }
            GetAuthenticationMethodResponseContent::PushNotification(_) => {
                "GetAuthenticationMethodResponseContent::PushNotification".to_string()
            }
            GetAuthenticationMethodResponseContent::Totp(_) => {
                "GetAuthenticationMethodResponseContent::Totp".to_string()
            }
            GetAuthenticationMethodResponseContent::WebauthnPlatform(_) => {
                "GetAuthenticationMethodResponseContent::WebauthnPlatform".to_string()
            }
            GetAuthenticationMethodResponseContent::WebauthnRoaming(_) => {
                "GetAuthenticationMethodResponseContent::WebauthnRoaming".to_string()
            }
            GetAuthenticationMethodResponseContent::Phone(_) => {
                "GetAuthenticationMethodResponseContent::Phone".to_string()
            }
            GetAuthenticationMethodResponseContent::Email(_) => {
                "GetAuthenticationMethodResponseContent::Email".to_string()
            }
        }
    }
}
impl From<AuthenticationMethodPassword> for GetAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodPassword) -> Self {
        GetAuthenticationMethodResponseContent::Password(payload)
    }
}
impl From<AuthenticationMethodPasskey> for GetAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodPasskey) -> Self {
        GetAuthenticationMethodResponseContent::Passkey(payload)
    }
}
impl From<AuthenticationMethodMfaRecoveryCode>
for GetAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodMfaRecoveryCode) -> Self {
        GetAuthenticationMethodResponseContent::RecoveryCode(payload)
    }
}
impl From<AuthenticationMethodMfaPushNotification>
for GetAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodMfaPushNotification) -> Self {
        GetAuthenticationMethodResponseContent::PushNotification(payload)
    }
}
impl From<AuthenticationMethodMfaTotp> for GetAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodMfaTotp) -> Self {
        GetAuthenticationMethodResponseContent::Totp(payload)
    }
}
impl From<AuthenticationMethodWebAuthnPlatform>
for GetAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodWebAuthnPlatform) -> Self {
        GetAuthenticationMethodResponseContent::WebauthnPlatform(payload)
    }
}
impl From<AuthenticationMethodWebAuthnRoaming>
for GetAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodWebAuthnRoaming) -> Self {
        GetAuthenticationMethodResponseContent::WebauthnRoaming(payload)
    }
}
impl From<AuthenticationMethodPhone> for GetAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodPhone) -> Self {
        GetAuthenticationMethodResponseContent::Phone(payload)
    }
}
impl From<AuthenticationMethodEmail> for GetAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodEmail) -> Self {
        GetAuthenticationMethodResponseContent::Email(payload)
    }
}
runtime::impl_deserialize!(GetAuthenticationMethodResponseContent);
/// Schema `GetConsentResponseContent`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetConsentResponseContent {
    /// The unique identifier of the consent.
    pub id: String,
    /// The client ID that the consent was granted to.
    pub client_id: String,
    /// Details of the consent request
    pub requested_details: Option<ConsentDetails>,
    /// The date and time when the consent was created.
    pub created_at: String,
    /// The date and time when the consent expires.
    pub expires_at: String,
}
impl GetConsentResponseContent {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "id",
        "client_id",
        "requested_details",
        "created_at",
        "expires_at",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        id: String,
        client_id: String,
        created_at: String,
        expires_at: String,
    ) -> Self {
        Self {
            id,
            client_id,
            requested_details: None,
            created_at,
            expires_at,
        }
    }
}
impl runtime::DecodeMap for GetConsentResponseContent {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = GetConsentResponseContent::PROPERTIES;
        let mut field_id = None;
        let mut field_client_id = None;
        let mut field_requested_details = None;
        let mut field_created_at = None;
        let mut field_expires_at = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "client_id" => {
                    field_client_id = runtime::value(&mut map, "client_id", cx)?;
                }
                "requested_details" => {
                    field_requested_details = runtime::value(
                        &mut map,
                        "requested_details",
                        cx,
                    )?;
                }
                "created_at" => {
                    field_created_at = runtime::value(&mut map, "created_at", cx)?;
                }
                "expires_at" => {
                    field_expires_at = runtime::value(&mut map, "expires_at", cx)?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (
            Some(field_id),
            Some(field_client_id),
            Some(field_requested_details),
            Some(field_created_at),
            Some(field_expires_at),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_client_id, "client_id", cx),
            runtime::optional(field_requested_details),
            runtime::required(field_created_at, "created_at", cx),
            runtime::required(field_expires_at, "expires_at", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                client_id: field_client_id,
                requested_details: field_requested_details,
                created_at: field_created_at,
                expires_at: field_expires_at,
            }),
        )
    }
}
impl runtime::WriteFields for GetConsentResponseContent {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("client_id", &self.client_id)?;
        if let Some(value) = &self.requested_details {
            map.serialize_entry("requested_details", value)?;
        }
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("expires_at", &self.expires_at)?;
        Ok(())
    }
}
runtime::object_impls!(GetConsentResponseContent);
/// Schema `IdentityAuthenticationMethodBase`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct IdentityAuthenticationMethodBase {
    /// Name of the database connection
    pub connection: Option<Connection>,
    /// Identity provider user ID
    pub identity_user_id: Option<IdentityUserId>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl IdentityAuthenticationMethodBase {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["connection", "identity_user_id"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new() -> Self {
        Self {
            connection: None,
            identity_user_id: None,
            additional_properties: Default::default(),
        }
    }
}
impl Default for IdentityAuthenticationMethodBase {
    fn default() -> Self {
        Self::new()
    }
}
impl runtime::DecodeMap for IdentityAuthenticationMethodBase {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        let mut field_connection = None;
        let mut field_identity_user_id = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "connection" => {
                    field_connection = runtime::value(&mut map, "connection", cx)?;
                }
                "identity_user_id" => {
                    field_identity_user_id = runtime::value(
                        &mut map,
                        "identity_user_id",
                        cx,
                    )?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        let (Some(field_connection), Some(field_identity_user_id)) = (
            runtime::optional(field_connection),
            runtime::optional(field_identity_user_id),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                connection: field_connection,
                identity_user_id: field_identity_user_id,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for IdentityAuthenticationMethodBase {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.connection {
            map.serialize_entry("connection", value)?;
        }
        if let Some(value) = &self.identity_user_id {
            map.serialize_entry("identity_user_id", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(IdentityAuthenticationMethodBase);
/// Identity provider user ID
///
/// Schema `IdentityUserId`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IdentityUserId(String);
impl IdentityUserId {
    /// Checks `value` against the schema's constraints.
    pub fn new(value: impl Into<String>) -> Result<Self, String> {
        let value = value.into();
        runtime::check_string(
            &value,
            &runtime::StringRules {
                min_length: Some(1usize),
                max_length: Some(255usize),
                pattern: Some(&PATTERN_400ED01FB2865EC3),
            },
        )?;
        Ok(IdentityUserId(value))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn into_inner(self) -> String {
        self.0
    }
}
impl std::ops::Deref for IdentityUserId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl AsRef<str> for IdentityUserId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}
impl std::fmt::Display for IdentityUserId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::str::FromStr for IdentityUserId {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        IdentityUserId::new(s)
    }
}
impl TryFrom<String> for IdentityUserId {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        IdentityUserId::new(s)
    }
}
impl TryFrom<&str> for IdentityUserId {
    type Error = String;
    fn try_from(s: &str) -> Result<Self, String> {
        IdentityUserId::new(s)
    }
}
impl runtime::Decode for IdentityUserId {
    fn decode<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, D::Error> {
        Ok(
            runtime::Decoder::decode(
                    &runtime::Str(
                        &runtime::StringRules {
                            min_length: Some(1usize),
                            max_length: Some(255usize),
                            pattern: Some(&PATTERN_400ED01FB2865EC3),
                        },
                    ),
                    d,
                    cx,
                )?
                .map(IdentityUserId),
        )
    }
}
impl serde::Serialize for IdentityUserId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&self.0, serializer)
    }
}
runtime::impl_describe!(IdentityUserId);
runtime::impl_deserialize!(IdentityUserId);
/// Schema `ListAuthenticationMethodsResponseContent`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListAuthenticationMethodsResponseContent {
    pub authentication_methods: Vec<AuthenticationMethod>,
}
impl ListAuthenticationMethodsResponseContent {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["authentication_methods"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(authentication_methods: Vec<AuthenticationMethod>) -> Self {
        Self { authentication_methods }
    }
}
impl runtime::DecodeMap for ListAuthenticationMethodsResponseContent {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = ListAuthenticationMethodsResponseContent::PROPERTIES;
        let mut field_authentication_methods = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "authentication_methods" => {
                    field_authentication_methods = runtime::field(
                        &mut map,
                        "authentication_methods",
                        &runtime::ArrayOf(
                            &runtime::ArrayRules {
                                min_items: None,
                                max_items: Some(20usize),
                                unique_items: false,
                            },
                            runtime::of::<AuthenticationMethod>(),
                        ),
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_authentication_methods),) = (
            runtime::required(
                field_authentication_methods,
                "authentication_methods",
                cx,
            ),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                authentication_methods: field_authentication_methods,
            }),
        )
    }
}
impl runtime::WriteFields for ListAuthenticationMethodsResponseContent {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("authentication_methods", &self.authentication_methods)?;
        Ok(())
    }
}
runtime::object_impls!(ListAuthenticationMethodsResponseContent);
/// Schema `ListConnectedAccountsConnectionsResponseContent`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListConnectedAccountsConnectionsResponseContent {
    pub connections: Vec<ConnectedAccountConnection>,
    /// The token to retrieve the next page of connections (if there is one)
    pub next: Option<String>,
}
impl ListConnectedAccountsConnectionsResponseContent {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["connections", "next"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(connections: Vec<ConnectedAccountConnection>) -> Self {
        Self { connections, next: None }
    }
}
impl runtime::DecodeMap for ListConnectedAccountsConnectionsResponseContent {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = ListConnectedAccountsConnectionsResponseContent::PROPERTIES;
        let mut field_connections = None;
        let mut field_next = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "connections" => {
                    field_connections = runtime::field(
                        &mut map,
                        "connections",
                        &runtime::ArrayOf(
                            &runtime::ArrayRules {
                                min_items: None,
                                max_items: Some(20usize),
                                unique_items: false,
                            },
                            runtime::of::<ConnectedAccountConnection>(),
                        ),
                        cx,
                    )?;
                }
                "next" => field_next = runtime::value(&mut map, "next", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_connections), Some(field_next)) = (
            runtime::required(field_connections, "connections", cx),
            runtime::optional(field_next),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                connections: field_connections,
                next: field_next,
            }),
        )
    }
}
impl runtime::WriteFields for ListConnectedAccountsConnectionsResponseContent {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("connections", &self.connections)?;
        if let Some(value) = &self.next {
            map.serialize_entry("next", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(ListConnectedAccountsConnectionsResponseContent);
/// Schema `ListConnectedAccountsResponseContent`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListConnectedAccountsResponseContent {
    pub accounts: Vec<ConnectedAccount>,
    /// The token to retrieve the next page of connected accounts (if there is one)
    pub next: Option<String>,
}
impl ListConnectedAccountsResponseContent {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["accounts", "next"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(accounts: Vec<ConnectedAccount>) -> Self {
        Self { accounts, next: None }
    }
}
impl runtime::DecodeMap for ListConnectedAccountsResponseContent {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = ListConnectedAccountsResponseContent::PROPERTIES;
        let mut field_accounts = None;
        let mut field_next = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "accounts" => {
                    field_accounts = runtime::field(
                        &mut map,
                        "accounts",
                        &runtime::ArrayOf(
                            &runtime::ArrayRules {
                                min_items: None,
                                max_items: Some(20usize),
                                unique_items: false,
                            },
                            runtime::of::<ConnectedAccount>(),
                        ),
                        cx,
                    )?;
                }
                "next" => field_next = runtime::value(&mut map, "next", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_accounts), Some(field_next)) = (
            runtime::required(field_accounts, "accounts", cx),
            runtime::optional(field_next),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                accounts: field_accounts,
                next: field_next,
            }),
        )
    }
}
impl runtime::WriteFields for ListConnectedAccountsResponseContent {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("accounts", &self.accounts)?;
        if let Some(value) = &self.next {
            map.serialize_entry("next", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(ListConnectedAccountsResponseContent);
/// Schema `ListConsentsResponseContent`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListConsentsResponseContent {
    /// List of consents for the authenticated user.
    pub consents: Vec<Consent>,
}
impl ListConsentsResponseContent {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["consents"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(consents: Vec<Consent>) -> Self {
        Self { consents }
    }
}
impl runtime::DecodeMap for ListConsentsResponseContent {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = ListConsentsResponseContent::PROPERTIES;
        let mut field_consents = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "consents" => field_consents = runtime::value(&mut map, "consents", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_consents),) = (
            runtime::required(field_consents, "consents", cx),
        ) else { return Ok(None) };
        Ok(Some(Self { consents: field_consents }))
    }
}
impl runtime::WriteFields for ListConsentsResponseContent {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("consents", &self.consents)?;
        Ok(())
    }
}
runtime::object_impls!(ListConsentsResponseContent);
/// Schema `ListFactorsResponseContent`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListFactorsResponseContent {
    pub factors: Vec<Factor>,
}
impl ListFactorsResponseContent {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["factors"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(factors: Vec<Factor>) -> Self {
        Self { factors }
    }
}
impl runtime::DecodeMap for ListFactorsResponseContent {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = ListFactorsResponseContent::PROPERTIES;
        let mut field_factors = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "factors" => field_factors = runtime::value(&mut map, "factors", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_factors),) = (runtime::required(field_factors, "factors", cx),)
        else { return Ok(None) };
        Ok(Some(Self { factors: field_factors }))
    }
}
impl runtime::WriteFields for ListFactorsResponseContent {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("factors", &self.factors)?;
        Ok(())
    }
}
runtime::object_impls!(ListFactorsResponseContent);
/// Schema `ListOrganizationsResponseContent`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListOrganizationsResponseContent {
    pub organizations: Vec<Organization>,
    /// The token to retrieve the next page of organizations (if there is one)
    pub next: Option<String>,
}
impl ListOrganizationsResponseContent {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["organizations", "next"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(organizations: Vec<Organization>) -> Self {
        Self { organizations, next: None }
    }
}
impl runtime::DecodeMap for ListOrganizationsResponseContent {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = ListOrganizationsResponseContent::PROPERTIES;
        let mut field_organizations = None;
        let mut field_next = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "organizations" => {
                    field_organizations = runtime::field(
                        &mut map,
                        "organizations",
                        &runtime::ArrayOf(
                            &runtime::ArrayRules {
                                min_items: None,
                                max_items: Some(100usize),
                                unique_items: false,
                            },
                            runtime::of::<Organization>(),
                        ),
                        cx,
                    )?;
                }
                "next" => field_next = runtime::value(&mut map, "next", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_organizations), Some(field_next)) = (
            runtime::required(field_organizations, "organizations", cx),
            runtime::optional(field_next),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                organizations: field_organizations,
                next: field_next,
            }),
        )
    }
}
impl runtime::WriteFields for ListOrganizationsResponseContent {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("organizations", &self.organizations)?;
        if let Some(value) = &self.next {
            map.serialize_entry("next", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(ListOrganizationsResponseContent);
/// Schema `MfaBaseCreationResponse`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MfaBaseCreationResponse {
    /// The unique identifier for the authentication method.
    pub id: String,
    /// The unique session identifier for the enrollment.
    pub auth_session: String,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl MfaBaseCreationResponse {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["id", "auth_session"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(id: String, auth_session: String) -> Self {
        Self {
            id,
            auth_session,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for MfaBaseCreationResponse {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        let mut field_id = None;
        let mut field_auth_session = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "auth_session" => {
                    field_auth_session = runtime::value(&mut map, "auth_session", cx)?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        let (Some(field_id), Some(field_auth_session)) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_auth_session, "auth_session", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                auth_session: field_auth_session,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for MfaBaseCreationResponse {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("auth_session", &self.auth_session)?;
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(MfaBaseCreationResponse);
/// Schema `Organization`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Organization {
    /// The unique identifier of the organization.
    pub id: String,
    /// The name (slug) of the organization.
    pub name: String,
    /// The human-readable display name of the organization.
    pub display_name: Option<String>,
}
impl Organization {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["id", "name", "display_name"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(id: String, name: String) -> Self {
        Self {
            id,
            name,
            display_name: None,
        }
    }
}
impl runtime::DecodeMap for Organization {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = Organization::PROPERTIES;
        let mut field_id = None;
        let mut field_name = None;
        let mut field_display_name = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "name" => field_name = runtime::value(&mut map, "name", cx)?,
                "display_name" => {
                    field_display_name = runtime::value(&mut map, "display_name", cx)?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_id), Some(field_name), Some(field_display_name)) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_name, "name", cx),
            runtime::optional(field_display_name),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                name: field_name,
                display_name: field_display_name,
            }),
        )
    }
}
impl runtime::WriteFields for Organization {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        if let Some(value) = &self.display_name {
            map.serialize_entry("display_name", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(Organization);
/// Passkey enrollment information
///
/// Schema `PasskeyCreationResponse`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PasskeyCreationResponse {
    /// The unique session identifier for the enrollment.
    pub auth_session: String,
    pub authn_params_public_key: PublicKeyCredentialCreationOptions,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl PasskeyCreationResponse {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "auth_session",
        "authn_params_public_key",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        auth_session: String,
        authn_params_public_key: PublicKeyCredentialCreationOptions,
    ) -> Self {
        Self {
            auth_session,
            authn_params_public_key,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for PasskeyCreationResponse {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        let mut field_auth_session = None;
        let mut field_authn_params_public_key = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "auth_session" => {
                    field_auth_session = runtime::value(&mut map, "auth_session", cx)?;
                }
                "authn_params_public_key" => {
                    field_authn_params_public_key = runtime::value(
                        &mut map,
                        "authn_params_public_key",
                        cx,
                    )?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        let (Some(field_auth_session), Some(field_authn_params_public_key)) = (
            runtime::required(field_auth_session, "auth_session", cx),
            runtime::required(
                field_authn_params_public_key,
                "authn_params_public_key",
                cx,
            ),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                auth_session: field_auth_session,
                authn_params_public_key: field_authn_params_public_key,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for PasskeyCreationResponse {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("auth_session", &self.auth_session)?;
        map.serialize_entry("authn_params_public_key", &self.authn_params_public_key)?;
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(PasskeyCreationResponse);
/// The password policy configuration for the connection in flexible format.
///
/// Schema `PasswordAuthenticationMethodPolicy`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PasswordAuthenticationMethodPolicy {
    /// Password complexity requirements
    pub complexity: PasswordComplexityPolicy,
    /// Settings for blocking personal information in passwords
    pub profile_data: PasswordProfileDataPolicy,
    /// Password history enforcement settings
    pub history: PasswordHistoryPolicy,
    /// Dictionary checking settings to block weak or banned passwords
    pub dictionary: PasswordDictionaryPolicy,
}
impl PasswordAuthenticationMethodPolicy {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "complexity",
        "profile_data",
        "history",
        "dictionary",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        complexity: PasswordComplexityPolicy,
        profile_data: PasswordProfileDataPolicy,
        history: PasswordHistoryPolicy,
        dictionary: PasswordDictionaryPolicy,
    ) -> Self {
        Self {
            complexity,
            profile_data,
            history,
            dictionary,
        }
    }
}
impl runtime::DecodeMap for PasswordAuthenticationMethodPolicy {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = PasswordAuthenticationMethodPolicy::PROPERTIES;
        let mut field_complexity = None;
        let mut field_profile_data = None;
        let mut field_history = None;
        let mut field_dictionary = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "complexity" => {
                    field_complexity = runtime::value(&mut map, "complexity", cx)?;
                }
                "profile_data" => {
                    field_profile_data = runtime::value(&mut map, "profile_data", cx)?;
                }
                "history" => field_history = runtime::value(&mut map, "history", cx)?,
                "dictionary" => {
                    field_dictionary = runtime::value(&mut map, "dictionary", cx)?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (
            Some(field_complexity),
            Some(field_profile_data),
            Some(field_history),
            Some(field_dictionary),
        ) = (
            runtime::required(field_complexity, "complexity", cx),
            runtime::required(field_profile_data, "profile_data", cx),
            runtime::required(field_history, "history", cx),
            runtime::required(field_dictionary, "dictionary", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                complexity: field_complexity,
                profile_data: field_profile_data,
                history: field_history,
                dictionary: field_dictionary,
            }),
        )
    }
}
impl runtime::WriteFields for PasswordAuthenticationMethodPolicy {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("complexity", &self.complexity)?;
        map.serialize_entry("profile_data", &self.profile_data)?;
        map.serialize_entry("history", &self.history)?;
        map.serialize_entry("dictionary", &self.dictionary)?;
        Ok(())
    }
}
runtime::object_impls!(PasswordAuthenticationMethodPolicy);
/// Character type for password complexity requirements
///
/// Schema `PasswordCharacterTypeEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PasswordCharacterTypeEnum {
    /// `uppercase`
    Uppercase,
    /// `lowercase`
    Lowercase,
    /// `number`
    Number,
    /// `special`
    Special,
}
impl PasswordCharacterTypeEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [PasswordCharacterTypeEnum] = &[
        PasswordCharacterTypeEnum::Uppercase,
        PasswordCharacterTypeEnum::Lowercase,
        PasswordCharacterTypeEnum::Number,
        PasswordCharacterTypeEnum::Special,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            PasswordCharacterTypeEnum::Uppercase => "uppercase",
            PasswordCharacterTypeEnum::Lowercase => "lowercase",
            PasswordCharacterTypeEnum::Number => "number",
            PasswordCharacterTypeEnum::Special => "special",
        }
    }
}
impl std::str::FromStr for PasswordCharacterTypeEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "uppercase" => Ok(PasswordCharacterTypeEnum::Uppercase),
            "lowercase" => Ok(PasswordCharacterTypeEnum::Lowercase),
            "number" => Ok(PasswordCharacterTypeEnum::Number),
            "special" => Ok(PasswordCharacterTypeEnum::Special),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}",
                        "uppercase, lowercase, number, special"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(PasswordCharacterTypeEnum);
/// How character types are enforced in password complexity
///
/// Schema `PasswordCharacterTypeRuleEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PasswordCharacterTypeRuleEnum {
    /// `all`
    All,
    /// `three_of_four`
    ThreeOfFour,
}
impl PasswordCharacterTypeRuleEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [PasswordCharacterTypeRuleEnum] = &[
        PasswordCharacterTypeRuleEnum::All,
        PasswordCharacterTypeRuleEnum::ThreeOfFour,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            PasswordCharacterTypeRuleEnum::All => "all",
            PasswordCharacterTypeRuleEnum::ThreeOfFour => "three_of_four",
        }
    }
}
impl std::str::FromStr for PasswordCharacterTypeRuleEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "all" => Ok(PasswordCharacterTypeRuleEnum::All),
            "three_of_four" => Ok(PasswordCharacterTypeRuleEnum::ThreeOfFour),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}",
                        "all, three_of_four"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(PasswordCharacterTypeRuleEnum);
/// Password complexity requirements
///
/// Schema `PasswordComplexityPolicy`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PasswordComplexityPolicy {
    /// Minimum password length
    pub min_length: i64,
    /// Required character types
    pub character_types: Vec<PasswordCharacterTypeEnum>,
    /// How character types are enforced in password complexity
    pub character_type_rule: PasswordCharacterTypeRuleEnum,
    /// Whether to allow 3 or more consecutive identical characters
    pub identical_characters: PasswordIdenticalCharactersEnum,
    /// Whether to allow sequential characters
    pub sequential_characters: PasswordSequentialCharactersEnum,
    /// Behavior when password exceeds maximum length
    pub max_length_exceeded: PasswordMaxLengthExceededEnum,
}
impl PasswordComplexityPolicy {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "min_length",
        "character_types",
        "character_type_rule",
        "identical_characters",
        "sequential_characters",
        "max_length_exceeded",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        min_length: i64,
        character_types: Vec<PasswordCharacterTypeEnum>,
        character_type_rule: PasswordCharacterTypeRuleEnum,
        identical_characters: PasswordIdenticalCharactersEnum,
        sequential_characters: PasswordSequentialCharactersEnum,
        max_length_exceeded: PasswordMaxLengthExceededEnum,
    ) -> Self {
        Self {
            min_length,
            character_types,
            character_type_rule,
            identical_characters,
            sequential_characters,
            max_length_exceeded,
        }
    }
}
impl runtime::DecodeMap for PasswordComplexityPolicy {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = PasswordComplexityPolicy::PROPERTIES;
        let mut field_min_length = None;
        let mut field_character_types = None;
        let mut field_character_type_rule = None;
        let mut field_identical_characters = None;
        let mut field_sequential_characters = None;
        let mut field_max_length_exceeded = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "min_length" => {
                    field_min_length = runtime::value(&mut map, "min_length", cx)?;
                }
                "character_types" => {
                    field_character_types = runtime::value(
                        &mut map,
                        "character_types",
                        cx,
                    )?;
                }
                "character_type_rule" => {
                    field_character_type_rule = runtime::value(
                        &mut map,
                        "character_type_rule",
                        cx,
                    )?;
                }
                "identical_characters" => {
                    field_identical_characters = runtime::value(
                        &mut map,
                        "identical_characters",
                        cx,
                    )?;
                }
                "sequential_characters" => {
                    field_sequential_characters = runtime::value(
                        &mut map,
                        "sequential_characters",
                        cx,
                    )?;
                }
                "max_length_exceeded" => {
                    field_max_length_exceeded = runtime::value(
                        &mut map,
                        "max_length_exceeded",
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (
            Some(field_min_length),
            Some(field_character_types),
            Some(field_character_type_rule),
            Some(field_identical_characters),
            Some(field_sequential_characters),
            Some(field_max_length_exceeded),
        ) = (
            runtime::required(field_min_length, "min_length", cx),
            runtime::required(field_character_types, "character_types", cx),
            runtime::required(field_character_type_rule, "character_type_rule", cx),
            runtime::required(field_identical_characters, "identical_characters", cx),
            runtime::required(field_sequential_characters, "sequential_characters", cx),
            runtime::required(field_max_length_exceeded, "max_length_exceeded", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                min_length: field_min_length,
                character_types: field_character_types,
                character_type_rule: field_character_type_rule,
                identical_characters: field_identical_characters,
                sequential_characters: field_sequential_characters,
                max_length_exceeded: field_max_length_exceeded,
            }),
        )
    }
}
impl runtime::WriteFields for PasswordComplexityPolicy {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("min_length", &self.min_length)?;
        map.serialize_entry("character_types", &self.character_types)?;
        map.serialize_entry("character_type_rule", &self.character_type_rule)?;
        map.serialize_entry("identical_characters", &self.identical_characters)?;
        map.serialize_entry("sequential_characters", &self.sequential_characters)?;
        map.serialize_entry("max_length_exceeded", &self.max_length_exceeded)?;
        Ok(())
    }
}
runtime::object_impls!(PasswordComplexityPolicy);
/// Password enrollment information
///
/// Schema `PasswordCreationResponse`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PasswordCreationResponse {
    /// The unique identifier for the password authentication method.
    pub id: String,
    /// The password policy configuration for the connection in flexible format.
    pub policy: PasswordAuthenticationMethodPolicy,
    /// The unique session identifier for the password change operation.
    pub auth_session: String,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl PasswordCreationResponse {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["id", "policy", "auth_session"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        id: String,
        policy: PasswordAuthenticationMethodPolicy,
        auth_session: String,
    ) -> Self {
        Self {
            id,
            policy,
            auth_session,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for PasswordCreationResponse {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        let mut field_id = None;
        let mut field_policy = None;
        let mut field_auth_session = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "policy" => field_policy = runtime::value(&mut map, "policy", cx)?,
                "auth_session" => {
                    field_auth_session = runtime::value(&mut map, "auth_session", cx)?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        let (Some(field_id), Some(field_policy), Some(field_auth_session)) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_policy, "policy", cx),
            runtime::required(field_auth_session, "auth_session", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                policy: field_policy,
                auth_session: field_auth_session,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for PasswordCreationResponse {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("policy", &self.policy)?;
        map.serialize_entry("auth_session", &self.auth_session)?;
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(PasswordCreationResponse);
/// Default dictionary to use for checking weak passwords
///
/// Schema `PasswordDictionaryDefaultEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PasswordDictionaryDefaultEnum {
    /// `en_10k`
    En10k,
    /// `en_100k`
    En100k,
}
impl PasswordDictionaryDefaultEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [PasswordDictionaryDefaultEnum] = &[
        PasswordDictionaryDefaultEnum::En10k,
        PasswordDictionaryDefaultEnum::En100k,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            PasswordDictionaryDefaultEnum::En10k => "en_10k",
            PasswordDictionaryDefaultEnum::En100k => "en_100k",
        }
    }
}
impl std::str::FromStr for PasswordDictionaryDefaultEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "en_10k" => Ok(PasswordDictionaryDefaultEnum::En10k),
            "en_100k" => Ok(PasswordDictionaryDefaultEnum::En100k),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}", "en_10k, en_100k"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(PasswordDictionaryDefaultEnum);
/// Dictionary checking settings to block weak or banned passwords
///
/// Schema `PasswordDictionaryPolicy`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PasswordDictionaryPolicy {
    /// Whether dictionary checking is enabled
    pub active: bool,
    /// Default dictionary to use for checking weak passwords
    pub default: PasswordDictionaryDefaultEnum,
}
impl PasswordDictionaryPolicy {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["active", "default"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(active: bool, default: PasswordDictionaryDefaultEnum) -> Self {
        Self { active, default }
    }
}
impl runtime::DecodeMap for PasswordDictionaryPolicy {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = PasswordDictionaryPolicy::PROPERTIES;
        let mut field_active = None;
        let mut field_default = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "active" => field_active = runtime::value(&mut map, "active", cx)?,
                "default" => field_default = runtime::value(&mut map, "default", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_active), Some(field_default)) = (
            runtime::required(field_active, "active", cx),
            runtime::required(field_default, "default", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                active: field_active,
                default: field_default,
            }),
        )
    }
}
impl runtime::WriteFields for PasswordDictionaryPolicy {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("active", &self.active)?;
        map.serialize_entry("default", &self.default)?;
        Ok(())
    }
}
runtime::object_impls!(PasswordDictionaryPolicy);
/// Password history enforcement settings
///
/// Schema `PasswordHistoryPolicy`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PasswordHistoryPolicy {
    /// Whether password history is enforced
    pub active: bool,
    /// Number of previous passwords to remember and prevent reuse
    pub size: i64,
}
impl PasswordHistoryPolicy {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["active", "size"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(active: bool, size: i64) -> Self {
        Self { active, size }
    }
}
impl runtime::DecodeMap for PasswordHistoryPolicy {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = PasswordHistoryPolicy::PROPERTIES;
        let mut field_active = None;
        let mut field_size = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "active" => field_active = runtime::value(&mut map, "active", cx)?,
                "size" => field_size = runtime::value(&mut map, "size", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_active), Some(field_size)) = (
            runtime::required(field_active, "active", cx),
            runtime::required(field_size, "size", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                active: field_active,
                size: field_size,
            }),
        )
    }
}
impl runtime::WriteFields for PasswordHistoryPolicy {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("active", &self.active)?;
        map.serialize_entry("size", &self.size)?;
        Ok(())
    }
}
runtime::object_impls!(PasswordHistoryPolicy);
/// Whether to allow 3 or more consecutive identical characters
///
/// Schema `PasswordIdenticalCharactersEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PasswordIdenticalCharactersEnum {
    /// `allow`
    Allow,
    /// `block`
    Block,
}
impl PasswordIdenticalCharactersEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [PasswordIdenticalCharactersEnum] = &[
        PasswordIdenticalCharactersEnum::Allow,
        PasswordIdenticalCharactersEnum::Block,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            PasswordIdenticalCharactersEnum::Allow => "allow",
            PasswordIdenticalCharactersEnum::Block => "block",
        }
    }
}
impl std::str::FromStr for PasswordIdenticalCharactersEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "allow" => Ok(PasswordIdenticalCharactersEnum::Allow),
            "block" => Ok(PasswordIdenticalCharactersEnum::Block),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}", "allow, block"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(PasswordIdenticalCharactersEnum);
/// Behavior when password exceeds maximum length
///
/// Schema `PasswordMaxLengthExceededEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PasswordMaxLengthExceededEnum {
    /// `truncate`
    Truncate,
    /// `error`
    Error,
}
impl PasswordMaxLengthExceededEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [PasswordMaxLengthExceededEnum] = &[
        PasswordMaxLengthExceededEnum::Truncate,
        PasswordMaxLengthExceededEnum::Error,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            PasswordMaxLengthExceededEnum::Truncate => "truncate",
            PasswordMaxLengthExceededEnum::Error => "error",
        }
    }
}
impl std::str::FromStr for PasswordMaxLengthExceededEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "truncate" => Ok(PasswordMaxLengthExceededEnum::Truncate),
            "error" => Ok(PasswordMaxLengthExceededEnum::Error),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}", "truncate, error"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(PasswordMaxLengthExceededEnum);
/// Settings for blocking personal information in passwords
///
/// Schema `PasswordProfileDataPolicy`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PasswordProfileDataPolicy {
    /// Whether to block personal information (name, email, etc.) in passwords
    pub active: bool,
    /// User profile fields to block from passwords (e.g., 'name', 'email', 'user_metadata.first')
    pub blocked_fields: Vec<String>,
}
impl PasswordProfileDataPolicy {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["active", "blocked_fields"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(active: bool, blocked_fields: Vec<String>) -> Self {
        Self { active, blocked_fields }
    }
}
impl runtime::DecodeMap for PasswordProfileDataPolicy {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = PasswordProfileDataPolicy::PROPERTIES;
        let mut field_active = None;
        let mut field_blocked_fields = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "active" => field_active = runtime::value(&mut map, "active", cx)?,
                "blocked_fields" => {
                    field_blocked_fields = runtime::value(
                        &mut map,
                        "blocked_fields",
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_active), Some(field_blocked_fields)) = (
            runtime::required(field_active, "active", cx),
            runtime::required(field_blocked_fields, "blocked_fields", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                active: field_active,
                blocked_fields: field_blocked_fields,
            }),
        )
    }
}
impl runtime::WriteFields for PasswordProfileDataPolicy {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("active", &self.active)?;
        map.serialize_entry("blocked_fields", &self.blocked_fields)?;
        Ok(())
    }
}
runtime::object_impls!(PasswordProfileDataPolicy);
/// Whether to allow sequential characters
///
/// Schema `PasswordSequentialCharactersEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PasswordSequentialCharactersEnum {
    /// `allow`
    Allow,
    /// `block`
    Block,
}
impl PasswordSequentialCharactersEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [PasswordSequentialCharactersEnum] = &[
        PasswordSequentialCharactersEnum::Allow,
        PasswordSequentialCharactersEnum::Block,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            PasswordSequentialCharactersEnum::Allow => "allow",
            PasswordSequentialCharactersEnum::Block => "block",
        }
    }
}
impl std::str::FromStr for PasswordSequentialCharactersEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "allow" => Ok(PasswordSequentialCharactersEnum::Allow),
            "block" => Ok(PasswordSequentialCharactersEnum::Block),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}", "allow, block"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(PasswordSequentialCharactersEnum);
/// Schema `PathAuthenticationMethodId`.
pub type PathAuthenticationMethodId = String;
/// Preferred authentication method for phone-based authentication
///
/// Schema `PhoneAuthenticationMethodEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PhoneAuthenticationMethodEnum {
    /// `sms`
    Sms,
    /// `voice`
    Voice,
}
impl PhoneAuthenticationMethodEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [PhoneAuthenticationMethodEnum] = &[
        PhoneAuthenticationMethodEnum::Sms,
        PhoneAuthenticationMethodEnum::Voice,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            PhoneAuthenticationMethodEnum::Sms => "sms",
            PhoneAuthenticationMethodEnum::Voice => "voice",
        }
    }
}
impl std::str::FromStr for PhoneAuthenticationMethodEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "sms" => Ok(PhoneAuthenticationMethodEnum::Sms),
            "voice" => Ok(PhoneAuthenticationMethodEnum::Voice),
            other => {
                Err(
                    format!("unknown value {other:?}; expected one of: {}", "sms, voice"),
                )
            }
        }
    }
}
runtime::enum_impls!(PhoneAuthenticationMethodEnum);
/// Controls whether the IdP should prompt the user for authentication or consent.
///
/// Schema `PromptEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PromptEnum {
    /// `none`
    None,
    /// `login`
    Login,
    /// `consent`
    Consent,
    /// `select_account`
    SelectAccount,
}
impl PromptEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [PromptEnum] = &[
        PromptEnum::None,
        PromptEnum::Login,
        PromptEnum::Consent,
        PromptEnum::SelectAccount,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            PromptEnum::None => "none",
            PromptEnum::Login => "login",
            PromptEnum::Consent => "consent",
            PromptEnum::SelectAccount => "select_account",
        }
    }
}
impl std::str::FromStr for PromptEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "none" => Ok(PromptEnum::None),
            "login" => Ok(PromptEnum::Login),
            "consent" => Ok(PromptEnum::Consent),
            "select_account" => Ok(PromptEnum::SelectAccount),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}",
                        "none, login, consent, select_account"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(PromptEnum);
/// Schema `PublicKeyCredentialCreationOptions`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PublicKeyCredentialCreationOptions {
    pub authenticator_selection: Option<AuthenticatorSelection>,
    pub challenge: String,
    pub pub_key_cred_params: Vec<PublicKeyCredentialParameter>,
    pub rp: RelyingParty,
    pub timeout: Option<serde_json::Number>,
    pub user: User,
    /// Existing credentials to exclude from re-registration.
    pub exclude_credentials: Option<Vec<PublicKeyCredentialDescriptor>>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl PublicKeyCredentialCreationOptions {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "authenticatorSelection",
        "challenge",
        "pubKeyCredParams",
        "rp",
        "timeout",
        "user",
        "excludeCredentials",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        challenge: String,
        pub_key_cred_params: Vec<PublicKeyCredentialParameter>,
        rp: RelyingParty,
        user: User,
    ) -> Self {
        Self {
            authenticator_selection: None,
            challenge,
            pub_key_cred_params,
            rp,
            timeout: None,
            user,
            exclude_credentials: None,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for PublicKeyCredentialCreationOptions {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        let mut field_authenticator_selection = None;
        let mut field_challenge = None;
        let mut field_pub_key_cred_params = None;
        let mut field_rp = None;
        let mut field_timeout = None;
        let mut field_user = None;
        let mut field_exclude_credentials = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "authenticatorSelection" => {
                    field_authenticator_selection = runtime::value(
                        &mut map,
                        "authenticatorSelection",
                        cx,
                    )?;
                }
                "challenge" => {
                    field_challenge = runtime::value(&mut map, "challenge", cx)?;
                }
                "pubKeyCredParams" => {
                    field_pub_key_cred_params = runtime::value(
                        &mut map,
                        "pubKeyCredParams",
                        cx,
                    )?;
                }
                "rp" => field_rp = runtime::value(&mut map, "rp", cx)?,
                "timeout" => field_timeout = runtime::value(&mut map, "timeout", cx)?,
                "user" => field_user = runtime::value(&mut map, "user", cx)?,
                "excludeCredentials" => {
                    field_exclude_credentials = runtime::value(
                        &mut map,
                        "excludeCredentials",
                        cx,
                    )?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        let (
            Some(field_authenticator_selection),
            Some(field_challenge),
            Some(field_pub_key_cred_params),
            Some(field_rp),
            Some(field_timeout),
            Some(field_user),
            Some(field_exclude_credentials),
        ) = (
            runtime::optional(field_authenticator_selection),
            runtime::required(field_challenge, "challenge", cx),
            runtime::required(field_pub_key_cred_params, "pubKeyCredParams", cx),
            runtime::required(field_rp, "rp", cx),
            runtime::optional(field_timeout),
            runtime::required(field_user, "user", cx),
            runtime::optional(field_exclude_credentials),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                authenticator_selection: field_authenticator_selection,
                challenge: field_challenge,
                pub_key_cred_params: field_pub_key_cred_params,
                rp: field_rp,
                timeout: field_timeout,
                user: field_user,
                exclude_credentials: field_exclude_credentials,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for PublicKeyCredentialCreationOptions {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.authenticator_selection {
            map.serialize_entry("authenticatorSelection", value)?;
        }
        map.serialize_entry("challenge", &self.challenge)?;
        map.serialize_entry("pubKeyCredParams", &self.pub_key_cred_params)?;
        map.serialize_entry("rp", &self.rp)?;
        if let Some(value) = &self.timeout {
            map.serialize_entry("timeout", value)?;
        }
        map.serialize_entry("user", &self.user)?;
        if let Some(value) = &self.exclude_credentials {
            map.serialize_entry("excludeCredentials", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(PublicKeyCredentialCreationOptions);
/// Schema `PublicKeyCredentialDescriptor`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PublicKeyCredentialDescriptor {
    /// The credential ID.
    pub id: String,
    /// Hints about the transports the authenticator may use.
    pub transports: Option<Vec<String>>,
}
impl PublicKeyCredentialDescriptor {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["type", "id", "transports"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(id: String) -> Self {
        Self { id, transports: None }
    }
}
impl runtime::DecodeMap for PublicKeyCredentialDescriptor {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = PublicKeyCredentialDescriptor::PROPERTIES;
        let mut seen_0 = false;
        let mut field_id = None;
        let mut field_transports = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    seen_0 = true;
                    runtime::constant(
                        &mut map,
                        "type",
                        &runtime::Const::Str("public-key"),
                        cx,
                    )?;
                }
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "transports" => {
                    field_transports = runtime::value(&mut map, "transports", cx)?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        runtime::missing(seen_0, "type", cx);
        let (Some(field_id), Some(field_transports)) = (
            runtime::required(field_id, "id", cx),
            runtime::optional(field_transports),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                transports: field_transports,
            }),
        )
    }
}
impl runtime::WriteFields for PublicKeyCredentialDescriptor {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &"public-key")?;
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.transports {
            map.serialize_entry("transports", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(PublicKeyCredentialDescriptor);
/// Schema `PublicKeyCredentialParameter`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PublicKeyCredentialParameter {
    pub alg: serde_json::Number,
    /// The public key credential type
    pub type_: PublicKeyTypeEnum,
}
impl PublicKeyCredentialParameter {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["alg", "type"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(alg: serde_json::Number, type_: PublicKeyTypeEnum) -> Self {
        Self { alg, type_ }
    }
}
impl runtime::DecodeMap for PublicKeyCredentialParameter {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = PublicKeyCredentialParameter::PROPERTIES;
        let mut field_alg = None;
        let mut field_type_ = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "alg" => field_alg = runtime::value(&mut map, "alg", cx)?,
                "type" => field_type_ = runtime::value(&mut map, "type", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_alg), Some(field_type_)) = (
            runtime::required(field_alg, "alg", cx),
            runtime::required(field_type_, "type", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                alg: field_alg,
                type_: field_type_,
            }),
        )
    }
}
impl runtime::WriteFields for PublicKeyCredentialParameter {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("alg", &self.alg)?;
        map.serialize_entry("type", &self.type_)?;
        Ok(())
    }
}
runtime::object_impls!(PublicKeyCredentialParameter);
/// The public key credential type
///
/// Schema `PublicKeyTypeEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PublicKeyTypeEnum {
    /// `public-key`
    PublicKey,
}
impl PublicKeyTypeEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [PublicKeyTypeEnum] = &[PublicKeyTypeEnum::PublicKey];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            PublicKeyTypeEnum::PublicKey => "public-key",
        }
    }
}
impl std::str::FromStr for PublicKeyTypeEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "public-key" => Ok(PublicKeyTypeEnum::PublicKey),
            other => {
                Err(
                    format!("unknown value {other:?}; expected one of: {}", "public-key"),
                )
            }
        }
    }
}
runtime::enum_impls!(PublicKeyTypeEnum);
/// Schema `QrCodeCreationResponse`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct QrCodeCreationResponse {
    /// The unique identifier for the authentication method.
    pub id: String,
    /// The unique session identifier for the enrollment.
    pub auth_session: String,
    /// The URI for the QR code to be scanned by the authenticator.
    pub barcode_uri: String,
    /// The manual input code for the authenticator in case QR codes cannot be used.
    pub manual_input_code: Option<String>,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl QrCodeCreationResponse {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "id",
        "auth_session",
        "barcode_uri",
        "manual_input_code",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(id: String, auth_session: String, barcode_uri: String) -> Self {
        Self {
            id,
            auth_session,
            barcode_uri,
            manual_input_code: None,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for QrCodeCreationResponse {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        let mut field_id = None;
        let mut field_auth_session = None;
        let mut field_barcode_uri = None;
        let mut field_manual_input_code = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "auth_session" => {
                    field_auth_session = runtime::value(&mut map, "auth_session", cx)?;
                }
                "barcode_uri" => {
                    field_barcode_uri = runtime::value(&mut map, "barcode_uri", cx)?;
                }
                "manual_input_code" => {
                    field_manual_input_code = runtime::value(
                        &mut map,
                        "manual_input_code",
                        cx,
                    )?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        let (
            Some(field_id),
            Some(field_auth_session),
            Some(field_barcode_uri),
            Some(field_manual_input_code),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_auth_session, "auth_session", cx),
            runtime::required(field_barcode_uri, "barcode_uri", cx),
            runtime::optional(field_manual_input_code),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                auth_session: field_auth_session,
                barcode_uri: field_barcode_uri,
                manual_input_code: field_manual_input_code,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for QrCodeCreationResponse {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("auth_session", &self.auth_session)?;
        map.serialize_entry("barcode_uri", &self.barcode_uri)?;
        if let Some(value) = &self.manual_input_code {
            map.serialize_entry("manual_input_code", value)?;
        }
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(QrCodeCreationResponse);
/// Schema `RecoveryCodeCreationResponse`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RecoveryCodeCreationResponse {
    /// The unique identifier for the authentication method.
    pub id: String,
    /// The unique session identifier for the enrollment.
    pub auth_session: String,
    /// The recovery code value.
    pub recovery_code: String,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl RecoveryCodeCreationResponse {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "id",
        "auth_session",
        "recovery_code",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(id: String, auth_session: String, recovery_code: String) -> Self {
        Self {
            id,
            auth_session,
            recovery_code,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for RecoveryCodeCreationResponse {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        let mut field_id = None;
        let mut field_auth_session = None;
        let mut field_recovery_code = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "auth_session" => {
                    field_auth_session = runtime::value(&mut map, "auth_session", cx)?;
                }
                "recovery_code" => {
                    field_recovery_code = runtime::value(&mut map, "recovery_code", cx)?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        let (Some(field_id), Some(field_auth_session), Some(field_recovery_code)) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_auth_session, "auth_session", cx),
            runtime::required(field_recovery_code, "recovery_code", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                auth_session: field_auth_session,
                recovery_code: field_recovery_code,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for RecoveryCodeCreationResponse {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("auth_session", &self.auth_session)?;
        map.serialize_entry("recovery_code", &self.recovery_code)?;
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(RecoveryCodeCreationResponse);
/// Schema `RelyingParty`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RelyingParty {
    pub id: Option<String>,
    pub name: String,
}
impl RelyingParty {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["id", "name"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(name: String) -> Self {
        Self { id: None, name }
    }
}
impl runtime::DecodeMap for RelyingParty {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = RelyingParty::PROPERTIES;
        let mut field_id = None;
        let mut field_name = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "name" => field_name = runtime::value(&mut map, "name", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_id), Some(field_name)) = (
            runtime::optional(field_id),
            runtime::required(field_name, "name", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                name: field_name,
            }),
        )
    }
}
impl runtime::WriteFields for RelyingParty {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        map.serialize_entry("name", &self.name)?;
        Ok(())
    }
}
runtime::object_impls!(RelyingParty);
/// The resident key requirement
///
/// Schema `ResidentKeyEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResidentKeyEnum {
    /// `required`
    Required,
}
impl ResidentKeyEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [ResidentKeyEnum] = &[ResidentKeyEnum::Required];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            ResidentKeyEnum::Required => "required",
        }
    }
}
impl std::str::FromStr for ResidentKeyEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "required" => Ok(ResidentKeyEnum::Required),
            other => {
                Err(format!("unknown value {other:?}; expected one of: {}", "required"))
            }
        }
    }
}
runtime::enum_impls!(ResidentKeyEnum);
/// Request content for updating an authentication method
///
/// Schema `UpdateAuthenticationMethodRequestContent`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateAuthenticationMethodRequestContent {
    /// The friendly name of the authentication method
    pub name: Option<String>,
    /// The preferred authentication method (for phone authenticators)
    pub preferred_authentication_method: Option<PhoneAuthenticationMethodEnum>,
}
impl UpdateAuthenticationMethodRequestContent {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "name",
        "preferred_authentication_method",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new() -> Self {
        Self {
            name: None,
            preferred_authentication_method: None,
        }
    }
}
impl Default for UpdateAuthenticationMethodRequestContent {
    fn default() -> Self {
        Self::new()
    }
}
impl runtime::DecodeMap for UpdateAuthenticationMethodRequestContent {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = UpdateAuthenticationMethodRequestContent::PROPERTIES;
        let mut field_name = None;
        let mut field_preferred_authentication_method = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "name" => field_name = runtime::value(&mut map, "name", cx)?,
                "preferred_authentication_method" => {
                    field_preferred_authentication_method = runtime::value(
                        &mut map,
                        "preferred_authentication_method",
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_name), Some(field_preferred_authentication_method)) = (
            runtime::optional(field_name),
            runtime::optional(field_preferred_authentication_method),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                name: field_name,
                preferred_authentication_method: field_preferred_authentication_method,
            }),
        )
    }
}
impl runtime::WriteFields for UpdateAuthenticationMethodRequestContent {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.preferred_authentication_method {
            map.serialize_entry("preferred_authentication_method", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(UpdateAuthenticationMethodRequestContent);
/// Schema `UpdateAuthenticationMethodResponseContent`.
///
/// Variants hold their payloads unboxed (so `clippy::large_enum_variant` is allowed): a value is matched far more often than it is moved, and a box would be in every pattern.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateAuthenticationMethodResponseContent {
    /// `type: password`: Password Authenticator
    Password(AuthenticationMethodPassword),
    /// `type: passkey`: Passkey Authenticator
    Passkey(AuthenticationMethodPasskey),
    /// `type: recovery-code`: Recovery Code Authenticator
    RecoveryCode(AuthenticationMethodMfaRecoveryCode),
    /// `type: push-notification`: Push Notification Authenticator
    PushNotification(AuthenticationMethodMfaPushNotification),
    /// `type: totp`: TOTP Authenticator
    Totp(AuthenticationMethodMfaTotp),
    /// `type: webauthn-platform`: WebAuthn Platform MFA Authenticator
    WebauthnPlatform(AuthenticationMethodWebAuthnPlatform),
    /// `type: webauthn-roaming`: WebAuthn Roaming MFA Authenticator
    WebauthnRoaming(AuthenticationMethodWebAuthnRoaming),
    /// `type: phone`: Phone MFA Authenticator
    Phone(AuthenticationMethodPhone),
    /// `type: email`: Email MFA Authenticator
    Email(AuthenticationMethodEmail),
}
impl UpdateAuthenticationMethodResponseContent {
    /// The property that names the variant.
    pub const TAG: &'static str = "type";
    /// Every value of the tag, in the order of the variants.
    pub const TAG_VALUES: &'static [&'static str] = &[
        "password",
        "passkey",
        "recovery-code",
        "push-notification",
        "totp",
        "webauthn-platform",
        "webauthn-roaming",
        "phone",
        "email",
    ];
    /// The value of the tag for this variant.
    pub fn tag(&self) -> &'static str {
        match self {
            UpdateAuthenticationMethodResponseContent::Password(_) => "password",
            UpdateAuthenticationMethodResponseContent::Passkey(_) => "passkey",
            UpdateAuthenticationMethodResponseContent::RecoveryCode(_) => "recovery-code",
            UpdateAuthenticationMethodResponseContent::PushNotification(_) => {
                "push-notification"
            }
            UpdateAuthenticationMethodResponseContent::Totp(_) => "totp",
            UpdateAuthenticationMethodResponseContent::WebauthnPlatform(_) => {
                "webauthn-platform"
            }
            UpdateAuthenticationMethodResponseContent::WebauthnRoaming(_) => {
                "webauthn-roaming"
            }
            UpdateAuthenticationMethodResponseContent::Phone(_) => "phone",
            UpdateAuthenticationMethodResponseContent::Email(_) => "email",
        }
    }
}
impl runtime::Tagged for UpdateAuthenticationMethodResponseContent {
    const TAG: &'static str = "type";
    const TAG_IS_CONSTANT: bool = true;
    #[inline]
    fn holds_scalar(key: &str) -> bool {
        matches!(
            key, "aaguid" | "confirmed" | "created_at" | "credential_backed_up" |
            "credential_device_type" | "email" | "id" | "identity_user_id" | "key_id" |
            "last_auth_at" | "last_password_reset" | "name" | "phone_number" |
            "preferred_authentication_method" | "public_key" | "relying_party_id" |
            "user_agent" | "user_handle"
        )
    }
    fn decode_variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        d: D,
        cx: &mut runtime::Cx,
        place: &mut Option<Self>,
    ) -> Result<(), D::Error> {
        match tag {
            "password" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(UpdateAuthenticationMethodResponseContent::Password);
            }
            "passkey" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(UpdateAuthenticationMethodResponseContent::Passkey);
            }
            "recovery-code" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(UpdateAuthenticationMethodResponseContent::RecoveryCode);
            }
            "push-notification" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(UpdateAuthenticationMethodResponseContent::PushNotification);
            }
            "totp" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(UpdateAuthenticationMethodResponseContent::Totp);
            }
            "webauthn-platform" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(UpdateAuthenticationMethodResponseContent::WebauthnPlatform);
            }
            "webauthn-roaming" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(UpdateAuthenticationMethodResponseContent::WebauthnRoaming);
            }
            "phone" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(UpdateAuthenticationMethodResponseContent::Phone);
            }
            "email" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(UpdateAuthenticationMethodResponseContent::Email);
            }
            other => {
                runtime::unknown_tag(
                    "type",
                    other,
                    UpdateAuthenticationMethodResponseContent::TAG_VALUES,
                    cx,
                );
                runtime::skip_value(d)?;
            }
        }
        Ok(())
    }
}
impl runtime::Decode for UpdateAuthenticationMethodResponseContent {
    #[inline]
    fn decode<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, D::Error> {
        runtime::decode_tagged(d, cx)
    }
    fn decode_in_place<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
        place: &mut Option<Self>,
    ) -> Result<(), D::Error> {
        runtime::decode_tagged_in_place(d, cx, place)
    }
}
impl serde::Serialize for UpdateAuthenticationMethodResponseContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[allow(unused_imports)]
        use serde::ser::SerializeMap;
        match self {
            UpdateAuthenticationMethodResponseContent::Password(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            UpdateAuthenticationMethodResponseContent::Passkey(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            UpdateAuthenticationMethodResponseContent::RecoveryCode(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            UpdateAuthenticationMethodResponseContent::PushNotification(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            UpdateAuthenticationMethodResponseContent::Totp(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            UpdateAuthenticationMethodResponseContent::WebauthnPlatform(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            UpdateAuthenticationMethodResponseContent::WebauthnRoaming(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            UpdateAuthenticationMethodResponseContent::Phone(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            UpdateAuthenticationMethodResponseContent::Email(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
        }
    }
}
impl runtime::Describe for UpdateAuthenticationMethodResponseContent {
    fn describe(&self) -> String {
        match self {
            UpdateAuthenticationMethodResponseContent::Password(_) => {
                "UpdateAuthenticationMethodResponseContent::Password".to_string()
            }
            UpdateAuthenticationMethodResponseContent::Passkey(_) => {
                "UpdateAuthenticationMethodResponseContent::Passkey".to_string()
            }
            UpdateAuthenticationMethodResponseContent::RecoveryCode(_) => {
                "UpdateAuthenticationMethodResponseContent::RecoveryCode".to_string()
            }
            UpdateAuthenticationMethodResponseContent::PushNotification(_) => {
                "UpdateAuthenticationMethodResponseContent::PushNotification".to_string()
            }
            UpdateAuthenticationMethodResponseContent::Totp(_) => {
                "UpdateAuthenticationMethodResponseContent::Totp".to_string()
            }
            UpdateAuthenticationMethodResponseContent::WebauthnPlatform(_) => {
                "UpdateAuthenticationMethodResponseContent::WebauthnPlatform".to_string()
            }
            UpdateAuthenticationMethodResponseContent::WebauthnRoaming(_) => {
                "UpdateAuthenticationMethodResponseContent::WebauthnRoaming".to_string()
            }
            UpdateAuthenticationMethodResponseContent::Phone(_) => {
                "UpdateAuthenticationMethodResponseContent::Phone".to_string()
            }
            UpdateAuthenticationMethodResponseContent::Email(_) => {
                "UpdateAuthenticationMethodResponseContent::Email".to_string()
            }
        }
    }
}
impl From<AuthenticationMethodPassword> for UpdateAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodPassword) -> Self {
        UpdateAuthenticationMethodResponseContent::Password(payload)
    }
}
impl From<AuthenticationMethodPasskey> for UpdateAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodPasskey) -> Self {
        UpdateAuthenticationMethodResponseContent::Passkey(payload)
    }
}
impl From<AuthenticationMethodMfaRecoveryCode>
for UpdateAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodMfaRecoveryCode) -> Self {
        UpdateAuthenticationMethodResponseContent::RecoveryCode(payload)
    }
}
impl From<AuthenticationMethodMfaPushNotification>
for UpdateAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodMfaPushNotification) -> Self {
        UpdateAuthenticationMethodResponseContent::PushNotification(payload)
    }
}
impl From<AuthenticationMethodMfaTotp> for UpdateAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodMfaTotp) -> Self {
        UpdateAuthenticationMethodResponseContent::Totp(payload)
    }
}
impl From<AuthenticationMethodWebAuthnPlatform>
for UpdateAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodWebAuthnPlatform) -> Self {
        UpdateAuthenticationMethodResponseContent::WebauthnPlatform(payload)
    }
}
impl From<AuthenticationMethodWebAuthnRoaming>
for UpdateAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodWebAuthnRoaming) -> Self {
        UpdateAuthenticationMethodResponseContent::WebauthnRoaming(payload)
    }
}
impl From<AuthenticationMethodPhone> for UpdateAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodPhone) -> Self {
        UpdateAuthenticationMethodResponseContent::Phone(payload)
    }
}
impl From<AuthenticationMethodEmail> for UpdateAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodEmail) -> Self {
        UpdateAuthenticationMethodResponseContent::Email(payload)
    }
}
runtime::impl_deserialize!(UpdateAuthenticationMethodResponseContent);
/// Primary and/or secondary factor
///
/// Schema `Usage`.
pub type Usage = Vec<UsageEnum>;
/// Usage type for authentication factors
///
/// Schema `UsageEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UsageEnum {
    /// `primary`
    Primary,
    /// `secondary`
    Secondary,
}
impl UsageEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [UsageEnum] = &[UsageEnum::Primary, UsageEnum::Secondary];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            UsageEnum::Primary => "primary",
            UsageEnum::Secondary => "secondary",
        }
    }
}
impl std::str::FromStr for UsageEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "primary" => Ok(UsageEnum::Primary),
            "secondary" => Ok(UsageEnum::Secondary),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}",
                        "primary, secondary"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(UsageEnum);
/// Schema `User`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct User {
    pub id: String,
    pub name: String,
    pub display_name: String,
}
impl User {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["id", "name", "displayName"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(id: String, name: String, display_name: String) -> Self {
        Self { id, name, display_name }
    }
}
impl runtime::DecodeMap for User {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = User::PROPERTIES;
        let mut field_id = None;
        let mut field_name = None;
        let mut field_display_name = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "name" => field_name = runtime::value(&mut map, "name", cx)?,
                "displayName" => {
                    field_display_name = runtime::value(&mut map, "displayName", cx)?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_id), Some(field_name), Some(field_display_name)) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_name, "name", cx),
            runtime::required(field_display_name, "displayName", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                name: field_name,
                display_name: field_display_name,
            }),
        )
    }
}
impl runtime::WriteFields for User {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("displayName", &self.display_name)?;
        Ok(())
    }
}
runtime::object_impls!(User);
/// The user verification requirement
///
/// Schema `UserVerificationEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserVerificationEnum {
    /// `required`
    Required,
    /// `preferred`
    Preferred,
    /// `discouraged`
    Discouraged,
}
impl UserVerificationEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [UserVerificationEnum] = &[
        UserVerificationEnum::Required,
        UserVerificationEnum::Preferred,
        UserVerificationEnum::Discouraged,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            UserVerificationEnum::Required => "required",
            UserVerificationEnum::Preferred => "preferred",
            UserVerificationEnum::Discouraged => "discouraged",
        }
    }
}
impl std::str::FromStr for UserVerificationEnum {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "required" => Ok(UserVerificationEnum::Required),
            "preferred" => Ok(UserVerificationEnum::Preferred),
            "discouraged" => Ok(UserVerificationEnum::Discouraged),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}",
                        "required, preferred, discouraged"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(UserVerificationEnum);
/// Schema `ValidationError`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ValidationError {
    pub detail: String,
    pub field: Option<String>,
    pub pointer: Option<String>,
    pub source: Option<String>,
}
impl ValidationError {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "detail",
        "field",
        "pointer",
        "source",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(detail: String) -> Self {
        Self {
            detail,
            field: None,
            pointer: None,
            source: None,
        }
    }
}
impl runtime::DecodeMap for ValidationError {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = ValidationError::PROPERTIES;
        let mut field_detail = None;
        let mut field_field = None;
        let mut field_pointer = None;
        let mut field_source = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "detail" => field_detail = runtime::value(&mut map, "detail", cx)?,
                "field" => field_field = runtime::value(&mut map, "field", cx)?,
                "pointer" => field_pointer = runtime::value(&mut map, "pointer", cx)?,
                "source" => field_source = runtime::value(&mut map, "source", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (
            Some(field_detail),
            Some(field_field),
            Some(field_pointer),
            Some(field_source),
        ) = (
            runtime::required(field_detail, "detail", cx),
            runtime::optional(field_field),
            runtime::optional(field_pointer),
            runtime::optional(field_source),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                detail: field_detail,
                field: field_field,
                pointer: field_pointer,
                source: field_source,
            }),
        )
    }
}
impl runtime::WriteFields for ValidationError {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("detail", &self.detail)?;
        if let Some(value) = &self.field {
            map.serialize_entry("field", value)?;
        }
        if let Some(value) = &self.pointer {
            map.serialize_entry("pointer", value)?;
        }
        if let Some(value) = &self.source {
            map.serialize_entry("source", value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(ValidationError);
/// Request content for verifying an authentication method
///
/// Schema `VerifyAuthenticationMethodRequestContent`.
///
/// # Choosing the variant
///
/// The variant is decided from the value, not by trying each one: its JSON type first; for an object, the variants whose required properties are all present, whose single-valued properties (tags) that are present hold their value, and (for a closed variant) that declare every property present qualify; the one whose tags match the most present properties wins, then the one with the most required properties, then the one that declares the most of the present properties, then the first listed. A value no variant takes is reported against the nearest variant (by tags, then by keys), field by field.
///
/// Variants hold their payloads unboxed (so `clippy::large_enum_variant` is allowed): a value is matched far more often than it is moved, and a box would be in every pattern.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum VerifyAuthenticationMethodRequestContent {
    /// Passkey verification payload
    ///
    /// Stands for `passkey`, `webauthn-platform`, `webauthn-roaming`: their schemas have the same shape, so a value cannot say which one it is. The payload is decoded as [`VerifyPasskeyAuthenticationMethod`]; which one is meant has to come from context the value does not carry.
    PasskeyOrWebauthnPlatformOrWebauthnRoaming(VerifyPasskeyAuthenticationMethod),
    /// Password verification payload
    Password(VerifyPasswordAuthenticationMethod),
    /// Push Notification verification payload
    ///
    /// Stands for `push-notification`, `recovery-code`: their schemas have the same shape, so a value cannot say which one it is. The payload is decoded as [`VerifyPushNotificationAuthenticationMethod`]; which one is meant has to come from context the value does not carry.
    PushNotificationOrRecoveryCode(VerifyPushNotificationAuthenticationMethod),
    /// Email verification payload
    ///
    /// Stands for `email`, `phone`, `totp`: their schemas have the same shape, so a value cannot say which one it is. The payload is decoded as [`VerifyEmailAuthenticationMethod`]; which one is meant has to come from context the value does not carry.
    EmailOrPhoneOrTotp(VerifyEmailAuthenticationMethod),
}
impl VerifyAuthenticationMethodRequestContent {
    /// What each variant accepts, in the order of the variants.
    pub const SHAPES: &'static [runtime::VariantShape] = &[
        runtime::VariantShape {
            name: "PasskeyOrWebauthnPlatformOrWebauthnRoaming",
            types: runtime::json_type::OBJECT,
            required: &["auth_session", "authn_response"],
            known: &["auth_session", "authn_response"],
            closed: true,
            tags: &[],
        },
        runtime::VariantShape {
            name: "Password",
            types: runtime::json_type::OBJECT,
            required: &["auth_session", "new_password"],
            known: &["auth_session", "new_password"],
            closed: true,
            tags: &[],
        },
        runtime::VariantShape {
            name: "PushNotificationOrRecoveryCode",
            types: runtime::json_type::OBJECT,
            required: &["auth_session"],
            known: &["auth_session"],
            closed: true,
            tags: &[],
        },
        runtime::VariantShape {
            name: "EmailOrPhoneOrTotp",
            types: runtime::json_type::OBJECT,
            required: &["auth_session", "otp_code"],
            known: &["auth_session", "otp_code"],
            closed: true,
            tags: &[],
        },
    ];
    /// The members of the spec's union each variant stands for (several where their shapes are identical).
    pub fn stands_for(&self) -> &'static [&'static str] {
        match self {
            VerifyAuthenticationMethodRequestContent::PasskeyOrWebauthnPlatformOrWebauthnRoaming(
                _,
            ) => &["passkey", "webauthn-platform", "webauthn-roaming"],
            VerifyAuthenticationMethodRequestContent::Password(_) => &["password"],
            VerifyAuthenticationMethodRequestContent::PushNotificationOrRecoveryCode(
                _,
            ) => &["push-notification", "recovery-code"],
            VerifyAuthenticationMethodRequestContent::EmailOrPhoneOrTotp(_) => {
                &["email", "phone", "totp"]
            }
        }
    }
}
impl runtime::DecodeKeyed for VerifyAuthenticationMethodRequestContent {
    const NAME: &'static str = "VerifyAuthenticationMethodRequestContent";
    fn decode_entries<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
        place: &mut Option<Self>,
    ) -> Result<(), A::Error> {
        /// The union's properties, numbered as `MEMBERS` and the slots below number them.
        const NAMES: &[&str; 4] = &[
            "auth_session",
            "authn_response",
            "new_password",
            "otp_code",
        ];
        /// Each variant's properties, in the order of the variants.
        const MEMBERS: &[runtime::Member] = &[
            runtime::Member {
                declared: 3,
                required: 3,
                properties: VerifyPasskeyAuthenticationMethod::PROPERTIES,
                required_in_order: &["auth_session", "authn_response"],
            },
            runtime::Member {
                declared: 5,
                required: 5,
                properties: VerifyPasswordAuthenticationMethod::PROPERTIES,
                required_in_order: &["auth_session", "new_password"],
            },
            runtime::Member {
                declared: 1,
                required: 1,
                properties: VerifyPushNotificationAuthenticationMethod::PROPERTIES,
                required_in_order: &["auth_session"],
            },
            runtime::Member {
                declared: 9,
                required: 9,
                properties: VerifyEmailAuthenticationMethod::PROPERTIES,
                required_in_order: &["auth_session", "otp_code"],
            },
        ];
        let mut pass = runtime::KeyedPass::new(NAMES, cx);
        let mut property_0 = None;
        let mut property_1 = None;
        let mut property_2 = None;
        let mut property_3 = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            let property = match key.as_ref() {
                "auth_session" => Some(0),
                "authn_response" => Some(1),
                "new_password" => Some(2),
                "otp_code" => Some(3),
                _ => None,
            };
            pass.key(key, property, cx);
            match property {
                Some(0) => property_0 = runtime::value(&mut map, "auth_session", cx)?,
                Some(1) => property_1 = runtime::value(&mut map, "authn_response", cx)?,
                Some(2) => {
                    property_2 = runtime::field(
                        &mut map,
                        "new_password",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: Some(1usize),
                                max_length: Some(256usize),
                                pattern: Some(&PATTERN_91951DD98EEDB2F8),
                            },
                        ),
                        cx,
                    )?;
                }
                Some(3) => property_3 = runtime::value(&mut map, "otp_code", cx)?,
                _ => runtime::skip(&mut map)?,
            }
        }
        match pass
            .choose(
                "VerifyAuthenticationMethodRequestContent",
                MEMBERS,
                VerifyAuthenticationMethodRequestContent::SHAPES,
                cx,
            )
        {
            Some(0) => {
                let (Some(value_0), Some(value_1)) = (
                    runtime::required(property_0, "auth_session", cx),
                    runtime::required(property_1, "authn_response", cx),
                ) else { return Ok(()) };
                *place = Some(
                    VerifyAuthenticationMethodRequestContent::PasskeyOrWebauthnPlatformOrWebauthnRoaming(VerifyPasskeyAuthenticationMethod {
                        auth_session: value_0,
                        authn_response: value_1,
                    }),
                );
            }
            Some(1) => {
                let (Some(value_0), Some(value_1)) = (
                    runtime::required(property_0, "auth_session", cx),
                    runtime::required(property_2, "new_password", cx),
                ) else { return Ok(()) };
                *place = Some(
                    VerifyAuthenticationMethodRequestContent::Password(VerifyPasswordAuthenticationMethod {
                        auth_session: value_0,
                        new_password: value_1,
                    }),
                );
            }
            Some(2) => {
                let (Some(value_0),) = (
                    runtime::required(property_0, "auth_session", cx),
                ) else { return Ok(()) };
                *place = Some(
                    VerifyAuthenticationMethodRequestContent::PushNotificationOrRecoveryCode(VerifyPushNotificationAuthenticationMethod {
                        auth_session: value_0,
                    }),
                );
            }
            Some(3) => {
                let (Some(value_0), Some(value_1)) = (
                    runtime::required(property_0, "auth_session", cx),
                    runtime::required(property_3, "otp_code", cx),
                ) else { return Ok(()) };
                *place = Some(
                    VerifyAuthenticationMethodRequestContent::EmailOrPhoneOrTotp(VerifyEmailAuthenticationMethod {
                        auth_session: value_0,
                        otp_code: value_1,
                    }),
                );
            }
            _ => {}
        }
        Ok(())
    }
}
impl runtime::Decode for VerifyAuthenticationMethodRequestContent {
    #[inline]
    fn decode<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, D::Error> {
        runtime::decode_keyed(d, cx)
    }
    fn decode_in_place<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
        place: &mut Option<Self>,
    ) -> Result<(), D::Error> {
        runtime::decode_keyed_in_place(d, cx, place)
    }
}
impl serde::Serialize for VerifyAuthenticationMethodRequestContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            VerifyAuthenticationMethodRequestContent::PasskeyOrWebauthnPlatformOrWebauthnRoaming(
                payload,
            ) => serde::Serialize::serialize(payload, serializer),
            VerifyAuthenticationMethodRequestContent::Password(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            VerifyAuthenticationMethodRequestContent::PushNotificationOrRecoveryCode(
                payload,
            ) => serde::Serialize::serialize(payload, serializer),
            VerifyAuthenticationMethodRequestContent::EmailOrPhoneOrTotp(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
        }
    }
}
impl runtime::Describe for VerifyAuthenticationMethodRequestContent {
    fn describe(&self) -> String {
        match self {
            VerifyAuthenticationMethodRequestContent::PasskeyOrWebauthnPlatformOrWebauthnRoaming(
                _,
            ) => {
                "VerifyAuthenticationMethodRequestContent::PasskeyOrWebauthnPlatformOrWebauthnRoaming"
                    .to_string()
            }
            VerifyAuthenticationMethodRequestContent::Password(_) => {
                "VerifyAuthenticationMethodRequestContent::Password".to_string()
            }
            VerifyAuthenticationMethodRequestContent::PushNotificationOrRecoveryCode(
                _,
            ) => {
                "VerifyAuthenticationMethodRequestContent::PushNotificationOrRecoveryCode"
                    .to_string()
            }
            VerifyAuthenticationMethodRequestContent::EmailOrPhoneOrTotp(_) => {
                "VerifyAuthenticationMethodRequestContent::EmailOrPhoneOrTotp"
                    .to_string()
            }
        }
    }
}
runtime::impl_deserialize!(VerifyAuthenticationMethodRequestContent);
/// Schema `VerifyAuthenticationMethodResponseContent`.
///
/// Variants hold their payloads unboxed (so `clippy::large_enum_variant` is allowed): a value is matched far more often than it is moved, and a box would be in every pattern.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum VerifyAuthenticationMethodResponseContent {
    /// `type: password`: Password Authenticator
    Password(AuthenticationMethodPassword),
    /// `type: passkey`: Passkey Authenticator
    Passkey(AuthenticationMethodPasskey),
    /// `type: recovery-code`: Recovery Code Authenticator
    RecoveryCode(AuthenticationMethodMfaRecoveryCode),
    /// `type: push-notification`: Push Notification Authenticator
    PushNotification(AuthenticationMethodMfaPushNotification),
    /// `type: totp`: TOTP Authenticator
    Totp(AuthenticationMethodMfaTotp),
    /// `type: webauthn-platform`: WebAuthn Platform MFA Authenticator
    WebauthnPlatform(AuthenticationMethodWebAuthnPlatform),
    /// `type: webauthn-roaming`: WebAuthn Roaming MFA Authenticator
    WebauthnRoaming(AuthenticationMethodWebAuthnRoaming),
    /// `type: phone`: Phone MFA Authenticator
    Phone(AuthenticationMethodPhone),
    /// `type: email`: Email MFA Authenticator
    Email(AuthenticationMethodEmail),
}
impl VerifyAuthenticationMethodResponseContent {
    /// The property that names the variant.
    pub const TAG: &'static str = "type";
    /// Every value of the tag, in the order of the variants.
    pub const TAG_VALUES: &'static [&'static str] = &[
        "password",
        "passkey",
        "recovery-code",
        "push-notification",
        "totp",
        "webauthn-platform",
        "webauthn-roaming",
        "phone",
        "email",
    ];
    /// The value of the tag for this variant.
    pub fn tag(&self) -> &'static str {
        match self {
            VerifyAuthenticationMethodResponseContent::Password(_) => "password",
            VerifyAuthenticationMethodResponseContent::Passkey(_) => "passkey",
            VerifyAuthenticationMethodResponseContent::RecoveryCode(_) => "recovery-code",
            VerifyAuthenticationMethodResponseContent::PushNotification(_) => {
                "push-notification"
            }
            VerifyAuthenticationMethodResponseContent::Totp(_) => "totp",
            VerifyAuthenticationMethodResponseContent::WebauthnPlatform(_) => {
                "webauthn-platform"
            }
            VerifyAuthenticationMethodResponseContent::WebauthnRoaming(_) => {
                "webauthn-roaming"
            }
            VerifyAuthenticationMethodResponseContent::Phone(_) => "phone",
            VerifyAuthenticationMethodResponseContent::Email(_) => "email",
        }
    }
}
impl runtime::Tagged for VerifyAuthenticationMethodResponseContent {
    const TAG: &'static str = "type";
    const TAG_IS_CONSTANT: bool = true;
    #[inline]
    fn holds_scalar(key: &str) -> bool {
        matches!(
            key, "aaguid" | "confirmed" | "created_at" | "credential_backed_up" |
            "credential_device_type" | "email" | "id" | "identity_user_id" | "key_id" |
            "last_auth_at" | "last_password_reset" | "name" | "phone_number" |
            "preferred_authentication_method" | "public_key" | "relying_party_id" |
            "user_agent" | "user_handle"
        )
    }
    fn decode_variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        d: D,
        cx: &mut runtime::Cx,
        place: &mut Option<Self>,
    ) -> Result<(), D::Error> {
        match tag {
            "password" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(VerifyAuthenticationMethodResponseContent::Password);
            }
            "passkey" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(VerifyAuthenticationMethodResponseContent::Passkey);
            }
            "recovery-code" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(VerifyAuthenticationMethodResponseContent::RecoveryCode);
            }
            "push-notification" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(VerifyAuthenticationMethodResponseContent::PushNotification);
            }
            "totp" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(VerifyAuthenticationMethodResponseContent::Totp);
            }
            "webauthn-platform" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(VerifyAuthenticationMethodResponseContent::WebauthnPlatform);
            }
            "webauthn-roaming" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(VerifyAuthenticationMethodResponseContent::WebauthnRoaming);
            }
            "phone" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(VerifyAuthenticationMethodResponseContent::Phone);
            }
            "email" => {
                *place = runtime::decode_tagged_variant(d, cx)?
                    .map(VerifyAuthenticationMethodResponseContent::Email);
            }
            other => {
                runtime::unknown_tag(
                    "type",
                    other,
                    VerifyAuthenticationMethodResponseContent::TAG_VALUES,
                    cx,
                );
                runtime::skip_value(d)?;
            }
        }
        Ok(())
    }
}
impl runtime::Decode for VerifyAuthenticationMethodResponseContent {
    #[inline]
    fn decode<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, D::Error> {
        runtime::decode_tagged(d, cx)
    }
    fn decode_in_place<'de, D: serde::Deserializer<'de>>(
        d: D,
        cx: &mut runtime::Cx,
        place: &mut Option<Self>,
    ) -> Result<(), D::Error> {
        runtime::decode_tagged_in_place(d, cx, place)
    }
}
impl serde::Serialize for VerifyAuthenticationMethodResponseContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[allow(unused_imports)]
        use serde::ser::SerializeMap;
        match self {
            VerifyAuthenticationMethodResponseContent::Password(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            VerifyAuthenticationMethodResponseContent::Passkey(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            VerifyAuthenticationMethodResponseContent::RecoveryCode(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            VerifyAuthenticationMethodResponseContent::PushNotification(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            VerifyAuthenticationMethodResponseContent::Totp(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            VerifyAuthenticationMethodResponseContent::WebauthnPlatform(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            VerifyAuthenticationMethodResponseContent::WebauthnRoaming(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            VerifyAuthenticationMethodResponseContent::Phone(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
            VerifyAuthenticationMethodResponseContent::Email(payload) => {
                serde::Serialize::serialize(payload, serializer)
            }
        }
    }
}
impl runtime::Describe for VerifyAuthenticationMethodResponseContent {
    fn describe(&self) -> String {
        match self {
            VerifyAuthenticationMethodResponseContent::Password(_) => {
                "VerifyAuthenticationMethodResponseContent::Password".to_string()
            }
            VerifyAuthenticationMethodResponseContent::Passkey(_) => {
                "VerifyAuthenticationMethodResponseContent::Passkey".to_string()
            }
            VerifyAuthenticationMethodResponseContent::RecoveryCode(_) => {
                "VerifyAuthenticationMethodResponseContent::RecoveryCode".to_string()
            }
            VerifyAuthenticationMethodResponseContent::PushNotification(_) => {
                "VerifyAuthenticationMethodResponseContent::PushNotification".to_string()
            }
            VerifyAuthenticationMethodResponseContent::Totp(_) => {
                "VerifyAuthenticationMethodResponseContent::Totp".to_string()
            }
            VerifyAuthenticationMethodResponseContent::WebauthnPlatform(_) => {
                "VerifyAuthenticationMethodResponseContent::WebauthnPlatform".to_string()
            }
            VerifyAuthenticationMethodResponseContent::WebauthnRoaming(_) => {
                "VerifyAuthenticationMethodResponseContent::WebauthnRoaming".to_string()
            }
            VerifyAuthenticationMethodResponseContent::Phone(_) => {
                "VerifyAuthenticationMethodResponseContent::Phone".to_string()
            }
            VerifyAuthenticationMethodResponseContent::Email(_) => {
                "VerifyAuthenticationMethodResponseContent::Email".to_string()
            }
        }
    }
}
impl From<AuthenticationMethodPassword> for VerifyAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodPassword) -> Self {
        VerifyAuthenticationMethodResponseContent::Password(payload)
    }
}
impl From<AuthenticationMethodPasskey> for VerifyAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodPasskey) -> Self {
        VerifyAuthenticationMethodResponseContent::Passkey(payload)
    }
}
impl From<AuthenticationMethodMfaRecoveryCode>
for VerifyAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodMfaRecoveryCode) -> Self {
        VerifyAuthenticationMethodResponseContent::RecoveryCode(payload)
    }
}
impl From<AuthenticationMethodMfaPushNotification>
for VerifyAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodMfaPushNotification) -> Self {
        VerifyAuthenticationMethodResponseContent::PushNotification(payload)
    }
}
impl From<AuthenticationMethodMfaTotp> for VerifyAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodMfaTotp) -> Self {
        VerifyAuthenticationMethodResponseContent::Totp(payload)
    }
}
impl From<AuthenticationMethodWebAuthnPlatform>
for VerifyAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodWebAuthnPlatform) -> Self {
        VerifyAuthenticationMethodResponseContent::WebauthnPlatform(payload)
    }
}
impl From<AuthenticationMethodWebAuthnRoaming>
for VerifyAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodWebAuthnRoaming) -> Self {
        VerifyAuthenticationMethodResponseContent::WebauthnRoaming(payload)
    }
}
impl From<AuthenticationMethodPhone> for VerifyAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodPhone) -> Self {
        VerifyAuthenticationMethodResponseContent::Phone(payload)
    }
}
impl From<AuthenticationMethodEmail> for VerifyAuthenticationMethodResponseContent {
    fn from(payload: AuthenticationMethodEmail) -> Self {
        VerifyAuthenticationMethodResponseContent::Email(payload)
    }
}
runtime::impl_deserialize!(VerifyAuthenticationMethodResponseContent);
/// Email verification payload
///
/// Schema `VerifyEmailAuthenticationMethod`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VerifyEmailAuthenticationMethod {
    /// The unique session identifier for the enrollment as returned by POST /authentication-methods
    pub auth_session: String,
    /// The one-time password code sent to the email address.
    pub otp_code: String,
}
impl VerifyEmailAuthenticationMethod {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["auth_session", "otp_code"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(auth_session: String, otp_code: String) -> Self {
        Self { auth_session, otp_code }
    }
}
impl runtime::DecodeMap for VerifyEmailAuthenticationMethod {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = VerifyEmailAuthenticationMethod::PROPERTIES;
        let mut field_auth_session = None;
        let mut field_otp_code = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "auth_session" => {
                    field_auth_session = runtime::value(&mut map, "auth_session", cx)?;
                }
                "otp_code" => field_otp_code = runtime::value(&mut map, "otp_code", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_auth_session), Some(field_otp_code)) = (
            runtime::required(field_auth_session, "auth_session", cx),
            runtime::required(field_otp_code, "otp_code", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                auth_session: field_auth_session,
                otp_code: field_otp_code,
            }),
        )
    }
}
impl runtime::WriteFields for VerifyEmailAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("auth_session", &self.auth_session)?;
        map.serialize_entry("otp_code", &self.otp_code)?;
        Ok(())
    }
}
runtime::object_impls!(VerifyEmailAuthenticationMethod);
/// Passkey verification payload
///
/// Schema `VerifyPasskeyAuthenticationMethod`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VerifyPasskeyAuthenticationMethod {
    /// The unique session identifier for the enrollment as returned by POST /authentication-methods
    pub auth_session: String,
    pub authn_response: AuthenticatorAttestationResponse,
}
impl VerifyPasskeyAuthenticationMethod {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["auth_session", "authn_response"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        auth_session: String,
        authn_response: AuthenticatorAttestationResponse,
    ) -> Self {
        Self {
            auth_session,
            authn_response,
        }
    }
}
impl runtime::DecodeMap for VerifyPasskeyAuthenticationMethod {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = VerifyPasskeyAuthenticationMethod::PROPERTIES;
        let mut field_auth_session = None;
        let mut field_authn_response = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "auth_session" => {
                    field_auth_session = runtime::value(&mut map, "auth_session", cx)?;
                }
                "authn_response" => {
                    field_authn_response = runtime::value(
                        &mut map,
                        "authn_response",
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_auth_session), Some(field_authn_response)) = (
            runtime::required(field_auth_session, "auth_session", cx),
            runtime::required(field_authn_response, "authn_response", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                auth_session: field_auth_session,
                authn_response: field_authn_response,
            }),
        )
    }
}
impl runtime::WriteFields for VerifyPasskeyAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("auth_session", &self.auth_session)?;
        map.serialize_entry("authn_response", &self.authn_response)?;
        Ok(())
    }
}
runtime::object_impls!(VerifyPasskeyAuthenticationMethod);
/// Password verification payload
///
/// Schema `VerifyPasswordAuthenticationMethod`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VerifyPasswordAuthenticationMethod {
    /// The unique session identifier for the password change operation as returned by POST /authentication-methods
    pub auth_session: String,
    /// The new password to set for the user
    pub new_password: String,
}
impl VerifyPasswordAuthenticationMethod {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["auth_session", "new_password"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(auth_session: String, new_password: String) -> Self {
        Self { auth_session, new_password }
    }
}
impl runtime::DecodeMap for VerifyPasswordAuthenticationMethod {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = VerifyPasswordAuthenticationMethod::PROPERTIES;
        let mut field_auth_session = None;
        let mut field_new_password = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "auth_session" => {
                    field_auth_session = runtime::value(&mut map, "auth_session", cx)?;
                }
                "new_password" => {
                    field_new_password = runtime::field(
                        &mut map,
                        "new_password",
                        &runtime::Str(
                            &runtime::StringRules {
                                min_length: Some(1usize),
                                max_length: Some(256usize),
                                pattern: Some(&PATTERN_91951DD98EEDB2F8),
                            },
                        ),
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_auth_session), Some(field_new_password)) = (
            runtime::required(field_auth_session, "auth_session", cx),
            runtime::required(field_new_password, "new_password", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                auth_session: field_auth_session,
                new_password: field_new_password,
            }),
        )
    }
}
impl runtime::WriteFields for VerifyPasswordAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("auth_session", &self.auth_session)?;
        map.serialize_entry("new_password", &self.new_password)?;
        Ok(())
    }
}
runtime::object_impls!(VerifyPasswordAuthenticationMethod);
/// Phone verification payload
///
/// Schema `VerifyPhoneAuthenticationMethod`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VerifyPhoneAuthenticationMethod {
    /// The unique session identifier for the enrollment as returned by POST /authentication-methods
    pub auth_session: String,
    /// The one-time password code sent to the phone number.
    pub otp_code: String,
}
impl VerifyPhoneAuthenticationMethod {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["auth_session", "otp_code"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(auth_session: String, otp_code: String) -> Self {
        Self { auth_session, otp_code }
    }
}
impl runtime::DecodeMap for VerifyPhoneAuthenticationMethod {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = VerifyPhoneAuthenticationMethod::PROPERTIES;
        let mut field_auth_session = None;
        let mut field_otp_code = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "auth_session" => {
                    field_auth_session = runtime::value(&mut map, "auth_session", cx)?;
                }
                "otp_code" => field_otp_code = runtime::value(&mut map, "otp_code", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_auth_session), Some(field_otp_code)) = (
            runtime::required(field_auth_session, "auth_session", cx),
            runtime::required(field_otp_code, "otp_code", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                auth_session: field_auth_session,
                otp_code: field_otp_code,
            }),
        )
    }
}
impl runtime::WriteFields for VerifyPhoneAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("auth_session", &self.auth_session)?;
        map.serialize_entry("otp_code", &self.otp_code)?;
        Ok(())
    }
}
runtime::object_impls!(VerifyPhoneAuthenticationMethod);
/// Push Notification verification payload
///
/// Schema `VerifyPushNotificationAuthenticationMethod`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VerifyPushNotificationAuthenticationMethod {
    /// The unique session identifier for the enrollment as returned by POST /authentication-methods
    pub auth_session: String,
}
impl VerifyPushNotificationAuthenticationMethod {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["auth_session"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(auth_session: String) -> Self {
        Self { auth_session }
    }
}
impl runtime::DecodeMap for VerifyPushNotificationAuthenticationMethod {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = VerifyPushNotificationAuthenticationMethod::PROPERTIES;
        let mut field_auth_session = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "auth_session" => {
                    field_auth_session = runtime::value(&mut map, "auth_session", cx)?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_auth_session),) = (
            runtime::required(field_auth_session, "auth_session", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                auth_session: field_auth_session,
            }),
        )
    }
}
impl runtime::WriteFields for VerifyPushNotificationAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("auth_session", &self.auth_session)?;
        Ok(())
    }
}
runtime::object_impls!(VerifyPushNotificationAuthenticationMethod);
/// Recovery Code verification payload
///
/// Schema `VerifyRecoveryCodeAuthenticationMethod`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VerifyRecoveryCodeAuthenticationMethod {
    /// The unique session identifier for the enrollment as returned by POST /authentication-methods
    pub auth_session: String,
}
impl VerifyRecoveryCodeAuthenticationMethod {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["auth_session"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(auth_session: String) -> Self {
        Self { auth_session }
    }
}
impl runtime::DecodeMap for VerifyRecoveryCodeAuthenticationMethod {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = VerifyRecoveryCodeAuthenticationMethod::PROPERTIES;
        let mut field_auth_session = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "auth_session" => {
                    field_auth_session = runtime::value(&mut map, "auth_session", cx)?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_auth_session),) = (
            runtime::required(field_auth_session, "auth_session", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                auth_session: field_auth_session,
            }),
        )
    }
}
impl runtime::WriteFields for VerifyRecoveryCodeAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("auth_session", &self.auth_session)?;
        Ok(())
    }
}
runtime::object_impls!(VerifyRecoveryCodeAuthenticationMethod);
/// TOTP verification payload
///
/// Schema `VerifyTotpAuthenticationMethod`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VerifyTotpAuthenticationMethod {
    /// The unique session identifier for the enrollment as returned by POST /authentication-methods
    pub auth_session: String,
    /// The one-time password code retrieved from the TOTP application.
    pub otp_code: String,
}
impl VerifyTotpAuthenticationMethod {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["auth_session", "otp_code"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(auth_session: String, otp_code: String) -> Self {
        Self { auth_session, otp_code }
    }
}
impl runtime::DecodeMap for VerifyTotpAuthenticationMethod {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = VerifyTotpAuthenticationMethod::PROPERTIES;
        let mut field_auth_session = None;
        let mut field_otp_code = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "auth_session" => {
                    field_auth_session = runtime::value(&mut map, "auth_session", cx)?;
                }
                "otp_code" => field_otp_code = runtime::value(&mut map, "otp_code", cx)?,
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_auth_session), Some(field_otp_code)) = (
            runtime::required(field_auth_session, "auth_session", cx),
            runtime::required(field_otp_code, "otp_code", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                auth_session: field_auth_session,
                otp_code: field_otp_code,
            }),
        )
    }
}
impl runtime::WriteFields for VerifyTotpAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("auth_session", &self.auth_session)?;
        map.serialize_entry("otp_code", &self.otp_code)?;
        Ok(())
    }
}
runtime::object_impls!(VerifyTotpAuthenticationMethod);
/// WebAuthn Platform verification payload
///
/// Schema `VerifyWebAuthnPlatformAuthenticationMethod`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VerifyWebAuthnPlatformAuthenticationMethod {
    /// The unique session identifier for the enrollment as returned by POST /authentication-methods
    pub auth_session: String,
    pub authn_response: AuthenticatorAttestationResponse,
}
impl VerifyWebAuthnPlatformAuthenticationMethod {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["auth_session", "authn_response"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        auth_session: String,
        authn_response: AuthenticatorAttestationResponse,
    ) -> Self {
        Self {
            auth_session,
            authn_response,
        }
    }
}
impl runtime::DecodeMap for VerifyWebAuthnPlatformAuthenticationMethod {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = VerifyWebAuthnPlatformAuthenticationMethod::PROPERTIES;
        let mut field_auth_session = None;
        let mut field_authn_response = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "auth_session" => {
                    field_auth_session = runtime::value(&mut map, "auth_session", cx)?;
                }
                "authn_response" => {
                    field_authn_response = runtime::value(
                        &mut map,
                        "authn_response",
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_auth_session), Some(field_authn_response)) = (
            runtime::required(field_auth_session, "auth_session", cx),
            runtime::required(field_authn_response, "authn_response", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                auth_session: field_auth_session,
                authn_response: field_authn_response,
            }),
        )
    }
}
impl runtime::WriteFields for VerifyWebAuthnPlatformAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("auth_session", &self.auth_session)?;
        map.serialize_entry("authn_response", &self.authn_response)?;
        Ok(())
    }
}
runtime::object_impls!(VerifyWebAuthnPlatformAuthenticationMethod);
/// WebAuthn Roaming verification payload
///
/// Schema `VerifyWebAuthnRoamingAuthenticationMethod`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VerifyWebAuthnRoamingAuthenticationMethod {
    /// The unique session identifier for the enrollment as returned by POST /authentication-methods
    pub auth_session: String,
    pub authn_response: AuthenticatorAttestationResponse,
}
impl VerifyWebAuthnRoamingAuthenticationMethod {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &["auth_session", "authn_response"];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        auth_session: String,
        authn_response: AuthenticatorAttestationResponse,
    ) -> Self {
        Self {
            auth_session,
            authn_response,
        }
    }
}
impl runtime::DecodeMap for VerifyWebAuthnRoamingAuthenticationMethod {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        const KNOWN: &[&str] = VerifyWebAuthnRoamingAuthenticationMethod::PROPERTIES;
        let mut field_auth_session = None;
        let mut field_authn_response = None;
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "auth_session" => {
                    field_auth_session = runtime::value(&mut map, "auth_session", cx)?;
                }
                "authn_response" => {
                    field_authn_response = runtime::value(
                        &mut map,
                        "authn_response",
                        cx,
                    )?;
                }
                _ => runtime::unknown(&mut map, &key, KNOWN, cx)?,
            }
        }
        let (Some(field_auth_session), Some(field_authn_response)) = (
            runtime::required(field_auth_session, "auth_session", cx),
            runtime::required(field_authn_response, "authn_response", cx),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                auth_session: field_auth_session,
                authn_response: field_authn_response,
            }),
        )
    }
}
impl runtime::WriteFields for VerifyWebAuthnRoamingAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("auth_session", &self.auth_session)?;
        map.serialize_entry("authn_response", &self.authn_response)?;
        Ok(())
    }
}
runtime::object_impls!(VerifyWebAuthnRoamingAuthenticationMethod);
/// Schema `WebAuthnCreationResponse`.
///
/// `#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones set as fields, so that a property added to the schema is not a breaking change for code that builds the value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct WebAuthnCreationResponse {
    /// The unique identifier for the authentication method.
    pub id: String,
    /// The unique session identifier for the enrollment.
    pub auth_session: String,
    pub authn_params_public_key: PublicKeyCredentialCreationOptions,
    /// Properties the schema does not declare, kept so that nothing is lost on the way through.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl WebAuthnCreationResponse {
    /// Every property name the schema declares.
    pub const PROPERTIES: &'static [&'static str] = &[
        "id",
        "auth_session",
        "authn_params_public_key",
    ];
    /// A value with the required properties; the optional ones are absent.
    pub fn new(
        id: String,
        auth_session: String,
        authn_params_public_key: PublicKeyCredentialCreationOptions,
    ) -> Self {
        Self {
            id,
            auth_session,
            authn_params_public_key,
            additional_properties: Default::default(),
        }
    }
}
impl runtime::DecodeMap for WebAuthnCreationResponse {
    fn decode_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
        cx: &mut runtime::Cx,
    ) -> Result<Option<Self>, A::Error> {
        let mut field_id = None;
        let mut field_auth_session = None;
        let mut field_authn_params_public_key = None;
        let mut field_additional_properties = serde_json::Map::new();
        while let Some(runtime::Key(key)) = map.next_key()? {
            match key.as_ref() {
                "id" => field_id = runtime::value(&mut map, "id", cx)?,
                "auth_session" => {
                    field_auth_session = runtime::value(&mut map, "auth_session", cx)?;
                }
                "authn_params_public_key" => {
                    field_authn_params_public_key = runtime::value(
                        &mut map,
                        "authn_params_public_key",
                        cx,
                    )?;
                }
                _ => runtime::extra(&mut map, key, &mut field_additional_properties)?,
            }
        }
        let (
            Some(field_id),
            Some(field_auth_session),
            Some(field_authn_params_public_key),
        ) = (
            runtime::required(field_id, "id", cx),
            runtime::required(field_auth_session, "auth_session", cx),
            runtime::required(
                field_authn_params_public_key,
                "authn_params_public_key",
                cx,
            ),
        ) else { return Ok(None) };
        Ok(
            Some(Self {
                id: field_id,
                auth_session: field_auth_session,
                authn_params_public_key: field_authn_params_public_key,
                additional_properties: field_additional_properties,
            }),
        )
    }
}
impl runtime::WriteFields for WebAuthnCreationResponse {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("auth_session", &self.auth_session)?;
        map.serialize_entry("authn_params_public_key", &self.authn_params_public_key)?;
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        Ok(())
    }
}
runtime::object_impls!(WebAuthnCreationResponse);
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum XAuth0ErrorKindHeader {
    /// `global-rate-limit`
    GlobalRateLimit,
}
impl XAuth0ErrorKindHeader {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [XAuth0ErrorKindHeader] = &[
        XAuth0ErrorKindHeader::GlobalRateLimit,
    ];
    /// The value as it is written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            XAuth0ErrorKindHeader::GlobalRateLimit => "global-rate-limit",
        }
    }
}
impl std::str::FromStr for XAuth0ErrorKindHeader {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "global-rate-limit" => Ok(XAuth0ErrorKindHeader::GlobalRateLimit),
            other => {
                Err(
                    format!(
                        "unknown value {other:?}; expected one of: {}",
                        "global-rate-limit"
                    ),
                )
            }
        }
    }
}
runtime::enum_impls!(XAuth0ErrorKindHeader);
