//! Where schemas sit in an OpenAPI document, so that passes can visit every one of them.

use serde_json::Value;

use crate::load::escape_token;

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
    for pointer in roots {
        if let Some(schema) = root.pointer_mut(&pointer) {
            visit(schema, &pointer, f);
        }
    }
}

fn visit(schema: &mut Value, at: &str, f: &mut dyn FnMut(&mut Value, &str)) {
    f(schema, at);
    let Value::Object(map) = schema else { return };
    for (key, sub) in map.iter_mut() {
        let key_at = format!("{at}/{}", escape_token(key));
        if ONE.contains(&key.as_str()) {
            if key == "items" {
                if let Value::Array(items) = sub {
                    for (i, s) in items.iter_mut().enumerate() {
                        visit(s, &format!("{key_at}/{i}"), f);
                    }
                    continue;
                }
            }
            visit(sub, &key_at, f);
        } else if LIST.contains(&key.as_str()) {
            if let Value::Array(items) = sub {
                for (i, s) in items.iter_mut().enumerate() {
                    visit(s, &format!("{key_at}/{i}"), f);
                }
            }
        } else if MAP.contains(&key.as_str()) {
            if let Value::Object(entries) = sub {
                for (name, s) in entries.iter_mut() {
                    visit(s, &format!("{key_at}/{}", escape_token(name)), f);
                }
            }
        }
    }
}

/// Pointers of the schemas that are not inside another schema.
fn schema_roots(root: &Value, out: &mut Vec<String>) {
    if let Some(Value::Object(schemas)) = root.pointer("/components/schemas") {
        for name in schemas.keys() {
            out.push(format!("/components/schemas/{}", escape_token(name)));
        }
    }
    for section in ["parameters", "headers"] {
        if let Some(Value::Object(items)) = root.pointer(&format!("/components/{section}")) {
            for (name, item) in items {
                let at = format!("/components/{section}/{}", escape_token(name));
                param_like(item, &at, out);
            }
        }
    }
    for section in ["requestBodies", "responses"] {
        if let Some(Value::Object(items)) = root.pointer(&format!("/components/{section}")) {
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
