//! Passes that work on the document as a whole: operations, component names, version.

use std::collections::BTreeMap;

use heck::{ToLowerCamelCase, ToUpperCamelCase};
use serde_json::{json, Value};

use crate::error::{Error, Warning};
use crate::load::{escape_token, unescape_token, Document, Pointer};
use crate::model::HTTP_METHODS;
use crate::resolve::get;
use crate::walk::for_each_schema;

/// Pointers of every operation, in document order.
pub fn operation_pointers(root: &Value) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    if let Some(Value::Object(paths)) = root.get("paths") {
        for (path, item) in paths {
            let Value::Object(ops) = item else { continue };
            for method in HTTP_METHODS {
                if ops.contains_key(*method) {
                    out.push((format!("/paths/{}/{method}", escape_token(path)), path.clone(), method.to_string()));
                }
            }
        }
    }
    out
}

/// Every operation gets an operationId (made from method and path where the spec gives none),
/// and no two share one: the client's method names and the server's trait methods come from them.
pub fn operation_ids(root: &mut Value, doc: &Document, warnings: &mut Vec<Warning>) -> Result<(), Error> {
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (at, path, method) in operation_pointers(root) {
        let Some(op) = root.lookup_mut(&at).and_then(Value::as_object_mut) else { continue };
        let id = match op.get("operationId") {
            Some(Value::String(id)) if !id.trim().is_empty() => id.clone(),
            Some(_) => {
                return Err(Error::Invalid { at: doc.at(&format!("{at}/operationId")), message: "operationId must be a non-empty string".into() })
            }
            None => {
                let words: Vec<String> = path
                    .split('/')
                    .filter(|s| !s.is_empty())
                    .map(|s| s.trim_start_matches('{').trim_end_matches('}').to_string())
                    .collect();
                let id = format!("{method} {}", words.join(" ")).to_lower_camel_case();
                warnings.push(Warning { at: doc.at(&at), message: format!("operation has no operationId; named `{id}` from its method and path") });
                op.insert("operationId".into(), Value::String(id.clone()));
                id
            }
        };
        if let Some(first) = seen.get(&id) {
            return Err(Error::DuplicateOperationId { at: doc.at(&format!("{at}/operationId")), id, first: Box::new(doc.at(first)) });
        }
        seen.insert(id, format!("{at}/operationId"));
    }
    Ok(())
}

/// A JSON media type that documents a body (an `example`, `examples`) but no `schema` says nothing
/// of its shape: it is given `{}`, any JSON value, so that the body is carried as a JSON value and
/// its examples still round-trip. Each is a warning: the author may have forgotten the schema.
pub fn schemaless_media(root: &mut Value, doc: &Document, warnings: &mut Vec<Warning>) -> Result<(), Error> {
    let mut holders: Vec<String> = Vec::new();
    for (at, _, _) in operation_pointers(root) {
        holders.push(format!("{at}/requestBody"));
        if let Some(Value::Object(responses)) = root.lookup(&format!("{at}/responses")) {
            holders.extend(responses.keys().map(|status| format!("{at}/responses/{}", escape_token(status))));
        }
    }
    for section in ["requestBodies", "responses"] {
        if let Some(Value::Object(items)) = root.lookup(&format!("/components/{section}")) {
            holders.extend(items.keys().map(|name| format!("/components/{section}/{}", escape_token(name))));
        }
    }
    for holder in holders {
        let Some(Value::Object(content)) = root.lookup_mut(&format!("{holder}/content")) else { continue };
        for (ct, media) in content.iter_mut() {
            let Value::Object(media) = media else { continue };
            if media.contains_key("schema") || !ct.contains("json") {
                continue;
            }
            media.insert("schema".into(), json!({}));
            warnings.push(Warning {
                at: doc.at(&format!("{holder}/content/{}", escape_token(ct))),
                message: format!("`{ct}` documents no schema: the body is any JSON value (`serde_json::Value`)"),
            });
        }
    }
    Ok(())
}

/// Whether a schema needs a named type of its own (an object, a union, an enum), as opposed to
/// a primitive, an array of primitives or a reference, which progenitor can take inline.
fn needs_named_type(schema: &Value) -> bool {
    let Value::Object(map) = schema else { return false };
    if map.contains_key("$ref") {
        return false;
    }
    if ["properties", "allOf", "anyOf", "oneOf", "enum", "additionalProperties"].iter().any(|k| map.contains_key(*k)) {
        return true;
    }
    match map.get("type").and_then(Value::as_str) {
        Some("object") => true,
        Some("array") => map.get("items").is_some_and(needs_named_type),
        _ => false,
    }
}

/// Whether a body schema needs a name: every one but a reference, so that each body has a named
/// type (for the round trip, the examples and progenitor's replacements).
fn body_needs_name(schema: &Value) -> bool {
    schema.get("$ref").is_none()
}

/// Inline schemas of request bodies, responses and parameters move to `components/schemas` under
/// a name made from their operation, so that each has one definition shared by client and server.
pub fn hoist_operation_schemas(root: &mut Value, doc: &Document, warnings: &mut Vec<Warning>) -> Result<(), Error> {
    let mut moves: Vec<(String, String)> = Vec::new(); // (pointer of the schema, proposed name)
    for (at, _, _) in operation_pointers(root) {
        let op = get(root, &at).cloned().unwrap_or(Value::Null);
        let id = op.get("operationId").and_then(Value::as_str).unwrap_or_default().to_upper_camel_case();
        if let Some(Value::Object(content)) = op.lookup("/requestBody/content") {
            let several = content.len() > 1;
            for (ct, media) in content {
                if media.get("schema").is_some_and(body_needs_name) {
                    let suffix = if several { media_suffix(ct) } else { String::new() };
                    moves.push((format!("{at}/requestBody/content/{}/schema", escape_token(ct)), format!("{id}Request{suffix}")));
                }
            }
        }
        if let Some(Value::Object(responses)) = op.get("responses") {
            for (status, response) in responses {
                let Some(Value::Object(content)) = response.get("content") else { continue };
                let several = content.len() > 1;
                for (ct, media) in content {
                    if media.get("schema").is_some_and(body_needs_name) {
                        let suffix = if several { media_suffix(ct) } else { String::new() };
                        let status_word = status.to_upper_camel_case();
                        moves.push((
                            format!("{at}/responses/{}/content/{}/schema", escape_token(status), escape_token(ct)),
                            format!("{id}Response{status_word}{suffix}"),
                        ));
                    }
                }
            }
        }
        if let Some(Value::Array(params)) = op.get("parameters") {
            for (i, p) in params.iter().enumerate() {
                if p.get("schema").is_some_and(needs_named_type) {
                    let name = p.get("name").and_then(Value::as_str).unwrap_or("param").to_upper_camel_case();
                    moves.push((format!("{at}/parameters/{i}/schema"), format!("{id}{name}")));
                }
            }
        }
    }
    // Shared parameters: their schemas are named after the parameter component, so that the
    // client and the model agree on one type wherever the parameter is used.
    if let Some(Value::Object(params)) = root.lookup("/components/parameters") {
        for (name, p) in params {
            if p.get("schema").is_some_and(needs_named_type) {
                moves.push((format!("/components/parameters/{}/schema", escape_token(name)), format!("{}Parameter", name.to_upper_camel_case())));
            }
        }
    }
    for section in ["requestBodies", "responses"] {
        let Some(Value::Object(items)) = root.lookup(&format!("/components/{section}")).cloned() else { continue };
        for (name, item) in items {
            let Some(Value::Object(content)) = item.get("content") else { continue };
            for (ct, media) in content {
                if media.get("schema").is_some_and(body_needs_name) {
                    moves.push((
                        format!("/components/{section}/{}/content/{}/schema", escape_token(&name), escape_token(ct)),
                        format!("{}Body", name.to_upper_camel_case()),
                    ));
                }
            }
        }
    }
    for (pointer, proposed) in moves {
        let Some(schema) = root.lookup(&pointer).cloned() else { continue };
        let schemas = root
            .as_object_mut()
            .expect("the root is a mapping: load checked it")
            .entry("components")
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .map(|c| c.entry("schemas").or_insert_with(|| json!({})));
        let Some(Value::Object(schemas)) = schemas else { continue };
        let mut name = proposed.clone();
        let mut n = 2;
        while schemas.contains_key(&name) {
            name = format!("{proposed}{n}");
            n += 1;
        }
        if name != proposed {
            warnings.push(Warning {
                at: doc.at(&pointer),
                message: format!("inline schema named `{name}`: `{proposed}` is taken"),
            });
        }
        schemas.insert(name.clone(), schema);
        if let Some(slot) = root.lookup_mut(&pointer) {
            *slot = json!({ "$ref": format!("#/components/schemas/{}", escape_token(&name)) });
        }
    }
    Ok(())
}

fn root_pointer_mut<'a>(map: &'a mut serde_json::Map<String, Value>, pointer: &str) -> Option<&'a mut Value> {
    let (first, rest) = pointer.trim_start_matches('/').split_once('/')?;
    map.get_mut(unescape_token(first).as_ref())?.lookup_mut(&format!("/{rest}"))
}

fn media_suffix(content_type: &str) -> String {
    content_type.split(';').next().unwrap_or_default().rsplit('/').next().unwrap_or_default().to_upper_camel_case()
}

/// A discriminated union's members are named schemas, so that each tag value has a type to name
/// (and the implicit mapping a schema name): an inline member moves to `components/schemas`, named
/// after the component it is in and its tag value (or its position, without one).
pub fn hoist_discriminated_members(root: &mut Value, _doc: &Document, _warnings: &mut Vec<Warning>) -> Result<(), Error> {
    let mut moves: Vec<(String, String)> = Vec::new();
    for_each_schema(root, &mut |schema, at| {
        let Some(property) = schema.lookup("/discriminator/propertyName").and_then(Value::as_str).map(str::to_string) else { return };
        let owner = at
            .strip_prefix("/components/schemas/")
            .and_then(|rest| rest.split('/').next())
            .map(|name| unescape_token(name).to_upper_camel_case())
            .unwrap_or_else(|| "Union".to_string());
        for key in ["oneOf", "anyOf"] {
            let Some(Value::Array(members)) = schema.get(key) else { continue };
            for (i, member) in members.iter().enumerate() {
                if member.get("$ref").is_some() {
                    continue;
                }
                let tag = member.lookup(&format!("/properties/{}/enum", escape_token(&property))).and_then(Value::as_array).filter(|v| v.len() == 1);
                let suffix = match tag.and_then(|v| v[0].as_str()) {
                    Some(value) => value.to_upper_camel_case(),
                    None => format!("Variant{}", i + 1),
                };
                moves.push((format!("{at}/{key}/{i}"), format!("{owner}{suffix}")));
            }
        }
    });
    // Deepest first: a member inside another moves before the one that holds it.
    moves.sort_by_key(|(pointer, _)| std::cmp::Reverse(pointer.matches('/').count()));
    for (pointer, proposed) in moves {
        let Some(schema) = root.lookup_mut(&pointer).map(std::mem::take) else { continue };
        let name = claim_schema_name(root, &proposed);
        if let Some(Value::Object(schemas)) = root.lookup_mut("/components/schemas") {
            schemas.insert(name.clone(), schema);
        }
        if let Some(slot) = root.lookup_mut(&pointer) {
            *slot = json!({ "$ref": format!("#/components/schemas/{}", escape_token(&name)) });
        }
    }
    Ok(())
}

/// A name under `components/schemas` that is not taken: `proposed`, or with a number after it.
fn claim_schema_name(root: &mut Value, proposed: &str) -> String {
    let schemas = root
        .as_object_mut()
        .map(|r| r.entry("components").or_insert_with(|| json!({})))
        .and_then(Value::as_object_mut)
        .map(|c| c.entry("schemas").or_insert_with(|| json!({})));
    let Some(Value::Object(schemas)) = schemas else { return proposed.to_string() };
    let mut name = proposed.to_string();
    let mut n = 2;
    while schemas.contains_key(&name) {
        name = format!("{proposed}{n}");
        n += 1;
    }
    name
}

/// Every discriminator names its property, and every mapping value names a schema of the document
/// (written as a reference or, as OpenAPI also allows, as a bare schema name).
pub fn check_discriminators(root: &mut Value, doc: &Document, _warnings: &mut Vec<Warning>) -> Result<(), Error> {
    let schemas: std::collections::HashSet<String> =
        root.lookup("/components/schemas").and_then(Value::as_object).map(|m| m.keys().cloned().collect()).unwrap_or_default();
    let mut problem: Option<Error> = None;
    for_each_schema(root, &mut |schema, at| {
        if problem.is_some() {
            return;
        }
        let Some(discriminator) = schema.get_mut("discriminator") else { return };
        if discriminator.get("propertyName").and_then(Value::as_str).is_none() {
            problem = Some(Error::Invalid { at: doc.at(&format!("{at}/discriminator")), message: "discriminator has no propertyName".into() });
            return;
        }
        let Some(Value::Object(mapping)) = discriminator.get_mut("mapping") else { return };
        for (key, target) in mapping.iter_mut() {
            let at_key = format!("{at}/discriminator/mapping/{}", escape_token(key));
            let Some(text) = target.as_str().map(str::to_string) else {
                problem = Some(Error::Invalid { at: doc.at(&at_key), message: "a mapping value must be a string".into() });
                return;
            };
            let reference = if text.starts_with('#') { text.clone() } else { format!("#/components/schemas/{}", escape_token(&text)) };
            let found = crate::resolve::schema_name(&reference).is_some_and(|name| schemas.contains(&name));
            if !found {
                problem = Some(Error::BadMapping { at: doc.at(&at_key), key: key.clone(), target: text });
                return;
            }
            *target = Value::String(reference);
        }
    });
    problem.map_or(Ok(()), Err)
}

/// Says 3.0.3, and drops the 3.1-only top-level keys that 3.0 readers reject.
pub fn downgrade_version(root: &mut Value, doc: &Document, _warnings: &mut Vec<Warning>) -> Result<(), Error> {
    let version = root.get("openapi").and_then(Value::as_str).unwrap_or_default().to_string();
    if !(version.starts_with("3.0.") || version.starts_with("3.1.")) {
        let what = if root.get("swagger").is_some() {
            "Swagger 2.0 documents; convert to OpenAPI 3 first".to_string()
        } else {
            format!("`openapi: {version}`; expected 3.0.x or 3.1.x")
        };
        return Err(Error::Unsupported { at: doc.at("/openapi"), what });
    }
    let Some(map) = root.as_object_mut() else { return Ok(()) };
    map.insert("openapi".into(), Value::String("3.0.3".into()));
    map.remove("webhooks");
    map.remove("jsonSchemaDialect");
    map.entry("paths").or_insert_with(|| json!({}));
    // 3.1 makes an operation's `responses` optional; 3.0 readers require the object.
    let operations: Vec<String> = operation_pointers(&Value::Object(map.clone())).into_iter().map(|(at, _, _)| at).collect();
    for at in operations {
        if let Some(Value::Object(op)) = root_pointer_mut(map, &at) {
            op.entry("responses").or_insert_with(|| json!({}));
        }
    }
    if let Some(Value::Object(license)) = map.get_mut("info").and_then(|i| i.get_mut("license")) {
        license.remove("identifier");
    }
    if let Some(Value::Object(components)) = map.get_mut("components") {
        components.remove("pathItems");
    }
    Ok(())
}
