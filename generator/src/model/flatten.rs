//! allOf, flattened: the properties, required names and closedness an object schema ends up with
//! once every member (nested allOf and references included) is merged in. Every member applies, so
//! a property defined by several members must satisfy each definition (see [`super::intersect`]).

use std::collections::BTreeSet;

use serde_json::Value;

use crate::error::Error;
use crate::load::escape_token;
use crate::normalize::is_annotation;
use crate::resolve::deref;

use super::intersect::intersect_property;
use super::Ctx;

/// An object schema with its allOf merged.
#[derive(Debug, Clone, Default)]
pub struct Flat {
    /// Properties in declaration order: name, schema, pointer.
    pub props: Vec<(String, Value, String)>,
    pub required: Vec<String>,
    /// `additionalProperties: false` somewhere, or `unevaluatedProperties: false`: only these
    /// names are allowed.
    pub allowed: Option<BTreeSet<String>>,
    /// An `additionalProperties` schema, when one is given.
    pub additional: Option<(Value, String)>,
    pub description: Option<String>,
    /// `minProperties` and `maxProperties`, the tightest of every member's.
    pub min_properties: Option<u64>,
    pub max_properties: Option<u64>,
    /// Rules on which properties are present together, of every member.
    pub alternatives: Vec<super::types::Alternatives>,
}

/// Flattens the schema at `at` (following references), failing on an allOf that contains itself.
pub fn flatten(ctx: &mut Ctx, schema: &Value, at: &str) -> Result<Flat, Error> {
    let mut stack = Vec::new();
    flatten_inner(ctx, schema, at, &mut stack)
}

fn flatten_inner(ctx: &mut Ctx, schema: &Value, at: &str, stack: &mut Vec<String>) -> Result<Flat, Error> {
    let (schema, at) = deref(ctx.root, schema, at);
    if stack.contains(&at) {
        let mut chain = stack.clone();
        chain.push(at.clone());
        return Err(Error::RefCycle { at: ctx.doc.at(&stack[0]), chain: format!("allOf contains itself: {}", chain.join(" -> ")) });
    }
    stack.push(at.clone());
    let mut flat = Flat { description: schema.get("description").and_then(Value::as_str).map(str::to_string), ..Flat::default() };
    if let Some(Value::Array(members)) = schema.get("allOf") {
        for (i, member) in members.iter().enumerate() {
            let sub = flatten_inner(ctx, member, &format!("{at}/allOf/{i}"), stack)?;
            merge(ctx, &mut flat, sub)?;
        }
    }
    let mut own = Flat::default();
    if let Some(Value::Object(props)) = schema.get("properties") {
        for (name, s) in props {
            own.props.push((name.clone(), s.clone(), format!("{at}/properties/{}", escape_token(name))));
        }
    }
    if let Some(Value::Array(required)) = schema.get("required") {
        own.required = required.iter().filter_map(Value::as_str).map(str::to_string).collect();
    }
    own.min_properties = schema.get("minProperties").and_then(Value::as_u64);
    own.alternatives.extend(super::types::Alternatives::of(schema));
    own.max_properties = schema.get("maxProperties").and_then(Value::as_u64);
    match schema.get("additionalProperties") {
        // `additionalProperties` only sees the properties beside it, not those of allOf members.
        Some(Value::Bool(false)) => own.allowed = Some(own.props.iter().map(|p| p.0.clone()).collect()),
        Some(ap @ Value::Object(o)) if !o.is_empty() => own.additional = Some((ap.clone(), format!("{at}/additionalProperties"))),
        _ => {}
    }
    merge(ctx, &mut flat, own)?;
    // `unevaluatedProperties: false` sees every property some member evaluated: it closes the
    // object over the merged properties. (`{not: {}}` is how normalize wrote the `false`.)
    if schema.get("unevaluatedProperties").is_some_and(is_false_schema) {
        let evaluated: BTreeSet<String> = flat.props.iter().map(|p| p.0.clone()).collect();
        flat.allowed = Some(match flat.allowed.take() {
            Some(allowed) => allowed.intersection(&evaluated).cloned().collect(),
            None => evaluated,
        });
    }
    stack.pop();
    Ok(flat)
}

/// `false`, as written or as normalize spells it.
pub fn is_false_schema(schema: &Value) -> bool {
    match schema {
        Value::Bool(b) => !b,
        Value::Object(m) => m.len() == 1 && m.get("not").is_some_and(|n| n.as_object().is_some_and(|o| o.is_empty())),
        _ => false,
    }
}

fn merge(ctx: &mut Ctx, into: &mut Flat, from: Flat) -> Result<(), Error> {
    for (name, schema, pointer) in from.props {
        match into.props.iter_mut().find(|p| p.0 == name) {
            None => into.props.push((name, schema, pointer)),
            Some(existing) => {
                let both = intersect_property(ctx, &name, (&existing.1, &existing.2), (&schema, &pointer))?;
                if both != existing.1 {
                    existing.1 = both;
                    existing.2 = pointer;
                }
            }
        }
    }
    for r in from.required {
        if !into.required.contains(&r) {
            into.required.push(r);
        }
    }
    into.allowed = match (into.allowed.take(), from.allowed) {
        (Some(a), Some(b)) => Some(a.intersection(&b).cloned().collect()),
        (a, b) => a.or(b),
    };
    if from.additional.is_some() {
        into.additional = from.additional;
    }
    if into.description.is_none() {
        into.description = from.description;
    }
    into.min_properties = into.min_properties.max(from.min_properties);
    into.alternatives.extend(from.alternatives);
    into.max_properties = match (into.max_properties, from.max_properties) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    Ok(())
}

/// A schema without its annotations, recursively, for comparing shapes.
pub fn strip(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => Value::Object(
            map.iter().filter(|(k, _)| !is_annotation(k)).map(|(k, v)| (k.clone(), if k == "enum" { v.clone() } else { strip(v) })).collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(strip).collect()),
        other => other.clone(),
    }
}
