//! The warnings of the generator's fixture corpus, pinned: each fixture shows a construct, and
//! what the generator says about it is part of what it shows.

use generator::{generate, Settings, SpecSource};

fn warnings_of(name: &str) -> Vec<String> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let out = generate(&[SpecSource { path: format!("fixtures/{name}"), text }], &Settings::default()).unwrap_or_else(|e| panic!("{e}"));
    out.warnings.iter().map(ToString::to_string).collect()
}

#[test]
fn real_world_unions() {
    insta::assert_snapshot!(warnings_of("real-world-unions.yaml").join("\n"), @r#"
    fixtures/real-world-unions.yaml:73 at #/paths/~1status/get/responses/200/content/application~1json: `application/json` documents no schema: the body is any JSON value (`serde_json::Value`)
    fixtures/real-world-unions.yaml:106 at #/components/schemas/EffectReport/properties/rows: union EffectReportRows is ambiguous for some values: Array and Array2 take non-object values of the same JSON type; Array is tried first, Array2 when it refuses the value; such a value goes to the variant that declares more of its properties, then to the first listed
    fixtures/real-world-unions.yaml:238 at #/components/schemas/Grant: discriminator `grant_type` value `authorization_code` belongs to AuthorizationCodeGrant and AuthorizationCodePKCEGrant; a value tagged `authorization_code` is decided among them by its keys
    fixtures/real-world-unions.yaml:272 at #/components/schemas/Unchecked/pattern: pattern "(?<=a)b(?" is not an ECMA-262 regular expression (Invalid token at named capture group identifier); values are not checked against it
    "#);
}

#[test]
fn real_world_shapes() {
    insta::assert_snapshot!(warnings_of("real-world-shapes.yaml").join("\n"));
}

#[test]
fn every_fixture_generates_and_says_the_same_each_time() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "yaml"))
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        assert_eq!(warnings_of(&name), warnings_of(&name), "{name}");
    }
}
