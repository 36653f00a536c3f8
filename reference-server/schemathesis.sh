#!/usr/bin/env bash
# schemathesis (from PyPI, pinned) against the reference server, all phases including the stateful
# one: no server error, no status, content type, header or body outside openapi/my-account.yaml.
# A fresh data directory, the example configuration with a rate limit high enough not to hide
# operations behind 429s, a token with every scope; bounded and seeded. Not needed by `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."

source tests/schemathesis-venv.sh

cargo build --locked --quiet -p reference-server
data=$(mktemp -d)
config="$data/config.json"
python3 - "$config" <<'PY'
import json, sys
c = json.load(open("reference-server/examples/config.json"))
c["rate_limit"] = {"per_second": 100000, "burst": 100000}
json.dump(c, open(sys.argv[1], "w"))
PY
server=target/debug/reference-server
token=$("$server" token --user 'auth0|local-user' --data "$data" --config "$config")
log="$data/log"
"$server" --listen 127.0.0.1:0 --data "$data" --config "$config" >"$log" 2>"$data/err" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 100); do
    grep -q "My Account API at" "$log" && break
    sleep 0.1
done
url=$(sed -n 's/^My Account API at \(http[^ ]*\).*/\1/p' "$log")
echo "schemathesis: openapi/my-account.yaml at $url"
"$schemathesis" run openapi/my-account.yaml --url "$url" -H "Authorization: Bearer $token" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance \
    --phases examples,coverage,fuzzing,stateful --max-examples "${MAX_EXAMPLES:-100}" --seed 1 --workers 1 || {
    echo "the server's own log (internal errors name their cause there):" >&2
    grep -v '^outbox: ' "$data/err" >&2 || true
    exit 1
}
