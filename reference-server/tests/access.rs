//! Who may call: tokens (signature, audience, expiry, scopes), DPoP-bound tokens and every way a
//! proof can fail to match, the tenant's rate limit (and the generated client's retries getting
//! through a burst), and cross-origin requests.

mod support;

use generated_client::runtime::retry::RetryPolicy;
use jsonwebtoken::jwk::{Jwk, ThumbprintHash};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use p256::elliptic_curve::Generate;
use p256::pkcs8::{EncodePrivateKey, LineEnding};
use reference_server::auth::ath;
use reference_server::Data;
use serde_json::{json, Value};
use support::*;

/// A client's DPoP key.
struct DpopKey {
    encoding: EncodingKey,
    jwk: Jwk,
}

impl DpopKey {
    fn new() -> DpopKey {
        let pem = p256::ecdsa::SigningKey::generate().to_pkcs8_pem(LineEnding::LF).unwrap().to_string();
        let encoding = EncodingKey::from_ec_pem(pem.as_bytes()).unwrap();
        let jwk = Jwk::from_encoding_key(&encoding, Algorithm::ES256).unwrap();
        DpopKey { encoding, jwk }
    }

    fn jkt(&self) -> String {
        self.jwk.thumbprint(ThumbprintHash::SHA256)
    }

    fn proof(&self, htm: &str, htu: &str, iat: i64, token: &str, jti: &str) -> String {
        let mut header = Header::new(Algorithm::ES256);
        header.typ = Some("dpop+jwt".into());
        header.jwk = Some(self.jwk.clone());
        jsonwebtoken::encode(&header, &json!({"jti": jti, "htm": htm, "htu": htu, "iat": iat, "ath": ath(token)}), &self.encoding).unwrap()
    }
}

async fn get(url: &str, authorization: &str, dpop: Option<&str>) -> (u16, Value) {
    let mut request = reqwest::Client::new().get(url).header("authorization", authorization);
    if let Some(proof) = dpop {
        request = request.header("dpop", proof);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn tokens_are_checked_for_signature_audience_expiry_and_scope() {
    let r = start(config(), Data::Memory).await;
    let url = format!("{}/authentication-methods", r.base());
    assert_eq!(get(&url, &format!("Bearer {}", r.all_scopes(ALICE)), None).await.0, 200);
    let (status, err) = get(&url, "Bearer not-a-jwt", None).await;
    assert_eq!((status, err["type"].as_str()), (401, Some("unauthorized")));
    // Another server's key, another tenant's audience, an expired token.
    let other = start(config(), Data::Memory).await;
    assert_eq!(get(&url, &format!("Bearer {}", other.all_scopes(ALICE)), None).await.0, 401);
    let mut elsewhere = config();
    elsewhere.domain = "other.example".into();
    let foreign = r.server.keys.mint(&elsewhere, ALICE, "read:me:authentication_methods", 60, None, r.clock.now()).unwrap();
    assert_eq!(get(&url, &format!("Bearer {foreign}"), None).await.0, 401);
    let short = r.server.keys.mint(&r.server.app.config, ALICE, "read:me:authentication_methods", 60, None, r.clock.now()).unwrap();
    r.clock.advance(61);
    let (status, err) = get(&url, &format!("Bearer {short}"), None).await;
    assert_eq!((status, err["detail"].as_str()), (401, Some("The access token has expired.")));
    // A valid token without the operation's scope.
    let reader = r.token(ALICE, "read:me:authentication_methods");
    let (status, err) = refusal(r.client_with(&reader, RetryPolicy::none()).create_authentication_method(&body(json!({"type": "totp"}))).await);
    assert_eq!((status, err["type"].as_str()), (403, Some("insufficient_scope")));
    assert!(err["detail"].as_str().unwrap().contains("create:me:authentication_methods"));
}

#[tokio::test]
async fn dpop_proofs_must_match_the_request_the_token_and_the_key() {
    let r = start(config(), Data::Memory).await;
    let key = DpopKey::new();
    let token = r.server.keys.mint(&r.server.app.config, ALICE, "read:me:authentication_methods", 600, Some(&key.jkt()), r.clock.now()).unwrap();
    let url = format!("{}/authentication-methods", r.base());
    let auth = format!("DPoP {token}");
    let now = r.clock.now();
    let good = key.proof("GET", &url, now, &token, "j1");
    assert_eq!(get(&url, &auth, Some(&good)).await.0, 200);
    // The same proof again is a replay.
    let (status, err) = get(&url, &auth, Some(&good)).await;
    assert_eq!((status, err["detail"].as_str()), (401, Some("The DPoP proof was used before.")));
    // A query does not change the URL the proof names.
    assert_eq!(get(&format!("{url}?type=totp"), &auth, Some(&key.proof("GET", &url, now, &token, "j2"))).await.0, 200);
    let refused = [
        (key.proof("POST", &url, now, &token, "j3"), "The DPoP proof was made for another HTTP method."),
        (key.proof("GET", &format!("{}/factors", r.base()), now, &token, "j4"), "The DPoP proof was made for another URL."),
        (key.proof("GET", &url, now - 400, &token, "j5"), "The DPoP proof is too old or from the future."),
        (key.proof("GET", &url, now + 120, &token, "j6"), "The DPoP proof is too old or from the future."),
        (key.proof("GET", &url, now, "another token", "j7"), "The DPoP proof was made for another access token."),
        (DpopKey::new().proof("GET", &url, now, &token, "j8"), "The DPoP proof's key is not the one the access token is bound to."),
    ];
    for (proof, why) in refused {
        let (status, err) = get(&url, &auth, Some(&proof)).await;
        assert_eq!((status, err["detail"].as_str()), (401, Some(why)));
    }
    let (status, _) = get(&url, &auth, None).await;
    assert_eq!(status, 401);
    // A bound token may not be used as a bearer token, nor a proof pass with a bearer token.
    let (status, err) = get(&url, &format!("Bearer {token}"), None).await;
    assert_eq!(status, 401, "{err}");
    let unbound = r.token(ALICE, "read:me:authentication_methods");
    assert_eq!(get(&url, &format!("DPoP {unbound}"), Some(&key.proof("GET", &url, now, &unbound, "j9"))).await.0, 401);
}

#[tokio::test]
async fn the_rate_limit_answers_429_and_the_client_retries_through_a_burst() {
    let mut c = config();
    c.rate_limit.per_second = 5;
    c.rate_limit.burst = 5;
    let r = start(c, Data::Memory).await;
    let url = format!("{}/factors", r.base());
    let auth = format!("Bearer {}", r.all_scopes(ALICE));
    let mut limited = None;
    for _ in 0..12 {
        let response = reqwest::Client::new().get(&url).header("authorization", &auth).send().await.unwrap();
        for h in ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"] {
            assert!(response.headers().contains_key(h), "{h} on every answer");
        }
        if response.status().as_u16() == 429 {
            limited = Some(response);
            break;
        }
    }
    let limited = limited.expect("a burst over the limit is answered 429");
    assert_eq!(limited.headers()["x-ratelimit-limit"], "5");
    assert_eq!(limited.headers()["x-ratelimit-remaining"], "0");
    assert!(limited.headers()["retry-after"].to_str().unwrap().parse::<u64>().unwrap() >= 1);
    let err: Value = limited.json().await.unwrap();
    assert_eq!((err["status"].as_u64(), err["type"].as_str()), (Some(429), Some("too_many_requests")));
    // The generated client's retry policy waits as the server says: a burst gets through.
    let client = r.client_with(&r.all_scopes(ALICE), RetryPolicy::default());
    let calls = (0..15).map(|_| client.get_factors());
    for result in futures_join(calls).await {
        assert_eq!(result.expect("retried through the limit").status().as_u16(), 200);
    }
}

/// Runs the futures one after another (the client's retries are what is tested, not parallelism).
async fn futures_join<F: std::future::Future>(calls: impl Iterator<Item = F>) -> Vec<F::Output> {
    let mut out = Vec::new();
    for call in calls {
        out.push(call.await);
    }
    out
}

#[tokio::test]
async fn cross_origin_requests_from_configured_origins_only() {
    let r = start(config(), Data::Memory).await;
    let url = format!("{}/authentication-methods", r.base());
    let http = reqwest::Client::new();
    let preflight = |origin: &'static str| {
        http.request(reqwest::Method::OPTIONS, &url)
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", "authorization, content-type, dpop")
            .send()
    };
    let allowed = preflight("http://localhost:3000").await.unwrap();
    assert!(allowed.status().is_success());
    assert_eq!(allowed.headers()["access-control-allow-origin"], "http://localhost:3000");
    assert!(allowed.headers()["access-control-allow-headers"].to_str().unwrap().contains("dpop"));
    let refused = preflight("http://evil.example").await.unwrap();
    assert!(!refused.headers().contains_key("access-control-allow-origin"));
    let actual = http.get(&url).header("origin", "http://localhost:3000").header("authorization", format!("Bearer {}", r.all_scopes(ALICE))).send().await.unwrap();
    assert_eq!(actual.headers()["access-control-allow-origin"], "http://localhost:3000");
    assert!(actual.headers()["access-control-expose-headers"].to_str().unwrap().contains("x-ratelimit-remaining"));
    // None allowed by default.
    let mut c = config();
    c.cors_origins.clear();
    let closed = start(c, Data::Memory).await;
    let answer = reqwest::Client::new()
        .request(reqwest::Method::OPTIONS, format!("{}/authentication-methods", closed.base()))
        .header("origin", "http://localhost:3000")
        .header("access-control-request-method", "GET")
        .send()
        .await
        .unwrap();
    assert!(!answer.headers().contains_key("access-control-allow-origin"));
}
