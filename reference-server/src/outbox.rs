//! Delivery of one-time codes and push approvals. Every message is kept in the database's outbox,
//! which a developer reads on the console or at the local-only `GET /_local/outbox` (and approves
//! pushes at `POST /_local/outbox/{id}/approve`); a [`Sender`] delivers it further (an SMS or
//! email gateway in a deployment; the console by default).

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Path, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};

use crate::app::Shared;
use crate::store::Queries;

/// One message, as it leaves the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub user_id: String,
    /// `email`, `sms`, `voice` or `push`.
    pub channel: String,
    pub destination: String,
    pub text: String,
}

/// Delivers messages after they are stored; pluggable.
pub trait Sender: Send + Sync + 'static {
    fn deliver(&self, message: &Message);
}

/// Prints each message on the console (standard error).
pub struct Console;

impl Sender for Console {
    fn deliver(&self, m: &Message) {
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), "outbox: {} to {} (user {}): {}", m.channel, m.destination, m.user_id, m.text);
    }
}

/// Delivers nothing further: for tests, which read the outbox.
pub struct Quiet;

impl Sender for Quiet {
    fn deliver(&self, _: &Message) {}
}

/// The local-only endpoints: answered to loopback peers only, whatever address the server is on.
pub fn routes(app: Shared) -> Router {
    Router::new().route("/_local/outbox", get(list)).route("/_local/outbox/{id}/approve", post(approve)).with_state(app)
}

/// Refuses a peer that is not on this machine (a server started without connection info, as in
/// tests, is reached in process).
pub fn local_only(parts: &Parts) -> Result<(), Box<Response>> {
    match parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0) {
        Some(addr) if !addr.ip().is_loopback() => Err(Box::new((StatusCode::FORBIDDEN, "the developer endpoints are served to loopback clients only").into_response())),
        _ => Ok(()),
    }
}

async fn list(State(app): State<Shared>, parts: Parts) -> Response {
    if let Err(r) = local_only(&parts) {
        return *r;
    }
    match app.store.tx(|tx| tx.outbox()) {
        Ok(entries) => Json(entries).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

async fn approve(State(app): State<Shared>, Path(id): Path<i64>, parts: Parts) -> Response {
    if let Err(r) = local_only(&parts) {
        return *r;
    }
    match app.store.tx(|tx| tx.approve(id)) {
        Ok(true) => StatusCode::NO_CONTENT.into_response(),
        Ok(false) => (StatusCode::NOT_FOUND, "no push approval with that id").into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}
