//! The command line: `regen`, `check`, `--root`, usage and exit codes.

use std::io::Write;
use std::path::PathBuf;

use crate::{check, corpus_projects, default_root, regen, regen_projects, RegenReport, XtaskError};

pub const USAGE: &str = "\
usage: cargo xtask <command> [--root <dir>]
       cargo xtask diff [--base <rev>] [--format text|markdown|json] [--allow-breaking] [--root <dir>]

commands:
  regen    generate generated-client/ and generated-server-stubs/ from openapi/ (and the
           generator's fixture crates in tests/fixtures/ from generator/tests/fixtures/) and write
           them (atomically: a failed generation leaves every file as it was)
  check    generate in memory and compare with the files on disk; print a diff of what differs
  diff     report what the specs of openapi/ in the working tree change against <rev> (default:
           the merge base of HEAD with main): every change, per operation and per schema,
           classified as breaking for callers, breaking for implementers, or compatible, with
           both JSON pointers and the version bump it implies
  corpus   generate the real-world corpus (corpus/specs/ and corpus/large/, fetched by
           corpus/fetch.sh) into the crates of corpus/, a workspace of its own; corpus/run.sh
           then builds, lints and tests them

options:
  --base <rev>       diff: the revision to compare with
  --format <f>       diff: text (default), markdown (for a pull-request comment) or json
  --allow-breaking   diff: exit 0 even when something breaks
  --root <dir>   the workspace root (default: the workspace the command is run in: the one of the
                 package cargo runs, else the nearest above the current directory)
  -h, --help     this text

exit codes:
  0  done, or everything up to date; diff: nothing breaks
  1  check: generated files differ from what openapi/ generates; diff: something breaks
  2  usage error; diff: the report cannot be made (git, or a spec that does not load on one side)
  3  a spec could not be generated (the message says file, line and JSON pointer)
  4  a file could not be read or written
";

fn exit_code(e: &XtaskError) -> i32 {
    match e {
        XtaskError::Spec(_) => 3,
        XtaskError::Io { .. } => 4,
    }
}

fn report_regen(command: &str, result: Result<RegenReport, XtaskError>, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match result {
        Ok(report) => {
            for w in &report.warnings {
                let _ = writeln!(err, "warning: {w}");
            }
            for path in &report.written {
                let _ = writeln!(out, "wrote {path}");
            }
            for path in &report.removed {
                let _ = writeln!(out, "removed {path}");
            }
            let _ = writeln!(out, "{command}: {} files written, {} unchanged, {} removed", report.written.len(), report.unchanged, report.removed.len());
            0
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            exit_code(&e)
        }
    }
}

/// Runs the command line; returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut command = None;
    let mut root = None;
    let mut base = None;
    let mut format = crate::spec_diff::Format::Text;
    let mut allow_breaking = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "-h" | "--help" | "help" => {
                let _ = write!(out, "{USAGE}");
                return 0;
            }
            "--root" => match rest.next() {
                Some(dir) => root = Some(PathBuf::from(dir)),
                None => {
                    let _ = write!(err, "error: --root needs a directory\n\n{USAGE}");
                    return 2;
                }
            },
            "--base" => match rest.next() {
                Some(rev) => base = Some(rev.clone()),
                None => {
                    let _ = write!(err, "error: --base needs a revision\n\n{USAGE}");
                    return 2;
                }
            },
            "--format" => match rest.next().and_then(|f| crate::spec_diff::Format::parse(f)) {
                Some(f) => format = f,
                None => {
                    let _ = write!(err, "error: --format needs text, markdown or json\n\n{USAGE}");
                    return 2;
                }
            },
            "--allow-breaking" => allow_breaking = true,
            "regen" | "check" | "corpus" | "diff" if command.is_none() => command = Some(arg.clone()),
            other => {
                let _ = write!(err, "error: unknown argument `{other}`\n\n{USAGE}");
                return 2;
            }
        }
    }
    let root = match root.map_or_else(default_root, Ok) {
        Ok(root) => root,
        Err(why) => {
            let _ = writeln!(err, "error: {why}");
            return 2;
        }
    };
    match command.as_deref() {
        Some("regen") => report_regen("regen", regen(&root), out, err),
        Some("diff") => diff(&root, base.as_deref(), format, allow_breaking, out, err),
        Some("corpus") => {
            let projects = corpus_projects();
            if let Some(missing) = projects.iter().find(|p| !root.join(p.spec_dir).is_dir()) {
                let _ = writeln!(err, "error: {} does not exist; fetch the corpus with `bash corpus/fetch.sh`", missing.spec_dir);
                return 4;
            }
            report_regen("corpus", regen_projects(&root, &projects), out, err)
        }
        Some("check") => match check(&root) {
            Ok(report) if report.diffs.is_empty() => {
                let _ = writeln!(out, "check: {} generated files up to date", report.up_to_date);
                0
            }
            Ok(report) => {
                for diff in report.diffs.values() {
                    let _ = write!(out, "{diff}");
                }
                let _ = writeln!(
                    err,
                    "error: {} generated file(s) out of date with openapi/: {}\nrun `cargo xtask regen` and commit the result",
                    report.diffs.len(),
                    report.diffs.keys().cloned().collect::<Vec<_>>().join(", ")
                );
                1
            }
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                exit_code(&e)
            }
        },
        _ => {
            let _ = write!(err, "error: no command given\n\n{USAGE}");
            2
        }
    }
}

/// `diff`: the report on standard output; 1 when something breaks (unless allowed), 2 when the
/// report cannot be made.
fn diff(root: &std::path::Path, base: Option<&str>, format: crate::spec_diff::Format, allow_breaking: bool, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let reports = crate::spec_diff::base(root, base).and_then(|rev| crate::spec_diff::reports(root, &rev));
    match reports {
        Ok(reports) => {
            let _ = write!(out, "{}", format.render(&reports));
            let breaks = reports.iter().any(|r| r.breaks().any());
            if breaks && !allow_breaking {
                let _ = writeln!(err, "error: the change breaks callers or implementers of the generated code (see above); pass --allow-breaking to accept it");
                1
            } else {
                0
            }
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            2
        }
    }
}
