//! oneOf and anyOf with a discriminator: a tagged enum, one variant per tag value, each carrying
//! every property of its schema but the tag.

use serde_json::{json, Value};

use crate::error::{Error, Warning};
use crate::load::{escape_token, Pointer};
use crate::resolve::{deref, schema_name};

use super::flatten::flatten;
use super::intersect::single_value;
use super::names::{type_name, Taken};
use super::types::*;
use super::Ctx;

/// The value a member's tag property allows, when it allows exactly one.
fn member_tag(ctx: &mut Ctx, target: &str, property: &str) -> Result<Option<Value>, Error> {
    let target_at = super::schema::component_pointer(target);
    let Some(schema) = crate::resolve::get(ctx.root, &target_at).cloned() else { return Ok(None) };
    let flat = flatten(ctx, &schema, &target_at)?;
    Ok(flat.props.iter().find(|p| p.0 == property).and_then(|p| single_value(ctx.root, &p.1)))
}

/// A discriminated union. The tag values are the mapping's keys; a member the mapping leaves out is
/// keyed by its schema name, as OpenAPI says, unless its tag property allows one value that is not
/// that name (the implicit mapping cannot mean a value the member refuses): then by that value.
/// Members that share a tag value form one variant, decided among themselves by their keys.
pub fn tagged(ctx: &mut Ctx, name: &str, schema: &Value, at: &str) -> Result<Tagged, Error> {
    let property = schema.lookup("/discriminator/propertyName").and_then(Value::as_str).unwrap_or_default().to_string();
    let members_key = if schema.get("oneOf").is_some() { "oneOf" } else { "anyOf" };
    let members = schema.get(members_key).and_then(Value::as_array).cloned().unwrap_or_default();
    let mut entries: Vec<(String, String)> = Vec::new(); // (key, schema name)
    if let Some(Value::Object(mapping)) = schema.lookup("/discriminator/mapping") {
        for (key, target) in mapping {
            let target = target.as_str().and_then(schema_name).unwrap_or_default();
            entries.push((key.clone(), target));
        }
    }
    for (i, member) in members.iter().enumerate() {
        let Some(target) = member.get("$ref").and_then(Value::as_str).and_then(schema_name) else {
            return Err(Error::Unsupported {
                at: ctx.doc.at(&format!("{at}/{members_key}/{i}")),
                what: "an inline member of a discriminated union; a discriminator needs each member to be a `$ref` to a named schema".into(),
            });
        };
        if entries.iter().any(|(_, t)| t == &target) {
            continue;
        }
        let key = match member_tag(ctx, &target, &property)? {
            Some(Value::String(value)) if value != target => value,
            _ => target.clone(),
        };
        entries.push((key, target));
    }
    // Group by tag value, in first-seen order.
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for (key, target) in entries {
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, targets)) => targets.push(target),
            None => groups.push((key, vec![target])),
        }
    }
    let mut idents = Taken::default();
    let mut variants = Vec::new();
    for (key, targets) in groups {
        let ident = idents.claim(type_name(&key));
        let variant = match targets.as_slice() {
            [target] => single(ctx, name, &property, &key, &ident, target, at)?,
            _ => shared(ctx, name, &property, &key, &ident, &targets, at)?,
        };
        variants.push(variant);
    }
    Ok(Tagged { property, variants })
}

/// The variant of a tag value that one member has.
fn single(ctx: &mut Ctx, name: &str, property: &str, key: &str, ident: &str, target: &str, at: &str) -> Result<TaggedVariant, Error> {
    let Some(payload_type) = ctx.component_type(target) else {
        return Err(Error::BadMapping { at: ctx.doc.at(&format!("{at}/discriminator/mapping")), key: key.to_string(), target: target.to_string() });
    };
    let target_at = super::schema::component_pointer(target);
    let target_schema = crate::resolve::get(ctx.root, &target_at).cloned().unwrap_or_default();
    let doc = target_schema.get("title").or(target_schema.get("description")).and_then(Value::as_str).map(str::to_string);
    if target_schema.get("oneOf").is_some() || target_schema.get("anyOf").is_some() {
        // A member that is a union of its own decodes the whole object, tag included: its members
        // declare the tag (or, open, keep it), and a struct flattened from it would keep nothing.
        return Ok(TaggedVariant { key: key.to_string(), ident: ident.to_string(), payload: payload_type, payload_writes_tag: true, shared: false, doc });
    }
    let flat = flatten(ctx, &target_schema, &target_at)?;
    let tag_schema = flat.props.iter().find(|p| p.0 == property).map(|p| deref(ctx.root, &p.1, &p.2).0.clone());
    let tag_const = tag_schema.as_ref().and_then(|s| single_value(ctx.root, s));
    let required = flat.required.iter().any(|r| r == property);
    let (payload, payload_writes_tag) = match tag_const {
        Some(Value::String(v)) if v == key && required => (payload_type, true),
        Some(other) if other != Value::String(key.to_string()) => {
            return Err(Error::Invalid {
                at: ctx.doc.at(&target_at),
                message: format!("discriminator `{property}` maps `{key}` to {target}, whose `{property}` only allows {other}"),
            });
        }
        _ => {
            // The member holds the tag as an ordinary (or optional) property: a payload type of its
            // own leaves it out, so the tag has one home, the union.
            let payload_name = ctx.names.claim(format!("{name}{ident}"));
            let body = ctx.build_struct(&payload_name, &flat, &[property.to_string()])?;
            ctx.types.insert(
                payload_name.clone(),
                TypeDef {
                    name: payload_name.clone(),
                    schema_name: None,
                    pointer: target_at.clone(),
                    doc: Some(format!("The `{key}` variant of [`{name}`]: [`{payload_type}`] without its `{property}`.")),
                    kind: Kind::Struct(body),
                    nullable: false,
                },
            );
            (payload_name, false)
        }
    };
    Ok(TaggedVariant { key: key.to_string(), ident: ident.to_string(), payload, payload_writes_tag, shared: false, doc })
}

/// The variant of a tag value that several members share: a union of them decided by their keys,
/// each member writing the tag itself.
fn shared(ctx: &mut Ctx, name: &str, property: &str, key: &str, ident: &str, targets: &[String], at: &str) -> Result<TaggedVariant, Error> {
    ctx.warnings.push(Warning {
        at: ctx.doc.at(at),
        message: format!(
            "discriminator `{property}` value `{key}` belongs to {}; a value tagged `{key}` is decided among them by its keys",
            targets.join(" and ")
        ),
    });
    // Each member writes the tag itself: as a constant, or (where the member does not require it)
    // as it was present in the value the union decoded.
    let union = ctx.names.claim(format!("{name}{ident}"));
    let members: Vec<Value> = targets.iter().map(|t| json!({ "$ref": format!("#/components/schemas/{}", escape_token(t)) })).collect();
    let schema = json!({
        "description": format!("The members of [`{name}`] tagged `{property}: {key}`, told apart by their keys."),
        "anyOf": members,
    });
    ctx.define(union.clone(), None, &schema, at)?;
    Ok(TaggedVariant { key: key.to_string(), ident: ident.to_string(), payload: union, payload_writes_tag: true, shared: true, doc: None })
}
