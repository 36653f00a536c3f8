//! allOf, flattened: the properties, required names and closedness an object schema ends up with
//! once every member (nested allOf and references included) is merged in.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::error::{Error, Warning};
use crate::load::escape_token;
use crate::normalize::is_annotation;
use crate::resolve::deref;

use super::Ctx;

/// An object schema with its allOf merged.
#[derive(Debug, Clone, Default)]
pub struct Flat {
    /// Properties in declaration order: name, schema, pointer.
    pub props: Vec<(String, Value, String)>,
    pub required: Vec<String>,
    /// `additionalProperties: false` somewhere: only these names are allowed.
    pub allowed: Option<BTreeSet<String>>,
    /// An `additionalProperties` schema, when one is given.
    pub additional: Option<(Value, String)>,
    pub description: Option<String>,
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
            merge(ctx, &mut flat, sub);
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
    match schema.get("additionalProperties") {
        Some(Value::Bool(false)) => own.allowed = Some(own.props.iter().map(|p| p.0.clone()).collect()),
        Some(Value::Object(_)) => {
            let ap = schema.get("additionalProperties").cloned().unwrap_or_default();
            if ap.as_object().is_some_and(|o| !o.is_empty()) {
                own.additional = Some((ap, format!("{at}/additionalProperties")));
            }
        }
        _ => {}
    }
    merge(ctx, &mut flat, own);
    stack.pop();
    Ok(flat)
}

/// Whether a property schema says nothing beyond annotations (`true`, `{}`, a description).
fn is_trivial(schema: &Value) -> bool {
    schema.as_object().is_some_and(|m| m.keys().all(|k| is_annotation(k)))
}

fn merge(ctx: &mut Ctx, into: &mut Flat, from: Flat) {
    for (name, schema, pointer) in from.props {
        match into.props.iter_mut().find(|p| p.0 == name) {
            None => into.props.push((name, schema, pointer)),
            Some(existing) => {
                if is_trivial(&schema) {
                    continue; // `connection: true` only allows what another member defines
                }
                if !is_trivial(&existing.1) && strip(&existing.1) != strip(&schema) {
                    ctx.warnings.push(Warning {
                        at: ctx.doc.at(&pointer),
                        message: format!("allOf members define property `{name}` differently; the later definition is used"),
                    });
                }
                existing.1 = schema;
                existing.2 = pointer;
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
