//! Query parameters as the server reads them: repeated names (form, explode) make arrays, a single
//! value stays single where the schema takes one, numbers come from their text, and a bad value is
//! a 400 naming the parameter.

use generated_client::my_account::types::{ConnectionNamesFilter, FactorTypeEnum};
use generated_server_stubs::server_runtime::{query_pairs, query_param, QueryRule};

const CONNECTION: QueryRule = QueryRule { array: true, scalar: true, json_items: false, explode: true };

#[test]
fn repeated_names_make_an_array_and_one_value_stays_single() {
    let pairs = query_pairs(Some("connection=google-oauth2&connection=github&take=5"));
    let both: ConnectionNamesFilter = query_param(&pairs, "connection", CONNECTION).unwrap().unwrap();
    assert_eq!(serde_json::to_value(&both).unwrap(), serde_json::json!(["google-oauth2", "github"]));
    let pairs = query_pairs(Some("connection=github"));
    let one: ConnectionNamesFilter = query_param(&pairs, "connection", CONNECTION).unwrap().unwrap();
    assert_eq!(serde_json::to_value(&one).unwrap(), serde_json::json!("github"));
    assert!(query_param::<ConnectionNamesFilter>(&query_pairs(None), "connection", CONNECTION).unwrap().is_none());
}

#[test]
fn numbers_are_read_from_text_and_percent_decoding_applies() {
    let pairs = query_pairs(Some("take=20&from=a%7Cb"));
    let take: i64 = query_param(&pairs, "take", QueryRule { array: false, scalar: true, json_items: true, explode: true }).unwrap().unwrap();
    assert_eq!(take, 20);
    let from: String = query_param(&pairs, "from", QueryRule { array: false, scalar: true, json_items: false, explode: true }).unwrap().unwrap();
    assert_eq!(from, "a|b");
}

#[test]
fn bad_values_name_the_parameter() {
    let rule = QueryRule { array: false, scalar: true, json_items: false, explode: true };
    let problem = query_param::<FactorTypeEnum>(&query_pairs(Some("type=carrier-pigeon")), "type", rule).unwrap_err();
    assert_eq!(problem.status.as_u16(), 400);
    let (source, issue) = &problem.issues[0];
    assert_eq!((source.as_str(), issue.field.as_deref(), issue.pointer.as_str()), ("query", Some("type"), "/type"));
    let twice = query_param::<FactorTypeEnum>(&query_pairs(Some("type=totp&type=email")), "type", rule).unwrap_err();
    assert!(twice.detail.contains("more than once"), "{}", twice.detail);
    let long = format!("connection={}", "x".repeat(200));
    let problem = query_param::<ConnectionNamesFilter>(&query_pairs(Some(&long)), "connection", CONNECTION).unwrap_err();
    assert!(problem.detail.contains("at most 128"), "{}", problem.detail);
}
