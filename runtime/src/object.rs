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

    /// [`DecodeMap::decode_map`] for a variant of a tagged union: `tag_given` says the union read
    /// the tag and matched it to this variant, and may have handed on the rest of the object
    /// without it (see [`crate::Tagged::TAG_IS_CONSTANT`]), so a missing tag is no issue. A
    /// struct that holds the tag as a constant overrides it; for any other, the tag is not its
    /// concern.
    #[inline]
    fn decode_variant_map<'de, A: MapAccess<'de>>(map: A, cx: &mut Cx, tag_given: bool) -> Result<Option<Self>, A::Error> {
        let _ = tag_given;
        Self::decode_map(map, cx)
    }
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

struct VariantOf<'c, T>(&'c mut Cx, PhantomData<fn() -> T>);

impl<'de, T: DecodeMap> Sink<'de> for VariantOf<'_, T> {
    type Out = T;
    const EXPECTED: &'static str = "an object";
    fn cx(&mut self) -> &mut Cx {
        self.0
    }
    fn map<A: MapAccess<'de>>(self, map: A) -> Result<Option<T>, A::Error> {
        T::decode_variant_map(map, self.0, true)
    }
}

/// The variant `T` of a tagged union whose tag was read and matched to it: [`decode_object`],
/// the tag needed no more (see [`DecodeMap::decode_variant_map`]).
pub fn decode_tagged_variant<'de, T: DecodeMap, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<T>, D::Error> {
    sink(d, VariantOf::<T>(cx, PhantomData))
}

/// A property's slot while its object is read: `None` while absent, then `Some` of what its value
/// decoded to (`None` inside when it was refused).
pub type Slot<T> = Option<Option<T>>;

/// The value of the property `key`, which the caller just read.
pub fn field<'de, A: MapAccess<'de>, De: Decoder>(map: &mut A, key: &str, dec: &De, cx: &mut Cx) -> Result<Slot<De::Out>, A::Error> {
    cx.inside(key, |cx| map.next_value_seed(With(dec, cx))).map(Some)
}

/// The value of the property `key`, which the caller just read, as its type's own [`crate::Decode`]
/// reads it: [`field`] with [`crate::of`], the type taken from where the slot goes. Most properties
/// have no constraint beyond their type, and generated code that names no decoder for them is
/// shorter to write, parse and compile.
#[inline]
pub fn value<'de, A: MapAccess<'de>, T: crate::Decode>(map: &mut A, key: &str, cx: &mut Cx) -> Result<Slot<T>, A::Error> {
    field(map, key, &crate::of::<T>(), cx)
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

/// A property whose schema allows exactly one value (`const`, or an `enum` of one). A string
/// constant, the usual kind, is compared where it lies in the input.
pub fn constant<'de, A: MapAccess<'de>>(map: &mut A, key: &str, expected: &Const, cx: &mut Cx) -> Result<(), A::Error> {
    if let Const::Str(text) = expected {
        if let Some(Err(found)) = map.next_value_seed(SameStr(text))? {
            cx.push_field(key, format!("expected {expected}, found {found}"));
        }
        return Ok(());
    }
    let value: Content = map.next_value()?;
    if !expected.matches(&value) {
        cx.push_field(key, format!("expected {expected}, found {value}"));
    }
    Ok(())
}

/// Reads a value and says whether it is the string given: `Some(Ok)` when it is, `Some(Err)` with
/// the value as JSON text when it is not.
struct SameStr<'a>(&'a str);

impl<'de> serde::de::DeserializeSeed<'de> for SameStr<'_> {
    type Value = Option<Result<(), String>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        struct V<'a>(&'a str);
        impl<'de> serde::de::Visitor<'de> for V<'_> {
            type Value = Option<Result<(), String>>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
                Ok(Some(if s == self.0 { Ok(()) } else { Err(serde_json::to_string(s).unwrap_or_default()) }))
            }
            fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                serde::de::DeserializeSeed::deserialize(SameStr(self.0), d)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                serde::de::DeserializeSeed::deserialize(SameStr(self.0), d)
            }
            // Any other kind of value: buffered, to be quoted.
            fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(Some(Err("null".into())))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(Some(Err("null".into())))
            }
            fn visit_bool<E: serde::de::Error>(self, b: bool) -> Result<Self::Value, E> {
                Ok(Some(Err(b.to_string())))
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Self::Value, E> {
                Ok(Some(Err(n.to_string())))
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Self::Value, E> {
                Ok(Some(Err(n.to_string())))
            }
            fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Self::Value, E> {
                Ok(Some(Err(Content::F64(n).to_string())))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                let items = serde::de::Visitor::visit_seq(crate::content::ContentVisitor, seq)?;
                Ok(Some(Err(items.to_string())))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                let entries = serde::de::Visitor::visit_map(crate::content::ContentVisitor, map)?;
                Ok(Some(Err(entries.to_string())))
            }
        }
        d.deserialize_any(V(self.0))
    }
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
