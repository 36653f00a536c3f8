//! The document progenitor reads: the normalized spec less what progenitor does not use or
//! would misread (component schemas' bodies, examples), plus the error answers it should type.

use serde_json::{json, Value};

use crate::load::Pointer;

/// The document progenitor reads: the normalized spec with each component schema's body
/// replaced by a placeholder, since progenitor only needs the name it replaces.
pub(super) fn progenitor_view(normalized: Value) -> Value {
    let mut doc = normalized;
    // Security schemes 3.0 does not know (3.1's `mutualTLS`) would stop openapiv3; the client
    // leaves authentication to the reqwest client it is given anyway.
    if let Some(Value::Object(schemes)) = doc.lookup_mut("/components/securitySchemes") {
        schemes.retain(|_, s| matches!(s.get("type").and_then(Value::as_str), Some("apiKey" | "http" | "oauth2" | "openIdConnect")));
    }
    // The API's description (with its unlabelled code fences) is in the module docs already.
    if let Some(Value::Object(info)) = doc.get_mut("info") {
        info.insert("description".into(), Value::String("See the module documentation for the API's description.".into()));
    }
    add_default_error_responses(&mut doc);
    drop_examples(&mut doc);
    if let Some(Value::Object(schemas)) = doc.lookup_mut("/components/schemas") {
        for schema in schemas.values_mut() {
            *schema = json!({ "type": "object" });
        }
    }
    doc
}

/// The examples of media types, parameters and headers, which progenitor never reads (the
/// examples module replays them, from the model). They are a third of My Account's paths, and
/// each is a tree of JSON values again in progenitor's copy of the document.
fn drop_examples(doc: &mut Value) {
    fn drop_from(object: &mut Value) {
        let Value::Object(object) = object else { return };
        object.remove("example");
        object.remove("examples");
        for nested in ["content", "headers"] {
            if let Some(Value::Object(nested)) = object.get_mut(nested) {
                nested.values_mut().for_each(drop_from);
            }
        }
    }
    if let Some(Value::Object(paths)) = doc.get_mut("paths") {
        for item in paths.values_mut() {
            if let Some(Value::Array(list)) = item.get_mut("parameters") {
                list.iter_mut().for_each(drop_from);
            }
        }
    }
    for op in operations_mut(doc) {
        if let Some(Value::Array(list)) = op.get_mut("parameters") {
            list.iter_mut().for_each(drop_from);
        }
        if let Some(body) = op.get_mut("requestBody") {
            drop_from(body);
        }
        if let Some(Value::Object(responses)) = op.get_mut("responses") {
            responses.values_mut().for_each(drop_from);
        }
    }
    if let Some(Value::Object(components)) = doc.get_mut("components") {
        components.remove("examples");
        for kind in ["responses", "parameters", "headers", "requestBodies"] {
            if let Some(Value::Object(all)) = components.get_mut(kind) {
                all.values_mut().for_each(drop_from);
            }
        }
    }
}

/// Every operation object of the document (`paths.*.<method>`).
fn operations_mut(doc: &mut Value) -> impl Iterator<Item = &mut serde_json::Map<String, Value>> {
    doc.get_mut("paths")
        .and_then(Value::as_object_mut)
        .into_iter()
        .flat_map(|paths| paths.values_mut())
        .filter_map(Value::as_object_mut)
        .flat_map(|item| item.iter_mut())
        .filter(|(method, _)| crate::model::HTTP_METHODS.contains(&method.as_str()))
        .filter_map(|(_, op)| op.as_object_mut())
}

/// Where every error response of an operation has one body schema and no `default` is documented,
/// progenitor is told that the `4XX` and `5XX` answers have that body too: an undocumented error
/// status (a 500 from a crashed handler, a 413 from a proxy) then still reaches the caller as the
/// typed error, not as an opaque response. (A `default` would not do: progenitor counts it as a
/// possible success as well, and allows one success type.)
fn add_default_error_responses(doc: &mut Value) {
    let responses_of_components = doc.lookup("/components/responses").cloned().unwrap_or_default();
    for op in operations_mut(doc) {
        let Some(Value::Object(responses)) = op.get_mut("responses") else { continue };
        if let Some(default) = responses.get("default").cloned() {
            // progenitor counts `default` as a possible success too, and takes one success
            // type: a `default` beside typed successes is read as the error answer instead,
            // for each class of error status the operation does not name one by one.
            let has_success = responses.keys().any(|k| k.starts_with('2'));
            if has_success {
                responses.remove("default");
                for (range, class) in [("4XX", '4'), ("5XX", '5')] {
                    if !responses.keys().any(|k| k.starts_with(class)) {
                        responses.insert(range.into(), default.clone());
                    }
                }
            }
            continue;
        }
        let mut schemas = Vec::new();
        for (status, r) in responses.iter() {
            if !(status.starts_with('4') || status.starts_with('5')) {
                continue;
            }
            let r = match r.get("$ref").and_then(Value::as_str).and_then(|x| x.strip_prefix("#/components/responses/")) {
                Some(name) => responses_of_components.get(name).cloned().unwrap_or_default(),
                None => r.clone(),
            };
            if let Some(schema) = r.lookup("/content/application~1json/schema") {
                if !schemas.contains(schema) {
                    schemas.push(schema.clone());
                }
            }
        }
        if let [schema] = schemas.as_slice() {
            // One schema for every error: the ranges say it all (and specific codes beside a
            // range would make progenitor's match arms unreachable).
            responses.retain(|status, _| !(status.starts_with('4') || status.starts_with('5')));
            for range in ["4XX", "5XX"] {
                let error = json!({
                    "description": "Any other error status, with the operation's error body.",
                    "content": { "application/json": { "schema": schema } }
                });
                responses.entry(range).or_insert(error);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Examples go wherever an operation's parts hold them, and schemas keep theirs, and their
    /// properties named `example`.
    #[test]
    fn examples_are_dropped_from_media_types_parameters_and_headers_only() {
        let schema = json!({ "type": "object", "example": { "example": 1 }, "properties": { "example": { "type": "string" }, "examples": { "type": "string" } } });
        let media = json!({ "schema": schema, "example": { "a": 1 }, "examples": { "one": { "value": 1 } } });
        let parameter = json!({ "name": "q", "in": "query", "schema": { "type": "string" }, "example": "x", "examples": { "one": { "value": "x" } } });
        let doc = json!({
            "paths": { "/a": {
                "parameters": [parameter],
                "post": {
                    "parameters": [parameter],
                    "requestBody": { "content": { "application/json": media } },
                    "responses": { "200": { "description": "ok", "headers": { "X-A": { "schema": { "type": "string" }, "example": "a" } }, "content": { "application/json": media } } }
                }
            } },
            "components": {
                "examples": { "one": { "value": 1 } },
                "parameters": { "q": parameter },
                "headers": { "X-A": { "schema": { "type": "string" }, "example": "a" } },
                "responses": { "ok": { "description": "ok", "content": { "application/json": media } } },
                "requestBodies": { "b": { "content": { "application/json": media } } }
            }
        });
        let mut view = doc.clone();
        drop_examples(&mut view);
        let kept = json!({ "schema": schema });
        let parameter = json!({ "name": "q", "in": "query", "schema": { "type": "string" } });
        assert_eq!(view, json!({
            "paths": { "/a": {
                "parameters": [parameter],
                "post": {
                    "parameters": [parameter],
                    "requestBody": { "content": { "application/json": kept } },
                    "responses": { "200": { "description": "ok", "headers": { "X-A": { "schema": { "type": "string" } } }, "content": { "application/json": kept } } }
                }
            } },
            "components": {
                "parameters": { "q": parameter },
                "headers": { "X-A": { "schema": { "type": "string" } } },
                "responses": { "ok": { "description": "ok", "content": { "application/json": kept } } },
                "requestBodies": { "b": { "content": { "application/json": kept } } }
            }
        }));
    }
}
