"""Generates valid instances of every target schema of one spec with hypothesis-jsonschema.

Reads what `differential-targets` prints for a spec (its fingerprint, its component schemas and
its targets, in JSON Schema 2020-12 form) and writes the instance file the differential test
reads: per target, up to COUNT distinct instances as JSON text, or why none could be made.
Deterministic: a fixed seed per target, no example database.

Usage: python generate.py TARGETS.json OUT.json --seed 1 --count 30
"""

import argparse
import json
import sys
import zlib

import hypothesis
import hypothesis_jsonschema
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis_jsonschema import from_schema


def instances(schema, count, seed):
    """Up to `count` distinct instances of `schema`, as compact JSON text, in the order made."""
    made = {}

    @hypothesis.seed(seed)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(from_schema(schema, allow_x00=True, codec="utf-8"))
    def collect(value):
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        made.setdefault(text, None)

    collect()
    return list(made)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets")
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=30)
    args = parser.parse_args()

    with open(args.targets, encoding="utf-8") as f:
        doc = json.load(f)
    out_targets = []
    made_total = 0
    for target in doc["targets"]:
        schema = dict(target["schema"]) if isinstance(target["schema"], dict) else {"allOf": [target["schema"]]}
        schema["components"] = doc["components"]
        # One seed per target, from the run's seed and the target's id: adding a target leaves
        # the others' instances as they were.
        seed = args.seed * 1_000_003 + zlib.crc32(target["id"].encode("utf-8"))
        entry = {"id": target["id"]}
        try:
            entry["valid"] = instances(schema, args.count, seed)
            made_total += len(entry["valid"])
        except Exception as err:  # the generator's own limits: recursive references, unsatisfiable schemas
            entry["valid"] = []
            # The reason without the schema some messages carry along.
            reason = (str(err).splitlines() or [""])[0].split(" in schema=")[0]
            entry["skipped"] = f"{type(err).__name__}: {reason}"[:200]
        out_targets.append(entry)
        print(f"  {target['id']}: {len(entry['valid'])}{' (' + entry['skipped'] + ')' if 'skipped' in entry else ''}", file=sys.stderr)

    made_by = (
        f"hypothesis-jsonschema {hypothesis_jsonschema.__version__}, hypothesis {hypothesis.__version__}, "
        f"seed {args.seed}, up to {args.count} per target"
    )
    result = {"spec": doc["spec"], "fingerprint": doc["fingerprint"], "made_by": made_by, "targets": out_targets}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{doc['spec']}: {made_total} instances of {len(out_targets)} schemas -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
