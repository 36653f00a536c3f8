//! The checked-in baselines are what progenitor and the generator's model make of `openapi/` now.

#[test]
fn the_baselines_are_current() {
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_peer-types")).arg("--check").status().expect("peer-types runs");
    assert!(status.success(), "the benchmark baselines are stale: run `cargo run -p workspace-bench --bin peer-types`");
}
