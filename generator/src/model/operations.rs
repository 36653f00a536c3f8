//! Operations: method, path, parameters, request body, responses and their headers, security.

use serde_json::Value;

use crate::error::{Error, Warning};
use crate::load::Pointer;
use crate::normalize::operation_pointers;
use crate::resolve::{deref, schema_name};

use super::names::{field_name, type_name, Taken};
use super::types::Ty;
use super::Ctx;

#[derive(Debug, Clone)]
pub struct Operation {
    pub id: String,
    /// snake_case, for Rust methods.
    pub fn_name: String,
    /// Upper case: `POST`.
    pub method: String,
    pub path: String,
    pub pointer: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub tags: Vec<String>,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub responses: Vec<Response>,
    /// Alternatives: any one requirement satisfied is enough; empty means no authentication.
    pub security: Vec<SecurityRequirement>,
    /// The documented examples, paired by name: a request example with the response example of the
    /// same name (the first status that has one), or a response example on its own.
    pub examples: Vec<OperationExample>,
    /// Where success statuses answer with different bodies (different schemas, or a body beside
    /// none): the enum, one variant per documented status, that the client returns instead of one
    /// type (progenitor takes one success type per operation). Chosen by the status, never by shape.
    pub success_by_status: Option<String>,
    /// Likewise for error statuses (4xx, 5xx, and `default` beside a success).
    pub error_by_status: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OperationExample {
    pub name: String,
    pub request: Option<Value>,
    /// The status of the response example, when there is one.
    pub status: Option<String>,
    pub response: Option<Value>,
}

impl Operation {
    /// Every scope any requirement names, sorted and deduplicated.
    pub fn scopes(&self) -> Vec<String> {
        let mut out: Vec<String> = self.security.iter().flat_map(|r| r.schemes.iter().flat_map(|(_, s)| s.clone())).collect();
        out.sort();
        out.dedup();
        out
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SecurityRequirement {
    /// Scheme name and the scopes it needs.
    pub schemes: Vec<(String, Vec<String>)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamIn {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub ident: String,
    pub location: ParamIn,
    pub required: bool,
    pub ty: Ty,
    pub doc: Option<String>,
    /// A documented value (`example`, the first of `examples`, or the schema's `example`).
    pub example: Option<Value>,
    /// For arrays: one `name=value` pair per item (`style: form`, the default for query
    /// parameters), rather than one comma-separated value.
    pub explode: bool,
}

#[derive(Debug, Clone)]
pub struct Body {
    pub content_type: String,
    /// The component schema's name.
    pub schema: String,
    pub ty: Ty,
    pub required: bool,
    /// A body made from the schema, valid against it, for sending where no example is documented.
    pub made: Option<Value>,
}

#[derive(Debug, Clone)]
pub struct Response {
    /// `"202"`, `"4XX"` or `"default"`.
    pub status: String,
    pub description: String,
    pub content_type: Option<String>,
    pub schema: Option<String>,
    pub ty: Option<Ty>,
    pub headers: Vec<HeaderDef>,
    /// Every media type the response documents, JSON or not.
    pub media: Vec<String>,
    /// A body made from the schema, valid against it, for an answer without a documented example.
    pub made: Option<Value>,
}

impl Response {
    /// A body is documented, but none of it is JSON (XML, an image, a stream).
    pub fn only_other_media(&self) -> bool {
        !self.media.is_empty() && self.content_type.is_none()
    }

    pub fn is_success(&self) -> bool {
        is_success_status(&self.status)
    }

    /// An error answer: 4xx, 5xx, or `default` where `has_success` (otherwise `default` may be either).
    pub fn is_error(&self, has_success: bool) -> bool {
        is_error_status(&self.status, has_success)
    }

    /// What the body is, for telling whether statuses answer alike: its type, or none, or not JSON.
    pub fn body_kind(&self) -> BodyKind {
        match (&self.ty, self.only_other_media()) {
            (Some(ty), _) => BodyKind::Json(ty.clone()),
            (None, true) => BodyKind::Other,
            (None, false) => BodyKind::Empty,
        }
    }
}

/// A documented status (`200`, `2XX`) of a success.
pub fn is_success_status(status: &str) -> bool {
    status.starts_with('2')
}

/// A documented status of an error: 4xx, 5xx, or `default` where the operation has a success
/// (otherwise `default` may be either).
pub fn is_error_status(status: &str, has_success: bool) -> bool {
    status.starts_with('4') || status.starts_with('5') || (status == "default" && has_success)
}

/// The body of one documented answer.
#[derive(Debug, Clone, PartialEq)]
pub enum BodyKind {
    Json(Ty),
    /// A media type that is not JSON: bytes.
    Other,
    Empty,
}

impl Operation {
    pub fn has_success(&self) -> bool {
        self.responses.iter().any(Response::is_success)
    }
}

/// Whether the answers of one class differ in their bodies, so that only the status can say which
/// type a body has.
fn differ(responses: &[&Response]) -> bool {
    let mut kinds: Vec<BodyKind> = Vec::new();
    for r in responses {
        let kind = r.body_kind();
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    kinds.len() > 1
}

#[derive(Debug, Clone)]
pub struct HeaderDef {
    /// As the spec writes it (`Location`, `x-request-id`).
    pub name: String,
    pub ident: String,
    pub required: bool,
    pub ty: Ty,
    pub doc: Option<String>,
    /// A documented value (`example`, the first of `examples`, or the schema's `example`).
    pub example: Option<Value>,
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

/// A documented value of a parameter or header: `example`, the first of `examples`, the schema's.
fn example_of(root: &Value, holder: &Value) -> Option<Value> {
    if let Some(v) = holder.get("example") {
        return Some(v.clone());
    }
    if let Some(Value::Object(examples)) = holder.get("examples") {
        let (first, _) = deref(root, examples.values().next()?, "");
        return first.get("value").cloned();
    }
    let (schema, _) = deref(root, holder.get("schema")?, "");
    schema.get("example").cloned().or_else(|| schema.get("default").cloned())
}

/// The named examples of a request body or response's JSON media type.
fn media_examples(root: &Value, holder: &Value) -> Vec<(String, Value)> {
    let Some(Value::Object(content)) = holder.get("content") else { return Vec::new() };
    let Some((_, media)) = json_media(content) else { return Vec::new() };
    let mut out = Vec::new();
    if let Some(Value::Object(examples)) = media.get("examples") {
        for (name, ex) in examples {
            let (ex, _) = deref(root, ex, "");
            if let Some(v) = ex.get("value") {
                out.push((name.clone(), v.clone()));
            }
        }
    }
    if let Some(v) = media.get("example") {
        out.push(("example".to_string(), v.clone()));
    }
    out
}

/// Pairs request and response examples by name; responses are searched in status order, successes first.
fn pair_examples(root: &Value, op: &Value) -> Vec<OperationExample> {
    let requests = op.get("requestBody").map(|rb| media_examples(root, deref(root, rb, "").0)).unwrap_or_default();
    let mut responses: Vec<(String, Vec<(String, Value)>)> = Vec::new();
    if let Some(Value::Object(map)) = op.get("responses") {
        for (status, r) in map {
            responses.push((status.clone(), media_examples(root, deref(root, r, "").0)));
        }
    }
    responses.sort_by_key(|(status, _)| (!status.starts_with('2'), status.clone()));
    let mut names: Vec<String> = requests.iter().map(|(n, _)| n.clone()).collect();
    for (_, list) in &responses {
        for (n, _) in list {
            if !names.contains(n) {
                names.push(n.clone());
            }
        }
    }
    names
        .into_iter()
        .map(|name| {
            let request = requests.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone());
            let found = responses.iter().find_map(|(status, list)| list.iter().find(|(n, _)| *n == name).map(|(_, v)| (status.clone(), v.clone())));
            OperationExample { name, request, status: found.as_ref().map(|f| f.0.clone()), response: found.map(|f| f.1) }
        })
        .collect()
}

pub fn build(ctx: &mut Ctx) -> Result<Vec<Operation>, Error> {
    let root = ctx.root;
    let global_security = root.get("security").cloned();
    let mut out = Vec::new();
    for (at, path, method) in operation_pointers(root) {
        let op = root.lookup(&at).cloned().unwrap_or_default();
        let id = text(&op, "operationId").unwrap_or_default();
        let item = root.lookup(&at[..at.rfind('/').unwrap_or(0)]).cloned().unwrap_or_default();
        let mut params = Vec::new();
        let mut idents = Taken::default();
        // The server's request struct holds the parameters beside `body` and `context`: a
        // parameter of either name takes another.
        idents.claim("body".to_string());
        idents.claim("context".to_string());
        // Path-item parameters apply unless the operation redefines the same name and location.
        let mut all: Vec<(Value, String)> = Vec::new();
        for (holder, holder_at) in [(&op, at.clone()), (&item, at[..at.rfind('/').unwrap_or(0)].to_string())] {
            if let Some(Value::Array(list)) = holder.get("parameters") {
                for (i, p) in list.iter().enumerate() {
                    let p_at = format!("{holder_at}/parameters/{i}");
                    let (p, p_at) = deref(root, p, &p_at);
                    let key = (text(p, "name"), text(p, "in"));
                    if !all.iter().any(|(q, _)| (text(q, "name"), text(q, "in")) == key) {
                        all.push((p.clone(), p_at));
                    }
                }
            }
        }
        for (p, p_at) in all {
            let name = text(&p, "name").unwrap_or_default();
            let location = match p.get("in").and_then(Value::as_str) {
                Some("path") => ParamIn::Path,
                Some("query") => ParamIn::Query,
                Some("header") => ParamIn::Header,
                Some("cookie") => {
                    ctx.warnings.push(Warning {
                        at: ctx.doc.at(&p_at),
                        message: format!(
                            "cookie parameter `{}` left out: neither the client (progenitor) nor the server stubs take cookie parameters",
                            text(&p, "name").unwrap_or_default()
                        ),
                    });
                    continue;
                }
                other => return Err(Error::Invalid { at: ctx.doc.at(&p_at), message: format!("parameter `in` must be path, query, header or cookie, found {other:?}") }),
            };
            if location == ParamIn::Header && !is_http_token(&name) {
                ctx.warnings.push(Warning { at: ctx.doc.at(&format!("{p_at}/name")), message: not_a_header_name(&name, "no request can carry it: the server finds it absent") });
            }
            let schema = p.get("schema").cloned().unwrap_or_default();
            let ty = ctx.ty_of(&schema, &format!("{p_at}/schema"), &format!("{}{}", type_name(&id), type_name(&name)))?;
            let required = location == ParamIn::Path || p.get("required") == Some(&Value::Bool(true));
            let form = p.get("style").and_then(Value::as_str).is_none_or(|s| s == "form");
            let explode = p.get("explode").and_then(Value::as_bool).unwrap_or(form && matches!(location, ParamIn::Query | ParamIn::Cookie));
            let example = example_of(root, &p).or_else(|| super::synth::synthesize(root, &schema));
            params.push(Param { ident: idents.claim(field_name(&name)), name, location, required, ty, doc: text(&p, "description"), example, explode });
        }
        let body = match op.get("requestBody") {
            Some(rb) => {
                let (rb, rb_at) = deref(root, rb, &format!("{at}/requestBody"));
                body(ctx, rb, &rb_at)?
            }
            None => None,
        };
        let mut responses = Vec::new();
        if let Some(Value::Object(map)) = op.get("responses") {
            for (status, r) in map {
                let (r, r_at) = deref(root, r, &format!("{at}/responses/{status}"));
                responses.push(response(ctx, status, r, &r_at)?);
            }
        }
        let security = match op.get("security").or(global_security.as_ref()) {
            Some(Value::Array(reqs)) => reqs
                .iter()
                .filter_map(Value::as_object)
                .map(|m| SecurityRequirement {
                    schemes: m
                        .iter()
                        .map(|(k, v)| (k.clone(), v.as_array().map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect()).unwrap_or_default()))
                        .collect(),
                })
                .collect(),
            _ => Vec::new(),
        };
        let has_success = responses.iter().any(Response::is_success);
        let camel = type_name(&id);
        let successes: Vec<&Response> = responses.iter().filter(|r| r.is_success()).collect();
        let errors: Vec<&Response> = responses.iter().filter(|r| r.is_error(has_success)).collect();
        let success_by_status = differ(&successes).then(|| format!("{camel}Response"));
        let error_by_status = differ(&errors).then(|| format!("{camel}Error"));
        out.push(Operation {
            success_by_status,
            error_by_status,
            fn_name: field_name(&id),
            id,
            method: method.to_uppercase(),
            path,
            pointer: at,
            summary: text(&op, "summary"),
            description: text(&op, "description"),
            tags: op.get("tags").and_then(Value::as_array).map(|t| t.iter().filter_map(Value::as_str).map(str::to_string).collect()).unwrap_or_default(),
            params,
            body,
            responses,
            security,
            examples: pair_examples(root, &op),
        });
    }
    Ok(out)
}

/// The JSON media type of a content map, preferring `application/json`.
fn json_media(content: &serde_json::Map<String, Value>) -> Option<(&String, &Value)> {
    content
        .iter()
        .find(|(ct, _)| ct.as_str() == "application/json")
        .or_else(|| content.iter().find(|(ct, _)| ct.contains("json")))
}

fn body(ctx: &mut Ctx, rb: &Value, at: &str) -> Result<Option<Body>, Error> {
    let Some(Value::Object(content)) = rb.get("content") else { return Ok(None) };
    let Some((ct, media)) = json_media(content) else {
        ctx.warnings.push(Warning { at: ctx.doc.at(at), message: "request body has no JSON media type; the operation is generated without a typed body".into() });
        return Ok(None);
    };
    let schema = media.get("schema").cloned().unwrap_or_default();
    let name = schema.get("$ref").and_then(Value::as_str).and_then(schema_name);
    let ty = ctx.ty_of(&schema, &format!("{at}/content/{}/schema", crate::load::escape_token(ct)), "RequestBody")?;
    // A body is a value: the client (progenitor) sends the named type itself, and a server takes
    // it, even where the schema also allows `null` (a bare `null` body is not sent).
    let ty = match ty {
        Ty::Nullable(inner) => *inner,
        other => other,
    };
    let Some(name) = name else {
        return Err(Error::Unsupported { at: ctx.doc.at(at), what: "a request body schema that is not a named schema after normalization".into() });
    };
    let made = super::synth::synthesize(ctx.root, &schema);
    Ok(Some(Body { content_type: ct.clone(), schema: name, ty, required: rb.get("required") == Some(&Value::Bool(true)), made }))
}

fn response(ctx: &mut Ctx, status: &str, r: &Value, at: &str) -> Result<Response, Error> {
    let mut out = Response {
        status: status.to_string(),
        description: text(r, "description").unwrap_or_default(),
        content_type: None,
        schema: None,
        ty: None,
        headers: Vec::new(),
        media: r.get("content").and_then(Value::as_object).map(|c| c.keys().cloned().collect()).unwrap_or_default(),
        made: None,
    };
    if let Some(Value::Object(content)) = r.get("content") {
        if let Some((ct, media)) = json_media(content) {
            out.content_type = Some(ct.clone());
            if let Some(schema) = media.get("schema") {
                out.schema = schema.get("$ref").and_then(Value::as_str).and_then(schema_name);
                let s_at = format!("{at}/content/{}/schema", crate::load::escape_token(ct));
                out.ty = Some(ctx.ty_of(schema, &s_at, &format!("Response{}", type_name(status)))?);
                out.made = super::synth::synthesize(ctx.root, schema);
            }
        }
    }
    if let Some(Value::Object(headers)) = r.get("headers") {
        let mut idents = Taken::default();
        // A response's variant holds its headers beside `status` (when the spec gives a range or
        // `default`) and `body`, and its answer arm passes `problem_body` on: a header of one of
        // these names takes another, as a parameter does beside the request's own fields.
        for reserved in ["body", "status", "problem_body"] {
            idents.claim(reserved.to_string());
        }
        for (name, h) in headers {
            let h_at = format!("{at}/headers/{}", crate::load::escape_token(name));
            if !is_http_token(name) {
                let message = not_a_header_name(name, "no answer can carry it: the server answers 500 where a value is given");
                ctx.warnings.push(Warning { at: ctx.doc.at(&h_at), message });
            }
            let (h, h_at) = deref(ctx.root, h, &h_at);
            let h = h.clone();
            let schema = h.get("schema").cloned().unwrap_or_default();
            let ty = ctx.ty_of(&schema, &format!("{h_at}/schema"), &format!("{}Header", type_name(name)))?;
            out.headers.push(HeaderDef {
                ident: idents.claim(field_name(name)),
                name: name.clone(),
                required: h.get("required") == Some(&Value::Bool(true)),
                ty,
                doc: text(&h, "description"),
                example: example_of(ctx.root, &h).or_else(|| super::synth::synthesize(ctx.root, &schema)),
            });
        }
    }
    Ok(out)
}

/// Whether `name` is an HTTP token (RFC 9110, section 5.6.2), as a header's name must be.
pub fn is_http_token(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// The warning for a header whose name no HTTP message can hold.
fn not_a_header_name(name: &str, consequence: &str) -> String {
    format!("header name {name:?} is not an HTTP token (RFC 9110, section 5.6.2); {consequence}")
}
