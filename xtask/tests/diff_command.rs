//! `cargo xtask diff` on a real git repository: a spec changed, renamed, added, deleted or broken
//! in the working tree against a committed revision; the formats and the exit codes.

use std::path::Path;
use std::process::Command;

const SPEC: &str = "\
openapi: 3.1.0
info: {title: Tiny, version: 1.0.0}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200':
          description: the things
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Thing:
      type: object
      required: [name]
      properties:
        name: {type: string}
        size: {type: integer}
";

fn git(dir: &Path, args: &[&str]) {
    let ok = Command::new("git").arg("-C").arg(dir).args(["-c", "user.name=t", "-c", "user.email=t@localhost"]).args(args).status().unwrap().success();
    assert!(ok, "git {args:?}");
}

/// A repository with `openapi/tiny.yaml` committed.
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("Cargo.toml"), "[workspace]\n").unwrap();
    std::fs::create_dir_all(dir.path().join("openapi")).unwrap();
    std::fs::write(dir.path().join("openapi/tiny.yaml"), SPEC).unwrap();
    git(dir.path(), &["init", "--quiet"]);
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "--quiet", "-m", "base"]);
    dir
}

fn diff(dir: &Path, extra: &[&str]) -> (i32, String, String) {
    let mut args: Vec<String> = ["diff", "--root", dir.to_str().unwrap(), "--base", "HEAD"].iter().map(|s| s.to_string()).collect();
    args.extend(extra.iter().map(|s| s.to_string()));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = xtask::cli::run(&args, &mut out, &mut err);
    (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
}

#[test]
fn nothing_changed_exits_0() {
    let r = repo();
    let (code, out, _) = diff(r.path(), &[]);
    assert_eq!(code, 0);
    assert!(out.contains("nothing changed"), "{out}");
}

#[test]
fn a_removed_property_breaks_callers_and_exits_1_unless_allowed() {
    let r = repo();
    std::fs::write(r.path().join("openapi/tiny.yaml"), SPEC.replace("        size: {type: integer}\n", "")).unwrap();
    let (code, out, err) = diff(r.path(), &[]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("[breaking for callers and implementers] schema Thing: property `size` removed (property-removed)"), "{out}");
    assert!(out.contains("old: openapi/tiny.yaml:20 at #/components/schemas/Thing/properties/size"), "{out}");
    assert!(err.contains("--allow-breaking"), "{err}");
    let (code, md, _) = diff(r.path(), &["--allow-breaking", "--format", "markdown"]);
    assert_eq!(code, 0);
    assert!(md.starts_with("## API changes") && md.contains("| **breaking for callers and implementers** | schema Thing (from GET /things) |"), "{md}");
    let (_, json, _) = diff(r.path(), &["--allow-breaking", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["breaking_for_callers"], true);
    assert_eq!(v["bump"], "major");
    assert_eq!(v["files"][0]["changes"][0]["rule"], "property-removed");
    assert_eq!(v["files"][0]["changes"][0]["old"]["pointer"], "#/components/schemas/Thing/properties/size");
}

#[test]
fn an_optional_response_property_does_not_break_callers() {
    let r = repo();
    std::fs::write(r.path().join("openapi/tiny.yaml"), SPEC.replace("        size: {type: integer}\n", "        size: {type: integer}\n        color: {type: string}\n")).unwrap();
    let (_, json, _) = diff(r.path(), &["--format", "json", "--allow-breaking"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["breaking_for_callers"], false, "{json}");
    assert_eq!(v["files"][0]["changes"][0]["rule"], "property-added-optional");
}

#[test]
fn renamed_added_and_deleted_files() {
    let r = repo();
    git(r.path(), &["mv", "openapi/tiny.yaml", "openapi/small.yaml"]);
    let (code, out, _) = diff(r.path(), &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("openapi/tiny.yaml -> openapi/small.yaml (renamed), info.version 1.0.0 unchanged: 1 change(s)"), "{out}");
    assert!(out.contains("module `tiny` is now `small` (file-renamed)"), "{out}");
    std::fs::write(r.path().join("openapi/other.yaml"), SPEC.replace("Tiny", "Other")).unwrap();
    let (_, out, _) = diff(r.path(), &["--allow-breaking"]);
    assert!(out.contains("openapi/other.yaml (added)") && out.contains("operation `listThings` added with its file"), "{out}");
    std::fs::remove_file(r.path().join("openapi/small.yaml")).unwrap();
    let (code, out, _) = diff(r.path(), &[]);
    assert_eq!(code, 1);
    assert!(out.contains("openapi/tiny.yaml (deleted)") && out.contains("removed with its file"), "{out}");
}

#[test]
fn a_side_that_does_not_load_or_a_bad_revision_exits_2() {
    let r = repo();
    std::fs::write(r.path().join("openapi/tiny.yaml"), "openapi: 3.1.0\npaths: [\n").unwrap();
    let (code, _, err) = diff(r.path(), &[]);
    assert_eq!(code, 2);
    assert!(err.contains("the new side (the working tree) does not load: openapi/tiny.yaml:"), "{err}");
    let args: Vec<String> = ["diff", "--root", r.path().to_str().unwrap(), "--base", "no-such-rev"].iter().map(|s| s.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(xtask::cli::run(&args, &mut out, &mut err), 2);
    assert!(String::from_utf8(err).unwrap().contains("--base no-such-rev"));
}
