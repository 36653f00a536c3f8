//! The tags besides authentication methods, through the generated client: factors, consents and
//! organizations from seeded data, and the connected-accounts flow against the local stand-in
//! for the provider.

mod support;

use std::num::NonZeroU64;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use reference_server::Data;
use serde_json::json;
use sha2::{Digest, Sha256};
use support::*;

#[tokio::test]
async fn consents_and_organizations_come_from_the_seeded_data() {
    let r = start(config(), Data::Memory).await;
    let consents = json_of(&r.client(ALICE).get_consents().await.unwrap().into_inner());
    assert_eq!(consents["consents"][0]["id"], "cns_1");
    assert_eq!(json_of(&r.client(ALICE).get_consent("cns_1").await.unwrap().into_inner())["client_id"], "app1");
    let (status, _) = refusal(r.client(ALICE).get_consent("cns_nope").await);
    assert_eq!(status, 404);
    // Bob has none of Alice's data.
    assert_eq!(json_of(&r.client(BOB).get_consents().await.unwrap().into_inner()), json!({"consents": []}));
    let (status, _) = refusal(r.client(BOB).get_consent("cns_1").await);
    assert_eq!(status, 404);

    let first = json_of(&r.client(ALICE).get_organizations(None, NonZeroU64::new(2)).await.unwrap().into_inner());
    assert_eq!((first["organizations"].as_array().unwrap().len(), first["next"].as_str()), (2, Some("org_3")));
    let rest = json_of(&r.client(ALICE).get_organizations(Some("org_3"), NonZeroU64::new(2)).await.unwrap().into_inner());
    assert_eq!(rest, json!({"organizations": [{"id": "org_3", "name": "initech"}]}));
}

#[tokio::test]
async fn an_account_connects_with_pkce_and_is_listed_and_deleted() {
    let r = start(config(), Data::Memory).await;
    let verifier = "a".repeat(43);
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    let redirect = "http://localhost:3000/callback";
    let started = r
        .client(ALICE)
        .create_connected_account_request(&body(json!({
            "connection": "google-oauth2", "redirect_uri": redirect, "state": "xyz",
            "code_challenge": challenge, "code_challenge_method": "S256", "scopes": ["openid"]
        })))
        .await
        .unwrap()
        .into_inner();
    let started = json_of(&started);
    // The provider's consent, stood in for: back to the redirect URI with a code and the state.
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let consent = http.get(started["connect_uri"].as_str().unwrap()).query(&[("ticket", started["connect_params"]["ticket"].as_str().unwrap())]).send().await.unwrap();
    assert!(consent.status().is_redirection());
    let location = url::Url::parse(consent.headers()["location"].to_str().unwrap()).unwrap();
    assert!(location.as_str().starts_with(redirect));
    let code = location.query_pairs().find(|(k, _)| k == "connect_code").unwrap().1.to_string();
    assert_eq!(location.query_pairs().find(|(k, _)| k == "state").unwrap().1, "xyz");

    // A wrong verifier is refused and changes nothing; the right one completes.
    let complete = |verifier: String| body::<generated_client::my_account::types::CompleteConnectedAccountsRequestContent>(json!({
        "auth_session": started["auth_session"], "connect_code": code, "redirect_uri": redirect, "code_verifier": verifier
    }));
    let (status, _) = refusal(r.client(ALICE).complete_connected_account_request(&complete("b".repeat(43))).await);
    assert_eq!(status, 400);
    let (status, _) = refusal(r.client(BOB).complete_connected_account_request(&complete(verifier.clone())).await);
    assert_eq!(status, 400);
    let account = json_of(&r.client(ALICE).complete_connected_account_request(&complete(verifier.clone())).await.unwrap().into_inner());
    assert_eq!((account["connection"].as_str(), account["access_type"].as_str()), (Some("google-oauth2"), Some("offline")));
    assert_eq!(account["scopes"], json!(["openid"]));

    let listed = json_of(&r.client(ALICE).get_connected_accounts(None, None, None).await.unwrap().into_inner());
    assert_eq!(listed["accounts"][0]["id"], account["id"]);
    let connections = json_of(&r.client(ALICE).get_connected_accounts_connections(None, None).await.unwrap().into_inner());
    assert_eq!(connections["connections"][0]["name"], "google-oauth2");
    let id = generated_client::my_account::types::ConnectedAccountId::new(account["id"].as_str().unwrap()).unwrap();
    let (status, err) = refusal(r.client(BOB).delete_connected_account(&id).await);
    assert_eq!((status, err["type"].as_str()), (400, Some("not_found")));
    assert_eq!(r.client(ALICE).delete_connected_account(&id).await.unwrap().status().as_u16(), 204);
    let listed = json_of(&r.client(ALICE).get_connected_accounts(None, None, None).await.unwrap().into_inner());
    assert_eq!(listed, json!({"accounts": []}));
}
