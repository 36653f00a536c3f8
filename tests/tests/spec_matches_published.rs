//! `openapi/my-account.yaml` is Auth0's published document (`../shared/oas/myaccount-api-oas.json`)
//! converted to YAML with every value unchanged.

use workspace_tests::{load_spec, workspace_root};

#[test]
fn yaml_spec_equals_the_published_json() {
    let published = workspace_root().join("../shared/oas/myaccount-api-oas.json");
    if !published.is_file() {
        println!("published document not found at {}; skipping", published.display());
        return;
    }
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&published).unwrap()).unwrap();
    let mut yaml = load_spec(&workspace_root().join("openapi/my-account.yaml"));
    // Our record of the published document's defects is the one key we may add.
    if let Some(map) = yaml.as_object_mut() {
        map.remove("x-known-defects");
    }
    if yaml != json {
        let mut diffs = Vec::new();
        diff("", &json, &yaml, &mut diffs);
        panic!("openapi/my-account.yaml differs from the published document:\n{}", diffs.join("\n"));
    }
}

fn diff(at: &str, a: &serde_json::Value, b: &serde_json::Value, out: &mut Vec<String>) {
    use serde_json::Value::Object;
    match (a, b) {
        (Object(x), Object(y)) => {
            for (k, v) in x {
                match y.get(k) {
                    Some(w) => diff(&format!("{at}/{k}"), v, w, out),
                    None => out.push(format!("{at}/{k}: missing")),
                }
            }
            for k in y.keys().filter(|k| !x.contains_key(*k)) {
                out.push(format!("{at}/{k}: not in the published document"));
            }
        }
        _ if a != b => out.push(format!("{at}: published {a}, yaml {b}")),
        _ => {}
    }
}
