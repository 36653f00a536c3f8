//! Makes a document `n` times the size of an OpenAPI document, of the same constructs: every
//! component and every path copied with a suffix (`FooX2`, `/x2/foo`, `opX2`), references and
//! discriminator mappings pointed at the copy's own components. For the generation scaling
//! benchmark: `multiply <spec> <n> <out.json>`.

use std::process::ExitCode;

use serde_json::{Map, Value};

/// Component sections whose entries are copied and referred to by `#/components/<section>/<name>`.
const SECTIONS: &[&str] = &["schemas", "parameters", "responses", "requestBodies", "headers", "examples", "links", "callbacks", "pathItems"];

fn suffixed(name: &str, copy: usize) -> String {
    if copy == 1 {
        name.to_string()
    } else {
        format!("{name}X{copy}")
    }
}

/// Points references (and discriminator mappings, which may name a schema bare) at copy `copy`.
fn retarget(v: &mut Value, copy: usize, schemas: &[String], in_mapping: bool) {
    match v {
        Value::String(s) => {
            if let Some(rest) = s.strip_prefix("#/components/") {
                if let Some((section, name)) = rest.split_once('/') {
                    if SECTIONS.contains(&section) && !name.contains('/') {
                        *s = format!("#/components/{section}/{}", suffixed(name, copy));
                    }
                }
            } else if in_mapping && schemas.iter().any(|n| n == s) {
                *s = suffixed(s, copy);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|x| retarget(x, copy, schemas, false)),
        Value::Object(map) => {
            for (k, x) in map.iter_mut() {
                retarget(x, copy, schemas, k == "mapping");
            }
        }
        _ => {}
    }
}

fn rename_operations(item: &mut Value, copy: usize) {
    let Value::Object(item) = item else { return };
    for op in item.values_mut() {
        if let Some(Value::String(id)) = op.get_mut("operationId") {
            *id = suffixed(id, copy);
        }
    }
}

fn multiply(doc: &Value, n: usize) -> Value {
    let mut out = doc.clone();
    let schemas: Vec<String> = doc.pointer("/components/schemas").and_then(Value::as_object).map(|m| m.keys().cloned().collect()).unwrap_or_default();
    for section in SECTIONS {
        let Some(entries) = doc.pointer(&format!("/components/{section}")).and_then(Value::as_object) else { continue };
        let mut all = Map::new();
        for copy in 1..=n {
            for (name, value) in entries {
                let mut value = value.clone();
                retarget(&mut value, copy, &schemas, false);
                all.insert(suffixed(name, copy), value);
            }
        }
        out["components"][*section] = Value::Object(all);
    }
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        let mut all = Map::new();
        for copy in 1..=n {
            for (path, item) in paths {
                let mut item = item.clone();
                retarget(&mut item, copy, &schemas, false);
                rename_operations(&mut item, copy);
                let path = if copy == 1 { path.clone() } else { format!("/x{copy}{path}") };
                all.insert(path, item);
            }
        }
        out["paths"] = Value::Object(all);
    }
    out
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [spec, n, out] = args.as_slice() else {
        eprintln!("usage: multiply <spec> <n> <out.json>");
        return ExitCode::from(2);
    };
    let Ok(n) = n.parse::<usize>() else {
        eprintln!("error: {n} is not a count");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(spec) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {spec}: {e}");
            return ExitCode::from(2);
        }
    };
    let doc = match generator::load::load(spec, &text) {
        Ok((_, doc)) => doc,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let bigger = serde_json::to_string_pretty(&multiply(&doc, n)).expect("a JSON value serializes");
    if let Err(e) = std::fs::write(out, bigger) {
        eprintln!("error: {out}: {e}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
