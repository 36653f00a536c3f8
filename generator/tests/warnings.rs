//! What the generator accepts with a warning rather than refusing.

use generator::{generate, Settings, SpecSource};

#[test]
fn an_error_schema_the_router_cannot_fill_falls_back_to_problem_details() {
    let text = "\
openapi: 3.1.0
info: {title: T, version: '1'}
paths:
  /a:
    get:
      operationId: getA
      responses:
        '204': {description: ok}
        '400':
          description: bad
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Envelope'}
components:
  schemas:
    Envelope:
      type: object
      properties:
        error:
          type: object
          properties: {code: {type: integer}, message: {type: string}}
      required: [error]
";
    let out = generate(&[SpecSource { path: "openapi/t.yaml".into(), text: text.into() }], &Settings::default()).unwrap();
    let warning = out.warnings.iter().map(|w| w.to_string()).find(|w| w.contains("cannot fill the error schema Envelope")).expect("a warning");
    assert!(warning.contains("RFC 9457 problem details"), "{warning}");
    assert!(out.files["generated-server-stubs/src/t.rs"].contains("pub fn problem_body(p: &Problem) -> serde_json::Value"));
}
