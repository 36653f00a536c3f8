//! A reference server on a loopback port, and the generated client (and plain HTTP) to call it.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::Arc;

use generated_client::my_account::client::Client;
use generated_client::runtime::retry::RetryPolicy;
use reference_server::clock::Clock;
use reference_server::config::Config;
use reference_server::{outbox, Data, Server};
use serde_json::{json, Value};

pub const ALICE: &str = "auth0|alice";
pub const BOB: &str = "auth0|bob";
/// A user whose security key the configuration seeds.
pub const CAROL: &str = "auth0|carol";

pub struct Running {
    pub server: Server,
    pub addr: SocketAddr,
    pub clock: Clock,
}

/// The configuration the tests run with: a connection to connect accounts with, and seeded data.
pub fn config() -> Config {
    let mut c: Config = serde_json::from_value(json!({
        "connections": [{ "name": "google-oauth2", "strategy": "google-oauth2", "scopes": ["openid", "profile"] }],
        "cors_origins": ["http://localhost:3000"],
        "users": {
            "auth0|alice": {
                "name": "Alice Liddell",
                "email": "alice@example.com",
                "consents": [{ "id": "cns_1", "client_id": "app1", "created_at": "2026-01-01T00:00:00.000Z", "expires_at": "2027-01-01T00:00:00.000Z" }],
                "organizations": [{ "id": "org_1", "name": "acme" }, { "id": "org_2", "name": "globex" }, { "id": "org_3", "name": "initech" }]
            },
            "auth0|carol": {
                "authentication_methods": [{ "id": "webauthn-roaming|dev_key1", "type": "webauthn-roaming", "created_at": "2026-01-01T00:00:00.000Z", "usage": ["secondary"], "confirmed": true, "name": "YubiKey", "key_id": "a2V5MQ" }]
            }
        }
    }))
    .expect("the test configuration reads");
    c.rate_limit.per_second = 1000;
    c.rate_limit.burst = 1000;
    c
}

pub async fn start(config: Config, data: Data) -> Running {
    // The fixed clock starts at the system's time: tokens and proofs are minted against it.
    let clock = Clock::fixed(Clock::system().now());
    let server = Server::new(config, &data, clock.clone(), Arc::new(outbox::Quiet)).expect("the server starts");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let service = server.router().into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, service).await.unwrap() });
    Running { server, addr, clock }
}

impl Running {
    pub fn base(&self) -> String {
        format!("http://{}/me/v1", self.addr)
    }

    pub fn token(&self, user: &str, scope: &str) -> String {
        self.server.keys.mint(&self.server.app.config, user, scope, 3600, None, self.clock.now()).unwrap()
    }

    pub fn all_scopes(&self, user: &str) -> String {
        self.token(user, &reference_server::auth::ALL_SCOPES.join(" "))
    }

    /// The generated client, sending `token` as a bearer token.
    pub fn client_with(&self, token: &str, retry: RetryPolicy) -> Client {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {token}").parse().unwrap());
        let http = reqwest::Client::builder().default_headers(headers).build().unwrap();
        Client::new_with_client(&self.base(), http, retry)
    }

    pub fn client(&self, user: &str) -> Client {
        self.client_with(&self.all_scopes(user), RetryPolicy::none())
    }

    /// The last message the outbox holds for `user`.
    pub fn last_message(&self, user: &str) -> reference_server::store::OutboxEntry {
        use reference_server::store::Queries;
        let all = self.server.app.store.tx(|tx| tx.outbox()).unwrap();
        all.into_iter().rfind(|m| m.user_id == user).expect("a message was sent")
    }

    /// The six-digit code of the last message to `user`.
    pub fn last_code(&self, user: &str) -> String {
        let text = self.last_message(user).message;
        text.chars().filter(char::is_ascii_digit).collect()
    }
}

/// A typed request body from JSON.
pub fn body<T: serde::de::DeserializeOwned>(v: Value) -> T {
    serde_json::from_value(v).expect("a valid request body")
}

/// JSON of a typed value.
pub fn json_of<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap()
}

/// The status and `ErrorResponse` of a refused call.
pub fn refusal<T: std::fmt::Debug>(r: Result<T, generated_client::my_account::client::Error<generated_client::my_account::types::ErrorResponse>>) -> (u16, Value) {
    match r {
        Err(generated_client::my_account::client::Error::ErrorResponse(rv)) => (rv.status().as_u16(), json_of(&rv.into_inner())),
        other => panic!("expected an ErrorResponse, got {other:?}"),
    }
}
