//! The generated decoder against a JSON Schema validator, on thousands of instances of every schema
//! an operation reaches: generated from the spec by hypothesis-jsonschema (committed files, made by
//! `bash tests/differential/generate.sh`; stale files fail here) and mutated to aim at what the
//! decoder decides. They must agree on every value, up to the differences the README documents.

use workspace_tests::{differential_reports, fixture_files, openapi_files, workspace_root};

const INSTANCES: &str = "tests/differential/instances";

use workspace_tests::differential::Report;

/// The reports' disagreements, printed summaries, and the reports that could be judged.
fn check(reports: Vec<Result<Report, String>>) -> Vec<Report> {
    let mut failures = Vec::new();
    let mut judged = 0;
    let mut done = Vec::new();
    for report in reports {
        match report {
            Err(e) => failures.push(e),
            Ok(report) => {
                println!("{}", report.summary());
                report.skipped.iter().for_each(|s| println!("  not generated: {s}"));
                judged += report.generated + report.mutants;
                let shown = report.disagreements.iter().take(40).map(|d| format!("{}: {d}", report.spec));
                failures.extend(shown);
                if report.disagreements.len() > 40 {
                    failures.push(format!("{}: and {} more disagreements", report.spec, report.disagreements.len() - 40));
                }
                done.push(report);
            }
        }
    }
    assert!(judged > 0, "nothing was judged");
    assert!(failures.is_empty(), "{} disagreement(s) between the generated decoder and the validator:\n{}", failures.len(), failures.join("\n"));
    done
}

/// The refused values as request bodies to the example server: a 400 naming the same place.
macro_rules! check_server {
    ($client:path, $server:path, $reports:expr) => {{
        let mut failures = Vec::new();
        let mut sent = 0;
        for report in &$reports {
            let (n, f) = workspace_tests::server_refusals!($client, $server, &report.spec, report);
            println!("{}: {n} refused bodies sent to the example server", report.spec);
            sent += n;
            failures.extend(f.into_iter().take(20));
        }
        assert!(sent > 0, "no refused request body was sent");
        assert!(failures.is_empty(), "{} refused bodies the server did not answer with a 400 naming the field:\n{}", failures.len(), failures.join("\n"));
    }};
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_decoder_agrees_with_a_validator_on_the_specs() {
    let reports = check(differential_reports!(generated_client, &workspace_root(), openapi_files(), INSTANCES));
    check_server!(generated_client, generated_server_stubs, reports);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_decoder_agrees_with_a_validator_on_the_fixtures() {
    let reports = check(differential_reports!(fixtures_client, &workspace_root(), fixture_files(), INSTANCES));
    check_server!(fixtures_client, fixtures_server, reports);
}
