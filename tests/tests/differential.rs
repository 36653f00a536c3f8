//! The generated decoder against a JSON Schema validator, on thousands of instances of every schema
//! an operation reaches: generated from the spec by hypothesis-jsonschema (committed files, made by
//! `bash tests/differential/generate.sh`; stale files fail here) and mutated to aim at what the
//! decoder decides. They must agree on every value, up to the differences the README documents.

use workspace_tests::differential::check_reports as check;
use workspace_tests::{differential_reports, fixture_files, openapi_files, workspace_root};

/// The committed instances, or another directory of them (relative to the workspace root) for a
/// larger run: `DIFFERENTIAL_INSTANCES=target/differential-large`.
fn instances() -> String {
    std::env::var("DIFFERENTIAL_INSTANCES").unwrap_or_else(|_| "tests/differential/instances".to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_decoder_agrees_with_a_validator_on_the_specs() {
    let reports = check(differential_reports!(generated_client, &workspace_root(), openapi_files(), &instances()));
    workspace_tests::check_server_refusals!(generated_client, generated_server_stubs, reports);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_decoder_agrees_with_a_validator_on_the_fixtures() {
    let reports = check(differential_reports!(fixtures_client, &workspace_root(), fixture_files(), &instances()));
    workspace_tests::check_server_refusals!(fixtures_client, fixtures_server, reports);
}
