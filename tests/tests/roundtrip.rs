//! Every documented example of every spec in openapi/ goes through its generated type and comes
//! back equal as JSON; a snapshot records the type and variant each one landed in.

use workspace_tests::{openapi_files, roundtrip_examples};

fn roundtrip_all() -> Vec<String> {
    roundtrip_examples!(generated_client, openapi_files())
        .unwrap_or_else(|failures| panic!("{} example(s) failed:\n{}", failures.len(), failures.join("\n")))
}

#[test]
fn every_documented_example_round_trips_exactly() {
    let lines = roundtrip_all();
    assert!(!lines.is_empty(), "no example found under openapi/");
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn examples_land_in_the_most_specific_variant() {
    let lines = roundtrip_all();
    let landed = |op: &str, place: &str, name: &str| {
        let prefix = format!("openapi/my-account.yaml {op} {place} {name} -> ");
        lines.iter().find_map(|l| l.strip_prefix(&prefix)).unwrap_or_else(|| panic!("no example {op} {place} {name}")).to_string()
    };
    // The enrollment response with a QR code must not fall into the bare id-and-session variant.
    assert_eq!(landed("createAuthenticationMethod", "202", "totp"), "CreateAuthenticationMethodResponseContent::QrCode");
    assert_eq!(landed("createAuthenticationMethod", "202", "push-notification"), "CreateAuthenticationMethodResponseContent::QrCode");
    assert_eq!(landed("createAuthenticationMethod", "202", "email"), "CreateAuthenticationMethodResponseContent::MfaBase");
    assert_eq!(landed("createAuthenticationMethod", "202", "passkey"), "CreateAuthenticationMethodResponseContent::Passkey");
    assert_eq!(landed("createAuthenticationMethod", "202", "recovery-code"), "CreateAuthenticationMethodResponseContent::RecoveryCode");
    assert_eq!(landed("createAuthenticationMethod", "202", "password"), "CreateAuthenticationMethodResponseContent::Password");
    // Identical shapes share a variant that names every member it stands for.
    assert_eq!(landed("confirmAuthenticationMethod", "request", "totp"), "VerifyAuthenticationMethodRequestContent::EmailOrPhoneOrTotp");
    assert_eq!(landed("confirmAuthenticationMethod", "request", "passkey"), "VerifyAuthenticationMethodRequestContent::PasskeyOrWebauthnPlatformOrWebauthnRoaming");
    assert_eq!(landed("confirmAuthenticationMethod", "201", "phone"), "VerifyAuthenticationMethodResponseContent::Phone");
}

#[test]
fn every_spec_file_is_generated_and_nothing_else() {
    let generated: Vec<&str> = generated_client::SPECS.iter().map(|s| s.file).collect();
    assert_eq!(openapi_files(), generated);
}
