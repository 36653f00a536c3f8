//! Documented examples decided by both versions of the types: where the old document's example
//! lands in another variant of an untagged union under the new one, readers take another branch.
//! The choice follows the generated decoder's rule (`runtime::unions::choose_variant`): JSON type,
//! then tags held, then required keys present (and, for closed members, no others), then the most
//! tags, the most required keys, the most known keys, the first.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{Cx, Side};
use crate::model::{json_type, Api, KeyedVariant, Kind, Operation, Ty};

fn type_bit(v: &Value) -> u8 {
    match v {
        Value::Null => json_type::NULL,
        Value::Bool(_) => json_type::BOOLEAN,
        Value::Number(n) if n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0) => json_type::INTEGER | json_type::NUMBER,
        Value::Number(_) => json_type::NUMBER,
        Value::String(_) => json_type::STRING,
        Value::Array(_) => json_type::ARRAY,
        Value::Object(_) => json_type::OBJECT,
    }
}

fn tag_matches(want: &Value, got: &Value) -> bool {
    match (want, got) {
        (Value::Number(a), Value::Number(b)) => a.as_f64() == b.as_f64(),
        _ => want == got,
    }
}

/// The variant the generated decoder takes for `v`, when one takes it.
pub fn choose(v: &Value, variants: &[KeyedVariant]) -> Option<usize> {
    let bit = type_bit(v);
    let Value::Object(obj) = v else {
        return variants.iter().position(|s| s.types & bit != 0);
    };
    variants
        .iter()
        .enumerate()
        .filter(|(_, s)| s.types & bit != 0)
        .filter_map(|(i, s)| {
            let mut matched = 0;
            for (key, want) in &s.tags {
                match obj.get(key) {
                    Some(got) if tag_matches(want, got) => matched += 1,
                    Some(_) => return None,
                    None => {}
                }
            }
            if s.required.iter().any(|r| !obj.contains_key(r)) || (s.closed && obj.keys().any(|k| !s.known.contains(k))) {
                return None;
            }
            let known = obj.keys().filter(|k| s.known.contains(k)).count();
            Some((i, (matched, s.required.len(), known, std::cmp::Reverse(i))))
        })
        .max_by_key(|(_, key)| *key)
        .map(|(i, _)| i)
}

struct Walk<'a> {
    old: &'a Api,
    new: &'a Api,
    /// (where in the value, old variant, new variant, old pointer, new pointer)
    moved: Vec<(String, String, String, String, String)>,
    seen: BTreeSet<(String, String, String)>,
}

impl Walk<'_> {
    fn value(&mut self, v: &Value, o: &Ty, n: &Ty, at: &str) {
        match (o, n) {
            (Ty::Nullable(a), b) => self.value(v, a, b, at),
            (a, Ty::Nullable(b)) => self.value(v, a, b, at),
            (Ty::Array(a, _), Ty::Array(b, _)) => {
                for (i, item) in v.as_array().into_iter().flatten().enumerate() {
                    self.value(item, a, b, &format!("{at}/{i}"));
                }
            }
            (Ty::Map(a), Ty::Map(b)) => {
                for (k, item) in v.as_object().into_iter().flatten() {
                    self.value(item, a, b, &format!("{at}/{k}"));
                }
            }
            (Ty::Named(a), Ty::Named(b)) => self.named(v, a, b, at),
            _ => {}
        }
    }

    fn named(&mut self, v: &Value, a: &str, b: &str, at: &str) {
        // A recursive type meets the same value place once.
        if !self.seen.insert((a.to_string(), b.to_string(), at.to_string())) {
            return;
        }
        let (Some(x), Some(y)) = (self.old.types.get(a), self.new.types.get(b)) else { return };
        match (&x.kind, &y.kind) {
            (Kind::Struct(s), Kind::Struct(t)) => {
                for f in &s.fields {
                    if let (Some(item), Some(g)) = (v.get(&f.json), t.fields.iter().find(|g| g.json == f.json)) {
                        self.value(item, &f.ty, &g.ty, &format!("{at}/{}", f.json));
                    }
                }
            }
            (Kind::Newtype(p) | Kind::Alias(p), Kind::Newtype(q) | Kind::Alias(q)) => self.value(v, p, q, at),
            (Kind::Tagged(s), Kind::Tagged(t)) => {
                let Some(key) = v.get(&s.property).and_then(Value::as_str) else { return };
                let (Some(p), Some(q)) = (s.variants.iter().find(|x| x.key == key), t.variants.iter().find(|x| x.key == key)) else { return };
                self.named(v, &p.payload.clone(), &q.payload.clone(), at);
            }
            (Kind::Keyed(s), Kind::Keyed(t)) => {
                let (Some(i), Some(j)) = (choose(v, &s.variants), choose(v, &t.variants)) else { return };
                let (p, q) = (&s.variants[i], &t.variants[j]);
                if p.stands_for != q.stands_for {
                    self.moved.push((at.to_string(), p.stands_for.join(" or "), q.stands_for.join(" or "), x.pointer.clone(), y.pointer.clone()));
                } else {
                    let (pp, qp) = (p.payload.clone(), q.payload.clone());
                    self.value(v, &pp, &qp, at);
                }
            }
            _ => {}
        }
    }
}

/// Every example of the old operation, request and response, walked through both versions.
pub fn examples(cx: &mut Cx, o: &Operation, n: &Operation, ctx: &str) {
    let mut found = Vec::new();
    for e in &o.examples {
        let mut walks: Vec<(&Value, Ty, Ty, Side, &str)> = Vec::new();
        if let (Some(v), Some(a), Some(b)) = (&e.request, &o.body, &n.body) {
            walks.push((v, a.ty.clone(), b.ty.clone(), Side::Request, "request"));
        }
        if let (Some(v), Some(status)) = (&e.response, &e.status) {
            let ty = |op: &Operation| op.responses.iter().find(|r| &r.status == status).and_then(|r| r.ty.clone());
            if let (Some(a), Some(b)) = (ty(o), ty(n)) {
                walks.push((v, a, b, Side::Response, "response"));
            }
        }
        for (v, a, b, side, which) in walks {
            let mut w = Walk { old: &cx.old.api, new: &cx.new.api, moved: Vec::new(), seen: BTreeSet::new() };
            w.value(v, &a, &b, "");
            for (at, was, now, po, pn) in w.moved {
                let place = if at.is_empty() { String::new() } else { format!(" at `{at}`") };
                found.push((side, format!("{which} example `{}`{place} was {was}, is now {now}", e.name), po, pn));
            }
        }
    }
    let via: BTreeSet<String> = [ctx.to_string()].into();
    for (side, message, po, pn) in found {
        cx.push("union-decides-example-differently", &[side], ctx, message, (Some(&po), Some(&pn)), &via);
    }
}
