//! Every documented example of every spec in openapi/ goes through its generated type and comes
//! back equal as JSON; a snapshot records the type and variant each one landed in.

use generated_client::runtime::SpecInfo;
use workspace_tests::{discover_examples, load_spec, spec_files, workspace_root, ExampleLocation};

fn relative(path: &std::path::Path) -> String {
    path.strip_prefix(workspace_root()).unwrap_or(path).to_string_lossy().replace('\\', "/")
}

fn spec_info(file: &str) -> &'static SpecInfo {
    generated_client::SPECS
        .iter()
        .find(|s| s.file == file)
        .unwrap_or_else(|| panic!("{file} has no generated code; run `cargo xtask regen`"))
}

/// Runs every example of every spec; returns one line per example: where it is and where it landed.
fn roundtrip_all() -> Vec<String> {
    let mut lines = Vec::new();
    let mut failures = Vec::new();
    for path in spec_files() {
        let file = relative(&path);
        let info = spec_info(&file);
        let spec = load_spec(&path);
        for ex in discover_examples(&spec) {
            let op = info
                .operations
                .iter()
                .find(|o| o.operation_id == ex.operation_id)
                .unwrap_or_else(|| panic!("{file}: operation {} is not in the generated code", ex.operation_id));
            let (place, schema) = match &ex.location {
                ExampleLocation::RequestBody => ("request", op.request.map(|b| b.schema)),
                ExampleLocation::Response { status } => {
                    (status.as_str(), op.responses.iter().find(|r| r.status == status).and_then(|r| r.schema))
                }
            };
            let schema = schema.unwrap_or_else(|| panic!("{file} {}: {place} has an example but no named schema", ex.operation_id));
            let label = format!("{file} {} {place} {}", ex.operation_id, ex.name);
            match (info.roundtrip)(schema, &ex.value) {
                None => failures.push(format!("{label}: no generated type for schema {schema}")),
                Some(Err(errs)) => failures.push(format!("{label}: rejected: {errs}")),
                Some(Ok(rt)) if rt.value != ex.value => {
                    failures.push(format!("{label}: changed on the way through\n  in:  {}\n  out: {}", ex.value, rt.value))
                }
                Some(Ok(rt)) => lines.push(format!("{label} -> {}", rt.landed_in)),
            }
        }
    }
    assert!(failures.is_empty(), "{} example(s) failed:\n{}", failures.len(), failures.join("\n"));
    lines
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
    let files: Vec<String> = spec_files().iter().map(|p| relative(p)).collect();
    let generated: Vec<&str> = generated_client::SPECS.iter().map(|s| s.file).collect();
    assert_eq!(files, generated);
}
