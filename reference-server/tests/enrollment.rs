//! Every enrollable method type, started and confirmed through the generated client over
//! loopback, then listed, updated and deleted; and every refusal of a confirmation: forged,
//! replayed, expired and another user's sessions, wrong codes and the lockout, each password rule.

mod support;

use generated_client::my_account::types::{self, FactorTypeEnum};
use reference_server::{otp, Data};
use serde_json::{json, Value};
use support::*;

async fn create(r: &Running, user: &str, request: Value) -> (Value, String) {
    let answer = r.client(user).create_authentication_method(&body(request)).await.expect("enrollment starts");
    assert_eq!(answer.status().as_u16(), 202);
    let location = answer.headers()["location"].to_str().unwrap().to_string();
    (json_of(&answer.into_inner()), location)
}

async fn confirm(r: &Running, user: &str, id: &str, request: Value) -> Result<Value, (u16, Value)> {
    match r.client(user).confirm_authentication_method(id, &body(request)).await {
        Ok(answer) => {
            assert_eq!(answer.status().as_u16(), 201);
            Ok(json_of(&answer.into_inner()))
        }
        Err(e) => Err(refusal::<()>(Err(e))),
    }
}

fn totp_code(started: &Value, clock: &reference_server::clock::Clock) -> String {
    let secret = otp::base32_decode(started["manual_input_code"].as_str().unwrap()).unwrap();
    otp::totp_at(&secret, clock.now() as u64, otp::STEP_SECONDS, otp::DIGITS)
}

async fn listed(r: &Running, user: &str) -> Vec<Value> {
    let list = r.client(user).get_authentication_methods(None).await.unwrap().into_inner();
    json_of(&list)["authentication_methods"].as_array().cloned().unwrap_or_default()
}

#[tokio::test]
async fn totp_enrolls_in_two_steps_and_its_session_is_single_use() {
    let r = start(config(), Data::Memory).await;
    let (started, location) = create(&r, ALICE, json!({"type": "totp"})).await;
    let id = started["id"].as_str().unwrap().to_string();
    assert!(id.starts_with("totp|dev_"), "{id}");
    assert!(location.ends_with(&format!("/me/v1/authentication-methods/totp%7C{}", &id[5..])), "{location}");
    let uri = started["barcode_uri"].as_str().unwrap();
    assert!(uri.starts_with("otpauth://totp/local-tenant:auth0%7Calice?secret=") && uri.contains("&issuer=local-tenant"), "{uri}");
    assert_eq!(listed(&r, ALICE).await[0]["confirmed"], false);

    let session = started["auth_session"].as_str().unwrap();
    let code = totp_code(&started, &r.clock);
    let confirmed = confirm(&r, ALICE, &id, json!({"auth_session": session, "otp_code": code})).await.unwrap();
    assert_eq!((confirmed["id"].as_str(), confirmed["confirmed"].as_bool(), confirmed["type"].as_str()), (Some(id.as_str()), Some(true), Some("totp")));
    let got = json_of(&r.client(ALICE).get_authentication_method(&id).await.unwrap().into_inner());
    assert_eq!(got["confirmed"], true);
    // The same request again: the session was used.
    let (status, err) = confirm(&r, ALICE, &id, json!({"auth_session": session, "otp_code": code})).await.unwrap_err();
    assert_eq!((status, err["type"].as_str()), (400, Some("invalid_auth_session")));
}

#[tokio::test]
async fn forged_foreign_expired_and_mismatched_sessions_change_nothing() {
    let r = start(config(), Data::Memory).await;
    let (started, _) = create(&r, ALICE, json!({"type": "totp"})).await;
    let id = started["id"].as_str().unwrap();
    let session = started["auth_session"].as_str().unwrap();
    let code = totp_code(&started, &r.clock);
    let forged = confirm(&r, ALICE, id, json!({"auth_session": "Fe26.2**forged", "otp_code": code})).await.unwrap_err();
    assert_eq!(forged.0, 400);
    // Bob holds Alice's session and method id: refused exactly as a forged one, and Alice's
    // method is not even visible to him.
    let foreign = confirm(&r, BOB, id, json!({"auth_session": session, "otp_code": code})).await.unwrap_err();
    assert_eq!(foreign, forged);
    let (status, _) = refusal(r.client(BOB).get_authentication_method(id).await);
    assert_eq!(status, 404);
    // A session for another method of the same user.
    let (other, _) = create(&r, ALICE, json!({"type": "recovery-code"})).await;
    let mismatched = confirm(&r, ALICE, other["id"].as_str().unwrap(), json!({"auth_session": session})).await.unwrap_err();
    assert_eq!(mismatched, forged);
    // None of that touched the enrollment: it still confirms.
    assert!(confirm(&r, ALICE, id, json!({"auth_session": session, "otp_code": code})).await.is_ok());

    let (started, _) = create(&r, ALICE, json!({"type": "totp"})).await;
    r.clock.advance(301);
    let code = totp_code(&started, &r.clock);
    let expired = confirm(&r, ALICE, started["id"].as_str().unwrap(), json!({"auth_session": started["auth_session"], "otp_code": code})).await.unwrap_err();
    assert_eq!((expired.0, expired.1["type"].as_str()), (400, Some("expired_auth_session")));
    // The expired enrollment's pending method is gone with it.
    assert!(listed(&r, ALICE).await.iter().all(|m| m["id"] != started["id"]));
}

#[tokio::test]
async fn five_wrong_codes_void_an_email_enrollment() {
    let r = start(config(), Data::Memory).await;
    let (started, _) = create(&r, ALICE, json!({"type": "email", "email": "alice@example.com"})).await;
    let id = started["id"].as_str().unwrap();
    let code = r.last_code(ALICE);
    assert_eq!(code.len(), 6);
    assert_eq!(r.last_message(ALICE).destination, "alice@example.com");
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for attempt in 1..=4 {
        let (status, err) = confirm(&r, ALICE, id, json!({"auth_session": started["auth_session"], "otp_code": wrong})).await.unwrap_err();
        assert_eq!((status, err["type"].as_str()), (400, Some("invalid_otp_code")), "attempt {attempt}");
    }
    let (status, err) = confirm(&r, ALICE, id, json!({"auth_session": started["auth_session"], "otp_code": wrong})).await.unwrap_err();
    assert_eq!((status, err["type"].as_str()), (400, Some("too_many_attempts")));
    // Void: the right code no longer helps, and the pending method is gone.
    let (status, _) = confirm(&r, ALICE, id, json!({"auth_session": started["auth_session"], "otp_code": code})).await.unwrap_err();
    assert_eq!(status, 400);
    assert!(listed(&r, ALICE).await.is_empty());
}

#[tokio::test]
async fn email_and_phone_codes_confirm_and_expire() {
    let r = start(config(), Data::Memory).await;
    let (started, _) = create(&r, ALICE, json!({"type": "email", "email": "alice@example.com"})).await;
    let confirmed = confirm(&r, ALICE, started["id"].as_str().unwrap(), json!({"auth_session": started["auth_session"], "otp_code": r.last_code(ALICE)})).await.unwrap();
    assert_eq!((confirmed["type"].as_str(), confirmed["email"].as_str(), confirmed["confirmed"].as_bool()), (Some("email"), Some("alice@example.com"), Some(true)));

    let (started, _) = create(&r, ALICE, json!({"type": "phone", "phone_number": "+15555550100", "preferred_authentication_method": "voice"})).await;
    let message = r.last_message(ALICE);
    assert_eq!((message.channel.as_str(), message.destination.as_str()), ("voice", "+15555550100"));
    let confirmed = confirm(&r, ALICE, started["id"].as_str().unwrap(), json!({"auth_session": started["auth_session"], "otp_code": r.last_code(ALICE)})).await.unwrap();
    assert_eq!(confirmed["preferred_authentication_method"], "voice");

    // A code expires before its session would (both five minutes by default: the code first).
    let mut c = config();
    c.code_seconds = 60;
    let r = start(c, Data::Memory).await;
    let (started, _) = create(&r, ALICE, json!({"type": "phone", "phone_number": "+15555550100"})).await;
    r.clock.advance(61);
    let (status, err) = confirm(&r, ALICE, started["id"].as_str().unwrap(), json!({"auth_session": started["auth_session"], "otp_code": r.last_code(ALICE)})).await.unwrap_err();
    assert_eq!((status, err["type"].as_str()), (400, Some("expired_otp_code")));
}

#[tokio::test]
async fn recovery_code_and_push_notification() {
    let r = start(config(), Data::Memory).await;
    let (started, _) = create(&r, ALICE, json!({"type": "recovery-code"})).await;
    let code = started["recovery_code"].as_str().unwrap();
    assert_eq!(code.len(), 24);
    // Stored only as a hash: the database has no copy of the code.
    let stored = r.server.app.store.tx(|tx| reference_server::store::Queries::methods_of(tx, ALICE)).unwrap();
    assert!(stored.iter().all(|m| !String::from_utf8_lossy(m.secret.as_deref().unwrap_or_default()).contains(code)));
    let confirmed = confirm(&r, ALICE, started["id"].as_str().unwrap(), json!({"auth_session": started["auth_session"]})).await.unwrap();
    assert_eq!((confirmed["type"].as_str(), confirmed["confirmed"].as_bool()), (Some("recovery-code"), Some(true)));

    let (started, _) = create(&r, ALICE, json!({"type": "push-notification"})).await;
    assert!(started["barcode_uri"].as_str().unwrap().starts_with("otpauth://"));
    let id = started["id"].as_str().unwrap();
    let (status, err) = confirm(&r, ALICE, id, json!({"auth_session": started["auth_session"]})).await.unwrap_err();
    assert_eq!((status, err["type"].as_str()), (400, Some("authorization_pending")));
    // The developer approves the push at the local endpoint.
    let push = r.last_message(ALICE);
    assert_eq!(push.channel, "push");
    let approved = reqwest::Client::new().post(format!("http://{}/_local/outbox/{}/approve", r.addr, push.id)).send().await.unwrap();
    assert_eq!(approved.status().as_u16(), 204);
    let outbox: Value = reqwest::get(format!("http://{}/_local/outbox", r.addr)).await.unwrap().json().await.unwrap();
    assert!(outbox.as_array().unwrap().iter().any(|m| m["id"] == push.id && m["approved"] == true));
    let confirmed = confirm(&r, ALICE, id, json!({"auth_session": started["auth_session"]})).await.unwrap();
    assert_eq!(confirmed["type"], "push-notification");
}

#[tokio::test]
async fn passwords_meet_every_rule_of_the_policy_and_the_history() {
    let r = start(config(), Data::Memory).await;
    let (started, location) = create(&r, ALICE, json!({"type": "password"})).await;
    assert_eq!(started["id"], "password|new");
    assert!(location.ends_with("/authentication-methods/password%7Cnew"));
    assert_eq!(started["policy"], reference_server::default_policy_json());
    let session = started["auth_session"].clone();
    // Seven characters, one type only, three identical, a sequence, and the user's name.
    let (status, err) = confirm(&r, ALICE, "password|new", json!({"auth_session": session, "new_password": "aaabcde"})).await.unwrap_err();
    assert_eq!((status, err["type"].as_str()), (400, Some("password_policy")));
    let rules: Vec<&str> = err["validation_errors"].as_array().unwrap().iter().map(|e| e["detail"].as_str().unwrap().split(':').next().unwrap()).collect();
    assert_eq!(rules, ["min_length", "character_types", "identical_characters", "sequential_characters"]);
    assert!(err["validation_errors"].as_array().unwrap().iter().all(|e| e["field"] == "new_password" && e["pointer"] == "/new_password"));
    let (_, err) = confirm(&r, ALICE, "password|new", json!({"auth_session": session, "new_password": "Alice-Liddell-9"})).await.unwrap_err();
    assert!(err["validation_errors"][0]["detail"].as_str().unwrap().starts_with("profile_data"), "{err}");
    let (_, err) = confirm(&r, ALICE, "password|new", json!({"auth_session": session, "new_password": "password"})).await.unwrap_err();
    assert!(err["validation_errors"].as_array().unwrap().iter().any(|e| e["detail"].as_str().unwrap().starts_with("dictionary")), "{err}");

    let confirmed = confirm(&r, ALICE, "password|new", json!({"auth_session": session, "new_password": "Tr0ub4dor&Horse"})).await.unwrap();
    assert_eq!((confirmed["type"].as_str(), confirmed["identity_user_id"].as_str()), (Some("password"), Some("alice")));
    // The same password again is refused by the history, another one is taken.
    let (started, _) = create(&r, ALICE, json!({"type": "password"})).await;
    let (_, err) = confirm(&r, ALICE, "password|new", json!({"auth_session": started["auth_session"], "new_password": "Tr0ub4dor&Horse"})).await.unwrap_err();
    assert!(err["validation_errors"][0]["detail"].as_str().unwrap().starts_with("history"), "{err}");
    assert!(confirm(&r, ALICE, "password|new", json!({"auth_session": started["auth_session"], "new_password": "Correct-Horse-7"})).await.is_ok());
    assert_eq!(listed(&r, ALICE).await.iter().filter(|m| m["type"] == "password").count(), 1);
}

#[tokio::test]
async fn list_filter_update_and_delete() {
    let r = start(config(), Data::Memory).await;
    let (phone, _) = create(&r, ALICE, json!({"type": "phone", "phone_number": "+15555550100"})).await;
    let id = phone["id"].as_str().unwrap();
    confirm(&r, ALICE, id, json!({"auth_session": phone["auth_session"], "otp_code": r.last_code(ALICE)})).await.unwrap();
    create(&r, ALICE, json!({"type": "recovery-code"})).await;
    let phones = r.client(ALICE).get_authentication_methods(Some(&FactorTypeEnum::Phone)).await.unwrap().into_inner();
    assert_eq!(json_of(&phones)["authentication_methods"].as_array().unwrap().len(), 1);

    // PATCH changes what the body names and leaves the rest alone.
    let named = r.client(ALICE).update_authentication_method(id, &body(json!({"name": "Work phone"}))).await.unwrap().into_inner();
    assert_eq!((json_of(&named)["name"].as_str(), json_of(&named)["preferred_authentication_method"].as_str()), (Some("Work phone"), Some("sms")));
    let voice = r.client(ALICE).update_authentication_method(id, &types::UpdateAuthenticationMethodRequestContent::new()).await.unwrap().into_inner();
    assert_eq!(json_of(&voice)["name"], "Work phone");
    let voice = r.client(ALICE).update_authentication_method(id, &body(json!({"preferred_authentication_method": "voice"}))).await.unwrap().into_inner();
    assert_eq!((json_of(&voice)["name"].as_str(), json_of(&voice)["preferred_authentication_method"].as_str()), (Some("Work phone"), Some("voice")));
    // Another user's id is the answer an unknown id gets: 404 where the operation documents it
    // (the reads), else the documented 400, with the same body.
    let (status, err) = refusal(r.client(BOB).update_authentication_method(id, &body(json!({"name": "mine"}))).await);
    assert_eq!((status, err["type"].as_str()), (400, Some("not_found")));
    let unknown = refusal(r.client(ALICE).update_authentication_method("phone|dev_nope", &body(json!({"name": "mine"}))).await);
    assert_eq!(unknown, (status, err));
    let (status, err) = refusal(r.client(BOB).delete_authentication_method(id).await);
    assert_eq!((status, err["type"].as_str()), (400, Some("not_found")));
    assert_eq!(r.client(ALICE).delete_authentication_method(id).await.unwrap().status().as_u16(), 204);
    let (status, _) = refusal(r.client(ALICE).get_authentication_method(id).await);
    assert_eq!(status, 404);

    // The last password cannot go: the user could not sign in again.
    let (started, _) = create(&r, ALICE, json!({"type": "password"})).await;
    let password = confirm(&r, ALICE, "password|new", json!({"auth_session": started["auth_session"], "new_password": "Tr0ub4dor&Horse"})).await.unwrap();
    let (status, err) = refusal(r.client(ALICE).delete_authentication_method(password["id"].as_str().unwrap()).await);
    assert_eq!((status, err["type"].as_str()), (409, Some("conflict")));
}

#[tokio::test]
async fn webauthn_types_are_not_enrollable_and_disabled_factors_are_refused() {
    let mut c = config();
    c.factors = vec!["totp".into(), "webauthn-roaming".into()];
    let r = start(c, Data::Memory).await;
    let factors = json_of(&r.client(ALICE).get_factors().await.unwrap().into_inner());
    assert_eq!(factors, json!({"factors": [{"type": "totp", "usage": ["secondary"]}, {"type": "webauthn-roaming", "usage": ["secondary"]}]}));
    // A disabled factor is refused by the handler.
    let (status, err) = refusal(r.client(ALICE).create_authentication_method(&body(json!({"type": "email", "email": "a@example.com"}))).await);
    assert_eq!((status, err["type"].as_str()), (400, Some("factor_not_enabled")));
}

#[tokio::test]
async fn a_restart_keeps_every_enrolled_method_and_the_signing_key() {
    let dir = tempfile::tempdir().unwrap();
    let first = start(config(), Data::Dir(dir.path().to_path_buf())).await;
    let token = first.all_scopes(ALICE);
    let (started, _) = create(&first, ALICE, json!({"type": "totp"})).await;
    let id = started["id"].as_str().unwrap().to_string();
    confirm(&first, ALICE, &id, json!({"auth_session": started["auth_session"], "otp_code": totp_code(&started, &first.clock)})).await.unwrap();
    drop(first);
    let second = start(config(), Data::Dir(dir.path().to_path_buf())).await;
    let client = second.client_with(&token, generated_client::runtime::retry::RetryPolicy::none());
    let got = json_of(&client.get_authentication_method(&id).await.unwrap().into_inner());
    assert_eq!(got["confirmed"], true);
    // The TOTP secret is sealed in the database; its key is a file beside it, not in it.
    let db = std::fs::read(dir.path().join("my-account.sqlite")).unwrap();
    let secret = started["manual_input_code"].as_str().unwrap();
    assert!(!db.windows(secret.len()).any(|w| w == secret.as_bytes()));
    assert!(dir.path().join("sealing.key").is_file() && dir.path().join("signing-key.pem").is_file());
}

#[tokio::test]
async fn a_new_enrollment_replaces_the_pending_one_and_methods_are_capped_at_the_lists_limit() {
    let r = start(config(), Data::Memory).await;
    let (first, _) = create(&r, ALICE, json!({"type": "totp"})).await;
    let (second, _) = create(&r, ALICE, json!({"type": "totp"})).await;
    let ids: Vec<Value> = listed(&r, ALICE).await.iter().map(|m| m["id"].clone()).collect();
    assert_eq!(ids, vec![second["id"].clone()]);
    let (status, _) = confirm(&r, ALICE, first["id"].as_str().unwrap(), json!({"auth_session": first["auth_session"], "otp_code": totp_code(&first, &r.clock)})).await.unwrap_err();
    assert_eq!(status, 400);
    // Confirmed methods count toward the limit of the list (20 items).
    for _ in 0..19 {
        let (started, _) = create(&r, ALICE, json!({"type": "recovery-code"})).await;
        confirm(&r, ALICE, started["id"].as_str().unwrap(), json!({"auth_session": started["auth_session"]})).await.unwrap();
    }
    assert_eq!(listed(&r, ALICE).await.len(), 20);
    let (status, err) = refusal(r.client(ALICE).create_authentication_method(&body(json!({"type": "recovery-code"}))).await);
    assert_eq!((status, err["type"].as_str()), (400, Some("too_many_methods")));
}

#[tokio::test]
async fn seeded_webauthn_keys_are_listed_and_deleted_and_stay_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let r = start(config(), Data::Dir(dir.path().to_path_buf())).await;
    let methods = listed(&r, CAROL).await;
    assert_eq!((methods[0]["type"].as_str(), methods[0]["name"].as_str()), (Some("webauthn-roaming"), Some("YubiKey")));
    // Not enrollable: the create request has no webauthn-roaming member, so the router refuses it.
    let refused = reqwest::Client::new()
        .post(format!("{}/authentication-methods", r.base()))
        .bearer_auth(r.all_scopes(CAROL))
        .json(&json!({"type": "webauthn-roaming"}))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status().as_u16(), 400);
    assert_eq!(r.client(CAROL).delete_authentication_method("webauthn-roaming|dev_key1").await.unwrap().status().as_u16(), 204);
    drop(r);
    let again = start(config(), Data::Dir(dir.path().to_path_buf())).await;
    assert!(listed(&again, CAROL).await.is_empty());
}

#[tokio::test]
async fn two_confirmations_racing_with_one_session_confirm_once() {
    let r = start(config(), Data::Memory).await;
    for _ in 0..5 {
        let (started, _) = create(&r, ALICE, json!({"type": "recovery-code"})).await;
        let id = started["id"].as_str().unwrap();
        let request = json!({"auth_session": started["auth_session"]});
        let (a, b) = tokio::join!(confirm(&r, ALICE, id, request.clone()), confirm(&r, ALICE, id, request.clone()));
        assert_eq!([a.is_ok(), b.is_ok()].iter().filter(|ok| **ok).count(), 1, "{a:?} {b:?}");
    }
}
