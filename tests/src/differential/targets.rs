//! Which schemas of a spec the differential test covers, and their JSON Schema 2020-12 form: every
//! JSON body of every operation, and every component schema such a body reaches.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Map, Value};

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// One schema the test decodes instances of.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// `schema <Name>` or `<METHOD> <path> <request|status>`: how instance files name it.
    pub id: String,
    pub place: Place,
    /// The schema in JSON Schema 2020-12 form; `$ref`s point into [`Targets::components`].
    pub schema: Value,
}

/// Where a target's schema is in the spec, which is how the generated code is asked for its type.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    Component(String),
    /// An inline body schema: the generated code names it through its operation.
    Body { method: String, path: String, at: String },
}

/// A spec's targets, with the spec's component schemas (2020-12 form) they refer to.
#[derive(Debug, Clone)]
pub struct Targets {
    pub components: Value,
    /// The components as the generator reads them ([`implied_types`]).
    pub implied_components: Value,
    pub targets: Vec<Target>,
}

impl Targets {
    /// A whole JSON Schema document for `schema`: the components ride along so `$ref`s resolve.
    pub fn root(&self, schema: &Value) -> Value {
        root_of(&self.components, schema)
    }

    /// The dynamic-reference keyword `schema` reaches (itself or through `$ref`s), if any.
    pub fn dynamic_reference(&self, schema: &Value) -> Option<&'static str> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![schema];
        while let Some(s) = stack.pop() {
            match s {
                Value::Object(keys) => {
                    for keyword in ["$dynamicRef", "$recursiveRef"] {
                        if keys.contains_key(keyword) {
                            return Some(keyword);
                        }
                    }
                    if let Some(name) = keys.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/components/schemas/")) {
                        if seen.insert(name.to_string()) {
                            stack.extend(self.components.get("schemas").and_then(|c| c.get(unescape(name))));
                        }
                    }
                    stack.extend(keys.iter().filter(|(k, _)| !is_literal(k)).map(|(_, v)| v));
                }
                Value::Array(items) => stack.extend(items),
                _ => {}
            }
        }
        None
    }

    /// The document for `schema` as the generator reads it, when that differs from [`Targets::root`].
    pub fn implied_root(&self, schema: &Value) -> Option<Value> {
        let implied = implied_types(schema);
        (implied != *schema || self.implied_components != self.components).then(|| root_of(&self.implied_components, &implied))
    }
}

fn root_of(components: &Value, schema: &Value) -> Value {
    let mut root = json!({ "$schema": "https://json-schema.org/draft/2020-12/schema", "components": components });
    match schema {
        Value::Object(keys) => keys.iter().for_each(|(k, v)| root[k] = v.clone()),
        // A boolean schema: `allOf` keeps its meaning inside an object.
        other => root["allOf"] = json!([other]),
    }
    root
}

/// The targets of `spec` (a loaded OpenAPI document), sorted by id.
pub fn targets(spec: &Value) -> Targets {
    let mut bodies: BTreeMap<String, Target> = BTreeMap::new();
    let mut components: BTreeSet<String> = BTreeSet::new();
    for (method, path, at, schema) in body_schemas(spec) {
        match component_name(&schema) {
            Some(name) => {
                components.insert(name);
            }
            None => {
                let id = format!("{} {path} {at}", method.to_uppercase());
                let schema = to_2020_12(&schema);
                bodies.insert(id.clone(), Target { id, place: Place::Body { method, path, at }, schema });
            }
        }
    }
    // Every component a body reaches, through any depth of `$ref`.
    let mut pending: Vec<String> = components.iter().cloned().collect();
    pending.extend(bodies.values().flat_map(|t| refs_in(&t.schema)));
    let all = spec.pointer("/components/schemas").cloned().unwrap_or_else(|| json!({}));
    while let Some(name) = pending.pop() {
        components.insert(name.clone());
        if let Some(schema) = all.get(&name) {
            pending.extend(refs_in(schema).into_iter().filter(|r| !components.contains(r)));
        }
    }
    let mut targets: Vec<Target> = components
        .iter()
        .filter(|name| all.get(name.as_str()).is_some())
        .map(|name| Target {
            id: format!("schema {name}"),
            place: Place::Component(name.clone()),
            schema: json!({ "$ref": format!("#/components/schemas/{}", escape(name)) }),
        })
        .collect();
    targets.extend(bodies.into_values());
    targets.sort_by(|a, b| a.id.cmp(&b.id));
    let components: Map<String, Value> = all.as_object().into_iter().flatten().map(|(k, v)| (k.clone(), to_2020_12(v))).collect();
    let implied: Map<String, Value> = components.iter().map(|(k, v)| (k.clone(), implied_types(v))).collect();
    Targets { components: json!({ "schemas": components }), implied_components: json!({ "schemas": implied }), targets }
}

/// Every JSON body schema of every operation: (method, path, `request` or status, schema).
fn body_schemas(spec: &Value) -> Vec<(String, String, String, Value)> {
    let mut out = Vec::new();
    let Some(Value::Object(paths)) = spec.get("paths") else { return out };
    for (path, item) in paths {
        let item = deref(spec, item);
        for method in METHODS {
            let Some(op) = item.get(*method) else { continue };
            let mut push = |at: String, holder: &Value| {
                let Some(Value::Object(content)) = deref(spec, holder).get("content") else { return };
                // The media type the generated code types: `application/json`, else the first JSON one.
                let media = content.get("application/json").or_else(|| content.iter().find(|(ct, _)| ct.contains("json")).map(|(_, m)| m));
                if let Some(schema) = media.and_then(|m| m.get("schema")) {
                    out.push((method.to_string(), path.clone(), at, schema.clone()));
                }
            };
            if let Some(body) = op.get("requestBody") {
                push("request".to_string(), body);
            }
            for (status, response) in op.get("responses").and_then(Value::as_object).into_iter().flatten() {
                push(status.clone(), response);
            }
        }
    }
    out
}

fn deref<'a>(spec: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')).and_then(|p| spec.pointer(p)) {
        Some(target) => deref(spec, target),
        None => v,
    }
}

/// The component a schema is exactly a `$ref` to.
fn component_name(schema: &Value) -> Option<String> {
    let reference = schema.get("$ref")?.as_str()?;
    (schema.as_object()?.len() == 1).then_some(())?;
    reference.strip_prefix("#/components/schemas/").map(unescape)
}

/// The component schemas `schema` refers to, anywhere inside it.
fn refs_in(schema: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![schema];
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(keys) => {
                if let Some(name) = keys.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/components/schemas/")) {
                    out.push(unescape(name));
                }
                stack.extend(keys.iter().filter(|(k, _)| !is_literal(k)).map(|(_, v)| v));
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    out
}

/// Keywords whose values are data, not schemas.
fn is_literal(key: &str) -> bool {
    matches!(key, "enum" | "const" | "example" | "examples" | "default") || key.starts_with("x-")
}

fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// An OpenAPI schema in JSON Schema 2020-12 terms: 3.0's `nullable` becomes a `null` type (or an
/// `anyOf` with `null` where it has no type of its own), and its boolean `exclusiveMinimum`/
/// `exclusiveMaximum` become the numeric keywords. The generator reads these 3.0 keywords where a
/// 3.1 document still writes them (published 3.1 documents do), so the validator does too.
pub fn to_2020_12(schema: &Value) -> Value {
    match schema {
        Value::Object(keys) => {
            let mut out: Map<String, Value> =
                keys.iter().map(|(k, v)| (k.clone(), if is_literal(k) { v.clone() } else { to_2020_12(v) })).collect();
            for (flag, bound) in [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")] {
                if let Some(Value::Bool(exclusive)) = out.get(flag).cloned() {
                    out.remove(flag);
                    if exclusive {
                        if let Some(limit) = out.remove(bound) {
                            out.insert(flag.to_string(), limit);
                        }
                    }
                }
            }
            // `required` lists each name once (JSON Schema says so; published documents repeat
            // names, and a validator may then misreport present properties as missing).
            if let Some(Value::Array(names)) = out.get_mut("required") {
                let mut seen = std::collections::BTreeSet::new();
                names.retain(|n| seen.insert(n.to_string()));
            }
            if out.get("nullable") == Some(&Value::Bool(true)) {
                out.remove("nullable");
                if let Some(Value::Array(options)) = out.get_mut("enum") {
                    if !options.contains(&Value::Null) {
                        options.push(Value::Null);
                    }
                }
                match out.get("type").cloned() {
                    Some(Value::String(t)) => {
                        out.insert("type".into(), json!([t, "null"]));
                    }
                    Some(_) => {}
                    None => return json!({ "anyOf": [Value::Object(out), { "type": "null" }] }),
                }
            } else if matches!(out.get("nullable"), Some(Value::Bool(_))) {
                out.remove("nullable");
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(to_2020_12).collect()),
        other => other.clone(),
    }
}

/// `schema` as the generator reads it where JSON Schema is silent: a schema that declares
/// `properties` but no `type` describes an object (JSON Schema lets any non-object through).
pub fn implied_types(schema: &Value) -> Value {
    let Value::Object(keys) = schema else { return schema.clone() };
    let mut out = Map::new();
    for (k, v) in keys {
        let v = match (k.as_str(), v) {
            // Maps of schemas: their keys are names, not keywords.
            ("properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas", Value::Object(map)) => {
                Value::Object(map.iter().map(|(name, s)| (name.clone(), implied_types(s))).collect())
            }
            ("allOf" | "anyOf" | "oneOf" | "prefixItems", Value::Array(list)) => Value::Array(list.iter().map(implied_types).collect()),
            (
                "items" | "additionalProperties" | "unevaluatedProperties" | "not" | "contains" | "propertyNames" | "if" | "then" | "else"
                | "additionalItems" | "unevaluatedItems",
                s,
            ) => implied_types(s),
            (_, other) => other.clone(),
        };
        out.insert(k.clone(), v);
    }
    if out.get("properties").is_some_and(Value::is_object) && !out.contains_key("type") {
        out.insert("type".into(), json!("object"));
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openapi_30_keywords_become_json_schema() {
        let s = json!({"type": "string", "nullable": true, "enum": ["a"], "properties": {"nullable": {"type": "integer", "maximum": 3, "exclusiveMaximum": true}}});
        assert_eq!(
            to_2020_12(&s),
            json!({"type": ["string", "null"], "enum": ["a", null], "properties": {"nullable": {"type": "integer", "exclusiveMaximum": 3}}})
        );
        assert_eq!(to_2020_12(&json!({"$ref": "#/x", "nullable": true})), json!({"anyOf": [{"$ref": "#/x"}, {"type": "null"}]}));
        let plain = json!({"type": "string", "nullable": false, "exclusiveMinimum": 1});
        assert_eq!(to_2020_12(&plain), json!({"type": "string", "exclusiveMinimum": 1}));
    }

    #[test]
    fn properties_imply_an_object() {
        let s = json!({"properties": {"properties": {"type": "string"}}, "required": ["a", "a"]});
        assert_eq!(implied_types(&to_2020_12(&s)), json!({"type": "object", "properties": {"properties": {"type": "string"}}, "required": ["a"]}));
    }

    #[test]
    fn bodies_and_the_components_they_reach_are_targets() {
        let spec = json!({
            "openapi": "3.1.0",
            "paths": {"/a": {"post": {
                "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}}}}},
                "responses": {"200": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/A"}}}}, "204": {"description": "none"}}
            }}},
            "components": {"schemas": {"A": {"type": "string"}, "B": {"items": {"$ref": "#/components/schemas/C"}}, "C": {}, "Unused": {}}}
        });
        let ids: Vec<String> = targets(&spec).targets.into_iter().map(|t| t.id).collect();
        assert_eq!(ids, ["POST /a request", "schema A", "schema B", "schema C"]);
    }
}
