//! `openapi/my-account.yaml` holds every schema, component, path and example of the two seed
//! documents, value for value, and nothing they do not have.

use workspace_tests::seeds::{differences, seed_documents, seeds_dir};
use workspace_tests::{discover_examples, load_spec, workspace_root};

#[test]
fn spec_holds_the_seed_documents_exactly() {
    let Some(seeds) = seed_documents() else {
        println!("seeds not found at {}; skipping seed comparison", seeds_dir().display());
        return;
    };
    let spec = load_spec(&workspace_root().join("openapi/my-account.yaml"));
    let mut problems = Vec::new();
    let mut seed_examples = 0;
    for (page, seed) in &seeds {
        seed_examples += discover_examples(seed).len();
        problems.extend(differences(seed, &spec).into_iter().map(|d| format!("{page}: {d}")));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // Assembled, not extended: every path, component and example comes from a seed.
    let from_seeds = |pointer: &str, name: &str| seeds.iter().any(|(_, s)| s.pointer(pointer).and_then(|m| m.get(name)).is_some());
    for (path, _) in spec["paths"].as_object().unwrap() {
        assert!(from_seeds("/paths", path), "path {path} is in no seed");
    }
    for (section, items) in spec["components"].as_object().unwrap() {
        for name in items.as_object().unwrap().keys() {
            assert!(from_seeds(&format!("/components/{section}"), name), "components/{section}/{name} is in no seed");
        }
    }
    assert_eq!(discover_examples(&spec).len(), seed_examples, "the spec has exactly the seeds' examples");
    assert_eq!(seed_examples, 28, "seeds 000 and 001 document 14 examples each");
}
