//! A working My Account server on the generated stubs: every operation of the published document
//! with real behaviour (two-step enrollment of every enrollable type, list, get, update and
//! delete; factors, connected accounts, consents and organizations from seeded data), JWT access
//! tokens with DPoP, the tenant's rate limit and CORS, kept in an embedded SQLite database.

pub mod app;
pub mod auth;
pub mod clock;
pub mod common_passwords;
pub mod config;
pub mod enroll;
pub mod methods;
pub mod otp;
pub mod others;
pub mod outbox;
pub mod passkey;
pub mod password;
pub mod ratelimit;
pub mod store;
pub mod vault;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::http::{header, HeaderName, HeaderValue, Method};
use axum::Router;
use generated_server_stubs::my_account::router;
use tower_http::cors::{AllowOrigin, CorsLayer};

use crate::app::{App, Shared};
use crate::clock::Clock;
use crate::config::Config;
use crate::outbox::Sender;
use crate::store::{Queries, Store};
use crate::vault::Sealer;

/// Where the server keeps its state: the database and, beside it, the keys that must not be in it.
#[derive(Debug, Clone)]
pub enum Data {
    /// A directory holding `my-account.sqlite`, `signing-key.pem` and `sealing.key`.
    Dir(PathBuf),
    /// Nothing on disk: for tests (the keys are made at start).
    Memory,
}

impl Data {
    fn file(&self, name: &str) -> Option<PathBuf> {
        match self {
            Data::Dir(dir) => Some(dir.join(name)),
            Data::Memory => None,
        }
    }
}

/// A server's parts, made once at start.
pub struct Server {
    pub app: Shared,
    pub keys: Arc<auth::Keys>,
}

impl Server {
    pub fn new(config: Config, data: &Data, clock: Clock, sender: Arc<dyn Sender>) -> Result<Server, String> {
        config.check()?;
        let store = match data.file("my-account.sqlite") {
            Some(path) => {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                }
                Store::open(&path).map_err(|e| format!("{}: {e}", path.display()))?
            }
            None => Store::in_memory().map_err(|e| e.to_string())?,
        };
        let sealer = match data.file("sealing.key") {
            Some(path) => Sealer::from_file(&path)?,
            None => Sealer::new(&vault::random_bytes(32).try_into().unwrap_or([0; 32])),
        };
        let keys = Arc::new(match data.file("signing-key.pem") {
            Some(path) => auth::Keys::from_file(&path)?,
            None => auth::Keys::generate()?,
        });
        let policy_json = config.password_policy.clone().unwrap_or_else(default_policy_json);
        let policy = password_policy(&policy_json)?;
        let passkeys = passkey::Passkeys::new(&config.relying_party)?;
        seed(&store, &config).map_err(|e| format!("seeding the database: {e}"))?;
        let app = Arc::new(App { config, store, clock, sealer, sender, policy_json, policy, passkeys });
        Ok(Server { app, keys })
    }

    /// The whole HTTP service: the API under its base path behind the rate limit and CORS, and
    /// the local-only developer endpoints.
    pub fn router(&self) -> Router {
        let app = self.app.clone();
        let auth = auth::TokenAuth::new(self.keys.clone(), app.clone());
        let api = router(auth)
            .factors(others::Others(app.clone()))
            .authentication_methods(methods::Methods(app.clone()))
            .connected_accounts(others::Others(app.clone()))
            .consents(others::Others(app.clone()))
            .organizations(others::Others(app.clone()))
            .build();
        let bucket = Arc::new(ratelimit::Bucket::new(app.config.rate_limit.per_second, app.config.rate_limit.burst));
        let api = api.layer(axum::middleware::from_fn_with_state(bucket, ratelimit::limit)).layer(cors(&app.config.cors_origins));
        Router::new()
            .merge(api)
            .merge(outbox::routes(app.clone()))
            .route("/_local/connect", axum::routing::get(others::local_connect).with_state(app))
    }
}

/// Cross-origin requests: the configured origins only (none by default), preflight answered, the
/// rate-limit and location headers readable by the page.
fn cors(origins: &[String]) -> CorsLayer {
    let allowed: Vec<HeaderValue> = origins.iter().filter_map(|o| HeaderValue::from_str(o).ok()).collect();
    CorsLayer::new()
        .allow_origin(AllowOrigin::list(allowed))
        .allow_methods([Method::GET, Method::POST, Method::PATCH, Method::DELETE])
        .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE, HeaderName::from_static("dpop")])
        .expose_headers([
            header::LOCATION,
            header::RETRY_AFTER,
            HeaderName::from_static("x-ratelimit-limit"),
            HeaderName::from_static("x-ratelimit-remaining"),
            HeaderName::from_static("x-ratelimit-reset"),
        ])
        .max_age(std::time::Duration::from_secs(600))
}

/// Seed 000's example policy (the `password` example of the create response).
pub fn default_policy_json() -> serde_json::Value {
    serde_json::json!({
        "complexity": {
            "min_length": 8,
            "character_types": ["lowercase", "uppercase", "number", "special"],
            "character_type_rule": "three_of_four",
            "identical_characters": "block",
            "sequential_characters": "block",
            "max_length_exceeded": "truncate"
        },
        "profile_data": { "active": true, "blocked_fields": ["name", "email"] },
        "history": { "active": true, "size": 5 },
        "dictionary": { "active": true, "default": "en_10k" }
    })
}

/// The checks' reading of a policy the API shows.
fn password_policy(v: &serde_json::Value) -> Result<password::Policy, String> {
    use password::*;
    let c = &v["complexity"];
    let text = |x: &serde_json::Value| x.as_str().unwrap_or_default().to_string();
    let allowance = |x: &serde_json::Value| if x.as_str() == Some("allow") { Allowance::Allow } else { Allowance::Block };
    let types = c["character_types"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|t| match t.as_str() {
                    Some("uppercase") => Some(CharacterType::Uppercase),
                    Some("lowercase") => Some(CharacterType::Lowercase),
                    Some("number") => Some(CharacterType::Number),
                    Some("special") => Some(CharacterType::Special),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(Policy {
        complexity: Complexity {
            min_length: c["min_length"].as_u64().unwrap_or(8) as usize,
            character_types: types,
            character_type_rule: if text(&c["character_type_rule"]) == "all" { CharacterTypeRule::All } else { CharacterTypeRule::ThreeOfFour },
            identical_characters: allowance(&c["identical_characters"]),
            sequential_characters: allowance(&c["sequential_characters"]),
            max_length_exceeded: if text(&c["max_length_exceeded"]) == "error" { MaxLengthExceeded::Error } else { MaxLengthExceeded::Truncate },
        },
        profile_data: ProfileData {
            active: v["profile_data"]["active"].as_bool().unwrap_or(false),
            blocked_fields: v["profile_data"]["blocked_fields"].as_array().map(|a| a.iter().filter_map(|f| f.as_str().map(str::to_string)).collect()).unwrap_or_default(),
        },
        history: History { active: v["history"]["active"].as_bool().unwrap_or(false), size: v["history"]["size"].as_u64().unwrap_or(0) as usize },
        dictionary: Dictionary {
            active: v["dictionary"]["active"].as_bool().unwrap_or(false),
            default: if text(&v["dictionary"]["default"]) == "en_100k" { DictionaryDefault::En100k } else { DictionaryDefault::En10k },
        },
    })
}

/// The configuration's data of the other tags, written once (what a user deleted stays deleted).
fn seed(store: &Store, config: &Config) -> Result<(), rusqlite::Error> {
    store.tx(|tx| {
        for (user, s) in &config.users {
            for (tag, items) in [("connected_accounts", &s.connected_accounts), ("consents", &s.consents), ("organizations", &s.organizations)] {
                for item in items {
                    let id = item["id"].as_str().unwrap_or_default();
                    tx.seed(tag, user, id, item)?;
                }
            }
            for m in &s.authentication_methods {
                let id = m["id"].as_str().unwrap_or_default();
                // Seeded once: a method the user deleted does not come back at the next start.
                if tx.seeded("authentication_methods", user)?.iter().any(|v| v["id"].as_str() == Some(id)) {
                    continue;
                }
                tx.seed("authentication_methods", user, id, &serde_json::json!({ "id": id }))?;
                let mut public = m.as_object().cloned().unwrap_or_default();
                for k in ["id", "type", "created_at", "usage", "confirmed"] {
                    public.remove(k);
                }
                tx.put_method(&store::Method {
                    id: id.to_string(),
                    user_id: user.clone(),
                    kind: m["type"].as_str().unwrap_or_default().to_string(),
                    confirmed: m["confirmed"].as_bool().unwrap_or(true),
                    created_at: m["created_at"].as_str().unwrap_or_default().to_string(),
                    public,
                    secret: None,
                    last_step: None,
                })?;
            }
        }
        Ok(())
    })
}

/// The data directory by default: `./.my-account` beside where the server is started.
pub fn default_data_dir() -> PathBuf {
    Path::new(".my-account").to_path_buf()
}
