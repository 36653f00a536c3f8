//! The command line: `regen`, `check`, `--root`, usage and exit codes.

use std::io::Write;
use std::path::PathBuf;

use crate::{check, corpus_projects, default_root, regen, regen_projects, RegenReport, XtaskError};

pub const USAGE: &str = "\
usage: cargo xtask <command> [--root <dir>]

commands:
  regen    generate generated-client/ and generated-server-stubs/ from openapi/ (and the
           generator's fixture crates in tests/fixtures/ from generator/tests/fixtures/) and write
           them (atomically: a failed generation leaves every file as it was)
  check    generate in memory and compare with the files on disk; print a diff of what differs
  corpus   generate the real-world corpus (corpus/specs/ and corpus/large/, fetched by
           corpus/fetch.sh) into the crates of corpus/, a workspace of its own; corpus/run.sh
           then builds, lints and tests them

options:
  --root <dir>   the workspace root (default: the workspace the command is run in: the one of the
                 package cargo runs, else the nearest above the current directory)
  -h, --help     this text

exit codes:
  0  done, or everything up to date
  1  check: generated files differ from what openapi/ generates
  2  usage error
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
            "regen" | "check" | "corpus" if command.is_none() => command = Some(arg.clone()),
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
