//! The seed documents (`../shared/seeds/`): the OpenAPI documents embedded in Auth0's reference
//! pages, and a comparison that says what of one document another lacks or changes.

use std::path::PathBuf;

use serde_json::Value;

use crate::{discover_examples, workspace_root};

/// The seed pages that embed a complete OpenAPI document.
pub const PAGES: &[&str] = &["000_35b983b71408dc04.txt", "001_f3d77991509ae82b.txt"];

pub fn seeds_dir() -> PathBuf {
    workspace_root().join("../shared/seeds")
}

/// The OpenAPI document in a page's ```` ```yaml ```` fence.
pub fn fenced_document(page: &str) -> Value {
    let mut lines = page.lines().skip_while(|l| !l.starts_with("````yaml")).skip(1);
    let body: Vec<&str> = lines.by_ref().take_while(|l| *l != "````").collect();
    assert!(!body.is_empty(), "no ````yaml fence in the page");
    serde_yaml::from_str(&body.join("\n")).expect("the fenced document is YAML")
}

/// Each seed page's document, or `None` when the seeds are not on this machine.
pub fn seed_documents() -> Option<Vec<(String, Value)>> {
    let dir = seeds_dir();
    if !dir.is_dir() {
        return None;
    }
    Some(PAGES.iter().map(|p| (p.to_string(), fenced_document(&std::fs::read_to_string(dir.join(p)).expect("seed page readable")))).collect())
}

/// What `spec` lacks or changes of `seed`'s components (every section) and documented examples.
pub fn differences(seed: &Value, spec: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(Value::Object(sections)) = seed.get("components") {
        for (section, items) in sections {
            compare_maps(Some(items), spec.pointer(&format!("/components/{section}")), &format!("components/{section}"), &mut out);
        }
    }
    let spec_examples = discover_examples(spec);
    for ex in discover_examples(seed) {
        let found = spec_examples.iter().find(|e| e.operation_id == ex.operation_id && e.location == ex.location && e.name == ex.name);
        match found {
            None => out.push(format!("example {} {:?} {} is missing", ex.operation_id, ex.location, ex.name)),
            Some(e) if e.value != ex.value => {
                out.push(format!("example {} {:?} {} differs:\n  seed: {}\n  spec: {}", ex.operation_id, ex.location, ex.name, ex.value, e.value))
            }
            Some(_) => {}
        }
    }
    out
}

fn compare_maps(seed: Option<&Value>, spec: Option<&Value>, what: &str, out: &mut Vec<String>) {
    let Some(Value::Object(seed)) = seed else { return };
    for (name, value) in seed {
        match spec.and_then(|s| s.get(name)) {
            None => out.push(format!("{what}/{name} is missing")),
            Some(v) if v != value => out.push(format!("{what}/{name} differs:\n  seed: {value}\n  spec: {v}")),
            Some(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_changed_example_or_schema_is_reported() {
        let seed = json!({
            "openapi": "3.1.0",
            "paths": {"/a": {"post": {"operationId": "op", "requestBody": {"content": {"application/json": {"examples": {"e": {"value": {"n": -7}}}}}}}}},
            "components": {"schemas": {"S": {"type": "string"}}}
        });
        assert!(differences(&seed, &seed).is_empty());
        let mut changed = seed.clone();
        changed["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"]["examples"]["e"]["value"]["n"] = json!(-7.0);
        changed["components"]["schemas"]["S"]["type"] = json!("integer");
        let found = differences(&seed, &changed);
        assert!(found.iter().any(|d| d.starts_with("example op RequestBody e differs")), "{found:#?}");
        assert!(found.iter().any(|d| d.starts_with("components/schemas/S differs")), "{found:#?}");
        let mut without = seed.clone();
        without["components"]["schemas"].as_object_mut().unwrap().clear();
        assert!(differences(&seed, &without).iter().any(|d| d == "components/schemas/S is missing"));
    }
}
