//! Enrollment, the two steps of every method type: start (`POST /authentication-methods`: a
//! pending method and an `auth_session`) and confirm (`POST .../{id}/verify`: the proof for that
//! type). A session is 256 random bits, stored only as its hash, bound to the user, the method and
//! the enrollment, used once, and expires; a refused confirmation changes nothing but the count
//! of wrong codes, and the fifth wrong code voids the enrollment.

use serde_json::{json, Map, Value};

use crate::app::{ApiError, ApiResult, App};
use crate::otp;
use crate::password;
use crate::store::{Enrollment, Method, Queries};
use crate::vault;

/// The most methods a user has: what the list answers at most (its schema's `maxItems`).
pub const MAX_METHODS: usize = 20;

/// The refusal of a method past [`MAX_METHODS`], at the start of an enrollment or its confirmation.
fn too_many_methods() -> ApiError {
    ApiError::bad_request("too_many_methods", format!("A user has at most {MAX_METHODS} authentication methods; delete one first."))
}

/// The types that enroll as a second factor (their methods show `confirmed`).
pub fn is_mfa(kind: &str) -> bool {
    !matches!(kind, "password" | "passkey")
}

fn usage(kind: &str) -> &'static str {
    if is_mfa(kind) {
        "secondary"
    } else {
        "primary"
    }
}

/// A method as the API shows it (`AuthenticationMethod` and its relatives).
pub fn view(m: &Method) -> Value {
    let mut v = m.public.clone();
    v.insert("id".into(), json!(m.id));
    v.insert("type".into(), json!(m.kind));
    v.insert("created_at".into(), json!(m.created_at));
    v.insert("usage".into(), json!([usage(&m.kind)]));
    if is_mfa(&m.kind) {
        v.insert("confirmed".into(), json!(m.confirmed));
    }
    Value::Object(v)
}

/// `auth0|507f...` -> `507f...`: the user id within its connection.
fn identity_user_id(user: &str) -> String {
    user.split_once('|').map_or(user, |(_, rest)| rest).to_string()
}

fn text(body: &Value, key: &str) -> Option<String> {
    body.get(key).and_then(Value::as_str).map(str::to_string)
}

/// What starting an enrollment answers: the body of the 202 and the method id for `Location`.
pub struct Started {
    pub body: Value,
    pub id: String,
}

/// Starts an enrollment of `body`'s type for `user`.
pub fn start(app: &App, user: &str, body: &Value, user_agent: Option<&str>) -> ApiResult<Started> {
    let kind = text(body, "type").unwrap_or_default();
    if matches!(kind.as_str(), "webauthn-platform" | "webauthn-roaming") {
        return Err(ApiError::bad_request("not_enrollable", format!("{kind} methods cannot be enrolled through this API; they are listed and deleted only.")));
    }
    if !app.config.factors.contains(&kind) {
        return Err(ApiError::bad_request("factor_not_enabled", format!("The {kind} factor is not enabled for this tenant.")));
    }
    let now = app.clock.now();
    let session = vault::new_session();
    let id = match kind.as_str() {
        "password" | "passkey" => format!("{kind}|new"),
        _ => format!("{kind}|dev_{}", vault::new_id_suffix()),
    };
    let mut method = Method {
        id: id.clone(),
        user_id: user.to_string(),
        kind: kind.clone(),
        confirmed: false,
        created_at: app.clock.now_text(),
        public: Map::new(),
        secret: None,
        last_step: None,
    };
    let mut state = json!({});
    let mut answer = json!({ "id": id, "auth_session": session });
    let mut message = None;
    match kind.as_str() {
        "totp" | "push-notification" => {
            let secret = vault::random_bytes(20);
            let encoded = otp::base32_encode(&secret);
            answer["barcode_uri"] = json!(otp::otpauth_uri(&app.config.tenant, user, &encoded));
            if kind == "totp" {
                answer["manual_input_code"] = json!(encoded);
            } else {
                message = Some(("push", "the authenticator app".to_string(), "Approve linking this device to your account.".to_string()));
            }
            method.secret = Some(app.sealer.seal(&secret));
        }
        "recovery-code" => {
            let code = vault::recovery_code();
            method.secret = Some(vault::hash_secret(&code).map_err(ApiError::internal)?.into_bytes());
            answer["recovery_code"] = json!(code);
        }
        "email" | "phone" => {
            let (channel, destination) = if kind == "email" {
                let email = text(body, "email").unwrap_or_default();
                method.public.insert("email".into(), json!(email));
                ("email", email)
            } else {
                let number = text(body, "phone_number").unwrap_or_default();
                let preferred = text(body, "preferred_authentication_method").unwrap_or_else(|| "sms".into());
                method.public.insert("phone_number".into(), json!(number));
                method.public.insert("preferred_authentication_method".into(), json!(preferred));
                (if preferred == "voice" { "voice" } else { "sms" }, number)
            };
            let code = vault::numeric_code(6);
            state = json!({ "code": vault::sha256_hex(&code), "code_expires_at": now + app.config.code_seconds as i64 });
            message = Some((channel, destination, format!("Your verification code is {code}.")));
        }
        "password" => {
            answer["policy"] = app.policy_json.clone();
        }
        "passkey" => {
            let existing: Vec<String> = app.store.tx(|tx| tx.methods_of(user))?.into_iter().filter(|m| m.kind == "passkey").filter_map(|m| m.public.get("key_id").and_then(Value::as_str).map(str::to_string)).collect();
            let exclude = body.get("use_exclude_credentials").and_then(Value::as_bool).unwrap_or(true);
            let (options, registration) = app.passkeys.start(user, if exclude { &existing } else { &[] }).map_err(ApiError::internal)?;
            answer = json!({ "auth_session": session, "authn_params_public_key": options });
            state = json!({ "registration": registration, "user_agent": user_agent });
        }
        other => return Err(ApiError::bad_request("invalid_type", format!("`{other}` is not a method type this server enrolls."))),
    }
    let enrollment = Enrollment {
        session_hash: vault::sha256_hex(&session),
        method_id: id.clone(),
        user_id: user.to_string(),
        kind: kind.clone(),
        expires_at: now + app.config.session_seconds as i64,
        attempts: 0,
        state,
    };
    let keeps_method = !matches!(kind.as_str(), "password" | "passkey");
    let now_text = app.clock.now_text();
    let sent = app.store.tx(|tx| {
        let methods = tx.methods_of(user)?;
        // A new enrollment of a type replaces the user's pending one of that type; a refused one
        // (over the limit) changes nothing.
        let kept = methods.iter().filter(|m| m.kind != kind || m.confirmed).count();
        if keeps_method && kept >= MAX_METHODS {
            return Ok(Err(too_many_methods()));
        }
        for pending in methods.iter().filter(|m| m.kind == kind && !m.confirmed) {
            tx.delete_method(user, &pending.id)?;
        }
        if keeps_method {
            tx.put_method(&method)?;
        }
        let mut enrollment = enrollment.clone();
        if let Some((channel, destination, text)) = &message {
            let outbox_id = tx.send(user, channel, destination, text, &now_text)?;
            enrollment.state["outbox"] = json!(outbox_id);
        }
        tx.put_enrollment(&enrollment)?;
        Ok(Ok(()))
    });
    sent??;
    if let Some((channel, destination, text)) = message {
        app.sender.deliver(&crate::outbox::Message { user_id: user.to_string(), channel: channel.to_string(), destination, text });
    }
    Ok(Started { body: answer, id })
}

/// The refusal of a confirmation: the same for a session that never existed, was used, or is
/// another user's, so that a caller learns nothing from it.
fn bad_session() -> ApiError {
    ApiError::bad_request("invalid_auth_session", "The auth_session is not valid for this authentication method.")
}

/// Confirms the enrollment `body.auth_session` started, for the method `id` of `user`.
pub fn confirm(app: &App, user: &str, id: &str, body: &Value) -> ApiResult<Method> {
    let session = text(body, "auth_session").ok_or_else(bad_session)?;
    let now = app.clock.now();
    let Some(mut e) = app.store.tx(|tx| tx.enrollment(&vault::sha256_hex(&session)))? else { return Err(bad_session()) };
    if e.user_id != user || e.method_id != id {
        return Err(bad_session());
    }
    if now >= e.expires_at {
        app.store.tx(|tx| void(tx, &e))?;
        return Err(ApiError::bad_request("expired_auth_session", "The enrollment expired; start it again."));
    }
    let pending = app.store.tx(|tx| tx.method(user, &e.method_id))?;
    let outcome = check_proof(app, user, &e, pending.as_ref(), body, now);
    match outcome {
        Ok(Confirmed { method, password_hash }) => {
            // One transaction: the method, the password it sets, the session used up.
            let written = app.store.tx(|tx| {
                let methods = tx.methods_of(user)?;
                if !methods.iter().any(|m| m.id == method.id) && methods.len() >= MAX_METHODS {
                    return Ok(Err(too_many_methods()));
                }
                if !tx.delete_enrollment(&e.session_hash)? {
                    return Ok(Err(bad_session()));
                }
                if let Some(hash) = &password_hash {
                    tx.add_password(user, hash, now)?;
                }
                tx.put_method(&method)?;
                Ok(Ok(()))
            })?;
            written?;
            Ok(method)
        }
        Err(Refusal::Wrong(err)) => {
            e.attempts += 1;
            if e.attempts >= app.config.max_attempts {
                app.store.tx(|tx| void(tx, &e))?;
                return Err(ApiError::bad_request("too_many_attempts", "Too many wrong codes: the enrollment is void; start it again."));
            }
            app.store.tx(|tx| tx.put_enrollment(&e))?;
            Err(err)
        }
        Err(Refusal::Other(err)) => Err(err),
    }
}

/// An enrollment that can no longer be confirmed, and its pending method.
fn void(tx: &rusqlite::Transaction<'_>, e: &Enrollment) -> crate::store::Result<()> {
    tx.delete_enrollment(&e.session_hash)?;
    if let Some(m) = tx.method(&e.user_id, &e.method_id)? {
        if !m.confirmed {
            tx.delete_method(&e.user_id, &e.method_id)?;
        }
    }
    Ok(())
}

enum Refusal {
    /// A wrong code: counts toward voiding the enrollment.
    Wrong(ApiError),
    Other(ApiError),
}

fn wrong_code() -> Refusal {
    Refusal::Wrong(ApiError::bad_request("invalid_otp_code", "The code is not valid."))
}

/// A confirmation that passed: the method, and for a password the hash to add to the history
/// (written by the same transaction).
struct Confirmed {
    method: Method,
    password_hash: Option<String>,
}

impl From<Method> for Confirmed {
    fn from(method: Method) -> Confirmed {
        Confirmed { method, password_hash: None }
    }
}

fn check_proof(app: &App, user: &str, e: &Enrollment, pending: Option<&Method>, body: &Value, now: i64) -> Result<Confirmed, Refusal> {
    let missing = |m: &str| Refusal::Other(ApiError::internal(format!("the pending {m} method of an enrollment is gone")));
    match e.kind.as_str() {
        "totp" => {
            let mut m = pending.cloned().ok_or_else(|| missing("totp"))?;
            let code = text(body, "otp_code").ok_or_else(wrong_code)?;
            let secret = m.secret.as_deref().and_then(|s| app.sealer.open(s)).ok_or_else(|| Refusal::Other(ApiError::internal("a TOTP secret does not open")))?;
            match otp::verify_totp(&secret, &code, now.max(0) as u64, m.last_step) {
                Ok(step) => {
                    m.last_step = Some(step);
                    m.confirmed = true;
                    Ok(m.into())
                }
                Err(otp::OtpError::Reused) => Err(Refusal::Wrong(ApiError::bad_request("otp_code_reused", "That code was used already; wait for the next one."))),
                Err(_) => Err(wrong_code()),
            }
        }
        "email" | "phone" => {
            let mut m = pending.cloned().ok_or_else(|| missing(&e.kind))?;
            let code = text(body, "otp_code").ok_or_else(wrong_code)?;
            if e.state["code_expires_at"].as_i64().is_none_or(|t| now >= t) {
                return Err(Refusal::Other(ApiError::bad_request("expired_otp_code", "The code expired; start the enrollment again.")));
            }
            if e.state["code"].as_str() != Some(vault::sha256_hex(&code).as_str()) {
                return Err(wrong_code());
            }
            m.confirmed = true;
            Ok(m.into())
        }
        "recovery-code" => {
            let mut m = pending.cloned().ok_or_else(|| missing("recovery-code"))?;
            m.confirmed = true;
            Ok(m.into())
        }
        "push-notification" => {
            let mut m = pending.cloned().ok_or_else(|| missing("push-notification"))?;
            let approved = e.state["outbox"].as_i64().and_then(|id| app.store.tx(|tx| tx.outbox_entry(id)).ok().flatten()).is_some_and(|entry| entry.approved);
            if !approved {
                return Err(Refusal::Other(ApiError::bad_request("authorization_pending", "The push notification has not been approved yet.")));
            }
            m.confirmed = true;
            Ok(m.into())
        }
        "password" => confirm_password(app, user, body).map(|(method, hash)| Confirmed { method, password_hash: Some(hash) }).map_err(Refusal::Other),
        "passkey" => {
            let response = body.get("authn_response").ok_or_else(|| Refusal::Other(ApiError::bad_request("invalid_authn_response", "authn_response is required.")))?;
            let credential = app.passkeys.finish(user, &e.state["registration"], response).map_err(|why| Refusal::Other(ApiError::bad_request("invalid_authn_response", why)))?;
            let mut public = Map::new();
            public.insert("key_id".into(), json!(credential.key_id));
            public.insert("public_key".into(), json!(credential.public_key));
            public.insert("credential_backed_up".into(), json!(credential.backed_up));
            public.insert("credential_device_type".into(), json!(if credential.backup_eligible { "multi_device" } else { "single_device" }));
            public.insert("identity_user_id".into(), json!(identity_user_id(user)));
            public.insert("user_handle".into(), json!(credential.user_handle));
            public.insert("transports".into(), json!(credential.transports));
            public.insert("aaguid".into(), json!(credential.aaguid));
            public.insert("relying_party_id".into(), json!(app.config.relying_party.id));
            if let Some(agent) = e.state["user_agent"].as_str() {
                public.insert("user_agent".into(), json!(agent));
            }
            Ok(Confirmed::from(Method {
                id: format!("passkey|dev_{}", vault::new_id_suffix()),
                user_id: user.to_string(),
                kind: "passkey".into(),
                confirmed: true,
                created_at: app.clock.now_text(),
                public,
                // The library's record (public key, sign count, flags), for signing in later.
                secret: Some(json!({ "passkey": credential.passkey, "sign_count": credential.sign_count }).to_string().into_bytes()),
                last_step: None,
            }))
        }
        other => Err(Refusal::Other(ApiError::internal(format!("an enrollment of unknown type {other}")))),
    }
}

/// The password method after `new_password` passed every rule of the policy (each broken rule is
/// one `validation_errors` entry), including the last passwords of the history.
fn confirm_password(app: &App, user: &str, body: &Value) -> ApiResult<(Method, String)> {
    let new_password = text(body, "new_password").unwrap_or_default();
    let seed = app.config.users.get(user);
    let profile: Vec<(&str, &str)> = [("name", seed.and_then(|s| s.name.as_deref())), ("email", seed.and_then(|s| s.email.as_deref()))]
        .into_iter()
        .filter_map(|(k, v)| Some((k, v?)))
        .collect();
    let mut issues: Vec<(String, String, String)> =
        password::check(&app.policy, &new_password, &profile).into_iter().map(|b| ("new_password".to_string(), "/new_password".to_string(), format!("{}: {}", b.rule, b.message))).collect();
    let kept = password::kept(&app.policy, &new_password).to_string();
    if app.policy.history.active && app.policy.history.size > 0 {
        let previous = app.store.tx(|tx| tx.password_hashes(user, app.policy.history.size))?;
        if previous.iter().any(|h| vault::verify_secret(&kept, h)) {
            issues.push(("new_password".into(), "/new_password".into(), format!("history: the password must differ from the last {} passwords.", app.policy.history.size)));
        }
    }
    if !issues.is_empty() {
        let mut err = ApiError::bad_request("password_policy", format!("The new password breaks {} rule(s) of the password policy.", issues.len()));
        err.issues = issues;
        return Err(err);
    }
    let hash = vault::hash_secret(&kept).map_err(ApiError::internal)?;
    let existing = app.store.tx(|tx| tx.methods_of(user))?.into_iter().find(|m| m.kind == "password");
    let mut method = existing.unwrap_or_else(|| Method {
        id: format!("password|dev_{}", vault::new_id_suffix()),
        user_id: user.to_string(),
        kind: "password".into(),
        confirmed: true,
        created_at: app.clock.now_text(),
        public: Map::new(),
        secret: None,
        last_step: None,
    });
    method.public.insert("identity_user_id".into(), json!(identity_user_id(user)));
    method.public.insert("last_password_reset".into(), json!(app.clock.now_text()));
    Ok((method, hash))
}
