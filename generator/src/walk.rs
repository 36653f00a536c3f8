//! Where schemas sit in an OpenAPI document, so that passes can visit every one of them.

use std::fmt::Write;

use serde_json::Value;

use crate::load::{escape_token, push_token, Pointer};

/// Keywords whose value is one subschema.
const ONE: &[&str] =
    &["items", "not", "additionalProperties", "contains", "propertyNames", "if", "then", "else", "unevaluatedProperties", "unevaluatedItems"];
/// Keywords whose value is a list of subschemas.
const LIST: &[&str] = &["allOf", "anyOf", "oneOf", "prefixItems"];
/// Keywords whose value is a map of subschemas.
const MAP: &[&str] = &["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];

/// Calls `f` on every schema of the document (pre-order: a schema before its subschemas), with its
/// pointer and whether it stands where JSON Schema allows a boolean with a meaning of its own.
pub fn for_each_schema(root: &mut Value, f: &mut dyn FnMut(&mut Value, &str)) {
    let mut roots = Vec::new();
    schema_roots(root, &mut roots);
    for mut pointer in roots {
        if let Some(schema) = root.lookup_mut(&pointer) {
            visit(schema, &mut pointer, f);
        }
    }
}

/// Visits `schema`, at `at`, and its subschemas. One buffer holds the pointer, a token pushed on
/// the way down and cut on the way back: a large document has hundreds of thousands of keys, and
/// only the few that hold subschemas need their pointer at all.
fn visit(schema: &mut Value, at: &mut String, f: &mut dyn FnMut(&mut Value, &str)) {
    f(schema, at);
    let Value::Object(map) = schema else { return };
    for (key, sub) in map.iter_mut() {
        let (single, list, named) = (ONE.contains(&key.as_str()), LIST.contains(&key.as_str()), MAP.contains(&key.as_str()));
        if !(single || list || named) {
            continue;
        }
        let outer = at.len();
        push_token(at, key);
        match sub {
            // `items` as a list is the tuple form of drafts before 2020-12.
            Value::Array(items) if list || key == "items" => {
                for (i, s) in items.iter_mut().enumerate() {
                    let len = at.len();
                    let _ = write!(at, "/{i}");
                    visit(s, at, f);
                    at.truncate(len);
                }
            }
            Value::Object(entries) if named => {
                for (name, s) in entries.iter_mut() {
                    let len = at.len();
                    push_token(at, name);
                    visit(s, at, f);
                    at.truncate(len);
                }
            }
            _ if single => visit(sub, at, f),
            _ => {}
        }
        at.truncate(outer);
    }
}

/// Pointers of the schemas that are not inside another schema.
fn schema_roots(root: &Value, out: &mut Vec<String>) {
    if let Some(Value::Object(schemas)) = root.lookup("/components/schemas") {
        for name in schemas.keys() {
            out.push(format!("/components/schemas/{}", escape_token(name)));
        }
    }
    for section in ["parameters", "headers"] {
        if let Some(Value::Object(items)) = root.lookup(&format!("/components/{section}")) {
            for (name, item) in items {
                let at = format!("/components/{section}/{}", escape_token(name));
                param_like(item, &at, out);
            }
        }
    }
    for section in ["requestBodies", "responses"] {
        if let Some(Value::Object(items)) = root.lookup(&format!("/components/{section}")) {
            for (name, item) in items {
                body_like(item, &format!("/components/{section}/{}", escape_token(name)), out);
            }
        }
    }
    if let Some(Value::Object(paths)) = root.get("paths") {
        for (path, item) in paths {
            let item_at = format!("/paths/{}", escape_token(path));
            params(item, &item_at, out);
            let Value::Object(ops) = item else { continue };
            for (method, op) in ops {
                if !crate::model::HTTP_METHODS.contains(&method.as_str()) {
                    continue;
                }
                let op_at = format!("{item_at}/{method}");
                params(op, &op_at, out);
                if let Some(body) = op.get("requestBody") {
                    body_like(body, &format!("{op_at}/requestBody"), out);
                }
                if let Some(Value::Object(responses)) = op.get("responses") {
                    for (status, r) in responses {
                        body_like(r, &format!("{op_at}/responses/{}", escape_token(status)), out);
                    }
                }
            }
        }
    }
}

fn params(holder: &Value, at: &str, out: &mut Vec<String>) {
    if let Some(Value::Array(list)) = holder.get("parameters") {
        for (i, p) in list.iter().enumerate() {
            param_like(p, &format!("{at}/parameters/{i}"), out);
        }
    }
}

fn param_like(item: &Value, at: &str, out: &mut Vec<String>) {
    if item.get("schema").is_some() {
        out.push(format!("{at}/schema"));
    }
    content(item, at, out);
}

fn body_like(item: &Value, at: &str, out: &mut Vec<String>) {
    content(item, at, out);
    if let Some(Value::Object(headers)) = item.get("headers") {
        for (name, h) in headers {
            param_like(h, &format!("{at}/headers/{}", escape_token(name)), out);
        }
    }
}

fn content(item: &Value, at: &str, out: &mut Vec<String>) {
    if let Some(Value::Object(media)) = item.get("content") {
        for (ct, m) in media {
            if m.get("schema").is_some() {
                out.push(format!("{at}/content/{}/schema", escape_token(ct)));
            }
        }
    }
}
