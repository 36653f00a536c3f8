//! The generator's fixture corpus (generator/tests/fixtures/, one construct per spec), generated
//! into tests/fixtures/ by `cargo xtask regen` and so compiled with the workspace: every example
//! round-trips, lands where it should, and goes through client and example server over HTTP.

use workspace_tests::{fixture_files, replay_examples, roundtrip_examples};

fn landed() -> Vec<String> {
    roundtrip_examples!(fixtures_client, fixture_files())
        .unwrap_or_else(|failures| panic!("{} fixture example(s) failed:\n{}", failures.len(), failures.join("\n")))
}

#[test]
fn every_fixture_example_round_trips_exactly() {
    let lines = landed();
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn every_fixture_is_generated() {
    let generated: Vec<&str> = fixtures_client::SPECS.iter().map(|s| s.file).collect();
    assert_eq!(fixture_files(), generated);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_fixture_example_goes_through_client_and_server() {
    let result: Result<usize, Vec<String>> = replay_examples!(fixtures_client, fixtures_server, fixture_files());
    match result {
        Ok(sent) => assert!(sent > 0),
        Err(failures) => panic!("{} fixture example(s) failed end to end:\n{}", failures.len(), failures.join("\n")),
    }
}

#[test]
fn numeric_bounds_and_false_schemas_are_enforced() {
    use fixtures_client::operations::types::{Item, Money};
    use fixtures_client::primitives_and_nulls::types::Settings;
    use fixtures_client::runtime::decode;
    use serde_json::json;

    let errs = decode::<Item>(&json!({"id": "x", "price": -1})).unwrap_err();
    assert_eq!(errs.issues[0].pointer, "/price");
    assert!(errs.issues[0].message.contains("must be at least 0"), "{errs}");
    assert!(Money::new(serde_json::Number::from(3)).is_ok());
    assert!(Money::new(serde_json::Number::from(-3)).is_err());
    // The limit's integer variant has `minimum: 0`.
    let base = json!({"id": 1, "nickname": null, "limit": -5, "version": "v2", "fixed": 3});
    let errs = decode::<Settings>(&base).unwrap_err();
    assert!(errs.to_string().contains("/limit (field `limit`): must be at least 0, found -5"), "{errs}");
    // `never: false` may not appear; `extra: true` may hold anything.
    let mut with_never = base.clone();
    with_never["limit"] = json!(1);
    with_never["never"] = json!(null);
    let errs = decode::<Settings>(&with_never).unwrap_err();
    assert_eq!(errs.issues.len(), 1, "{errs}");
    assert!(errs.to_string().contains("/never (field `never`): must not be present"), "{errs}");
}

/// The constructs of published documents in `real-world-unions.yaml`, value by value.
mod real_world_unions {
    use fixtures_client::real_world_unions::types::{ConnectionRequest, Grant, Token, ValidationProblem};
    use fixtures_client::runtime::decode;
    use serde_json::json;

    #[test]
    fn a_constant_tag_decides_the_member_without_a_discriminator() {
        let oidc = json!({"name": "login", "strategy": "oidc", "options": {"issuer": "i", "client_id": "a|b"}});
        assert!(matches!(decode::<ConnectionRequest>(&oidc).unwrap(), ConnectionRequest::Oidc(_)));
        // The tag says adfs: the problems are the adfs member's, field by field.
        let errs = decode::<ConnectionRequest>(&json!({"name": "corp", "strategy": "adfs", "options": {"issuer": "i"}})).unwrap_err();
        let pointers: Vec<&str> = errs.issues.iter().map(|i| i.pointer.as_str()).collect();
        assert!(pointers.contains(&"/options/metadata_url"), "{errs}");
        assert_eq!(errs.issues.len(), 1, "the tag chose adfs: only its own problem is reported: {errs}");
    }

    #[test]
    fn all_of_members_intersect_and_unevaluated_properties_close_the_object() {
        // ConnectionBase allows samlp, the member only adfs: both apply.
        let errs = decode::<ConnectionRequest>(&json!({"name": "corp", "strategy": "samlp", "options": {"metadata_url": "u"}})).unwrap_err();
        assert!(errs.to_string().contains("strategy"), "{errs}");
        let errs = decode::<ConnectionRequest>(&json!({"name": "corp", "strategy": "adfs", "options": {"metadata_url": "u"}, "extra": 1})).unwrap_err();
        assert!(errs.issues.iter().any(|i| i.pointer.is_empty() && i.message.contains("does not allow extra")), "{errs}");
    }

    #[test]
    fn ecma_patterns_are_checked_with_look_ahead() {
        let long = "a".repeat(65);
        let errs = decode::<ConnectionRequest>(&json!({"name": long, "strategy": "adfs", "options": {"metadata_url": "u"}})).unwrap_err();
        assert!(errs.issues.iter().any(|i| i.pointer == "/name" && i.message.contains("pattern")), "{errs}");
        let errs = decode::<ConnectionRequest>(&json!({"name": "x", "strategy": "oidc", "options": {"issuer": "i", "client_id": "no-bar"}})).unwrap_err();
        assert!(errs.issues.iter().any(|i| i.pointer == "/options/client_id"), "{errs}");
        assert!(decode::<ValidationProblem>(&json!({"message": "m", "fields": ["Bad"]})).is_err());
    }

    #[test]
    fn members_that_share_a_tag_value_are_decided_by_their_keys() {
        let pkce = decode::<Grant>(&json!({"grant_type": "authorization_code", "code": "c", "code_verifier": "v"})).unwrap();
        assert_eq!(fixtures_client::runtime::Describe::describe(&pkce), "Grant::AuthorizationCode(GrantAuthorizationCode::PkceGrant)");
        let errs = decode::<Grant>(&json!({"grant_type": "password", "code": "c"})).unwrap_err();
        assert!(errs.to_string().contains("unknown value \"password\""), "{errs}");
    }

    #[test]
    fn min_properties_is_enforced() {
        let errs = decode::<Token>(&json!({"access_token": "t"})).unwrap_err();
        assert!(errs.to_string().contains("at least 2 properties"), "{errs}");
    }
}

/// Answers typed by their status, through the generated client against a server that answers
/// fixed bytes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_status_decodes_into_its_own_type() {
    use fixtures_client::real_world_unions::client::responses::{CreateConnectionError, RequestTokenResponse};
    use fixtures_client::real_world_unions::client::{Client, Error};
    use fixtures_client::real_world_unions::types::{ConnectionRequest, Grant};
    use fixtures_client::runtime::retry::RetryPolicy;

    async fn answer(status: u16, body: &'static str) -> String {
        let app = axum::Router::new().fallback(move || async move {
            let mut response = axum::response::IntoResponse::into_response(body);
            *response.status_mut() = axum::http::StatusCode::from_u16(status).unwrap();
            response.headers_mut().insert("content-type", "application/json".parse().unwrap());
            response
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        format!("http://{addr}")
    }
    let connection: ConnectionRequest =
        fixtures_client::runtime::decode(&serde_json::json!({"name": "corp", "strategy": "adfs", "options": {"metadata_url": "u"}})).unwrap();
    // 400 and 409 answer different schemas: the status says which.
    let url = answer(400, r#"{"message": "invalid", "fields": ["strategy"]}"#).await;
    match Client::new(&url, RetryPolicy::none()).create_connection(&connection).await {
        Err(Error::ErrorResponse(r)) => assert!(matches!(r.into_inner(), CreateConnectionError::BadRequest(p) if p.fields == ["strategy"])),
        other => panic!("{other:?}"),
    }
    let url = answer(409, r#"{"message": "exists"}"#).await;
    match Client::new(&url, RetryPolicy::none()).create_connection(&connection).await {
        Err(Error::ErrorResponse(r)) => assert!(matches!(r.into_inner(), CreateConnectionError::Conflict(p) if p.message == "exists")),
        other => panic!("{other:?}"),
    }
    // A 409 body in the 400 schema's shape is still read as what 409 documents, and refused.
    let url = answer(409, r#"{"fields": []}"#).await;
    match Client::new(&url, RetryPolicy::none()).create_connection(&connection).await {
        Err(Error::InvalidResponsePayload(_, e)) => assert!(e.to_string().contains("/message"), "{e}"),
        other => panic!("{other:?}"),
    }
    // An undocumented status is an unexpected response, handed over whole.
    let url = answer(418, r#"{}"#).await;
    assert!(matches!(Client::new(&url, RetryPolicy::none()).create_connection(&connection).await, Err(Error::UnexpectedResponse(r)) if r.status() == 418));
    // A success with a body beside a success without one.
    let grant: Grant = fixtures_client::runtime::decode(&serde_json::json!({"grant_type": "refresh_token", "refresh_token": "r"})).unwrap();
    let url = answer(204, "").await;
    let r = Client::new(&url, RetryPolicy::none()).request_token(&grant).await.unwrap();
    assert_eq!((r.status().as_u16(), r.into_inner()), (204, RequestTokenResponse::NoContent));
    let url = answer(200, r#"{"access_token": "t", "token_type": "Bearer"}"#).await;
    let r = Client::new(&url, RetryPolicy::none()).request_token(&grant).await.unwrap();
    assert!(matches!(r.into_inner(), RequestTokenResponse::Ok(t) if t.access_token == "t"));
}

/// Response headers named like an answer's own fields (`Body`; `Status` where the spec gives no
/// status; `Problem-Body`, like the router's error writer) are held under other field names and
/// written under their own.
#[test]
fn headers_named_like_an_answers_fields_are_written_under_their_own_names() {
    use axum::http::StatusCode;
    use axum::response::IntoResponse;
    use fixtures_client::runtime::decode;
    use fixtures_server::success_shapes::SubmitJobResponse;

    let ticket = decode(&serde_json::json!({"ticket": "t-42"})).unwrap();
    let answer =
        SubmitJobResponse::Accepted { body: ticket, location: "/jobs/t-42".into(), body2: Some("ticket".into()), problem_body2: None }.into_response();
    assert_eq!(answer.status(), StatusCode::ACCEPTED);
    assert_eq!(answer.headers()["location"], "/jobs/t-42");
    assert_eq!(answer.headers()["body"], "ticket");
    assert!(answer.headers().get("problem-body").is_none());

    let error = decode(&serde_json::json!({"message": "down"})).unwrap();
    let answer = SubmitJobResponse::Default { status: StatusCode::SERVICE_UNAVAILABLE, body: error, status2: Some("503 Service Unavailable".into()) }
        .into_response();
    assert_eq!(answer.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(answer.headers()["status"], "503 Service Unavailable");
}
