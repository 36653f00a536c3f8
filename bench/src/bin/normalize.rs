//! The smallest changes that let the peers that read only OpenAPI 3.0 or JSON Schema take a
//! document: `normalize <spec> <out-3.0.json> <out-schemas.json>` writes the generator's 3.0.3
//! form of the document (for progenitor's CLI) and its component schemas as one JSON Schema
//! document under `$defs` (for typify's CLI), references pointed there.

use std::process::ExitCode;

use serde_json::Value;

fn retarget(v: &mut Value) {
    match v {
        Value::String(s) => {
            if let Some(name) = s.strip_prefix("#/components/schemas/") {
                *s = format!("#/$defs/{name}");
            }
        }
        Value::Array(items) => items.iter_mut().for_each(retarget),
        Value::Object(map) => map.values_mut().for_each(retarget),
        _ => {}
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [spec, openapi30, schemas] = args.as_slice() else {
        eprintln!("usage: normalize <spec> <out-3.0.json> <out-schemas.json>");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(spec) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {spec}: {e}");
            return ExitCode::from(2);
        }
    };
    let source = generator::SpecSource { path: spec.clone(), text };
    let analyzed = match generator::analyze(&source, &mut Vec::new()) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut defs = analyzed.normalized.pointer("/components/schemas").cloned().unwrap_or(Value::Object(Default::default()));
    retarget(&mut defs);
    let schema_doc = serde_json::json!({ "$schema": "http://json-schema.org/draft-07/schema#", "$defs": defs });
    for (path, value) in [(openapi30, &analyzed.normalized), (schemas, &schema_doc)] {
        let text = serde_json::to_string_pretty(value).expect("a JSON value serializes");
        if let Err(e) = std::fs::write(path, text) {
            eprintln!("error: {path}: {e}");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
