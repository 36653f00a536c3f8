//! The server's settings and the data an operator seeds, read from one JSON file: the tenant it
//! plays, what is enabled, the limits, the allowed browser origins, and per user the connected
//! accounts, consents and organizations the other tags answer from.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

/// Everything configurable; every field has a default, so `{}` is a valid file.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The tenant's domain: tokens are for the audience `https://{domain}/me/`.
    pub domain: String,
    /// Shown in authenticator apps (`otpauth://totp/{tenant}:...`).
    pub tenant: String,
    /// The database connection a password method belongs to.
    pub connection: String,
    /// Requests per second per tenant (the guide's figure), and the bucket's size.
    pub rate_limit: RateLimit,
    /// Origins allowed to call the API from a browser; none by default.
    pub cors_origins: Vec<String>,
    /// The factors users may enroll (`GET /factors`); every enrollable type by default.
    pub factors: Vec<String>,
    /// How long an enrollment (its `auth_session`) lives.
    pub session_seconds: u64,
    /// How long an emailed or texted code lives.
    pub code_seconds: u64,
    /// Wrong codes that void an enrollment.
    pub max_attempts: u32,
    /// The connection's password policy as the API shows it (`PasswordAuthenticationMethodPolicy`);
    /// seed 000's example policy when absent.
    pub password_policy: Option<Value>,
    /// The WebAuthn relying party passkeys are registered for.
    pub relying_party: RelyingParty,
    /// Connections users may connect accounts with (`ConnectedAccountConnection` objects).
    pub connections: Vec<Value>,
    /// Per user id: their profile and the stored data of the other tags.
    pub users: BTreeMap<String, UserSeed>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RateLimit {
    pub per_second: u32,
    pub burst: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RelyingParty {
    pub id: String,
    pub name: String,
    /// The origin browsers (and test authenticators) register from.
    pub origin: String,
}

/// What the operator knows of one user.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct UserSeed {
    pub name: Option<String>,
    pub email: Option<String>,
    /// `ConnectedAccount` objects.
    pub connected_accounts: Vec<Value>,
    /// `Consent` objects.
    pub consents: Vec<Value>,
    /// `Organization` objects.
    pub organizations: Vec<Value>,
    /// `AuthenticationMethod` objects the user has already (webauthn-platform and
    /// webauthn-roaming methods, which the API lists and deletes but does not enroll).
    pub authentication_methods: Vec<Value>,
}

/// The factor types the published document lists, in its order.
pub const ALL_FACTORS: &[&str] = &["password", "passkey", "webauthn-platform", "webauthn-roaming", "totp", "phone", "email", "push-notification", "recovery-code"];

impl Default for Config {
    fn default() -> Self {
        Config {
            domain: "localhost:4000".into(),
            tenant: "local-tenant".into(),
            connection: "Username-Password-Authentication".into(),
            rate_limit: RateLimit::default(),
            cors_origins: Vec::new(),
            factors: ALL_FACTORS.iter().map(|s| s.to_string()).collect(),
            session_seconds: 300,
            code_seconds: 300,
            max_attempts: 5,
            password_policy: None,
            relying_party: RelyingParty::default(),
            connections: Vec::new(),
            users: BTreeMap::new(),
        }
    }
}

impl Default for RateLimit {
    fn default() -> Self {
        RateLimit { per_second: 25, burst: 25 }
    }
}

impl Default for RelyingParty {
    fn default() -> Self {
        RelyingParty { id: "localhost".into(), name: "My Account (local)".into(), origin: "http://localhost:3000".into() }
    }
}

impl Config {
    /// Reads a configuration file; the error names the file and what is wrong, with its line.
    pub fn load(path: &Path) -> Result<Config, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let config: Config = serde_json::from_str(&text).map_err(|e| format!("{}:{}:{}: {e}", path.display(), e.line(), e.column()))?;
        config.check().map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(config)
    }

    /// The audience access tokens must name.
    pub fn audience(&self) -> String {
        format!("https://{}/me/", self.domain)
    }

    /// The issuer of the tokens this server mints.
    pub fn issuer(&self) -> String {
        format!("https://{}/", self.domain)
    }

    /// Values the types of the API cannot hold are refused at start, not at the first request.
    pub fn check(&self) -> Result<(), String> {
        use generated_client::my_account::types;
        fn each<T: serde::de::DeserializeOwned>(what: &str, values: &[Value]) -> Result<(), String> {
            for (i, v) in values.iter().enumerate() {
                serde_json::from_value::<T>(v.clone()).map_err(|e| format!("{what}[{i}]: {e}"))?;
            }
            Ok(())
        }
        if self.rate_limit.per_second == 0 || self.rate_limit.burst == 0 {
            return Err("rate_limit: per_second and burst must be at least 1".into());
        }
        for f in &self.factors {
            if !ALL_FACTORS.contains(&f.as_str()) {
                return Err(format!("factors: `{f}` is not a factor type ({})", ALL_FACTORS.join(", ")));
            }
        }
        if let Some(policy) = &self.password_policy {
            serde_json::from_value::<types::PasswordAuthenticationMethodPolicy>(policy.clone()).map_err(|e| format!("password_policy: {e}"))?;
        }
        each::<types::ConnectedAccountConnection>("connections", &self.connections)?;
        for (user, seed) in &self.users {
            each::<types::ConnectedAccount>(&format!("users.{user}.connected_accounts"), &seed.connected_accounts)?;
            each::<types::Consent>(&format!("users.{user}.consents"), &seed.consents)?;
            each::<types::Organization>(&format!("users.{user}.organizations"), &seed.organizations)?;
            each::<types::AuthenticationMethod>(&format!("users.{user}.authentication_methods"), &seed.authentication_methods)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_configuration_loads_and_an_empty_one_is_the_default() {
        let example = Config::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/config.json")).unwrap();
        assert_eq!(example.users["auth0|local-user"].authentication_methods.len(), 1);
        let empty: Config = serde_json::from_str("{}").unwrap();
        assert_eq!((empty.rate_limit.per_second, empty.max_attempts, empty.audience()), (25, 5, "https://localhost:4000/me/".to_string()));
    }

    #[test]
    fn values_the_api_types_refuse_are_named() {
        let mut c = Config::default();
        c.users.insert("u".into(), UserSeed { organizations: vec![serde_json::json!({"id": "org_1"})], ..UserSeed::default() });
        let e = c.check().unwrap_err();
        assert!(e.starts_with("users.u.organizations[0]:") && e.contains("name"), "{e}");
        let c = Config { factors: vec!["sms".into()], ..Config::default() };
        assert!(c.check().unwrap_err().starts_with("factors: `sms`"));
    }
}
