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
use generated_client::runtime::{ExampleInfo, OperationInfo};
use workspace_bench::peers::{management_authentication_methods, my_account};
use workspace_bench::Timers;

struct Spec {
    name: &'static str,
    operations: &'static [OperationInfo],
    examples: &'static [ExampleInfo],
    ours: fn(&str) -> Option<Timers>,
    mirror: fn(&str) -> Option<Timers>,
    theirs: fn(&str) -> Option<Timers>,
    variant: fn(&str) -> Option<Timers>,
}

const SPECS: &[Spec] = &[
    Spec {
        name: "my_account",
        operations: generated_client::my_account::operations::OPERATIONS,
        examples: generated_client::my_account::operations::EXAMPLES,
        ours: my_account::timers::ours,
        mirror: my_account::timers::mirror,
        theirs: my_account::timers::theirs,
        variant: my_account::timers::variant,
    },
    Spec {
        name: "management",
        operations: generated_client::management_authentication_methods::operations::OPERATIONS,
        examples: generated_client::management_authentication_methods::operations::EXAMPLES,
        ours: management_authentication_methods::timers::ours,
        mirror: management_authentication_methods::timers::mirror,
        theirs: management_authentication_methods::timers::theirs,
        variant: management_authentication_methods::timers::variant,
    },
];

/// Each documented body of the spec, by the name of its schema, in the order of the examples.
fn bodies(spec: &Spec) -> Vec<(&'static str, Vec<String>)> {
    let mut by_schema: Vec<(&'static str, Vec<String>)> = Vec::new();
    let mut add = |schema: &'static str, text: &str| match by_schema.iter_mut().find(|(s, _)| *s == schema) {
        Some((_, texts)) => texts.push(text.to_string()),
        None => by_schema.push((schema, vec![text.to_string()])),
    };
    for e in spec.examples {
        let Some(op) = spec.operations.iter().find(|o| o.operation_id == e.operation_id) else { continue };
        if let (Some(text), Some(body)) = (e.request, op.request) {
            add(body.schema, text);
        }
        let response = op.responses.iter().find(|r| Some(r.status) == e.status).and_then(|r| r.schema);
        if let (Some(text), Some(schema)) = (e.response, response) {
            add(schema, text);
        }
    }
    by_schema
}

fn bench_union(c: &mut Criterion, spec: &Spec, schema: &str, texts: &[String]) {
    let (Some(ours), Some(mirror)) = ((spec.ours)(schema), (spec.mirror)(schema)) else { return };
    let landed = ours.landed.expect("the generated types say where a value lands");
    for t in texts {
        (ours.decodes)(t).unwrap_or_else(|e| panic!("{schema}: the generated types refuse a documented example: {e}"));
    }
    // A union's examples land in variants (`Union::Variant`); a struct's land in the struct itself.
    let variants: Vec<String> = texts.iter().map(|t| landed(t).expect("decodes")).collect();
    if !variants.iter().any(|v| v.contains("::")) {
        return;
    }
    let floors: Vec<Timers> = variants.iter().map(|v| (spec.variant)(v).unwrap_or_else(|| panic!("no known struct for {v}"))).collect();
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
    // the order the union decodes them, each into its struct by a call through a pointer (what
    // a decoder told the variant out of band would do).
    group.bench_function("known struct", |b| {
        b.iter_custom(|n| texts.iter().zip(&floors).map(|(t, f)| (f.decode)(std::slice::from_ref(t), n)).sum())
    });
    group.bench_function("known struct, in the union's order", |b| {
        b.iter_custom(|n| {
            let start = std::time::Instant::now();
            for _ in 0..n {
                for (t, f) in texts.iter().zip(&floors) {
                    (f.decode_once)(t);
                }
            }
            start.elapsed()
        })
    });
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

/// A list of 1,000 methods, the documented ones in turn (the list response allows 20, so the
/// body is the array itself).
fn thousand_methods() -> String {
    let methods: Vec<serde_json::Value> = generated_client::my_account::operations::EXAMPLES
        .iter()
        .filter(|e| e.operation_id == "getAuthenticationMethod")
        .filter_map(|e| e.response_json())
        .collect();
    assert!(!methods.is_empty(), "getAuthenticationMethod documents its methods");
    serde_json::Value::Array(methods.iter().cycle().take(1000).cloned().collect()).to_string()
}

fn bench_list(c: &mut Criterion) {
    use generated_client::my_account::types::AuthenticationMethod;
    let texts = vec![thousand_methods()];
    let ours = Timers::generated::<Vec<AuthenticationMethod>>();
    let mirror = Timers::of::<Vec<my_account::derive::AuthenticationMethod>>();
    let theirs = Timers::of::<Vec<my_account::progenitor::types::AuthenticationMethod>>();
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
    for spec in SPECS {
        for (schema, texts) in bodies(spec) {
            bench_union(c, spec, schema, &texts);
        }
    }
    bench_list(c);
}

criterion_group!(benches, bench);
criterion_main!(benches);
