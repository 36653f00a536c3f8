//! The decoding benchmark's work, run a given number of rounds for callgrind to count: `count
//! list` names every workload (one per line: `<spec>/<schema>`, and `my_account/[AuthenticationMethod]`
//! for the list of 1,000 methods); `count <workload> <who> <rounds>` runs one, where `who` is
//! `ours` (through `openapi_runtime::decode_text`), `untagged`, `floor` (the known structs, in
//! the union's order), `encode` or `encode-derive`. `bench/run.sh` counts two numbers of rounds
//! and takes the difference: instructions do not move with the machine's load, as times do.

use std::process::ExitCode;

use workspace_bench::workloads;

/// The list of 1,000 methods, by the name its criterion group gives it.
const LIST: &str = "my_account/[AuthenticationMethod]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let unions = workloads::unions();
    match args.as_slice() {
        [list] if list == "list" => {
            for (spec, schema, _) in &unions {
                println!("{}/{schema}", spec.name);
            }
            println!("{LIST}");
            ExitCode::SUCCESS
        }
        [workload, who, rounds] => {
            let Ok(rounds) = rounds.parse::<u64>() else {
                eprintln!("error: {rounds:?} is not a number of rounds");
                return ExitCode::from(2);
            };
            if workload == LIST {
                let texts = vec![workloads::thousand_methods()];
                let (ours, mirror, _) = workloads::list_timers();
                let run = match who.as_str() {
                    "ours" => ours.decode,
                    "untagged" => mirror.decode,
                    "encode" => ours.encode,
                    "encode-derive" => mirror.encode,
                    other => {
                        eprintln!("error: the list has no {other:?} (ours, untagged, encode, encode-derive)");
                        return ExitCode::from(2);
                    }
                };
                run(&texts, rounds);
                return ExitCode::SUCCESS;
            }
            let Some((_, _, union)) = unions.iter().find(|(spec, schema, _)| format!("{}/{schema}", spec.name) == *workload) else {
                eprintln!("error: no workload {workload:?}; `count list` names them");
                return ExitCode::from(2);
            };
            match who.as_str() {
                "ours" => {
                    (union.ours.decode)(&union.texts, rounds);
                }
                "untagged" => {
                    (union.mirror.decode)(&union.texts, rounds);
                }
                "floor" => {
                    union.floor_in_order(rounds);
                }
                "encode" => {
                    (union.ours.encode)(&union.texts, rounds);
                }
                "encode-derive" => {
                    (union.mirror.encode)(&union.texts, rounds);
                }
                other => {
                    eprintln!("error: no {other:?}; ours, untagged, floor, encode or encode-derive");
                    return ExitCode::from(2);
                }
            }
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: count list | count <workload> <ours|untagged|floor|encode|encode-derive> <rounds>");
            ExitCode::from(2)
        }
    }
}
