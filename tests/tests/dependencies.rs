//! The server stubs and the types stand without an HTTP client: neither pulls in reqwest.

use std::process::Command;

use workspace_tests::workspace_root;

/// The normal (non-dev) dependencies of `package`, features resolved for it alone.
fn dependency_tree(package: &str, extra: &[&str]) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["tree", "--offline", "--locked", "-e", "normal", "--prefix", "none", "-p", package])
        .args(extra)
        .current_dir(workspace_root())
        .output()
        .expect("cargo runs");
    assert!(out.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn has(tree: &str, krate: &str) -> bool {
    tree.lines().any(|l| l.split_whitespace().next() == Some(krate))
}

#[test]
fn server_stubs_build_without_reqwest() {
    let tree = dependency_tree("generated-server-stubs", &[]);
    assert!(has(&tree, "axum"), "the tree was read: {tree}");
    assert!(!has(&tree, "reqwest"), "generated-server-stubs depends on reqwest:\n{tree}");
    assert!(!has(&tree, "progenitor-client"), "generated-server-stubs depends on progenitor-client:\n{tree}");
}

#[test]
fn types_stand_without_the_client_feature() {
    let tree = dependency_tree("generated-client", &["--no-default-features"]);
    assert!(!has(&tree, "reqwest"), "{tree}");
    let with_client = dependency_tree("generated-client", &[]);
    assert!(has(&with_client, "reqwest"), "the client feature brings reqwest: {with_client}");
}
