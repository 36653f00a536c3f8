//! Values made from schemas: for an answer the spec documents no example of, the example server
//! answers a value built from the schema, valid against it, the same on every run. Built small:
//! required properties, the fewest items, the lowest bound, the first of an enum or a union.

use serde_json::{json, Map, Value};

use crate::load::Pointer;
use crate::resolve::deref;

use super::intersect::merge_keywords;
use super::pattern_sample::sample;

/// How deep a value may nest before a recursive schema is cut short (only required properties
/// are followed that far, so a value exists unless the recursion itself is required).
const MAX_DEPTH: usize = 12;

/// A value valid against `schema` (of the normalized document `root`), or `None` where none is
/// found (a required recursion, a pattern too intricate to sample).
pub fn synthesize(root: &Value, schema: &Value) -> Option<Value> {
    value(root, schema, 0)
}

fn value(root: &Value, schema: &Value, depth: usize) -> Option<Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    let (schema, _) = deref(root, schema, "");
    let Value::Object(map) = schema else { return Some(Value::Null) };
    if let Some(first) = map.get("enum").and_then(Value::as_array).and_then(|v| v.first()) {
        return Some(first.clone());
    }
    if let Some(members) = map.get("allOf").and_then(Value::as_array) {
        return all_of(root, map, members, depth);
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(members) = map.get(key).and_then(Value::as_array) {
            return union(root, map, members, depth);
        }
    }
    match map.get("type").and_then(Value::as_str) {
        Some("object") => object(root, map, depth),
        Some("array") => array(root, map, depth),
        Some("string") => string(map),
        Some("integer") => number(map, true),
        Some("number") => number(map, false),
        Some("boolean") => Some(Value::Bool(true)),
        _ if map.contains_key("properties") => object(root, map, depth),
        // A schema that says nothing accepts anything: an empty object is as good as any value.
        _ => Some(json!({})),
    }
}

/// allOf: the object members' properties together, or the keywords of non-object members merged.
fn all_of(root: &Value, map: &Map<String, Value>, members: &[Value], depth: usize) -> Option<Value> {
    // The members, and the schema's own keywords beside `allOf` as one more.
    let mut resolved: Vec<Value> = members.iter().map(|m| deref(root, m, "").0.clone()).collect();
    resolved.push(Value::Object(map.iter().filter(|(k, _)| *k != "allOf").map(|(k, v)| (k.clone(), v.clone())).collect()));
    let objects = resolved.iter().any(|m| m.get("properties").is_some() || m.get("type").and_then(Value::as_str) == Some("object"));
    if !objects {
        let mut merged = Map::new();
        for m in resolved.iter().filter_map(Value::as_object) {
            merge_keywords(&mut merged, m);
        }
        return value(root, &Value::Object(merged), depth + 1);
    }
    let mut out = Map::new();
    for m in &resolved {
        match value(root, m, depth + 1)? {
            Value::Object(part) => {
                for (k, v) in part {
                    // A later member's single value (a tag) overrides an earlier member's choice.
                    let constant = m.lookup(&format!("/properties/{}/enum", crate::load::escape_token(&k))).and_then(Value::as_array).is_some_and(|e| e.len() == 1);
                    if constant || !out.contains_key(&k) {
                        out.insert(k, v);
                    }
                }
            }
            _ if m.get("properties").is_none() => {}
            _ => return None,
        }
    }
    Some(Value::Object(out))
}

/// oneOf/anyOf: the first member that gives a value; with a discriminator, tagged as its mapping says.
fn union(root: &Value, map: &Map<String, Value>, members: &[Value], depth: usize) -> Option<Value> {
    for member in members {
        let Some(mut v) = value(root, member, depth + 1) else { continue };
        if let (Some(property), Value::Object(obj)) = (map.get("discriminator").and_then(|d| d.get("propertyName")).and_then(Value::as_str), &mut v) {
            let reference = member.get("$ref").and_then(Value::as_str).unwrap_or_default();
            let mapped = map
                .get("discriminator")
                .and_then(|d| d.get("mapping"))
                .and_then(Value::as_object)
                .and_then(|m| m.iter().find(|(_, target)| target.as_str() == Some(reference)).map(|(k, _)| k.clone()));
            let implicit = crate::resolve::schema_name(reference);
            if let Some(tag) = mapped.or_else(|| obj.get(property).and_then(Value::as_str).map(str::to_string)).or(implicit) {
                obj.insert(property.to_string(), Value::String(tag));
            }
        }
        return Some(v);
    }
    None
}

fn object(root: &Value, map: &Map<String, Value>, depth: usize) -> Option<Value> {
    let mut out = Map::new();
    let props = map.get("properties").and_then(Value::as_object);
    let required: Vec<&str> = map.get("required").and_then(Value::as_array).map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
    for name in &required {
        let schema = props.and_then(|p| p.get(*name)).cloned().unwrap_or(json!({}));
        out.insert(name.to_string(), value(root, &schema, depth + 1)?);
    }
    let min = map.get("minProperties").and_then(Value::as_u64).unwrap_or(0) as usize;
    if let Some(props) = props {
        for (name, schema) in props {
            if out.len() >= min {
                break;
            }
            if let (false, Some(v)) = (out.contains_key(name), value(root, schema, depth + 1)) {
                out.insert(name.clone(), v);
            }
        }
    }
    let mut n = 0;
    while out.len() < min {
        n += 1;
        let extra = map.get("additionalProperties").filter(|a| a.is_object()).cloned().unwrap_or(json!({}));
        out.insert(format!("key{n}"), value(root, &extra, depth + 1)?);
    }
    Some(Value::Object(out))
}

fn array(root: &Value, map: &Map<String, Value>, depth: usize) -> Option<Value> {
    let min = map.get("minItems").and_then(Value::as_u64).unwrap_or(0) as usize;
    let items = map.get("items").cloned().unwrap_or(json!({}));
    let mut out = Vec::new();
    for _ in 0..min {
        out.push(value(root, &items, depth + 1)?);
    }
    Some(Value::Array(out))
}

fn string(map: &Map<String, Value>) -> Option<Value> {
    let min = map.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    let max = map.get("maxLength").and_then(Value::as_u64).map(|m| m as usize).unwrap_or(usize::MAX);
    let fits = |s: &str| {
        let n = s.chars().count();
        n >= min && n <= max
    };
    if let Some(pattern) = map.get("pattern").and_then(Value::as_str) {
        let flags = crate::emit::regex_syntax::flags(pattern).ok()?;
        let re = regress::Regex::with_flags(pattern, flags).ok()?;
        let documented = ["example", "default"].into_iter().filter_map(|k| map.get(k).and_then(Value::as_str).map(str::to_string));
        return documented
            .chain((0..=min.max(1)).filter_map(|extra| sample(pattern, extra)))
            .find(|s| fits(s) && re.find(s).is_some())
            .map(Value::String);
    }
    let by_format = match map.get("format").and_then(Value::as_str) {
        Some("date-time") => "2024-01-01T00:00:00Z",
        Some("date") => "2024-01-01",
        Some("time") => "00:00:00Z",
        Some("email") => "user@example.com",
        Some("uri" | "url" | "uri-reference" | "iri") => "https://example.com/",
        Some("uuid") => "00000000-0000-4000-8000-000000000000",
        Some("ipv4") => "192.0.2.1",
        Some("ipv6") => "2001:db8::1",
        Some("hostname") => "example.com",
        _ => "example",
    };
    let mut s: String = by_format.chars().take(max).collect();
    while s.chars().count() < min {
        s.push('x');
    }
    Some(Value::String(s))
}

fn number(map: &Map<String, Value>, integer: bool) -> Option<Value> {
    let get = |k: &str| map.get(k).and_then(Value::as_f64);
    let step = get("multipleOf").filter(|s| *s > 0.0);
    // normalize left 3.0's form: a boolean exclusive flag beside its bound.
    let exclusive = |k: &str| map.get(k) == Some(&Value::Bool(true));
    // The lower bound, else zero, else (below a negative upper bound) well under it.
    let mut x = match (get("minimum"), get("maximum")) {
        (Some(min), _) => min,
        (None, Some(max)) if max < 0.0 => max - 1000.0,
        _ => 0.0,
    };
    if exclusive("exclusiveMinimum") && get("minimum").is_some() {
        x = if integer { x.floor() + 1.0 } else { x + step.unwrap_or(0.5) };
    }
    if integer {
        x = x.ceil();
    }
    if let Some(step) = step {
        x = (x / step).ceil() * step;
        if exclusive("exclusiveMinimum") && get("minimum") == Some(x) {
            x += step;
        }
    }
    if let Some(max) = get("maximum") {
        if x > max || (exclusive("exclusiveMaximum") && x >= max) {
            return None;
        }
    }
    if integer || x.fract() == 0.0 && x.abs() < 9.0e15 {
        Some(Value::from(x as i64))
    } else {
        serde_json::Number::from_f64(x).map(Value::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_satisfy_their_constraints() {
        let root = json!({"S": {"type": "string", "enum": ["b", "c"]}});
        let schema = json!({
            "type": "object",
            "required": ["id", "n", "tags", "kind", "code"],
            "properties": {
                "id": {"type": "string", "minLength": 10},
                "n": {"type": "integer", "minimum": 3, "multipleOf": 5},
                "tags": {"type": "array", "minItems": 2, "items": {"type": "string", "format": "email"}},
                "kind": {"$ref": "#/S"},
                "code": {"type": "string", "pattern": "^cac_[A-Za-z0-9]+$"},
                "optional": {"type": "boolean"}
            }
        });
        assert_eq!(
            synthesize(&root, &schema).unwrap(),
            json!({"id": "examplexxx", "n": 5, "tags": ["user@example.com", "user@example.com"], "kind": "b", "code": "cac_A"})
        );
    }

    #[test]
    fn unions_take_their_first_member_and_tags_their_mapping() {
        let root = json!({"A": {"type": "object", "properties": {"t": {"type": "string"}}, "required": ["t"]}});
        let schema = json!({"oneOf": [{"$ref": "#/A"}], "discriminator": {"propertyName": "t", "mapping": {"a-kind": "#/A"}}});
        assert_eq!(synthesize(&root, &schema).unwrap(), json!({"t": "a-kind"}));
    }

    #[test]
    fn a_required_recursion_has_no_value() {
        let root = json!({"R": {"type": "object", "properties": {"r": {"$ref": "#/R"}}, "required": ["r"]}});
        assert_eq!(synthesize(&root, &json!({"$ref": "#/R"})), None);
    }
}
