//! Parameter values that pass a server's checks, for sending a body under test: each path
//! parameter, each required query parameter and every header parameter (an HTTP client sends some
//! headers, `Accept` for one, whether asked or not) gets a value its schema allows.

use serde_json::Value;

/// The parameters to send with a value each: (location, name, value), where the location is
/// `path`, `query` or `header`.
pub fn parameters_to_send(spec: &Value, method: &str, path: &str) -> Vec<(String, String, String)> {
    let Some(item) = spec.get("paths").and_then(|p| p.get(path)) else { return Vec::new() };
    let item = deref(spec, item);
    let op = item.get(method.to_ascii_lowercase()).map(|o| deref(spec, o));
    let shared = item.get("parameters").and_then(Value::as_array).into_iter().flatten();
    let own = op.and_then(|o| o.get("parameters")).and_then(Value::as_array).into_iter().flatten();
    let mut out: Vec<(String, String, String)> = Vec::new();
    // An operation's own parameter replaces a shared one of the same name and location.
    for p in own.chain(shared).map(|p| deref(spec, p)) {
        let (Some(name), Some(location)) = (p.get("name").and_then(Value::as_str), p.get("in").and_then(Value::as_str)) else { continue };
        let send = matches!(location, "path" | "header") || p.get("required") == Some(&Value::Bool(true));
        if !send || out.iter().any(|(l, n, _)| l == location && n == name) {
            continue;
        }
        let schema = p.get("schema").map(|s| deref(spec, s)).cloned().unwrap_or(Value::Null);
        out.push((location.to_string(), name.to_string(), value_for(spec, &schema, p.get("example"))));
    }
    out
}

/// A value the schema allows, as parameter text: its example, enum, const or default, else one of its type.
fn value_for(spec: &Value, schema: &Value, example: Option<&Value>) -> String {
    let schema = deref(spec, schema);
    let chosen = example
        .or(schema.get("example"))
        .or(schema.get("const"))
        .or(schema.get("enum").and_then(|e| e.get(0)))
        .or(schema.get("default"))
        .cloned();
    match chosen {
        Some(Value::String(s)) => s,
        Some(v @ (Value::Number(_) | Value::Bool(_))) => v.to_string(),
        _ => match schema.get("type").and_then(Value::as_str) {
            Some("integer" | "number") => schema.get("minimum").map(|m| m.to_string()).unwrap_or_else(|| "1".into()),
            Some("boolean") => "true".into(),
            _ => "p1".into(),
        },
    }
}

/// `value` as one path segment: every byte outside RFC 3986's unreserved characters percent-encoded.
pub fn path_segment(value: &str) -> String {
    value
        .bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

fn deref<'a>(spec: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')).and_then(|p| spec.pointer(p)) {
        Some(target) => deref(spec, target),
        None => v,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn each_parameter_sent_gets_an_allowed_value() {
        let spec = json!({"paths": {"/a/{kind}/{n}": {
            "parameters": [{"name": "kind", "in": "path", "schema": {"enum": ["x", "y"]}}],
            "post": {"parameters": [
                {"name": "n", "in": "path", "schema": {"type": "integer", "minimum": 3}},
                {"$ref": "#/components/parameters/Accept"},
                {"name": "page", "in": "query", "schema": {"type": "integer"}}
            ]}
        }}, "components": {"parameters": {"Accept": {"name": "accept", "in": "header", "required": true, "schema": {"type": "string", "enum": ["application/json"]}}}}});
        assert_eq!(
            parameters_to_send(&spec, "POST", "/a/{kind}/{n}"),
            [
                ("path".to_string(), "n".to_string(), "3".to_string()),
                ("header".to_string(), "accept".to_string(), "application/json".to_string()),
                ("path".to_string(), "kind".to_string(), "x".to_string())
            ]
        );
    }
}
