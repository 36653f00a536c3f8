//! A passkey registered end to end: the server's creation options, a software authenticator
//! (1Password's passkey crates, an independent WebAuthn client) creating the credential, and the
//! server verifying the attestation and storing the credential; tampered responses refused.

mod support;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use passkey::authenticator::{Authenticator, UiHint, UserCheck, UserValidationMethod};
use passkey::client::{Client, DefaultClientData};
use passkey::crypto::rust_crypto::RustCryptoBackend;
use passkey::types::ctap2::{Aaguid, Ctap2Error};
use passkey::types::{webauthn as pk, Passkey as SoftPasskey};
use reference_server::Data;
use serde_json::{json, Value};
use support::*;

/// A user who is always there and always verified.
struct Present;

#[async_trait::async_trait]
impl UserValidationMethod for Present {
    type PasskeyItem = SoftPasskey;

    async fn check_user<'a>(&self, hint: UiHint<'a, SoftPasskey>, presence: bool, verification: bool) -> Result<UserCheck, Ctap2Error> {
        // The authenticator only tells the UI about an excluded credential; refusing is the UI's part.
        if let UiHint::InformExcludedCredentialFound(_) = hint {
            return Err(Ctap2Error::CredentialExcluded);
        }
        Ok(UserCheck { presence, verification })
    }

    fn is_verification_enabled(&self) -> Option<bool> {
        Some(true)
    }

    fn is_presence_enabled(&self) -> bool {
        true
    }
}

type Browser = Client<Option<SoftPasskey>, Present, RustCryptoBackend, public_suffix::PublicSuffixList, ()>;

fn browser() -> Browser {
    Client::new(Authenticator::new(Aaguid::new_empty(), None, Present, RustCryptoBackend)).allows_insecure_localhost(true)
}

/// What a page does with `authn_params_public_key`: `navigator.credentials.create`, then the
/// response in the spec's `AuthenticatorAttestationResponse` shape.
async fn create_credential(browser: &mut Browser, options: &Value) -> Result<Value, String> {
    let options: pk::CredentialCreationOptions = serde_json::from_value(json!({ "publicKey": options })).map_err(|e| e.to_string())?;
    let origin = url::Url::parse("http://localhost:3000").unwrap();
    let created = browser.register(&origin, options, DefaultClientData).await.map_err(|e| format!("{e:?}"))?;
    let full = serde_json::to_value(&created).unwrap();
    Ok(json!({
        "id": full["id"],
        "rawId": full["rawId"],
        "type": "public-key",
        "response": {
            "attestationObject": full["response"]["attestationObject"],
            "clientDataJSON": full["response"]["clientDataJSON"],
            "transports": full["response"]["transports"],
        },
        "clientExtensionResults": {},
    }))
}

async fn start_passkey(r: &Running) -> Value {
    let answer = r.client(ALICE).create_authentication_method(&body(json!({"type": "passkey"}))).await.unwrap();
    assert_eq!(answer.status().as_u16(), 202);
    assert!(answer.headers()["location"].to_str().unwrap().ends_with("/authentication-methods/passkey%7Cnew"));
    json_of(&answer.into_inner())
}

#[tokio::test]
async fn a_passkey_registers_with_a_software_authenticator() {
    let r = start(config(), Data::Memory).await;
    let started = start_passkey(&r).await;
    let options = &started["authn_params_public_key"];
    assert_eq!((options["rp"]["id"].as_str(), options["authenticatorSelection"]["residentKey"].as_str()), (Some("localhost"), Some("required")));
    assert!(started.get("id").is_none(), "a passkey enrollment has no id before it is verified");
    let response = create_credential(&mut browser(), options).await.unwrap();

    let confirmed = r.client(ALICE).confirm_authentication_method("passkey|new", &body(json!({"auth_session": started["auth_session"], "authn_response": response}))).await.unwrap();
    assert_eq!(confirmed.status().as_u16(), 201);
    let method = json_of(&confirmed.into_inner());
    assert_eq!(method["type"], "passkey");
    assert_eq!(method["key_id"], response["id"]);
    assert_eq!(method["identity_user_id"], "alice");
    assert_eq!(method["relying_party_id"], "localhost");
    // The software authenticator syncs its credentials: backup eligible and backed up.
    assert_eq!((method["credential_device_type"].as_str(), method["credential_backed_up"].as_bool()), (Some("multi_device"), Some(true)));
    assert!(URL_SAFE_NO_PAD.decode(method["public_key"].as_str().unwrap()).unwrap().len() > 60, "the COSE public key");
    let listed = json_of(&r.client(ALICE).get_authentication_methods(None).await.unwrap().into_inner());
    assert_eq!(listed["authentication_methods"][0]["id"], method["id"]);

    // A second registration excludes the first credential; the authenticator that holds it refuses.
    let again = start_passkey(&r).await;
    assert_eq!(again["authn_params_public_key"]["excludeCredentials"][0]["id"], response["id"]);
}

#[tokio::test]
async fn tampered_or_replayed_attestations_are_refused() {
    let r = start(config(), Data::Memory).await;
    let started = start_passkey(&r).await;
    let response = create_credential(&mut browser(), &started["authn_params_public_key"]).await.unwrap();
    // The client data says another origin.
    let mut tampered = response.clone();
    let mut client_data: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(response["response"]["clientDataJSON"].as_str().unwrap()).unwrap()).unwrap();
    client_data["origin"] = json!("http://evil.example");
    tampered["response"]["clientDataJSON"] = json!(URL_SAFE_NO_PAD.encode(serde_json::to_vec(&client_data).unwrap()));
    let (status, err) = refusal(r.client(ALICE).confirm_authentication_method("passkey|new", &body(json!({"auth_session": started["auth_session"], "authn_response": tampered}))).await);
    assert_eq!((status, err["type"].as_str()), (400, Some("invalid_authn_response")));
    // A genuine response for another enrollment's challenge.
    let other = start_passkey(&r).await;
    let (status, _) = refusal(r.client(ALICE).confirm_authentication_method("passkey|new", &body(json!({"auth_session": other["auth_session"], "authn_response": response}))).await);
    assert_eq!(status, 400);
    // The genuine one still verifies, once.
    let ok = r.client(ALICE).confirm_authentication_method("passkey|new", &body(json!({"auth_session": started["auth_session"], "authn_response": response}))).await;
    assert!(ok.is_ok(), "{ok:?}");
    let (status, _) = refusal(r.client(ALICE).confirm_authentication_method("passkey|new", &body(json!({"auth_session": started["auth_session"], "authn_response": response}))).await);
    assert_eq!(status, 400);
}
