//! Unified diffs of generated files, for `check` to show what drifted.

use std::time::Duration;

use similar::{Algorithm, TextDiff};

use crate::Change;

/// Patience anchors on lines that occur once on each side, as generated code has many, and
/// leaves Myers' search (which grows with a file's length times its number of changes) only the
/// short stretches between them. On the server module of My Account x100 (367,000 lines) drifted
/// in every third line, `check` took 150 s with Myers alone and 8.7 s with Patience, the same
/// diff. The timeout is for files with no such anchors: past it, the search settles for a longer
/// diff that is still correct.
const SEARCH_TIME: Duration = Duration::from_secs(2);

/// How many lines of one file's diff `check` prints. A generator change can rewrite most of a
/// large module (the GitHub document's server, 18 MB of diff): a CI log shows the start of what
/// drifted and says how to see the rest, and is not made of one file.
const SHOWN_LINES: usize = 400;

/// The change as a unified diff with three lines of context, its hunks up to [`SHOWN_LINES`]
/// lines, then a line counting those left out.
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
    let diff = TextDiff::configure().algorithm(Algorithm::Patience).timeout(SEARCH_TIME).diff_lines(old, new);
    let mut unified = diff.unified_diff();
    unified.context_radius(3);
    let mut out = format!("--- {a}\n+++ {b}\n");
    let (mut shown, mut left_out) = (0, 0);
    for hunk in unified.iter_hunks() {
        let text = hunk.to_string();
        let lines = text.lines().count();
        // A hunk is shown whole or not at all, so that what is shown reads as a diff.
        if shown > 0 && shown + lines > SHOWN_LINES {
            left_out += lines;
            continue;
        }
        shown += lines;
        out.push_str(&text);
    }
    if left_out > 0 {
        out.push_str(&format!("[{left_out} more lines of the diff of {path} left out: run `cargo xtask regen` and `git diff` to see them]\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{describe, SHOWN_LINES};
    use crate::Change;

    fn update(old: &str, new: &str) -> Change {
        Change::Update { path: "g/types.rs".into(), old: old.into(), new: new.into() }
    }

    #[test]
    fn a_small_change_is_the_whole_unified_diff() {
        let old: String = (0..20).map(|i| format!("line {i}\n")).collect();
        let new = old.replace("line 7\n", "line seven\n");
        let text = describe(&update(&old, &new));
        let whole = similar::TextDiff::from_lines(old.as_str(), new.as_str()).unified_diff().context_radius(3).header("a/g/types.rs", "b/g/types.rs").to_string();
        assert_eq!(text, whole);
        assert!(text.contains("-line 7\n+line seven\n") && !text.contains("left out"), "{text}");
    }

    #[test]
    fn a_large_change_shows_whole_hunks_up_to_the_limit_and_counts_the_rest() {
        // One line in 20 of 20,000 changed: 1,000 hunks of 9 lines (the `@@` line, 3 of context,
        // the line removed and the line added, 3 of context).
        let old: String = (0..20_000).map(|i| format!("line {i}\n")).collect();
        let new: String = (0..20_000).map(|i| if i % 20 == 10 { format!("changed {i}\n") } else { format!("line {i}\n") }).collect();
        let text = describe(&update(&old, &new));
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() <= SHOWN_LINES + 3, "{} lines", lines.len());
        assert_eq!(&lines[..2], ["--- a/g/types.rs", "+++ b/g/types.rs"]);
        let shown_hunks = lines.iter().filter(|l| l.starts_with("@@")).count();
        assert_eq!(shown_hunks, SHOWN_LINES / 9);
        let last = lines.last().unwrap();
        let expected = format!("[{} more lines of the diff of g/types.rs left out: run `cargo xtask regen` and `git diff` to see them]", (1000 - shown_hunks) * 9);
        assert_eq!(*last, expected);
        // The hunk before the note is whole: its context runs out after its change.
        assert!(lines[lines.len() - 2].starts_with(' '), "{}", lines[lines.len() - 2]);
    }
}
