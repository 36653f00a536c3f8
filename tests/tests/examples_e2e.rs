//! Every spec in openapi/, end to end over HTTP on 127.0.0.1, without naming one: the generated
//! example server answers each operation from the spec's documented examples (checking that each
//! request body is exactly the example's), and the generated client sends every example and
//! decodes what comes back. A new spec or example is covered without touching this file.

use workspace_tests::{openapi_files, replay_examples};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_example_of_every_spec_goes_through_client_and_server() {
    let result: Result<usize, Vec<String>> = replay_examples!(generated_client, generated_server_stubs, openapi_files());
    match result {
        Ok(sent) => assert!(sent > 0, "no example was sent"),
        Err(failures) => panic!("{} example(s) failed end to end:\n{}", failures.len(), failures.join("\n")),
    }
}

/// Every operation of every spec, called once through the typed client without asking for an
/// example: the example server answers each with a documented success, its body a documented
/// example or a value made from the schema, and the client decodes it into its documented type.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_answers_a_success_the_client_decodes() {
    use generated_server_stubs::server_runtime::{AuthError, Authenticator, Credential, Principal, RequestHead};

    struct AllScopes;
    impl Authenticator for AllScopes {
        async fn authenticate(&self, _: Credential, _: &RequestHead) -> Result<Principal, AuthError> {
            let scopes = generated_client::SPECS.iter().flat_map(|s| s.operations).flat_map(|o| o.scopes.iter().map(|s| s.to_string())).collect();
            Ok(Principal { subject: Some("user".into()), scopes })
        }
    }
    let mut failures = Vec::new();
    let mut calls = 0;
    for file in openapi_files() {
        let app = generated_server_stubs::example_router(&file, AllScopes).unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("authorization", "Bearer token".parse().unwrap());
        let http = reqwest::Client::builder().default_headers(headers).build().unwrap();
        let spec = workspace_tests::load_spec(&workspace_tests::workspace_root().join(&file));
        for call in generated_client::call_every_operation(&file, &format!("http://{addr}"), http).await.unwrap() {
            calls += 1;
            if !(200..300).contains(&call.status) || call.error.is_some() {
                failures.push(format!("{file} {}: {} {:?}", call.operation_id, call.status, call.error));
                continue;
            }
            // Valid against the schema by a validator that is not the generated code.
            if let (Some(body), Some(schema)) = (&call.body, response_schema(&spec, call.operation_id, call.status)) {
                let mut root = serde_json::json!({ "$schema": "https://json-schema.org/draft/2020-12/schema", "components": spec["components"].clone() });
                for (k, v) in schema.as_object().cloned().unwrap_or_default() {
                    root[k] = v;
                }
                let validator = jsonschema::validator_for(&root).unwrap();
                let errors: Vec<String> = validator.iter_errors(body).map(|e| format!("{e} at {}", e.instance_path())).collect();
                if !errors.is_empty() {
                    failures.push(format!("{file} {}: {body} is not valid: {}", call.operation_id, errors.join("; ")));
                }
            }
        }
        server.abort();
    }
    assert!(calls >= 16, "every operation of both specs: {calls}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The JSON schema of what `operation_id` answers with `status`.
fn response_schema(spec: &serde_json::Value, operation_id: &str, status: u16) -> Option<serde_json::Value> {
    for item in spec.get("paths")?.as_object()?.values() {
        for op in item.as_object()?.values() {
            if op.get("operationId").and_then(|v| v.as_str()) != Some(operation_id) {
                continue;
            }
            let responses = op.get("responses")?;
            let response = responses.get(status.to_string()).or_else(|| responses.get(format!("{}XX", status / 100)))?;
            let response = match response.get("$ref").and_then(|r| r.as_str()).and_then(|r| r.strip_prefix('#')) {
                Some(pointer) => spec.pointer(pointer)?,
                None => response,
            };
            return response.get("content")?.as_object()?.iter().find(|(ct, _)| ct.contains("json"))?.1.get("schema").cloned();
        }
    }
    None
}
