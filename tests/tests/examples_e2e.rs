//! Every spec in openapi/, end to end over HTTP on 127.0.0.1, without naming one: the generated
//! example server answers each operation from the spec's documented examples (checking that each
//! request body is exactly the example's), and the generated client sends every example and
//! decodes what comes back. A new spec or example is covered without touching this file.

use std::collections::BTreeSet;

use axum::http::HeaderMap;
use generated_server_stubs::server_runtime::{AuthError, Authenticator, Credential, Principal};
use workspace_tests::{spec_files, workspace_root};

/// Grants every scope any operation of any spec asks for, to any well-formed credential.
struct AllScopes;

impl Authenticator for AllScopes {
    async fn authenticate(&self, _credential: Credential, _headers: &HeaderMap) -> Result<Principal, AuthError> {
        let scopes: BTreeSet<String> =
            generated_client::SPECS.iter().flat_map(|s| s.operations).flat_map(|o| o.scopes.iter().map(|s| s.to_string())).collect();
        Ok(Principal { subject: Some("example-user".into()), scopes })
    }
}

fn http_for(example: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("authorization", "Bearer example-token".parse().unwrap());
    headers.insert("prefer", format!("example={example}").parse().unwrap());
    reqwest::Client::builder().default_headers(headers).build().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_example_of_every_spec_goes_through_client_and_server() {
    let mut failures = Vec::new();
    let mut sent = 0;
    for path in spec_files() {
        let file = path.strip_prefix(workspace_root()).unwrap().to_string_lossy().replace('\\', "/");
        let spec = generated_client::SPECS.iter().find(|s| s.file == file).expect("every spec is generated");
        let app = generated_server_stubs::example_router(&file, AllScopes).expect("every spec has an example server");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        let calls = generated_client::replay_examples(&file, &format!("http://{addr}"), &http_for).await.expect("every spec has a replay");
        server.abort();

        assert_eq!(calls.len(), spec.examples.len(), "{file}: one call per example");
        for (call, example) in calls.iter().zip(spec.examples) {
            let label = format!("{file} {} {}", example.operation_id, example.name);
            if let Some(why) = call.error.as_deref().and_then(|e| e.strip_prefix("not sent: ")) {
                // Only an example with nothing to send may stay unsent: a response example alone,
                // for an operation that needs a request body.
                if example.request.is_some() || !why.contains("no request body") {
                    failures.push(format!("{label}: not sent: {why}"));
                }
                continue;
            }
            sent += 1;
            let expected_status: u16 = example.status.and_then(|s| s.parse().ok()).unwrap_or(0);
            if call.error.is_some() || call.status != expected_status || call.body != example.response_json() {
                failures.push(format!(
                    "{label}: expected {expected_status} {:?}\n  got {} {:?} {}",
                    example.response,
                    call.status,
                    call.body.as_ref().map(|b| b.to_string()),
                    call.error.clone().unwrap_or_default()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{} example(s) failed end to end:\n{}", failures.len(), failures.join("\n"));
    assert!(sent > 0, "no example was sent");
    println!("{sent} examples sent end to end");
}
