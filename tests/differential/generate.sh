#!/usr/bin/env bash
# Generates the differential test's valid instances with hypothesis-jsonschema (pinned in
# requirements.txt, installed into a virtualenv under target/), one file per spec.
#
#   bash tests/differential/generate.sh                      # openapi/ and the fixtures, into tests/differential/instances (committed)
#   COUNT=200 bash tests/differential/generate.sh            # a larger run: up to 200 instances per schema
#   OUT=dir bash tests/differential/generate.sh spec...      # other specs (the corpus), into another directory
#
# SEED (default 1) and COUNT (default 30) make a run reproducible; JOBS (default 2) specs run at once. The Rust test reads the files;
# it needs no Python. Rerun this after changing a spec: the test refuses stale instances.
set -euo pipefail
cd "$(dirname "$0")/../.."

seed="${SEED:-1}"
count="${COUNT:-30}"
out="${OUT:-tests/differential/instances}"
venv="${DIFFERENTIAL_VENV:-$PWD/target/differential-venv}"

if ! "$venv/bin/python" -c "import hypothesis_jsonschema" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r tests/differential/requirements.txt
fi

if [ "$#" -eq 0 ]; then
  set -- openapi/*.yaml openapi/*.yml openapi/*.json generator/tests/fixtures/*.yaml generator/tests/fixtures/*.yml generator/tests/fixtures/*.json
fi
cargo build --quiet --locked -p workspace-tests --bin differential-targets
targets_bin="${CARGO_TARGET_DIR:-$PWD/target}/debug/differential-targets"

mkdir -p "$out"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# One spec: its targets, then its instances, written beside and moved, so that an interrupted
# run leaves the old file whole.
generate_one() {
  local spec="$1" name
  name="$(dirname "$spec" | tr '/' '-')--$(basename "${spec%.*}")"
  "$targets_bin" "$spec" > "$scratch/$name.targets.json"
  "$venv/bin/python" tests/differential/generate.py "$scratch/$name.targets.json" "$scratch/$name.json" --seed "$seed" --count "$count" 2> "$scratch/$name.log" \
    || { cat "$scratch/$name.log" >&2; return 1; }
  tail -n 1 "$scratch/$name.log"
  mv "$scratch/$name.json" "$out/$name.json"
}

# JOBS specs at a time (default 2, the machine's cores): each is one Python process.
jobs="${JOBS:-2}"
running=()
for spec in "$@"; do
  [ -f "$spec" ] || continue
  generate_one "$spec" &
  running+=("$!")
  if [ "${#running[@]}" -ge "$jobs" ]; then
    wait "${running[0]}"
    running=("${running[@]:1}")
  fi
done
for pid in "${running[@]}"; do
  wait "$pid"
done
