//! Documented examples of request bodies and responses, found by walking the spec.

use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum ExampleLocation {
    RequestBody,
    Response { status: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub operation_id: String,
    pub method: String,
    pub path: String,
    pub location: ExampleLocation,
    pub content_type: String,
    pub name: String,
    pub value: Value,
    /// Where the example's value is in the spec.
    pub pointer: String,
}

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Follows a local `$ref` (to the node it ends at, with that node's pointer).
fn deref<'a>(spec: &'a Value, v: &'a Value, at: String) -> (&'a Value, String) {
    match v.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')) {
        Some(pointer) => match spec.pointer(pointer) {
            Some(target) => deref(spec, target, pointer.to_string()),
            None => panic!("{at}: dangling $ref #{pointer}"),
        },
        None => (v, at),
    }
}

/// Every example of every request body and response in `spec`, `$ref`s followed, sorted by
/// (path, method, location, name).
pub fn discover_examples(spec: &Value) -> Vec<Example> {
    let mut out = Vec::new();
    let Some(Value::Object(paths)) = spec.get("paths") else { return out };
    for (path, item) in paths {
        let (item, item_at) = deref(spec, item, format!("/paths/{}", escape(path)));
        for method in METHODS {
            let Some(op) = item.get(*method) else { continue };
            let op_at = format!("{item_at}/{method}");
            let operation_id = op.get("operationId").and_then(Value::as_str).map(str::to_string).unwrap_or_else(|| format!("{method} {path}"));
            let mut push = |location: ExampleLocation, holder: &Value, holder_at: String| {
                let Some(Value::Object(content)) = holder.get("content") else { return };
                for (ct, media) in content {
                    let media_at = format!("{holder_at}/content/{}", escape(ct));
                    for (name, value, pointer) in media_examples(spec, media, &media_at) {
                        out.push(Example {
                            operation_id: operation_id.clone(),
                            method: method.to_string(),
                            path: path.clone(),
                            location: location.clone(),
                            content_type: ct.clone(),
                            name,
                            value,
                            pointer,
                        });
                    }
                }
            };
            if let Some(body) = op.get("requestBody") {
                let (body, at) = deref(spec, body, format!("{op_at}/requestBody"));
                push(ExampleLocation::RequestBody, body, at);
            }
            if let Some(Value::Object(responses)) = op.get("responses") {
                for (status, r) in responses {
                    let (r, at) = deref(spec, r, format!("{op_at}/responses/{}", escape(status)));
                    push(ExampleLocation::Response { status: status.clone() }, r, at);
                }
            }
        }
    }
    out.sort_by(|a, b| (&a.path, &a.method, &a.location, &a.name).cmp(&(&b.path, &b.method, &b.location, &b.name)));
    out
}

/// The examples of one media type object: `examples.*.value` (each possibly a `$ref`), or `example`.
fn media_examples(spec: &Value, media: &Value, at: &str) -> Vec<(String, Value, String)> {
    let mut out = Vec::new();
    if let Some(Value::Object(examples)) = media.get("examples") {
        for (name, ex) in examples {
            let (ex, ex_at) = deref(spec, ex, format!("{at}/examples/{}", escape(name)));
            if let Some(value) = ex.get("value") {
                out.push((name.clone(), value.clone(), format!("{ex_at}/value")));
            }
        }
    }
    if let Some(value) = media.get("example") {
        out.push(("example".to_string(), value.clone(), format!("{at}/example")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_inline_and_referenced_examples() {
        let spec = json!({
            "paths": {"/a": {"post": {
                "operationId": "make",
                "requestBody": {"content": {"application/json": {"examples": {"one": {"value": {"x": 1}}, "two": {"$ref": "#/components/examples/Two"}}}}},
                "responses": {"200": {"$ref": "#/components/responses/Ok"}, "204": {"description": "none"}}
            }}},
            "components": {
                "examples": {"Two": {"value": {"x": 2}}},
                "responses": {"Ok": {"description": "ok", "content": {"application/json": {"example": [true]}}}}
            }
        });
        let found = discover_examples(&spec);
        let summary: Vec<(String, ExampleLocation, String, Value)> =
            found.iter().map(|e| (e.operation_id.clone(), e.location.clone(), e.name.clone(), e.value.clone())).collect();
        assert_eq!(
            summary,
            vec![
                ("make".into(), ExampleLocation::RequestBody, "one".into(), json!({"x": 1})),
                ("make".into(), ExampleLocation::RequestBody, "two".into(), json!({"x": 2})),
                ("make".into(), ExampleLocation::Response { status: "200".into() }, "example".into(), json!([true])),
            ]
        );
        assert_eq!(found[1].pointer, "/components/examples/Two/value");
    }
}
