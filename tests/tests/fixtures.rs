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
