#!/usr/bin/env bash
# The real-world corpus end to end, one command: fetch the documents (pinned versions, checked
# checksums), generate their crates, hold them to clippy with -D warnings, and run their tests
# (every example round-trips; example server and typed client replay every example; the generated
# decoders agree with a JSON Schema validator on generated instances and their mutants). The
# documents in corpus/large are generated and checked (`cargo check`, warnings denied), not built:
# compiling their crates does not fit CI's time on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."

bash corpus/fetch.sh
cargo xtask corpus
# Instances of every schema an operation reaches, for the differential test (not committed: the
# documents are not either). Fewer per schema than for openapi/: these documents have thousands.
COUNT="${CORPUS_COUNT:-10}" OUT=corpus/differential bash tests/differential/generate.sh corpus/specs/*
# The corpus is a workspace of its own; sharing the main target directory reuses its builds.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
manifest=(--manifest-path corpus/Cargo.toml --locked)
cargo clippy "${manifest[@]}" -p corpus-client -p corpus-server -p corpus-tests --all-targets -- -D warnings
cargo test "${manifest[@]}" -p corpus-client -p corpus-server -p corpus-tests
# One crate at a time: the large client alone takes several GiB to check.
cargo check "${manifest[@]}" -j 1 -p corpus-large-client -p corpus-large-server --lib
