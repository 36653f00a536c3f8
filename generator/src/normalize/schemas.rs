//! Passes that rewrite schemas one at a time, from JSON Schema 2020-12 forms to OpenAPI 3.0 ones.

use serde_json::{json, Map, Value};

use crate::error::{Error, Warning};
use crate::load::{Document, Pointer};
use crate::walk::for_each_schema;

/// `discriminator.mapping` values must be strings; some renderers write `{$ref: ...}` objects.
pub fn mapping_values_as_strings(root: &mut Value, doc: &Document, warnings: &mut Vec<Warning>) -> Result<(), Error> {
    for_each_schema(root, &mut |schema, at| {
        let Some(Value::Object(mapping)) = schema.lookup_mut("/discriminator/mapping") else { return };
        let mut rewritten = Vec::new();
        for (key, target) in mapping.iter_mut() {
            if let Some(r) = target.get("$ref").and_then(Value::as_str).map(str::to_string) {
                rewritten.push(key.clone());
                *target = Value::String(r);
            }
        }
        if !rewritten.is_empty() {
            warnings.push(Warning {
                at: doc.at(&format!("{at}/discriminator/mapping")),
                message: format!(
                    "discriminator mapping values for {} are `{{$ref: ...}}` objects; OpenAPI requires strings, read as the references they hold",
                    rewritten.join(", ")
                ),
            });
        }
    });
    Ok(())
}

/// `true` accepts anything and becomes `{}`; `false` accepts nothing and becomes `{not: {}}`.
/// Under `additionalProperties` a boolean is valid OpenAPI 3.0 and stays.
pub fn boolean_schemas(root: &mut Value, _doc: &Document, _warnings: &mut Vec<Warning>) -> Result<(), Error> {
    for_each_schema(root, &mut |schema, at| {
        if at.ends_with("/additionalProperties") {
            return;
        }
        match schema {
            Value::Bool(true) => *schema = json!({}),
            Value::Bool(false) => *schema = json!({"not": {}}),
            _ => {}
        }
    });
    Ok(())
}

/// `not` is not checked by the generated code (`not: {}`, the form of `false`, is): each schema
/// that uses it is named in a warning, so that what the types accept beyond the schema is known.
pub fn unchecked_keywords(root: &mut Value, doc: &Document, warnings: &mut Vec<Warning>) -> Result<(), Error> {
    for_each_schema(root, &mut |schema, at| {
        if schema.get("not").is_some_and(|not| !not.as_object().is_some_and(|o| o.is_empty())) {
            warnings.push(Warning { at: doc.at(&format!("{at}/not")), message: "`not` is not checked: values it excludes are accepted".into() });
        }
    });
    Ok(())
}

/// `type: [T, "null"]` becomes `type: T, nullable: true`; several non-null types become an anyOf;
/// a `{type: "null"}` member of anyOf/oneOf makes the union nullable.
pub fn nullable_forms(root: &mut Value, _doc: &Document, _warnings: &mut Vec<Warning>) -> Result<(), Error> {
    for_each_schema(root, &mut |schema, _at| {
        let Value::Object(map) = schema else { return };
        if let Some(Value::Array(types)) = map.get("type").cloned() {
            let non_null: Vec<Value> = types.iter().filter(|t| t.as_str() != Some("null")).cloned().collect();
            if non_null.len() < types.len() {
                map.insert("nullable".into(), Value::Bool(true));
            }
            match non_null.len() {
                0 => {
                    map.remove("type");
                }
                1 => {
                    map.insert("type".into(), non_null[0].clone());
                }
                _ => {
                    map.remove("type");
                    let members = non_null.into_iter().map(|t| json!({ "type": t })).collect();
                    map.insert("anyOf".into(), Value::Array(members));
                }
            }
        }
        if map.get("type").and_then(Value::as_str) == Some("null") {
            map.remove("type");
            map.insert("nullable".into(), Value::Bool(true));
        }
        for key in ["anyOf", "oneOf"] {
            if let Some(Value::Array(members)) = map.get_mut(key) {
                let before = members.len();
                members.retain(|m| !(m.get("type").and_then(Value::as_str) == Some("null") && m.as_object().is_some_and(|o| o.len() <= 2)));
                let had_null = members.len() < before;
                if had_null {
                    map.insert("nullable".into(), Value::Bool(true));
                    if let Some(Value::Array(members)) = map.get(key) {
                        if members.len() == 1 {
                            let only = members[0].clone();
                            map.remove(key);
                            map.insert("allOf".into(), json!([only]));
                        }
                    }
                }
            }
        }
    });
    Ok(())
}

/// `const: v` becomes `enum: [v]`, with the type it implies when the schema names none.
pub fn const_as_enum(root: &mut Value, _doc: &Document, _warnings: &mut Vec<Warning>) -> Result<(), Error> {
    for_each_schema(root, &mut |schema, _at| {
        let Value::Object(map) = schema else { return };
        let Some(value) = map.remove("const") else { return };
        if !map.contains_key("type") {
            if let Some(t) = json_type_of(&value) {
                map.insert("type".into(), Value::String(t.into()));
            }
        }
        map.insert("enum".into(), Value::Array(vec![value]));
    });
    Ok(())
}

fn json_type_of(v: &Value) -> Option<&'static str> {
    Some(match v {
        Value::String(_) => "string",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
        Value::Null => return None,
    })
}

/// Annotations beside a `$ref` (title, description, extensions) stay: the model reads them. Any
/// other keyword beside a `$ref` is a constraint that 3.0 would drop, so it moves into an allOf.
/// `nullable` stays beside the reference: it widens the schema rather than constraining it, and a
/// member `{nullable: true}` of an allOf would not let `null` through.
pub fn ref_siblings(root: &mut Value, _doc: &Document, _warnings: &mut Vec<Warning>) -> Result<(), Error> {
    for_each_schema(root, &mut |schema, _at| {
        let Value::Object(map) = schema else { return };
        let Some(reference) = map.get("$ref").cloned() else { return };
        let constraints: Vec<String> =
            map.keys().filter(|k| k.as_str() != "$ref" && k.as_str() != "nullable" && !is_annotation(k)).cloned().collect();
        if constraints.is_empty() {
            return;
        }
        let mut extra = Map::new();
        for k in constraints {
            if let Some(v) = map.remove(&k) {
                extra.insert(k, v);
            }
        }
        map.remove("$ref");
        map.insert("allOf".into(), json!([{ "$ref": reference }, Value::Object(extra)]));
    });
    Ok(())
}

/// Keywords that describe a schema without constraining it.
pub fn is_annotation(key: &str) -> bool {
    matches!(key, "title" | "description" | "example" | "examples" | "default" | "deprecated" | "readOnly" | "writeOnly" | "$comment")
        || key.starts_with("x-")
}

/// A schema's `examples` array (JSON Schema) becomes OpenAPI 3.0's single `example`.
pub fn examples_array(root: &mut Value, _doc: &Document, _warnings: &mut Vec<Warning>) -> Result<(), Error> {
    for_each_schema(root, &mut |schema, _at| {
        let Value::Object(map) = schema else { return };
        if let Some(Value::Array(examples)) = map.get("examples").cloned() {
            map.remove("examples");
            if let (false, Some(first)) = (map.contains_key("example"), examples.into_iter().next()) {
                map.insert("example".into(), first);
            }
        }
    });
    Ok(())
}

/// `exclusiveMinimum: 5` (2020-12) becomes `minimum: 5, exclusiveMinimum: true` (3.0); likewise maximum.
pub fn exclusive_bounds(root: &mut Value, _doc: &Document, _warnings: &mut Vec<Warning>) -> Result<(), Error> {
    for_each_schema(root, &mut |schema, _at| {
        let Value::Object(map) = schema else { return };
        for (exclusive, bound) in [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")] {
            if let Some(Value::Number(n)) = map.get(exclusive).cloned() {
                map.insert(bound.into(), Value::Number(n));
                map.insert(exclusive.into(), Value::Bool(true));
            }
        }
    });
    Ok(())
}
