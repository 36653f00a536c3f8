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
