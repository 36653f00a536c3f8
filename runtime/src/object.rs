//! Decoding an object into a struct as its entries stream by: one pass over the keys, each value
//! decoded where it stands, and what the object lacks or must not have checked at its end.

use std::collections::BTreeMap;
use std::marker::PhantomData;

use serde::de::{Deserializer, IgnoredAny, MapAccess};

use crate::content::Content;
use crate::decode::{sink, Decoder, Sink, With};
use crate::errors::Cx;
use crate::unions::Const;

/// A struct decoded from an object's entries; its [`crate::Decode`] is [`decode_object`].
pub trait DecodeMap: Sized {
    fn decode_map<'de, A: MapAccess<'de>>(map: A, cx: &mut Cx) -> Result<Option<Self>, A::Error>;
}

struct ObjectOf<'c, T>(&'c mut Cx, PhantomData<fn() -> T>);

impl<'de, T: DecodeMap> Sink<'de> for ObjectOf<'_, T> {
    type Out = T;
    const EXPECTED: &'static str = "an object";
    fn cx(&mut self) -> &mut Cx {
        self.0
    }
    fn map<A: MapAccess<'de>>(self, map: A) -> Result<Option<T>, A::Error> {
        T::decode_map(map, self.0)
    }
}

/// An object's value decoded as `T`'s entries; any other kind of value is an issue.
pub fn decode_object<'de, T: DecodeMap, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<T>, D::Error> {
    sink(d, ObjectOf::<T>(cx, PhantomData))
}

/// A property's slot while its object is read: `None` while absent, then `Some` of what its value
/// decoded to (`None` inside when it was refused).
pub type Slot<T> = Option<Option<T>>;

/// The value of the property `key`, which the caller just read.
pub fn field<'de, A: MapAccess<'de>, De: Decoder>(map: &mut A, key: &str, dec: &De, cx: &mut Cx) -> Result<Slot<De::Out>, A::Error> {
    cx.inside(key, |cx| map.next_value_seed(With(dec, cx))).map(Some)
}

/// A required property, once the object is read: absent is an issue.
pub fn required<T>(slot: Slot<T>, key: &str, cx: &mut Cx) -> Option<T> {
    match slot {
        Some(value) => value,
        None => {
            cx.push_field(key, "missing required property");
            None
        }
    }
}

/// An optional property, once the object is read: `Some(None)` when absent, `None` when refused.
pub fn optional<T>(slot: Slot<T>) -> Option<Option<T>> {
    match slot {
        None => Some(None),
        Some(value) => value.map(Some),
    }
}

/// A property whose schema allows exactly one value (`const`, or an `enum` of one).
pub fn constant<'de, A: MapAccess<'de>>(map: &mut A, key: &str, expected: &Const, cx: &mut Cx) -> Result<(), A::Error> {
    let value: Content = map.next_value()?;
    if !expected.matches(&value) {
        cx.push_field(key, format!("expected {expected}, found {value}"));
    }
    Ok(())
}

/// A required constant never seen.
pub fn missing(seen: bool, key: &str, cx: &mut Cx) {
    if !seen {
        cx.push_field(key, "missing required property");
    }
}

/// A property whose schema is `false`.
pub fn forbidden<'de, A: MapAccess<'de>>(map: &mut A, key: &str, cx: &mut Cx) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>()?;
    cx.push_field(key, "must not be present (its schema is `false`)");
    Ok(())
}

/// A property that is read past: declared, but nothing the type keeps.
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(drop)
}

/// `additionalProperties: false`: a property the schema does not declare.
pub fn unknown<'de, A: MapAccess<'de>>(map: &mut A, key: &str, known: &[&str], cx: &mut Cx) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>()?;
    cx.push_field(key, format!("unknown property; expected one of: {}", known.join(", ")));
    Ok(())
}

/// A property the schema does not declare, kept as it is, so that an open object round-trips.
pub fn extra<'de, A: MapAccess<'de>>(map: &mut A, key: std::borrow::Cow<'de, str>, extras: &mut serde_json::Map<String, serde_json::Value>) -> Result<(), A::Error> {
    let value = map.next_value()?;
    extras.insert(key.into_owned(), value);
    Ok(())
}

/// A property the schema does not declare, decoded as `additionalProperties` says; `false` when
/// its value was refused.
pub fn extra_with<'de, A: MapAccess<'de>, De: Decoder>(
    map: &mut A,
    key: std::borrow::Cow<'de, str>,
    dec: &De,
    extras: &mut BTreeMap<String, De::Out>,
    cx: &mut Cx,
) -> Result<bool, A::Error> {
    match cx.inside(&key, |cx| map.next_value_seed(With(dec, cx)))? {
        Some(value) => {
            extras.insert(key.into_owned(), value);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// `minProperties` and `maxProperties`: how many properties the object had.
pub fn count_properties(n: usize, min: Option<usize>, max: Option<usize>, cx: &mut Cx) {
    if let Some(min) = min.filter(|min| n < *min) {
        cx.push(format!("must have at least {min} properties, found {n}"));
    }
    if let Some(max) = max.filter(|max| n > *max) {
        cx.push(format!("must have at most {max} properties, found {n}"));
    }
}

/// `anyOf`/`oneOf` of `required` lists: the object held every name of at least one list (of
/// exactly one, when `exactly_one`).
pub fn required_alternatives(present: &[String], sets: &[&[&str]], exactly_one: bool, cx: &mut Cx) {
    let held = sets.iter().filter(|set| set.iter().all(|k| present.iter().any(|p| p == k))).count();
    let listed = || sets.iter().map(|set| set.join(" and ")).collect::<Vec<_>>().join(" | ");
    if held == 0 {
        cx.push(format!("must have {}: {}", if exactly_one { "exactly one of" } else { "one of" }, listed()));
    } else if exactly_one && held > 1 {
        cx.push(format!("must have exactly one of: {}; found {held}", listed()));
    }
}
