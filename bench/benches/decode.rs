//! Decoding and encoding every union's documented examples, in both specs, and a list of 1,000
//! methods, each against its baselines in the same criterion group:
//! - `ours`: the generated types (every constraint checked, unknown properties kept), through
//!   `openapi_runtime::decode_text`, the entry point of the generated client and server; `ours,
//!   through Deserialize` is the same through serde's `Deserialize` (`serde_json::from_str`);
//! - `untagged`: serde derive with `#[serde(untagged)]`, variants in the most favourable correct
//!   order (what the other Rust generators emit; no checks);
//! - `known struct`: each example straight into its variant's derive struct, the floor no union
//!   decoder can beat: each example `n` times in a row, and (`in the union's order`) the examples
//!   in turn as the union sees them;
//! - `progenitor`: progenitor's own types for the same document, on the examples they decode.
//!
//! Encoding compares the generated types with the derive mirror on the same values.
//! `bash bench/run.sh` turns the medians into the README's ratios.

use criterion::{criterion_group, criterion_main, Criterion};
use workspace_bench::workloads::{self, Spec, Union};

fn bench_union(c: &mut Criterion, spec: &Spec, schema: &str, union: &Union) {
    let Union { texts, ours, mirror, .. } = union;
    let both: Vec<String> = match (spec.theirs)(schema) {
        Some(theirs) => texts.iter().filter(|t| (theirs.decodes)(t).is_ok()).cloned().collect(),
        None => Vec::new(),
    };
    let mut group = c.benchmark_group(format!("decode {}/{schema} ({} examples)", spec.name, texts.len()));
    group.bench_function("ours", |b| b.iter_custom(|n| (ours.decode)(texts, n)));
    if let Some(deserialize) = ours.deserialize {
        group.bench_function("ours, through Deserialize", |b| b.iter_custom(|n| deserialize(texts, n)));
    }
    group.bench_function("untagged", |b| b.iter_custom(|n| (mirror.decode)(texts, n)));
    // The floor two ways: each example decoded `n` times in a row into its struct (every branch
    // then taken as the last time, which no decoder of a mixed stream sees), and the examples in
    // the order the union decodes them.
    group.bench_function("known struct", |b| b.iter_custom(|n| union.floor_alone(n)));
    group.bench_function("known struct, in the union's order", |b| b.iter_custom(|n| union.floor_in_order(n)));
    if let Some(theirs) = (spec.theirs)(schema).filter(|_| !both.is_empty()) {
        let name = format!("ours, on the {} progenitor decodes", both.len());
        group.bench_function(name, |b| b.iter_custom(|n| (ours.decode)(&both, n)));
        group.bench_function(format!("progenitor, on the {}", both.len()), |b| b.iter_custom(|n| (theirs.decode)(&both, n)));
    }
    group.finish();
    let mut group = c.benchmark_group(format!("encode {}/{schema} ({} examples)", spec.name, texts.len()));
    group.bench_function("ours", |b| b.iter_custom(|n| (ours.encode)(texts, n)));
    group.bench_function("derive", |b| b.iter_custom(|n| (mirror.encode)(texts, n)));
    group.finish();
}

fn bench_list(c: &mut Criterion) {
    let texts = vec![workloads::thousand_methods()];
    let (ours, mirror, theirs) = workloads::list_timers();
    (ours.decodes)(&texts[0]).expect("the generated types take the list");
    let mut group = c.benchmark_group("decode my_account/[AuthenticationMethod] (1,000 methods)");
    group.sample_size(30);
    group.bench_function("ours", |b| b.iter_custom(|n| (ours.decode)(&texts, n)));
    if let Some(deserialize) = ours.deserialize {
        group.bench_function("ours, through Deserialize", |b| b.iter_custom(|n| deserialize(&texts, n)));
    }
    group.bench_function("untagged", |b| b.iter_custom(|n| (mirror.decode)(&texts, n)));
    if (theirs.decodes)(&texts[0]).is_ok() {
        group.bench_function("progenitor", |b| b.iter_custom(|n| (theirs.decode)(&texts, n)));
    }
    group.finish();
    let mut group = c.benchmark_group("encode my_account/[AuthenticationMethod] (1,000 methods)");
    group.sample_size(30);
    group.bench_function("ours", |b| b.iter_custom(|n| (ours.encode)(&texts, n)));
    group.bench_function("derive", |b| b.iter_custom(|n| (mirror.encode)(&texts, n)));
    group.finish();
}

fn bench(c: &mut Criterion) {
    for (spec, schema, union) in workloads::unions() {
        bench_union(c, spec, schema, &union);
    }
    bench_list(c);
}

criterion_group!(benches, bench);
criterion_main!(benches);
