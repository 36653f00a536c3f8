//! The `authentication-methods` tag: list, get, update and delete a user's own methods, and the
//! two enrollment steps (in [`crate::enroll`]). Every lookup is scoped to the token's user, so
//! another user's method id is 404, exactly as an id that does not exist.

use generated_server_stubs::my_account::*;
use generated_client::runtime::OperationInfo;
use serde_json::{json, Value};

use crate::app::{api_base, path_segment, placeholder, typed, user_of, ApiError, ApiResult, Shared};
use crate::enroll::{self, view};
use crate::store::Queries;

/// The implementation of [`AuthenticationMethodsApi`].
#[derive(Clone)]
pub struct Methods(pub Shared);

fn body_json<T: serde::Serialize>(body: &Option<T>) -> ApiResult<Value> {
    match body {
        Some(b) => serde_json::to_value(b).map_err(ApiError::internal),
        None => Err(ApiError::bad_request("invalid_body", "The request has no body.")),
    }
}

impl Methods {
    fn list(&self, request: &GetAuthenticationMethodsRequest) -> ApiResult<GetAuthenticationMethodsResponse> {
        let user = user_of(&request.context)?;
        let wanted = request.type_.map(|t| t.as_str());
        let methods = self.0.store.tx(|tx| tx.methods_of(&user))?;
        let listed: Vec<Value> = methods.iter().filter(|m| wanted.is_none_or(|w| w == m.kind)).map(view).collect();
        Ok(GetAuthenticationMethodsResponse::Ok {
            body: typed(json!({ "authentication_methods": listed }))?,
            x_ratelimit_limit: placeholder(),
            x_ratelimit_reset: placeholder(),
            x_ratelimit_remaining: placeholder(),
        })
    }

    fn get(&self, request: &GetAuthenticationMethodRequest) -> ApiResult<GetAuthenticationMethodResponse> {
        let user = user_of(&request.context)?;
        let m = self.0.store.tx(|tx| tx.method(&user, &request.authentication_method_id))?.ok_or_else(|| ApiError::not_found("authentication method"))?;
        Ok(GetAuthenticationMethodResponse::Ok { body: typed(view(&m))?, x_ratelimit_limit: placeholder(), x_ratelimit_reset: placeholder(), x_ratelimit_remaining: placeholder() })
    }

    fn update(&self, request: &UpdateAuthenticationMethodRequest) -> ApiResult<UpdateAuthenticationMethodResponse> {
        let user = user_of(&request.context)?;
        let changes = request.body.as_ref().map(serde_json::to_value).transpose().map_err(ApiError::internal)?.unwrap_or_else(|| json!({}));
        let id = &request.authentication_method_id;
        let updated = self.0.store.tx(|tx| {
            let Some(mut m) = tx.method(&user, id)? else { return Ok(Err(ApiError::not_found("authentication method"))) };
            // PATCH: only what the body names changes.
            if let Some(name) = changes.get("name").and_then(Value::as_str) {
                m.public.insert("name".into(), json!(name));
            }
            if let Some(preferred) = changes.get("preferred_authentication_method").and_then(Value::as_str) {
                if m.kind != "phone" {
                    let mut e = ApiError::bad_request("invalid_body", "preferred_authentication_method applies to phone methods only.");
                    e.issues.push(("preferred_authentication_method".into(), "/preferred_authentication_method".into(), "applies to phone methods only".into()));
                    return Ok(Err(e));
                }
                m.public.insert("preferred_authentication_method".into(), json!(preferred));
            }
            tx.put_method(&m)?;
            Ok(Ok(m))
        })??;
        Ok(UpdateAuthenticationMethodResponse::Ok { body: typed(view(&updated))?, x_ratelimit_limit: placeholder(), x_ratelimit_reset: placeholder(), x_ratelimit_remaining: placeholder() })
    }

    fn delete(&self, request: &DeleteAuthenticationMethodRequest) -> ApiResult<DeleteAuthenticationMethodResponse> {
        let user = user_of(&request.context)?;
        let id = &request.authentication_method_id;
        self.0.store.tx(|tx| {
            let methods = tx.methods_of(&user)?;
            let Some(target) = methods.iter().find(|m| &m.id == id) else { return Ok(Err(ApiError::not_found("authentication method"))) };
            // The last method that signs in (a password or a passkey) stays: without it the user
            // could not sign in again to enroll another.
            let primaries = methods.iter().filter(|m| !enroll::is_mfa(&m.kind) && m.confirmed).count();
            if !enroll::is_mfa(&target.kind) && primaries <= 1 {
                return Ok(Err(ApiError::new(axum::http::StatusCode::CONFLICT, "conflict", "The last password or passkey cannot be deleted.")));
            }
            tx.delete_method(&user, id)?;
            Ok(Ok(()))
        })??;
        Ok(DeleteAuthenticationMethodResponse::NoContent { x_ratelimit_limit: placeholder(), x_ratelimit_reset: placeholder(), x_ratelimit_remaining: placeholder() })
    }

    fn create(&self, request: &CreateAuthenticationMethodRequest) -> ApiResult<CreateAuthenticationMethodResponse> {
        let user = user_of(&request.context)?;
        let body = body_json(&request.body)?;
        let agent = request.context.headers.get(axum::http::header::USER_AGENT).and_then(|v| v.to_str().ok());
        let started = enroll::start(&self.0, &user, &body, agent)?;
        Ok(CreateAuthenticationMethodResponse::Accepted {
            body: typed(started.body)?,
            location: format!("{}/authentication-methods/{}", api_base(&request.context.headers, &self.0.config), path_segment(&started.id)),
            x_ratelimit_limit: placeholder(),
            x_ratelimit_reset: placeholder(),
            x_ratelimit_remaining: placeholder(),
        })
    }

    fn confirm(&self, request: &ConfirmAuthenticationMethodRequest) -> ApiResult<ConfirmAuthenticationMethodResponse> {
        let user = user_of(&request.context)?;
        let body = body_json(&request.body)?;
        let method = enroll::confirm(&self.0, &user, &request.authentication_method_id, &body)?;
        Ok(ConfirmAuthenticationMethodResponse::Created {
            body: typed(view(&method))?,
            location: format!("{}/authentication-methods/{}", api_base(&request.context.headers, &self.0.config), path_segment(&method.id)),
            x_ratelimit_limit: placeholder(),
            x_ratelimit_reset: placeholder(),
            x_ratelimit_remaining: placeholder(),
        })
    }
}

impl AuthenticationMethodsApi for Methods {
    type Error = ApiError;

    async fn get_authentication_methods(&self, request: GetAuthenticationMethodsRequest) -> ApiResult<GetAuthenticationMethodsResponse> {
        self.list(&request)
    }

    async fn create_authentication_method(&self, request: CreateAuthenticationMethodRequest) -> ApiResult<CreateAuthenticationMethodResponse> {
        self.create(&request)
    }

    async fn get_authentication_method(&self, request: GetAuthenticationMethodRequest) -> ApiResult<GetAuthenticationMethodResponse> {
        self.get(&request)
    }

    async fn delete_authentication_method(&self, request: DeleteAuthenticationMethodRequest) -> ApiResult<DeleteAuthenticationMethodResponse> {
        self.delete(&request)
    }

    async fn update_authentication_method(&self, request: UpdateAuthenticationMethodRequest) -> ApiResult<UpdateAuthenticationMethodResponse> {
        self.update(&request)
    }

    async fn confirm_authentication_method(&self, request: ConfirmAuthenticationMethodRequest) -> ApiResult<ConfirmAuthenticationMethodResponse> {
        self.confirm(&request)
    }

    fn handle_error(&self, operation: &'static OperationInfo, error: ApiError) -> ErrorReply {
        error.reply(operation)
    }
}
