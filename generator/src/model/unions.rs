//! oneOf and anyOf without a discriminator: an enum whose variant is decided from the value (its
//! JSON type, the values of single-valued properties, then the keys present), never by trial.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::error::{Error, Warning};
use crate::resolve::{deref, schema_name};

use super::flatten::{flatten, is_false_schema, strip};
use super::names::{type_name, Taken};
use super::intersect::single_value;
use super::types::*;
use super::Ctx;

/// One member of an untagged union, before identical shapes are merged.
struct Member {
    label: String,
    payload: Ty,
    types: u8,
    required: Vec<String>,
    known: Vec<String>,
    closed: bool,
    tags: Vec<(String, Value)>,
    fingerprint: Value,
    doc: Option<String>,
}

/// JSON types a schema can take, as bits.
fn json_types(ctx: &mut Ctx, schema: &Value, at: &str, depth: usize) -> u8 {
    let (schema, at) = deref(ctx.root, schema, at);
    if depth > 16 {
        return json_type::ANY;
    }
    let mut bits = match schema.get("type").and_then(Value::as_str) {
        Some("object") => json_type::OBJECT,
        Some("array") => json_type::ARRAY,
        Some("string") => json_type::STRING,
        Some("integer") => json_type::INTEGER,
        Some("number") => json_type::NUMBER | json_type::INTEGER,
        Some("boolean") => json_type::BOOLEAN,
        _ => 0,
    };
    if bits == 0 {
        if schema.get("properties").is_some() {
            bits = json_type::OBJECT;
        } else if let Some(Value::Array(members)) = schema.get("allOf") {
            bits = json_type::ANY;
            for (i, m) in members.iter().enumerate() {
                let b = json_types(ctx, m, &format!("{at}/allOf/{i}"), depth + 1);
                bits &= b;
            }
        } else if let Some(Value::Array(members)) = schema.get("oneOf").or(schema.get("anyOf")) {
            for (i, m) in members.iter().enumerate() {
                bits |= json_types(ctx, m, &format!("{at}/x/{i}"), depth + 1);
            }
        } else if let Some(Value::Array(values)) = schema.get("enum") {
            for v in values {
                bits |= match v {
                    Value::String(_) => json_type::STRING,
                    Value::Bool(_) => json_type::BOOLEAN,
                    Value::Number(_) => json_type::NUMBER | json_type::INTEGER,
                    Value::Null => json_type::NULL,
                    Value::Array(_) => json_type::ARRAY,
                    Value::Object(_) => json_type::OBJECT,
                };
            }
        } else {
            bits = json_type::ANY;
        }
    }
    if schema.get("nullable") == Some(&Value::Bool(true)) {
        bits |= json_type::NULL;
    }
    bits
}

/// Removes the longest shared prefix and suffix (at word boundaries) from names, when what is
/// left is still a distinct, non-empty name for each: `QrCodeCreationResponse` -> `QrCode`.
fn distinctive(names: &[String]) -> Vec<String> {
    let words: Vec<Vec<String>> = names.iter().map(|n| split_words(n)).collect();
    if names.len() < 2 {
        return names.to_vec();
    }
    let min = words.iter().map(Vec::len).min().unwrap_or(0);
    let mut pre = 0;
    while pre < min && words.iter().all(|w| w[pre] == words[0][pre]) {
        pre += 1;
    }
    let mut suf = 0;
    while suf < min - pre && words.iter().all(|w| w[w.len() - 1 - suf] == words[0][words[0].len() - 1 - suf]) {
        suf += 1;
    }
    let cut: Vec<String> = words.iter().map(|w| w[pre..w.len() - suf].concat()).collect();
    let distinct: BTreeSet<&String> = cut.iter().collect();
    if cut.iter().any(String::is_empty) || distinct.len() != cut.len() {
        names.to_vec()
    } else {
        cut
    }
}

fn split_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for c in name.chars() {
        let new_word = c.is_uppercase() && words.last().is_some_and(|w| w.chars().last().is_some_and(|p| !p.is_uppercase()));
        match words.last_mut() {
            Some(w) if !new_word => w.push(c),
            _ => words.push(c.to_string()),
        }
    }
    words
}

/// An untagged union. Members whose shapes are identical (same JSON types, properties, required
/// names and closedness, descriptions aside) become one variant that names every member it stands
/// for: the value itself cannot tell them apart, so the type does not pretend to.
pub fn keyed(ctx: &mut Ctx, name: &str, schema: &Value, at: &str) -> Result<Keyed, Error> {
    let members_key = if schema.get("oneOf").is_some() { "oneOf" } else { "anyOf" };
    let members = schema.get(members_key).and_then(Value::as_array).cloned().unwrap_or_default();
    // `unevaluatedProperties: false` beside the union sees what the matching member evaluated:
    // each object member is closed over its own properties.
    let union_closed = schema.get("unevaluatedProperties").is_some_and(is_false_schema);
    let ref_names: Vec<Option<String>> = members.iter().map(|m| m.get("$ref").and_then(Value::as_str).and_then(schema_name)).collect();
    let all_refs: Vec<String> = ref_names.iter().flatten().cloned().collect();
    let short = distinctive(&all_refs);
    let mut parsed = Vec::new();
    for (i, member) in members.iter().enumerate() {
        let member_at = format!("{at}/{members_key}/{i}");
        let x_type = member.get("x-type").and_then(Value::as_str);
        let label = match (&ref_names[i], x_type) {
            (_, Some(x)) => x.to_string(),
            (Some(r), None) => short[all_refs.iter().position(|n| n == r).unwrap_or(0)].clone(),
            (None, None) => member
                .get("title")
                .and_then(Value::as_str)
                .map(str::to_string)
                .or_else(|| single_value(ctx.root, member).and_then(|v| v.as_str().map(str::to_string)))
                .or_else(|| member.get("type").and_then(Value::as_str).map(str::to_string))
                .unwrap_or_else(|| format!("Variant{}", i + 1)),
        };
        let types = json_types(ctx, member, &member_at, 0);
        let (resolved, resolved_at) = deref(ctx.root, member, &member_at);
        let resolved = resolved.clone();
        let (required, known, closed, tags, fingerprint) = if types & json_type::OBJECT != 0 && (resolved.get("properties").is_some() || resolved.get("allOf").is_some()) {
            let flat = flatten(ctx, &resolved, &resolved_at)?;
            let known: Vec<String> = flat.props.iter().map(|p| p.0.clone()).filter(|p| flat.allowed.as_ref().is_none_or(|a| a.contains(p))).collect();
            let shape: Vec<Value> = flat.props.iter().map(|(n, s, _)| Value::Array(vec![Value::String(n.clone()), strip(s)])).collect();
            // A property with one allowed value tags the member, discriminator or not: a value
            // that holds it with another value is never this member.
            let tags: Vec<(String, Value)> =
                flat.props.iter().filter(|p| known.contains(&p.0)).filter_map(|(n, s, _)| Some((n.clone(), single_value(ctx.root, s)?))).collect();
            let mut required = flat.required.clone();
            required.sort();
            let closed = flat.allowed.is_some() || union_closed;
            let fp = serde_json::json!({ "types": types, "props": shape, "required": required, "closed": closed });
            (flat.required, known, closed, tags, fp)
        } else {
            (Vec::new(), Vec::new(), false, Vec::new(), serde_json::json!({ "types": types, "schema": strip(&resolved) }))
        };
        let hint = format!("{name}{}", type_name(&label));
        let payload = ctx.ty_of(member, &member_at, &hint)?;
        let doc = member.get("title").or(resolved.get("title")).or(resolved.get("description")).and_then(Value::as_str).map(str::to_string);
        parsed.push(Member { label, payload, types, required, known, closed, tags, fingerprint, doc });
    }
    // Merge identical shapes, keeping the first member's payload type.
    let mut groups: Vec<(Member, Vec<String>)> = Vec::new();
    for m in parsed {
        match groups.iter_mut().find(|(g, _)| g.fingerprint == m.fingerprint) {
            Some((_, labels)) => labels.push(m.label),
            None => {
                let label = m.label.clone();
                groups.push((m, vec![label]));
            }
        }
    }
    let mut idents = Taken::default();
    let mut variants = Vec::new();
    for (m, labels) in groups {
        let ident = idents.claim(labels.iter().map(|l| type_name(l)).collect::<Vec<_>>().join("Or"));
        let mut doc = m.doc.clone();
        if labels.len() > 1 {
            let listed = labels.iter().map(|l| format!("`{l}`")).collect::<Vec<_>>().join(", ");
            let note = format!(
                "Stands for {listed}: their schemas have the same shape, so a value cannot say which one it is. \
                 The payload is decoded as [`{}`]; which one is meant has to come from context the value does not carry.",
                payload_name(&m.payload)
            );
            doc = Some(match doc {
                Some(d) => format!("{d}\n\n{note}"),
                None => note,
            });
        }
        variants.push(KeyedVariant {
            ident,
            payload: m.payload,
            types: m.types,
            required: m.required,
            known: m.known,
            closed: m.closed,
            tags: m.tags,
            stands_for: labels,
            doc,
        });
    }
    warn_ambiguities(ctx, name, at, &variants);
    let rule = "The variant is decided from the value, not by trying each one: its JSON type first; for an object, \
                the variants whose required properties are all present, whose single-valued properties (tags) that are \
                present hold their value, and (for a closed variant) that declare every property present qualify; the \
                one whose tags match the most present properties wins, then the one with the most required properties, \
                then the one that declares the most of the present properties, then the first listed. A value no \
                variant takes is reported against the nearest variant (by tags, then by keys), field by field."
        .to_string();
    Ok(Keyed { variants, rule })
}

fn payload_name(ty: &Ty) -> String {
    match ty {
        Ty::Named(n) => n.clone(),
        other => format!("{other:?}"),
    }
}

/// Whether a single-valued property decides between two variants for every object both could
/// take: one requires a tag the other gives another value (so at most one accepts the value), or
/// requires a tag the other does not have (so the tag, present, prefers it).
fn decided_by_tags(a: &KeyedVariant, b: &KeyedVariant) -> bool {
    let one_way = |x: &KeyedVariant, y: &KeyedVariant| {
        x.tags.iter().filter(|(k, _)| x.required.contains(k)).any(|(k, v)| match y.tags.iter().find(|(yk, _)| yk == k) {
            Some((_, yv)) => yv != v,
            None => true,
        })
    };
    one_way(a, b) || one_way(b, a)
}

/// Reports, at generation time, the values two variants could both claim and how the tie is broken.
fn warn_ambiguities(ctx: &mut Ctx, name: &str, at: &str, variants: &[KeyedVariant]) {
    let mut found = Vec::new();
    for (i, a) in variants.iter().enumerate() {
        for b in &variants[i + 1..] {
            let shared = a.types & b.types;
            if shared == 0 {
                continue;
            }
            if shared & json_type::OBJECT == 0 {
                found.push(format!("{} and {} take non-object values of the same JSON type; {} is tried first, {} when it refuses the value", a.ident, b.ident, a.ident, b.ident));
                continue;
            }
            if decided_by_tags(a, b) {
                continue;
            }
            let ra: BTreeSet<&String> = a.required.iter().collect();
            let rb: BTreeSet<&String> = b.required.iter().collect();
            if ra.len() != rb.len() {
                continue; // the one that requires more is more specific: decided, no tie
            }
            let keys: BTreeSet<&String> = ra.union(&rb).copied().collect();
            let accepts = |v: &KeyedVariant| {
                v.types & json_type::OBJECT != 0 && v.required.iter().all(|r| keys.contains(r)) && (!v.closed || keys.iter().all(|k| v.known.contains(k)))
            };
            // A third variant that requires more of these keys takes the value: no tie between these two.
            let most = ra.len().max(rb.len());
            let settled = variants.iter().any(|c| accepts(c) && c.required.len() > most);
            if accepts(a) && accepts(b) && !settled {
                let listed = keys.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", ");
                found.push(format!("{} and {} both accept an object with {{{listed}}}", a.ident, b.ident));
            }
        }
    }
    if !found.is_empty() {
        ctx.warnings.push(Warning {
            at: ctx.doc.at(at),
            message: format!(
                "union {name} is ambiguous for some values: {}; such a value goes to the variant that declares more of its properties, then to the first listed",
                found.join("; ")
            ),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinctive_names_drop_shared_words() {
        let names: Vec<String> = ["CardPaymentResponse", "BankTransferPaymentResponse", "WalletPaymentResponse"].iter().map(|s| s.to_string()).collect();
        assert_eq!(distinctive(&names), vec!["Card", "BankTransfer", "Wallet"]);
        let same: Vec<String> = ["AResponse", "Response"].iter().map(|s| s.to_string()).collect();
        assert_eq!(distinctive(&same), same);
    }
}
