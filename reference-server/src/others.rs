//! The tags besides authentication methods, answered from data the operator seeds in the
//! configuration file and kept in the database: factors (the enabled ones), consents,
//! organizations, and connected accounts, whose connect flow runs against a local stand-in for
//! the provider (`GET /_local/connect?ticket=...` redirects back with a `connect_code`).

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use generated_server_stubs::my_account::*;
use generated_client::runtime::OperationInfo;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::app::{api_base, placeholder, typed, user_of, ApiError, ApiResult, Shared};
use crate::store::{Enrollment, Queries};
use crate::vault;

/// The implementation of the factors, consents, organizations and connected-accounts tags.
#[derive(Clone)]
pub struct Others(pub Shared);

const ACCOUNTS: &str = "connected_accounts";

/// One page of `items` (sorted by id) from the cursor `from`, and the cursor of the next page.
fn page(mut items: Vec<Value>, from: Option<&str>, take: Option<i64>, default: usize, max: usize) -> ApiResult<(Vec<Value>, Option<String>)> {
    let take = match take {
        None => default,
        Some(n) if n >= 1 && n as usize <= max => n as usize,
        Some(n) => return Err(ApiError::bad_request("invalid_query", format!("take must be between 1 and {max}, not {n}."))),
    };
    items.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
    let start = match from {
        None => 0,
        Some(cursor) => items.iter().position(|v| v["id"].as_str() == Some(cursor)).ok_or_else(|| ApiError::bad_request("invalid_query", "from is not a cursor this server gave."))?,
    };
    let rest: Vec<Value> = items.into_iter().skip(start).collect();
    let next = rest.get(take).and_then(|v| v["id"].as_str()).map(str::to_string);
    Ok((rest.into_iter().take(take).collect(), next))
}

fn with_next(mut body: Value, next: Option<String>) -> Value {
    if let Some(next) = next {
        body["next"] = json!(next);
    }
    body
}

impl FactorsApi for Others {
    type Error = ApiError;

    async fn get_factors(&self, request: GetFactorsRequest) -> ApiResult<GetFactorsResponse> {
        user_of(&request.context)?;
        let factors: Vec<Value> = self
            .0
            .config
            .factors
            .iter()
            .map(|f| json!({ "type": f, "usage": [if matches!(f.as_str(), "password" | "passkey") { "primary" } else { "secondary" }] }))
            .collect();
        Ok(GetFactorsResponse::Ok { body: typed(json!({ "factors": factors }))?, x_ratelimit_limit: placeholder(), x_ratelimit_reset: placeholder(), x_ratelimit_remaining: placeholder() })
    }

    fn handle_error(&self, operation: &'static OperationInfo, error: ApiError) -> ErrorReply {
        error.reply(operation)
    }
}

impl ConsentsApi for Others {
    type Error = ApiError;

    async fn get_consents(&self, request: GetConsentsRequest) -> ApiResult<GetConsentsResponse> {
        let user = user_of(&request.context)?;
        let consents = self.0.store.tx(|tx| tx.seeded("consents", &user))?;
        Ok(GetConsentsResponse::Ok { body: typed(json!({ "consents": consents }))?, x_ratelimit_limit: placeholder(), x_ratelimit_reset: placeholder(), x_ratelimit_remaining: placeholder() })
    }

    async fn get_consent(&self, request: GetConsentRequest) -> ApiResult<GetConsentResponse> {
        let user = user_of(&request.context)?;
        let consents = self.0.store.tx(|tx| tx.seeded("consents", &user))?;
        let found = consents.into_iter().find(|c| c["id"].as_str() == Some(request.consent_id.as_str())).ok_or_else(|| ApiError::not_found("consent"))?;
        Ok(GetConsentResponse::Ok { body: typed(found)?, x_ratelimit_limit: placeholder(), x_ratelimit_reset: placeholder(), x_ratelimit_remaining: placeholder() })
    }

    fn handle_error(&self, operation: &'static OperationInfo, error: ApiError) -> ErrorReply {
        error.reply(operation)
    }
}

impl OrganizationsApi for Others {
    type Error = ApiError;

    async fn get_organizations(&self, request: GetOrganizationsRequest) -> ApiResult<GetOrganizationsResponse> {
        let user = user_of(&request.context)?;
        let all = self.0.store.tx(|tx| tx.seeded("organizations", &user))?;
        let (items, next) = page(all, request.from.as_deref(), request.take, 50, 100)?;
        Ok(GetOrganizationsResponse::Ok {
            body: typed(with_next(json!({ "organizations": items }), next))?,
            x_ratelimit_limit: placeholder(),
            x_ratelimit_reset: placeholder(),
            x_ratelimit_remaining: placeholder(),
        })
    }

    fn handle_error(&self, operation: &'static OperationInfo, error: ApiError) -> ErrorReply {
        error.reply(operation)
    }
}

/// S256 of a PKCE verifier, as the challenge is written.
fn s256(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

impl ConnectedAccountsApi for Others {
    type Error = ApiError;

    async fn create_connected_account_request(&self, request: CreateConnectedAccountRequestRequest) -> ApiResult<CreateConnectedAccountRequestResponse> {
        let user = user_of(&request.context)?;
        let body = serde_json::to_value(&request.body).map_err(ApiError::internal)?;
        let connection = body["connection"].as_str().unwrap_or_default().to_string();
        let known = self.0.config.connections.iter().find(|c| c["name"].as_str() == Some(connection.as_str()));
        let Some(known) = known else {
            return Err(ApiError::bad_request("invalid_connection", format!("No connection named `{connection}` can connect accounts.")));
        };
        let session = vault::new_session();
        let ticket = vault::new_session();
        let scopes = body.get("scopes").cloned().or_else(|| known.get("scopes").cloned()).unwrap_or_else(|| json!([]));
        let state = json!({
            "connection": connection, "redirect_uri": body["redirect_uri"], "state": body.get("state"),
            "code_challenge": body.get("code_challenge"), "scopes": scopes, "code": Value::Null,
        });
        let now = self.0.clock.now();
        let e = Enrollment {
            session_hash: vault::sha256_hex(&session),
            method_id: format!("connect|{}", vault::sha256_hex(&ticket)),
            user_id: user,
            kind: "connect".into(),
            expires_at: now + self.0.config.session_seconds as i64,
            attempts: 0,
            state,
        };
        self.0.store.tx(|tx| tx.put_enrollment(&e))?;
        let base = api_base(&request.context.headers, &self.0.config);
        let origin = base.trim_end_matches(generated_server_stubs::my_account::BASE_PATH);
        Ok(CreateConnectedAccountRequestResponse::Created {
            body: typed(json!({
                "connect_uri": format!("{origin}/_local/connect"),
                "auth_session": session,
                "connect_params": { "ticket": ticket },
                "expires_in": self.0.config.session_seconds.max(1),
            }))?,
            x_ratelimit_limit: placeholder(),
            x_ratelimit_reset: placeholder(),
            x_ratelimit_remaining: placeholder(),
        })
    }

    async fn complete_connected_account_request(&self, request: CompleteConnectedAccountRequestRequest) -> ApiResult<CompleteConnectedAccountRequestResponse> {
        let user = user_of(&request.context)?;
        let body = serde_json::to_value(&request.body).map_err(ApiError::internal)?;
        let refused = || ApiError::bad_request("invalid_auth_session", "The auth_session and connect_code do not complete a connect request of this user.");
        let session = body["auth_session"].as_str().unwrap_or_default();
        let now = self.0.clock.now();
        let Some(e) = self.0.store.tx(|tx| tx.enrollment(&vault::sha256_hex(session)))? else { return Err(refused()) };
        if e.user_id != user || e.kind != "connect" || now >= e.expires_at {
            return Err(refused());
        }
        let code_ok = e.state["code"].as_str().is_some_and(|c| Some(c) == body["connect_code"].as_str().map(vault::sha256_hex).as_deref());
        let redirect_ok = e.state["redirect_uri"] == body["redirect_uri"];
        let pkce_ok = match e.state["code_challenge"].as_str() {
            Some(challenge) => body["code_verifier"].as_str().is_some_and(|v| s256(v) == challenge),
            None => true,
        };
        if !(code_ok && redirect_ok && pkce_ok) {
            return Err(refused());
        }
        let connection = e.state["connection"].as_str().unwrap_or_default().to_string();
        let existing = self.0.store.tx(|tx| tx.seeded(ACCOUNTS, &user))?;
        if existing.iter().any(|a| a["connection"].as_str() == Some(connection.as_str())) {
            self.0.store.tx(|tx| tx.delete_enrollment(&e.session_hash))?;
            return Err(ApiError::new(StatusCode::CONFLICT, "conflict", format!("An account of `{connection}` is connected already.")));
        }
        let account = json!({
            "id": format!("cac_{}", vault::new_id_suffix()),
            "connection": connection,
            "access_type": "offline",
            "scopes": e.state["scopes"],
            "created_at": self.0.clock.now_text(),
        });
        let id = account["id"].as_str().unwrap_or_default().to_string();
        let taken = self.0.store.tx(|tx| {
            // The session is used once, even by two requests racing with it.
            if !tx.delete_enrollment(&e.session_hash)? {
                return Ok(false);
            }
            tx.seed(ACCOUNTS, &user, &id, &account)?;
            Ok(true)
        })?;
        if !taken {
            return Err(refused());
        }
        Ok(CompleteConnectedAccountRequestResponse::Created { body: typed(account)?, x_ratelimit_limit: placeholder(), x_ratelimit_reset: placeholder(), x_ratelimit_remaining: placeholder() })
    }

    async fn get_connected_accounts(&self, request: GetConnectedAccountsRequest) -> ApiResult<GetConnectedAccountsResponse> {
        let user = user_of(&request.context)?;
        let wanted: Option<Vec<String>> = request.connection.as_ref().map(|f| match serde_json::to_value(f) {
            Ok(Value::String(s)) => vec![s],
            Ok(Value::Array(items)) => items.into_iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
            _ => Vec::new(),
        });
        let all: Vec<Value> = self.0.store.tx(|tx| tx.seeded(ACCOUNTS, &user))?.into_iter().filter(|a| wanted.as_ref().is_none_or(|w| w.iter().any(|c| a["connection"].as_str() == Some(c)))).collect();
        let (items, next) = page(all, request.from.as_deref(), request.take, 10, 20)?;
        Ok(GetConnectedAccountsResponse::Ok { body: typed(with_next(json!({ "accounts": items }), next))?, x_ratelimit_limit: placeholder(), x_ratelimit_reset: placeholder(), x_ratelimit_remaining: placeholder() })
    }

    async fn get_connected_accounts_connections(&self, request: GetConnectedAccountsConnectionsRequest) -> ApiResult<GetConnectedAccountsConnectionsResponse> {
        user_of(&request.context)?;
        let all: Vec<Value> = self.0.config.connections.iter().map(|c| {
            let mut c = c.clone();
            c["id"] = c["name"].clone();
            c
        }).collect();
        let (items, next) = page(all, request.from.as_deref(), request.take, 10, 20)?;
        let items: Vec<Value> = items.into_iter().map(|mut c| {
            if let Some(o) = c.as_object_mut() {
                o.remove("id");
            }
            c
        }).collect();
        Ok(GetConnectedAccountsConnectionsResponse::Ok { body: typed(with_next(json!({ "connections": items }), next))?, x_ratelimit_limit: placeholder(), x_ratelimit_reset: placeholder(), x_ratelimit_remaining: placeholder() })
    }

    async fn delete_connected_account(&self, request: DeleteConnectedAccountRequest) -> ApiResult<DeleteConnectedAccountResponse> {
        let user = user_of(&request.context)?;
        if !self.0.store.tx(|tx| tx.delete_seeded(ACCOUNTS, &user, request.id.as_str()))? {
            return Err(ApiError::not_found("connected account"));
        }
        Ok(DeleteConnectedAccountResponse::NoContent { x_ratelimit_limit: placeholder(), x_ratelimit_reset: placeholder(), x_ratelimit_remaining: placeholder() })
    }

    fn handle_error(&self, operation: &'static OperationInfo, error: ApiError) -> ErrorReply {
        error.reply(operation)
    }
}

#[derive(serde::Deserialize)]
pub struct Ticket {
    ticket: String,
}

/// The provider's consent screen, stood in for: the ticket's connect request gets a code, and the
/// browser goes back to the `redirect_uri` with it (and the request's `state`).
pub async fn local_connect(State(app): State<Shared>, Query(q): Query<Ticket>, parts: axum::http::request::Parts) -> Response {
    if let Err(r) = crate::outbox::local_only(&parts) {
        return *r;
    }
    let code = vault::new_session();
    let method_id = format!("connect|{}", vault::sha256_hex(&q.ticket));
    let found = app.store.tx(|tx| {
        let Some(mut e) = tx.enrollment_for(&method_id)? else { return Ok(None) };
        e.state["code"] = json!(vault::sha256_hex(&code));
        tx.put_enrollment(&e)?;
        Ok(Some(e))
    });
    match found {
        Ok(Some(e)) => {
            let redirect = e.state["redirect_uri"].as_str().unwrap_or_default();
            let sep = if redirect.contains('?') { '&' } else { '?' };
            let mut target = format!("{redirect}{sep}connect_code={code}");
            if let Some(state) = e.state["state"].as_str() {
                target.push_str(&format!("&state={}", crate::app::path_segment(state)));
            }
            Redirect::to(&target).into_response()
        }
        Ok(None) => (StatusCode::NOT_FOUND, "no connect request has this ticket").into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}
