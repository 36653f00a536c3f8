#!/usr/bin/env bash
# The change report against the Rust API itself: for every fixture pair in this directory, the
# old spec's crates are generated and committed in a scratch workspace, the new spec's crates
# generated over them, and cargo-semver-checks compares the two versions of generated-client.
# Every pair whose report says "breaking for callers" must be a major change for
# cargo-semver-checks and the other way round, except where semver.expected says why they differ.
# Needs cargo-semver-checks (.ci/run installs it); not part of `cargo test`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="${WORK:-$root/target/changes-semver}"
export CARGO_TARGET_DIR="$work/target"
cargo build --quiet --locked -p xtask --manifest-path "$root/Cargo.toml" --target-dir "$root/target"
xtask="$root/target/debug/xtask"
command -v cargo-semver-checks >/dev/null || { echo "error: cargo-semver-checks is not installed (cargo install --locked cargo-semver-checks)" >&2; exit 2; }

results="$work/results.txt"
mkdir -p "$work"
: > "$results"
for pair in "$here"/*/; do
    name="$(basename "$pair")"
    ws="$work/$name"
    rm -rf "$ws"
    mkdir -p "$ws/openapi"
    # The runtime both generated crates depend on comes as it is: only the generated crates change.
    cp -r "$root/runtime" "$root/generated-client" "$root/generated-server-stubs" "$ws/"
    rm -rf "$ws/runtime/target"
    rm -rf "$ws/generated-client/src" "$ws/generated-server-stubs/src"
    mkdir -p "$ws/generated-client/src" "$ws/generated-server-stubs/src"
    # The product's workspace manifest, with only the runtime and the two generated crates as members.
    sed -e 's/^members = .*/members = ["runtime", "generated-client", "generated-server-stubs"]/' -e '/^exclude = /d' "$root/Cargo.toml" > "$ws/Cargo.toml"
    cp "$root/Cargo.lock" "$ws/"
    cp "$pair/old.yaml" "$ws/openapi/$name.yaml"
    "$xtask" regen --root "$ws" > /dev/null
    git -C "$ws" init --quiet
    git -C "$ws" -c user.name=ci -c user.email=ci@localhost add -A
    git -C "$ws" -c user.name=ci -c user.email=ci@localhost commit --quiet -m old
    cp "$pair/new.yaml" "$ws/openapi/$name.yaml"
    "$xtask" regen --root "$ws" > /dev/null
    "$xtask" diff --root "$ws" --base HEAD --format json --allow-breaking > "$ws/report.json"
    report=$(python3 -c 'import json,sys; print("breaking" if json.load(open(sys.argv[1]))["breaking_for_callers"] else "compatible")' "$ws/report.json")
    if cargo semver-checks --manifest-path "$ws/Cargo.toml" -p generated-client --baseline-rev HEAD --release-type minor > "$ws/semver.txt" 2>&1; then
        semver=minor
    elif grep -q 'semver requires new major version' "$ws/semver.txt"; then
        semver=major
    else
        cat "$ws/semver.txt" >&2
        echo "error: cargo-semver-checks could not compare $name" >&2
        exit 2
    fi
    lints=$( (grep -oE '^--- failure [a-z_]+' "$ws/semver.txt" || true) | awk '{print $3}' | sort -u | paste -sd, -)
    echo "$name report=$report semver=$semver lints=${lints:-none}" | tee -a "$results"
done

# The outcome of each pair, against what semver.expected says (a pair where they differ names why).
status=0
while read -r name report semver lints; do
    expected=$(grep -E "^$name " "$here/semver.expected" || true)
    agree=no
    [[ "$report" == "report=breaking" && "$semver" == "semver=major" ]] && agree=yes
    [[ "$report" == "report=compatible" && "$semver" == "semver=minor" ]] && agree=yes
    if [[ $agree == yes ]]; then
        [[ "$expected" == "$name agree"* ]] || { echo "error: $name: agrees now; semver.expected says: ${expected:-nothing}" >&2; status=1; }
    else
        [[ "$expected" == "$name differs:"* ]] || { echo "error: $name: $report but $semver ($lints); semver.expected does not say why" >&2; status=1; }
    fi
done < "$results"
((status == 0)) && echo "semver: every pair's report agrees with cargo-semver-checks, or semver.expected says why not"
exit $status
