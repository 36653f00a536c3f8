#!/usr/bin/env python3
"""The README's benchmark table from one run of bench/run.sh: every figure a ratio against a
baseline measured in the same run. Usage: report.py <results dir> (target/bench)."""

import glob
import json
import os
import re
import sys

out = sys.argv[1]
root = os.path.dirname(os.path.dirname(os.path.abspath(out.rstrip("/"))))
criterion = os.path.join(root, "target", "criterion")
rows = []


def row(what, measured, against, ratio, target=""):
    rows.append((what, measured, against, ratio, target))


def fmt_time(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def estimates():
    """criterion's median of every benchmark, by (group, function): read where criterion wrote
    each (it shortens and escapes directory names, so they are not rebuilt here)."""
    found = {}
    for path in glob.glob(os.path.join(criterion, "**", "new", "benchmark.json"), recursive=True):
        with open(path) as f:
            b = json.load(f)
        with open(os.path.join(os.path.dirname(path), "estimates.json")) as f:
            found[(b["group_id"], b["function_id"])] = json.load(f)["median"]["point_estimate"]
    return found


medians = estimates()


def median(group, bench):
    return medians.get((group, bench))


def groups():
    return medians.keys()


def verdict(ok):
    return "met" if ok else "**not met**"


def refs(path):
    """The instructions callgrind counted, from its report on stderr (None when missing)."""
    found = re.search(r"I\s+refs:\s+([\d,]+)", open(path).read()) if os.path.exists(path) else None
    return int(found.group(1).replace(",", "")) if found else None


def counted(workload, who):
    """Instructions a round of a decoding workload: 12 rounds less 2, over 10."""
    safe = re.sub(r"[/\[\]]", "_", workload)
    stem = os.path.join(out, f"count-decode-{safe}-{who}")
    a, b = refs(f"{stem}-2.txt"), refs(f"{stem}-12.txt")
    return (b - a) / 10 if a is not None and b is not None else None


# Decoding and encoding.
by_group = {}
for g, fn in groups():
    by_group.setdefault(g, set()).add(fn)
for g in sorted(by_group):
    fns = by_group[g]
    def m(fn):
        return median(g, fn)
    if g.startswith("decode ") and "ours" in fns:
        ours = m("ours")
        name = g[len("decode "):]
        if "untagged" in fns:
            u = m("untagged")
            row(f"decode {name}", fmt_time(ours), f"serde untagged enum {fmt_time(u)}", f"{u / ours:.2f}× as fast", f"≥ 2×: {verdict(u / ours >= 2)}")
            if "ours, through Deserialize" in fns:
                via = m("ours, through Deserialize")
                row("same, through serde's `Deserialize` (`serde_json::from_str`)", fmt_time(via), f"serde untagged enum {fmt_time(u)}", f"{u / via:.2f}× as fast", "")
        if "known struct" in fns:
            k = m("known struct")
            row("same", fmt_time(ours), f"derive into the known variant's struct, each example alone {fmt_time(k)}", f"{k / ours:.2f}× its speed", f"≥ 0.7×: {verdict(k / ours >= 0.7)}")
        if "known struct, in the union's order" in fns:
            k = m("known struct, in the union's order")
            row("same", fmt_time(ours), f"the same, the examples in the union's order {fmt_time(k)}", f"{k / ours:.2f}× its speed", f"≥ 0.7×: {verdict(k / ours >= 0.7)}")
        workload = name.split(" (")[0]
        o, u, f = (counted(workload, who) for who in ("ours", "untagged", "floor"))
        if o and u:
            row("same, counted: instructions a round (callgrind)", f"{o:,.0f}", f"serde untagged enum {u:,.0f}", f"{u / o:.2f}× fewer", "")
        if o and f:
            row("same, counted", f"{o:,.0f}", f"the known structs, in the union's order {f:,.0f}", f"{f / o:.2f}× (its count over ours)", "")
        ours_both = [fn for fn in fns if fn.startswith("ours, on the ")]
        theirs = [fn for fn in fns if fn.startswith("progenitor")]
        if ours_both and theirs:
            a, b = m(ours_both[0]), m(theirs[0])
            row("same, on the examples progenitor's types decode", fmt_time(a), f"progenitor's types {fmt_time(b)}", f"{b / a:.2f}× as fast", f"> 1×: {verdict(b / a > 1)}")
        elif "progenitor" in fns:
            b = m("progenitor")
            row("same", fmt_time(ours), f"progenitor's types {fmt_time(b)}", f"{b / ours:.2f}× as fast", f"> 1×: {verdict(b / ours > 1)}")
    if g.startswith("encode ") and "ours" in fns and "derive" in fns:
        ours, d = m("ours"), m("derive")
        row(g, fmt_time(ours), f"`#[derive(Serialize)]` {fmt_time(d)}", f"{ours / d:.2f}× its time", f"≤ 1.1×: {verdict(ours / d <= 1.1)}")
        workload = g[len("encode "):].split(" (")[0]
        e, ed = counted(workload, "encode"), counted(workload, "encode-derive")
        if e and ed:
            row("same, counted: instructions a round (callgrind)", f"{e:,.0f}", f"`#[derive(Serialize)]` {ed:,.0f}", f"{e / ed:.2f}× its instructions", "")
    if g.startswith("client ") and len(fns) == 2:
        ours, plain = m("generated client"), m("plain reqwest + serde derive")
        row(g, fmt_time(ours), f"plain reqwest + serde derive {fmt_time(plain)}", f"{ours / plain:.2f}× its time", f"≤ 1.1×: {verdict(ours / plain <= 1.1)}")


def hyperfine(name):
    with open(os.path.join(out, name)) as f:
        return {r["command"]: r["median"] for r in json.load(f)["results"]}


# Generation.
gen = hyperfine("generation.json")
gen.update({k: v for k, v in hyperfine("generation-java.json").items() if k != "ours"})
ours = gen.pop("ours")
fastest = min(gen.values())
for peer, t in sorted(gen.items(), key=lambda kv: kv[1]):
    row("whole-process `xtask regen`, My Account (client and server)", f"{ours * 1e3:.0f} ms", f"{peer} {t * 1e3:.0f} ms", f"{t / ours:.2f}× as fast", f"faster than the fastest: {verdict(ours < fastest)}" if t == fastest else "")
check = hyperfine("check.json")
row("whole-process `xtask check`, this workspace (both specs and the fixtures), unchanged", f"{check['xtask check'] * 1e3:.0f} ms", f"the same binary printing its usage {check['xtask (usage only)'] * 1e3:.1f} ms", f"{check['xtask check'] / check['xtask (usage only)']:.0f}× its time", f"far below 1 s: {verdict(check['xtask check'] < 0.5)}")

# Scaling.
scaling = [line.split("\t") for line in open(os.path.join(out, "scaling.tsv")).read().splitlines()]
base = next((s for s in scaling if s[0] == "x1"), None)
for name, size, secs, kb in scaling:
    size, secs, kb = int(size), float(secs), int(kb)
    memory = kb * 1024 / size
    vs = f"x1: {float(base[2]):.2f} s" if base else ""
    per = secs / float(base[2]) / (size / int(base[1])) if base else 0
    row(f"`xtask check` on {name} ({size / 1e6:.1f} MB)", f"{secs:.2f} s, peak {kb / 1024:.0f} MiB", vs, f"time per byte {per:.2f}× x1's; memory {memory:.1f}× the document", f"memory ≤ 20×: {verdict(memory <= 20)}")

# Serving.
def wrk(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    def pct(p):
        v, unit = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", text).groups()
        return float(v) * {"us": 1e-3, "ms": 1, "s": 1e3}[unit]
    return rps, pct(50), pct(99)

def instructions(scenario, server):
    """Instructions per request: callgrind's count for 1,200 requests less that for 200, over
    1,000 (None when the counts are missing)."""
    stem = os.path.join(out, f"count-{scenario}-{server}")
    a, b = refs(f"{stem}-200.txt"), refs(f"{stem}-1200.txt")
    return (b - a) / 1000 if a is not None and b is not None else None

for scenario, what in (("create", "POST create (decode, answer 202)"), ("verify", "POST verify (path and body)"), ("auth", "GET list (the Bearer check only)"), ("bad", "POST create, invalid body (400)")):
    best = {}
    for server in ("generated", "handwritten"):
        runs = [wrk(p) for p in sorted(glob.glob(os.path.join(out, f"serve-{scenario}-*-{server}.txt")))]
        best[server] = max(runs)
        statuses = {open(p).read().strip() for p in glob.glob(os.path.join(out, f"serve-{scenario}-*-{server}.status"))}
        best[server + " status"] = "/".join(sorted(statuses))
    g, h = best["generated"], best["handwritten"]
    counted = {server: instructions(scenario, server) for server in ("generated", "handwritten")}
    row(f"serving: {what}, status {best['generated status']} (hand-written {best['handwritten status']})", f"{g[0]:.0f} req/s, p50 {g[1]:.2f} ms, p99 {g[2]:.2f} ms", f"hand-written axum {h[0]:.0f} req/s, p50 {h[1]:.2f} ms, p99 {h[2]:.2f} ms", f"{g[0] / h[0]:.2f}× the requests, {g[2] / h[2]:.2f}× the p99", f"within 10%: {verdict(g[0] / h[0] >= 0.9 and g[2] / h[2] <= 1.1)}")
    if all(counted.values()):
        cg, ch = counted["generated"], counted["handwritten"]
        row("same, counted: instructions per request (callgrind, server and client in one process)", f"{cg:,.0f}", f"hand-written axum {ch:,.0f}", f"{cg / ch:.2f}× its instructions", "")

# Build cost.
lines = dict(line.split("\t") for line in open(os.path.join(out, "lines.tsv")).read().splitlines())
for kind, file in (("clean", "build-clean.json"), ("incremental", "build-incremental.json")):
    b = hyperfine(file)
    theirs = b.pop("progenitor's crate")
    for crate, t in b.items():
        # The target is on the crate that holds what progenitor's does: My Account, with the client.
        target = f"no slower: {verdict(t <= theirs)}" if "alone (with client)" in crate else ""
        row(f"{kind} `cargo build` (dev) of {crate}", f"{t:.1f} s", f"progenitor's crate for My Account {theirs:.1f} s", f"{t / theirs:.2f}× its time", target)
peer_lines = lines["progenitor's crate"]
row("lines generated, My Account alone", f"generated-client {lines['generated-client, My Account alone']}, generated-server-stubs {lines['generated-server-stubs, My Account alone']}", f"progenitor's crate {peer_lines}", "", "")

print("| what | measured | against | ratio | target |")
print("|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
