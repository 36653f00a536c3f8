//! `openapi/my-account.yaml` (the published document, a superset of the two seed pages) holds every
//! component and every example of the two seed documents, value for value, but for the one form the
//! published document corrects: the seeds write `discriminator.mapping` values as `{$ref: ...}`
//! objects, the published document as strings.

use serde_json::Value;
use workspace_tests::seeds::{differences, seed_documents, seeds_dir};
use workspace_tests::{discover_examples, load_spec, workspace_root};

/// The seed with each `{$ref: X}` mapping value written `X`, as the published document has it.
fn with_string_mappings(v: &Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, x)| {
                    let x = if k == "mapping" {
                        match x {
                            Value::Object(m) => Value::Object(
                                m.iter().map(|(key, t)| (key.clone(), t.get("$ref").cloned().unwrap_or_else(|| t.clone()))).collect(),
                            ),
                            other => other.clone(),
                        }
                    } else {
                        with_string_mappings(x)
                    };
                    (k.clone(), x)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(with_string_mappings).collect()),
        other => other.clone(),
    }
}

#[test]
fn spec_holds_the_seed_documents() {
    let Some(seeds) = seed_documents() else {
        println!("seeds not found at {}; skipping seed comparison", seeds_dir().display());
        return;
    };
    let spec = load_spec(&workspace_root().join("openapi/my-account.yaml"));
    let mut problems = Vec::new();
    let mut seed_examples = 0;
    for (page, seed) in &seeds {
        seed_examples += discover_examples(seed).len();
        problems.extend(differences(&with_string_mappings(seed), &spec).into_iter().map(|d| format!("{page}: {d}")));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(seed_examples, 28, "seeds 000 and 001 document 14 examples each");
}

#[test]
fn the_seed_form_differs_only_in_mappings() {
    let Some(seeds) = seed_documents() else { return };
    let spec = load_spec(&workspace_root().join("openapi/my-account.yaml"));
    // Without the mapping rewrite the comparison must fail, and only on mappings: proof it can fail.
    let raw: Vec<String> = seeds.iter().flat_map(|(_, seed)| differences(seed, &spec)).collect();
    assert!(!raw.is_empty());
    assert!(raw.iter().all(|d| d.contains("mapping")), "{raw:#?}");
}
