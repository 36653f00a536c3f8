//! The differential test's data: the schemas it covers (`targets`), the instance files a script
//! generates for them from the spec (`tests/differential/generate.sh`, with hypothesis-jsonschema),
//! the invalid instances made from the valid ones (`mutate`), and the comparison of the generated
//! decoder with a JSON Schema validator (`judge`).

pub mod judge;
pub mod mutate;
mod params;
mod run;
mod targets;

use std::path::Path;

use serde_json::{json, Value};

pub use params::{path_segment, parameters_to_send};
pub use run::{check_reports, read_open_gaps, run_spec, set_aside_open, Generated, Refused, Report, GENERATE, REFUSED_KEPT};
pub use targets::{implied_types, targets, to_2020_12, Place, Target, Targets};

/// What the generation script reads for one spec: its fingerprint and its targets.
pub fn targets_document(file: &str, text: &str, spec: &Value) -> Value {
    let targets = targets(spec);
    json!({
        "spec": file,
        "fingerprint": fingerprint(text),
        "components": targets.components,
        "targets": targets.targets.iter().map(|t| json!({ "id": t.id, "schema": t.schema })).collect::<Vec<_>>(),
    })
}

/// A stable fingerprint of a spec's text (FNV-1a, 64 bits): instances generated from other text are stale.
pub fn fingerprint(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}

/// The valid instances the script generated for one spec.
#[derive(Debug, Clone)]
pub struct InstanceFile {
    pub spec: String,
    pub fingerprint: String,
    /// Which generator made them, with which seed and count.
    pub made_by: String,
    pub targets: Vec<TargetInstances>,
}

#[derive(Debug, Clone)]
pub struct TargetInstances {
    pub id: String,
    /// Each instance as JSON text, as the generator wrote it (numbers of any size and precision).
    pub valid: Vec<String>,
    /// Why the generator made no instance of this schema, when it could not.
    pub skipped: Option<String>,
}

/// Reads an instance file; `None` when there is none.
pub fn read_instances(path: &Path) -> Option<Result<InstanceFile, String>> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(parse_instances(&text).map_err(|e| format!("{}: {e}", path.display())))
}

fn parse_instances(text: &str) -> Result<InstanceFile, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let string = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(str::to_string).ok_or(format!("no `{key}`"));
    let targets = v
        .get("targets")
        .and_then(Value::as_array)
        .ok_or("no `targets`")?
        .iter()
        .map(|t| {
            Ok(TargetInstances {
                id: string(t, "id")?,
                valid: t
                    .get("valid")
                    .and_then(Value::as_array)
                    .ok_or("a target without `valid`")?
                    .iter()
                    .map(|i| i.as_str().map(str::to_string).ok_or("an instance that is not JSON text".to_string()))
                    .collect::<Result<_, String>>()?,
                skipped: t.get("skipped").and_then(Value::as_str).map(str::to_string),
            })
        })
        .collect::<Result<_, String>>()?;
    Ok(InstanceFile { spec: string(&v, "spec")?, fingerprint: string(&v, "fingerprint")?, made_by: string(&v, "made_by")?, targets })
}

/// The instance file of `spec_file` in `dir` (both relative to the same root): one file per spec,
/// named after the spec's directory and stem so specs of different directories never collide.
pub fn instance_path(dir: &str, spec_file: &str) -> String {
    let path = Path::new(spec_file);
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let parent = path.parent().map(|p| p.to_string_lossy().replace(['/', '\\'], "-")).unwrap_or_default();
    format!("{dir}/{parent}--{stem}.json")
}
