//! Passkey registration (WebAuthn) with webauthn-rs, a pure-Rust relying-party library: the
//! creation options the API hands out as `authn_params_public_key`, in the spec's shape, and the
//! verification of the attestation the browser sends back as `authn_response`. The ceremony's
//! state is serialized into the enrollment, so a restart between the two steps loses nothing.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use webauthn_rs::prelude::{CredentialID, Passkey, PasskeyRegistration, RegisterPublicKeyCredential, Url, Uuid};
use webauthn_rs::{Webauthn, WebauthnBuilder};

use crate::config::RelyingParty;

/// The relying party.
pub struct Passkeys {
    webauthn: Webauthn,
}

/// What the server keeps of a registered passkey.
#[derive(Debug, Clone, PartialEq)]
pub struct Registered {
    /// base64url credential id.
    pub key_id: String,
    /// The COSE public key, base64url of its CBOR.
    pub public_key: String,
    pub sign_count: u32,
    pub backup_eligible: bool,
    pub backed_up: bool,
    pub transports: Vec<String>,
    pub aaguid: String,
    /// base64url of the WebAuthn user handle.
    pub user_handle: String,
    /// webauthn-rs's own record of the credential (for signing in later).
    pub passkey: Value,
}

/// The WebAuthn user handle of a user: 16 bytes derived from the user id, the same every time.
fn user_uuid(user: &str) -> Uuid {
    let digest = Sha256::digest(user.as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    Uuid::from_bytes(bytes)
}

impl Passkeys {
    pub fn new(rp: &RelyingParty) -> Result<Passkeys, String> {
        let origin = Url::parse(&rp.origin).map_err(|e| format!("relying_party.origin `{}`: {e}", rp.origin))?;
        let webauthn = WebauthnBuilder::new(&rp.id, &origin)
            .map_err(|e| format!("relying_party: `{}` is not an effective domain of `{}`: {e:?}", rp.id, rp.origin))?
            .rp_name(&rp.name)
            .build()
            .map_err(|e| format!("relying_party: {e:?}"))?;
        Ok(Passkeys { webauthn })
    }

    /// Starts a registration for `user`, excluding the credentials it has (base64url ids):
    /// the options in the spec's `PublicKeyCredentialCreationOptions` shape, and the state to keep.
    pub fn start(&self, user: &str, exclude: &[String]) -> Result<(Value, Value), String> {
        let exclude: Vec<CredentialID> = exclude.iter().filter_map(|id| URL_SAFE_NO_PAD.decode(id).ok()).collect();
        let (options, state) = self
            .webauthn
            .start_passkey_registration(user_uuid(user), user, user, (!exclude.is_empty()).then_some(exclude))
            .map_err(|e| format!("starting a passkey registration: {e:?}"))?;
        let full = serde_json::to_value(&options.public_key).map_err(|e| e.to_string())?;
        // The spec's shape: the members it declares, `authenticatorSelection` with the two it allows.
        let mut spec = json!({
            "challenge": full["challenge"],
            "rp": { "id": full["rp"]["id"], "name": full["rp"]["name"] },
            "user": { "id": full["user"]["id"], "name": full["user"]["name"], "displayName": full["user"]["displayName"] },
            "pubKeyCredParams": full["pubKeyCredParams"].as_array().map(|ps| ps.iter().map(|p| json!({ "type": p["type"], "alg": p["alg"] })).collect::<Vec<_>>()),
            "authenticatorSelection": {
                "residentKey": "required",
                "userVerification": full["authenticatorSelection"]["userVerification"].as_str().unwrap_or("preferred"),
            },
        });
        if let Some(timeout) = full.get("timeout").filter(|t| t.is_number()) {
            spec["timeout"] = timeout.clone();
        }
        if let Some(list) = full.get("excludeCredentials").and_then(Value::as_array).filter(|l| !l.is_empty()) {
            spec["excludeCredentials"] = json!(list.iter().map(|c| json!({ "id": c["id"], "type": "public-key" })).collect::<Vec<_>>());
        }
        let state = serde_json::to_value(&state).map_err(|e| e.to_string())?;
        Ok((spec, state))
    }

    /// Verifies the browser's attestation (`authn_response`) against the kept state.
    pub fn finish(&self, user: &str, state: &Value, response: &Value) -> Result<Registered, String> {
        let state: PasskeyRegistration = serde_json::from_value(state.clone()).map_err(|_| "The enrollment's passkey state is unreadable.".to_string())?;
        let reg: RegisterPublicKeyCredential = serde_json::from_value(response.clone()).map_err(|e| format!("authn_response is not a WebAuthn registration response: {e}"))?;
        let passkey: Passkey = self.webauthn.finish_passkey_registration(&reg, &state).map_err(|e| format!("The passkey registration does not verify: {e:?}."))?;
        let credential: webauthn_rs::prelude::Credential = passkey.clone().into();
        let cose = serde_cbor_2::to_vec(&credential.cred).map_err(|e| e.to_string())?;
        let transports: Vec<String> = response["response"]["transports"].as_array().map(|t| t.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()).unwrap_or_default();
        Ok(Registered {
            key_id: URL_SAFE_NO_PAD.encode(credential.cred_id.as_ref() as &[u8]),
            public_key: URL_SAFE_NO_PAD.encode(cose),
            sign_count: credential.counter,
            backup_eligible: credential.backup_eligible,
            backed_up: credential.backup_state,
            transports,
            aaguid: aaguid(&reg).unwrap_or_else(|| Uuid::nil().to_string()),
            user_handle: URL_SAFE_NO_PAD.encode(user_uuid(user).as_bytes()),
            passkey: serde_json::to_value(&passkey).map_err(|e| e.to_string())?,
        })
    }
}

/// The AAGUID in the attested credential data (bytes 37..53 of authData, when present).
fn aaguid(reg: &RegisterPublicKeyCredential) -> Option<String> {
    let object: serde_cbor_2::Value = serde_cbor_2::from_slice(reg.response.attestation_object.as_ref()).ok()?;
    let serde_cbor_2::Value::Map(map) = object else { return None };
    let serde_cbor_2::Value::Bytes(auth_data) = map.get(&serde_cbor_2::Value::Text("authData".into()))? else { return None };
    let attested = auth_data.get(32).is_some_and(|flags| flags & 0x40 != 0);
    (attested && auth_data.len() >= 53).then(|| Uuid::from_slice(&auth_data[37..53]).ok().map(|u| u.to_string())).flatten()
}
