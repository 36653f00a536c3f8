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

#[test]
fn header_names_that_are_not_http_tokens_are_warned_of_where_they_are() {
    let text = "\
openapi: 3.1.0
info: {title: T, version: '1'}
paths:
  /a:
    get:
      operationId: getA
      parameters:
        - {name: X Trace, in: header, schema: {type: string}}
        - {name: X-Request-Id, in: header, schema: {type: string}}
      responses:
        '200':
          description: ok
          headers:
            Rate/Limit: {schema: {type: integer}}
            Rate-Limit: {schema: {type: integer}}
";
    let out = generate(&[SpecSource { path: "openapi/t.yaml".into(), text: text.into() }], &Settings::default()).unwrap();
    let warnings: Vec<String> = out.warnings.iter().map(|w| w.to_string()).filter(|w| w.contains("is not an HTTP token")).collect();
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert!(warnings[0].starts_with("openapi/t.yaml:8 at #/paths/~1a/get/parameters/0/name:"), "{}", warnings[0]);
    assert!(warnings[0].contains("\"X Trace\"") && warnings[0].contains("the server finds it absent"), "{}", warnings[0]);
    assert!(warnings[1].starts_with("openapi/t.yaml:14 at #/paths/~1a/get/responses/200/headers/Rate~1Limit:"), "{}", warnings[1]);
    assert!(warnings[1].contains("answers 500"), "{}", warnings[1]);
}
