//! The change report as text for a terminal, Markdown for a pull-request comment, and JSON for
//! tools; each ends with the version bump the changes imply beside the one `info.version` shows.

use std::fmt::Write;

use serde_json::{json, Value};

use super::{Bump, Change, Report};
use crate::error::Location;

/// The class of a change, in words.
pub fn class(c: &Change) -> &'static str {
    match (c.breaks.callers, c.breaks.implementers, c.rule.info) {
        (true, true, _) => "breaking for callers and implementers",
        (true, false, _) => "breaking for callers",
        (false, true, _) => "breaking for implementers",
        (false, false, true) => "informational",
        (false, false, false) => "compatible",
    }
}

fn place(l: &Option<Location>) -> String {
    l.as_ref().map_or_else(|| "-".to_string(), Location::to_string)
}

fn title(r: &Report) -> String {
    let file = match (&r.old_file, &r.new_file) {
        (Some(o), Some(n)) if o != n => format!("{o} -> {n} (renamed)"),
        (Some(o), None) => format!("{o} (deleted)"),
        (None, Some(n)) => format!("{n} (added)"),
        (Some(o), _) => o.clone(),
        (None, None) => String::new(),
    };
    let version = match (&r.old_version, &r.new_version) {
        (Some(o), Some(n)) if o != n => format!(", info.version {o} -> {n}"),
        (Some(o), Some(_)) => format!(", info.version {o} unchanged"),
        _ => String::new(),
    };
    format!("{file}{version}")
}

/// The bump the changes need, against the one the document declares.
pub fn verdict(reports: &[Report]) -> String {
    let bump = reports.iter().map(Report::bump).max().unwrap_or(Bump::None);
    let mut out = format!("version: the generated crates need a {} bump", bump.name());
    if bump == Bump::None {
        out = "version: nothing changed that the generated crates show".to_string();
    }
    for r in reports {
        let Some(declared) = r.declared_bump() else { continue };
        let file = r.new_file.as_deref().or(r.old_file.as_deref()).unwrap_or_default();
        let agrees = if declared >= r.bump() { "enough" } else { "too small" };
        let _ = write!(out, "; {file} declares a {} bump in info.version ({agrees} for a {} change)", declared.name(), r.bump().name());
    }
    out
}

/// For a terminal: one block per file, a line per change with its two places.
pub fn text(reports: &[Report]) -> String {
    let mut out = String::new();
    for r in reports {
        let _ = writeln!(out, "{}: {} change(s)", title(r), r.changes.len());
        for c in &r.changes {
            let _ = writeln!(out, "  [{}] {}: {} ({})", class(c), c.context, c.message, c.rule.id);
            let _ = writeln!(out, "      old: {}", place(&c.old));
            let _ = writeln!(out, "      new: {}", place(&c.new));
            if !c.via.is_empty() {
                let _ = writeln!(out, "      reached from: {}", c.via.iter().cloned().collect::<Vec<_>>().join(", "));
            }
            let _ = writeln!(out, "      why: {}", c.rule.why);
        }
    }
    let _ = writeln!(out, "{}", verdict(reports));
    out
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// For a pull-request comment: a table per file, breaking changes first.
pub fn markdown(reports: &[Report]) -> String {
    let mut out = String::from("## API changes\n\n");
    if reports.iter().all(|r| r.changes.is_empty()) {
        out.push_str("No spec in `openapi/` changes what the generated code does.\n\n");
    }
    for r in reports.iter().filter(|r| !r.changes.is_empty()) {
        let _ = writeln!(out, "### `{}`\n", title(r));
        out.push_str("| | where | change | rule | old | new |\n|---|---|---|---|---|---|\n");
        let mut sorted: Vec<&Change> = r.changes.iter().collect();
        sorted.sort_by_key(|c| (!c.breaks.callers, !c.breaks.implementers, c.rule.info));
        for c in sorted {
            let class = if c.breaks.any() { format!("**{}**", class(c)) } else { class(c).to_string() };
            let here = if c.via.is_empty() { c.context.clone() } else { format!("{} (from {})", c.context, c.via.iter().cloned().collect::<Vec<_>>().join(", ")) };
            let _ = writeln!(
                out,
                "| {class} | {} | {} | `{}` | {} | {} |",
                cell(&here),
                cell(&c.message),
                c.rule.id,
                cell(&place(&c.old)),
                cell(&place(&c.new))
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "**{}**", verdict(reports));
    out
}

fn location(l: &Option<Location>) -> Value {
    l.as_ref().map_or(Value::Null, |l| json!({ "file": l.file, "line": l.line, "pointer": format!("#{}", l.pointer) }))
}

/// For tools: every change with its rule, class and places.
pub fn json(reports: &[Report]) -> Value {
    let files: Vec<Value> = reports
        .iter()
        .map(|r| {
            json!({
                "old_file": r.old_file,
                "new_file": r.new_file,
                "old_version": r.old_version,
                "new_version": r.new_version,
                "bump": r.bump().name(),
                "declared_bump": r.declared_bump().map(Bump::name),
                "changes": r.changes.iter().map(|c| json!({
                    "rule": c.rule.id,
                    "class": class(c),
                    "breaks_callers": c.breaks.callers,
                    "breaks_implementers": c.breaks.implementers,
                    "context": c.context,
                    "message": c.message,
                    "old": location(&c.old),
                    "new": location(&c.new),
                    "via": c.via,
                    "why": c.rule.why,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let breaks = reports.iter().fold(super::rules::NONE, |b, r| b.or(r.breaks()));
    json!({
        "breaking_for_callers": breaks.callers,
        "breaking_for_implementers": breaks.implementers,
        "bump": reports.iter().map(Report::bump).max().unwrap_or(Bump::None).name(),
        "files": files,
    })
}

/// The rules as the README's Markdown table (a test keeps the README's copy equal to it).
pub fn rules_table() -> String {
    let who = |b: super::Breaks| match (b.callers, b.implementers) {
        (true, true) => "callers, implementers",
        (true, false) => "callers",
        (false, true) => "implementers",
        (false, false) => "nobody",
    };
    let mut out = String::from("| rule | change | request side breaks | response side breaks | why |\n|---|---|---|---|---|\n");
    for r in super::RULES {
        let (req, resp) = if r.info { ("nobody (informational)", "nobody (informational)") } else { (who(r.request), who(r.response)) };
        let _ = writeln!(out, "| `{}` | {} | {req} | {resp} | {} |", r.id, cell(r.what), cell(r.why));
    }
    out
}
