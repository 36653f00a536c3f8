//! An object held for a second look at the lowest cost the deserializer allows: from serde_json,
//! each property's value is kept as its JSON text (read past, not parsed into anything), to be
//! decoded once its type is known; from any other deserializer, as buffered [`Content`].
//!
//! serde_json hands a value's text to the newtype struct it reserves for `RawValue` (its
//! `raw_value` feature, which this crate turns on); a deserializer that knows no such thing visits
//! the newtype as a plain value, and that value is buffered instead. Tests hold both paths.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

use crate::content::{visit_as_content, Content, ContentError, ContentRef, Key};

/// The name serde_json gives the newtype struct through which it hands out a value's raw text.
const RAW_TOKEN: &str = "$serde_json::private::RawValue";

/// One property's value, held.
#[derive(Debug, Clone, PartialEq)]
pub enum Held<'de> {
    /// The value's JSON text, borrowed from the input.
    Raw(&'de str),
    Content(Content<'de>),
}

impl<'de> Held<'de> {
    /// The value as buffered content (parsing held text).
    pub fn to_content(&self) -> Option<Content<'de>> {
        match self {
            Held::Raw(text) => match plain_string(text) {
                Some(s) => Some(Content::Str(Cow::Borrowed(s))),
                None => serde_json::from_str(text).ok(),
            },
            Held::Content(c) => Some(c.clone()),
        }
    }
}

/// The string held text is, when it is one without escapes: its text between the quotes. Held
/// text is a value serde_json read past, and so checked (no control character, escapes that
/// are escapes), and starts and ends at the value: such a string needs no second parse, which
/// would scan it all again.
pub(crate) fn plain_string(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    (!inner.as_bytes().contains(&b'\\')).then_some(inner)
}

impl<'de> de::Deserialize<'de> for Held<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_newtype_struct(RAW_TOKEN, HeldVisitor)
    }
}

struct HeldVisitor;

/// The raw text serde_json hands over; text it had to copy is parsed into owned content.
struct RawText<'de>(Held<'de>);

impl<'de> de::Deserialize<'de> for RawText<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = RawText<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a value's JSON text")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<RawText<'de>, E> {
                Ok(RawText(Held::Raw(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<RawText<'de>, E> {
                let content: Content = serde_json::from_str(s).map_err(E::custom)?;
                Ok(RawText(Held::Content(content.into_owned())))
            }
        }
        d.deserialize_str(TextVisitor)
    }
}

impl<'de> Visitor<'de> for HeldVisitor {
    type Value = Held<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Held<'de>, A::Error> {
        let Some(Key(first)) = map.next_key()? else { return Ok(Held::Content(Content::Map(Vec::new()))) };
        if first == RAW_TOKEN {
            return map.next_value::<RawText>().map(|t| t.0);
        }
        // A deserializer that visits the newtype as its value: this is an object of its own.
        let mut entries = vec![(first, map.next_value()?)];
        while let Some(Key(key)) = map.next_key()? {
            entries.push((key, map.next_value()?));
        }
        Ok(Held::Content(Content::Map(entries)))
    }
    visit_as_content!(Held::Content);
}

impl<'de> Held<'de> {
    /// The held value as a deserializer: held text through serde_json, content as content.
    fn deserialize_with<V: DeserializeSeed<'de>>(&self, seed: V) -> Result<V::Value, ContentError> {
        match self {
            Held::Raw(text) => {
                if let Some(s) = plain_string(text) {
                    return seed.deserialize(ContentRef::of(&Content::Str(Cow::Borrowed(s))));
                }
                let mut de = serde_json::Deserializer::from_str(text);
                seed.deserialize(&mut de).map_err(|e| ContentError(e.to_string()))
            }
            Held::Content(c) => seed.deserialize(ContentRef::of(c)),
        }
    }
}

/// A value a union looked at: an object's properties, held; anything else, buffered.
#[derive(Debug, Clone, PartialEq)]
pub enum Ahead<'de> {
    Object(Vec<(Cow<'de, str>, Held<'de>)>),
    Other(Content<'de>),
}

impl<'de> Ahead<'de> {
    /// How the value is named in messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Ahead::Object(_) => "an object",
            Ahead::Other(c) => c.kind(),
        }
    }

    /// A property of an object (the last, should the key repeat).
    pub fn get(&self, key: &str) -> Option<&Held<'de>> {
        match self {
            Ahead::Object(entries) => entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            Ahead::Other(_) => None,
        }
    }

    /// The value as a deserializer, for decoding it once its type is known.
    pub fn as_deserializer<'a>(&'a self) -> AheadRef<'a, 'de> {
        AheadRef(self)
    }
}

impl<'de> de::Deserialize<'de> for Ahead<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct AheadVisitor;
        impl<'de> Visitor<'de> for AheadVisitor {
            type Value = Ahead<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ahead<'de>, A::Error> {
                let mut entries = Vec::new();
                while let Some(Key(key)) = map.next_key()? {
                    entries.push((key, map.next_value()?));
                }
                Ok(Ahead::Object(entries))
            }
            visit_as_content!(Ahead::Other);
        }
        d.deserialize_any(AheadVisitor)
    }
}

/// A value looked ahead at, as a deserializer.
#[derive(Clone, Copy)]
pub struct AheadRef<'a, 'de>(&'a Ahead<'de>);

impl<'a, 'de> Deserializer<'de> for AheadRef<'a, 'de> {
    type Error = ContentError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ContentError> {
        match self.0 {
            Ahead::Object(entries) => visitor.visit_map(HeldMap { entries: entries.iter(), value: None }),
            Ahead::Other(c) => ContentRef::of(c).deserialize_any(visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ContentError> {
        match self.0 {
            Ahead::Other(c) => ContentRef::of(c).deserialize_option(visitor),
            Ahead::Object(_) => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, ContentError> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// Held properties as a map to decode.
struct HeldMap<'a, 'de> {
    entries: std::slice::Iter<'a, (Cow<'de, str>, Held<'de>)>,
    value: Option<&'a Held<'de>>,
}

impl<'a, 'de> MapAccess<'de> for HeldMap<'a, 'de> {
    type Error = ContentError;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, ContentError> {
        let Some((key, value)) = self.entries.next() else { return Ok(None) };
        self.value = Some(value);
        crate::content::key_into(key, seed).map(Some)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, ContentError> {
        match self.value.take() {
            Some(value) => value.deserialize_with(seed),
            None => Err(de::Error::custom("a value asked for before its key")),
        }
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// Hands a held value to `seed`: for a map that mixes held entries with a live one.
pub(crate) fn held_into<'de, V: DeserializeSeed<'de>>(held: &Held<'de>, seed: V) -> Result<V::Value, ContentError> {
    held.deserialize_with(seed)
}
