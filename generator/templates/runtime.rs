//! Decoding and encoding support shared by every generated type: JSON in with every schema
//! constraint checked and every problem reported with its JSON pointer, JSON out unchanged.
//!
//! Why not plain `serde` derives: an untagged enum tries each variant in turn, so it picks the
//! first shape that fits (losing fields of a more specific one) and reports "data did not match
//! any variant" without naming a field. Here a document is parsed once into a `serde_json::Value`,
//! unions choose their variant from the keys that are present, and decoding goes on past the first
//! problem so that a server can report every invalid field at once.

mod info;
#[cfg(feature = "client")]
pub mod retry;
#[cfg(feature = "client")]
pub mod status;
mod unions;

pub use info::*;
pub use unions::*;

use std::collections::BTreeMap;
use std::fmt;

use serde::ser::SerializeMap;
use serde_json::{Map, Number, Value};

/// One problem found while decoding: where (RFC 6901 pointer) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeIssue {
    /// Pointer to the offending value, e.g. `/items/0/name`; empty for the root.
    pub pointer: String,
    /// The property name at fault, when the problem is about one property.
    pub field: Option<String>,
    pub message: String,
}

/// Every problem found in one document, in document order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecodeErrors {
    pub issues: Vec<DecodeIssue>,
}

impl DecodeErrors {
    pub fn is_empty(&self) -> bool {
        self.issues.is_empty()
    }

    /// Records a problem with the value at `at`.
    pub fn push(&mut self, at: &str, message: impl Into<String>) {
        self.issues.push(DecodeIssue { pointer: at.to_string(), field: last_token(at), message: message.into() });
    }

    /// Records a problem with the property `key` of the object at `at`.
    pub fn push_field(&mut self, at: &str, key: &str, message: impl Into<String>) {
        self.issues.push(DecodeIssue { pointer: child(at, key), field: Some(key.to_string()), message: message.into() });
    }
}

impl fmt::Display for DecodeErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, issue) in self.issues.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            let pointer = if issue.pointer.is_empty() { "/" } else { issue.pointer.as_str() };
            match &issue.field {
                Some(field) => write!(f, "{pointer} (field `{field}`): {}", issue.message)?,
                None => write!(f, "{pointer}: {}", issue.message)?,
            }
        }
        Ok(())
    }
}

impl std::error::Error for DecodeErrors {}

fn last_token(pointer: &str) -> Option<String> {
    let token = pointer.rsplit('/').next().filter(|_| !pointer.is_empty())?;
    Some(token.replace("~1", "/").replace("~0", "~"))
}

/// The pointer of `key` inside the value at `at`.
pub fn child(at: &str, key: &str) -> String {
    let mut p = String::with_capacity(at.len() + key.len() + 1);
    p.push_str(at);
    p.push('/');
    for c in key.chars() {
        match c {
            '~' => p.push_str("~0"),
            '/' => p.push_str("~1"),
            c => p.push(c),
        }
    }
    p
}

/// A type that decodes itself from a JSON value, checking its schema's constraints.
/// Returns `None` exactly when it recorded at least one issue in `errs`.
pub trait FromJson: Sized {
    fn from_json(v: &Value, at: &str, errs: &mut DecodeErrors) -> Option<Self>;
}

/// Names the type (and, for unions, the variant) a value decoded into: `Union::Variant`.
pub trait Describe {
    fn describe(&self) -> String;
}

/// Writes a struct's properties into a map that is already open, so that a tagged union can put
/// its tag and its variant's properties in one JSON object.
pub trait WriteFields {
    fn write_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
}

/// Decodes a value into `T`, or every problem found.
pub fn decode<T: FromJson>(v: &Value) -> Result<T, DecodeErrors> {
    let mut errs = DecodeErrors::default();
    match T::from_json(v, "", &mut errs) {
        Some(value) if errs.is_empty() => Ok(value),
        _ => Err(errs),
    }
}

/// Parses JSON text and decodes it into `T`; a syntax error is one issue at the root.
pub fn decode_slice<T: FromJson>(bytes: &[u8]) -> Result<T, DecodeErrors> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        let mut errs = DecodeErrors::default();
        errs.push("", format!("invalid JSON: {e}"));
        errs
    })?;
    decode(&value)
}

/// Parses JSON text and decodes it into `T`, recording problems in `errs` (a syntax error is one
/// issue at the root); `None` exactly when it recorded one.
pub fn decode_slice_into<T: FromJson>(bytes: &[u8], errs: &mut DecodeErrors) -> Option<T> {
    match serde_json::from_slice::<Value>(bytes) {
        Ok(value) => T::from_json(&value, "", errs),
        Err(e) => {
            errs.push("", format!("invalid JSON: {e}"));
            None
        }
    }
}

/// The result of a round trip: the value serialized again, and what it decoded into.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundTrip {
    pub value: Value,
    pub landed_in: String,
}

/// Decodes `v` as `T` and serializes it back.
pub fn roundtrip<T: FromJson + serde::Serialize + Describe>(v: &Value) -> Result<RoundTrip, DecodeErrors> {
    let typed: T = decode(v)?;
    Ok(RoundTrip { value: encode(&typed)?, landed_in: typed.describe() })
}

/// Decodes `v` as `T` (a type alias, which has no [`Describe`] of its own) and serializes it back.
pub fn roundtrip_as<T: FromJson + serde::Serialize>(v: &Value, name: &str) -> Result<RoundTrip, DecodeErrors> {
    let typed: T = decode(v)?;
    Ok(RoundTrip { value: encode(&typed)?, landed_in: name.to_string() })
}

fn encode<T: serde::Serialize>(typed: &T) -> Result<Value, DecodeErrors> {
    serde_json::to_value(typed).map_err(|e| {
        let mut errs = DecodeErrors::default();
        errs.push("", format!("cannot serialize: {e}"));
        errs
    })
}

pub(crate) fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn mismatch(v: &Value, expected: &str, at: &str, errs: &mut DecodeErrors) {
    errs.push(at, format!("expected {expected}, found {}", kind(v)));
}

impl FromJson for String {
    fn from_json(v: &Value, at: &str, errs: &mut DecodeErrors) -> Option<Self> {
        match v {
            Value::String(s) => Some(s.clone()),
            _ => {
                mismatch(v, "a string", at, errs);
                None
            }
        }
    }
}

impl FromJson for bool {
    fn from_json(v: &Value, at: &str, errs: &mut DecodeErrors) -> Option<Self> {
        match v {
            Value::Bool(b) => Some(*b),
            _ => {
                mismatch(v, "a boolean", at, errs);
                None
            }
        }
    }
}

/// JSON Schema's integers are numbers without a fraction, however written: `36.0` is `36`.
impl FromJson for i64 {
    fn from_json(v: &Value, at: &str, errs: &mut DecodeErrors) -> Option<Self> {
        // Every f64 below 2^63 (`i64::MAX as f64` rounds to it) in magnitude with no fraction converts to i64 exactly.
        let integral = || v.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < i64::MAX as f64).map(|f| f as i64);
        match v.as_i64().or_else(integral) {
            Some(n) => Some(n),
            None => {
                mismatch(v, "an integer", at, errs);
                None
            }
        }
    }
}

/// `type: number` keeps the number exactly as written: `-7` stays `-7`, `60000` never becomes `60000.0`.
impl FromJson for Number {
    fn from_json(v: &Value, at: &str, errs: &mut DecodeErrors) -> Option<Self> {
        match v {
            Value::Number(n) => Some(n.clone()),
            _ => {
                mismatch(v, "a number", at, errs);
                None
            }
        }
    }
}

impl FromJson for Value {
    fn from_json(v: &Value, _at: &str, _errs: &mut DecodeErrors) -> Option<Self> {
        Some(v.clone())
    }
}

impl FromJson for Map<String, Value> {
    fn from_json(v: &Value, at: &str, errs: &mut DecodeErrors) -> Option<Self> {
        object(v, at, errs).cloned()
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &Value, at: &str, errs: &mut DecodeErrors) -> Option<Self> {
        array_with(v, at, errs, &ArrayRules::NONE, T::from_json)
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(v: &Value, at: &str, errs: &mut DecodeErrors) -> Option<Self> {
        map_with(v, at, errs, T::from_json)
    }
}

/// `null` is `None`: for schemas marked nullable.
impl<T: FromJson> FromJson for Option<T> {
    fn from_json(v: &Value, at: &str, errs: &mut DecodeErrors) -> Option<Self> {
        match v {
            Value::Null => Some(None),
            _ => T::from_json(v, at, errs).map(Some),
        }
    }
}

/// `null`, or a value `decode` takes: for schemas marked nullable.
pub fn or_null<T>(v: &Value, at: &str, errs: &mut DecodeErrors, decode: impl FnOnce(&Value, &str, &mut DecodeErrors) -> Option<T>) -> Option<Option<T>> {
    if v.is_null() {
        Some(None)
    } else {
        decode(v, at, errs).map(Some)
    }
}

/// A number `decode` takes, within the schema's bounds.
pub fn bounded<T>(v: &Value, at: &str, errs: &mut DecodeErrors, rules: &NumberRules, decode: impl FnOnce(&Value, &str, &mut DecodeErrors) -> Option<T>) -> Option<T> {
    let value = decode(v, at, errs)?;
    check_number(v, rules).map_err(|message| errs.push(at, message)).ok()?;
    Some(value)
}

/// The value at `at` as an object, or an issue.
pub fn object<'a>(v: &'a Value, at: &str, errs: &mut DecodeErrors) -> Option<&'a Map<String, Value>> {
    match v {
        Value::Object(map) => Some(map),
        _ => {
            mismatch(v, "an object", at, errs);
            None
        }
    }
}

/// A required property. The outer `None` means an issue was recorded.
pub fn required<T>(
    obj: &Map<String, Value>,
    key: &str,
    at: &str,
    errs: &mut DecodeErrors,
    decode: impl FnOnce(&Value, &str, &mut DecodeErrors) -> Option<T>,
) -> Option<T> {
    match obj.get(key) {
        Some(v) => decode(v, &child(at, key), errs),
        None => {
            errs.push_field(at, key, "missing required property");
            None
        }
    }
}

/// An optional property: `Some(None)` when absent, `None` when an issue was recorded.
pub fn optional<T>(
    obj: &Map<String, Value>,
    key: &str,
    at: &str,
    errs: &mut DecodeErrors,
    decode: impl FnOnce(&Value, &str, &mut DecodeErrors) -> Option<T>,
) -> Option<Option<T>> {
    match obj.get(key) {
        Some(v) => decode(v, &child(at, key), errs).map(Some),
        None => Some(None),
    }
}

/// A property whose schema allows exactly one value (`const`, or an `enum` of one).
pub fn constant(obj: &Map<String, Value>, key: &str, expected: &Value, required: bool, at: &str, errs: &mut DecodeErrors) {
    match obj.get(key) {
        Some(v) if json_equal(v, expected) => {}
        Some(v) => errs.push_field(at, key, format!("expected {expected}, found {v}")),
        None if required => errs.push_field(at, key, "missing required property"),
        None => {}
    }
}

/// `additionalProperties: false`: every property not in `known` is an issue.
pub fn deny_unknown(obj: &Map<String, Value>, known: &[&str], at: &str, errs: &mut DecodeErrors) {
    for key in obj.keys() {
        if !known.contains(&key.as_str()) {
            errs.push_field(at, key, format!("unknown property; expected one of: {}", known.join(", ")));
        }
    }
}

/// `minProperties` and `maxProperties`: how many properties the object has.
pub fn count_properties(obj: &Map<String, Value>, min: Option<usize>, max: Option<usize>, at: &str, errs: &mut DecodeErrors) {
    let n = obj.len();
    if let Some(min) = min.filter(|min| n < *min) {
        errs.push(at, format!("must have at least {min} properties, found {n}"));
    }
    if let Some(max) = max.filter(|max| n > *max) {
        errs.push(at, format!("must have at most {max} properties, found {n}"));
    }
}

/// `anyOf`/`oneOf` of `required` lists: the object holds every name of at least one list (of
/// exactly one, when `exactly_one`).
pub fn required_alternatives(obj: &Map<String, Value>, sets: &[&[&str]], exactly_one: bool, at: &str, errs: &mut DecodeErrors) {
    let held = sets.iter().filter(|set| set.iter().all(|k| obj.contains_key(*k))).count();
    let listed = || sets.iter().map(|set| set.join(" and ")).collect::<Vec<_>>().join(" | ");
    if held == 0 {
        errs.push(at, format!("must have {}: {}", if exactly_one { "exactly one of" } else { "one of" }, listed()));
    } else if exactly_one && held > 1 {
        errs.push(at, format!("must have exactly one of: {}; found {held}", listed()));
    }
}

/// The properties not in `known`, kept so that an open object round-trips without loss.
pub fn extras(obj: &Map<String, Value>, known: &[&str]) -> Map<String, Value> {
    obj.iter().filter(|(k, _)| !known.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect()
}

/// Constraints of a string schema; lengths count characters, as JSON Schema does.
pub struct StringRules {
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub pattern: Option<&'static Pattern>,
}

/// A `pattern`: an ECMA-262 regular expression, as JSON Schema defines it, compiled on first use.
pub struct Pattern {
    source: &'static str,
    flags: &'static str,
    compiled: std::sync::OnceLock<Option<regress::Regex>>,
}

impl Pattern {
    pub const fn new(source: &'static str, flags: &'static str) -> Self {
        Pattern { source, flags, compiled: std::sync::OnceLock::new() }
    }

    /// The pattern as the spec writes it.
    pub fn source(&self) -> &'static str {
        self.source
    }

    /// Whether `s` matches somewhere (a pattern is not anchored unless it says so). The generator
    /// compiled every pattern it kept; should this build's engine refuse one, it is not checked.
    pub fn is_match(&self, s: &str) -> bool {
        let compiled = self.compiled.get_or_init(|| regress::Regex::with_flags(self.source, self.flags).ok());
        compiled.as_ref().is_none_or(|re| re.find(s).is_some())
    }
}

pub fn string_with(v: &Value, at: &str, errs: &mut DecodeErrors, rules: &StringRules) -> Option<String> {
    let s = String::from_json(v, at, errs)?;
    check_string(&s, rules).map_err(|message| errs.push(at, message)).ok()?;
    Some(s)
}

/// Checks a string against its rules; the message says which rule failed.
pub fn check_string(s: &str, rules: &StringRules) -> Result<(), String> {
    let len = s.chars().count();
    if let Some(min) = rules.min_length {
        if len < min {
            return Err(format!("must be at least {min} characters long, found {len}"));
        }
    }
    if let Some(max) = rules.max_length {
        if len > max {
            return Err(format!("must be at most {max} characters long, found {len}"));
        }
    }
    if let Some(pattern) = rules.pattern {
        if !pattern.is_match(s) {
            return Err(format!("must match the pattern {}", pattern.source()));
        }
    }
    Ok(())
}

/// Bounds of a number schema, compared as `f64`.
pub struct NumberRules {
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    pub multiple_of: Option<f64>,
}

/// Checks a JSON number against its bounds; the message says which bound failed.
pub fn check_number(v: &Value, rules: &NumberRules) -> Result<(), String> {
    let Some(x) = v.as_f64() else { return Ok(()) };
    if let Some(min) = rules.minimum {
        if x < min || (rules.exclusive_minimum && x == min) {
            let rel = if rules.exclusive_minimum { "greater than" } else { "at least" };
            return Err(format!("must be {rel} {min}, found {v}"));
        }
    }
    if let Some(max) = rules.maximum {
        if x > max || (rules.exclusive_maximum && x == max) {
            let rel = if rules.exclusive_maximum { "less than" } else { "at most" };
            return Err(format!("must be {rel} {max}, found {v}"));
        }
    }
    if let Some(step) = rules.multiple_of {
        let ratio = x / step;
        if step != 0.0 && (ratio - ratio.round()).abs() > 1e-9 {
            return Err(format!("must be a multiple of {step}, found {v}"));
        }
    }
    Ok(())
}

/// Constraints of an array schema.
pub struct ArrayRules {
    pub min_items: Option<usize>,
    pub max_items: Option<usize>,
    pub unique_items: bool,
}

impl ArrayRules {
    pub const NONE: ArrayRules = ArrayRules { min_items: None, max_items: None, unique_items: false };
}

/// Equality as JSON Schema defines it: numbers by their value (`1` equals `1.0`), objects whatever
/// the order of their keys.
pub fn json_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64(), x.as_u64(), y.as_u64()) {
            (Some(x), Some(y), _, _) => x == y,
            (_, _, Some(x), Some(y)) => x == y,
            _ => x.as_f64() == y.as_f64(),
        },
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| json_equal(x, y)),
        (Value::Object(x), Value::Object(y)) => x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| json_equal(v, w))),
        _ => a == b,
    }
}

pub fn array_with<T>(
    v: &Value,
    at: &str,
    errs: &mut DecodeErrors,
    rules: &ArrayRules,
    mut item: impl FnMut(&Value, &str, &mut DecodeErrors) -> Option<T>,
) -> Option<Vec<T>> {
    let Value::Array(items) = v else {
        mismatch(v, "an array", at, errs);
        return None;
    };
    let before = errs.issues.len();
    if let Some(min) = rules.min_items {
        if items.len() < min {
            errs.push(at, format!("must have at least {min} items, found {}", items.len()));
        }
    }
    if let Some(max) = rules.max_items {
        if items.len() > max {
            errs.push(at, format!("must have at most {max} items, found {}", items.len()));
        }
    }
    if rules.unique_items {
        let repeated = items.iter().enumerate().find_map(|(j, x)| items[..j].iter().position(|y| json_equal(x, y)).map(|i| (i, j)));
        if let Some((i, j)) = repeated {
            errs.push(at, format!("items must be unique; items {i} and {j} are equal"));
        }
    }
    let mut out = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        if let Some(x) = item(x, &child(at, &i.to_string()), errs) {
            out.push(x);
        }
    }
    (errs.issues.len() == before).then_some(out)
}

pub fn map_with<T>(
    v: &Value,
    at: &str,
    errs: &mut DecodeErrors,
    mut item: impl FnMut(&Value, &str, &mut DecodeErrors) -> Option<T>,
) -> Option<BTreeMap<String, T>> {
    let obj = object(v, at, errs)?;
    let before = errs.issues.len();
    let mut out = BTreeMap::new();
    for (k, x) in obj {
        if let Some(x) = item(x, &child(at, k), errs) {
            out.insert(k.clone(), x);
        }
    }
    (errs.issues.len() == before).then_some(out)
}

/// The string value of a discriminator property.
pub fn tag<'a>(obj: &'a Map<String, Value>, key: &str, at: &str, errs: &mut DecodeErrors) -> Option<&'a str> {
    match obj.get(key) {
        Some(Value::String(s)) => Some(s),
        Some(v) => {
            errs.push_field(at, key, format!("expected a string, found {}", kind(v)));
            None
        }
        None => {
            errs.push_field(at, key, "missing required property");
            None
        }
    }
}

pub fn unknown_tag(key: &str, value: &str, expected: &[&str], at: &str, errs: &mut DecodeErrors) {
    errs.push_field(at, key, format!("unknown value {value:?}; expected one of: {}", expected.join(", ")));
}

/// Serializes a struct through its [`WriteFields`].
pub fn serialize_struct<T: WriteFields, S: serde::Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(None)?;
    value.write_fields(&mut map)?;
    map.end()
}
