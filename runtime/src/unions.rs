//! Choosing the variant of a union from the buffered value's JSON type, its single-valued
//! properties and its keys, then decoding it once; for a value no variant takes, the nearest
//! variant, so that the error can name fields. Tagged unions read their tag the same way.

use crate::content::{content_equal, Content};
use crate::decode::Decoder;
use crate::errors::Cx;
use crate::held::{Ahead, Held};

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

fn type_bit(v: &Ahead) -> u8 {
    match v {
        Ahead::Object(_) => json_type::OBJECT,
        Ahead::Other(c) => content_type_bit(c),
    }
}

fn content_type_bit(v: &Content) -> u8 {
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
    /// Whether a held value is this one (held text is read for the comparison).
    pub fn matches_held(&self, v: &Held) -> bool {
        match v {
            Held::Content(c) => self.matches(c),
            Held::Raw(_) => v.to_content().is_some_and(|c| self.matches(&c)),
        }
    }

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

/// How an object stands against one variant's shape, counted (the names are listed only when
/// a message needs them, see [`why_not`]).
#[derive(Clone, Copy)]
struct Fit {
    matched_tags: usize,
    wrong_tags: usize,
    missing: usize,
    extra: usize,
    known: usize,
}

fn fit(obj: &[(std::borrow::Cow<str>, Held)], v: &Ahead, shape: &VariantShape) -> Fit {
    let mut f = Fit { matched_tags: 0, wrong_tags: 0, missing: 0, extra: 0, known: 0 };
    tags_fit(v, shape, &mut f);
    f.missing = shape.required.iter().filter(|r| !obj.iter().any(|(k, _)| k == *r)).count();
    for (key, _) in obj {
        if shape.known.contains(&key.as_ref()) {
            f.known += 1;
        } else if shape.closed {
            f.extra += 1;
        }
    }
    f
}

fn tags_fit(v: &Ahead, shape: &VariantShape, f: &mut Fit) {
    for (key, value) in shape.tags {
        match v.get(key) {
            Some(x) if value.matches_held(x) => f.matched_tags += 1,
            Some(_) => f.wrong_tags += 1,
            None => {}
        }
    }
}

/// Which variants declare a property and which require it, as bits (bit `i`: variant `i`): a
/// union's generated table, so that an object's keys are each looked up once, not once a variant.
pub type KeyBits = fn(&str) -> (u64, u64);

/// Variant `i`'s [`Fit`], from each key's bits (see [`KeyBits`]).
fn fit_by_bits(obj_len: usize, key_bits: &[(u64, u64)], v: &Ahead, shape: &VariantShape, i: usize) -> Fit {
    let (mut known, mut required) = (0, 0);
    for (k, r) in key_bits {
        known += ((k >> i) & 1) as usize;
        required += ((r >> i) & 1) as usize;
    }
    let mut f = Fit { matched_tags: 0, wrong_tags: 0, missing: shape.required.len().saturating_sub(required), extra: 0, known };
    if shape.closed {
        f.extra = obj_len.saturating_sub(known);
    }
    tags_fit(v, shape, &mut f);
    f
}

/// How near a variant that refuses an object comes to taking it: less is nearer.
type Nearness = (std::cmp::Reverse<usize>, usize, usize, std::cmp::Reverse<usize>);

/// Whether an object repeats a key (small objects: compared pairwise).
fn has_repeats(obj: &[(std::borrow::Cow<str>, Held)]) -> bool {
    obj.iter().enumerate().any(|(i, (k, _))| obj[..i].iter().any(|(j, _)| j == k))
}

impl Fit {
    fn takes(&self) -> bool {
        self.wrong_tags == 0 && self.missing == 0 && self.extra == 0
    }
}

/// Why `shape` does not take the object: its wrong tags, what it lacks, what it does not allow.
fn why_not(obj: &[(std::borrow::Cow<str>, Held)], v: &Ahead, shape: &VariantShape) -> String {
    let mut reasons = Vec::new();
    for (key, value) in shape.tags {
        if v.get(key).is_some_and(|x| !value.matches_held(x)) {
            reasons.push(format!("needs {key} = {value}"));
        }
    }
    key_reasons(&obj.iter().map(|(k, _)| k.as_ref()).collect::<Vec<_>>(), shape, &mut reasons);
    format!("{} {}", shape.name, reasons.join(" and "))
}

/// What `shape` says of an object's keys (in their order, repeats included): the required ones it
/// lacks, and, when closed, those it does not allow.
pub(crate) fn key_reasons(keys: &[&str], shape: &VariantShape, reasons: &mut Vec<String>) {
    let missing: Vec<&str> = shape.required.iter().copied().filter(|r| !keys.contains(r)).collect();
    if !missing.is_empty() {
        reasons.push(format!("lacks {}", missing.join(", ")));
    }
    if shape.closed {
        let extra: Vec<&str> = keys.iter().copied().filter(|k| !shape.known.contains(k)).collect();
        if !extra.is_empty() {
            reasons.push(format!("does not allow {}", extra.join(", ")));
        }
    }
}

/// The variants other than `chosen` whose shape takes `v`, best first: where the chosen variant
/// refuses the value (a property of the wrong type, an item of another array type), one of these
/// may accept it. A value that is not an object fits every other variant of its JSON type.
pub fn other_fits(v: &Ahead, shapes: &[VariantShape], chosen: usize) -> Vec<usize> {
    let Ahead::Object(obj) = v else {
        let bit = type_bit(v);
        return (0..shapes.len()).filter(|i| *i != chosen && shapes[*i].types & bit != 0).collect();
    };
    let mut fits: Vec<(usize, Fit)> = shapes
        .iter()
        .enumerate()
        .filter(|(i, s)| *i != chosen && s.types & json_type::OBJECT != 0)
        .map(|(i, s)| (i, fit(obj, v, s)))
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
pub fn choose_variant(v: &Ahead, union: &str, shapes: &[VariantShape], bits: Option<KeyBits>, cx: &mut Cx) -> Option<Choice> {
    let bit = type_bit(v);
    let Ahead::Object(obj) = v else {
        return match shapes.iter().position(|s| s.types & bit != 0) {
            Some(i) => Some(Choice::Takes(i)),
            None => {
                cx.push(format!("{} cannot be {}", union, v.kind()));
                None
            }
        };
    };
    // The best that takes the value, and the nearest, in one pass without allocating.
    let mut best: Option<(usize, (usize, usize, usize))> = None;
    let mut nearest: Option<(usize, Nearness)> = None;
    let mut candidates = 0;
    // Each key looked up once in the union's table (small objects on the stack). A key repeated
    // in the object would count twice in the sums: the slow way then.
    let mut on_stack = [(0u64, 0u64); 16];
    let mut on_heap = Vec::new();
    let key_bits: Option<&[(u64, u64)]> = match bits.filter(|_| shapes.len() <= 64 && !has_repeats(obj)) {
        Some(bits) if obj.len() <= on_stack.len() => {
            for (slot, (key, _)) in on_stack.iter_mut().zip(obj) {
                *slot = bits(key);
            }
            Some(&on_stack[..obj.len()])
        }
        Some(bits) => {
            on_heap.extend(obj.iter().map(|(key, _)| bits(key)));
            Some(&on_heap)
        }
        None => None,
    };
    for (i, shape) in shapes.iter().enumerate().filter(|(_, s)| s.types & bit != 0) {
        candidates += 1;
        let f = match key_bits {
            Some(key_bits) => fit_by_bits(obj.len(), key_bits, v, shape, i),
            None => fit(obj, v, shape),
        };
        if f.takes() {
            let key = (f.matched_tags, shape.required.len(), f.known);
            if best.is_none_or(|(_, b)| key > b) {
                best = Some((i, key));
            }
        } else {
            let key = (std::cmp::Reverse(f.matched_tags), f.wrong_tags, f.missing + f.extra, std::cmp::Reverse(f.known));
            if nearest.is_none_or(|(_, n)| key < n) {
                nearest = Some((i, key));
            }
        }
    }
    if let Some((i, _)) = best {
        return Some(Choice::Takes(i));
    }
    let Some((nearest, _)) = nearest.filter(|_| candidates > 0) else {
        cx.push(format!("{} cannot be {}", union, v.kind()));
        return None;
    };
    let why = no_variant(union, shapes, nearest, bit, |s| why_not(obj, v, s));
    Some(Choice::Nearest { index: nearest, why })
}

/// The message for a value no variant takes: why the nearest refuses it, then each other variant
/// of its JSON type.
pub(crate) fn no_variant(union: &str, shapes: &[VariantShape], nearest: usize, bit: u8, why_not: impl Fn(&VariantShape) -> String) -> String {
    let mut why = vec![why_not(&shapes[nearest])];
    why.extend(shapes.iter().enumerate().filter(|(i, s)| *i != nearest && s.types & bit != 0).map(|(_, s)| why_not(s)));
    format!("matches no variant of {union}; nearest is {}: {}", shapes[nearest].name, why.join("; "))
}

/// Decodes a held value with `dec`, as held text or content replays: an error is an issue.
pub fn from_ahead<De: Decoder>(dec: &De, v: &Ahead, cx: &mut Cx) -> Option<De::Out> {
    crate::decode::replay(dec, v.as_deserializer(), cx)
}

/// Decodes a buffered value as the union whose variants `shapes` describes: the chosen variant
/// once; should it refuse the value, each other variant whose shape takes it, on the side, so
/// that an anyOf of open members accepts what any one of them accepts.
pub fn decode_union<T>(v: &Ahead, union: &str, shapes: &[VariantShape], bits: Option<KeyBits>, cx: &mut Cx, variant: impl Fn(usize, &Ahead, &mut Cx) -> Option<T>) -> Option<T> {
    let choice = choose_variant(v, union, shapes, bits, cx)?;
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

/// Holds the value a union decodes from: the one look ahead a union needs (see [`Ahead`]).
pub fn buffer<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Ahead<'de>, D::Error> {
    <Ahead as serde::Deserialize>::deserialize(d)
}
