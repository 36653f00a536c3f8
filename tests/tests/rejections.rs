//! Each kind of constraint the spec states is enforced on decode, with an error that names the
//! field and points at it.

use generated_client::my_account::types::{
    CreateAuthenticationMethodRequestContent, CreateAuthenticationMethodResponseContent, PublicKeyCredentialCreationOptions,
    VerifyAuthenticationMethodRequestContent,
};
use generated_client::runtime::{decode, Decode, DecodeErrors};
use serde_json::{json, Value};

fn rejected<T: Decode + std::fmt::Debug>(v: Value) -> DecodeErrors {
    match decode::<T>(&v) {
        Ok(ok) => panic!("accepted {v} as {ok:?}"),
        Err(e) => e,
    }
}

/// The one issue at `pointer`, asserting its field name and that its message contains `says`.
fn assert_issue(errs: &DecodeErrors, pointer: &str, field: &str, says: &str) {
    let issue = errs.issues.iter().find(|i| i.pointer == pointer).unwrap_or_else(|| panic!("no issue at {pointer}: {errs}"));
    assert_eq!(issue.field.as_deref(), Some(field), "{errs}");
    assert!(issue.message.contains(says), "expected {says:?} in {:?}", issue.message);
    assert!(errs.to_string().contains(&format!("(field `{field}`)")), "{errs}");
}

#[test]
fn missing_required_field() {
    let errs = rejected::<CreateAuthenticationMethodRequestContent>(json!({"type": "email"}));
    assert_issue(&errs, "/email", "email", "missing required property");
}

#[test]
fn unknown_discriminator_value() {
    let errs = rejected::<CreateAuthenticationMethodRequestContent>(json!({"type": "carrier-pigeon"}));
    assert_issue(&errs, "/type", "type", "unknown value \"carrier-pigeon\"; expected one of: passkey, totp");
}

#[test]
fn extra_property_where_additional_properties_is_false() {
    let errs = rejected::<CreateAuthenticationMethodRequestContent>(json!({"type": "totp", "secret": "x"}));
    assert_issue(&errs, "/secret", "secret", "unknown property");
}

#[test]
fn wrong_type() {
    let errs = rejected::<CreateAuthenticationMethodRequestContent>(json!({"type": "phone", "phone_number": 15551234567i64}));
    assert_issue(&errs, "/phone_number", "phone_number", "expected a string, found a number");
}

#[test]
fn enum_value_outside_the_enum() {
    let errs = rejected::<CreateAuthenticationMethodRequestContent>(
        json!({"type": "phone", "phone_number": "+1555", "preferred_authentication_method": "fax"}),
    );
    assert_issue(&errs, "/preferred_authentication_method", "preferred_authentication_method", "expected one of: sms, voice");
}

#[test]
fn new_password_with_a_control_character() {
    let errs = rejected::<VerifyAuthenticationMethodRequestContent>(json!({"auth_session": "s", "new_password": "pass\u{7}word"}));
    assert_issue(&errs, "/new_password", "new_password", "must match the pattern");
}

#[test]
fn new_password_over_256_characters() {
    let errs = rejected::<VerifyAuthenticationMethodRequestContent>(json!({"auth_session": "s", "new_password": "p".repeat(257)}));
    assert_issue(&errs, "/new_password", "new_password", "at most 256 characters long, found 257");
    // Characters, not bytes: 256 two-byte characters are within the limit.
    decode::<VerifyAuthenticationMethodRequestContent>(&json!({"auth_session": "s", "new_password": "é".repeat(256)})).unwrap();
}

#[test]
fn attestation_object_over_2000_characters() {
    let errs = rejected::<VerifyAuthenticationMethodRequestContent>(json!({
        "auth_session": "s",
        "authn_response": {
            "id": "i", "rawId": "r", "type": "public-key",
            "response": {"attestationObject": "a".repeat(2001), "clientDataJSON": "c"}
        }
    }));
    assert_issue(&errs, "/authn_response/response/attestationObject", "attestationObject", "at most 2000 characters");
}

#[test]
fn connection_not_matching_its_pattern() {
    let errs = rejected::<CreateAuthenticationMethodRequestContent>(json!({"type": "password", "connection": "bad name!"}));
    assert_issue(&errs, "/connection", "connection", "must match the pattern ^[a-zA-Z0-9-]+$");
    let errs = rejected::<CreateAuthenticationMethodRequestContent>(json!({"type": "password", "connection": ""}));
    assert_issue(&errs, "/connection", "connection", "at least 1 characters");
}

#[test]
fn every_problem_is_reported_at_once() {
    let errs = rejected::<VerifyAuthenticationMethodRequestContent>(json!({
        "auth_session": "s",
        "authn_response": {"id": 1, "rawId": "r", "type": "public-key", "response": {"attestationObject": "a"}}
    }));
    let pointers: Vec<&str> = errs.issues.iter().map(|i| i.pointer.as_str()).collect();
    assert!(pointers.contains(&"/authn_response/id"), "{errs}");
    assert!(pointers.contains(&"/authn_response/response/clientDataJSON"), "{errs}");
}

#[test]
fn a_value_no_variant_accepts_says_why() {
    let errs = rejected::<CreateAuthenticationMethodResponseContent>(json!({"id": "x"}));
    let text = errs.to_string();
    assert!(text.contains("matches no variant of CreateAuthenticationMethodResponseContent"), "{text}");
    assert!(text.contains("MfaBase lacks auth_session"), "{text}");
}

#[test]
fn a_value_no_variant_takes_is_reported_field_by_field_against_the_nearest() {
    // The verify body without its session: the email/phone/TOTP shape is nearest (it has
    // `otp_code`), so the problem is the missing `auth_session`, named as a field.
    let errs = rejected::<VerifyAuthenticationMethodRequestContent>(json!({"otp_code": "123456"}));
    assert_issue(&errs, "/auth_session", "auth_session", "missing required property");
    let text = errs.to_string();
    assert!(text.contains("nearest is EmailOrPhoneOrTotp: EmailOrPhoneOrTotp lacks auth_session"), "{text}");
    assert_eq!(errs.issues.last().unwrap().pointer, "", "the summary follows the field issues: {text}");
}

#[test]
fn a_value_the_chosen_member_refuses_goes_to_another_member_that_takes_it() {
    // WebAuthn declares the most of these keys but refuses `[]` as its public key; the
    // email/phone member, open, accepts the value, and anyOf needs one member.
    let v = json!({"auth_session": "", "authn_params_public_key": [], "id": ""});
    let typed: CreateAuthenticationMethodResponseContent = decode(&v).unwrap();
    assert!(matches!(typed, CreateAuthenticationMethodResponseContent::MfaBase(_)), "{typed:?}");
    assert_eq!(serde_json::to_value(&typed).unwrap(), v, "the extra property is kept");
    // When no member takes it, the chosen member's problems are the ones reported.
    let errs = rejected::<CreateAuthenticationMethodResponseContent>(json!({"auth_session": 1, "authn_params_public_key": [], "id": ""}));
    assert!(errs.issues.iter().any(|i| i.pointer == "/auth_session"), "{errs}");
}

#[test]
fn numbers_and_timestamps_keep_their_form() {
    let v = json!({"challenge": "c", "pubKeyCredParams": [{"type": "public-key", "alg": -7}], "rp": {"name": "n"},
                   "user": {"id": "i", "name": "n", "displayName": "d"}, "timeout": 60000});
    let typed: PublicKeyCredentialCreationOptions = decode(&v).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), v);
    let text = serde_json::to_string(&typed).unwrap();
    assert!(text.contains(r#""alg":-7"#) && text.contains(r#""timeout":60000"#), "integers stay integers: {text}");
    let fractional = json!({"challenge": "c", "pubKeyCredParams": [], "rp": {"name": "n"}, "user": {"id": "i", "name": "n", "displayName": "d"}, "timeout": 1.5});
    let typed: PublicKeyCredentialCreationOptions = decode(&fractional).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), fractional);
    // Through serde too: the types' Deserialize is the checking decoder.
    let err = serde_json::from_value::<CreateAuthenticationMethodRequestContent>(json!({"type": "email"})).unwrap_err();
    assert!(err.to_string().contains("/email (field `email`): missing required property"), "{err}");
}

#[test]
fn open_objects_keep_properties_the_schema_does_not_declare() {
    let v = json!({"id": "x", "auth_session": "s", "barcode_uri": "otpauth://x", "future_field": {"a": [1, 2.5]}});
    let typed: CreateAuthenticationMethodResponseContent = decode(&v).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), v);
}
