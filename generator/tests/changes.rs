//! The change report's rules, each proven on a fixture pair: `tests/changes/<pair>/old.yaml` and
//! `new.yaml`, with the report expected in `report.txt` beside them. `CHANGES_UPDATE=1` rewrites
//! the expected reports (review the diff before committing it).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use generator::changes::{self, render, Report, RULES};
use generator::SpecSource;

fn pairs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/changes");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.join("old.yaml").is_file()).collect();
    out.sort();
    out
}

fn report(pair: &Path) -> Report {
    let name = pair.file_name().unwrap().to_string_lossy();
    let read = |side: &str| SpecSource { path: format!("openapi/{name}.yaml"), text: std::fs::read_to_string(pair.join(side)).unwrap() };
    changes::compare(Some(&read("old.yaml")), Some(&read("new.yaml")), "old", "new").unwrap_or_else(|e| panic!("{}: {e}", pair.display()))
}

#[test]
fn every_pair_gives_its_expected_report() {
    let mut failed = Vec::new();
    for pair in pairs() {
        let text = render::text(&[report(&pair)]);
        let expected_path = pair.join("report.txt");
        if std::env::var_os("CHANGES_UPDATE").is_some() {
            std::fs::write(&expected_path, &text).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != text {
            failed.push(format!("{}:\n{}", pair.display(), similar::TextDiff::from_lines(&expected, &text).unified_diff().header("expected", "actual")));
        }
    }
    assert!(failed.is_empty(), "reports differ (CHANGES_UPDATE=1 rewrites them):\n{}", failed.join("\n"));
}

#[test]
fn every_rule_has_a_fixture_and_every_rule_used_is_listed() {
    let mut used = BTreeSet::new();
    for pair in pairs() {
        used.extend(report(&pair).changes.iter().map(|c| c.rule.id));
    }
    // A file renamed: the one rule a pair of one name cannot show.
    let text = std::fs::read_to_string(pairs()[0].join("old.yaml")).unwrap();
    let (a, b) = (SpecSource { path: "openapi/a.yaml".into(), text: text.clone() }, SpecSource { path: "openapi/b.yaml".into(), text });
    used.extend(changes::compare(Some(&a), Some(&b), "old", "new").unwrap().changes.iter().map(|c| c.rule.id));
    let missing: Vec<&str> = RULES.iter().map(|r| r.id).filter(|id| !used.contains(id)).collect();
    assert!(missing.is_empty(), "rules no fixture pair shows: {missing:?}");
    // Every id the comparison code names is a rule (a typo would panic at run time).
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/changes");
    for entry in std::fs::read_dir(src).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for (i, _) in text.match_indices("push(\"") {
            let id = text[i + 6..].split('"').next().unwrap();
            assert!(RULES.iter().any(|r| r.id == id), "`{id}` is not a rule");
        }
    }
}

#[test]
fn rule_ids_are_unique() {
    let ids: BTreeSet<&str> = RULES.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), RULES.len());
}

#[test]
fn identical_documents_have_no_changes_and_need_no_bump() {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/changes/operations/old.yaml")).unwrap();
    let spec = SpecSource { path: "openapi/a.yaml".into(), text };
    let r = changes::compare(Some(&spec), Some(&spec), "old", "new").unwrap();
    assert!(r.changes.is_empty(), "{:?}", r.changes);
    assert_eq!(r.bump(), changes::Bump::None);
}

#[test]
fn a_side_that_does_not_load_is_named() {
    let good = SpecSource { path: "openapi/a.yaml".into(), text: "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n".into() };
    let bad = SpecSource { path: "openapi/a.yaml".into(), text: "openapi: 3.1.0\npaths:\n  /x: [\n".into() };
    let e = changes::compare(Some(&good), Some(&bad), "main", "the working tree").unwrap_err().to_string();
    assert!(e.starts_with("the new side (the working tree) does not load: openapi/a.yaml:"), "{e}");
    let e = changes::compare(Some(&bad), Some(&good), "main", "the working tree").unwrap_err().to_string();
    assert!(e.starts_with("the old side (main) does not load"), "{e}");
}

#[test]
fn added_and_deleted_files_list_their_operations() {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/changes/operations/old.yaml")).unwrap();
    let spec = SpecSource { path: "openapi/a.yaml".into(), text };
    let added = changes::compare(None, Some(&spec), "old", "new").unwrap();
    assert!(added.changes.iter().all(|c| c.rule.id == "operation-added") && added.changes.len() == 5, "{:?}", added.changes);
    let deleted = changes::compare(Some(&spec), None, "old", "new").unwrap();
    assert!(deleted.changes.iter().all(|c| c.rule.id == "operation-removed" && c.breaks.callers));
    assert_eq!(deleted.bump(), changes::Bump::Major);
}

#[test]
fn versions_read_as_semver() {
    use changes::Bump;
    assert_eq!(Bump::between("1.0", "1.0.0"), Some(Bump::None));
    assert_eq!(Bump::between("1.2.3", "1.2.4"), Some(Bump::Patch));
    assert_eq!(Bump::between("v1.2", "1.3"), Some(Bump::Minor));
    assert_eq!(Bump::between("1.9.0", "2.0.0-beta"), Some(Bump::Major));
    assert_eq!(Bump::between("2025-01-01", "2025-02-01"), None);
}

#[test]
fn the_readme_lists_every_rule() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md")).unwrap();
    let table = render::rules_table();
    assert!(readme.contains(&table), "README.md's rules table is not the one `generator::changes::render::rules_table()` gives:\n{table}");
}
