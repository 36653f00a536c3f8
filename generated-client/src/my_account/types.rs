// @generated from openapi/my-account.yaml by `cargo xtask regen`. Do not edit by hand.

#[allow(unused_imports)]
use crate::runtime;
static PATTERN_1: runtime::Pattern = runtime::Pattern::new(
    "^[a-zA-Z]{2}(-[a-zA-Z]{2})?(\\s[a-zA-Z]{2}(-[a-zA-Z]{2})?)*$",
    "u",
);
static PATTERN_2: runtime::Pattern = runtime::Pattern::new("^cac_[A-Za-z0-9]+$", "u");
static PATTERN_3: runtime::Pattern = runtime::Pattern::new("^[a-zA-Z0-9-]+$", "u");
static PATTERN_4: runtime::Pattern = runtime::Pattern::new("^\\S+$", "u");
static PATTERN_5: runtime::Pattern = runtime::Pattern::new(
    "^[^\\u0000-\\u001f\\u007f-\\u009f]*$",
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
impl std::fmt::Display for AccessTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for AccessTypeEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for AccessTypeEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for AccessTypeEnum {
    fn describe(&self) -> String {
        "AccessTypeEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AccessTypeEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let obj = runtime::object(v, at, errs)?;
        match runtime::tag(obj, "type", at, errs)? {
            "password" => {
                <AuthenticationMethodPassword as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(AuthenticationMethod::Password)
            }
            "passkey" => {
                <AuthenticationMethodPasskey as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(AuthenticationMethod::Passkey)
            }
            "recovery-code" => {
                <AuthenticationMethodMfaRecoveryCode as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(AuthenticationMethod::RecoveryCode)
            }
            "push-notification" => {
                <AuthenticationMethodMfaPushNotification as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(AuthenticationMethod::PushNotification)
            }
            "totp" => {
                <AuthenticationMethodMfaTotp as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(AuthenticationMethod::Totp)
            }
            "webauthn-platform" => {
                <AuthenticationMethodWebAuthnPlatform as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(AuthenticationMethod::WebauthnPlatform)
            }
            "webauthn-roaming" => {
                <AuthenticationMethodWebAuthnRoaming as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(AuthenticationMethod::WebauthnRoaming)
            }
            "phone" => {
                <AuthenticationMethodPhone as runtime::FromJson>::from_json(v, at, errs)
                    .map(AuthenticationMethod::Phone)
            }
            "email" => {
                <AuthenticationMethodEmail as runtime::FromJson>::from_json(v, at, errs)
                    .map(AuthenticationMethod::Email)
            }
            other => {
                runtime::unknown_tag(
                    "type",
                    other,
                    AuthenticationMethod::TAG_VALUES,
                    at,
                    errs,
                );
                None
            }
        }
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
impl<'de> serde::Deserialize<'de> for AuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthenticationMethodBase {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = AuthenticationMethodBase::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_created_at = runtime::required(
            obj,
            "created_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_usage = runtime::required(
            obj,
            "usage",
            at,
            errs,
            <Usage as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            created_at: field_created_at?,
            usage: field_usage?,
            additional_properties: field_additional_properties?,
        })
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
impl serde::Serialize for AuthenticationMethodBase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for AuthenticationMethodBase {
    fn describe(&self) -> String {
        "AuthenticationMethodBase".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticationMethodBase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthenticationMethodEmail {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = AuthenticationMethodEmail::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(obj, "type", &serde_json::json!("email"), true, at, errs);
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_created_at = runtime::required(
            obj,
            "created_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_usage = runtime::required(
            obj,
            "usage",
            at,
            errs,
            <Usage as runtime::FromJson>::from_json,
        );
        let field_confirmed = runtime::required(
            obj,
            "confirmed",
            at,
            errs,
            <bool as runtime::FromJson>::from_json,
        );
        let field_last_auth_at = runtime::optional(
            obj,
            "last_auth_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_name = runtime::optional(
            obj,
            "name",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_email = runtime::required(
            obj,
            "email",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            created_at: field_created_at?,
            usage: field_usage?,
            confirmed: field_confirmed?,
            last_auth_at: field_last_auth_at?,
            name: field_name?,
            email: field_email?,
            additional_properties: field_additional_properties?,
        })
    }
}
impl runtime::WriteFields for AuthenticationMethodEmail {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("email"))?;
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
impl serde::Serialize for AuthenticationMethodEmail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for AuthenticationMethodEmail {
    fn describe(&self) -> String {
        "AuthenticationMethodEmail".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticationMethodEmail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthenticationMethodMfaBase {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = AuthenticationMethodMfaBase::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_created_at = runtime::required(
            obj,
            "created_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_usage = runtime::required(
            obj,
            "usage",
            at,
            errs,
            <Usage as runtime::FromJson>::from_json,
        );
        let field_confirmed = runtime::required(
            obj,
            "confirmed",
            at,
            errs,
            <bool as runtime::FromJson>::from_json,
        );
        let field_last_auth_at = runtime::optional(
            obj,
            "last_auth_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            created_at: field_created_at?,
            usage: field_usage?,
            confirmed: field_confirmed?,
            last_auth_at: field_last_auth_at?,
            additional_properties: field_additional_properties?,
        })
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
impl serde::Serialize for AuthenticationMethodMfaBase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for AuthenticationMethodMfaBase {
    fn describe(&self) -> String {
        "AuthenticationMethodMfaBase".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticationMethodMfaBase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthenticationMethodMfaPushNotification {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = AuthenticationMethodMfaPushNotification::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(
            obj,
            "type",
            &serde_json::json!("push-notification"),
            true,
            at,
            errs,
        );
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_created_at = runtime::required(
            obj,
            "created_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_usage = runtime::required(
            obj,
            "usage",
            at,
            errs,
            <Usage as runtime::FromJson>::from_json,
        );
        let field_confirmed = runtime::required(
            obj,
            "confirmed",
            at,
            errs,
            <bool as runtime::FromJson>::from_json,
        );
        let field_last_auth_at = runtime::optional(
            obj,
            "last_auth_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_name = runtime::optional(
            obj,
            "name",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            created_at: field_created_at?,
            usage: field_usage?,
            confirmed: field_confirmed?,
            last_auth_at: field_last_auth_at?,
            name: field_name?,
            additional_properties: field_additional_properties?,
        })
    }
}
impl runtime::WriteFields for AuthenticationMethodMfaPushNotification {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("push-notification"))?;
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
impl serde::Serialize for AuthenticationMethodMfaPushNotification {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for AuthenticationMethodMfaPushNotification {
    fn describe(&self) -> String {
        "AuthenticationMethodMfaPushNotification".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticationMethodMfaPushNotification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthenticationMethodMfaRecoveryCode {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = AuthenticationMethodMfaRecoveryCode::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(
            obj,
            "type",
            &serde_json::json!("recovery-code"),
            true,
            at,
            errs,
        );
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_created_at = runtime::required(
            obj,
            "created_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_usage = runtime::required(
            obj,
            "usage",
            at,
            errs,
            <Usage as runtime::FromJson>::from_json,
        );
        let field_confirmed = runtime::required(
            obj,
            "confirmed",
            at,
            errs,
            <bool as runtime::FromJson>::from_json,
        );
        let field_last_auth_at = runtime::optional(
            obj,
            "last_auth_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            created_at: field_created_at?,
            usage: field_usage?,
            confirmed: field_confirmed?,
            last_auth_at: field_last_auth_at?,
            additional_properties: field_additional_properties?,
        })
    }
}
impl runtime::WriteFields for AuthenticationMethodMfaRecoveryCode {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("recovery-code"))?;
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
impl serde::Serialize for AuthenticationMethodMfaRecoveryCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for AuthenticationMethodMfaRecoveryCode {
    fn describe(&self) -> String {
        "AuthenticationMethodMfaRecoveryCode".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticationMethodMfaRecoveryCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthenticationMethodMfaTotp {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = AuthenticationMethodMfaTotp::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(obj, "type", &serde_json::json!("totp"), true, at, errs);
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_created_at = runtime::required(
            obj,
            "created_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_usage = runtime::required(
            obj,
            "usage",
            at,
            errs,
            <Usage as runtime::FromJson>::from_json,
        );
        let field_confirmed = runtime::required(
            obj,
            "confirmed",
            at,
            errs,
            <bool as runtime::FromJson>::from_json,
        );
        let field_last_auth_at = runtime::optional(
            obj,
            "last_auth_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_name = runtime::optional(
            obj,
            "name",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            created_at: field_created_at?,
            usage: field_usage?,
            confirmed: field_confirmed?,
            last_auth_at: field_last_auth_at?,
            name: field_name?,
            additional_properties: field_additional_properties?,
        })
    }
}
impl runtime::WriteFields for AuthenticationMethodMfaTotp {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("totp"))?;
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
impl serde::Serialize for AuthenticationMethodMfaTotp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for AuthenticationMethodMfaTotp {
    fn describe(&self) -> String {
        "AuthenticationMethodMfaTotp".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticationMethodMfaTotp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthenticationMethodPasskey {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = AuthenticationMethodPasskey::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(obj, "type", &serde_json::json!("passkey"), true, at, errs);
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_created_at = runtime::required(
            obj,
            "created_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_usage = runtime::required(
            obj,
            "usage",
            at,
            errs,
            <Usage as runtime::FromJson>::from_json,
        );
        let field_credential_backed_up = runtime::required(
            obj,
            "credential_backed_up",
            at,
            errs,
            <bool as runtime::FromJson>::from_json,
        );
        let field_credential_device_type = runtime::required(
            obj,
            "credential_device_type",
            at,
            errs,
            <CredentialDeviceTypeEnum as runtime::FromJson>::from_json,
        );
        let field_identity_user_id = runtime::required(
            obj,
            "identity_user_id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_key_id = runtime::required(
            obj,
            "key_id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_public_key = runtime::required(
            obj,
            "public_key",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_transports = runtime::optional(
            obj,
            "transports",
            at,
            errs,
            <Vec<String> as runtime::FromJson>::from_json,
        );
        let field_user_agent = runtime::optional(
            obj,
            "user_agent",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_user_handle = runtime::required(
            obj,
            "user_handle",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_aaguid = runtime::optional(
            obj,
            "aaguid",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_relying_party_id = runtime::optional(
            obj,
            "relying_party_id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_last_auth_at = runtime::optional(
            obj,
            "last_auth_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            created_at: field_created_at?,
            usage: field_usage?,
            credential_backed_up: field_credential_backed_up?,
            credential_device_type: field_credential_device_type?,
            identity_user_id: field_identity_user_id?,
            key_id: field_key_id?,
            public_key: field_public_key?,
            transports: field_transports?,
            user_agent: field_user_agent?,
            user_handle: field_user_handle?,
            aaguid: field_aaguid?,
            relying_party_id: field_relying_party_id?,
            last_auth_at: field_last_auth_at?,
            additional_properties: field_additional_properties?,
        })
    }
}
impl runtime::WriteFields for AuthenticationMethodPasskey {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("passkey"))?;
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
impl serde::Serialize for AuthenticationMethodPasskey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for AuthenticationMethodPasskey {
    fn describe(&self) -> String {
        "AuthenticationMethodPasskey".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticationMethodPasskey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthenticationMethodPassword {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = AuthenticationMethodPassword::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(obj, "type", &serde_json::json!("password"), true, at, errs);
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_created_at = runtime::required(
            obj,
            "created_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_usage = runtime::required(
            obj,
            "usage",
            at,
            errs,
            <Usage as runtime::FromJson>::from_json,
        );
        let field_identity_user_id = runtime::required(
            obj,
            "identity_user_id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_last_password_reset = runtime::optional(
            obj,
            "last_password_reset",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            created_at: field_created_at?,
            usage: field_usage?,
            identity_user_id: field_identity_user_id?,
            last_password_reset: field_last_password_reset?,
            additional_properties: field_additional_properties?,
        })
    }
}
impl runtime::WriteFields for AuthenticationMethodPassword {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("password"))?;
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
impl serde::Serialize for AuthenticationMethodPassword {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for AuthenticationMethodPassword {
    fn describe(&self) -> String {
        "AuthenticationMethodPassword".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticationMethodPassword {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthenticationMethodPhone {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = AuthenticationMethodPhone::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(obj, "type", &serde_json::json!("phone"), true, at, errs);
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_created_at = runtime::required(
            obj,
            "created_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_usage = runtime::required(
            obj,
            "usage",
            at,
            errs,
            <Usage as runtime::FromJson>::from_json,
        );
        let field_confirmed = runtime::required(
            obj,
            "confirmed",
            at,
            errs,
            <bool as runtime::FromJson>::from_json,
        );
        let field_last_auth_at = runtime::optional(
            obj,
            "last_auth_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_name = runtime::optional(
            obj,
            "name",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_phone_number = runtime::required(
            obj,
            "phone_number",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_preferred_authentication_method = runtime::required(
            obj,
            "preferred_authentication_method",
            at,
            errs,
            <PhoneAuthenticationMethodEnum as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            created_at: field_created_at?,
            usage: field_usage?,
            confirmed: field_confirmed?,
            last_auth_at: field_last_auth_at?,
            name: field_name?,
            phone_number: field_phone_number?,
            preferred_authentication_method: field_preferred_authentication_method?,
            additional_properties: field_additional_properties?,
        })
    }
}
impl runtime::WriteFields for AuthenticationMethodPhone {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("phone"))?;
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
impl serde::Serialize for AuthenticationMethodPhone {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for AuthenticationMethodPhone {
    fn describe(&self) -> String {
        "AuthenticationMethodPhone".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticationMethodPhone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthenticationMethodWebAuthn {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = AuthenticationMethodWebAuthn::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_created_at = runtime::required(
            obj,
            "created_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_usage = runtime::required(
            obj,
            "usage",
            at,
            errs,
            <Usage as runtime::FromJson>::from_json,
        );
        let field_confirmed = runtime::required(
            obj,
            "confirmed",
            at,
            errs,
            <bool as runtime::FromJson>::from_json,
        );
        let field_last_auth_at = runtime::optional(
            obj,
            "last_auth_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_name = runtime::optional(
            obj,
            "name",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_key_id = runtime::optional(
            obj,
            "key_id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_public_key = runtime::optional(
            obj,
            "public_key",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            created_at: field_created_at?,
            usage: field_usage?,
            confirmed: field_confirmed?,
            last_auth_at: field_last_auth_at?,
            name: field_name?,
            key_id: field_key_id?,
            public_key: field_public_key?,
            additional_properties: field_additional_properties?,
        })
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
impl serde::Serialize for AuthenticationMethodWebAuthn {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for AuthenticationMethodWebAuthn {
    fn describe(&self) -> String {
        "AuthenticationMethodWebAuthn".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticationMethodWebAuthn {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthenticationMethodWebAuthnPlatform {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = AuthenticationMethodWebAuthnPlatform::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(
            obj,
            "type",
            &serde_json::json!("webauthn-platform"),
            true,
            at,
            errs,
        );
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_created_at = runtime::required(
            obj,
            "created_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_usage = runtime::required(
            obj,
            "usage",
            at,
            errs,
            <Usage as runtime::FromJson>::from_json,
        );
        let field_confirmed = runtime::required(
            obj,
            "confirmed",
            at,
            errs,
            <bool as runtime::FromJson>::from_json,
        );
        let field_last_auth_at = runtime::optional(
            obj,
            "last_auth_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_name = runtime::optional(
            obj,
            "name",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_key_id = runtime::optional(
            obj,
            "key_id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_public_key = runtime::optional(
            obj,
            "public_key",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            created_at: field_created_at?,
            usage: field_usage?,
            confirmed: field_confirmed?,
            last_auth_at: field_last_auth_at?,
            name: field_name?,
            key_id: field_key_id?,
            public_key: field_public_key?,
            additional_properties: field_additional_properties?,
        })
    }
}
impl runtime::WriteFields for AuthenticationMethodWebAuthnPlatform {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("webauthn-platform"))?;
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
impl serde::Serialize for AuthenticationMethodWebAuthnPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for AuthenticationMethodWebAuthnPlatform {
    fn describe(&self) -> String {
        "AuthenticationMethodWebAuthnPlatform".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticationMethodWebAuthnPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthenticationMethodWebAuthnRoaming {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = AuthenticationMethodWebAuthnRoaming::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(
            obj,
            "type",
            &serde_json::json!("webauthn-roaming"),
            true,
            at,
            errs,
        );
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_created_at = runtime::required(
            obj,
            "created_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_usage = runtime::required(
            obj,
            "usage",
            at,
            errs,
            <Usage as runtime::FromJson>::from_json,
        );
        let field_confirmed = runtime::required(
            obj,
            "confirmed",
            at,
            errs,
            <bool as runtime::FromJson>::from_json,
        );
        let field_last_auth_at = runtime::optional(
            obj,
            "last_auth_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_name = runtime::optional(
            obj,
            "name",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_key_id = runtime::optional(
            obj,
            "key_id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_public_key = runtime::optional(
            obj,
            "public_key",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            created_at: field_created_at?,
            usage: field_usage?,
            confirmed: field_confirmed?,
            last_auth_at: field_last_auth_at?,
            name: field_name?,
            key_id: field_key_id?,
            public_key: field_public_key?,
            additional_properties: field_additional_properties?,
        })
    }
}
impl runtime::WriteFields for AuthenticationMethodWebAuthnRoaming {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("webauthn-roaming"))?;
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
impl serde::Serialize for AuthenticationMethodWebAuthnRoaming {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for AuthenticationMethodWebAuthnRoaming {
    fn describe(&self) -> String {
        "AuthenticationMethodWebAuthnRoaming".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticationMethodWebAuthnRoaming {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for AuthenticatorAttachmentEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for AuthenticatorAttachmentEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for AuthenticatorAttachmentEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for AuthenticatorAttachmentEnum {
    fn describe(&self) -> String {
        "AuthenticatorAttachmentEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticatorAttachmentEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthenticatorAttestationResponse {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = AuthenticatorAttestationResponse::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(obj, "type", &serde_json::json!("public-key"), true, at, errs);
        let field_authenticator_attachment = runtime::optional(
            obj,
            "authenticatorAttachment",
            at,
            errs,
            <AuthenticatorAttachmentEnum as runtime::FromJson>::from_json,
        );
        let field_client_extension_results = runtime::optional(
            obj,
            "clientExtensionResults",
            at,
            errs,
            <ClientExtensionResults as runtime::FromJson>::from_json,
        );
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: None,
                    max_length: Some(1364usize),
                    pattern: None,
                },
            ),
        );
        let field_raw_id = runtime::required(
            obj,
            "rawId",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: None,
                    max_length: Some(1364usize),
                    pattern: None,
                },
            ),
        );
        let field_response = runtime::required(
            obj,
            "response",
            at,
            errs,
            <AuthenticatorAttestationResponseData as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            authenticator_attachment: field_authenticator_attachment?,
            client_extension_results: field_client_extension_results?,
            id: field_id?,
            raw_id: field_raw_id?,
            response: field_response?,
            additional_properties: field_additional_properties?,
        })
    }
}
impl runtime::WriteFields for AuthenticatorAttestationResponse {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("public-key"))?;
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
impl serde::Serialize for AuthenticatorAttestationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for AuthenticatorAttestationResponse {
    fn describe(&self) -> String {
        "AuthenticatorAttestationResponse".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticatorAttestationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthenticatorAttestationResponseData {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = AuthenticatorAttestationResponseData::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_attestation_object = runtime::required(
            obj,
            "attestationObject",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: None,
                    max_length: Some(2000usize),
                    pattern: None,
                },
            ),
        );
        let field_client_data_json = runtime::required(
            obj,
            "clientDataJSON",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: None,
                    max_length: Some(1000usize),
                    pattern: None,
                },
            ),
        );
        let field_transports = runtime::optional(
            obj,
            "transports",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::array_with(
                v,
                at,
                errs,
                &runtime::ArrayRules {
                    min_items: None,
                    max_items: None,
                    unique_items: false,
                },
                |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                    v,
                    at,
                    errs,
                    &runtime::StringRules {
                        min_length: None,
                        max_length: Some(100usize),
                        pattern: None,
                    },
                ),
            ),
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            attestation_object: field_attestation_object?,
            client_data_json: field_client_data_json?,
            transports: field_transports?,
        })
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
impl serde::Serialize for AuthenticatorAttestationResponseData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for AuthenticatorAttestationResponseData {
    fn describe(&self) -> String {
        "AuthenticatorAttestationResponseData".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticatorAttestationResponseData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthenticatorSelection {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = AuthenticatorSelection::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_resident_key = runtime::optional(
            obj,
            "residentKey",
            at,
            errs,
            <ResidentKeyEnum as runtime::FromJson>::from_json,
        );
        let field_user_verification = runtime::optional(
            obj,
            "userVerification",
            at,
            errs,
            <UserVerificationEnum as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            resident_key: field_resident_key?,
            user_verification: field_user_verification?,
        })
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
impl serde::Serialize for AuthenticatorSelection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for AuthenticatorSelection {
    fn describe(&self) -> String {
        "AuthenticatorSelection".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticatorSelection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for AuthorizationParams {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = AuthorizationParams::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_acr_values = runtime::optional(
            obj,
            "acr_values",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: Some(1usize),
                    max_length: Some(1024usize),
                    pattern: None,
                },
            ),
        );
        let field_audience = runtime::optional(
            obj,
            "audience",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: Some(1usize),
                    max_length: Some(512usize),
                    pattern: None,
                },
            ),
        );
        let field_resource = runtime::optional(
            obj,
            "resource",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: Some(1usize),
                    max_length: Some(512usize),
                    pattern: None,
                },
            ),
        );
        let field_display = runtime::optional(
            obj,
            "display",
            at,
            errs,
            <DisplayEnum as runtime::FromJson>::from_json,
        );
        let field_id_token_hint = runtime::optional(
            obj,
            "id_token_hint",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: Some(1usize),
                    max_length: Some(4096usize),
                    pattern: None,
                },
            ),
        );
        let field_login_hint = runtime::optional(
            obj,
            "login_hint",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: Some(1usize),
                    max_length: Some(255usize),
                    pattern: None,
                },
            ),
        );
        let field_max_age = runtime::optional(
            obj,
            "max_age",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::bounded(
                v,
                at,
                errs,
                &runtime::NumberRules {
                    minimum: Some(0f64),
                    maximum: Some(2147483647f64),
                    exclusive_minimum: false,
                    exclusive_maximum: false,
                    multiple_of: None,
                },
                <i64 as runtime::FromJson>::from_json,
            ),
        );
        let field_prompt = runtime::optional(
            obj,
            "prompt",
            at,
            errs,
            <PromptEnum as runtime::FromJson>::from_json,
        );
        let field_ui_locales = runtime::optional(
            obj,
            "ui_locales",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: Some(2usize),
                    max_length: Some(100usize),
                    pattern: Some(&PATTERN_1),
                },
            ),
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            acr_values: field_acr_values?,
            audience: field_audience?,
            resource: field_resource?,
            display: field_display?,
            id_token_hint: field_id_token_hint?,
            login_hint: field_login_hint?,
            max_age: field_max_age?,
            prompt: field_prompt?,
            ui_locales: field_ui_locales?,
        })
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
impl serde::Serialize for AuthorizationParams {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for AuthorizationParams {
    fn describe(&self) -> String {
        "AuthorizationParams".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for AuthorizationParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for CompleteConnectedAccountsRequestContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = CompleteConnectedAccountsRequestContent::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: None,
                    max_length: Some(64usize),
                    pattern: None,
                },
            ),
        );
        let field_connect_code = runtime::required(
            obj,
            "connect_code",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: Some(1usize),
                    max_length: Some(46usize),
                    pattern: None,
                },
            ),
        );
        let field_redirect_uri = runtime::required(
            obj,
            "redirect_uri",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: None,
                    max_length: Some(2048usize),
                    pattern: None,
                },
            ),
        );
        let field_code_verifier = runtime::optional(
            obj,
            "code_verifier",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: Some(43usize),
                    max_length: Some(128usize),
                    pattern: None,
                },
            ),
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            auth_session: field_auth_session?,
            connect_code: field_connect_code?,
            redirect_uri: field_redirect_uri?,
            code_verifier: field_code_verifier?,
        })
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
impl serde::Serialize for CompleteConnectedAccountsRequestContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for CompleteConnectedAccountsRequestContent {
    fn describe(&self) -> String {
        "CompleteConnectedAccountsRequestContent".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for CompleteConnectedAccountsRequestContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for CompleteConnectedAccountsResponseContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = CompleteConnectedAccountsResponseContent::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_connection = runtime::required(
            obj,
            "connection",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_access_type = runtime::required(
            obj,
            "access_type",
            at,
            errs,
            <AccessTypeEnum as runtime::FromJson>::from_json,
        );
        let field_scopes = runtime::optional(
            obj,
            "scopes",
            at,
            errs,
            <Vec<String> as runtime::FromJson>::from_json,
        );
        let field_created_at = runtime::required(
            obj,
            "created_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_expires_at = runtime::optional(
            obj,
            "expires_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            id: field_id?,
            connection: field_connection?,
            access_type: field_access_type?,
            scopes: field_scopes?,
            created_at: field_created_at?,
            expires_at: field_expires_at?,
        })
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
impl serde::Serialize for CompleteConnectedAccountsResponseContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for CompleteConnectedAccountsResponseContent {
    fn describe(&self) -> String {
        "CompleteConnectedAccountsResponseContent".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for CompleteConnectedAccountsResponseContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for ConnectParams {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = ConnectParams::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_ticket = runtime::required(
            obj,
            "ticket",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self { ticket: field_ticket? })
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
impl serde::Serialize for ConnectParams {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for ConnectParams {
    fn describe(&self) -> String {
        "ConnectParams".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for ConnectParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for ConnectedAccount {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = ConnectedAccount::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_connection = runtime::required(
            obj,
            "connection",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_access_type = runtime::required(
            obj,
            "access_type",
            at,
            errs,
            <ConnectedAccountAccessTypeEnum as runtime::FromJson>::from_json,
        );
        let field_scopes = runtime::required(
            obj,
            "scopes",
            at,
            errs,
            <Vec<String> as runtime::FromJson>::from_json,
        );
        let field_created_at = runtime::required(
            obj,
            "created_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_expires_at = runtime::optional(
            obj,
            "expires_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_org_id = runtime::optional(
            obj,
            "org_id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            connection: field_connection?,
            access_type: field_access_type?,
            scopes: field_scopes?,
            created_at: field_created_at?,
            expires_at: field_expires_at?,
            org_id: field_org_id?,
            additional_properties: field_additional_properties?,
        })
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
impl serde::Serialize for ConnectedAccount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for ConnectedAccount {
    fn describe(&self) -> String {
        "ConnectedAccount".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for ConnectedAccount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for ConnectedAccountAccessTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for ConnectedAccountAccessTypeEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for ConnectedAccountAccessTypeEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for ConnectedAccountAccessTypeEnum {
    fn describe(&self) -> String {
        "ConnectedAccountAccessTypeEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for ConnectedAccountAccessTypeEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for ConnectedAccountConnection {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = ConnectedAccountConnection::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_name = runtime::required(
            obj,
            "name",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_strategy = runtime::required(
            obj,
            "strategy",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_scopes = runtime::optional(
            obj,
            "scopes",
            at,
            errs,
            <Vec<String> as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            name: field_name?,
            strategy: field_strategy?,
            scopes: field_scopes?,
        })
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
impl serde::Serialize for ConnectedAccountConnection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for ConnectedAccountConnection {
    fn describe(&self) -> String {
        "ConnectedAccountConnection".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for ConnectedAccountConnection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
                pattern: Some(&PATTERN_2),
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
impl runtime::FromJson for ConnectedAccountId {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: None,
                    max_length: None,
                    pattern: Some(&PATTERN_2),
                },
            )
            .map(ConnectedAccountId)
    }
}
impl serde::Serialize for ConnectedAccountId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&self.0, serializer)
    }
}
impl runtime::Describe for ConnectedAccountId {
    fn describe(&self) -> String {
        "ConnectedAccountId".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for ConnectedAccountId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
                pattern: Some(&PATTERN_3),
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
impl runtime::FromJson for Connection {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: Some(1usize),
                    max_length: Some(128usize),
                    pattern: Some(&PATTERN_3),
                },
            )
            .map(Connection)
    }
}
impl serde::Serialize for Connection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&self.0, serializer)
    }
}
impl runtime::Describe for Connection {
    fn describe(&self) -> String {
        "Connection".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for Connection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
    /// Decodes `v` as the variant at `index`.
    fn decode_variant(
        index: usize,
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        match index {
            0 => {
                runtime::string_with(
                        v,
                        at,
                        errs,
                        &runtime::StringRules {
                            min_length: None,
                            max_length: Some(128usize),
                            pattern: None,
                        },
                    )
                    .map(ConnectionNamesFilter::String)
            }
            _ => {
                runtime::array_with(
                        v,
                        at,
                        errs,
                        &runtime::ArrayRules {
                            min_items: Some(1usize),
                            max_items: Some(20usize),
                            unique_items: false,
                        },
                        |
                            v: &serde_json::Value,
                            at: &str,
                            errs: &mut runtime::DecodeErrors|
                        runtime::string_with(
                            v,
                            at,
                            errs,
                            &runtime::StringRules {
                                min_length: None,
                                max_length: Some(128usize),
                                pattern: None,
                            },
                        ),
                    )
                    .map(ConnectionNamesFilter::Array)
            }
        }
    }
}
impl runtime::FromJson for ConnectionNamesFilter {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let choice = runtime::choose_variant(
            v,
            "ConnectionNamesFilter",
            ConnectionNamesFilter::SHAPES,
            at,
            errs,
        )?;
        let before = errs.issues.len();
        let decoded = ConnectionNamesFilter::decode_variant(choice.index(), v, at, errs);
        if decoded.is_none() || errs.issues.len() > before {
            for other in runtime::other_fits(
                v,
                ConnectionNamesFilter::SHAPES,
                choice.index(),
            ) {
                let mut scratch = runtime::DecodeErrors::default();
                if let Some(found) = ConnectionNamesFilter::decode_variant(
                        other,
                        v,
                        at,
                        &mut scratch,
                    )
                    .filter(|_| scratch.is_empty())
                {
                    errs.issues.truncate(before);
                    return Some(found);
                }
            }
        }
        choice.finish(decoded, at, errs)
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
impl<'de> serde::Deserialize<'de> for ConnectionNamesFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for Consent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = Consent::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_client_id = runtime::required(
            obj,
            "client_id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_requested_details = runtime::optional(
            obj,
            "requested_details",
            at,
            errs,
            <ConsentDetails as runtime::FromJson>::from_json,
        );
        let field_created_at = runtime::required(
            obj,
            "created_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_expires_at = runtime::required(
            obj,
            "expires_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            id: field_id?,
            client_id: field_client_id?,
            requested_details: field_requested_details?,
            created_at: field_created_at?,
            expires_at: field_expires_at?,
        })
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
impl serde::Serialize for Consent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for Consent {
    fn describe(&self) -> String {
        "Consent".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for Consent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for ConsentDetails {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = ConsentDetails::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_binding_message = runtime::optional(
            obj,
            "binding_message",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_audience = runtime::optional(
            obj,
            "audience",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_scope = runtime::optional(
            obj,
            "scope",
            at,
            errs,
            <Vec<String> as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            binding_message: field_binding_message?,
            audience: field_audience?,
            scope: field_scope?,
        })
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
impl serde::Serialize for ConsentDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for ConsentDetails {
    fn describe(&self) -> String {
        "ConsentDetails".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for ConsentDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for CreateAuthenticationMethodRequestContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let obj = runtime::object(v, at, errs)?;
        match runtime::tag(obj, "type", at, errs)? {
            "passkey" => {
                <CreatePasskeyAuthenticationMethod as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(CreateAuthenticationMethodRequestContent::Passkey)
            }
            "totp" => {
                <CreateTotpAuthenticationMethod as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(CreateAuthenticationMethodRequestContent::Totp)
            }
            "push-notification" => {
                <CreatePushNotificationAuthenticationMethod as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(CreateAuthenticationMethodRequestContent::PushNotification)
            }
            "recovery-code" => {
                <CreateRecoveryCodeAuthenticationMethod as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(CreateAuthenticationMethodRequestContent::RecoveryCode)
            }
            "email" => {
                <CreateEmailAuthenticationMethod as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(CreateAuthenticationMethodRequestContent::Email)
            }
            "phone" => {
                <CreatePhoneAuthenticationMethod as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(CreateAuthenticationMethodRequestContent::Phone)
            }
            "password" => {
                <CreatePasswordAuthenticationMethod as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(CreateAuthenticationMethodRequestContent::Password)
            }
            other => {
                runtime::unknown_tag(
                    "type",
                    other,
                    CreateAuthenticationMethodRequestContent::TAG_VALUES,
                    at,
                    errs,
                );
                None
            }
        }
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
impl<'de> serde::Deserialize<'de> for CreateAuthenticationMethodRequestContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
    /// Decodes `v` as the variant at `index`.
    fn decode_variant(
        index: usize,
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        match index {
            0 => {
                <PasskeyCreationResponse as runtime::FromJson>::from_json(v, at, errs)
                    .map(CreateAuthenticationMethodResponseContent::Passkey)
            }
            1 => {
                <WebAuthnCreationResponse as runtime::FromJson>::from_json(v, at, errs)
                    .map(CreateAuthenticationMethodResponseContent::WebAuthn)
            }
            2 => {
                <MfaBaseCreationResponse as runtime::FromJson>::from_json(v, at, errs)
                    .map(CreateAuthenticationMethodResponseContent::MfaBase)
            }
            3 => {
                <QrCodeCreationResponse as runtime::FromJson>::from_json(v, at, errs)
                    .map(CreateAuthenticationMethodResponseContent::QrCode)
            }
            4 => {
                <RecoveryCodeCreationResponse as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(CreateAuthenticationMethodResponseContent::RecoveryCode)
            }
            _ => {
                <PasswordCreationResponse as runtime::FromJson>::from_json(v, at, errs)
                    .map(CreateAuthenticationMethodResponseContent::Password)
            }
        }
    }
}
impl runtime::FromJson for CreateAuthenticationMethodResponseContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let choice = runtime::choose_variant(
            v,
            "CreateAuthenticationMethodResponseContent",
            CreateAuthenticationMethodResponseContent::SHAPES,
            at,
            errs,
        )?;
        let before = errs.issues.len();
        let decoded = CreateAuthenticationMethodResponseContent::decode_variant(
            choice.index(),
            v,
            at,
            errs,
        );
        if decoded.is_none() || errs.issues.len() > before {
            for other in runtime::other_fits(
                v,
                CreateAuthenticationMethodResponseContent::SHAPES,
                choice.index(),
            ) {
                let mut scratch = runtime::DecodeErrors::default();
                if let Some(found) = CreateAuthenticationMethodResponseContent::decode_variant(
                        other,
                        v,
                        at,
                        &mut scratch,
                    )
                    .filter(|_| scratch.is_empty())
                {
                    errs.issues.truncate(before);
                    return Some(found);
                }
            }
        }
        choice.finish(decoded, at, errs)
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
impl<'de> serde::Deserialize<'de> for CreateAuthenticationMethodResponseContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for CreateConnectedAccountsRequestContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = CreateConnectedAccountsRequestContent::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(
            obj,
            "code_challenge_method",
            &serde_json::json!("S256"),
            false,
            at,
            errs,
        );
        let field_has_code_challenge_method = obj.contains_key("code_challenge_method");
        let field_connection = runtime::required(
            obj,
            "connection",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: Some(1usize),
                    max_length: Some(128usize),
                    pattern: None,
                },
            ),
        );
        let field_redirect_uri = runtime::required(
            obj,
            "redirect_uri",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: None,
                    max_length: Some(2048usize),
                    pattern: None,
                },
            ),
        );
        let field_state = runtime::optional(
            obj,
            "state",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: Some(1usize),
                    max_length: Some(4096usize),
                    pattern: None,
                },
            ),
        );
        let field_code_challenge = runtime::optional(
            obj,
            "code_challenge",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: Some(43usize),
                    max_length: Some(128usize),
                    pattern: None,
                },
            ),
        );
        let field_scopes = runtime::optional(
            obj,
            "scopes",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::array_with(
                v,
                at,
                errs,
                &runtime::ArrayRules {
                    min_items: Some(1usize),
                    max_items: Some(100usize),
                    unique_items: true,
                },
                |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                    v,
                    at,
                    errs,
                    &runtime::StringRules {
                        min_length: Some(1usize),
                        max_length: Some(255usize),
                        pattern: None,
                    },
                ),
            ),
        );
        let field_authorization_params = runtime::optional(
            obj,
            "authorization_params",
            at,
            errs,
            <AuthorizationParams as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            has_code_challenge_method: field_has_code_challenge_method,
            connection: field_connection?,
            redirect_uri: field_redirect_uri?,
            state: field_state?,
            code_challenge: field_code_challenge?,
            scopes: field_scopes?,
            authorization_params: field_authorization_params?,
        })
    }
}
impl runtime::WriteFields for CreateConnectedAccountsRequestContent {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if self.has_code_challenge_method {
            map.serialize_entry("code_challenge_method", &serde_json::json!("S256"))?;
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
impl serde::Serialize for CreateConnectedAccountsRequestContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for CreateConnectedAccountsRequestContent {
    fn describe(&self) -> String {
        "CreateConnectedAccountsRequestContent".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for CreateConnectedAccountsRequestContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for CreateConnectedAccountsResponseContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = CreateConnectedAccountsResponseContent::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_connect_uri = runtime::required(
            obj,
            "connect_uri",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: None,
                    max_length: Some(64usize),
                    pattern: None,
                },
            ),
        );
        let field_connect_params = runtime::required(
            obj,
            "connect_params",
            at,
            errs,
            <ConnectParams as runtime::FromJson>::from_json,
        );
        let field_expires_in = runtime::required(
            obj,
            "expires_in",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::bounded(
                v,
                at,
                errs,
                &runtime::NumberRules {
                    minimum: Some(1f64),
                    maximum: None,
                    exclusive_minimum: false,
                    exclusive_maximum: false,
                    multiple_of: None,
                },
                <i64 as runtime::FromJson>::from_json,
            ),
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            connect_uri: field_connect_uri?,
            auth_session: field_auth_session?,
            connect_params: field_connect_params?,
            expires_in: field_expires_in?,
        })
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
impl serde::Serialize for CreateConnectedAccountsResponseContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for CreateConnectedAccountsResponseContent {
    fn describe(&self) -> String {
        "CreateConnectedAccountsResponseContent".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for CreateConnectedAccountsResponseContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for CreateEmailAuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = CreateEmailAuthenticationMethod::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(obj, "type", &serde_json::json!("email"), true, at, errs);
        let field_email = runtime::required(
            obj,
            "email",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self { email: field_email? })
    }
}
impl runtime::WriteFields for CreateEmailAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("email"))?;
        map.serialize_entry("email", &self.email)?;
        Ok(())
    }
}
impl serde::Serialize for CreateEmailAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for CreateEmailAuthenticationMethod {
    fn describe(&self) -> String {
        "CreateEmailAuthenticationMethod".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for CreateEmailAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for CreatePasskeyAuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = CreatePasskeyAuthenticationMethod::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(obj, "type", &serde_json::json!("passkey"), true, at, errs);
        let field_connection = runtime::optional(
            obj,
            "connection",
            at,
            errs,
            <Connection as runtime::FromJson>::from_json,
        );
        let field_identity_user_id = runtime::optional(
            obj,
            "identity_user_id",
            at,
            errs,
            <IdentityUserId as runtime::FromJson>::from_json,
        );
        let field_use_exclude_credentials = runtime::optional(
            obj,
            "use_exclude_credentials",
            at,
            errs,
            <bool as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            connection: field_connection?,
            identity_user_id: field_identity_user_id?,
            use_exclude_credentials: field_use_exclude_credentials?,
            additional_properties: field_additional_properties?,
        })
    }
}
impl runtime::WriteFields for CreatePasskeyAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("passkey"))?;
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
impl serde::Serialize for CreatePasskeyAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for CreatePasskeyAuthenticationMethod {
    fn describe(&self) -> String {
        "CreatePasskeyAuthenticationMethod".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for CreatePasskeyAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for CreatePasswordAuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = CreatePasswordAuthenticationMethod::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(obj, "type", &serde_json::json!("password"), true, at, errs);
        let field_connection = runtime::optional(
            obj,
            "connection",
            at,
            errs,
            <Connection as runtime::FromJson>::from_json,
        );
        let field_identity_user_id = runtime::optional(
            obj,
            "identity_user_id",
            at,
            errs,
            <IdentityUserId as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            connection: field_connection?,
            identity_user_id: field_identity_user_id?,
        })
    }
}
impl runtime::WriteFields for CreatePasswordAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("password"))?;
        if let Some(value) = &self.connection {
            map.serialize_entry("connection", value)?;
        }
        if let Some(value) = &self.identity_user_id {
            map.serialize_entry("identity_user_id", value)?;
        }
        Ok(())
    }
}
impl serde::Serialize for CreatePasswordAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for CreatePasswordAuthenticationMethod {
    fn describe(&self) -> String {
        "CreatePasswordAuthenticationMethod".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for CreatePasswordAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for CreatePhoneAuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = CreatePhoneAuthenticationMethod::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(obj, "type", &serde_json::json!("phone"), true, at, errs);
        let field_phone_number = runtime::required(
            obj,
            "phone_number",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_preferred_authentication_method = runtime::optional(
            obj,
            "preferred_authentication_method",
            at,
            errs,
            <PhoneAuthenticationMethodEnum as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            phone_number: field_phone_number?,
            preferred_authentication_method: field_preferred_authentication_method?,
        })
    }
}
impl runtime::WriteFields for CreatePhoneAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("phone"))?;
        map.serialize_entry("phone_number", &self.phone_number)?;
        if let Some(value) = &self.preferred_authentication_method {
            map.serialize_entry("preferred_authentication_method", value)?;
        }
        Ok(())
    }
}
impl serde::Serialize for CreatePhoneAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for CreatePhoneAuthenticationMethod {
    fn describe(&self) -> String {
        "CreatePhoneAuthenticationMethod".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for CreatePhoneAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for CreatePushNotificationAuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = CreatePushNotificationAuthenticationMethod::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(
            obj,
            "type",
            &serde_json::json!("push-notification"),
            true,
            at,
            errs,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {})
    }
}
impl runtime::WriteFields for CreatePushNotificationAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("push-notification"))?;
        Ok(())
    }
}
impl serde::Serialize for CreatePushNotificationAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for CreatePushNotificationAuthenticationMethod {
    fn describe(&self) -> String {
        "CreatePushNotificationAuthenticationMethod".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for CreatePushNotificationAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for CreateRecoveryCodeAuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = CreateRecoveryCodeAuthenticationMethod::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(
            obj,
            "type",
            &serde_json::json!("recovery-code"),
            true,
            at,
            errs,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {})
    }
}
impl runtime::WriteFields for CreateRecoveryCodeAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("recovery-code"))?;
        Ok(())
    }
}
impl serde::Serialize for CreateRecoveryCodeAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for CreateRecoveryCodeAuthenticationMethod {
    fn describe(&self) -> String {
        "CreateRecoveryCodeAuthenticationMethod".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for CreateRecoveryCodeAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for CreateTotpAuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = CreateTotpAuthenticationMethod::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(obj, "type", &serde_json::json!("totp"), true, at, errs);
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {})
    }
}
impl runtime::WriteFields for CreateTotpAuthenticationMethod {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("totp"))?;
        Ok(())
    }
}
impl serde::Serialize for CreateTotpAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for CreateTotpAuthenticationMethod {
    fn describe(&self) -> String {
        "CreateTotpAuthenticationMethod".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for CreateTotpAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for CredentialDeviceTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for CredentialDeviceTypeEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for CredentialDeviceTypeEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for CredentialDeviceTypeEnum {
    fn describe(&self) -> String {
        "CredentialDeviceTypeEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for CredentialDeviceTypeEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for DisplayEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for DisplayEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for DisplayEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for DisplayEnum {
    fn describe(&self) -> String {
        "DisplayEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for DisplayEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for ErrorResponse {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = ErrorResponse::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_type_ = runtime::required(
            obj,
            "type",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_status = runtime::required(
            obj,
            "status",
            at,
            errs,
            <serde_json::Number as runtime::FromJson>::from_json,
        );
        let field_title = runtime::required(
            obj,
            "title",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_detail = runtime::required(
            obj,
            "detail",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_validation_errors = runtime::optional(
            obj,
            "validation_errors",
            at,
            errs,
            <Vec<ValidationError> as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            type_: field_type_?,
            status: field_status?,
            title: field_title?,
            detail: field_detail?,
            validation_errors: field_validation_errors?,
        })
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
impl serde::Serialize for ErrorResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for ErrorResponse {
    fn describe(&self) -> String {
        "ErrorResponse".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for ErrorResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for Factor {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = Factor::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_type_ = runtime::required(
            obj,
            "type",
            at,
            errs,
            <FactorTypeEnum as runtime::FromJson>::from_json,
        );
        let field_usage = runtime::optional(
            obj,
            "usage",
            at,
            errs,
            <Usage as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            type_: field_type_?,
            usage: field_usage?,
            additional_properties: field_additional_properties?,
        })
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
impl serde::Serialize for Factor {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for Factor {
    fn describe(&self) -> String {
        "Factor".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for Factor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for FactorTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for FactorTypeEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for FactorTypeEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for FactorTypeEnum {
    fn describe(&self) -> String {
        "FactorTypeEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for FactorTypeEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for GetAuthenticationMethodResponseContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let obj = runtime::object(v, at, errs)?;
        match runtime::tag(obj, "type", at, errs)? {
            "password" => {
                <AuthenticationMethodPassword as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(GetAuthenticationMethodResponseContent::Password)
            }
            "passkey" => {
                <AuthenticationMethodPasskey as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(GetAuthenticationMethodResponseContent::Passkey)
            }
            "recovery-code" => {
                <AuthenticationMethodMfaRecoveryCode as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(GetAuthenticationMethodResponseContent::RecoveryCode)
            }
            "push-notification" => {
                <AuthenticationMethodMfaPushNotification as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(GetAuthenticationMethodResponseContent::PushNotification)
            }
            "totp" => {
                <AuthenticationMethodMfaTotp as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(GetAuthenticationMethodResponseContent::Totp)
            }
            "webauthn-platform" => {
                <AuthenticationMethodWebAuthnPlatform as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(GetAuthenticationMethodResponseContent::WebauthnPlatform)
            }
            "webauthn-roaming" => {
                <AuthenticationMethodWebAuthnRoaming as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(GetAuthenticationMethodResponseContent::WebauthnRoaming)
            }
            "phone" => {
                <AuthenticationMethodPhone as runtime::FromJson>::from_json(v, at, errs)
                    .map(GetAuthenticationMethodResponseContent::Phone)
            }
            "email" => {
                <AuthenticationMethodEmail as runtime::FromJson>::from_json(v, at, errs)
                    .map(GetAuthenticationMethodResponseContent::Email)
            }
            other => {
                runtime::unknown_tag(
                    "type",
                    other,
                    GetAuthenticationMethodResponseContent::TAG_VALUES,
                    at,
                    errs,
                );
                None
            }
        }
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
impl<'de> serde::Deserialize<'de> for GetAuthenticationMethodResponseContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for GetConsentResponseContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = GetConsentResponseContent::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_client_id = runtime::required(
            obj,
            "client_id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_requested_details = runtime::optional(
            obj,
            "requested_details",
            at,
            errs,
            <ConsentDetails as runtime::FromJson>::from_json,
        );
        let field_created_at = runtime::required(
            obj,
            "created_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_expires_at = runtime::required(
            obj,
            "expires_at",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            id: field_id?,
            client_id: field_client_id?,
            requested_details: field_requested_details?,
            created_at: field_created_at?,
            expires_at: field_expires_at?,
        })
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
impl serde::Serialize for GetConsentResponseContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for GetConsentResponseContent {
    fn describe(&self) -> String {
        "GetConsentResponseContent".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for GetConsentResponseContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for IdentityAuthenticationMethodBase {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = IdentityAuthenticationMethodBase::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_connection = runtime::optional(
            obj,
            "connection",
            at,
            errs,
            <Connection as runtime::FromJson>::from_json,
        );
        let field_identity_user_id = runtime::optional(
            obj,
            "identity_user_id",
            at,
            errs,
            <IdentityUserId as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            connection: field_connection?,
            identity_user_id: field_identity_user_id?,
            additional_properties: field_additional_properties?,
        })
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
impl serde::Serialize for IdentityAuthenticationMethodBase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for IdentityAuthenticationMethodBase {
    fn describe(&self) -> String {
        "IdentityAuthenticationMethodBase".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for IdentityAuthenticationMethodBase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
                pattern: Some(&PATTERN_4),
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
impl runtime::FromJson for IdentityUserId {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: Some(1usize),
                    max_length: Some(255usize),
                    pattern: Some(&PATTERN_4),
                },
            )
            .map(IdentityUserId)
    }
}
impl serde::Serialize for IdentityUserId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&self.0, serializer)
    }
}
impl runtime::Describe for IdentityUserId {
    fn describe(&self) -> String {
        "IdentityUserId".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for IdentityUserId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for ListAuthenticationMethodsResponseContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = ListAuthenticationMethodsResponseContent::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_authentication_methods = runtime::required(
            obj,
            "authentication_methods",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::array_with(
                v,
                at,
                errs,
                &runtime::ArrayRules {
                    min_items: None,
                    max_items: Some(20usize),
                    unique_items: false,
                },
                <AuthenticationMethod as runtime::FromJson>::from_json,
            ),
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            authentication_methods: field_authentication_methods?,
        })
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
impl serde::Serialize for ListAuthenticationMethodsResponseContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for ListAuthenticationMethodsResponseContent {
    fn describe(&self) -> String {
        "ListAuthenticationMethodsResponseContent".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for ListAuthenticationMethodsResponseContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for ListConnectedAccountsConnectionsResponseContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = ListConnectedAccountsConnectionsResponseContent::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_connections = runtime::required(
            obj,
            "connections",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::array_with(
                v,
                at,
                errs,
                &runtime::ArrayRules {
                    min_items: None,
                    max_items: Some(20usize),
                    unique_items: false,
                },
                <ConnectedAccountConnection as runtime::FromJson>::from_json,
            ),
        );
        let field_next = runtime::optional(
            obj,
            "next",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            connections: field_connections?,
            next: field_next?,
        })
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
impl serde::Serialize for ListConnectedAccountsConnectionsResponseContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for ListConnectedAccountsConnectionsResponseContent {
    fn describe(&self) -> String {
        "ListConnectedAccountsConnectionsResponseContent".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for ListConnectedAccountsConnectionsResponseContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for ListConnectedAccountsResponseContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = ListConnectedAccountsResponseContent::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_accounts = runtime::required(
            obj,
            "accounts",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::array_with(
                v,
                at,
                errs,
                &runtime::ArrayRules {
                    min_items: None,
                    max_items: Some(20usize),
                    unique_items: false,
                },
                <ConnectedAccount as runtime::FromJson>::from_json,
            ),
        );
        let field_next = runtime::optional(
            obj,
            "next",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            accounts: field_accounts?,
            next: field_next?,
        })
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
impl serde::Serialize for ListConnectedAccountsResponseContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for ListConnectedAccountsResponseContent {
    fn describe(&self) -> String {
        "ListConnectedAccountsResponseContent".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for ListConnectedAccountsResponseContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for ListConsentsResponseContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = ListConsentsResponseContent::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_consents = runtime::required(
            obj,
            "consents",
            at,
            errs,
            <Vec<Consent> as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self { consents: field_consents? })
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
impl serde::Serialize for ListConsentsResponseContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for ListConsentsResponseContent {
    fn describe(&self) -> String {
        "ListConsentsResponseContent".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for ListConsentsResponseContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for ListFactorsResponseContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = ListFactorsResponseContent::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_factors = runtime::required(
            obj,
            "factors",
            at,
            errs,
            <Vec<Factor> as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self { factors: field_factors? })
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
impl serde::Serialize for ListFactorsResponseContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for ListFactorsResponseContent {
    fn describe(&self) -> String {
        "ListFactorsResponseContent".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for ListFactorsResponseContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for ListOrganizationsResponseContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = ListOrganizationsResponseContent::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_organizations = runtime::required(
            obj,
            "organizations",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::array_with(
                v,
                at,
                errs,
                &runtime::ArrayRules {
                    min_items: None,
                    max_items: Some(100usize),
                    unique_items: false,
                },
                <Organization as runtime::FromJson>::from_json,
            ),
        );
        let field_next = runtime::optional(
            obj,
            "next",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            organizations: field_organizations?,
            next: field_next?,
        })
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
impl serde::Serialize for ListOrganizationsResponseContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for ListOrganizationsResponseContent {
    fn describe(&self) -> String {
        "ListOrganizationsResponseContent".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for ListOrganizationsResponseContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for MfaBaseCreationResponse {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = MfaBaseCreationResponse::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            auth_session: field_auth_session?,
            additional_properties: field_additional_properties?,
        })
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
impl serde::Serialize for MfaBaseCreationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for MfaBaseCreationResponse {
    fn describe(&self) -> String {
        "MfaBaseCreationResponse".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for MfaBaseCreationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for Organization {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = Organization::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_name = runtime::required(
            obj,
            "name",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_display_name = runtime::optional(
            obj,
            "display_name",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            id: field_id?,
            name: field_name?,
            display_name: field_display_name?,
        })
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
impl serde::Serialize for Organization {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for Organization {
    fn describe(&self) -> String {
        "Organization".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for Organization {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for PasskeyCreationResponse {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = PasskeyCreationResponse::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_authn_params_public_key = runtime::required(
            obj,
            "authn_params_public_key",
            at,
            errs,
            <PublicKeyCredentialCreationOptions as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            auth_session: field_auth_session?,
            authn_params_public_key: field_authn_params_public_key?,
            additional_properties: field_additional_properties?,
        })
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
impl serde::Serialize for PasskeyCreationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for PasskeyCreationResponse {
    fn describe(&self) -> String {
        "PasskeyCreationResponse".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PasskeyCreationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for PasswordAuthenticationMethodPolicy {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = PasswordAuthenticationMethodPolicy::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_complexity = runtime::required(
            obj,
            "complexity",
            at,
            errs,
            <PasswordComplexityPolicy as runtime::FromJson>::from_json,
        );
        let field_profile_data = runtime::required(
            obj,
            "profile_data",
            at,
            errs,
            <PasswordProfileDataPolicy as runtime::FromJson>::from_json,
        );
        let field_history = runtime::required(
            obj,
            "history",
            at,
            errs,
            <PasswordHistoryPolicy as runtime::FromJson>::from_json,
        );
        let field_dictionary = runtime::required(
            obj,
            "dictionary",
            at,
            errs,
            <PasswordDictionaryPolicy as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            complexity: field_complexity?,
            profile_data: field_profile_data?,
            history: field_history?,
            dictionary: field_dictionary?,
        })
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
impl serde::Serialize for PasswordAuthenticationMethodPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for PasswordAuthenticationMethodPolicy {
    fn describe(&self) -> String {
        "PasswordAuthenticationMethodPolicy".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PasswordAuthenticationMethodPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for PasswordCharacterTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for PasswordCharacterTypeEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for PasswordCharacterTypeEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for PasswordCharacterTypeEnum {
    fn describe(&self) -> String {
        "PasswordCharacterTypeEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PasswordCharacterTypeEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for PasswordCharacterTypeRuleEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for PasswordCharacterTypeRuleEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for PasswordCharacterTypeRuleEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for PasswordCharacterTypeRuleEnum {
    fn describe(&self) -> String {
        "PasswordCharacterTypeRuleEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PasswordCharacterTypeRuleEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for PasswordComplexityPolicy {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = PasswordComplexityPolicy::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_min_length = runtime::required(
            obj,
            "min_length",
            at,
            errs,
            <i64 as runtime::FromJson>::from_json,
        );
        let field_character_types = runtime::required(
            obj,
            "character_types",
            at,
            errs,
            <Vec<PasswordCharacterTypeEnum> as runtime::FromJson>::from_json,
        );
        let field_character_type_rule = runtime::required(
            obj,
            "character_type_rule",
            at,
            errs,
            <PasswordCharacterTypeRuleEnum as runtime::FromJson>::from_json,
        );
        let field_identical_characters = runtime::required(
            obj,
            "identical_characters",
            at,
            errs,
            <PasswordIdenticalCharactersEnum as runtime::FromJson>::from_json,
        );
        let field_sequential_characters = runtime::required(
            obj,
            "sequential_characters",
            at,
            errs,
            <PasswordSequentialCharactersEnum as runtime::FromJson>::from_json,
        );
        let field_max_length_exceeded = runtime::required(
            obj,
            "max_length_exceeded",
            at,
            errs,
            <PasswordMaxLengthExceededEnum as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            min_length: field_min_length?,
            character_types: field_character_types?,
            character_type_rule: field_character_type_rule?,
            identical_characters: field_identical_characters?,
            sequential_characters: field_sequential_characters?,
            max_length_exceeded: field_max_length_exceeded?,
        })
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
impl serde::Serialize for PasswordComplexityPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for PasswordComplexityPolicy {
    fn describe(&self) -> String {
        "PasswordComplexityPolicy".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PasswordComplexityPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for PasswordCreationResponse {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = PasswordCreationResponse::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_policy = runtime::required(
            obj,
            "policy",
            at,
            errs,
            <PasswordAuthenticationMethodPolicy as runtime::FromJson>::from_json,
        );
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            policy: field_policy?,
            auth_session: field_auth_session?,
            additional_properties: field_additional_properties?,
        })
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
impl serde::Serialize for PasswordCreationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for PasswordCreationResponse {
    fn describe(&self) -> String {
        "PasswordCreationResponse".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PasswordCreationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for PasswordDictionaryDefaultEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for PasswordDictionaryDefaultEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for PasswordDictionaryDefaultEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for PasswordDictionaryDefaultEnum {
    fn describe(&self) -> String {
        "PasswordDictionaryDefaultEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PasswordDictionaryDefaultEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for PasswordDictionaryPolicy {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = PasswordDictionaryPolicy::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_active = runtime::required(
            obj,
            "active",
            at,
            errs,
            <bool as runtime::FromJson>::from_json,
        );
        let field_default = runtime::required(
            obj,
            "default",
            at,
            errs,
            <PasswordDictionaryDefaultEnum as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            active: field_active?,
            default: field_default?,
        })
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
impl serde::Serialize for PasswordDictionaryPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for PasswordDictionaryPolicy {
    fn describe(&self) -> String {
        "PasswordDictionaryPolicy".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PasswordDictionaryPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for PasswordHistoryPolicy {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = PasswordHistoryPolicy::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_active = runtime::required(
            obj,
            "active",
            at,
            errs,
            <bool as runtime::FromJson>::from_json,
        );
        let field_size = runtime::required(
            obj,
            "size",
            at,
            errs,
            <i64 as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            active: field_active?,
            size: field_size?,
        })
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
impl serde::Serialize for PasswordHistoryPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for PasswordHistoryPolicy {
    fn describe(&self) -> String {
        "PasswordHistoryPolicy".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PasswordHistoryPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for PasswordIdenticalCharactersEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for PasswordIdenticalCharactersEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for PasswordIdenticalCharactersEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for PasswordIdenticalCharactersEnum {
    fn describe(&self) -> String {
        "PasswordIdenticalCharactersEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PasswordIdenticalCharactersEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for PasswordMaxLengthExceededEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for PasswordMaxLengthExceededEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for PasswordMaxLengthExceededEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for PasswordMaxLengthExceededEnum {
    fn describe(&self) -> String {
        "PasswordMaxLengthExceededEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PasswordMaxLengthExceededEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for PasswordProfileDataPolicy {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = PasswordProfileDataPolicy::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_active = runtime::required(
            obj,
            "active",
            at,
            errs,
            <bool as runtime::FromJson>::from_json,
        );
        let field_blocked_fields = runtime::required(
            obj,
            "blocked_fields",
            at,
            errs,
            <Vec<String> as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            active: field_active?,
            blocked_fields: field_blocked_fields?,
        })
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
impl serde::Serialize for PasswordProfileDataPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for PasswordProfileDataPolicy {
    fn describe(&self) -> String {
        "PasswordProfileDataPolicy".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PasswordProfileDataPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for PasswordSequentialCharactersEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for PasswordSequentialCharactersEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for PasswordSequentialCharactersEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for PasswordSequentialCharactersEnum {
    fn describe(&self) -> String {
        "PasswordSequentialCharactersEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PasswordSequentialCharactersEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for PhoneAuthenticationMethodEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for PhoneAuthenticationMethodEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for PhoneAuthenticationMethodEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for PhoneAuthenticationMethodEnum {
    fn describe(&self) -> String {
        "PhoneAuthenticationMethodEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PhoneAuthenticationMethodEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for PromptEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for PromptEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for PromptEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for PromptEnum {
    fn describe(&self) -> String {
        "PromptEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PromptEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for PublicKeyCredentialCreationOptions {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = PublicKeyCredentialCreationOptions::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_authenticator_selection = runtime::optional(
            obj,
            "authenticatorSelection",
            at,
            errs,
            <AuthenticatorSelection as runtime::FromJson>::from_json,
        );
        let field_challenge = runtime::required(
            obj,
            "challenge",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_pub_key_cred_params = runtime::required(
            obj,
            "pubKeyCredParams",
            at,
            errs,
            <Vec<PublicKeyCredentialParameter> as runtime::FromJson>::from_json,
        );
        let field_rp = runtime::required(
            obj,
            "rp",
            at,
            errs,
            <RelyingParty as runtime::FromJson>::from_json,
        );
        let field_timeout = runtime::optional(
            obj,
            "timeout",
            at,
            errs,
            <serde_json::Number as runtime::FromJson>::from_json,
        );
        let field_user = runtime::required(
            obj,
            "user",
            at,
            errs,
            <User as runtime::FromJson>::from_json,
        );
        let field_exclude_credentials = runtime::optional(
            obj,
            "excludeCredentials",
            at,
            errs,
            <Vec<PublicKeyCredentialDescriptor> as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            authenticator_selection: field_authenticator_selection?,
            challenge: field_challenge?,
            pub_key_cred_params: field_pub_key_cred_params?,
            rp: field_rp?,
            timeout: field_timeout?,
            user: field_user?,
            exclude_credentials: field_exclude_credentials?,
            additional_properties: field_additional_properties?,
        })
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
impl serde::Serialize for PublicKeyCredentialCreationOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for PublicKeyCredentialCreationOptions {
    fn describe(&self) -> String {
        "PublicKeyCredentialCreationOptions".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PublicKeyCredentialCreationOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for PublicKeyCredentialDescriptor {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = PublicKeyCredentialDescriptor::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        runtime::constant(obj, "type", &serde_json::json!("public-key"), true, at, errs);
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_transports = runtime::optional(
            obj,
            "transports",
            at,
            errs,
            <Vec<String> as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            id: field_id?,
            transports: field_transports?,
        })
    }
}
impl runtime::WriteFields for PublicKeyCredentialDescriptor {
    fn write_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("type", &serde_json::json!("public-key"))?;
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.transports {
            map.serialize_entry("transports", value)?;
        }
        Ok(())
    }
}
impl serde::Serialize for PublicKeyCredentialDescriptor {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for PublicKeyCredentialDescriptor {
    fn describe(&self) -> String {
        "PublicKeyCredentialDescriptor".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PublicKeyCredentialDescriptor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for PublicKeyCredentialParameter {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = PublicKeyCredentialParameter::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_alg = runtime::required(
            obj,
            "alg",
            at,
            errs,
            <serde_json::Number as runtime::FromJson>::from_json,
        );
        let field_type_ = runtime::required(
            obj,
            "type",
            at,
            errs,
            <PublicKeyTypeEnum as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            alg: field_alg?,
            type_: field_type_?,
        })
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
impl serde::Serialize for PublicKeyCredentialParameter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for PublicKeyCredentialParameter {
    fn describe(&self) -> String {
        "PublicKeyCredentialParameter".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PublicKeyCredentialParameter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for PublicKeyTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for PublicKeyTypeEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for PublicKeyTypeEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for PublicKeyTypeEnum {
    fn describe(&self) -> String {
        "PublicKeyTypeEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for PublicKeyTypeEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for QrCodeCreationResponse {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = QrCodeCreationResponse::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_barcode_uri = runtime::required(
            obj,
            "barcode_uri",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_manual_input_code = runtime::optional(
            obj,
            "manual_input_code",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            auth_session: field_auth_session?,
            barcode_uri: field_barcode_uri?,
            manual_input_code: field_manual_input_code?,
            additional_properties: field_additional_properties?,
        })
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
impl serde::Serialize for QrCodeCreationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for QrCodeCreationResponse {
    fn describe(&self) -> String {
        "QrCodeCreationResponse".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for QrCodeCreationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for RecoveryCodeCreationResponse {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = RecoveryCodeCreationResponse::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_recovery_code = runtime::required(
            obj,
            "recovery_code",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            auth_session: field_auth_session?,
            recovery_code: field_recovery_code?,
            additional_properties: field_additional_properties?,
        })
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
impl serde::Serialize for RecoveryCodeCreationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for RecoveryCodeCreationResponse {
    fn describe(&self) -> String {
        "RecoveryCodeCreationResponse".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for RecoveryCodeCreationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for RelyingParty {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = RelyingParty::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_id = runtime::optional(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_name = runtime::required(
            obj,
            "name",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            id: field_id?,
            name: field_name?,
        })
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
impl serde::Serialize for RelyingParty {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for RelyingParty {
    fn describe(&self) -> String {
        "RelyingParty".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for RelyingParty {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for ResidentKeyEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for ResidentKeyEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for ResidentKeyEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for ResidentKeyEnum {
    fn describe(&self) -> String {
        "ResidentKeyEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for ResidentKeyEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for UpdateAuthenticationMethodRequestContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = UpdateAuthenticationMethodRequestContent::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_name = runtime::optional(
            obj,
            "name",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_preferred_authentication_method = runtime::optional(
            obj,
            "preferred_authentication_method",
            at,
            errs,
            <PhoneAuthenticationMethodEnum as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            name: field_name?,
            preferred_authentication_method: field_preferred_authentication_method?,
        })
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
impl serde::Serialize for UpdateAuthenticationMethodRequestContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for UpdateAuthenticationMethodRequestContent {
    fn describe(&self) -> String {
        "UpdateAuthenticationMethodRequestContent".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for UpdateAuthenticationMethodRequestContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for UpdateAuthenticationMethodResponseContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let obj = runtime::object(v, at, errs)?;
        match runtime::tag(obj, "type", at, errs)? {
            "password" => {
                <AuthenticationMethodPassword as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(UpdateAuthenticationMethodResponseContent::Password)
            }
            "passkey" => {
                <AuthenticationMethodPasskey as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(UpdateAuthenticationMethodResponseContent::Passkey)
            }
            "recovery-code" => {
                <AuthenticationMethodMfaRecoveryCode as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(UpdateAuthenticationMethodResponseContent::RecoveryCode)
            }
            "push-notification" => {
                <AuthenticationMethodMfaPushNotification as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(UpdateAuthenticationMethodResponseContent::PushNotification)
            }
            "totp" => {
                <AuthenticationMethodMfaTotp as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(UpdateAuthenticationMethodResponseContent::Totp)
            }
            "webauthn-platform" => {
                <AuthenticationMethodWebAuthnPlatform as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(UpdateAuthenticationMethodResponseContent::WebauthnPlatform)
            }
            "webauthn-roaming" => {
                <AuthenticationMethodWebAuthnRoaming as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(UpdateAuthenticationMethodResponseContent::WebauthnRoaming)
            }
            "phone" => {
                <AuthenticationMethodPhone as runtime::FromJson>::from_json(v, at, errs)
                    .map(UpdateAuthenticationMethodResponseContent::Phone)
            }
            "email" => {
                <AuthenticationMethodEmail as runtime::FromJson>::from_json(v, at, errs)
                    .map(UpdateAuthenticationMethodResponseContent::Email)
            }
            other => {
                runtime::unknown_tag(
                    "type",
                    other,
                    UpdateAuthenticationMethodResponseContent::TAG_VALUES,
                    at,
                    errs,
                );
                None
            }
        }
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
impl<'de> serde::Deserialize<'de> for UpdateAuthenticationMethodResponseContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for UsageEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for UsageEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for UsageEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for UsageEnum {
    fn describe(&self) -> String {
        "UsageEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for UsageEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for User {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = User::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_name = runtime::required(
            obj,
            "name",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_display_name = runtime::required(
            obj,
            "displayName",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            id: field_id?,
            name: field_name?,
            display_name: field_display_name?,
        })
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
impl serde::Serialize for User {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for User {
    fn describe(&self) -> String {
        "User".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for User {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for UserVerificationEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for UserVerificationEnum {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for UserVerificationEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for UserVerificationEnum {
    fn describe(&self) -> String {
        "UserVerificationEnum".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for UserVerificationEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for ValidationError {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = ValidationError::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_detail = runtime::required(
            obj,
            "detail",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_field = runtime::optional(
            obj,
            "field",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_pointer = runtime::optional(
            obj,
            "pointer",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_source = runtime::optional(
            obj,
            "source",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            detail: field_detail?,
            field: field_field?,
            pointer: field_pointer?,
            source: field_source?,
        })
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
impl serde::Serialize for ValidationError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for ValidationError {
    fn describe(&self) -> String {
        "ValidationError".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for ValidationError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl VerifyAuthenticationMethodRequestContent {
    /// Decodes `v` as the variant at `index`.
    fn decode_variant(
        index: usize,
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        match index {
            0 => {
                <VerifyPasskeyAuthenticationMethod as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(
                        VerifyAuthenticationMethodRequestContent::PasskeyOrWebauthnPlatformOrWebauthnRoaming,
                    )
            }
            1 => {
                <VerifyPasswordAuthenticationMethod as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(VerifyAuthenticationMethodRequestContent::Password)
            }
            2 => {
                <VerifyPushNotificationAuthenticationMethod as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(
                        VerifyAuthenticationMethodRequestContent::PushNotificationOrRecoveryCode,
                    )
            }
            _ => {
                <VerifyEmailAuthenticationMethod as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(VerifyAuthenticationMethodRequestContent::EmailOrPhoneOrTotp)
            }
        }
    }
}
impl runtime::FromJson for VerifyAuthenticationMethodRequestContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let choice = runtime::choose_variant(
            v,
            "VerifyAuthenticationMethodRequestContent",
            VerifyAuthenticationMethodRequestContent::SHAPES,
            at,
            errs,
        )?;
        let before = errs.issues.len();
        let decoded = VerifyAuthenticationMethodRequestContent::decode_variant(
            choice.index(),
            v,
            at,
            errs,
        );
        if decoded.is_none() || errs.issues.len() > before {
            for other in runtime::other_fits(
                v,
                VerifyAuthenticationMethodRequestContent::SHAPES,
                choice.index(),
            ) {
                let mut scratch = runtime::DecodeErrors::default();
                if let Some(found) = VerifyAuthenticationMethodRequestContent::decode_variant(
                        other,
                        v,
                        at,
                        &mut scratch,
                    )
                    .filter(|_| scratch.is_empty())
                {
                    errs.issues.truncate(before);
                    return Some(found);
                }
            }
        }
        choice.finish(decoded, at, errs)
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
impl<'de> serde::Deserialize<'de> for VerifyAuthenticationMethodRequestContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for VerifyAuthenticationMethodResponseContent {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let obj = runtime::object(v, at, errs)?;
        match runtime::tag(obj, "type", at, errs)? {
            "password" => {
                <AuthenticationMethodPassword as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(VerifyAuthenticationMethodResponseContent::Password)
            }
            "passkey" => {
                <AuthenticationMethodPasskey as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(VerifyAuthenticationMethodResponseContent::Passkey)
            }
            "recovery-code" => {
                <AuthenticationMethodMfaRecoveryCode as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(VerifyAuthenticationMethodResponseContent::RecoveryCode)
            }
            "push-notification" => {
                <AuthenticationMethodMfaPushNotification as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(VerifyAuthenticationMethodResponseContent::PushNotification)
            }
            "totp" => {
                <AuthenticationMethodMfaTotp as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(VerifyAuthenticationMethodResponseContent::Totp)
            }
            "webauthn-platform" => {
                <AuthenticationMethodWebAuthnPlatform as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(VerifyAuthenticationMethodResponseContent::WebauthnPlatform)
            }
            "webauthn-roaming" => {
                <AuthenticationMethodWebAuthnRoaming as runtime::FromJson>::from_json(
                        v,
                        at,
                        errs,
                    )
                    .map(VerifyAuthenticationMethodResponseContent::WebauthnRoaming)
            }
            "phone" => {
                <AuthenticationMethodPhone as runtime::FromJson>::from_json(v, at, errs)
                    .map(VerifyAuthenticationMethodResponseContent::Phone)
            }
            "email" => {
                <AuthenticationMethodEmail as runtime::FromJson>::from_json(v, at, errs)
                    .map(VerifyAuthenticationMethodResponseContent::Email)
            }
            other => {
                runtime::unknown_tag(
                    "type",
                    other,
                    VerifyAuthenticationMethodResponseContent::TAG_VALUES,
                    at,
                    errs,
                );
                None
            }
        }
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
impl<'de> serde::Deserialize<'de> for VerifyAuthenticationMethodResponseContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for VerifyEmailAuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = VerifyEmailAuthenticationMethod::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_otp_code = runtime::required(
            obj,
            "otp_code",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            auth_session: field_auth_session?,
            otp_code: field_otp_code?,
        })
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
impl serde::Serialize for VerifyEmailAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for VerifyEmailAuthenticationMethod {
    fn describe(&self) -> String {
        "VerifyEmailAuthenticationMethod".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for VerifyEmailAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for VerifyPasskeyAuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = VerifyPasskeyAuthenticationMethod::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_authn_response = runtime::required(
            obj,
            "authn_response",
            at,
            errs,
            <AuthenticatorAttestationResponse as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            auth_session: field_auth_session?,
            authn_response: field_authn_response?,
        })
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
impl serde::Serialize for VerifyPasskeyAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for VerifyPasskeyAuthenticationMethod {
    fn describe(&self) -> String {
        "VerifyPasskeyAuthenticationMethod".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for VerifyPasskeyAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for VerifyPasswordAuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = VerifyPasswordAuthenticationMethod::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_new_password = runtime::required(
            obj,
            "new_password",
            at,
            errs,
            |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| runtime::string_with(
                v,
                at,
                errs,
                &runtime::StringRules {
                    min_length: Some(1usize),
                    max_length: Some(256usize),
                    pattern: Some(&PATTERN_5),
                },
            ),
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            auth_session: field_auth_session?,
            new_password: field_new_password?,
        })
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
impl serde::Serialize for VerifyPasswordAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for VerifyPasswordAuthenticationMethod {
    fn describe(&self) -> String {
        "VerifyPasswordAuthenticationMethod".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for VerifyPasswordAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for VerifyPhoneAuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = VerifyPhoneAuthenticationMethod::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_otp_code = runtime::required(
            obj,
            "otp_code",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            auth_session: field_auth_session?,
            otp_code: field_otp_code?,
        })
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
impl serde::Serialize for VerifyPhoneAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for VerifyPhoneAuthenticationMethod {
    fn describe(&self) -> String {
        "VerifyPhoneAuthenticationMethod".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for VerifyPhoneAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for VerifyPushNotificationAuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = VerifyPushNotificationAuthenticationMethod::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            auth_session: field_auth_session?,
        })
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
impl serde::Serialize for VerifyPushNotificationAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for VerifyPushNotificationAuthenticationMethod {
    fn describe(&self) -> String {
        "VerifyPushNotificationAuthenticationMethod".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for VerifyPushNotificationAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for VerifyRecoveryCodeAuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = VerifyRecoveryCodeAuthenticationMethod::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            auth_session: field_auth_session?,
        })
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
impl serde::Serialize for VerifyRecoveryCodeAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for VerifyRecoveryCodeAuthenticationMethod {
    fn describe(&self) -> String {
        "VerifyRecoveryCodeAuthenticationMethod".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for VerifyRecoveryCodeAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for VerifyTotpAuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = VerifyTotpAuthenticationMethod::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_otp_code = runtime::required(
            obj,
            "otp_code",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            auth_session: field_auth_session?,
            otp_code: field_otp_code?,
        })
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
impl serde::Serialize for VerifyTotpAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for VerifyTotpAuthenticationMethod {
    fn describe(&self) -> String {
        "VerifyTotpAuthenticationMethod".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for VerifyTotpAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for VerifyWebAuthnPlatformAuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = VerifyWebAuthnPlatformAuthenticationMethod::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_authn_response = runtime::required(
            obj,
            "authn_response",
            at,
            errs,
            <AuthenticatorAttestationResponse as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            auth_session: field_auth_session?,
            authn_response: field_authn_response?,
        })
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
impl serde::Serialize for VerifyWebAuthnPlatformAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for VerifyWebAuthnPlatformAuthenticationMethod {
    fn describe(&self) -> String {
        "VerifyWebAuthnPlatformAuthenticationMethod".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for VerifyWebAuthnPlatformAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for VerifyWebAuthnRoamingAuthenticationMethod {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = VerifyWebAuthnRoamingAuthenticationMethod::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_authn_response = runtime::required(
            obj,
            "authn_response",
            at,
            errs,
            <AuthenticatorAttestationResponse as runtime::FromJson>::from_json,
        );
        runtime::deny_unknown(obj, KNOWN, at, errs);
        Some(Self {
            auth_session: field_auth_session?,
            authn_response: field_authn_response?,
        })
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
impl serde::Serialize for VerifyWebAuthnRoamingAuthenticationMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for VerifyWebAuthnRoamingAuthenticationMethod {
    fn describe(&self) -> String {
        "VerifyWebAuthnRoamingAuthenticationMethod".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for VerifyWebAuthnRoamingAuthenticationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl runtime::FromJson for WebAuthnCreationResponse {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        const KNOWN: &[&str] = WebAuthnCreationResponse::PROPERTIES;
        let obj = runtime::object(v, at, errs)?;
        let field_id = runtime::required(
            obj,
            "id",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_auth_session = runtime::required(
            obj,
            "auth_session",
            at,
            errs,
            <String as runtime::FromJson>::from_json,
        );
        let field_authn_params_public_key = runtime::required(
            obj,
            "authn_params_public_key",
            at,
            errs,
            <PublicKeyCredentialCreationOptions as runtime::FromJson>::from_json,
        );
        let field_additional_properties = Some(runtime::extras(obj, KNOWN));
        Some(Self {
            id: field_id?,
            auth_session: field_auth_session?,
            authn_params_public_key: field_authn_params_public_key?,
            additional_properties: field_additional_properties?,
        })
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
impl serde::Serialize for WebAuthnCreationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        runtime::serialize_struct(self, serializer)
    }
}
impl runtime::Describe for WebAuthnCreationResponse {
    fn describe(&self) -> String {
        "WebAuthnCreationResponse".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for WebAuthnCreationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
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
impl std::fmt::Display for XAuth0ErrorKindHeader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
impl runtime::FromJson for XAuth0ErrorKindHeader {
    fn from_json(
        v: &serde_json::Value,
        at: &str,
        errs: &mut runtime::DecodeErrors,
    ) -> Option<Self> {
        let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
        s.parse().map_err(|e: String| errs.push(at, e)).ok()
    }
}
impl serde::Serialize for XAuth0ErrorKindHeader {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl runtime::Describe for XAuth0ErrorKindHeader {
    fn describe(&self) -> String {
        "XAuth0ErrorKindHeader".to_string()
    }
}
impl<'de> serde::Deserialize<'de> for XAuth0ErrorKindHeader {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        runtime::decode(&value).map_err(serde::de::Error::custom)
    }
}
