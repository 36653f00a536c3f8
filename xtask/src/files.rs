//! Planning and applying writes: which generated files are new, changed, unchanged or stale, and
//! writing them so that no half-written file is ever left behind.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::{io, XtaskError};

/// The marker on the first line of every generated file.
const MARKER: &str = "@generated";

/// One difference between the disk and what would be generated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Create { path: String, new: String },
    Update { path: String, old: String, new: String },
    /// A generated file that is no longer generated.
    Remove { path: String, old: String },
    /// A directory in a generated crate that holds nothing once stale files are gone.
    RemoveDir { path: String },
}

impl Change {
    pub fn path(&self) -> &str {
        match self {
            Change::Create { path, .. } | Change::Update { path, .. } | Change::Remove { path, .. } | Change::RemoveDir { path } => path,
        }
    }

    /// Whether the change writes a file (rather than removing one or a directory).
    pub fn writes(&self) -> bool {
        matches!(self, Change::Create { .. } | Change::Update { .. })
    }
}

#[derive(Debug, Default)]
pub struct Plan {
    pub changes: Vec<Change>,
    pub unchanged: usize,
}

/// The directories generated files go to: each file's parent, for stale-file detection.
fn output_dirs(files: &BTreeMap<String, String>) -> BTreeSet<String> {
    files.keys().filter_map(|p| p.rsplit_once('/').map(|(dir, _)| dir.to_string())).collect()
}

/// Compares `files` with the disk under `root`. Stale files are looked for in every directory that
/// receives files and, at any depth, in the `owned` directories, where the generated module of a
/// spec that was deleted leaves whole directories that no longer receive anything.
pub fn plan(root: &Path, files: &BTreeMap<String, String>, owned: &[String]) -> Result<Plan, XtaskError> {
    let mut plan = Plan::default();
    for (path, new) in files {
        let full = root.join(path);
        match std::fs::read_to_string(&full) {
            Ok(old) if &old == new => plan.unchanged += 1,
            Ok(old) => plan.changes.push(Change::Update { path: path.clone(), old, new: new.clone() }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => plan.changes.push(Change::Create { path: path.clone(), new: new.clone() }),
            Err(e) => return Err(io(&full)(e)),
        }
    }
    let mut scan = Scan { root, files, stale: Vec::new(), empty: Vec::new() };
    for dir in owned {
        scan.dir(dir, true, true)?;
    }
    for dir in output_dirs(files) {
        if !owned.iter().any(|o| dir == *o || dir.starts_with(&format!("{o}/"))) {
            scan.dir(&dir, false, true)?;
        }
    }
    scan.stale.sort_by(|a, b| a.path().cmp(b.path()));
    scan.stale.dedup();
    plan.changes.extend(scan.stale);
    // Deepest first, so that removing them in order empties each parent before it is removed.
    scan.empty.sort_by(|a, b| b.cmp(a));
    plan.changes.extend(scan.empty.into_iter().map(|path| Change::RemoveDir { path }));
    Ok(plan)
}

/// A walk over generated directories, collecting stale files and directories left empty.
struct Scan<'a> {
    root: &'a Path,
    files: &'a BTreeMap<String, String>,
    stale: Vec<Change>,
    empty: Vec<String>,
}

impl Scan<'_> {
    /// Scans `dir` (relative to the root); returns whether it holds anything once the stale files
    /// are removed. `top` directories are never removed themselves.
    fn dir(&mut self, dir: &str, recursive: bool, top: bool) -> Result<bool, XtaskError> {
        let full = self.root.join(dir);
        let entries = match std::fs::read_dir(&full) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(io(&full)(e)),
        };
        let mut keeps = false;
        for entry in entries {
            let entry = entry.map_err(io(&full))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = format!("{dir}/{name}");
            let kind = entry.file_type().map_err(io(&entry.path()))?;
            if kind.is_dir() {
                keeps |= if recursive { self.dir(&rel, true, false)? } else { true };
                continue;
            }
            if self.files.contains_key(&rel) || !kind.is_file() {
                keeps = true;
                continue;
            }
            // Only files we generated are ours to remove; anything else is left alone.
            match std::fs::read_to_string(entry.path()) {
                Ok(old) if old.lines().next().is_some_and(|l| l.contains(MARKER)) => self.stale.push(Change::Remove { path: rel, old }),
                _ => keeps = true,
            }
        }
        if !keeps && !top && recursive {
            self.empty.push(dir.to_string());
        }
        Ok(keeps)
    }
}

/// Writes the plan. Every new content goes to a temporary file beside its target first; only when
/// all are written are they renamed into place, so a failure leaves the old files as they were.
pub fn apply(root: &Path, plan: &Plan) -> Result<(), XtaskError> {
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let result = (|| {
        for change in &plan.changes {
            let (Change::Create { path, new } | Change::Update { path, new, .. }) = change else { continue };
            let target = root.join(path);
            let dir = target.parent().unwrap_or(root);
            std::fs::create_dir_all(dir).map_err(io(dir))?;
            let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let temp = dir.join(format!(".{name}.regen-{}", std::process::id()));
            std::fs::write(&temp, new).map_err(io(&temp))?;
            staged.push((temp, target));
        }
        Ok(())
    })();
    if let Err(e) = result {
        for (temp, _) in &staged {
            let _ = std::fs::remove_file(temp);
        }
        return Err(e);
    }
    for (temp, target) in &staged {
        std::fs::rename(temp, target).map_err(io(target))?;
    }
    for change in &plan.changes {
        match change {
            Change::Remove { path, .. } => {
                let full = root.join(path);
                std::fs::remove_file(&full).map_err(io(&full))?;
            }
            Change::RemoveDir { path } => {
                let full = root.join(path);
                std::fs::remove_dir(&full).map_err(io(&full))?;
            }
            Change::Create { .. } | Change::Update { .. } => {}
        }
    }
    Ok(())
}
