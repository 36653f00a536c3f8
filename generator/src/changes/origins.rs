//! Where the schemas that normalize moved into `components/schemas` (inline bodies, parameters,
//! discriminated members) were written, so that the report points into the document as written.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::load::{escape_token, push_token, unescape_token, Pointer};
use crate::resolve::schema_name;

/// Moved component name to the pointer of the place it was written.
#[derive(Debug, Default)]
pub struct Origins(BTreeMap<String, String>);

/// The moved schemas of `normalized`: components it has and `original` has not, found where a
/// `$ref` to them stands in place of the schema.
pub fn of(normalized: &Value, original: &Value) -> Origins {
    let written = |name: &str| original.lookup(&format!("/components/schemas/{}", escape_token(name))).is_some();
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
                push_token(at, k);
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
            let name = unescape_token(name);
            let Some(origin) = self.0.get(name.as_ref()) else { break };
            p = if tail.is_empty() { origin.clone() } else { format!("{origin}/{tail}") };
        }
        p
    }
}

/// Where a property of a merged schema is declared: `{schema}/properties/{name}` when it is there,
/// else in the `allOf` member that declares it (through `$ref`s), at any depth; the pointer as
/// given when no member does. Other pointers are returned unchanged.
pub fn declared(root: &Value, pointer: &str) -> String {
    if root.lookup(pointer).is_some() {
        return pointer.to_string();
    }
    let Some(cut) = pointer.rfind("/properties/") else { return pointer.to_string() };
    let (schema, rest) = (&pointer[..cut], &pointer[cut..]);
    // Only a pointer that ends at the property (`.../properties/name`), or goes inside it.
    find_property(root, schema, rest, 0).unwrap_or_else(|| pointer.to_string())
}

fn find_property(root: &Value, schema: &str, rest: &str, depth: usize) -> Option<String> {
    if depth > 16 {
        return None;
    }
    let candidate = format!("{schema}{rest}");
    let property = rest.split('/').take(3).collect::<Vec<_>>().join("/");
    if root.lookup(&format!("{schema}{property}")).is_some() {
        return Some(candidate);
    }
    let members = root.lookup(schema)?.get("allOf")?.as_array()?;
    members.iter().enumerate().find_map(|(i, m)| {
        let at = match m.get("$ref").and_then(Value::as_str).and_then(crate::resolve::ref_pointer) {
            Some(target) => target,
            None => format!("{schema}/allOf/{i}"),
        };
        find_property(root, &at, rest, depth + 1)
    })
}
