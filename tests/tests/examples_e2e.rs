//! Every spec in openapi/, end to end over HTTP on 127.0.0.1, without naming one: the generated
//! example server answers each operation from the spec's documented examples (checking that each
//! request body is exactly the example's), and the generated client sends every example and
//! decodes what comes back. A new spec or example is covered without touching this file.

use workspace_tests::{openapi_files, replay_examples};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_example_of_every_spec_goes_through_client_and_server() {
    let result: Result<usize, Vec<String>> = replay_examples!(generated_client, generated_server_stubs, openapi_files());
    match result {
        Ok(sent) => assert!(sent > 0, "no example was sent"),
        Err(failures) => panic!("{} example(s) failed end to end:\n{}", failures.len(), failures.join("\n")),
    }
}
