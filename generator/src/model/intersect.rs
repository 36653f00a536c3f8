//! allOf as JSON Schema means it: every member applies. Two definitions of one property become
//! their intersection (an enum of seven values and a `const` is the `const`), keywords of
//! non-object members merge to the tighter bound, and definitions no value can satisfy (two
//! incompatible types, disjoint enums) are an error naming both places.

use serde_json::{json, Map, Value};

use crate::error::Error;
use crate::normalize::is_annotation;
use crate::resolve::deref;

use super::flatten::strip;
use super::Ctx;

/// The one value a schema allows, when it allows exactly one: `const` (normalized to a one-value
/// enum), or such a schema among its allOf members, through references, at any depth.
pub fn single_value(root: &Value, schema: &Value) -> Option<Value> {
    single_value_at(root, schema, 0)
}

fn single_value_at(root: &Value, schema: &Value, depth: usize) -> Option<Value> {
    let (schema, _) = deref(root, schema, "");
    if depth > 32 {
        return None;
    }
    if let Some([one]) = schema.get("enum").and_then(Value::as_array).map(Vec::as_slice) {
        return Some(one.clone());
    }
    schema.get("allOf")?.as_array()?.iter().find_map(|m| single_value_at(root, m, depth + 1))
}

/// The values of a schema's `enum`, through references and allOf members (intersected).
fn enum_values(root: &Value, schema: &Value, depth: usize) -> Option<Vec<Value>> {
    let (schema, _) = deref(root, schema, "");
    if depth > 32 {
        return None;
    }
    let mut out: Option<Vec<Value>> = schema.get("enum").and_then(Value::as_array).cloned();
    for m in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        if let Some(values) = enum_values(root, m, depth + 1) {
            out = Some(match out {
                Some(mine) => mine.into_iter().filter(|v| values.contains(v)).collect(),
                None => values,
            });
        }
    }
    out
}

/// The JSON types a schema names with `type`, through references and allOf (intersected);
/// `None` when it names none. `integer` is a kind of `number`.
fn declared_types(root: &Value, schema: &Value, depth: usize) -> Option<Vec<String>> {
    let (schema, _) = deref(root, schema, "");
    if depth > 32 {
        return None;
    }
    let mut out: Option<Vec<String>> = schema.get("type").and_then(Value::as_str).map(|t| vec![t.to_string()]);
    for m in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        if let Some(types) = declared_types(root, m, depth + 1) {
            out = Some(match out {
                Some(mine) => meet(&mine, &types),
                None => types,
            });
        }
    }
    out
}

fn meet(a: &[String], b: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for x in a {
        for y in b {
            let t = match (x.as_str(), y.as_str()) {
                (x, y) if x == y => x,
                ("integer", "number") | ("number", "integer") => "integer",
                _ => continue,
            };
            if !out.iter().any(|o: &String| o == t) {
                out.push(t.to_string());
            }
        }
    }
    out
}

/// Whether a schema says nothing beyond annotations (`true`, `{}`, a description).
pub fn is_trivial(schema: &Value) -> bool {
    schema.as_object().is_some_and(|m| m.keys().all(|k| is_annotation(k)))
}

/// The schema a property must satisfy when two allOf members define it: the intersection, as an
/// allOf of both, after checking that some value can satisfy both.
pub fn intersect_property(ctx: &Ctx, name: &str, (a, a_at): (&Value, &str), (b, b_at): (&Value, &str)) -> Result<Value, Error> {
    if is_trivial(b) || strip(a) == strip(b) {
        return Ok(a.clone());
    }
    if is_trivial(a) {
        return Ok(b.clone());
    }
    let both = json!({ "allOf": [a, b] });
    if let Some(types) = declared_types(ctx.root, &both, 0) {
        if types.is_empty() {
            let ta = declared_types(ctx.root, a, 0).unwrap_or_default().join(" or ");
            let tb = declared_types(ctx.root, b, 0).unwrap_or_default().join(" or ");
            return Err(Error::Invalid {
                at: ctx.doc.at(b_at),
                message: format!("allOf members define property `{name}` with incompatible types: {ta} at #{a_at} and {tb} at #{b_at}; no value satisfies both"),
            });
        }
    }
    if let Some(values) = enum_values(ctx.root, &both, 0) {
        if values.is_empty() {
            return Err(Error::Invalid {
                at: ctx.doc.at(b_at),
                message: format!("allOf members define property `{name}` with values that have nothing in common (#{a_at} and #{b_at}); no value satisfies both"),
            });
        }
    }
    Ok(both)
}

/// Merges the keywords of one more allOf member into `into`, the way both apply at once: enums
/// intersect, lower bounds take the larger, upper bounds the smaller, patterns must both match.
pub fn merge_keywords(into: &mut Map<String, Value>, member: &Map<String, Value>) {
    for (k, v) in member {
        let Some(existing) = into.get(k).cloned() else {
            into.insert(k.clone(), v.clone());
            continue;
        };
        let merged = match k.as_str() {
            "enum" => match (existing.as_array(), v.as_array()) {
                (Some(a), Some(b)) => Value::Array(a.iter().filter(|x| b.contains(x)).cloned().collect()),
                _ => existing,
            },
            "minLength" | "minItems" | "minProperties" => max_number(&existing, v, true),
            "maxLength" | "maxItems" | "maxProperties" => max_number(&existing, v, false),
            // Bounds beside 3.0's exclusive flags keep the first member's pair, whose flag they go with.
            "minimum" if !into.contains_key("exclusiveMinimum") && !member.contains_key("exclusiveMinimum") => max_number(&existing, v, true),
            "maximum" if !into.contains_key("exclusiveMaximum") && !member.contains_key("exclusiveMaximum") => max_number(&existing, v, false),
            "pattern" => match (existing.as_str(), v.as_str()) {
                (Some(a), Some(b)) if a != b => Value::String(both_patterns(a, b)),
                _ => existing,
            },
            "type" => match (existing.as_str(), v.as_str()) {
                (Some("number"), Some("integer")) => v.clone(),
                _ => existing,
            },
            // Unique items apply when either member asks for them.
            "uniqueItems" => Value::Bool(existing == Value::Bool(true) || v == &Value::Bool(true)),
            "required" => match (existing.as_array(), v.as_array()) {
                (Some(a), Some(b)) => Value::Array(a.iter().chain(b.iter().filter(|x| !a.contains(x))).cloned().collect()),
                _ => existing,
            },
            _ => existing,
        };
        into.insert(k.clone(), merged);
    }
}

fn max_number(a: &Value, b: &Value, larger: bool) -> Value {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) if (y > x) == larger && x != y => b.clone(),
        _ => a.clone(),
    }
}

/// One ECMA-262 pattern that a string matches exactly when it matches both: a pattern is a search
/// anywhere in the string, so each becomes a look-ahead from some position.
pub fn both_patterns(a: &str, b: &str) -> String {
    format!("^(?=[\\s\\S]*?(?:{a}))(?=[\\s\\S]*?(?:{b}))")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_merge_to_the_tighter_constraint() {
        let mut into = json!({"type": "number", "enum": ["a", "b", "c"], "minLength": 2, "maxLength": 10}).as_object().unwrap().clone();
        merge_keywords(&mut into, json!({"type": "integer", "enum": ["c", "b"], "minLength": 5, "maxLength": 20}).as_object().unwrap());
        assert_eq!(Value::Object(into), json!({"type": "integer", "enum": ["b", "c"], "minLength": 5, "maxLength": 10}));
    }

    #[test]
    fn single_values_are_found_through_all_of() {
        let root = json!({"S": {"enum": ["x"]}});
        assert_eq!(single_value(&root, &json!({"allOf": [{"type": "string", "enum": ["x", "y"]}, {"$ref": "#/S"}]})), Some(json!("x")));
        assert_eq!(single_value(&root, &json!({"type": "string"})), None);
    }

    #[test]
    fn combined_patterns_need_both() {
        let re = regress::Regex::new(&both_patterns("^a", "z$")).unwrap();
        assert!(re.find("abcz").is_some());
        assert!(re.find("abc").is_none());
        assert!(re.find("bcz").is_none());
    }
}
