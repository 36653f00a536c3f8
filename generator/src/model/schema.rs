//! Schemas to types: what Rust type each schema needs, and the named types it brings along.

use serde_json::Value;

use crate::error::{Error, Warning};
use crate::load::{escape_token, unescape_token};
use crate::normalize::is_annotation;
use crate::resolve::{deref, ref_pointer};

use super::flatten::{flatten, is_false_schema, Flat};
use super::intersect::{merge_keywords, single_value};
use super::names::{field_name, type_item_name, type_name};
use super::types::*;
use super::{tagged, unions, Ctx};

fn doc_of(schema: &Value) -> Option<String> {
    let description = schema.get("description").and_then(Value::as_str);
    let title = schema.get("title").and_then(Value::as_str);
    match (title, description) {
        (Some(t), Some(d)) if t != d => Some(format!("{t}\n\n{d}")),
        (_, Some(d)) => Some(d.to_string()),
        (Some(t), None) => Some(t.to_string()),
        (None, None) => None,
    }
}

fn string_rules(schema: &Value) -> StringRules {
    StringRules {
        min_length: schema.get("minLength").and_then(Value::as_u64),
        max_length: schema.get("maxLength").and_then(Value::as_u64),
        pattern: schema.get("pattern").and_then(Value::as_str).map(str::to_string),
    }
}

/// A number type with the schema's bounds, when it states any.
fn bounded(ty: Ty, schema: &Value) -> Ty {
    let number = |k: &str| schema.get(k).and_then(Value::as_number).cloned();
    let rules = NumberRules {
        minimum: number("minimum"),
        maximum: number("maximum"),
        // normalize turned 2020-12's numeric exclusive bounds into 3.0's flags beside the bound.
        exclusive_minimum: schema.get("exclusiveMinimum") == Some(&Value::Bool(true)),
        exclusive_maximum: schema.get("exclusiveMaximum") == Some(&Value::Bool(true)),
        multiple_of: number("multipleOf"),
    };
    if rules.is_empty() {
        ty
    } else {
        Ty::Bounded(Box::new(ty), rules)
    }
}

fn array_rules(schema: &Value) -> ArrayRules {
    ArrayRules {
        min_items: schema.get("minItems").and_then(Value::as_u64),
        max_items: schema.get("maxItems").and_then(Value::as_u64),
        unique_items: schema.get("uniqueItems") == Some(&Value::Bool(true)),
    }
}

/// A schema's enum values when they are all strings.
fn string_enum(schema: &Value) -> Option<Vec<String>> {
    let values = schema.get("enum")?.as_array()?;
    values.iter().map(|v| v.as_str().map(str::to_string)).collect()
}

/// Whether a schema describes an object with a shape of its own (properties, allOf members, or a
/// bound on how many properties it has), which becomes a struct.
fn is_object_like(schema: &Value) -> bool {
    let counted = (schema.get("minProperties").is_some() || schema.get("maxProperties").is_some())
        && schema.get("type").and_then(Value::as_str).is_none_or(|t| t == "object");
    schema.get("properties").is_some() || schema.get("allOf").is_some() || counted
}

/// A schema that allows `null` (`nullable`, after normalization) but defines a struct, a string
/// enum, a union or a constrained value: the named type holds the non-null values (and checks
/// them), and every use of it is `Option<T>`. A plain alias (`type X = Option<String>`) carries
/// its null itself.
pub fn nullable_named(root: &Value, schema: &Value, at: &str) -> bool {
    const CONSTRAINTS: &[&str] =
        &["minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems"];
    if let Some(single) = single_real_all_of(schema) {
        return nullable_named(root, &single, at);
    }
    schema.get("nullable") == Some(&Value::Bool(true))
        && (schema.get("oneOf").is_some()
            || schema.get("anyOf").is_some()
            || match schema.get("allOf") {
                // An allOf of scalars is its members' keywords merged: as that merged schema.
                Some(_) => merged_non_object_all_of(root, schema, at).is_none_or(|merged| nullable_named(root, &merged, at)),
                None => is_object_like(schema),
            }
            || string_enum(schema).is_some_and(|v| !v.is_empty())
            || CONSTRAINTS.iter().any(|k| schema.get(*k).is_some()))
}

/// An allOf of one real member beside members that only annotate or allow `null`
/// (`allOf: [{$ref: X}, {nullable: true}]`, a common way to make a reference nullable): the real
/// member, `nullable` where a trivial member said so. `None` for any other schema.
fn single_real_all_of(schema: &Value) -> Option<Value> {
    let members = schema.get("allOf")?.as_array()?;
    let outer_plain = schema.as_object()?.keys().all(|k| k == "allOf" || k == "nullable" || is_annotation(k));
    let trivial = |m: &Value| m.as_object().is_some_and(|o| o.keys().all(|k| k == "nullable" || is_annotation(k)));
    let mut real = members.iter().filter(|m| !trivial(m));
    let (Some(only), None, true) = (real.next(), real.next(), outer_plain) else { return None };
    // An allOf of one member that is not a union is read as an object built from it (its
    // properties and the outer ones); a union inside it would be lost that way.
    if members.len() == 1 && only.get("oneOf").is_none() && only.get("anyOf").is_none() {
        return None;
    }
    let nullable = members.iter().chain(std::iter::once(schema)).any(|m| m.get("nullable") == Some(&Value::Bool(true)));
    let mut out = only.clone();
    if let (true, Some(map)) = (nullable, out.as_object_mut()) {
        map.insert("nullable".into(), Value::Bool(true));
    }
    Some(out)
}

/// An allOf none of whose members describes an object (`{$ref: Name}` plus `{maxLength: 10}`):
/// the members' keywords merged into one schema, or `None` when some member is an object or a union.
fn merged_non_object_all_of(root: &Value, schema: &Value, at: &str) -> Option<Value> {
    let members = schema.get("allOf")?.as_array()?;
    let mut merged = serde_json::Map::new();
    for (i, member) in members.iter().enumerate() {
        let (member, _) = deref(root, member, &format!("{at}/allOf/{i}"));
        let object = member.get("properties").is_some()
            || member.get("type").and_then(Value::as_str) == Some("object")
            || ["allOf", "oneOf", "anyOf", "discriminator"].iter().any(|k| member.get(*k).is_some());
        if object {
            return None;
        }
        merge_keywords(&mut merged, member.as_object()?);
    }
    for (k, v) in schema.as_object()? {
        if k != "allOf" {
            merged.insert(k.clone(), v.clone());
        }
    }
    Some(Value::Object(merged))
}

impl Ctx<'_> {
    /// The Rust type name of a component schema.
    pub fn component_type(&self, schema_name: &str) -> Option<String> {
        self.components.get(schema_name).cloned()
    }

    /// The Rust type for a schema used somewhere (a property, an item, a parameter); inline
    /// objects, enums and unions become named types called after `hint`.
    pub fn ty_of(&mut self, schema: &Value, at: &str, hint: &str) -> Result<Ty, Error> {
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            let pointer = ref_pointer(r).unwrap_or_default();
            if let Some(name) = pointer.strip_prefix("/components/schemas/").filter(|n| !n.contains('/')) {
                let name = unescape_token(name);
                if let Some(ty) = self.component_type(&name) {
                    // `null` where the component allows it, or where the reference says so (a
                    // 3.0-style `nullable` beside `$ref`), unless the component's alias holds it.
                    let (target, target_at) = deref(self.root, schema, at);
                    let target_null = target.get("nullable") == Some(&Value::Bool(true));
                    let here_null = schema.get("nullable") == Some(&Value::Bool(true));
                    let nullable = nullable_named(self.root, target, &target_at) || (here_null && !target_null);
                    return Ok(if nullable { Ty::Nullable(Box::new(Ty::Named(ty))) } else { Ty::Named(ty) });
                }
            }
            let (target, target_at) = deref(self.root, schema, at);
            return self.ty_of(&target.clone(), &target_at, hint);
        }
        if let Some(single) = single_real_all_of(schema) {
            return self.ty_of(&single, at, hint);
        }
        if schema.get("nullable") == Some(&Value::Bool(true)) {
            let mut inner = schema.clone();
            if let Some(m) = inner.as_object_mut() {
                m.remove("nullable");
            }
            return Ok(Ty::Nullable(Box::new(self.ty_of(&inner, at, hint)?)));
        }
        if let Some(Value::Array(members)) = schema.get("allOf") {
            // allOf of one reference (plus annotations) is that reference.
            let only_annotations = schema.as_object().is_some_and(|m| m.keys().all(|k| k == "allOf" || is_annotation(k) || k == "type"));
            if members.len() == 1 && only_annotations {
                return self.ty_of(&members[0], &format!("{at}/allOf/0"), hint);
            }
            if let Some(merged) = merged_non_object_all_of(self.root, schema, at) {
                return self.ty_of(&merged, at, hint);
            }
        }
        if schema.get("oneOf").is_some() || schema.get("anyOf").is_some() || is_object_like(schema) {
            return Ok(Ty::Named(self.define_inline(hint, schema, at)?));
        }
        if let Some(values) = string_enum(schema) {
            if !values.is_empty() {
                return Ok(Ty::Named(self.define_inline(hint, schema, at)?));
            }
        }
        if schema.get("enum").is_some() {
            self.warnings.push(Warning { at: self.doc.at(at), message: "enum of values other than strings: held as any JSON value, not checked".into() });
            return Ok(Ty::Any);
        }
        Ok(match schema.get("type").and_then(Value::as_str) {
            Some("string") => {
                let mut rules = string_rules(schema);
                if let Some(pattern) = &rules.pattern {
                    // A pattern never makes a document unacceptable: one that is not ECMA-262 is
                    // left unchecked, and said so.
                    if let Err(why) = crate::emit::regex_syntax::flags(pattern) {
                        self.warnings.push(Warning {
                            at: self.doc.at(&format!("{at}/pattern")),
                            message: format!("pattern {pattern:?} is not an ECMA-262 regular expression ({why}); values are not checked against it"),
                        });
                        rules.pattern = None;
                    }
                }
                Ty::String(rules)
            }
            Some("integer") => bounded(Ty::Integer, schema),
            Some("number") => bounded(Ty::Number, schema),
            Some("boolean") => Ty::Boolean,
            Some("array") => {
                let item = match schema.get("items") {
                    Some(items) if items.is_object() => self.ty_of(items, &format!("{at}/items"), &format!("{hint}Item"))?,
                    _ => Ty::Any,
                };
                Ty::Array(Box::new(item), array_rules(schema))
            }
            Some("object") => match schema.get("additionalProperties") {
                Some(ap) if ap.as_object().is_some_and(|o| !o.is_empty()) => {
                    Ty::Map(Box::new(self.ty_of(ap, &format!("{at}/additionalProperties"), &format!("{hint}Value"))?))
                }
                _ => Ty::FreeObject,
            },
            Some(other) => {
                return Err(Error::Unsupported { at: self.doc.at(&format!("{at}/type")), what: format!("type `{other}`") });
            }
            None => Ty::Any,
        })
    }

    fn define_inline(&mut self, hint: &str, schema: &Value, at: &str) -> Result<String, Error> {
        if let Some(name) = self.by_pointer.get(at) {
            return Ok(name.clone());
        }
        let name = self.names.claim(type_item_name(hint));
        self.by_pointer.insert(at.to_string(), name.clone());
        self.define(name.clone(), None, schema, at)?;
        Ok(name)
    }

    /// Defines the named type `name` for the schema at `at`.
    pub fn define(&mut self, name: String, schema_name: Option<String>, schema: &Value, at: &str) -> Result<(), Error> {
        if let Some(single) = single_real_all_of(schema) {
            return self.define(name, schema_name, &single, at);
        }
        let nullable = nullable_named(self.root, schema, at);
        let without_null;
        let schema = if nullable {
            let mut copy = schema.clone();
            if let Some(m) = copy.as_object_mut() {
                m.remove("nullable");
            }
            without_null = copy;
            &without_null
        } else {
            schema
        };
        let doc = doc_of(schema);
        let kind = if schema.get("discriminator").is_some() && (schema.get("oneOf").is_some() || schema.get("anyOf").is_some()) {
            Kind::Tagged(tagged::tagged(self, &name, schema, at)?)
        } else if (schema.get("oneOf").is_some() || schema.get("anyOf").is_some()) && !(is_object_like(schema) && Alternatives::of(schema).is_some()) {
            if schema.get("properties").is_some() {
                self.warnings.push(Warning {
                    at: self.doc.at(at),
                    message: "properties beside oneOf/anyOf are not merged into the variants; each variant keeps its own".into(),
                });
            }
            Kind::Keyed(unions::keyed(self, &name, schema, at)?)
        } else if let Some(merged) = schema.get("allOf").and_then(|_| merged_non_object_all_of(self.root, schema, at)) {
            self.define(name.clone(), schema_name, &merged, at)?;
            // `null` was taken off before merging: the merged type still allows it at every use.
            if let Some(def) = self.types.get_mut(&name).filter(|_| nullable) {
                def.nullable = true;
            }
            return Ok(());
        } else if is_object_like(schema) {
            let flat = flatten(self, schema, at)?;
            Kind::Struct(self.build_struct(&name, &flat, &[])?)
        } else if let Some(values) = string_enum(schema).filter(|v| !v.is_empty()) {
            let mut taken = super::names::Taken::default();
            Kind::Enum(values.into_iter().map(|v| (taken.claim(type_name(&v)), v)).map(|(i, v)| (v, i)).collect())
        } else {
            match self.ty_of(schema, at, &name)? {
                ty @ Ty::String(_) if ty.has_rules() => Kind::Newtype(ty),
                ty @ Ty::Array(..) if ty.has_rules() => Kind::Newtype(ty),
                ty @ Ty::Bounded(..) => Kind::Newtype(ty),
                ty => Kind::Alias(ty),
            }
        };
        self.types.insert(name.clone(), TypeDef { name, schema_name, pointer: at.to_string(), doc, kind, nullable });
        Ok(())
    }

    /// A struct from a flattened object schema, leaving out the properties in `skip`.
    pub fn build_struct(&mut self, name: &str, flat: &Flat, skip: &[String]) -> Result<Struct, Error> {
        let mut out = Struct {
            closed: flat.allowed.is_some(),
            skip: skip.to_vec(),
            min_properties: flat.min_properties,
            max_properties: flat.max_properties,
            alternatives: flat.alternatives.clone(),
            ..Struct::default()
        };
        let mut idents = super::names::Taken::default();
        for (prop, schema, pointer) in &flat.props {
            if skip.contains(prop) {
                continue;
            }
            if let Some(allowed) = &flat.allowed {
                if !allowed.contains(prop) {
                    self.warnings.push(Warning {
                        at: self.doc.at(pointer),
                        message: format!("property `{prop}` is declared, but `additionalProperties: false` elsewhere in the allOf forbids it; left out"),
                    });
                    continue;
                }
            }
            let required = flat.required.contains(prop);
            let (resolved, _) = deref(self.root, schema, pointer);
            // `false` (normalized to `{not: {}}`): the property may not appear at all.
            if is_false_schema(resolved) {
                out.forbidden.push(prop.clone());
                continue;
            }
            if schema.get("$ref").is_none() {
                if let Some(value) = single_value(self.root, schema) {
                    let presence_ident = (!required).then(|| idents.claim(format!("has_{}", field_name(prop))));
                    out.consts.push(ConstProp { json: prop.clone(), value, required, presence_ident });
                    continue;
                }
            }
            let hint = format!("{name}{}", type_name(prop));
            let ty = self.ty_of(schema, pointer, &hint)?;
            out.fields.push(Field { json: prop.clone(), ident: idents.claim(field_name(prop)), ty, required, doc: doc_of(schema).or_else(|| doc_of(resolved)), boxed: false });
        }
        for r in &flat.required {
            if !flat.props.iter().any(|p| &p.0 == r) && !skip.contains(r) {
                // Required but undeclared: an open object must still carry it.
                let at = flat.props.first().map(|p| p.2.clone()).unwrap_or_default();
                self.warnings.push(Warning { at: self.doc.at(&at), message: format!("`{r}` is required but not declared in {name}; kept as any JSON value") });
                out.fields.push(Field { json: r.clone(), ident: idents.claim(field_name(r)), ty: Ty::Any, required: true, doc: None, boxed: false });
            }
        }
        if !out.closed {
            let ty = match &flat.additional {
                Some((schema, pointer)) => self.ty_of(schema, pointer, &format!("{name}Value"))?,
                None => Ty::Any,
            };
            out.extra = Some((idents.claim("additional_properties".to_string()), ty));
        }
        Ok(out)
    }
}

/// The pointer of a component schema.
pub fn component_pointer(name: &str) -> String {
    format!("/components/schemas/{}", escape_token(name))
}
