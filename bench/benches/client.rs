//! The generated client against the same request sent with a plain `reqwest` call and serde
//! derive, both to a local server (another thread, its own runtime) answering fixed bytes: the
//! operation's documented answer. Same `reqwest::Client`, same connection reuse; `bash
//! bench/run.sh` turns the medians into the README's ratio.

use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use generated_client::my_account::{client::Client, types};
use generated_client::runtime::retry::RetryPolicy;
use workspace_bench::peers::my_account::derive;

fn documented(operation_id: &str, request: bool) -> &'static str {
    generated_client::my_account::operations::EXAMPLES
        .iter()
        .filter(|e| e.operation_id == operation_id)
        .find_map(|e| if request { e.request } else { e.response })
        .unwrap_or_else(|| panic!("{operation_id} documents a body"))
}

/// A server answering every POST with `answer`, as the spec's 202; its address.
fn fixed_server(answer: &'static str) -> String {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a port");
            tx.send(listener.local_addr().expect("an address")).expect("the bench waits");
            let app = axum::Router::new().fallback(move || async move {
                (axum::http::StatusCode::ACCEPTED, [(axum::http::header::CONTENT_TYPE, "application/json")], answer)
            });
            axum::serve(listener, app).await.expect("the server runs");
        });
    });
    format!("http://{}/me/v1", rx.recv().expect("the server starts"))
}

fn bench(c: &mut Criterion) {
    let base = fixed_server(documented("createAuthenticationMethod", false));
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::AUTHORIZATION, "Bearer token".parse().expect("a header value"));
    let http = reqwest::Client::builder().default_headers(headers).build().expect("a client");
    let client = Client::new_with_client(&base, http.clone(), RetryPolicy::none());
    let request_text = documented("createAuthenticationMethod", true);
    let ours_body: types::CreateAuthenticationMethodRequestContent = serde_json::from_str(request_text).expect("the request decodes");
    let plain_body: derive::CreateAuthenticationMethodRequestContent = serde_json::from_str(request_text).expect("the request decodes");
    let url = format!("{base}/authentication-methods");
    // Both answer the documented body: check once, then time.
    runtime.block_on(async {
        client.create_authentication_method(&ours_body).await.expect("the generated client takes the answer");
    });
    let mut group = c.benchmark_group("client createAuthenticationMethod (local server, fixed answer)");
    group.bench_function("generated client", |b| {
        b.iter_custom(|n| {
            runtime.block_on(async {
                let start = Instant::now();
                for _ in 0..n {
                    let answer = client.create_authentication_method(&ours_body).await.expect("answered");
                    std::hint::black_box(answer.into_inner());
                }
                start.elapsed()
            })
        })
    });
    group.bench_function("plain reqwest + serde derive", |b| {
        b.iter_custom(|n| {
            runtime.block_on(async {
                let start = Instant::now();
                for _ in 0..n {
                    let response = http.post(&url).json(&plain_body).send().await.expect("answered");
                    let answer: derive::CreateAuthenticationMethodResponseContent = response.json().await.expect("decodes");
                    std::hint::black_box(answer);
                }
                start.elapsed()
            })
        })
    });
    group.measurement_time(Duration::from_secs(5));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
