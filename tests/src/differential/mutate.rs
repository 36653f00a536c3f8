//! Invalid (and borderline) instances made from valid ones, aimed at what the generated decoder
//! decides: required keys, types, patterns, bounds, closed objects, union tags and the keys that
//! choose between union members. A mutant is only a candidate: the JSON Schema validator says
//! whether it is valid, and the decoder must agree, so a mutation need not always break the value.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};

/// One value made from an instance, with what was done to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mutant {
    pub what: String,
    pub value: Value,
}

/// How deep through `$ref`s, `allOf` and nesting the walk goes: schemas may be recursive.
const MAX_DEPTH: usize = 10;

/// The mutants of `instance` (valid for `schema`), in a fixed order.
pub fn mutants(components: &Value, schema: &Value, instance: &Value) -> Vec<Mutant> {
    let mut edits = Vec::new();
    let mut tags = BTreeMap::new();
    Walk { components, edits: &mut edits, tags: &mut tags }.node(schema, instance, &mut Vec::new(), 0);
    // Views of a node overlap (a `$ref` and its target), so one edit can be made twice.
    let mut seen = BTreeSet::new();
    edits
        .into_iter()
        .filter_map(|edit| {
            let mut value = instance.clone();
            apply(&mut value, &edit.path, edit.with);
            (&value != instance && seen.insert(value.to_string())).then(|| Mutant { what: format!("{} at {}", edit.what, pointer(&edit.path)), value })
        })
        .collect()
}

/// The pointers of the discriminator properties in `instance` (present or missing): the
/// properties whose value decides a union member by OpenAPI's `discriminator`, which JSON Schema
/// itself does not know; each with the `$ref` of the member its value names, when it names one.
pub fn discriminator_places(components: &Value, schema: &Value, instance: &Value) -> BTreeMap<String, Option<String>> {
    let mut tags = BTreeMap::new();
    Walk { components, edits: &mut Vec::new(), tags: &mut tags }.node(schema, instance, &mut Vec::new(), 0);
    tags
}

/// A change at one place of the instance: `with: None` removes the key or item there.
struct Edit {
    path: Vec<String>,
    with: Option<Value>,
    what: String,
}

fn pointer(path: &[String]) -> String {
    path.iter().map(|t| format!("/{}", t.replace('~', "~0").replace('/', "~1"))).collect()
}

fn apply(root: &mut Value, path: &[String], with: Option<Value>) {
    let Some((last, parents)) = path.split_last() else {
        if let Some(with) = with {
            *root = with;
        }
        return;
    };
    let mut at = root;
    for token in parents {
        at = match at {
            Value::Object(m) => m.get_mut(token).expect("the path is in the instance"),
            Value::Array(a) => &mut a[token.parse::<usize>().expect("an index")],
            _ => unreachable!("the path is in the instance"),
        };
    }
    match (at, with) {
        (Value::Object(m), Some(with)) => {
            m.insert(last.clone(), with);
        }
        (Value::Object(m), None) => {
            m.shift_remove(last);
        }
        (Value::Array(a), Some(with)) => a[last.parse::<usize>().expect("an index")] = with,
        (Value::Array(a), None) => {
            a.remove(last.parse::<usize>().expect("an index"));
        }
        _ => unreachable!("the path is in the instance"),
    }
}

struct Walk<'a> {
    components: &'a Value,
    edits: &'a mut Vec<Edit>,
    /// Where discriminator properties were met, with the member their value names.
    tags: &'a mut BTreeMap<String, Option<String>>,
}

impl<'a> Walk<'a> {
    fn edit(&mut self, path: &[String], with: Option<Value>, what: impl Into<String>) {
        self.edits.push(Edit { path: path.to_vec(), with, what: what.into() });
    }

    fn deref(&self, schema: &Value) -> Option<&'a Value> {
        let name = schema.get("$ref")?.as_str()?.strip_prefix("#/components/schemas/")?;
        self.components.get("schemas")?.get(name.replace("~1", "/").replace("~0", "~"))
    }

    /// Every schema that applies at a node: the schema, its `$ref` target and its `allOf`
    /// members, recursively. Union members are not among them: only one of them applies.
    fn views(&self, schema: &'a Value, depth: usize) -> Vec<&'a Value> {
        let mut out = Vec::new();
        let mut stack = vec![(schema, depth)];
        while let Some((s, d)) = stack.pop() {
            if d > MAX_DEPTH || !s.is_object() {
                continue;
            }
            out.push(s);
            if let Some(target) = self.deref(s) {
                stack.push((target, d + 1));
            }
            for member in s.get("allOf").and_then(Value::as_array).into_iter().flatten().rev() {
                stack.push((member, d + 1));
            }
        }
        out
    }

    fn node(&mut self, schema: &'a Value, value: &Value, path: &mut Vec<String>, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        let views = self.views(schema, depth);
        // Another JSON type, once per node.
        self.edit(path, Some(other_type(value)), "another type");
        for view in &views {
            self.constraints(view, value, path);
        }
        let unions: Vec<&'a Value> = views
            .iter()
            .flat_map(|v| ["oneOf", "anyOf"].into_iter().filter_map(|k| v.get(k).and_then(Value::as_array)))
            .flatten()
            .collect();
        if let Value::Object(object) = value {
            self.object(&views, object, path);
            self.union_keys(&views, &unions, object, path, depth);
        }
        // Into the members of unions too: the instance satisfies at least one, and a mutation
        // that only some member notices is what the decoder's choice of member must get right.
        for member in unions {
            let member_views = self.views(member, depth + 1);
            for view in &member_views {
                self.constraints(view, value, path);
            }
            if let Value::Object(object) = value {
                self.object(&member_views, object, path);
            }
            self.children(&member_views, value, path, depth + 1);
        }
        self.children(&views, value, path, depth + 1);
    }

    /// Into properties and items, by the schemas that declare them.
    fn children(&mut self, views: &[&'a Value], value: &Value, path: &mut Vec<String>, depth: usize) {
        let views: Vec<&'a Value> = views.iter().flat_map(|v| self.views(v, depth)).collect();
        match value {
            Value::Object(object) => {
                for (key, child) in object {
                    let declared = views.iter().find_map(|v| v.get("properties").and_then(|p| p.get(key)));
                    let extra = views.iter().find_map(|v| v.get("additionalProperties").filter(|a| a.is_object()));
                    if let Some(child_schema) = declared.or(extra) {
                        path.push(key.clone());
                        self.node(child_schema, child, path, depth);
                        path.pop();
                    }
                }
            }
            Value::Array(items) => {
                // The first and the last item: the rest are more of the same.
                let item_schema = views.iter().find_map(|v| v.get("items"));
                let picks: Vec<usize> = match items.len() {
                    0 => vec![],
                    1 => vec![0],
                    n => vec![0, n - 1],
                };
                for i in picks {
                    let prefix = views.iter().find_map(|v| v.get("prefixItems").and_then(|p| p.get(i)));
                    if let Some(s) = prefix.or(item_schema) {
                        path.push(i.to_string());
                        self.node(s, &items[i], path, depth);
                        path.pop();
                    }
                }
            }
            _ => {}
        }
    }

    /// One past each bound, exactly at it, patterns broken and enums missed.
    fn constraints(&mut self, view: &Value, value: &Value, path: &[String]) {
        let limit = |k: &str| view.get(k).and_then(Value::as_f64);
        let count = |k: &str| view.get(k).and_then(Value::as_u64).map(|n| n.min(10_000) as usize);
        match value {
            Value::String(s) => {
                if let Some(max) = count("maxLength") {
                    self.edit(path, Some(json!("a".repeat(max + 1))), format!("one past maxLength {max}"));
                    // Lengths count code points: characters outside the BMP are one each, two in UTF-16.
                    self.edit(path, Some(json!("\u{1F600}".repeat(max))), format!("maxLength {max} astral characters"));
                }
                if let Some(min) = count("minLength").filter(|m| *m > 0) {
                    self.edit(path, Some(json!("a".repeat(min - 1))), format!("one short of minLength {min}"));
                    self.edit(path, Some(json!("\u{1F600}".repeat(min))), format!("minLength {min} astral characters"));
                }
                if view.get("pattern").is_some() {
                    self.edit(path, Some(json!(format!("{s}\n"))), "a pattern with a line break after");
                    self.edit(path, Some(json!(format!("~{s}"))), "a pattern with a character before");
                    self.edit(path, Some(json!("")), "a pattern given the empty string");
                }
            }
            Value::Number(n) => {
                let integer = n.is_i64() || n.is_u64();
                let step = if integer { 1.0 } else { 0.5 };
                for (k, delta, what) in [("maximum", step, "one past"), ("minimum", -step, "one past"), ("maximum", 0.0, "at"), ("minimum", 0.0, "at")] {
                    if let Some(bound) = limit(k) {
                        self.edit(path, Some(number(bound + delta, integer)), format!("{what} {k} {bound}"));
                    }
                }
                for k in ["exclusiveMaximum", "exclusiveMinimum"] {
                    if let Some(bound) = limit(k) {
                        self.edit(path, Some(number(bound, integer)), format!("at {k} {bound}"));
                    }
                }
                if let Some(k) = limit("multipleOf") {
                    self.edit(path, Some(number(k * 3.0, integer)), format!("a multiple of {k}"));
                    self.edit(path, Some(number(k * 3.0 + k / 2.0, false)), format!("not a multiple of {k}"));
                }
                if integer {
                    // An integer written with a fraction is still an integer to JSON Schema.
                    self.edit(path, Some(json!(n.as_f64().unwrap_or_default())), "an integer written as 1.0");
                    self.edit(path, Some(json!(u64::MAX)), "an integer past i64");
                    self.edit(path, Some(json!(0.5)), "a fraction where an integer was");
                }
            }
            Value::Array(items) => {
                if let Some(max) = count("maxItems").filter(|m| *m < 1_000) {
                    if let Some(first) = items.first() {
                        self.edit(path, Some(Value::Array(vec![first.clone(); max + 1])), format!("one past maxItems {max}"));
                    }
                }
                if let Some(min) = count("minItems").filter(|m| *m > 0 && *m <= items.len()) {
                    self.edit(path, Some(Value::Array(items[..min - 1].to_vec())), format!("one short of minItems {min}"));
                }
                if view.get("uniqueItems") == Some(&json!(true)) {
                    if let Some(first) = items.first() {
                        let mut twice = items.clone();
                        twice.push(first.clone());
                        self.edit(path, Some(Value::Array(twice)), "a repeated item where items are unique");
                    }
                }
            }
            _ => {}
        }
        if let Some(options) = view.get("enum").and_then(Value::as_array) {
            let missed = match value {
                Value::String(s) => json!(format!("{s}_not_listed")),
                other => json!([other]),
            };
            if !options.contains(&missed) {
                self.edit(path, Some(missed), "a value the enum does not list");
            }
        }
        if view.get("const").is_some() {
            self.edit(path, Some(json!("not the constant")), "another value than the constant");
        }
    }

    /// Required keys dropped, an unknown key added, every optional key dropped.
    fn object(&mut self, views: &[&'a Value], object: &serde_json::Map<String, Value>, path: &mut Vec<String>) {
        let required: Vec<&str> = views.iter().flat_map(|v| v.get("required").and_then(Value::as_array).into_iter().flatten()).filter_map(Value::as_str).collect();
        for key in object.keys().filter(|k| required.contains(&k.as_str())) {
            path.push(key.clone());
            self.edit(path, None, "required key dropped");
            path.pop();
        }
        let optional: Vec<&String> = object.keys().filter(|k| !required.contains(&k.as_str())).collect();
        if !optional.is_empty() {
            let only_required: serde_json::Map<String, Value> = object.iter().filter(|(k, _)| required.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect();
            self.edit(path, Some(Value::Object(only_required)), "every optional key dropped");
        }
        path.push("zz_undeclared".to_string());
        self.edit(path, Some(json!("x")), "an undeclared key added");
        path.pop();
        if let Some(max) = views.iter().find_map(|v| v.get("maxProperties").and_then(Value::as_u64)).filter(|m| (*m as usize) < 100) {
            let mut more = object.clone();
            (0..=max).for_each(|i| {
                more.insert(format!("zz_{i}"), json!(i));
            });
            self.edit(path, Some(Value::Object(more)), format!("one past maxProperties {max}"));
        }
    }

    /// For the unions that apply here: each member's tag values and required keys put into this
    /// object, so the value looks like another member (a tag swapped, a member's shape nested).
    fn union_keys(&mut self, views: &[&'a Value], unions: &[&'a Value], object: &serde_json::Map<String, Value>, path: &mut Vec<String>, depth: usize) {
        for view in views {
            let Some(tag) = view.pointer("/discriminator/propertyName").and_then(Value::as_str) else { continue };
            // Where the tag is, or would be: a missing tag is the discriminator's decision too.
            let named = object.get(tag).and_then(Value::as_str).map(|v| {
                match view.pointer("/discriminator/mapping").and_then(|m| m.get(v)).and_then(Value::as_str) {
                    Some(target) if target.starts_with('#') => target.to_string(),
                    Some(name) => format!("#/components/schemas/{name}"),
                    None => format!("#/components/schemas/{v}"),
                }
            });
            path.push(tag.to_string());
            self.tags.insert(pointer(path), named);
            path.pop();
            for key in view.pointer("/discriminator/mapping").and_then(Value::as_object).into_iter().flatten().map(|(k, _)| k) {
                if object.get(tag) != Some(&json!(key)) {
                    path.push(tag.to_string());
                    self.edit(path, Some(json!(key)), format!("discriminator swapped to {key}"));
                    path.pop();
                }
            }
        }
        for (i, member) in unions.iter().enumerate() {
            let member_views = self.views(member, depth + 1);
            let mut shaped = object.clone();
            let mut changed = Vec::new();
            for v in &member_views {
                for (key, property) in v.get("properties").and_then(Value::as_object).into_iter().flatten() {
                    let property_views = self.views(property, depth + 2);
                    let single = property_views.iter().find_map(|p| p.get("const").cloned().or_else(|| p.get("enum").and_then(Value::as_array).filter(|e| e.len() == 1).map(|e| e[0].clone())));
                    if let Some(tag_value) = single {
                        if object.get(key) != Some(&tag_value) {
                            shaped.insert(key.clone(), tag_value);
                            changed.push(key.clone());
                        }
                    }
                }
                for key in v.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
                    if !shaped.contains_key(key) {
                        let property = member_views.iter().find_map(|m| m.get("properties").and_then(|p| p.get(key)));
                        shaped.insert(key.to_string(), property.map(|p| placeholder(&self.views(p, depth + 2))).unwrap_or(json!("x")));
                        changed.push(key.to_string());
                    }
                }
            }
            if !changed.is_empty() {
                self.edit(path, Some(Value::Object(shaped)), format!("shaped like member {i} ({})", changed.join(", ")));
            }
        }
    }
}

/// A plain value of the type a schema declares, for a key a mutation adds.
fn placeholder(views: &[&Value]) -> Value {
    for v in views {
        if let Some(c) = v.get("const") {
            return c.clone();
        }
        if let Some(first) = v.get("enum").and_then(|e| e.get(0)) {
            return first.clone();
        }
        let t = match v.get("type") {
            Some(Value::String(t)) => Some(t.as_str()),
            Some(Value::Array(ts)) => ts.first().and_then(Value::as_str),
            _ => None,
        };
        if let Some(t) = t {
            return match t {
                "string" => json!("x"),
                "integer" => json!(1),
                "number" => json!(1.5),
                "boolean" => json!(true),
                "array" => json!([]),
                "object" => json!({}),
                _ => Value::Null,
            };
        }
    }
    json!("x")
}

fn number(x: f64, integer: bool) -> Value {
    if integer && x.fract() == 0.0 && x.abs() < 9.0e15 {
        json!(x as i64)
    } else {
        json!(x)
    }
}

/// A value of another JSON type than `value`'s.
fn other_type(value: &Value) -> Value {
    match value {
        Value::String(_) => json!(7),
        Value::Number(_) => json!("7"),
        Value::Bool(_) => json!("true"),
        Value::Null => json!(0),
        Value::Object(_) => json!([]),
        Value::Array(_) => json!({}),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutants_aim_at_what_the_schema_decides() {
        let components = json!({"schemas": {
            "A": {"type": "object", "required": ["kind", "n"], "additionalProperties": false,
                  "properties": {"kind": {"const": "a"}, "n": {"type": "integer", "maximum": 9}, "s": {"type": "string", "maxLength": 2}}},
            "B": {"type": "object", "required": ["kind", "b"], "properties": {"kind": {"const": "b"}, "b": {"type": "boolean"}}}
        }});
        let schema = json!({"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]});
        let made = mutants(&components, &schema, &json!({"kind": "a", "n": 1, "s": "x"}));
        let find = |what: &str| made.iter().find(|m| m.what == what).map(|m| m.value.clone()).unwrap_or_else(|| panic!("no {what}"));
        assert_eq!(find("required key dropped at /n"), json!({"kind": "a", "s": "x"}));
        assert_eq!(find("one past maximum 9 at /n"), json!({"kind": "a", "n": 10, "s": "x"}));
        assert_eq!(find("one past maxLength 2 at /s"), json!({"kind": "a", "n": 1, "s": "aaa"}));
        assert_eq!(find("an undeclared key added at /zz_undeclared"), json!({"kind": "a", "n": 1, "s": "x", "zz_undeclared": "x"}));
        assert_eq!(find("shaped like member 1 (kind, b) at "), json!({"kind": "b", "n": 1, "s": "x", "b": true}));
        assert_eq!(find("another type at "), json!([]));
    }
}
