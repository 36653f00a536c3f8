//! The change report: what a change of one spec does to the people who call the generated client
//! and to those who implement the generated server traits, change by change, each classified by
//! a rule of [`rules::RULES`] with both JSON pointers. Pure: two spec texts in, a report out.

mod constraints;
mod decide;
mod operations;
mod origins;
pub mod render;
pub mod rules;
mod schemas;

use std::collections::BTreeSet;

use crate::error::{Error, Location};
use crate::{analyze, Analyzed, SpecSource};

pub use rules::{Breaks, Rule, RULES};

/// One change between the two documents.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub rule: &'static Rule,
    /// Whom it breaks, from the rule and the side of the wire the change is on.
    pub breaks: Breaks,
    /// Where: `POST /me/authentication-methods`, or `schema Foo`.
    pub context: String,
    /// What changed, in words.
    pub message: String,
    pub old: Option<Location>,
    pub new: Option<Location>,
    /// For a schema change: the operations that reach the schema (`POST /x`), sorted.
    pub via: BTreeSet<String>,
}

/// The version bump a report implies for the generated crates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bump {
    None,
    Patch,
    Minor,
    Major,
}

impl Bump {
    pub fn name(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }

    /// The bump from one `info.version` to the next, read as semver (`1.2` is `1.2.0`; a leading
    /// `v` is dropped); `None` when either is not a version.
    pub fn between(old: &str, new: &str) -> Option<Bump> {
        let parse = |v: &str| -> Option<Vec<u64>> {
            let v = v.trim().trim_start_matches('v');
            let core = v.split(['-', '+']).next()?;
            // A date (`2025-01-01`) is not a version with a pre-release: those do not start with a digit.
            if v[core.len()..].chars().nth(1).is_some_and(|c| c.is_ascii_digit()) {
                return None;
            }
            let parts: Option<Vec<u64>> = core.split('.').map(|p| p.parse().ok()).collect();
            let mut parts = parts?;
            if parts.is_empty() || parts.len() > 3 {
                return None;
            }
            parts.resize(3, 0);
            Some(parts)
        };
        let (a, b) = (parse(old)?, parse(new)?);
        Some(if a == b {
            Bump::None
        } else if a[0] != b[0] {
            Bump::Major
        } else if a[1] != b[1] {
            Bump::Minor
        } else {
            Bump::Patch
        })
    }
}

/// What changed in one spec file.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The file on each side (`None` where it does not exist: added or deleted).
    pub old_file: Option<String>,
    pub new_file: Option<String>,
    pub old_version: Option<String>,
    pub new_version: Option<String>,
    pub changes: Vec<Change>,
}

impl Report {
    pub fn breaks(&self) -> Breaks {
        self.changes.iter().fold(rules::NONE, |b, c| b.or(c.breaks))
    }

    /// The bump the generated crates need: major when anything breaks (0.x crates: the minor
    /// place, as Cargo reads them, is the caller's business), minor when the API grows, patch
    /// when only documentation changes, none without changes.
    pub fn bump(&self) -> Bump {
        if self.changes.is_empty() {
            Bump::None
        } else if self.breaks().any() {
            Bump::Major
        } else if self.changes.iter().all(|c| c.rule.info) {
            Bump::Patch
        } else {
            Bump::Minor
        }
    }

    /// The bump `info.version` shows, when both sides have one that reads as a version.
    pub fn declared_bump(&self) -> Option<Bump> {
        Bump::between(self.old_version.as_deref()?, self.new_version.as_deref()?)
    }
}

/// Which side of the comparison a spec that does not load is on.
#[derive(Debug, thiserror::Error)]
pub enum SideError {
    #[error("the old side ({rev}) does not load: {error}")]
    Old { rev: String, error: Box<Error> },
    #[error("the new side ({rev}) does not load: {error}")]
    New { rev: String, error: Box<Error> },
}

/// Compares two versions of one spec. `old` or `new` is `None` for a file added or deleted;
/// `old_rev` and `new_rev` name the sides in errors (`main`, `the working tree`).
pub fn compare(old: Option<&SpecSource>, new: Option<&SpecSource>, old_rev: &str, new_rev: &str) -> Result<Report, SideError> {
    fn load(spec: Option<&SpecSource>) -> Result<Option<Analyzed<'_>>, Error> {
        spec.map(|s| analyze(s, &mut Vec::new())).transpose()
    }
    let old_a = load(old).map_err(|error| SideError::Old { rev: old_rev.to_string(), error: Box::new(error) })?;
    let new_a = load(new).map_err(|error| SideError::New { rev: new_rev.to_string(), error: Box::new(error) })?;
    let mut changes = match (&old_a, &new_a) {
        (Some(o), Some(n)) => between(o, n, written(old), written(new)),
        (None, Some(n)) => whole(n, "operation-added", false),
        (Some(o), None) => whole(o, "operation-removed", true),
        (None, None) => Vec::new(),
    };
    let mut locations: Vec<&mut Location> = Vec::new();
    for c in &mut changes {
        locations.extend(c.old.iter_mut());
    }
    if let Some(o) = &old_a {
        o.doc.fill_lines(&mut locations);
    }
    let mut locations: Vec<&mut Location> = changes.iter_mut().flat_map(|c| c.new.iter_mut()).collect();
    if let Some(n) = &new_a {
        n.doc.fill_lines(&mut locations);
    }
    if let (Some(o), Some(n), Some(a)) = (old, new, &new_a) {
        let (from, to) = (crate::model::module_name(&o.path), crate::model::module_name(&n.path));
        if from != to {
            let rule = rules::rule_of("file-renamed");
            let message = format!("`{}` is now `{}`: module `{from}` is now `{to}`", o.path, n.path);
            let at = |f: &str| Location { file: f.to_string(), line: None, pointer: String::new() };
            changes.push(Change { rule, breaks: rule.request, context: "file".into(), message, old: Some(at(&o.path)), new: Some(at(&a.doc.file)), via: BTreeSet::new() });
        }
    }
    sort(&mut changes);
    Ok(Report {
        old_file: old.map(|s| s.path.clone()),
        new_file: new.map(|s| s.path.clone()),
        old_version: old_a.as_ref().map(|a| a.api.version.clone()),
        new_version: new_a.as_ref().map(|a| a.api.version.clone()),
        changes,
    })
}

/// Every operation of a file added (or deleted) as a whole.
fn whole(a: &Analyzed, id: &str, old_side: bool) -> Vec<Change> {
    let rule = rules::rule_of(id);
    a.api
        .operations
        .iter()
        .map(|op| {
            let at = Some(a.doc.at(&op.pointer));
            Change {
                rule,
                breaks: rule.request,
                context: operations::label(op),
                message: format!("operation `{}` {}", op.id, if old_side { "removed with its file" } else { "added with its file" }),
                old: if old_side { at.clone() } else { None },
                new: if old_side { None } else { at },
                via: BTreeSet::new(),
            }
        })
        .collect()
}

/// The document as written (it loaded once already, so it loads again).
fn written(spec: Option<&SpecSource>) -> serde_json::Value {
    spec.and_then(|s| crate::load::load(&s.path, &s.text).ok()).map(|(_, root)| root).unwrap_or_default()
}

fn between(old: &Analyzed, new: &Analyzed, old_root: serde_json::Value, new_root: serde_json::Value) -> Vec<Change> {
    let (old_origins, new_origins) = (origins::of(&old.normalized, &old_root), origins::of(&new.normalized, &new_root));
    let mut cx = Cx { old, new, changes: Vec::new(), old_origins, new_origins };
    let pairs = operations::compare(&mut cx);
    schemas::compare(&mut cx, pairs);
    cx.changes
}

/// Operations first (in path order), then schemas by name; within each, by rule and place.
fn sort(changes: &mut [Change]) {
    changes.sort_by(|a, b| {
        let key = |c: &Change| (c.context.starts_with("schema "), c.context.clone(), c.old.as_ref().map(|l| l.pointer.clone()), c.new.as_ref().map(|l| l.pointer.clone()), c.rule.id, c.message.clone());
        key(a).cmp(&key(b))
    });
}

/// What the comparison reads and collects.
pub(crate) struct Cx<'a> {
    pub old: &'a Analyzed<'a>,
    pub new: &'a Analyzed<'a>,
    pub changes: Vec<Change>,
    /// Where the schemas the generator moved into `components/schemas` were written.
    pub old_origins: origins::Origins,
    pub new_origins: origins::Origins,
}

/// Which side of the wire a schema is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    Request,
    Response,
}

impl Cx<'_> {
    /// Records a change of rule `id` on `sides` (empty: an operation-level rule).
    /// `at` is the pointer on each side, in the documents as normalized.
    pub fn push(&mut self, id: &str, sides: &[Side], context: &str, message: String, at: (Option<&str>, Option<&str>), via: &BTreeSet<String>) {
        let (old, new) = at;
        let rule = rules::rule_of(id);
        let breaks = if sides.is_empty() {
            rule.request
        } else {
            sides.iter().fold(rules::NONE, |b, s| b.or(if *s == Side::Request { rule.request } else { rule.response }))
        };
        let old = old.map(|p| self.old.doc.at(&self.old_origins.original(&origins::declared(&self.old.normalized, p))));
        let new = new.map(|p| self.new.doc.at(&self.new_origins.original(&origins::declared(&self.new.normalized, p))));
        self.changes.push(Change { rule, breaks, context: context.to_string(), message, old, new, via: via.clone() });
    }
}
