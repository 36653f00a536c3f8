//! regen writes atomically and only what changed; check finds every kind of drift; a spec that
//! fails leaves the tree untouched; the command line says how to use it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use xtask::{apply, check, check_files, plan, regen, Change};

const SPEC: &str = "\
openapi: 3.1.0
info: {title: Tiny, version: '1'}
servers: [{url: 'https://example.com/v1'}]
paths:
  /things:
    post:
      operationId: makeThing
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Thing'}
      responses:
        '201':
          description: made
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Thing:
      type: object
      properties:
        name: {type: string}
      required: [name]
";

/// A workspace with one spec and nothing generated yet.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("openapi")).unwrap();
    std::fs::write(dir.path().join("openapi/tiny.yaml"), SPEC).unwrap();
    dir
}

/// Every file under `root`, with its bytes.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(path.clone(), std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

fn files(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs.iter().map(|(p, c)| (p.to_string(), c.to_string())).collect()
}

#[test]
fn regen_then_check_is_clean_and_regen_is_idempotent() {
    let ws = workspace();
    let first = regen(ws.path()).unwrap();
    assert!(first.written.contains(&"generated-client/src/tiny/types.rs".to_string()), "{first:?}");
    assert!(first.written.contains(&"generated-server-stubs/src/tiny.rs".to_string()), "{first:?}");
    let before = snapshot(ws.path());
    let report = check(ws.path()).unwrap();
    assert!(report.diffs.is_empty(), "{:?}", report.diffs.keys());
    let second = regen(ws.path()).unwrap();
    assert!(second.written.is_empty() && second.removed.is_empty(), "{second:?}");
    assert_eq!(second.unchanged, first.written.len());
    assert_eq!(snapshot(ws.path()), before, "a second regen changes no byte");
}

#[test]
fn check_reports_a_hand_edit_with_a_diff_and_regen_restores_it() {
    let ws = workspace();
    regen(ws.path()).unwrap();
    let target = ws.path().join("generated-client/src/tiny/types.rs");
    let original = std::fs::read_to_string(&target).unwrap();
    std::fs::write(&target, original.replacen("pub name: String", "pub name: String, // edited by hand", 1)).unwrap();
    let report = check(ws.path()).unwrap();
    let diff = &report.diffs["generated-client/src/tiny/types.rs"];
    assert!(diff.contains("--- a/generated-client/src/tiny/types.rs"), "{diff}");
    assert!(diff.contains("-    pub name: String, // edited by hand"), "{diff}");
    regen(ws.path()).unwrap();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), original);
}

#[test]
fn check_fails_when_the_spec_changes_without_regen() {
    let ws = workspace();
    regen(ws.path()).unwrap();
    std::fs::write(ws.path().join("openapi/tiny.yaml"), SPEC.replace("name: {type: string}", "name: {type: string}\n        size: {type: integer}")).unwrap();
    let report = check(ws.path()).unwrap();
    let diff = &report.diffs["generated-client/src/tiny/types.rs"];
    assert!(diff.contains("+    pub size: Option<i64>,"), "{diff}");
}

#[test]
fn stale_generated_files_are_removed_and_others_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("out")).unwrap();
    std::fs::write(root.join("out/old.rs"), "// @generated from openapi/gone.yaml by `cargo xtask regen`. Do not edit by hand.\n").unwrap();
    std::fs::write(root.join("out/mine.rs"), "// written by a person\n").unwrap();
    let wanted = files(&[("out/new.rs", "// @generated x\nfn f() {}\n")]);
    let p = plan(root, &wanted, &[]).unwrap();
    let kinds: Vec<(&str, bool)> = p.changes.iter().map(|c| (c.path(), matches!(c, Change::Remove { .. }))).collect();
    assert_eq!(kinds, vec![("out/new.rs", false), ("out/old.rs", true)]);
    let report = check_files(root, &wanted, &[]).unwrap();
    assert!(report.diffs["out/old.rs"].contains("+++ /dev/null"), "{:?}", report.diffs);
    apply(root, &p).unwrap();
    assert!(!root.join("out/old.rs").exists());
    assert!(root.join("out/mine.rs").exists());
    assert_eq!(std::fs::read_to_string(root.join("out/new.rs")).unwrap(), "// @generated x\nfn f() {}\n");
    assert!(check_files(root, &wanted, &[]).unwrap().diffs.is_empty());
}

#[test]
fn unchanged_files_are_not_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let wanted = files(&[("a/x.rs", "// @generated\n")]);
    apply(dir.path(), &plan(dir.path(), &wanted, &[]).unwrap()).unwrap();
    let p = plan(dir.path(), &wanted, &[]).unwrap();
    assert!(p.changes.is_empty());
    assert_eq!(p.unchanged, 1);
}

#[test]
fn a_spec_that_fails_leaves_every_file_untouched() {
    let ws = workspace();
    regen(ws.path()).unwrap();
    let before = snapshot(ws.path());
    std::fs::write(ws.path().join("openapi/broken.yaml"), "openapi: 3.1.0\ninfo: [unclosed\n").unwrap();
    let err = regen(ws.path()).unwrap_err();
    assert!(err.to_string().starts_with("openapi/broken.yaml:"), "{err}");
    let mut after = snapshot(ws.path());
    after.remove(&ws.path().join("openapi/broken.yaml"));
    assert_eq!(after, before, "nothing written, nothing half-written");
}

fn cli(args: &[&str]) -> (i32, String, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = xtask::cli::run(&args, &mut out, &mut err);
    (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
}

#[test]
fn command_line() {
    let (code, _, err) = cli(&[]);
    assert_eq!(code, 2);
    assert!(err.contains("usage: cargo xtask <command>"), "{err}");
    let (code, _, err) = cli(&["frobnicate"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown argument `frobnicate`"), "{err}");
    let (code, out, _) = cli(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("exit codes"), "{out}");

    let ws = workspace();
    let root = ws.path().to_str().unwrap();
    let (code, _, err) = cli(&["check", "--root", root]);
    assert_eq!(code, 1, "nothing generated yet: {err}");
    assert!(err.contains("run `cargo xtask regen`"), "{err}");
    let (code, out, _) = cli(&["regen", "--root", root]);
    assert_eq!(code, 0);
    assert!(out.contains("regen: "), "{out}");
    let (code, out, _) = cli(&["check", "--root", root]);
    assert_eq!((code, out.starts_with("check: ")), (0, true), "{out}");
    std::fs::write(ws.path().join("openapi/dangling.yaml"), "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n").unwrap();
    let (code, _, err) = cli(&["regen", "--root", root]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("openapi/dangling.yaml:6 at #/components/schemas/A"), "{err}");
}

/// The real workspace: what is checked in is what openapi/ generates.
#[test]
fn workspace_is_up_to_date() {
    let report = check(&xtask::default_root().unwrap()).unwrap_or_else(|e| panic!("{e}"));
    assert!(report.diffs.is_empty(), "generated code is out of date; run `cargo xtask regen`:\n{}", report.diffs.values().cloned().collect::<String>());
}

/// Every path under `root`, files and directories, relative and sorted.
fn tree(root: &Path) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            out.push(path.strip_prefix(root).unwrap().to_string_lossy().into_owned());
            if path.is_dir() {
                stack.push(path);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn a_deleted_spec_leaves_nothing_behind_and_check_fails_until_regen() {
    let ws = workspace();
    regen(ws.path()).unwrap();
    let before = tree(ws.path());
    std::fs::write(ws.path().join("openapi/other-api.yaml"), SPEC.replace("title: Tiny", "title: Other")).unwrap();
    let added = regen(ws.path()).unwrap();
    for path in ["generated-client/src/other_api/types.rs", "generated-client/src/other_api/client.rs", "generated-server-stubs/src/other_api.rs", "generated-server-stubs/src/other_api/examples.rs"] {
        assert!(added.written.contains(&path.to_string()), "{path} not generated: {added:?}");
    }
    // A file a person put beside the generated ones is theirs, and its directory stays.
    std::fs::write(ws.path().join("generated-client/src/other_api/NOTES.md"), "kept\n").unwrap();
    std::fs::remove_file(ws.path().join("openapi/other-api.yaml")).unwrap();

    let report = check(ws.path()).unwrap();
    for path in ["generated-client/src/other_api/types.rs", "generated-client/src/other_api/operations.rs", "generated-server-stubs/src/other_api/examples.rs", "generated-server-stubs/src/other_api.rs"] {
        assert!(report.diffs.get(path).is_some_and(|d| d.contains("+++ /dev/null")), "check must report stale {path}: {:?}", report.diffs.keys());
    }
    assert!(report.diffs.contains_key("generated-server-stubs/src/other_api"), "the emptied directory: {:?}", report.diffs.keys());
    let (code, _, err) = cli(&["check", "--root", ws.path().to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("run `cargo xtask regen`"), "{err}");

    let removed = regen(ws.path()).unwrap();
    assert!(removed.removed.contains(&"generated-server-stubs/src/other_api".to_string()), "{removed:?}");
    let mut after = tree(ws.path());
    after.retain(|p| !p.starts_with("generated-client/src/other_api"));
    assert_eq!(after, before, "nothing of the deleted spec remains but the person's file");
    assert_eq!(tree(&ws.path().join("generated-client/src/other_api")), vec!["NOTES.md".to_string()]);
    assert!(check(ws.path()).unwrap().diffs.is_empty());
}

#[test]
fn stale_files_are_found_at_any_depth_of_a_generated_crate() {
    let ws = workspace();
    regen(ws.path()).unwrap();
    let deep = ws.path().join("generated-client/src/gone/deeper");
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(deep.join("types.rs"), "// @generated from openapi/gone.yaml by `cargo xtask regen`. Do not edit by hand.\n").unwrap();
    let report = check(ws.path()).unwrap();
    let keys: Vec<&String> = report.diffs.keys().collect();
    assert_eq!(keys, ["generated-client/src/gone", "generated-client/src/gone/deeper", "generated-client/src/gone/deeper/types.rs"]);
    regen(ws.path()).unwrap();
    assert!(!ws.path().join("generated-client/src/gone").exists());
}

#[test]
fn the_root_is_the_workspace_the_command_runs_in() {
    let ws = workspace();
    std::fs::write(ws.path().join("Cargo.toml"), "[workspace]\nmembers = []\n").unwrap();
    let nested = ws.path().join("xtask/src");
    std::fs::create_dir_all(&nested).unwrap();
    std::fs::write(ws.path().join("xtask/Cargo.toml"), "[package]\nname = \"xtask\"\n").unwrap();
    assert_eq!(xtask::workspace_root_above(&nested).unwrap(), ws.path());
    assert_eq!(xtask::workspace_root_above(&ws.path().join("xtask")).unwrap(), ws.path());
}
