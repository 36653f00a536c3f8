//! Where the schemas that normalize moved into `components/schemas` (inline bodies, parameters,
//! discriminated members) were written, so that the report points into the document as written.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::load::escape_token;
use crate::resolve::schema_name;

/// Moved component name to the pointer of the place it was written.
#[derive(Debug, Default)]
pub struct Origins(BTreeMap<String, String>);

/// The moved schemas of `normalized`: components it has and `original` has not, found where a
/// `$ref` to them stands in place of the schema.
pub fn of(normalized: &Value, original: &Value) -> Origins {
    let written = |name: &str| original.pointer(&format!("/components/schemas/{}", escape_token(name))).is_some();
    let mut out = BTreeMap::new();
    walk(normalized, &mut String::new(), &mut |at, name| {
        if !written(name) {
            out.entry(name.to_string()).or_insert_with(|| at.to_string());
        }
    });
    Origins(out)
}

fn walk(v: &Value, at: &mut String, found: &mut dyn FnMut(&str, &str)) {
    match v {
        Value::Object(map) => {
            if let Some(name) = map.get("$ref").and_then(Value::as_str).and_then(schema_name) {
                found(at, &name);
            }
            for (k, child) in map {
                let len = at.len();
                at.push('/');
                at.push_str(&escape_token(k));
                walk(child, at, found);
                at.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let len = at.len();
                at.push_str(&format!("/{i}"));
                walk(child, at, found);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

impl Origins {
    /// The pointer in the document as written for a pointer of the normalized one.
    pub fn original(&self, pointer: &str) -> String {
        let mut p = pointer.to_string();
        // A moved schema can sit inside another moved one (a member of an inline union body).
        for _ in 0..8 {
            let Some(rest) = p.strip_prefix("/components/schemas/") else { break };
            let (name, tail) = rest.split_once('/').map_or((rest, ""), |(n, t)| (n, t));
            let name = name.replace("~1", "/").replace("~0", "~");
            let Some(origin) = self.0.get(&name) else { break };
            p = if tail.is_empty() { origin.clone() } else { format!("{origin}/{tail}") };
        }
        p
    }
}
