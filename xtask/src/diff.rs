//! Unified diffs of generated files, for `check` to show what drifted.

use similar::TextDiff;

use crate::Change;

/// The change as a unified diff with three lines of context.
pub fn describe(change: &Change) -> String {
    let (old, new) = match change {
        Change::RemoveDir { path } => return format!("empty directory {path}/ is left from a spec that no longer exists\n"),
        Change::Create { new, .. } => ("", new.as_str()),
        Change::Update { old, new, .. } => (old.as_str(), new.as_str()),
        Change::Remove { old, .. } => (old.as_str(), ""),
    };
    let path = change.path();
    let a = if matches!(change, Change::Create { .. }) { "/dev/null".to_string() } else { format!("a/{path}") };
    let b = if matches!(change, Change::Remove { .. }) { "/dev/null".to_string() } else { format!("b/{path}") };
    TextDiff::from_lines(old, new).unified_diff().context_radius(3).header(&a, &b).to_string()
}
