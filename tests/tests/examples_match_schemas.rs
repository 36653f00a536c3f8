//! Every documented example of every spec in openapi/ is valid against its schema, checked by a
//! JSON Schema validator that is not our generated code, so an example cannot agree with the
//! generated types while disagreeing with the spec. Where a published example does not match its
//! own schema, the spec records it under `x-known-defects` (the example itself stays as published).

use serde_json::{json, Value};
use workspace_tests::{discover_examples, load_spec, spec_files, workspace_root, ExampleLocation};

/// The schema reference of the media type an example belongs to.
fn schema_of(spec: &Value, pointer: &str) -> Option<Value> {
    // `.../content/<type>/examples/<name>/value` or `.../content/<type>/example`
    let media = match pointer.rsplit_once("/examples/") {
        Some((media, _)) => media.to_string(),
        None => pointer.trim_end_matches("/example").to_string(),
    };
    spec.pointer(&format!("{media}/schema")).cloned()
}

/// The examples a spec declares it knows to be wrong: `x-known-defects: [{example: <pointer>, why: ...}]`.
fn known_defects(spec: &Value) -> Vec<String> {
    spec.get("x-known-defects")
        .and_then(Value::as_array)
        .map(|list| list.iter().filter_map(|d| d.get("example").and_then(Value::as_str).map(str::to_string)).collect())
        .unwrap_or_default()
}

#[test]
fn every_example_is_valid_against_its_schema() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for path in spec_files() {
        let spec = load_spec(&path);
        let file = path.strip_prefix(workspace_root()).unwrap().display().to_string();
        let known = known_defects(&spec);
        for ex in discover_examples(&spec) {
            let Some(schema) = schema_of(&spec, &ex.pointer) else { continue };
            // The whole document is the schema's resource, so `#/components/...` references resolve.
            let mut root = json!({ "$schema": "https://json-schema.org/draft/2020-12/schema", "components": spec["components"].clone() });
            for (k, v) in schema.as_object().cloned().unwrap_or_default() {
                root[k] = v;
            }
            let validator = jsonschema::validator_for(&root).unwrap_or_else(|e| panic!("{file} {}: schema does not compile: {e}", ex.pointer));
            let errors: Vec<String> = validator.iter_errors(&ex.value).map(|e| format!("{} at {}", e, e.instance_path())).collect();
            checked += 1;
            let place = match &ex.location {
                ExampleLocation::RequestBody => "request".to_string(),
                ExampleLocation::Response { status } => status.clone(),
            };
            match (errors.is_empty(), known.contains(&ex.pointer)) {
                (true, false) => {}
                (false, true) => println!("known defect, still present: {file} {} {place} {}", ex.operation_id, ex.name),
                (true, true) => failures.push(format!("{file}: {} is listed in x-known-defects but is valid now; remove it from the list", ex.pointer)),
                (false, false) => failures.push(format!("{file} {} {place} {} ({}): {}", ex.operation_id, ex.name, ex.pointer, errors.join("; "))),
            }
        }
    }
    assert!(checked > 0, "no example found");
    assert!(failures.is_empty(), "{} example(s) do not match their schema:\n{}", failures.len(), failures.join("\n"));
}

/// The validator is strict where it matters: a broken example is caught.
#[test]
fn a_broken_example_is_caught() {
    let spec = load_spec(&workspace_root().join("openapi/my-account.yaml"));
    let root = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "components": spec["components"].clone(),
        "$ref": "#/components/schemas/VerifyAuthenticationMethodRequestContent"
    });
    let validator = jsonschema::validator_for(&root).unwrap();
    assert!(validator.is_valid(&json!({"auth_session": "s", "otp_code": "123456"})));
    assert!(!validator.is_valid(&json!({"auth_session": "s", "new_password": "x".repeat(300)})));
    assert!(!validator.is_valid(&json!({"otp_code": "123456"})));
}
