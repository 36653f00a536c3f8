//! `cargo xtask diff`: the specs of `openapi/` at a git revision against the working tree, paired
//! by path (and by git's rename detection), each pair handed to `generator::changes`. Only the
//! I/O lives here: git, files, and which report format to print.

use std::path::Path;
use std::process::Command;

use generator::changes::{self, render, Report};
use generator::SpecSource;

use crate::load_specs;

/// Why the report could not be made (exit code 2).
#[derive(Debug)]
pub struct DiffError(pub String);

impl std::fmt::Display for DiffError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn git(root: &Path, args: &[&str]) -> Result<String, DiffError> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| DiffError(format!("cannot run git: {e}")))?;
    if !out.status.success() {
        return Err(DiffError(format!("`git {}` failed: {}", args.join(" "), String::from_utf8_lossy(&out.stderr).trim())));
    }
    String::from_utf8(out.stdout).map_err(|_| DiffError(format!("`git {}` printed text that is not UTF-8", args.join(" "))))
}

/// The revision to compare with: the one given, else the merge base of `HEAD` with `main` (or
/// with `origin/main`, where only the remote branch exists, as in a pull request's checkout).
pub fn base(root: &Path, given: Option<&str>) -> Result<String, DiffError> {
    if let Some(rev) = given {
        return git(root, &["rev-parse", "--verify", &format!("{rev}^{{commit}}")]).map(|s| s.trim().to_string()).map_err(|e| DiffError(format!("--base {rev}: {e}")));
    }
    for branch in ["main", "origin/main"] {
        if let Ok(rev) = git(root, &["merge-base", "HEAD", branch]) {
            return Ok(rev.trim().to_string());
        }
    }
    Err(DiffError("no merge base of HEAD with main or origin/main; name a revision with --base <rev>".into()))
}

fn is_spec(path: &str) -> bool {
    let name = path.strip_prefix("openapi/").unwrap_or("");
    !name.is_empty() && !name.contains('/') && [".yaml", ".yml", ".json"].iter().any(|e| name.ends_with(e))
}

/// The specs of `openapi/` at `rev`.
fn specs_at(root: &Path, rev: &str) -> Result<Vec<SpecSource>, DiffError> {
    let names = git(root, &["ls-tree", "-r", "--name-only", rev, "--", "openapi/"])?;
    names
        .lines()
        .filter(|p| is_spec(p))
        .map(|path| Ok(SpecSource { path: path.to_string(), text: git(root, &["show", &format!("{rev}:{path}")])? }))
        .collect()
}

/// Renames git finds between `rev` and the working tree: (old path, new path).
fn renames(root: &Path, rev: &str) -> Result<Vec<(String, String)>, DiffError> {
    let out = git(root, &["diff", "-M", "--name-status", rev, "--", "openapi/"])?;
    Ok(out
        .lines()
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let status = cols.next()?;
            (status.starts_with('R')).then_some(())?;
            Some((cols.next()?.to_string(), cols.next()?.to_string()))
        })
        .collect())
}

/// One report per spec that differs between `rev` and the working tree.
pub fn reports(root: &Path, rev: &str) -> Result<Vec<Report>, DiffError> {
    let old = specs_at(root, rev)?;
    let new = load_specs(root).map_err(|e| DiffError(e.to_string()))?;
    let renamed = renames(root, rev)?;
    let short = &rev[..rev.len().min(12)];
    let mut pairs: Vec<(Option<&SpecSource>, Option<&SpecSource>)> = Vec::new();
    for o in &old {
        let target = renamed.iter().find(|(from, _)| *from == o.path).map(|(_, to)| to.as_str()).unwrap_or(&o.path);
        pairs.push((Some(o), new.iter().find(|n| n.path == target)));
    }
    for n in &new {
        if !pairs.iter().any(|(_, m)| m.is_some_and(|m| m.path == n.path)) {
            pairs.push((None, Some(n)));
        }
    }
    let mut out = Vec::new();
    for (o, n) in pairs {
        if let (Some(o), Some(n)) = (o, n) {
            if o.text == n.text && o.path == n.path {
                continue;
            }
        }
        out.push(changes::compare(o, n, short, "the working tree").map_err(|e| DiffError(e.to_string()))?);
    }
    Ok(out)
}

/// How the report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "text" => Some(Format::Text),
            "markdown" | "md" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    pub fn render(self, reports: &[Report]) -> String {
        match self {
            Format::Text => render::text(reports),
            Format::Markdown => render::markdown(reports),
            Format::Json => format!("{:#}\n", render::json(reports)),
        }
    }
}
