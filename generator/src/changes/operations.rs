//! Operation changes: operations paired by operationId (else by method and path), then their
//! parameters, bodies, statuses, security and examples; the document's security schemes and
//! servers. Schemas the operations reach are handed to [`super::schemas`].

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::schemas::{Pair, Place, Reach, Walker};
use super::{decide, Cx, Side};
use crate::load::{escape_token, Pointer};
use crate::model::{Operation, Param, ParamIn};
use crate::resolve::deref;
use crate::Analyzed;

/// `POST /me/authentication-methods`.
pub fn label(op: &Operation) -> String {
    format!("{} {}", op.method, op.path)
}

fn location(p: ParamIn) -> &'static str {
    match p {
        ParamIn::Path => "path",
        ParamIn::Query => "query",
        ParamIn::Header => "header",
        ParamIn::Cookie => "cookie",
    }
}

/// Where a parameter is defined: in the operation, else in its path item (references followed).
fn param_pointer(a: &Analyzed, op: &Operation, p: &Param) -> String {
    let root = &a.normalized;
    let item = &op.pointer[..op.pointer.rfind('/').unwrap_or(0)];
    for holder in [op.pointer.as_str(), item] {
        let Some(Value::Array(list)) = root.lookup(&format!("{holder}/parameters")) else { continue };
        for (i, q) in list.iter().enumerate() {
            let (q, at) = deref(root, q, &format!("{holder}/parameters/{i}"));
            if q.get("name").and_then(Value::as_str) == Some(&p.name) && q.get("in").and_then(Value::as_str) == Some(location(p.location)) {
                return at;
            }
        }
    }
    format!("{}/parameters", op.pointer)
}

/// Pairs the operations, reports their changes, and returns the schema pairs they reach.
pub fn compare(cx: &mut Cx) -> BTreeMap<Pair, Reach> {
    let (old, new) = (cx.old, cx.new);
    let mut seeds: BTreeMap<Pair, Reach> = BTreeMap::new();
    let mut paired_new = BTreeSet::new();
    let none = BTreeSet::new();
    for o in &old.api.operations {
        let by_id = new.api.operations.iter().position(|n| !o.id.is_empty() && n.id == o.id);
        let by_place = || new.api.operations.iter().position(|n| n.method == o.method && n.path == o.path);
        let Some(i) = by_id.or_else(by_place).filter(|i| !paired_new.contains(i)) else {
            cx.push("operation-removed", &[], &label(o), format!("operation `{}` removed", o.id), (Some(&o.pointer), None), &none);
            continue;
        };
        paired_new.insert(i);
        let n = &new.api.operations[i];
        let ctx = label(n);
        if o.id != n.id {
            cx.push("operation-id-changed", &[], &ctx, format!("operationId `{}` is now `{}`", o.id, n.id), (Some(&o.pointer), Some(&n.pointer)), &none);
        }
        if o.method != n.method || o.path != n.path {
            cx.push("operation-path-changed", &[], &ctx, format!("`{}` was at `{}`", o.id, label(o)), (Some(&o.pointer), Some(&n.pointer)), &none);
        }
        let via: BTreeSet<String> = [ctx.clone()].into();
        let mut w = Walker { cx, report: true, found: Vec::new() };
        params(&mut w, o, n, &ctx, &via);
        bodies(&mut w, o, n, &ctx, &via);
        let found_request = std::mem::take(&mut w.found);
        responses(&mut w, o, n, &ctx, &via);
        let found_response = std::mem::take(&mut w.found);
        for (found, side) in [(found_request, Side::Request), (found_response, Side::Response)] {
            for pair in found {
                let r = seeds.entry(pair).or_default();
                r.sides.insert(side);
                r.via.insert(ctx.clone());
            }
        }
        security(cx, o, n, &ctx);
        examples(cx, o, n, &ctx);
        decide::examples(cx, o, n, &ctx);
    }
    for (i, n) in new.api.operations.iter().enumerate() {
        if !paired_new.contains(&i) {
            cx.push("operation-added", &[], &label(n), format!("operation `{}` added", n.id), (None, Some(&n.pointer)), &none);
        }
    }
    schemes(cx);
    servers(cx);
    seeds
}

fn params(w: &mut Walker, o: &Operation, n: &Operation, ctx: &str, via: &BTreeSet<String>) {
    let (old, new) = (w.cx.old, w.cx.new);
    let key = |p: &Param| (p.name.clone(), p.location);
    let none = BTreeSet::new();
    for p in o.params.iter().filter(|p| !n.params.iter().any(|q| key(q) == key(p))) {
        w.cx.push("parameter-removed", &[], ctx, format!("{} parameter `{}` removed", location(p.location), p.name), (Some(&param_pointer(old, o, p)), None), &none);
    }
    for q in n.params.iter().filter(|q| !o.params.iter().any(|p| key(q) == key(p))) {
        let id = if q.required { "parameter-added-required" } else { "parameter-added-optional" };
        let kind = if q.required { "required" } else { "optional" };
        w.cx.push(id, &[], ctx, format!("{kind} {} parameter `{}` added", location(q.location), q.name), (None, Some(&param_pointer(new, n, q))), &none);
    }
    for p in &o.params {
        let Some(q) = n.params.iter().find(|q| key(q) == key(p)) else { continue };
        let (po, pn) = (param_pointer(old, o, p), param_pointer(new, n, q));
        match (p.required, q.required) {
            (false, true) => w.cx.push("parameter-made-required", &[], ctx, format!("parameter `{}` is now required", p.name), (Some(&po), Some(&pn)), &none),
            (true, false) => w.cx.push("parameter-made-optional", &[], ctx, format!("parameter `{}` is now optional", p.name), (Some(&po), Some(&pn)), &none),
            _ => {}
        }
        let subject = format!("parameter `{}`", p.name);
        let at = Place { sides: &[Side::Request], context: ctx, old: format!("{po}/schema"), new: format!("{pn}/schema"), via, subject };
        w.ty(&p.ty, &q.ty, &at);
    }
    // Positional arguments follow the document's order: the parameters both sides have.
    let common = |a: &Operation, b: &Operation| a.params.iter().filter(|p| b.params.iter().any(|q| key(q) == key(p))).map(key).collect::<Vec<_>>();
    if common(o, n) != common(n, o) {
        let names = |a: &Operation, b: &Operation| common(a, b).into_iter().map(|(n, _)| n).collect::<Vec<_>>().join(", ");
        w.cx.push("parameter-reordered", &[], ctx, format!("parameters were ({}), now ({})", names(o, n), names(n, o)), (Some(&format!("{}/parameters", o.pointer)), Some(&format!("{}/parameters", n.pointer))), &none);
    }
}

fn bodies(w: &mut Walker, o: &Operation, n: &Operation, ctx: &str, via: &BTreeSet<String>) {
    let none = BTreeSet::new();
    let (po, pn) = (format!("{}/requestBody", o.pointer), format!("{}/requestBody", n.pointer));
    match (&o.body, &n.body) {
        (None, Some(b)) => {
            let kind = if b.required { "required" } else { "optional" };
            w.cx.push("request-body-added", &[], ctx, format!("{kind} request body `{}` added", b.schema), (None, Some(&pn)), &none);
        }
        (Some(a), None) => w.cx.push("request-body-removed", &[], ctx, format!("request body `{}` removed", a.schema), (Some(&po), None), &none),
        (Some(a), Some(b)) => {
            match (a.required, b.required) {
                (false, true) => w.cx.push("request-body-made-required", &[], ctx, "the request body is now required".into(), (Some(&po), Some(&pn)), &none),
                (true, false) => w.cx.push("request-body-made-optional", &[], ctx, "the request body is now optional".into(), (Some(&po), Some(&pn)), &none),
                _ => {}
            }
            if a.content_type != b.content_type {
                w.cx.push("media-type-changed", &[], ctx, format!("request body `{}` is now `{}`", a.content_type, b.content_type), (Some(&po), Some(&pn)), &none);
            }
            let (so, sn) = (schema_at(&po, &a.content_type), schema_at(&pn, &b.content_type));
            let at = Place { sides: &[Side::Request], context: ctx, old: so, new: sn, via, subject: "request body".into() };
            w.ty(&a.ty, &b.ty, &at);
        }
        (None, None) => {}
    }
}

fn schema_at(holder: &str, content_type: &str) -> String {
    format!("{holder}/content/{}/schema", escape_token(content_type))
}

fn responses(w: &mut Walker, o: &Operation, n: &Operation, ctx: &str, via: &BTreeSet<String>) {
    let none = BTreeSet::new();
    let at = |op: &Operation, status: &str| format!("{}/responses/{}", op.pointer, escape_token(status));
    for r in o.responses.iter().filter(|r| !n.responses.iter().any(|s| s.status == r.status)) {
        let id = if r.is_success() { "success-status-removed" } else { "error-status-removed" };
        w.cx.push(id, &[], ctx, format!("status {} removed", r.status), (Some(&at(o, &r.status)), None), &none);
    }
    for s in n.responses.iter().filter(|s| !o.responses.iter().any(|r| s.status == r.status)) {
        let id = if s.is_success() { "success-status-added" } else { "error-status-added" };
        w.cx.push(id, &[], ctx, format!("status {} added", s.status), (None, Some(&at(n, &s.status))), &none);
    }
    for r in &o.responses {
        let Some(s) = n.responses.iter().find(|s| s.status == r.status) else { continue };
        let (po, pn) = (at(o, &r.status), at(n, &s.status));
        match (&r.ty, &s.ty) {
            (None, Some(_)) => w.cx.push("response-body-added", &[], ctx, format!("status {} now has a body", s.status), (Some(&po), Some(&pn)), &none),
            (Some(_), None) => w.cx.push("response-body-removed", &[], ctx, format!("status {} no longer has a body", r.status), (Some(&po), Some(&pn)), &none),
            (Some(a), Some(b)) => {
                let (ca, cb) = (r.content_type.clone().unwrap_or_default(), s.content_type.clone().unwrap_or_default());
                if ca != cb {
                    w.cx.push("media-type-changed", &[], ctx, format!("status {} answers `{cb}`, not `{ca}`", s.status), (Some(&po), Some(&pn)), &none);
                }
                let subject = format!("status {} body", s.status);
                let place = Place { sides: &[Side::Response], context: ctx, old: schema_at(&po, &ca), new: schema_at(&pn, &cb), via, subject };
                w.ty(a, b, &place);
            }
            (None, None) => {}
        }
    }
}

/// Requirements are alternatives (any one is enough), matched by the set of schemes they name.
fn security(cx: &mut Cx, o: &Operation, n: &Operation, ctx: &str) {
    let none = BTreeSet::new();
    let (po, pn) = (format!("{}/security", o.pointer), format!("{}/security", n.pointer));
    let names = |r: &crate::model::SecurityRequirement| r.schemes.iter().map(|(s, _)| s.clone()).collect::<BTreeSet<_>>();
    let show = |r: &crate::model::SecurityRequirement| names(r).into_iter().collect::<Vec<_>>().join(" + ");
    match (o.security.is_empty(), n.security.is_empty()) {
        (true, true) => return,
        (true, false) => {
            let list = n.security.iter().map(show).collect::<Vec<_>>().join(" or ");
            cx.push("security-added", &[], ctx, format!("now requires {list}"), (None, Some(&pn)), &none);
            return;
        }
        (false, true) => {
            cx.push("security-removed", &[], ctx, "no longer requires authentication".into(), (Some(&po), None), &none);
            return;
        }
        _ => {}
    }
    for r in o.security.iter().filter(|r| !n.security.iter().any(|s| names(s) == names(r))) {
        cx.push("security-requirement-removed", &[], ctx, format!("{} no longer accepted", show(r)), (Some(&po), Some(&pn)), &none);
    }
    for s in n.security.iter().filter(|s| !o.security.iter().any(|r| names(s) == names(r))) {
        cx.push("security-requirement-added", &[], ctx, format!("{} now accepted", show(s)), (Some(&po), Some(&pn)), &none);
    }
    for r in &o.security {
        let Some(s) = n.security.iter().find(|s| names(s) == names(r)) else { continue };
        for (scheme, scopes) in &r.schemes {
            let new_scopes = s.schemes.iter().find(|(k, _)| k == scheme).map(|(_, v)| v.clone()).unwrap_or_default();
            for scope in new_scopes.iter().filter(|x| !scopes.contains(x)) {
                cx.push("scope-added", &[], ctx, format!("{scheme} now needs scope `{scope}`"), (Some(&po), Some(&pn)), &none);
            }
            for scope in scopes.iter().filter(|x| !new_scopes.contains(x)) {
                cx.push("scope-removed", &[], ctx, format!("{scheme} no longer needs scope `{scope}`"), (Some(&po), Some(&pn)), &none);
            }
        }
    }
}

fn examples(cx: &mut Cx, o: &Operation, n: &Operation, ctx: &str) {
    let none = BTreeSet::new();
    for e in o.examples.iter().filter(|e| !n.examples.iter().any(|f| f.name == e.name)) {
        cx.push("example-removed", &[], ctx, format!("example `{}` removed", e.name), (Some(&o.pointer), None), &none);
    }
    for f in n.examples.iter().filter(|f| !o.examples.iter().any(|e| f.name == e.name)) {
        cx.push("example-added", &[], ctx, format!("example `{}` added", f.name), (None, Some(&n.pointer)), &none);
    }
    for e in &o.examples {
        if let Some(f) = n.examples.iter().find(|f| f.name == e.name) {
            if e != f {
                cx.push("example-changed", &[], ctx, format!("example `{}` changed", e.name), (Some(&o.pointer), Some(&n.pointer)), &none);
            }
        }
    }
}

/// `components/securitySchemes`, compared without their descriptions.
fn schemes(cx: &mut Cx) {
    let none = BTreeSet::new();
    let read = |a: &Analyzed| -> BTreeMap<String, Value> {
        let Some(Value::Object(map)) = a.normalized.lookup("/components/securitySchemes") else { return BTreeMap::new() };
        map.iter()
            .map(|(k, v)| {
                let (v, _) = deref(&a.normalized, v, "");
                let mut v = v.clone();
                strip_descriptions(&mut v);
                (k.clone(), v)
            })
            .collect()
    };
    let (old, new) = (read(cx.old), read(cx.new));
    let at = |k: &str| format!("/components/securitySchemes/{}", escape_token(k));
    for k in old.keys().filter(|k| !new.contains_key(*k)) {
        cx.push("security-scheme-removed", &[], "security", format!("scheme `{k}` removed"), (Some(&at(k)), None), &none);
    }
    for k in new.keys().filter(|k| !old.contains_key(*k)) {
        cx.push("security-scheme-added", &[], "security", format!("scheme `{k}` added"), (None, Some(&at(k))), &none);
    }
    for (k, v) in &old {
        if new.get(k).is_some_and(|w| w != v) {
            cx.push("security-scheme-changed", &[], "security", format!("scheme `{k}` changed"), (Some(&at(k)), Some(&at(k))), &none);
        }
    }
}

fn strip_descriptions(v: &mut Value) {
    if let Value::Object(map) = v {
        map.remove("description");
        map.values_mut().for_each(strip_descriptions);
    }
}

fn servers(cx: &mut Cx) {
    let none = BTreeSet::new();
    let urls = |a: &Analyzed| -> Vec<String> {
        a.normalized.get("servers").and_then(Value::as_array).map(|s| s.iter().filter_map(|s| s.get("url")?.as_str().map(str::to_string)).collect()).unwrap_or_default()
    };
    let (old, new) = (urls(cx.old), urls(cx.new));
    if old.first() != new.first() {
        let show = |u: Option<&String>| u.map_or_else(|| "none".to_string(), |u| format!("`{u}`"));
        cx.push("server-url-changed", &[], "servers", format!("{} is now {}", show(old.first()), show(new.first())), (Some("/servers/0"), Some("/servers/0")), &none);
    }
    for (i, u) in old.iter().enumerate().skip(1) {
        if !new.contains(u) {
            cx.push("server-removed", &[], "servers", format!("server `{u}` removed"), (Some(&format!("/servers/{i}")), None), &none);
        }
    }
    for (i, u) in new.iter().enumerate() {
        if !old.contains(u) && i > 0 {
            cx.push("server-added", &[], "servers", format!("server `{u}` added"), (None, Some(&format!("/servers/{i}"))), &none);
        }
    }
}
