//! Stage 4, model: the normalized document as typed Rust-facing facts: named types and, per
//! operation, its method, path, parameters, body, responses with headers, and scopes.

mod flatten;
mod intersect;
pub mod names;
mod operations;
pub mod pattern_sample;
mod schema;
pub mod synth;
mod tagged;
pub mod types;
mod unions;

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use crate::error::{Error, Warning};
use crate::load::{Document, Pointer};

pub use operations::{is_error_status, is_http_token, is_success_status, Body, BodyKind, HeaderDef, Operation, OperationExample, Param, ParamIn, Response, SecurityRequirement};
pub use types::*;

pub const HTTP_METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// Everything emit needs about one spec.
#[derive(Debug, Clone)]
pub struct Api {
    /// The spec file, relative to the workspace root.
    pub file: String,
    /// The Rust module the spec's code lives in, from the file name (`pet-store.yaml` -> `pet_store`).
    pub module: String,
    pub title: String,
    pub version: String,
    pub description: Option<String>,
    /// The path of the first server URL (`https://{host}/me/v1` -> `/me/v1`), where the API is mounted.
    pub base_path: String,
    /// The first server URL with its variables at their defaults.
    pub default_server: Option<String>,
    /// Named types, by Rust name.
    pub types: BTreeMap<String, TypeDef>,
    /// Component schema name -> Rust type name.
    pub components: BTreeMap<String, String>,
    pub operations: Vec<Operation>,
    /// The spec's tags, in its order, with their descriptions.
    pub tags: Vec<(String, Option<String>)>,
}

/// What the model stage reads and builds as it goes.
pub struct Ctx<'a> {
    pub root: &'a Value,
    pub doc: &'a Document<'a>,
    pub warnings: &'a mut Vec<Warning>,
    pub types: BTreeMap<String, TypeDef>,
    pub names: names::Taken,
    pub components: BTreeMap<String, String>,
    /// Inline schemas already given a type, by pointer, so each gets exactly one.
    pub by_pointer: HashMap<String, String>,
}

/// Builds the model of a normalized document.
pub fn build(doc: &Document, root: &Value, warnings: &mut Vec<Warning>) -> Result<Api, Error> {
    let mut ctx = Ctx {
        root,
        doc,
        warnings,
        types: BTreeMap::new(),
        names: names::Taken::default(),
        components: BTreeMap::new(),
        by_pointer: HashMap::new(),
    };
    let schemas: Vec<(String, Value)> = match root.lookup("/components/schemas") {
        Some(Value::Object(map)) => map.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        _ => Vec::new(),
    };
    // Names first, all of them, so that references resolve whatever the order of definition.
    let mut sorted: Vec<&String> = schemas.iter().map(|(k, _)| k).collect();
    sorted.sort();
    for name in sorted {
        let wanted = names::type_item_name(name);
        let rust = ctx.names.claim(wanted.clone());
        if rust != wanted {
            ctx.warnings.push(Warning {
                at: doc.at(&schema::component_pointer(name)),
                message: format!("schema `{name}` is named `{rust}` in Rust: another schema already maps to `{wanted}`"),
            });
        }
        ctx.components.insert(name.clone(), rust);
    }
    for (name, schema) in &schemas {
        let rust = ctx.components[name].clone();
        let at = schema::component_pointer(name);
        ctx.by_pointer.insert(at.clone(), rust.clone());
        ctx.define(rust, Some(name.clone()), schema, &at)?;
    }
    box_recursive_fields(&mut ctx.types);
    let operations = operations::build(&mut ctx)?;
    let info = root.get("info").cloned().unwrap_or_default();
    let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let server = root.lookup("/servers/0").cloned();
    let default_server = server.as_ref().and_then(|s| {
        let mut url = s.get("url")?.as_str()?.to_string();
        if let Some(Value::Object(vars)) = s.get("variables") {
            for (k, v) in vars {
                if let Some(d) = v.get("default").and_then(Value::as_str) {
                    url = url.replace(&format!("{{{k}}}"), d);
                }
            }
        }
        Some(url)
    });
    Ok(Api {
        file: doc.file.clone(),
        module: module_name(&doc.file),
        title: text(&info, "title").unwrap_or_else(|| "API".into()),
        version: text(&info, "version").unwrap_or_default(),
        description: text(&info, "description"),
        base_path: default_server.as_deref().map(url_path).unwrap_or_default(),
        default_server,
        types: ctx.types,
        components: ctx.components,
        operations,
        tags: root
            .get("tags")
            .and_then(Value::as_array)
            .map(|tags| {
                tags.iter()
                    .filter_map(|t| Some((t.get("name")?.as_str()?.to_string(), t.get("description").and_then(Value::as_str).map(str::to_string))))
                    .collect()
            })
            .unwrap_or_default(),
    })
}

/// `openapi/pet-store.yaml` -> `pet_store`.
pub fn module_name(file: &str) -> String {
    let stem = file.rsplit('/').next().unwrap_or(file);
    let stem = stem.split('.').next().unwrap_or(stem);
    names::field_name(stem)
}

/// The path part of a URL, without a trailing slash: `https://h/me/v1/` -> `/me/v1`.
fn url_path(url: &str) -> String {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let path = rest.find('/').map(|i| &rest[i..]).unwrap_or("");
    path.trim_end_matches('/').to_string()
}

/// The named types a value of `ty` holds inline (not behind a `Vec` or a map).
fn inline_names(ty: &Ty) -> Option<&str> {
    match ty {
        Ty::Named(n) => Some(n),
        Ty::Nullable(inner) => inline_names(inner),
        _ => None,
    }
}

/// Whether a value of type `from` holds a value of type `target` inline, at any depth.
fn holds_inline(types: &BTreeMap<String, TypeDef>, from: &str, target: &str, seen: &mut Vec<String>) -> bool {
    if from == target {
        return true;
    }
    if seen.iter().any(|s| s == from) {
        return false;
    }
    seen.push(from.to_string());
    let next: Vec<String> = match types.get(from).map(|t| &t.kind) {
        Some(Kind::Struct(s)) => s.fields.iter().filter(|f| !f.boxed).filter_map(|f| inline_names(&f.ty)).map(str::to_string).collect(),
        Some(Kind::Tagged(t)) => t.variants.iter().map(|v| v.payload.clone()).collect(),
        Some(Kind::Keyed(k)) => k.variants.iter().filter_map(|v| inline_names(&v.payload)).map(str::to_string).collect(),
        Some(Kind::Alias(ty) | Kind::Newtype(ty)) => inline_names(ty).map(str::to_string).into_iter().collect(),
        _ => Vec::new(),
    };
    next.iter().any(|n| holds_inline(types, n, target, seen))
}

/// A struct field whose type holds the struct itself inline would make the type infinitely large:
/// such fields are boxed. (Through a `Vec` or a map, recursion needs no box.)
fn box_recursive_fields(types: &mut BTreeMap<String, TypeDef>) {
    let names: Vec<String> = types.keys().cloned().collect();
    for owner in names {
        let Some(Kind::Struct(s)) = types.get(&owner).map(|t| t.kind.clone()) else { continue };
        for (i, field) in s.fields.iter().enumerate() {
            let Some(inner) = inline_names(&field.ty) else { continue };
            if holds_inline(types, inner, &owner, &mut Vec::new()) {
                if let Some(Kind::Struct(s)) = types.get_mut(&owner).map(|t| &mut t.kind) {
                    s.fields[i].boxed = true;
                }
            }
        }
    }
}
