//! The generated client against the generated router, over real HTTP on 127.0.0.1: every
//! documented example goes out as a request and comes back as the documented response, and every
//! error the router makes arrives as the spec's typed `ErrorResponse`.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::http::{HeaderMap, StatusCode};
use generated_client::my_account::client::{Client, Error as ClientError};
use generated_client::my_account::types::{self, ErrorResponse};
use generated_client::runtime::retry::RetryPolicy;
use generated_client::runtime::{decode, decode_slice};
use generated_server_stubs::my_account::{
    router_with, AuthenticationMethodsApi, ConfirmAuthenticationMethodRequest, ConfirmAuthenticationMethodResponse,
    CreateAuthenticationMethodRequest, CreateAuthenticationMethodResponse, DeleteAuthenticationMethodRequest,
    DeleteAuthenticationMethodResponse, ErrorReply, GetAuthenticationMethodRequest, GetAuthenticationMethodResponse,
    GetAuthenticationMethodsRequest, GetAuthenticationMethodsResponse, UpdateAuthenticationMethodRequest,
    UpdateAuthenticationMethodResponse,
};
use generated_server_stubs::server_runtime::{AuthError, Authenticator, Credential, Principal, Problem, RequestHead, ServerConfig};
use serde_json::{json, Value};
use workspace_tests::{discover_examples, load_spec, workspace_root, ExampleLocation};

/// The documented examples, by operation, place (`request` or a status) and name.
type Examples = BTreeMap<(String, String, String), Value>;

fn examples() -> Examples {
    let spec = load_spec(&workspace_root().join("openapi/my-account.yaml"));
    discover_examples(&spec)
        .into_iter()
        .map(|e| {
            let place = match e.location {
                ExampleLocation::RequestBody => "request".to_string(),
                ExampleLocation::Response { status } => status,
            };
            ((e.operation_id, place, e.name), e.value)
        })
        .collect()
}

/// What the test implementation saw: operation, example name, and what it received.
type Seen = Arc<Mutex<Vec<(String, String, Value)>>>;

/// Answers each request with the documented response of the example named in `x-example`, after
/// checking that the request is exactly that example.
struct ExampleApi {
    examples: Examples,
    seen: Seen,
    /// Calls of the `flaky` example so far: the first two are answered 429.
    flaky: Arc<std::sync::atomic::AtomicUsize>,
}

#[derive(Debug)]
enum AppError {
    /// Something the test did not expect: logged and answered 500.
    Unexpected(String),
    /// An internal error for the log, together with a documented 4xx answer.
    Refused { internal: String, reply: Box<ErrorReply> },
}

fn example_name(headers: &HeaderMap) -> String {
    headers.get("x-example").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string()
}

fn rate_headers() -> (serde_json::Number, serde_json::Number, serde_json::Number) {
    (25.into(), 1_700_000_000.into(), 24.into())
}

impl ExampleApi {
    fn expect(&self, op: &str, name: &str, received: Value) -> Result<Value, AppError> {
        let key = |place: &str| (op.to_string(), place.to_string(), name.to_string());
        let expected = self.examples.get(&key("request")).ok_or_else(|| AppError::Unexpected(format!("no request example {name}")))?;
        if &received != expected {
            return Err(AppError::Unexpected(format!("{op} {name}: received {received}, documented {expected}")));
        }
        self.seen.lock().unwrap().push((op.to_string(), name.to_string(), received));
        let status = if op == "createAuthenticationMethod" { "202" } else { "201" };
        self.examples.get(&key(status)).cloned().ok_or_else(|| AppError::Unexpected(format!("no response example {name}")))
    }
}

impl AuthenticationMethodsApi for ExampleApi {
    type Error = AppError;

    async fn get_authentication_methods(&self, request: GetAuthenticationMethodsRequest) -> Result<GetAuthenticationMethodsResponse, AppError> {
        let key = ("getAuthenticationMethods".to_string(), "200".to_string(), "multiple-methods".to_string());
        let mut list = self.examples[&key].clone();
        // The `type` query filter, decoded into the spec's enum.
        if let Some(wanted) = request.type_ {
            list["authentication_methods"].as_array_mut().unwrap().retain(|m| m["type"] == wanted.as_str());
        }
        let (limit, reset, remaining) = rate_headers();
        Ok(GetAuthenticationMethodsResponse::Ok {
            body: decode(&list).map_err(|e| AppError::Unexpected(e.to_string()))?,
            x_ratelimit_limit: limit,
            x_ratelimit_reset: reset,
            x_ratelimit_remaining: remaining,
        })
    }

    async fn get_authentication_method(&self, request: GetAuthenticationMethodRequest) -> Result<GetAuthenticationMethodResponse, AppError> {
        let name = request.authentication_method_id.split('|').next().unwrap_or_default().to_string();
        let key = ("getAuthenticationMethod".to_string(), "200".to_string(), name);
        let (limit, reset, remaining) = rate_headers();
        match self.examples.get(&key) {
            Some(found) => Ok(GetAuthenticationMethodResponse::Ok {
                body: decode(found).map_err(|e| AppError::Unexpected(e.to_string()))?,
                x_ratelimit_limit: limit,
                x_ratelimit_reset: reset,
                x_ratelimit_remaining: remaining,
            }),
            None => Ok(GetAuthenticationMethodResponse::NotFound {
                body: ErrorResponse::new("not_found".into(), 404.into(), "Not Found".into(), format!("No authentication method {}.", request.authentication_method_id)),
            }),
        }
    }

    async fn update_authentication_method(&self, request: UpdateAuthenticationMethodRequest) -> Result<UpdateAuthenticationMethodResponse, AppError> {
        let received = serde_json::to_value(&request.body).unwrap();
        self.seen.lock().unwrap().push(("updateAuthenticationMethod".into(), request.authentication_method_id.clone(), received));
        let key = ("getAuthenticationMethod".to_string(), "200".to_string(), "phone".to_string());
        let mut method = self.examples[&key].clone();
        if let Some(name) = request.body.and_then(|b| b.name) {
            method["name"] = json!(name);
        }
        let (limit, reset, remaining) = rate_headers();
        Ok(UpdateAuthenticationMethodResponse::Ok {
            body: decode(&method).map_err(|e| AppError::Unexpected(e.to_string()))?,
            x_ratelimit_limit: limit,
            x_ratelimit_reset: reset,
            x_ratelimit_remaining: remaining,
        })
    }

    async fn delete_authentication_method(&self, request: DeleteAuthenticationMethodRequest) -> Result<DeleteAuthenticationMethodResponse, AppError> {
        let (limit, reset, remaining) = rate_headers();
        if request.authentication_method_id == "password|only" {
            return Ok(DeleteAuthenticationMethodResponse::Conflict {
                body: ErrorResponse::new("conflict".into(), 409.into(), "Conflict".into(), "The last authentication method cannot be deleted.".into()),
            });
        }
        Ok(DeleteAuthenticationMethodResponse::NoContent { x_ratelimit_limit: limit, x_ratelimit_reset: reset, x_ratelimit_remaining: remaining })
    }

    async fn create_authentication_method(&self, request: CreateAuthenticationMethodRequest) -> Result<CreateAuthenticationMethodResponse, AppError> {
        let name = example_name(&request.context.headers);
        match name.as_str() {
            "panic" => panic!("secret internal state"),
            "rate-limited" => {
                let (limit, reset, _) = rate_headers();
                let body = ErrorResponse::new("too_many_requests".into(), 429.into(), "Too Many Requests".into(), "Slow down.".into());
                return Ok(CreateAuthenticationMethodResponse::TooManyRequests {
                    body,
                    retry_after: 3.into(),
                    x_ratelimit_limit: limit,
                    x_ratelimit_reset: reset,
                    x_ratelimit_remaining: 0.into(),
                    x_auth0_error_kind: Some(types::XAuth0ErrorKindHeader::GlobalRateLimit),
                });
            }
            "refused" => {
                let mut problem = Problem::new(StatusCode::FORBIDDEN, "enrollment_refused", "This method cannot be enrolled now.");
                problem.title = "Forbidden".into();
                return Err(AppError::Refused { internal: "policy engine said no".into(), reply: Box::new(ErrorReply::from_problem(&problem)) });
            }
            "unexpected" => return Err(AppError::Unexpected("database unreachable at 10.0.0.7".into())),
            "flaky" if self.flaky.fetch_add(1, std::sync::atomic::Ordering::SeqCst) < 2 => {
                let (limit, reset, _) = rate_headers();
                let body = ErrorResponse::new("too_many_requests".into(), 429.into(), "Too Many Requests".into(), "Try again.".into());
                return Ok(CreateAuthenticationMethodResponse::TooManyRequests {
                    body,
                    retry_after: 0.into(),
                    x_ratelimit_limit: limit,
                    x_ratelimit_reset: reset,
                    x_ratelimit_remaining: 0.into(),
                    x_auth0_error_kind: None,
                });
            }
            "flaky" => {
                let (limit, reset, remaining) = rate_headers();
                let key = ("createAuthenticationMethod".to_string(), "202".to_string(), "totp".to_string());
                return Ok(CreateAuthenticationMethodResponse::Accepted {
                    body: decode(&self.examples[&key]).map_err(|e| AppError::Unexpected(e.to_string()))?,
                    location: "https://auth0.auth0.com/me/v1/authentication-methods/totp%7Cnew".into(),
                    x_ratelimit_limit: limit,
                    x_ratelimit_reset: reset,
                    x_ratelimit_remaining: remaining,
                });
            }
            _ => {}
        }
        let body = request.body.ok_or_else(|| AppError::Unexpected("no body".into()))?;
        let response = self.expect("createAuthenticationMethod", &name, serde_json::to_value(&body).unwrap())?;
        let (limit, reset, remaining) = rate_headers();
        Ok(CreateAuthenticationMethodResponse::Accepted {
            body: decode(&response).map_err(|e| AppError::Unexpected(e.to_string()))?,
            location: format!("https://auth0.auth0.com/me/v1/authentication-methods/{}%7Cnew", body.tag()),
            x_ratelimit_limit: limit,
            x_ratelimit_reset: reset,
            x_ratelimit_remaining: remaining,
        })
    }

    async fn confirm_authentication_method(&self, request: ConfirmAuthenticationMethodRequest) -> Result<ConfirmAuthenticationMethodResponse, AppError> {
        let name = example_name(&request.context.headers);
        // The id arrives percent-decoded: `totp%7Cdev_abc` on the wire is `totp|dev_abc` here.
        let expected_id = format!("{name}|dev_abc");
        if request.authentication_method_id != expected_id {
            return Err(AppError::Unexpected(format!("id {} != {expected_id}", request.authentication_method_id)));
        }
        let body = request.body.ok_or_else(|| AppError::Unexpected("no body".into()))?;
        let response = self.expect("confirmAuthenticationMethod", &name, serde_json::to_value(&body).unwrap())?;
        let (limit, reset, remaining) = rate_headers();
        Ok(ConfirmAuthenticationMethodResponse::Created {
            body: decode(&response).map_err(|e| AppError::Unexpected(e.to_string()))?,
            location: format!("https://auth0.auth0.com/me/v1/authentication-methods/{name}%7Cdev_abc"),
            x_ratelimit_limit: limit,
            x_ratelimit_reset: reset,
            x_ratelimit_remaining: remaining,
        })
    }

    fn handle_error(&self, _operation: &'static generated_client::runtime::OperationInfo, error: AppError) -> ErrorReply {
        match error {
            AppError::Refused { internal, reply } => {
                assert!(!internal.is_empty(), "the internal error reaches the hook for logging");
                *reply
            }
            AppError::Unexpected(why) => {
                // Where an application would log; the caller learns nothing of it.
                eprintln!("handler failed: {why}");
                ErrorReply::from_problem(&Problem::internal())
            }
        }
    }
}

/// Tokens: `all` has every scope, `none` has none; anything else is refused.
struct TestAuth;

impl Authenticator for TestAuth {
    async fn authenticate(&self, credential: Credential, _request: &RequestHead) -> Result<Principal, AuthError> {
        match credential.token.as_str() {
            "all" => Ok(Principal {
                subject: Some("auth0|507f1f77bcf86cd799439011".into()),
                scopes: ["create:me:authentication_methods", "read:me:authentication_methods", "update:me:authentication_methods", "delete:me:authentication_methods"]
                    .iter().map(|s| s.to_string()).collect(),
            }),
            "none" => Ok(Principal { subject: Some("auth0|x".into()), scopes: Default::default() }),
            _ => Err(AuthError { detail: "The access token is not valid.".into() }),
        }
    }
}

struct Server {
    addr: SocketAddr,
    seen: Seen,
    flaky: Arc<std::sync::atomic::AtomicUsize>,
}

async fn start(body_limit: usize) -> Server {
    let seen: Seen = Arc::default();
    let flaky: Arc<std::sync::atomic::AtomicUsize> = Arc::default();
    let api = ExampleApi { examples: examples(), seen: seen.clone(), flaky: flaky.clone() };
    let mut config = ServerConfig::new("/me/v1");
    config.body_limit = body_limit;
    // Only the authentication-methods operations are implemented: nothing else needs stubbing.
    let app = router_with(TestAuth, config).authentication_methods(api).build();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    Server { addr, seen, flaky }
}

/// A client that sends each request once, so that every answer is the server's first.
fn client(addr: SocketAddr, token: Option<&str>, example: &str) -> Client {
    client_with(addr, token, example, RetryPolicy::none())
}

fn client_with(addr: SocketAddr, token: Option<&str>, example: &str, policy: RetryPolicy) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    if let Some(token) = token {
        headers.insert("authorization", format!("Bearer {token}").parse().unwrap());
    }
    headers.insert("x-example", example.parse().unwrap());
    let http = reqwest::Client::builder().default_headers(headers).build().unwrap();
    Client::new_with_client(&format!("http://{addr}/me/v1"), http, policy)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_example_goes_through_client_and_router() {
    let server = start(64 * 1024).await;
    let examples = examples();
    let mut count = 0;
    for ((op, place, name), request) in &examples {
        if place != "request" || !matches!(op.as_str(), "createAuthenticationMethod" | "confirmAuthenticationMethod") {
            continue;
        }
        let c = client(server.addr, Some("all"), name);
        let (status, headers, body) = match op.as_str() {
            "createAuthenticationMethod" => {
                let typed: types::CreateAuthenticationMethodRequestContent = decode(request).unwrap();
                let r = c.create_authentication_method(&typed).await.unwrap_or_else(|e| panic!("{op} {name}: {e}"));
                (r.status(), r.headers().clone(), serde_json::to_value(r.into_inner()).unwrap())
            }
            "confirmAuthenticationMethod" => {
                let typed: types::VerifyAuthenticationMethodRequestContent = decode(request).unwrap();
                let id = format!("{name}|dev_abc");
                let r = c.confirm_authentication_method(&id, &typed).await.unwrap_or_else(|e| panic!("{op} {name}: {e}"));
                (r.status(), r.headers().clone(), serde_json::to_value(r.into_inner()).unwrap())
            }
            other => panic!("no client call for {other}"),
        };
        let expected_status = if op == "createAuthenticationMethod" { "202" } else { "201" };
        assert_eq!(status.as_str(), expected_status, "{op} {name}");
        assert_eq!(&body, &examples[&(op.clone(), expected_status.to_string(), name.clone())], "{op} {name}");
        assert!(headers["location"].to_str().unwrap().starts_with("https://auth0.auth0.com/me/v1/authentication-methods/"));
        assert_eq!(headers["x-ratelimit-limit"], "25");
        assert_eq!(headers["x-ratelimit-reset"], "1700000000");
        assert_eq!(headers["x-ratelimit-remaining"], "24");
        assert_eq!(headers["content-type"], "application/json");
        count += 1;
    }
    assert_eq!(count, 14, "every request example of the two operations");
    let seen = server.seen.lock().unwrap();
    assert_eq!(seen.len(), 14, "each handler saw its example");
    // The verify handler got the OTP code, not a body with it dropped.
    let (_, _, email) = seen.iter().find(|(op, name, _)| op == "confirmAuthenticationMethod" && name == "email").unwrap();
    assert_eq!(email["otp_code"], "123456");
}

/// A raw request, for bodies and headers the typed client would never send.
async fn raw(addr: SocketAddr, path: &str, token: Option<&str>, content_type: Option<&str>, body: Vec<u8>) -> (StatusCode, HeaderMap, ErrorResponse) {
    let mut req = reqwest::Client::new().post(format!("http://{addr}{path}")).body(body);
    if let Some(t) = token {
        req = req.header("authorization", t);
    }
    if let Some(ct) = content_type {
        req = req.header("content-type", ct);
    }
    let res = req.send().await.unwrap();
    let status = StatusCode::from_u16(res.status().as_u16()).unwrap();
    let mut headers = HeaderMap::new();
    for (k, v) in res.headers() {
        headers.insert(axum::http::HeaderName::from_bytes(k.as_str().as_bytes()).unwrap(), axum::http::HeaderValue::from_bytes(v.as_bytes()).unwrap());
    }
    let bytes = res.bytes().await.unwrap();
    assert_eq!(headers["content-type"], "application/json", "{status}: {}", String::from_utf8_lossy(&bytes));
    let body: ErrorResponse = decode_slice(&bytes).unwrap_or_else(|e| panic!("{status}: not an ErrorResponse ({e}): {}", String::from_utf8_lossy(&bytes)));
    assert_eq!(body.status, serde_json::Number::from(status.as_u16()), "status in the body is the HTTP status");
    (status, headers, body)
}

const CREATE: &str = "/me/v1/authentication-methods";
const JSON: Option<&str> = Some("application/json");

fn field_errors(body: &ErrorResponse) -> Vec<(String, String)> {
    body.validation_errors.iter().flatten().map(|v| (v.field.clone().unwrap_or_default(), v.pointer.clone().unwrap_or_default())).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_bodies_are_400_with_each_field_named() {
    let s = start(64 * 1024).await;
    let auth = Some("Bearer all");
    let cases: Vec<(Value, &str, &str)> = vec![
        (json!({"type": "email"}), "email", "/email"),
        (json!({"type": "phone", "phone_number": 5}), "phone_number", "/phone_number"),
        (json!({"type": "carrier-pigeon"}), "type", "/type"),
        (json!({"type": "totp", "extra": true}), "extra", "/extra"),
        (json!({"type": "password", "connection": "not valid!"}), "connection", "/connection"),
    ];
    for (body, field, pointer) in cases {
        let (status, _, err) = raw(s.addr, CREATE, auth, JSON, serde_json::to_vec(&body).unwrap()).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert!(field_errors(&err).contains(&(field.to_string(), pointer.to_string())), "{body}: {err:?}");
    }
    let (status, _, err) = raw(s.addr, CREATE, auth, JSON, b"{\"type\": ".to_vec()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(err.detail.contains("invalid JSON"), "{err:?}");
    // A constraint deep inside the verify body.
    let verify = "/me/v1/authentication-methods/passkey%7Cdev_abc/verify";
    let body = json!({"auth_session": "s", "new_password": "x".repeat(300)});
    let (status, _, err) = raw(s.addr, verify, auth, Some("application/json; charset=utf-8"), serde_json::to_vec(&body).unwrap()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(field_errors(&err).contains(&("new_password".into(), "/new_password".into())), "{err:?}");
    // A body no member of the union takes names the field of the nearest member.
    let body = json!({"otp_code": "123456"});
    let (status, _, err) = raw(s.addr, verify, auth, JSON, serde_json::to_vec(&body).unwrap()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(field_errors(&err).first(), Some(&("auth_session".into(), "/auth_session".into())), "{err:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn authentication_and_scopes() {
    let s = start(64 * 1024).await;
    let body = serde_json::to_vec(&json!({"type": "totp"})).unwrap();
    let (status, _, err) = raw(s.addr, CREATE, None, JSON, body.clone()).await;
    assert_eq!((status, err.type_.as_str()), (StatusCode::UNAUTHORIZED, "unauthorized"));
    for malformed in ["Bearer", "Basic abc", "Bearer a b", "token"] {
        let (status, _, _) = raw(s.addr, CREATE, Some(malformed), JSON, body.clone()).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{malformed}");
    }
    let (status, _, _) = raw(s.addr, CREATE, Some("Bearer forged"), JSON, body.clone()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // DPoP is the other scheme the API takes.
    let (status, _, err) = raw(s.addr, CREATE, Some("DPoP none"), JSON, body.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(err.detail.contains("create:me:authentication_methods"), "the 403 names the missing scope: {err:?}");
    // The typed client receives the same as a typed ErrorResponse.
    let typed: types::CreateAuthenticationMethodRequestContent = decode(&json!({"type": "totp"})).unwrap();
    match client(s.addr, Some("none"), "totp").create_authentication_method(&typed).await {
        Err(ClientError::ErrorResponse(r)) => {
            assert_eq!(r.status().as_u16(), 403);
            assert_eq!(r.into_inner().type_, "insufficient_scope");
        }
        other => panic!("expected a typed 403, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn content_type_size_panics_and_handler_errors() {
    let s = start(1024).await;
    let auth = Some("Bearer all");
    let body = serde_json::to_vec(&json!({"type": "totp"})).unwrap();
    let (status, _, _) = raw(s.addr, CREATE, auth, Some("text/plain"), body.clone()).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let (status, _, _) = raw(s.addr, CREATE, auth, None, body.clone()).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let (status, _, _) = raw(s.addr, CREATE, auth, Some("APPLICATION/JSON"), body.clone()).await;
    assert_ne!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "media types are case-insensitive");
    let big = serde_json::to_vec(&json!({"type": "email", "email": "x".repeat(4096)})).unwrap();
    let (status, _, _) = raw(s.addr, CREATE, auth, JSON, big).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);

    let typed: types::CreateAuthenticationMethodRequestContent = decode(&json!({"type": "totp"})).unwrap();
    match client(s.addr, Some("all"), "panic").create_authentication_method(&typed).await {
        Err(ClientError::ErrorResponse(r)) => {
            assert_eq!(r.status().as_u16(), 500);
            let body = r.into_inner();
            assert!(!format!("{body:?}").contains("secret"), "no internals leak: {body:?}");
        }
        other => panic!("expected a typed 500, got {other:?}"),
    }
    match client(s.addr, Some("all"), "unexpected").create_authentication_method(&typed).await {
        Err(ClientError::ErrorResponse(r)) => {
            assert_eq!(r.status().as_u16(), 500);
            assert!(!format!("{:?}", r.into_inner()).contains("10.0.0.7"));
        }
        other => panic!("expected a 500, got {other:?}"),
    }
    match client(s.addr, Some("all"), "refused").create_authentication_method(&typed).await {
        Err(ClientError::ErrorResponse(r)) => {
            assert_eq!(r.status().as_u16(), 403);
            assert_eq!(r.into_inner().type_, "enrollment_refused");
        }
        other => panic!("expected the hook's typed 403, got {other:?}"),
    }
    match client(s.addr, Some("all"), "rate-limited").create_authentication_method(&typed).await {
        Err(ClientError::ErrorResponse(r)) => {
            assert_eq!(r.status().as_u16(), 429);
            let h = r.headers();
            assert_eq!(h["retry-after"], "3");
            assert_eq!(h["x-ratelimit-limit"], "25");
            assert_eq!(h["x-ratelimit-reset"], "1700000000");
            assert_eq!(h["x-ratelimit-remaining"], "0");
            assert_eq!(h["x-auth0-error-kind"], "global-rate-limit");
            assert_eq!(r.into_inner().status, serde_json::Number::from(429));
        }
        other => panic!("expected a typed 429, got {other:?}"),
    }
    let (status, _, _) = raw(s.addr, "/me/v1/nowhere", auth, JSON, body.clone()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let res = reqwest::Client::new().put(format!("http://{}{CREATE}", s.addr)).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 405);
    let err: ErrorResponse = decode_slice(&res.bytes().await.unwrap()).unwrap();
    assert_eq!(err.status, serde_json::Number::from(405));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_get_update_delete_and_unmounted_tags() {
    let s = start(64 * 1024).await;
    let examples = examples();
    let c = client(s.addr, Some("all"), "");

    let list = c.get_authentication_methods(None).await.unwrap().into_inner();
    let key = ("getAuthenticationMethods".to_string(), "200".to_string(), "multiple-methods".to_string());
    assert_eq!(serde_json::to_value(&list).unwrap(), examples[&key]);
    let only_totp = c.get_authentication_methods(Some(&types::FactorTypeEnum::Totp)).await.unwrap().into_inner();
    let kinds: Vec<Value> = serde_json::to_value(&only_totp).unwrap()["authentication_methods"].as_array().unwrap().iter().map(|m| m["type"].clone()).collect();
    assert!(!kinds.is_empty() && kinds.iter().all(|k| k == "totp"), "the query filter arrived typed: {kinds:?}");

    for name in ["email", "passkey", "webauthn-roaming"] {
        let got = c.get_authentication_method(&format!("{name}|dev_abc")).await.unwrap().into_inner();
        let key = ("getAuthenticationMethod".to_string(), "200".to_string(), name.to_string());
        assert_eq!(serde_json::to_value(&got).unwrap(), examples[&key], "{name}");
    }
    match c.get_authentication_method("nothing|here").await {
        Err(ClientError::ErrorResponse(r)) => assert_eq!(r.status().as_u16(), 404),
        other => panic!("expected a typed 404, got {other:?}"),
    }

    // PATCH: an absent property stays absent; nothing is sent as null.
    let empty: types::UpdateAuthenticationMethodRequestContent = decode(&json!({})).unwrap();
    let renamed = {
        let mut update = types::UpdateAuthenticationMethodRequestContent::new();
        update.name = Some("Work phone".into());
        update
    };
    c.update_authentication_method("phone|dev_abc", &empty).await.unwrap();
    let updated = c.update_authentication_method("phone|dev_abc", &renamed).await.unwrap().into_inner();
    assert_eq!(serde_json::to_value(&updated).unwrap()["name"], "Work phone");
    {
        let seen = s.seen.lock().unwrap();
        let bodies: Vec<&Value> = seen.iter().filter(|(op, _, _)| op == "updateAuthenticationMethod").map(|(_, _, b)| b).collect();
        assert_eq!(bodies, vec![&json!({}), &json!({"name": "Work phone"})]);
    }

    let deleted = c.delete_authentication_method("totp|dev_abc").await.unwrap();
    assert_eq!(deleted.status().as_u16(), 204);
    assert_eq!(deleted.headers()["x-ratelimit-limit"], "25");
    match c.delete_authentication_method("password|only").await {
        Err(ClientError::ErrorResponse(r)) => assert_eq!(r.status().as_u16(), 409),
        other => panic!("expected a typed 409, got {other:?}"),
    }

    // Tags the application did not mount are not there.
    let res = reqwest::Client::new().get(format!("http://{}/me/v1/factors", s.addr)).header("authorization", "Bearer all").send().await.unwrap();
    assert_eq!(res.status().as_u16(), 404);
    let err: ErrorResponse = decode_slice(&res.bytes().await.unwrap()).unwrap();
    assert_eq!(err.type_, "not_found");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_client_retries_what_the_server_asks_it_to() {
    let s = start(64 * 1024).await;
    let typed: types::CreateAuthenticationMethodRequestContent = decode(&json!({"type": "totp"})).unwrap();
    // Two 429s with `retry-after: 0`, then the answer: the default policy's two retries reach it.
    let r = client_with(s.addr, Some("all"), "flaky", RetryPolicy::default()).create_authentication_method(&typed).await.unwrap();
    assert_eq!(r.status().as_u16(), 202);
    assert_eq!(s.flaky.load(std::sync::atomic::Ordering::SeqCst), 3, "three attempts");
    // With no retries the first 429 comes back, typed.
    s.flaky.store(0, std::sync::atomic::Ordering::SeqCst);
    match client(s.addr, Some("all"), "flaky").create_authentication_method(&typed).await {
        Err(ClientError::ErrorResponse(r)) => assert_eq!(r.status().as_u16(), 429),
        other => panic!("expected a typed 429, got {other:?}"),
    }
    assert_eq!(s.flaky.load(std::sync::atomic::Ordering::SeqCst), 1, "one attempt");
    // A wait longer than the policy allows is not waited: the 429 (retry-after: 3) comes back at once.
    let impatient = RetryPolicy { max_delay: std::time::Duration::from_secs(1), ..RetryPolicy::default() };
    match client_with(s.addr, Some("all"), "rate-limited", impatient).create_authentication_method(&typed).await {
        Err(ClientError::ErrorResponse(r)) => assert_eq!(r.status().as_u16(), 429),
        other => panic!("expected a typed 429, got {other:?}"),
    }
}

#[test]
fn retry_policy_rules() {
    use reqwest::header::{HeaderMap, HeaderValue};
    use reqwest::Method;
    assert!(RetryPolicy::should_retry(&Method::POST, 429));
    assert!(RetryPolicy::should_retry(&Method::POST, 408));
    assert!(!RetryPolicy::should_retry(&Method::POST, 503), "a POST could act twice");
    assert!(RetryPolicy::should_retry(&Method::GET, 503));
    assert!(RetryPolicy::should_retry(&Method::DELETE, 500));
    assert!(!RetryPolicy::should_retry(&Method::GET, 404));
    let policy = RetryPolicy::default();
    let mut headers = HeaderMap::new();
    assert_eq!(policy.delay(0, &headers, 1000), Some(std::time::Duration::from_millis(250)));
    assert_eq!(policy.delay(2, &headers, 1000), Some(std::time::Duration::from_millis(1000)));
    headers.insert("x-ratelimit-reset", HeaderValue::from_static("1004"));
    assert_eq!(policy.delay(0, &headers, 1000), Some(std::time::Duration::from_secs(4)), "X-RateLimit-Reset is a time");
    headers.insert("retry-after", HeaderValue::from_static("2"));
    assert_eq!(policy.delay(0, &headers, 1000), Some(std::time::Duration::from_secs(2)), "Retry-After comes first");
    headers.insert("retry-after", HeaderValue::from_static("60"));
    assert_eq!(policy.delay(0, &headers, 1000), None, "longer than max_delay: not waited");
}
