//! One build of `xtask` serving two checkouts: with a target directory shared between them (a
//! global `CARGO_TARGET_DIR`, worktrees, a CI cache) and sources no newer than the build, cargo
//! does not rebuild, and the binary must still work on the checkout it is run in.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace these tests were built from.
fn this_workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Copies `from` to `to` as an archive would: same contents, same modification times, without
/// build output or version control.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if name == "target" || name == ".git" {
            continue;
        }
        let (src, dst) = (entry.path(), to.join(&name));
        let kind = entry.file_type().unwrap();
        if kind.is_dir() {
            copy_tree(&src, &dst);
        } else if kind.is_file() {
            std::fs::copy(&src, &dst).unwrap();
            let modified = std::fs::metadata(&src).unwrap().modified().unwrap();
            std::fs::File::options().write(true).open(&dst).unwrap().set_modified(modified).unwrap();
        }
    }
}

fn cargo_xtask(checkout: &Path, target: &Path, command: &str) -> (i32, String, String) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args(["xtask", command])
        .current_dir(checkout)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("CARGO_MANIFEST_DIR")
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn check_and_regen_work_on_the_checkout_they_run_in() {
    let scratch = tempfile::tempdir().unwrap();
    let (first, second, target) = (scratch.path().join("first"), scratch.path().join("second"), scratch.path().join("target"));
    copy_tree(&this_workspace(), &first);
    copy_tree(&this_workspace(), &second);
    // The first checkout builds xtask into the shared target directory and is up to date.
    let (code, out, err) = cargo_xtask(&first, &target, "check");
    assert_eq!(code, 0, "{out}{err}");

    // The second changes a spec; its sources are no newer than the build, so cargo reuses it.
    let spec = second.join("openapi/my-account.yaml");
    let text = std::fs::read_to_string(&spec).unwrap();
    let modified = std::fs::metadata(&spec).unwrap().modified().unwrap();
    let changed = text.replacen("title: ", "title: Changed ", 1);
    assert_ne!(changed, text);
    std::fs::write(&spec, changed).unwrap();
    std::fs::File::options().write(true).open(&spec).unwrap().set_modified(modified).unwrap();

    let (code, out, err) = cargo_xtask(&second, &target, "check");
    assert_eq!(code, 1, "check in the second checkout must see its own changed spec:\n{out}{err}");
    assert!(err.contains("run `cargo xtask regen`"), "{err}");
    let (code, out, err) = cargo_xtask(&second, &target, "regen");
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("wrote generated-client/src/my_account/"), "{out}");
    // regen wrote into the second checkout, and the first is as it was.
    assert_eq!(cargo_xtask(&second, &target, "check").0, 0);
    let (code, out, err) = cargo_xtask(&first, &target, "check");
    assert_eq!(code, 0, "the first checkout is untouched: {out}{err}");
}
