//! A mock server for the APIs in `openapi/`, as one command: the generated example servers of every
//! spec (or of the one named) on one port, each at its spec's base path, behind the same router
//! the stubs generate, so requests are checked exactly as a real server on the stubs checks them.

use std::sync::Arc;

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::response::Response;
use generated_server_stubs::server_runtime::{AuthError, Authenticator, Credential, Principal, RequestHead};
use tower::ServiceExt;

/// The development token the mock accepts, with every scope its specs name.
pub const DEFAULT_TOKEN: &str = "mock-token";

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Spec files to serve (as generated, e.g. `openapi/my-account.yaml`); empty for all.
    pub specs: Vec<String>,
    pub port: u16,
    pub token: String,
    /// Accept requests without credentials (as if they carried the token).
    pub no_auth: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { specs: Vec::new(), port: 4010, token: DEFAULT_TOKEN.to_string(), no_auth: false }
    }
}

pub const USAGE: &str = "\
usage: mock [--spec <file>]... [--port <n>] [--token <token>] [--no-auth]

Serves the documented examples of every spec in openapi/ (or of those named), each at its spec's
base path, and for operations without examples a value made from the response schema.
  --spec <file>    a spec to serve, e.g. openapi/my-account.yaml (default: every spec)
  --port <n>       the port on 127.0.0.1 (default 4010; 0 picks a free one)
  --token <token>  the bearer token to accept (default: mock-token)
  --no-auth        accept requests without credentials
Ask for a documented example with `Prefer: example=<name>`, for a documented status with
`Prefer: code=<status>`.
";

/// Reads the command line (without the program name).
pub fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options::default();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = |name: &str| rest.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--spec" => options.specs.push(value("--spec")?),
            "--port" => options.port = value("--port")?.parse().map_err(|e| format!("--port: {e}"))?,
            "--token" => options.token = value("--token")?,
            "--no-auth" => options.no_auth = true,
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    for spec in &options.specs {
        if !generated_client::SPECS.iter().any(|s| s.file == spec) {
            let known: Vec<&str> = generated_client::SPECS.iter().map(|s| s.file).collect();
            return Err(format!("{spec} is not a generated spec; these are: {}", known.join(", ")));
        }
    }
    Ok(options)
}

/// Grants every scope any operation names, to the one token.
#[derive(Clone)]
struct DevToken(Arc<str>);

impl Authenticator for DevToken {
    async fn authenticate(&self, credential: Credential, _request: &RequestHead) -> Result<Principal, AuthError> {
        if credential.token != *self.0 {
            return Err(AuthError { detail: "The mock accepts its development token only.".into() });
        }
        let scopes = generated_client::SPECS.iter().flat_map(|s| s.operations).flat_map(|o| o.scopes.iter().map(|s| s.to_string())).collect();
        Ok(Principal { subject: Some("mock-user".into()), scopes })
    }
}

/// The spec files served, with their base paths, longest first (so a nested one wins).
pub fn served(options: &Options) -> Vec<(&'static str, &'static str)> {
    let mut out: Vec<(&'static str, &'static str)> = generated_client::SPECS
        .iter()
        .filter(|s| options.specs.is_empty() || options.specs.iter().any(|f| f == s.file))
        .map(|s| (s.file, s.base_path))
        .collect();
    out.sort_by_key(|(_, base)| std::cmp::Reverse(base.len()));
    out
}

/// The mock as one axum router: a request goes to the spec whose base path it is under.
pub fn app(options: &Options) -> axum::Router {
    let auth = DevToken(options.token.as_str().into());
    let routers: Vec<(&'static str, axum::Router)> = served(options)
        .into_iter()
        .filter_map(|(file, base)| Some((base, generated_server_stubs::example_router(file, auth.clone())?)))
        .collect();
    let routers = Arc::new(routers);
    let token = options.token.clone();
    let no_auth = options.no_auth;
    axum::Router::new().fallback(move |mut request: Request| {
        let routers = routers.clone();
        let token = token.clone();
        async move {
            if no_auth && !request.headers().contains_key(header::AUTHORIZATION) {
                if let Ok(value) = HeaderValue::from_str(&format!("Bearer {token}")) {
                    request.headers_mut().insert(header::AUTHORIZATION, value);
                }
            }
            let path = request.uri().path().to_string();
            let chosen = routers.iter().find(|(base, _)| path == *base || path.starts_with(&format!("{base}/")) || base.is_empty());
            let router = match chosen {
                Some((_, router)) => router.clone(),
                // No spec is mounted there: the first router's own 404, in its spec's error schema.
                None => routers.first().map(|(_, r)| r.clone()).unwrap_or_default(),
            };
            let response: Response = router.oneshot(request).await.unwrap_or_else(|never| match never {});
            response
        }
    })
}
