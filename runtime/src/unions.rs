//! Choosing the variant of a union from the buffered value's JSON type, its single-valued
//! properties and its keys, then decoding it once; for a value no variant takes, the nearest
//! variant, so that the error can name fields. Tagged unions read their tag the same way.

use crate::content::{content_equal, Content};
use crate::errors::Cx;

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

fn type_bit(v: &Content) -> u8 {
    match v {
        Content::Null => json_type::NULL,
        Content::Bool(_) => json_type::BOOLEAN,
        Content::U64(_) | Content::I64(_) => json_type::INTEGER | json_type::NUMBER,
        // JSON Schema's integers are the numbers without a fraction, however written (`36.0`).
        Content::F64(f) if f.fract() == 0.0 => json_type::INTEGER | json_type::NUMBER,
        Content::F64(_) => json_type::NUMBER,
        Content::Str(_) => json_type::STRING,
        Content::Seq(_) => json_type::ARRAY,
        Content::Map(_) => json_type::OBJECT,
    }
}

/// The one value a property allows (`const`, or an `enum` of one value).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Const {
    Null,
    Bool(bool),
    Str(&'static str),
    Int(i64),
    /// Any other value, as JSON text.
    Json(&'static str),
}

impl Const {
    pub fn matches(&self, v: &Content) -> bool {
        match (self, v) {
            (Const::Null, Content::Null) => true,
            (Const::Bool(b), Content::Bool(x)) => b == x,
            (Const::Str(s), Content::Str(x)) => s == x,
            (Const::Int(i), Content::U64(n)) => i64::try_from(*n) == Ok(*i),
            (Const::Int(i), Content::I64(n)) => n == i,
            (Const::Int(i), Content::F64(f)) => f.fract() == 0.0 && *f == *i as f64,
            (Const::Json(text), v) => serde_json::from_str::<Content>(text).is_ok_and(|c| content_equal(&c, v)),
            _ => false,
        }
    }
}

/// JSON text, as messages quote values.
impl std::fmt::Display for Const {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Const::Null => f.write_str("null"),
            Const::Bool(b) => write!(f, "{b}"),
            Const::Str(s) => f.write_str(&serde_json::to_string(s).map_err(|_| std::fmt::Error)?),
            Const::Int(i) => write!(f, "{i}"),
            Const::Json(text) => f.write_str(text),
        }
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
    /// Properties with one allowed value: present with another, the object is not this variant.
    pub tags: &'static [(&'static str, Const)],
}

/// The variant a value goes to: one that takes it, or, when none does, the nearest one (whose
/// decoding then says field by field what is wrong), with why no variant takes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    Takes(usize),
    Nearest { index: usize, why: String },
}

impl Choice {
    /// The variant to decode.
    pub fn index(&self) -> usize {
        match self {
            Choice::Takes(i) | Choice::Nearest { index: i, .. } => *i,
        }
    }

    /// The union's value: the decoded variant when it takes the value; otherwise `None`, after the
    /// nearest variant's own issues, with one more that lists why each variant refuses the value.
    pub fn finish<T>(self, decoded: Option<T>, cx: &mut Cx) -> Option<T> {
        match self {
            Choice::Takes(_) => decoded,
            Choice::Nearest { why, .. } => {
                cx.push(why);
                None
            }
        }
    }
}

type Entries<'a, 'de> = &'a [(std::borrow::Cow<'de, str>, Content<'de>)];

/// How an object stands against one variant's shape.
struct Fit<'a> {
    matched_tags: usize,
    wrong_tags: Vec<&'a str>,
    missing: Vec<&'a str>,
    extra: Vec<&'a str>,
    known: usize,
}

fn fit<'a>(v: &'a Content, obj: Entries<'a, '_>, shape: &'a VariantShape) -> Fit<'a> {
    let mut f = Fit { matched_tags: 0, wrong_tags: Vec::new(), missing: Vec::new(), extra: Vec::new(), known: 0 };
    for (key, value) in shape.tags {
        match v.get(key) {
            Some(x) if value.matches(x) => f.matched_tags += 1,
            Some(_) => f.wrong_tags.push(key),
            None => {}
        }
    }
    f.missing = shape.required.iter().copied().filter(|r| !obj.iter().any(|(k, _)| k == r)).collect();
    for (key, _) in obj {
        if shape.known.contains(&key.as_ref()) {
            f.known += 1;
        } else if shape.closed {
            f.extra.push(key);
        }
    }
    f
}

impl Fit<'_> {
    fn takes(&self) -> bool {
        self.wrong_tags.is_empty() && self.missing.is_empty() && self.extra.is_empty()
    }

    fn why_not(&self, shape: &VariantShape) -> String {
        let mut reasons = Vec::new();
        for key in &self.wrong_tags {
            let expected = shape.tags.iter().find(|(k, _)| k == key).map(|(_, c)| c.to_string()).unwrap_or_default();
            reasons.push(format!("needs {key} = {expected}"));
        }
        if !self.missing.is_empty() {
            reasons.push(format!("lacks {}", self.missing.join(", ")));
        }
        if !self.extra.is_empty() {
            reasons.push(format!("does not allow {}", self.extra.join(", ")));
        }
        format!("{} {}", shape.name, reasons.join(" and "))
    }
}

/// The variants other than `chosen` whose shape takes `v`, best first: where the chosen variant
/// refuses the value (a property of the wrong type, an item of another array type), one of these
/// may accept it. A value that is not an object fits every other variant of its JSON type.
pub fn other_fits(v: &Content, shapes: &[VariantShape], chosen: usize) -> Vec<usize> {
    let Content::Map(obj) = v else {
        let bit = type_bit(v);
        return (0..shapes.len()).filter(|i| *i != chosen && shapes[*i].types & bit != 0).collect();
    };
    let mut fits: Vec<(usize, Fit)> = shapes
        .iter()
        .enumerate()
        .filter(|(i, s)| *i != chosen && s.types & json_type::OBJECT != 0)
        .map(|(i, s)| (i, fit(v, obj, s)))
        .filter(|(_, f)| f.takes())
        .collect();
    fits.sort_by_key(|(i, f)| (std::cmp::Reverse(f.matched_tags), std::cmp::Reverse(shapes[*i].required.len()), std::cmp::Reverse(f.known), *i));
    fits.into_iter().map(|(i, _)| i).collect()
}

/// Chooses the variant of an untagged union from the value itself, without trying to decode it.
/// Among the variants whose JSON type fits, an object qualifies for those whose present tags hold
/// their value, whose required properties are all present and (when closed) that declare every
/// property present; the one matching the most tags wins, then the one with the most required
/// properties, then the one that knows the most of the present properties, then the first.
/// When none qualifies, the nearest (most tags matched, fewest wrong, then fewest keys missing or
/// not allowed, then most known) is returned with why no variant takes the value.
pub fn choose_variant(v: &Content, union: &str, shapes: &[VariantShape], cx: &mut Cx) -> Option<Choice> {
    let bit = type_bit(v);
    let Content::Map(obj) = v else {
        return match shapes.iter().position(|s| s.types & bit != 0) {
            Some(i) => Some(Choice::Takes(i)),
            None => {
                cx.push(format!("{} cannot be {}", union, v.kind()));
                None
            }
        };
    };
    let fits: Vec<(usize, Fit)> = shapes.iter().enumerate().filter(|(_, s)| s.types & bit != 0).map(|(i, s)| (i, fit(v, obj, s))).collect();
    let best = fits
        .iter()
        .filter(|(_, f)| f.takes())
        .max_by_key(|(i, f)| (f.matched_tags, shapes[*i].required.len(), f.known, std::cmp::Reverse(*i)));
    if let Some((i, _)) = best {
        return Some(Choice::Takes(*i));
    }
    let Some((nearest, _)) = fits.iter().min_by_key(|(i, f)| {
        (std::cmp::Reverse(f.matched_tags), f.wrong_tags.len(), f.missing.len() + f.extra.len(), std::cmp::Reverse(f.known), *i)
    }) else {
        cx.push(format!("{} cannot be {}", union, v.kind()));
        return None;
    };
    let mut why = vec![fits.iter().find(|(i, _)| i == nearest).map(|(i, f)| f.why_not(&shapes[*i])).unwrap_or_default()];
    why.extend(fits.iter().filter(|(i, _)| i != nearest).map(|(i, f)| f.why_not(&shapes[*i])));
    let why = format!("matches no variant of {union}; nearest is {}: {}", shapes[*nearest].name, why.join("; "));
    Some(Choice::Nearest { index: *nearest, why })
}

/// Decodes a buffered value as the union whose variants `shapes` describes: the chosen variant
/// once; should it refuse the value, each other variant whose shape takes it, on the side, so
/// that an anyOf of open members accepts what any one of them accepts.
pub fn decode_union<T>(v: &Content, union: &str, shapes: &[VariantShape], cx: &mut Cx, variant: impl Fn(usize, &Content, &mut Cx) -> Option<T>) -> Option<T> {
    let choice = choose_variant(v, union, shapes, cx)?;
    let before = cx.issues();
    let decoded = variant(choice.index(), v, cx);
    // A refusal is any problem recorded: a struct that found an unknown property deep inside
    // still hands back what it decoded.
    if decoded.is_none() || cx.issues() > before {
        for other in other_fits(v, shapes, choice.index()) {
            let mut scratch = cx.scratch();
            if let Some(found) = variant(other, v, &mut scratch).filter(|_| scratch.errs.is_empty()) {
                cx.errs.issues.truncate(before);
                return Some(found);
            }
        }
    }
    choice.finish(decoded, cx)
}

/// A tag whose value names no variant.
pub fn unknown_tag(key: &str, value: &str, expected: &[&str], cx: &mut Cx) {
    cx.push_field(key, format!("unknown value {value:?}; expected one of: {}", expected.join(", ")));
}

/// Buffers the value a union decodes from: the one look ahead a union needs.
pub fn buffer<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Content<'de>, D::Error> {
    <Content as serde::Deserialize>::deserialize(d)
}
