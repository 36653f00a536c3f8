//! The serving benchmark's two servers, for a load generator in another process (`bench/run.sh`
//! drives them with wrk): `serve generated <addr>` mounts the generated router with a no-op
//! implementation; `serve handwritten <addr>` is the same work written by hand with axum and
//! serde derive. Both check the Bearer credential (accepting any), decode the body, and answer the
//! same status and bytes: the operation's first documented answer, encoded on every request.
//! Both run on one tokio worker, so the load generator has the other core. `serve <server> count
//! ...` sends requests from within the process instead, for callgrind to count (see [`count`]).

use std::collections::BTreeSet;
use std::process::ExitCode;
use std::sync::Arc;

use axum::body::Bytes;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use generated_client::my_account::types;
use generated_server_stubs::my_account as server;
use generated_server_stubs::server_runtime::{AuthError, Authenticator, Credential, Principal, RequestHead};
use workspace_bench::peers::my_account::derive;

/// The first documented response body of `operation_id`, as JSON text.
fn documented(operation_id: &str) -> &'static str {
    generated_client::my_account::operations::EXAMPLES
        .iter()
        .find(|e| e.operation_id == operation_id && e.response.is_some())
        .and_then(|e| e.response)
        .unwrap_or_else(|| panic!("{operation_id} documents a response"))
}

fn decode<T: serde::de::DeserializeOwned>(text: &str) -> T {
    serde_json::from_str(text).expect("a documented answer decodes")
}

const LOCATION: &str = "https://example.auth0.com/me/v1/authentication-methods/email%7Cdev_XXXXXXXXXXXXXXXX";

/// Accepts any Bearer credential with the scopes of the operations served.
struct AnyBearer(Principal);

impl Authenticator for AnyBearer {
    async fn authenticate(&self, _credential: Credential, _request: &RequestHead) -> Result<Principal, AuthError> {
        Ok(self.0.clone())
    }
}

/// The no-op implementation: every answer is prebuilt and cloned.
struct NoOp {
    created: types::CreateAuthenticationMethodResponseContent,
    verified: types::VerifyAuthenticationMethodResponseContent,
    listed: types::ListAuthenticationMethodsResponseContent,
}

fn number(n: u64) -> serde_json::Number {
    n.into()
}

impl server::AuthenticationMethodsApi for NoOp {
    type Error = ();

    async fn get_authentication_methods(&self, _r: server::GetAuthenticationMethodsRequest) -> Result<server::GetAuthenticationMethodsResponse, ()> {
        Ok(server::GetAuthenticationMethodsResponse::Ok {
            body: self.listed.clone(),
            x_ratelimit_limit: number(100),
            x_ratelimit_reset: number(1_700_000_000),
            x_ratelimit_remaining: number(99),
        })
    }
    async fn create_authentication_method(&self, _r: server::CreateAuthenticationMethodRequest) -> Result<server::CreateAuthenticationMethodResponse, ()> {
        Ok(server::CreateAuthenticationMethodResponse::Accepted {
            body: self.created.clone(),
            location: LOCATION.to_string(),
            x_ratelimit_limit: number(100),
            x_ratelimit_reset: number(1_700_000_000),
            x_ratelimit_remaining: number(99),
        })
    }
    async fn get_authentication_method(&self, _r: server::GetAuthenticationMethodRequest) -> Result<server::GetAuthenticationMethodResponse, ()> {
        Err(())
    }
    async fn delete_authentication_method(&self, _r: server::DeleteAuthenticationMethodRequest) -> Result<server::DeleteAuthenticationMethodResponse, ()> {
        Err(())
    }
    async fn update_authentication_method(&self, _r: server::UpdateAuthenticationMethodRequest) -> Result<server::UpdateAuthenticationMethodResponse, ()> {
        Err(())
    }
    async fn confirm_authentication_method(&self, _r: server::ConfirmAuthenticationMethodRequest) -> Result<server::ConfirmAuthenticationMethodResponse, ()> {
        Ok(server::ConfirmAuthenticationMethodResponse::Created {
            body: self.verified.clone(),
            location: LOCATION.to_string(),
            x_ratelimit_limit: number(100),
            x_ratelimit_reset: number(1_700_000_000),
            x_ratelimit_remaining: number(99),
        })
    }
}

fn generated() -> axum::Router {
    let api = NoOp { created: decode(documented("createAuthenticationMethod")), verified: decode(documented("confirmAuthenticationMethod")), listed: decode(documented("getAuthenticationMethods")) };
    let scopes: BTreeSet<String> = ["create:me:authentication_methods", "read:me:authentication_methods"].into_iter().map(String::from).collect();
    server::router(AnyBearer(Principal { subject: Some("user".into()), scopes })).authentication_methods(api).build()
}

/// The hand-written server's state: the same answers, as serde-derive values. Each request builds
/// its answer as the no-op implementation does (a clone of the prebuilt value): a real handler
/// makes a new value every time, and the figure is to be the router's cost, not the answer's.
struct Answers {
    created: derive::CreateAuthenticationMethodResponseContent,
    verified: derive::VerifyAuthenticationMethodResponseContent,
    listed: derive::ListAuthenticationMethodsResponseContent,
}

fn bearer(headers: &HeaderMap) -> bool {
    headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("Bearer ") && v.len() > 7)
}

fn refused(status: StatusCode, error: &str) -> Response {
    let body = serde_json::json!({ "type": error, "status": status.as_u16(), "title": error, "detail": error }).to_string();
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

fn answer<T: serde::Serialize>(status: StatusCode, value: &T) -> Response {
    let body = serde_json::to_vec(value).expect("an answer encodes");
    let headers = [
        (header::CONTENT_TYPE, "application/json"),
        (header::LOCATION, LOCATION),
        (header::HeaderName::from_static("x-ratelimit-limit"), "100"),
        (header::HeaderName::from_static("x-ratelimit-reset"), "1700000000"),
        (header::HeaderName::from_static("x-ratelimit-remaining"), "99"),
    ];
    (status, headers, body).into_response()
}

fn handwritten() -> axum::Router {
    use axum::extract::{Path, State};
    use axum::routing::post;
    let answers = Arc::new(Answers { created: decode(documented("createAuthenticationMethod")), verified: decode(documented("confirmAuthenticationMethod")), listed: decode(documented("getAuthenticationMethods")) });
    async fn create(State(a): State<Arc<Answers>>, headers: HeaderMap, body: Bytes) -> Response {
        if !bearer(&headers) {
            return refused(StatusCode::UNAUTHORIZED, "unauthorized");
        }
        match serde_json::from_slice::<derive::CreateAuthenticationMethodRequestContent>(&body) {
            Ok(_) => answer(StatusCode::ACCEPTED, &a.created.clone()),
            Err(_) => refused(StatusCode::BAD_REQUEST, "invalid_body"),
        }
    }
    async fn verify(State(a): State<Arc<Answers>>, Path(_id): Path<String>, headers: HeaderMap, body: Bytes) -> Response {
        if !bearer(&headers) {
            return refused(StatusCode::UNAUTHORIZED, "unauthorized");
        }
        match serde_json::from_slice::<derive::VerifyAuthenticationMethodRequestContent>(&body) {
            Ok(_) => answer(StatusCode::CREATED, &a.verified.clone()),
            Err(_) => refused(StatusCode::BAD_REQUEST, "invalid_body"),
        }
    }
    async fn list(State(a): State<Arc<Answers>>, headers: HeaderMap) -> Response {
        if !bearer(&headers) {
            return refused(StatusCode::UNAUTHORIZED, "unauthorized");
        }
        answer(StatusCode::OK, &a.listed.clone())
    }
    axum::Router::new()
        .route("/me/v1/authentication-methods", post(create).get(list))
        .route("/me/v1/authentication-methods/{id}/verify", post(verify))
        .with_state(answers)
}

/// Sends `n` requests over one kept-alive connection, each waited for, and says the last status
/// line: the client of `serve <server> count`, a plain blocking socket so that what it costs is
/// the same whichever server answers.
fn drive(addr: std::net::SocketAddr, method: &str, path: &str, body: &str, n: usize) -> std::io::Result<String> {
    use std::io::{Error, Read, Write};
    let request = format!("{method} {path} HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nAuthorization: Bearer token\r\nContent-Length: {}\r\n\r\n{body}", body.len());
    let mut stream = std::net::TcpStream::connect(addr)?;
    stream.set_nodelay(true)?;
    let mut buf = vec![0u8; 1 << 16];
    let mut status = String::new();
    for _ in 0..n {
        stream.write_all(request.as_bytes())?;
        let mut got = 0;
        loop {
            if got == buf.len() {
                buf.resize(2 * got, 0);
            }
            let read = stream.read(&mut buf[got..])?;
            if read == 0 {
                return Err(Error::other("the server closed the connection"));
            }
            got += read;
            let Some(end) = buf[..got].windows(4).position(|w| w == b"\r\n\r\n") else { continue };
            let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
            let length = head.lines().find_map(|l| l.strip_prefix("content-length:")).and_then(|v| v.trim().parse::<usize>().ok()).unwrap_or(0);
            if got >= end + 4 + length {
                status = head.lines().next().unwrap_or_default().to_string();
                break;
            }
        }
    }
    Ok(status)
}

/// `serve <server> count <method> <path> <body> <n>`: the server on a port of its own and `n`
/// requests to it from this process, for callgrind to count the instructions of (the difference
/// of two `n` is the cost of a request: the server's and the client's, which is the same for both
/// servers).
fn count(app: axum::Router, args: &[String]) -> ExitCode {
    let [method, path, body, n] = args else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let Ok(n) = n.parse::<usize>() else {
        eprintln!("error: {n:?} is not a number of requests");
        return ExitCode::from(2);
    };
    let listener = match std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.set_nonblocking(true).map(|()| l)) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: a port to listen on: {e}");
            return ExitCode::FAILURE;
        }
    };
    let Ok(addr) = listener.local_addr() else { return ExitCode::FAILURE };
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a tokio runtime starts");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("a listening socket");
            axum::serve(listener, app).await.expect("the server runs");
        });
    });
    match drive(addr, method, path, body, n) {
        Ok(status) => {
            println!("{status}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "usage: serve <generated|handwritten> <addr>, or serve <generated|handwritten> count <method> <path> <body> <requests>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (which, rest) = match args.as_slice() {
        [which, rest @ ..] if !rest.is_empty() => (which, rest),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let app = match which.as_str() {
        "generated" => generated(),
        "handwritten" => handwritten(),
        other => {
            eprintln!("error: no server {other:?}; generated or handwritten");
            return ExitCode::from(2);
        }
    };
    let addr = match rest {
        [mode, rest @ ..] if mode == "count" => return count(app, rest),
        [addr] => addr,
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().expect("a tokio runtime starts");
    runtime.block_on(async {
        let listener = match tokio::net::TcpListener::bind(addr.as_str()).await {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: {addr}: {e}");
                return ExitCode::from(2);
            }
        };
        match axum::serve(listener, app).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        }
    })
}
