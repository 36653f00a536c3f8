//! Prints what `tests/differential/generate.py` needs to generate instances for one spec: its
//! fingerprint, its component schemas and its targets, all in JSON Schema 2020-12 form.
//! Usage: `differential-targets <spec file, as the tests name it> [<path to read it from>]`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(file) = args.first() else {
        eprintln!("usage: differential-targets <spec file> [<path to read it from>]");
        return ExitCode::from(2);
    };
    let read_from = args.get(1).unwrap_or(file);
    let text = match std::fs::read_to_string(read_from) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{read_from}: {e}");
            return ExitCode::from(2);
        }
    };
    let spec = match generator::load::load(file, &text) {
        Ok((_, spec)) => spec,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    println!("{}", workspace_tests::differential::targets_document(file, &text, &spec));
    ExitCode::SUCCESS
}
