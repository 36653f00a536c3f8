#!/usr/bin/env bash
# Every benchmark, one command: `bash bench/run.sh`. Each figure is a ratio against a baseline
# measured in the same run (absolute times drift on these machines); the table it prints is the
# README's. Not part of CI (it takes about half an hour and wants a quiet machine).
#
# Measures: decoding and encoding (criterion: the generated types against serde derive, untagged
# enums and progenitor's types; and counted by callgrind), the client (criterion: against plain reqwest), generation
# (hyperfine: `xtask regen` against progenitor's CLI, oas3-gen, typify and openapi-generator's
# rust and rust-axum, on openapi/my-account.yaml), generation scaling (My Account x1, x10, x100
# and the largest corpus document: time and peak memory), `xtask check`, serving (wrk: the
# generated router against a hand-written axum server, timed and counted by callgrind), and build cost (cargo, against the crate
# progenitor's CLI generates).
#
# Installs what it needs: wrk, hyperfine and valgrind (Debian), the peers (crates.io, PyPI; Java from
# Debian for openapi-generator). Results go to target/bench/; the table to target/bench/table.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/target/bench
peers=$out/peers
mkdir -p "$out" "$peers"

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v valgrind >/dev/null || need+=(valgrind)
command -v java >/dev/null || need+=(default-jre-headless)
[[ -x /usr/bin/time ]] || need+=(time)
if ((${#need[@]})); then
    apt-get update -qq && apt-get install -y -qq "${need[@]}"
fi
for tool in cargo-progenitor@0.15.1 oas3-gen@0.29.0 cargo-typify@0.8.0; do
    name=${tool%@*}
    [[ -x $peers/bin/$name ]] || cargo install --locked --quiet --root "$peers" "$tool"
done
if [[ ! -x $peers/venv/bin/openapi-generator-cli ]]; then
    python3 -m venv "$peers/venv"
    "$peers/venv/bin/pip" install --quiet "openapi-generator-cli==7.26.0"
fi

cargo build --release --locked -p xtask -p workspace-bench --bins
bin=$root/target/release
spec=$root/openapi/my-account.yaml
work=$out/generation
rm -rf "$work" && mkdir -p "$work/ours/openapi"
cp "$spec" "$work/ours/openapi/"
# The smallest changes for the peers that read only OpenAPI 3.0 (progenitor) or JSON Schema (typify).
"$bin/normalize" "$spec" "$work/my-account.3.0.json" "$work/my-account.schemas.json"

echo "== generation"
cd "$work"
hyperfine --warmup 3 --runs 20 --export-json "$out/generation.json" \
    -n ours "$bin/xtask regen --root $work/ours" \
    -n "oas3-gen client" "$peers/bin/oas3-gen generate client-mod -i $spec -o $work/oas3-client" \
    -n "oas3-gen client+server" "$peers/bin/oas3-gen generate client-mod -i $spec -o $work/oas3-client && $peers/bin/oas3-gen generate server-mod -i $spec -o $work/oas3-server" \
    -n "progenitor CLI" "$peers/bin/cargo-progenitor progenitor -i $work/my-account.3.0.json -o $work/progenitor -n my-account-progenitor -v 0.1.0" \
    -n "typify CLI (schemas)" "$peers/bin/cargo-typify typify $work/my-account.schemas.json -o $work/typify.rs"
hyperfine --warmup 1 --runs 5 --export-json "$out/generation-java.json" \
    -n ours "$bin/xtask regen --root $work/ours" \
    -n "openapi-generator rust" "$peers/venv/bin/openapi-generator-cli generate -g rust -i $spec -o $work/oag-rust" \
    -n "openapi-generator rust-axum" "$peers/venv/bin/openapi-generator-cli generate -g rust-axum -i $spec -o $work/oag-axum"
cd "$root"

echo "== xtask check on this workspace"
hyperfine --warmup 3 --runs 20 --export-json "$out/check.json" -n "xtask check" "$bin/xtask check" -n "xtask (usage only)" "$bin/xtask --help || true"

echo "== scaling"
scale=$out/scale
rm -rf "$scale" && mkdir -p "$scale"
: > "$out/scaling.tsv"
measure() { # name, document
    local dir=$scale/$1
    mkdir -p "$dir/openapi"
    cp "$2" "$dir/openapi/"
    local bytes
    bytes=$(stat -c %s "$2")
    "$bin/xtask" regen --root "$dir" >/dev/null
    local best_t="" best_m=""
    for _ in 1 2 3; do
        /usr/bin/time -f "%e %M" -o "$dir/time" "$bin/xtask" check --root "$dir" >/dev/null
        read -r t m < "$dir/time"
        if [[ -z $best_t ]] || awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t best_m=$m; fi
    done
    printf '%s\t%s\t%s\t%s\n' "$1" "$bytes" "$best_t" "$best_m" >> "$out/scaling.tsv"
}
for n in 1 10 100; do
    "$bin/multiply" "$spec" "$n" "$scale/my-account-x$n.json"
    measure "x$n" "$scale/my-account-x$n.json"
done
if bash corpus/fetch.sh >/dev/null 2>&1 && [[ -f corpus/large/github.json ]]; then
    measure github corpus/large/github.json
fi

echo "== decode, encode, client (criterion)"
rm -rf target/criterion
cargo bench --locked -p workspace-bench --bench decode -- --noplot
cargo bench --locked -p workspace-bench --bench client -- --noplot

echo "== decoding and encoding, counted (callgrind)"
# The same work counted, not timed: the instructions of 12 rounds less those of 2, over 10.
"$bin/count" list > "$out/count-workloads.txt"
while read -r workload; do
    for who in ours untagged floor encode encode-derive; do
        # The list is no union: it has no known struct to land in.
        [[ $workload == *'['* && $who == floor ]] && continue
        for n in 2 12; do
            valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin/count" "$workload" "$who" "$n" \
                2> "$out/count-decode-$(tr '/[]' '___' <<< "$workload")-$who-$n.txt"
        done
    done
done < "$out/count-workloads.txt"

echo "== serving (wrk)"
serve_one() { # server, scenario, method, path, body
    local port=18080
    "$bin/serve" "$1" "127.0.0.1:$port" & local pid=$!
    for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
    cat > "$out/wrk.lua" <<EOF
wrk.method = "$3"
wrk.body = [[$5]]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer token"
EOF
    curl -s -o "$out/serve-$2-$1.body" -w '%{http_code}\n' -X "$3" -H 'Content-Type: application/json' -H 'Authorization: Bearer token' ${5:+--data "$5"} "http://127.0.0.1:$port$4" > "$out/serve-$2-$1.status"
    wrk -t1 -c32 -d3s -s "$out/wrk.lua" "http://127.0.0.1:$port$4" >/dev/null
    wrk -t1 -c32 -d10s --latency -s "$out/wrk.lua" "http://127.0.0.1:$port$4" > "$out/serve-$2-$1.txt"
    kill "$pid"; wait "$pid" 2>/dev/null || true
}
create='{"type":"email","email":"user@example.com"}'
verify='{"auth_session":"Fe26.2**05c400ed...","otp_code":"123456"}'
scenarios() { # runs "$@" once per scenario: name, method, path, body
    "$@" create POST /me/v1/authentication-methods "$create"
    "$@" verify POST "/me/v1/authentication-methods/email%7Cdev_XXXXXXXXXXXXXXXX/verify" "$verify"
    "$@" auth GET /me/v1/authentication-methods ""
    "$@" bad POST /me/v1/authentication-methods '{"type":"email"}'
}
# Rounds alternate the servers, so that a slow spell of the machine falls on both.
wrk_round() { # round, server, scenario, method, path, body
    serve_one "$2" "$3-$1" "$4" "$5" "$6"
}
for round in 1 2 3; do
    for server in generated handwritten; do
        scenarios wrk_round "$round" "$server"
    done
done

# The same requests counted, not timed: callgrind's instructions for 1,200 requests less those
# for 200, server and client in one process (the client the same for both servers). Timing on
# loopback moves by a tenth between identical runs on this machine; the count does not.
count_one() { # server, scenario, method, path, body
    for n in 200 1200; do
        valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin/serve" "$1" count "$3" "$4" "$5" "$n" \
            > "$out/count-$2-$1.status" 2> "$out/count-$2-$1-$n.txt"
    done
}
for server in generated handwritten; do
    scenarios count_one "$server"
done

echo "== build cost"
build=$out/build
rm -rf "$build" && mkdir -p "$build"
cp -r "$work/progenitor" "$build/progenitor"
# The peer's crate in a workspace of its own, with the same dev profile as ours.
printf '\n[workspace]\n\n[profile.dev]\ndebug = "line-tables-only"\n[profile.dev.package."*"]\ndebug = false\n' >> "$build/progenitor/Cargo.toml"
(cd "$build/progenitor" && cargo build --quiet)
# Our crates for My Account alone (what progenitor's crate holds; the workspace's generated-client
# holds both specs): the regen of the generation benchmark, with the workspace's manifests and
# runtime, in a target directory of its own (its dependencies are built once before timing).
mkdir -p "$build/ours"
cp -r runtime "$work/ours/generated-client" "$work/ours/generated-server-stubs" "$build/ours/"
cp generated-client/Cargo.toml "$build/ours/generated-client/"
cp generated-server-stubs/Cargo.toml "$build/ours/generated-server-stubs/"
sed -e 's/^members = .*/members = ["runtime", "generated-client", "generated-server-stubs"]/' -e '/^exclude = /d' Cargo.toml > "$build/ours/Cargo.toml"
cp Cargo.lock "$build/ours/"
alone="cd $build/ours && CARGO_TARGET_DIR=$root/target/bench-alone cargo build --quiet"
(eval "$alone -p generated-client -p generated-server-stubs")
cargo build --quiet --locked -p generated-client -p generated-server-stubs
# One warm-up each: the first build after a switch of features also rebuilds dependencies.
hyperfine --warmup 1 --runs 3 --export-json "$out/build-clean.json" \
    -n "generated-client, My Account alone (types only)" --prepare "cd $build/ours && CARGO_TARGET_DIR=$root/target/bench-alone cargo clean -p generated-client" "$alone -p generated-client --no-default-features" \
    -n "generated-client, My Account alone (with client)" --prepare "cd $build/ours && CARGO_TARGET_DIR=$root/target/bench-alone cargo clean -p generated-client" "$alone -p generated-client" \
    -n "generated-server-stubs, My Account alone" --prepare "cd $build/ours && CARGO_TARGET_DIR=$root/target/bench-alone cargo clean -p generated-server-stubs" "$alone -p generated-server-stubs" \
    -n "generated-client, both specs (with client)" --prepare "cargo clean -p generated-client" "cargo build --quiet --locked -p generated-client" \
    -n "generated-server-stubs, both specs" --prepare "cargo clean -p generated-server-stubs" "cargo build --quiet --locked -p generated-server-stubs" \
    -n "progenitor's crate" --prepare "cd $build/progenitor && cargo clean -p my-account-progenitor" "cd $build/progenitor && cargo build --quiet"
hyperfine --runs 3 --export-json "$out/build-incremental.json" \
    -n "generated-client, My Account alone (with client)" --prepare "touch $build/ours/generated-client/src/lib.rs" "$alone -p generated-client" \
    -n "generated-server-stubs, My Account alone" --prepare "touch $build/ours/generated-server-stubs/src/lib.rs" "$alone -p generated-server-stubs" \
    -n "progenitor's crate" --prepare "touch $build/progenitor/src/lib.rs" "cd $build/progenitor && cargo build --quiet"
{
    printf 'generated-client, My Account alone\t%s\n' "$(cat "$build"/ours/generated-client/src/*.rs "$build"/ours/generated-client/src/*/*.rs | wc -l)"
    printf 'generated-server-stubs, My Account alone\t%s\n' "$(cat "$build"/ours/generated-server-stubs/src/*.rs "$build"/ours/generated-server-stubs/src/*/*.rs | wc -l)"
    printf "progenitor's crate\t%s\n" "$(cat "$build"/progenitor/src/*.rs | wc -l)"
} > "$out/lines.tsv"

python3 bench/report.py "$out" | tee "$out/table.md"
