//! The mock server: every operation of every spec answers, as the generated router checks it;
//! `Prefer` picks examples and statuses; the binary prints where it listens and how to authenticate.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use mock::{app, parse, Options};

async fn serve(options: Options) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app(&options)).await.unwrap() });
    format!("http://{addr}")
}

fn with_token(token: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("authorization", format!("Bearer {token}").parse().unwrap());
    reqwest::Client::builder().default_headers(headers).build().unwrap()
}

#[test]
fn the_command_line() {
    let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(parse(&[]).unwrap(), Options::default());
    let o = parse(&args(&["--spec", "openapi/my-account.yaml", "--port", "0", "--no-auth"])).unwrap();
    assert_eq!((o.specs.as_slice(), o.port, o.no_auth), (&["openapi/my-account.yaml".to_string()][..], 0, true));
    assert!(parse(&args(&["--spec", "openapi/nope.yaml"])).unwrap_err().contains("these are: "));
    assert!(parse(&args(&["--port", "x"])).is_err());
    assert!(parse(&args(&["--frobnicate"])).unwrap_err().contains("unknown argument"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_of_every_spec_answers_through_the_typed_client() {
    let url = serve(Options::default()).await;
    let mut calls = 0;
    for spec in generated_client::SPECS {
        for call in generated_client::call_every_operation(spec.file, &url, with_token(mock::DEFAULT_TOKEN)).await.unwrap() {
            calls += 1;
            assert!((200..300).contains(&call.status) && call.error.is_none(), "{} {}: {} {:?}", spec.file, call.operation_id, call.status, call.error);
        }
    }
    assert!(calls >= 16, "{calls}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_are_checked_as_the_generated_router_checks_them() {
    let url = serve(Options::default()).await;
    let http = reqwest::Client::new();
    let factors = format!("{url}/me/v1/factors");
    // No credential, a wrong one: 401 in the spec's error schema.
    let r = http.get(&factors).send().await.unwrap();
    assert_eq!(r.status(), 401);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["status"], 401);
    assert_eq!(with_token("other").get(&factors).send().await.unwrap().status(), 401);
    // A body that does not match its schema: 400 naming the field.
    let r = with_token(mock::DEFAULT_TOKEN).post(format!("{url}/me/v1/authentication-methods")).json(&serde_json::json!({"type": "email"})).send().await.unwrap();
    assert_eq!(r.status(), 400);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["validation_errors"][0]["field"], "email", "{body}");
    // A path no spec has.
    assert_eq!(with_token(mock::DEFAULT_TOKEN).get(format!("{url}/nowhere")).send().await.unwrap().status(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prefer_picks_a_status_and_an_example() {
    let url = serve(Options { no_auth: true, ..Options::default() }).await;
    let http = reqwest::Client::new();
    let factors = format!("{url}/me/v1/factors");
    // No credentials needed; an operation without examples answers a value made from its schema.
    let r = http.get(&factors).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let made: serde_json::Value = r.json().await.unwrap();
    assert!(made.is_object(), "{made}");
    assert_eq!(http.get(&factors).send().await.unwrap().json::<serde_json::Value>().await.unwrap(), made, "the same every time");
    // A documented error status, its body in the error schema.
    let r = http.get(&factors).header("prefer", "code=403").send().await.unwrap();
    assert_eq!(r.status(), 403);
    let body: serde_json::Value = r.json().await.unwrap();
    assert!(body.get("title").is_some(), "{body}");
    // A status the operation does not document.
    assert_eq!(http.get(&factors).header("prefer", "code=418").send().await.unwrap().status(), 400);
    // A documented example by name: the request must be that example's.
    let verify = format!("{url}/me/v1/authentication-methods/phone%7Cdev_XXXXXXXXXXXXXXXX/verify");
    let r = http.post(&verify).header("prefer", "example=not-documented").json(&serde_json::json!({"auth_session": "s", "otp_code": "123456"})).send().await.unwrap();
    assert_eq!(r.status(), 400);
}

#[test]
fn the_binary_prints_where_it_listens_and_answers() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mock"))
        .args(["--port", "0", "--spec", "openapi/my-account.yaml"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let auth = lines.next().unwrap().unwrap();
    let url = first.split(" at ").nth(1).unwrap().to_string();
    assert!(first.starts_with("mock: openapi/my-account.yaml at http://127.0.0.1:"), "{first}");
    assert!(auth.contains("Authorization: Bearer mock-token"), "{auth}");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let status = runtime.block_on(async { with_token(mock::DEFAULT_TOKEN).get(format!("{url}/factors")).send().await.unwrap().status() });
    child.kill().unwrap();
    let _ = child.wait();
    assert_eq!(status, 200);
}
