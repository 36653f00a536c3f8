//! Constructs the generator does not take: each fixture under `tests/fixtures/unsupported/` fails
//! with a message that names the construct and its JSON pointer, pinned here.

use generator::{generate, Settings, SpecSource};

fn error_for(name: &str) -> String {
    let path = format!("{}/tests/fixtures/unsupported/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    match generate(&[SpecSource { path: format!("fixtures/unsupported/{name}"), text }], &Settings::default()) {
        Ok(_) => panic!("{name} generated, but is meant to be unsupported"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn swagger_file_type() {
    assert_eq!(error_for("swagger-file-type.yaml"), "fixtures/unsupported/swagger-file-type.yaml:9 at #/components/schemas/Upload/properties/content/type: not supported: type `file`");
}

#[test]
fn every_unsupported_fixture_is_pinned() {
    let dir = format!("{}/tests/fixtures/unsupported", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["swagger-file-type.yaml"], "add a test for each new fixture");
}
