//! Generation time for the specs in openapi/, as ratios against baselines run side by side:
//! loading the YAML alone, and progenitor's client generation alone on the same document.

use criterion::{criterion_group, criterion_main, Criterion};
use generator::{generate, Settings, SpecSource};

fn specs() -> Vec<SpecSource> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi");
    let mut paths: Vec<_> = std::fs::read_dir(dir).expect("openapi/ exists").filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    paths
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml" || e == "json"))
        .map(|p| SpecSource { path: format!("openapi/{}", p.file_name().unwrap().to_string_lossy()), text: std::fs::read_to_string(&p).unwrap() })
        .collect()
}

fn bench(c: &mut Criterion) {
    let specs = specs();
    let mut group = c.benchmark_group("regen");
    group.bench_function("generate (all stages, all files)", |b| b.iter(|| generate(&specs, &Settings::default()).unwrap()));
    group.bench_function("baseline: load only (parse)", |b| {
        b.iter(|| {
            for s in &specs {
                criterion::black_box(generator::load::load(&s.path, &s.text).unwrap());
            }
        })
    });
    group.bench_function("baseline: progenitor client stage only", |b| {
        let prepared: Vec<_> = specs
            .iter()
            .map(|s| {
                let mut warnings = Vec::new();
                generator::analyze(s, &mut warnings).unwrap()
            })
            .collect();
        b.iter(|| {
            for a in &prepared {
                criterion::black_box(generator::emit::client::emit(&a.api, a.normalized.clone(), &mut Vec::new()).unwrap());
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
