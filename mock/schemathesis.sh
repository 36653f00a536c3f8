#!/usr/bin/env bash
# schemathesis (from PyPI, pinned) against the mock server, every spec in openapi/, all phases
# including the stateful one: no server error, no status, content type or body outside the spec.
# Bounded and seeded, so a run is the same every time. Not needed by `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."

source tests/schemathesis-venv.sh

cargo build --locked --quiet -p mock
log=$(mktemp)
target/debug/mock --port 0 >"$log" &
mock_pid=$!
trap 'kill "$mock_pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 50); do
    grep -q "Authorization" "$log" && break
    sleep 0.1
done

status=0
# Each served spec's line: `mock: <file> at <url>`.
while read -r _ file _ url; do
    echo "schemathesis: $file at $url"
    "$schemathesis" run "$file" --url "$url" -H "Authorization: Bearer mock-token" \
        --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
        --phases examples,coverage,fuzzing,stateful --max-examples 50 --seed 1 --workers 1 || status=1
done < <(grep '^mock: .* at http' "$log")
exit "$status"
