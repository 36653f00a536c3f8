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
}

impl Change {
    pub fn path(&self) -> &str {
        match self {
            Change::Create { path, .. } | Change::Update { path, .. } | Change::Remove { path, .. } => path,
        }
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

/// Compares `files` with the disk under `root`.
pub fn plan(root: &Path, files: &BTreeMap<String, String>) -> Result<Plan, XtaskError> {
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
    for dir in output_dirs(files) {
        let full = root.join(&dir);
        let Ok(entries) = std::fs::read_dir(&full) else { continue };
        let mut stale = Vec::new();
        for entry in entries {
            let entry = entry.map_err(io(&full))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = format!("{dir}/{name}");
            if files.contains_key(&rel) || !entry.path().is_file() {
                continue;
            }
            // Only files we generated are ours to remove; anything else is left alone.
            let Ok(old) = std::fs::read_to_string(entry.path()) else { continue };
            if old.lines().next().is_some_and(|l| l.contains(MARKER)) {
                stale.push(Change::Remove { path: rel, old });
            }
        }
        stale.sort_by(|a, b| a.path().cmp(b.path()));
        plan.changes.extend(stale);
    }
    Ok(plan)
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
        if let Change::Remove { path, .. } = change {
            let full = root.join(path);
            std::fs::remove_file(&full).map_err(io(&full))?;
        }
    }
    Ok(())
}
