//! What the workspace's tests share: where things are, reading specs, and finding every documented
//! example of a spec from the spec itself (so a new example is tested without touching a test).

use std::path::{Path, PathBuf};

use serde_json::Value;

pub mod differential;
mod examples;
mod harness;
pub mod seeds;

pub use examples::{discover_examples, Example, ExampleLocation};

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ is inside the workspace").to_path_buf()
}

/// Every spec under `openapi/`, sorted by name.
pub fn spec_files() -> Vec<PathBuf> {
    let dir = workspace_root().join("openapi");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml" || x == "json"))
        .collect();
    files.sort();
    files
}

/// Every fixture spec directly in `generator/tests/fixtures/`, relative to the workspace root.
pub fn fixture_files() -> Vec<String> {
    relative_specs("generator/tests/fixtures")
}

/// Every spec in `openapi/`, relative to the workspace root.
pub fn openapi_files() -> Vec<String> {
    relative_specs("openapi")
}

/// Every spec directly in `dir` (relative to the workspace root), relative to the workspace root.
pub fn relative_specs(dir: &str) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(workspace_root().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "yaml" || x == "yml" || x == "json"))
        .map(|p| format!("{dir}/{}", p.file_name().unwrap().to_string_lossy()))
        .collect();
    files.sort();
    files
}

/// A spec (YAML or JSON) as a JSON value, read as the generator reads it.
pub fn load_spec(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    generator::load::load(&path.display().to_string(), &text).unwrap_or_else(|e| panic!("{e}")).1
}
