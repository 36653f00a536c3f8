//! Broken specs fail with an error that names the file, the line and the JSON pointer; never a panic.

use generator::{generate, Settings, SpecSource};

fn fail(text: &str) -> String {
    let spec = SpecSource { path: "openapi/broken.yaml".into(), text: text.into() };
    match generate(&[spec], &Settings::default()) {
        Ok(_) => panic!("generation should have failed for:\n{text}"),
        Err(e) => e.to_string(),
    }
}

const HEAD: &str = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n";

#[test]
fn invalid_yaml() {
    let err = fail("openapi: 3.1.0\ninfo: {title: T\npaths: {}\n");
    assert!(err.starts_with("openapi/broken.yaml:3:"), "{err}");
    assert!(err.contains("invalid YAML"), "{err}");
}

#[test]
fn dangling_ref() {
    let err = fail(&format!("{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        b:\n          $ref: '#/components/schemas/Missing'\n"));
    assert_eq!(
        err,
        "openapi/broken.yaml:9 at #/components/schemas/A/properties/b: `$ref` to `#/components/schemas/Missing` points at nothing in this document"
    );
}

#[test]
fn ref_cycle() {
    let err = fail(&format!("{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    A:\n      $ref: '#/components/schemas/B'\n    B:\n      $ref: '#/components/schemas/A'\n"));
    assert_eq!(
        err,
        "openapi/broken.yaml:6 at #/components/schemas/A: `$ref` cycle: #/components/schemas/B -> #/components/schemas/A -> #/components/schemas/B"
    );
}

#[test]
fn allof_that_contains_itself() {
    let err = fail(&format!("{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    A:\n      allOf:\n        - $ref: '#/components/schemas/B'\n    B:\n      allOf:\n        - $ref: '#/components/schemas/A'\n"));
    assert!(err.contains("allOf contains itself"), "{err}");
    assert!(err.starts_with("openapi/broken.yaml:"), "{err}");
}

#[test]
fn mapping_to_missing_schema() {
    let err = fail(&format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    U:\n      oneOf:\n        - $ref: '#/components/schemas/A'\n      discriminator:\n        propertyName: kind\n        mapping:\n          a: '#/components/schemas/Gone'\n    A:\n      type: object\n      properties:\n        kind: {{const: a}}\n"
    ));
    assert_eq!(
        err,
        "openapi/broken.yaml:12 at #/components/schemas/U/discriminator/mapping/a: discriminator mapping `a` points at `#/components/schemas/Gone`, which is not a schema of this document"
    );
}

#[test]
fn duplicate_operation_ids() {
    let err = fail(&format!("{HEAD}paths:\n  /a:\n    get:\n      operationId: same\n      responses: {{'204': {{description: ok}}}}\n  /b:\n    get:\n      operationId: same\n      responses: {{'204': {{description: ok}}}}\n"));
    assert_eq!(err, "openapi/broken.yaml:10 at #/paths/~1b/get/operationId: operationId `same` is used twice (first at openapi/broken.yaml:6 at #/paths/~1a/get/operationId)");
}

#[test]
fn external_ref() {
    let err = fail(&format!("{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    A:\n      $ref: 'other.yaml#/components/schemas/A'\n"));
    assert!(err.contains("outside this document"), "{err}");
    assert!(err.starts_with("openapi/broken.yaml:6 at #/components/schemas/A"), "{err}");
}

#[test]
fn swagger_two() {
    let err = fail("swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n");
    assert_eq!(err, "openapi/broken.yaml:1 at #/openapi: not supported: Swagger 2.0 documents; convert to OpenAPI 3 first");
}

#[test]
fn not_a_mapping() {
    let err = fail("- just\n- a list\n");
    assert_eq!(err, "openapi/broken.yaml:1 at #: an OpenAPI document must be a mapping at the top level");
}

#[test]
fn all_of_members_that_no_value_can_satisfy() {
    let spec = format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    A:\n      allOf:\n        - properties:\n            n: {{type: string}}\n        - properties:\n            n: {{type: integer}}\n"
    );
    let err = fail(&spec);
    assert_eq!(
        err,
        "openapi/broken.yaml:11 at #/components/schemas/A/allOf/1/properties/n: allOf members define property `n` with incompatible types: \
         string at #/components/schemas/A/allOf/0/properties/n and integer at #/components/schemas/A/allOf/1/properties/n; no value satisfies both"
    );
    let spec = format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    A:\n      allOf:\n        - properties:\n            n: {{enum: [a, b]}}\n        - properties:\n            n: {{const: c}}\n"
    );
    assert!(fail(&spec).contains("values that have nothing in common"), "{}", fail(&spec));
}
