//! Access tokens: ES256 JWTs signed with a key the server makes once and keeps beside its
//! database, checked for signature, `iss`, `aud` (`https://{domain}/me/`), `exp`, `sub` and a
//! space-separated `scope`; and DPoP-bound tokens (RFC 9449): the `DPoP` proof's signature with
//! its embedded key, `typ`, `htm`, `htu`, `iat` within a window, `ath`, a `jti` never seen
//! before, and the key's thumbprint equal to the token's `cnf.jkt`. Plugged into the generated
//! router as its [`Authenticator`].

use std::path::Path;
use std::sync::Arc;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use generated_server_stubs::server_runtime::{AuthError, Authenticator, Credential, Principal, RequestHead, Scheme};
use jsonwebtoken::jwk::{AlgorithmParameters, EllipticCurve, Jwk, ThumbprintHash};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use p256::elliptic_curve::Generate;
use p256::pkcs8::{EncodePrivateKey, LineEnding};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::app::Shared;
use crate::config::Config;
use crate::store::Queries;

/// Every scope an operation of My Account asks for: what a local token gets by default.
pub const ALL_SCOPES: &[&str] = &[
    "create:me:authentication_methods",
    "read:me:authentication_methods",
    "update:me:authentication_methods",
    "delete:me:authentication_methods",
    "read:me:factors",
    "create:me:connected_accounts",
    "read:me:connected_accounts",
    "delete:me:connected_accounts",
    "read:me:consents",
    "read:me:organizations",
];

/// How old a DPoP proof may be, and how far in the future its clock may run.
pub const PROOF_MAX_AGE: i64 = 300;
pub const PROOF_MAX_SKEW: i64 = 60;

/// The server's signing key.
pub struct Keys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    kid: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Confirmation {
    pub jkt: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Claims {
    pub iss: String,
    pub sub: String,
    pub aud: String,
    pub exp: i64,
    pub iat: i64,
    pub scope: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cnf: Option<Confirmation>,
}

fn new_pem() -> Result<String, String> {
    let key = p256::ecdsa::SigningKey::generate();
    key.to_pkcs8_pem(LineEnding::LF).map(|pem| pem.to_string()).map_err(|e| e.to_string())
}

impl Keys {
    /// A fresh key, kept nowhere (tests).
    pub fn generate() -> Result<Keys, String> {
        Keys::from_pem(&new_pem()?)
    }

    /// The key in `path` (PKCS#8 PEM), made there when the file is new.
    pub fn from_file(path: &Path) -> Result<Keys, String> {
        let pem = crate::vault::read_or_create(path, || new_pem().unwrap_or_default().into_bytes())?;
        Keys::from_pem(&String::from_utf8_lossy(&pem)).map_err(|e| format!("{}: {e}", path.display()))
    }

    fn from_pem(pem: &str) -> Result<Keys, String> {
        let encoding = EncodingKey::from_ec_pem(pem.as_bytes()).map_err(|e| format!("not an ES256 private key: {e}"))?;
        let jwk = Jwk::from_encoding_key(&encoding, Algorithm::ES256).map_err(|e| e.to_string())?;
        let decoding = DecodingKey::from_jwk(&jwk).map_err(|e| e.to_string())?;
        let kid = jwk.thumbprint(ThumbprintHash::SHA256);
        Ok(Keys { encoding, decoding, kid })
    }

    /// An access token for `user` with `scope`, valid `seconds` from `now`; bound to a DPoP key
    /// when `jkt` (its thumbprint) is given.
    pub fn mint(&self, config: &Config, user: &str, scope: &str, seconds: i64, jkt: Option<&str>, now: i64) -> Result<String, String> {
        let claims = Claims {
            iss: config.issuer(),
            sub: user.to_string(),
            aud: config.audience(),
            exp: now + seconds,
            iat: now,
            scope: scope.to_string(),
            cnf: jkt.map(|j| Confirmation { jkt: j.to_string() }),
        };
        let mut header = Header::new(Algorithm::ES256);
        header.kid = Some(self.kid.clone());
        jsonwebtoken::encode(&header, &claims, &self.encoding).map_err(|e| e.to_string())
    }

    /// The claims of a token this server signed, for `config`'s audience, not expired at `now`.
    pub fn check(&self, config: &Config, token: &str, now: i64) -> Result<Claims, String> {
        let mut v = Validation::new(Algorithm::ES256);
        v.set_audience(&[config.audience()]);
        v.set_issuer(&[config.issuer()]);
        v.set_required_spec_claims(&["exp", "aud", "iss", "sub"]);
        // Expiry against the server's clock (which tests move), not the system's.
        v.validate_exp = false;
        let claims = jsonwebtoken::decode::<Claims>(token, &self.decoding, &v).map_err(|e| format!("The access token is not valid: {e}."))?.claims;
        if claims.exp <= now {
            return Err("The access token has expired.".into());
        }
        if claims.sub.is_empty() {
            return Err("The access token names no user.".into());
        }
        Ok(claims)
    }
}

/// What a proof says of the request it was made for.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProofClaims {
    pub jti: String,
    pub htm: String,
    pub htu: String,
    pub iat: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ath: Option<String>,
}

/// base64url(SHA-256(token)): a proof's `ath` for a token.
pub fn ath(token: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(token.as_bytes()))
}

/// A URL without query and fragment, scheme and host lower-cased and default ports dropped
/// (RFC 9449 section 4.3, step 9).
fn htu_form(url: &str) -> Option<String> {
    let mut u = url::Url::parse(url).ok()?;
    u.set_query(None);
    u.set_fragment(None);
    Some(u.to_string())
}

/// Checks a DPoP proof for `request` and `token`; returns the thumbprint of its key and its claims.
pub fn check_proof(proof: &str, request: &RequestHead, token: &str, now: i64) -> Result<(String, ProofClaims), String> {
    let header = jsonwebtoken::decode_header(proof).map_err(|e| format!("The DPoP proof is not a JWT: {e}."))?;
    if header.typ.as_deref() != Some("dpop+jwt") {
        return Err("The DPoP proof's typ must be dpop+jwt.".into());
    }
    let jwk = header.jwk.as_ref().ok_or("The DPoP proof's header has no jwk.")?;
    // The proof must carry a public key only: jsonwebtoken's Jwk drops members it does not
    // know, such as a private `d`, so the header is read again as it was sent.
    let raw: serde_json::Value = proof.split('.').next().and_then(|h| URL_SAFE_NO_PAD.decode(h).ok()).and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
    if ["d", "p", "q", "dp", "dq", "qi", "k"].iter().any(|m| raw["jwk"].get(m).is_some()) {
        return Err("The DPoP proof's jwk holds a private key.".into());
    }
    match (&jwk.algorithm, header.alg) {
        (AlgorithmParameters::EllipticCurve(p), Algorithm::ES256) if p.curve == EllipticCurve::P256 => {}
        (AlgorithmParameters::OctetKeyPair(p), Algorithm::EdDSA) if p.curve == EllipticCurve::Ed25519 => {}
        _ => return Err("The DPoP proof must be signed with ES256 or EdDSA by the key of its jwk.".into()),
    }
    let key = DecodingKey::from_jwk(jwk).map_err(|e| format!("The DPoP proof's jwk is not usable: {e}."))?;
    let mut v = Validation::new(header.alg);
    v.required_spec_claims.clear();
    v.validate_exp = false;
    v.validate_aud = false;
    let claims = jsonwebtoken::decode::<ProofClaims>(proof, &key, &v).map_err(|e| format!("The DPoP proof is not valid: {e}."))?.claims;
    if claims.htm != request.method.as_str() {
        return Err("The DPoP proof was made for another HTTP method.".into());
    }
    let host = request.headers.get(axum::http::header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost");
    let path = request.uri.path_and_query().map_or("/", |p| p.as_str());
    let target = if request.uri.scheme().is_some() { request.uri.to_string() } else { format!("http://{host}{path}") };
    if htu_form(&claims.htu).is_none() || htu_form(&claims.htu) != htu_form(&target) {
        return Err("The DPoP proof was made for another URL.".into());
    }
    if claims.iat < now - PROOF_MAX_AGE || claims.iat > now + PROOF_MAX_SKEW {
        return Err("The DPoP proof is too old or from the future.".into());
    }
    if claims.ath.as_deref() != Some(ath(token).as_str()) {
        return Err("The DPoP proof was made for another access token.".into());
    }
    let jkt = jwk.thumbprint(ThumbprintHash::SHA256);
    Ok((jkt, claims))
}

/// The generated router's authenticator.
pub struct TokenAuth {
    keys: Arc<Keys>,
    app: Shared,
}

impl TokenAuth {
    pub fn new(keys: Arc<Keys>, app: Shared) -> TokenAuth {
        TokenAuth { keys, app }
    }

    fn principal(&self, credential: &Credential, request: &RequestHead) -> Result<Principal, String> {
        let now = self.app.clock.now();
        let claims = self.keys.check(&self.app.config, &credential.token, now)?;
        match (credential.scheme, &claims.cnf) {
            (Scheme::Bearer, Some(_)) => return Err("The access token is bound to a DPoP key: send it as `DPoP <token>` with a DPoP proof.".into()),
            (Scheme::Bearer, None) => {}
            (Scheme::DPoP, cnf) => {
                let proof = request.headers.get("dpop").and_then(|v| v.to_str().ok()).ok_or("A DPoP token needs a DPoP proof header.")?;
                let (jkt, proof_claims) = check_proof(proof, request, &credential.token, now)?;
                if cnf.as_ref().map(|c| c.jkt.as_str()) != Some(jkt.as_str()) {
                    return Err("The DPoP proof's key is not the one the access token is bound to.".into());
                }
                let fresh = self.app.store.tx(|tx| tx.remember_proof(&proof_claims.jti, now + PROOF_MAX_AGE + PROOF_MAX_SKEW, now)).map_err(|e| e.to_string())?;
                if !fresh {
                    return Err("The DPoP proof was used before.".into());
                }
            }
        }
        Ok(Principal { subject: Some(claims.sub), scopes: claims.scope.split(' ').filter(|s| !s.is_empty()).map(str::to_string).collect() })
    }
}

impl Authenticator for TokenAuth {
    async fn authenticate(&self, credential: Credential, request: &RequestHead) -> Result<Principal, AuthError> {
        self.principal(&credential, request).map_err(|detail| AuthError { detail })
    }
}
