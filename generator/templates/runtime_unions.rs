//! Choosing the variant of an untagged union from the value's JSON type and keys, without
//! decoding it once per variant.

use serde_json::Value;

use super::{kind, DecodeErrors};

/// JSON types, as bits, for choosing a union variant by the kind of value.
pub mod json_type {
    pub const NULL: u8 = 1;
    pub const BOOLEAN: u8 = 2;
    pub const INTEGER: u8 = 4;
    pub const NUMBER: u8 = 8;
    pub const STRING: u8 = 16;
    pub const ARRAY: u8 = 32;
    pub const OBJECT: u8 = 64;
    pub const ANY: u8 = 127;
}

fn type_bit(v: &Value) -> u8 {
    match v {
        Value::Null => json_type::NULL,
        Value::Bool(_) => json_type::BOOLEAN,
        Value::Number(n) if n.is_i64() || n.is_u64() => json_type::INTEGER | json_type::NUMBER,
        Value::Number(_) => json_type::NUMBER,
        Value::String(_) => json_type::STRING,
        Value::Array(_) => json_type::ARRAY,
        Value::Object(_) => json_type::OBJECT,
    }
}

/// What a union variant accepts, computed from its schema at generation time.
pub struct VariantShape {
    pub name: &'static str,
    /// Bits of [`json_type`].
    pub types: u8,
    /// Properties an object must have for this variant.
    pub required: &'static [&'static str],
    /// Every property the variant declares.
    pub known: &'static [&'static str],
    /// `additionalProperties: false`: no other property may be present.
    pub closed: bool,
}

/// Chooses the variant of an untagged union from the value itself, without trying to decode it:
/// among the variants whose JSON type fits, whose required properties are all present and (when
/// closed) that declare every property present, the one with the most required properties wins,
/// then the one that knows the most of the present properties, then the first declared.
pub fn choose_variant(v: &Value, union: &str, shapes: &[VariantShape], at: &str, errs: &mut DecodeErrors) -> Option<usize> {
    let bit = type_bit(v);
    let keys: Vec<&str> = match v {
        Value::Object(obj) => obj.keys().map(String::as_str).collect(),
        _ => Vec::new(),
    };
    let mut best: Option<(usize, (usize, usize))> = None;
    for (i, shape) in shapes.iter().enumerate() {
        if shape.types & bit == 0 {
            continue;
        }
        if bit == json_type::OBJECT {
            if !shape.required.iter().all(|r| keys.contains(r)) {
                continue;
            }
            if shape.closed && !keys.iter().all(|k| shape.known.contains(k)) {
                continue;
            }
        }
        let known = keys.iter().filter(|k| shape.known.contains(k)).count();
        let score = (shape.required.len(), known);
        if best.map_or(true, |(_, s)| score > s) {
            best = Some((i, score));
        }
    }
    if let Some((i, _)) = best {
        return Some(i);
    }
    let mut why = Vec::new();
    for shape in shapes {
        if shape.types & bit == 0 {
            continue;
        }
        let missing: Vec<&str> = shape.required.iter().copied().filter(|r| !keys.contains(r)).collect();
        let extra: Vec<&str> =
            if shape.closed { keys.iter().copied().filter(|k| !shape.known.contains(k)).collect() } else { Vec::new() };
        let mut reasons = Vec::new();
        if !missing.is_empty() {
            reasons.push(format!("lacks {}", missing.join(", ")));
        }
        if !extra.is_empty() {
            reasons.push(format!("does not allow {}", extra.join(", ")));
        }
        why.push(format!("{} {}", shape.name, reasons.join(" and ")));
    }
    if why.is_empty() {
        errs.push(at, format!("{} cannot be {}", union, kind(v)));
    } else {
        errs.push(at, format!("matches no variant of {union}: {}", why.join("; ")));
    }
    None
}
