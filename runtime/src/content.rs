//! A JSON value held for a second look, borrowing from the input where it can: what a union
//! buffers to choose its variant by keys or tag before decoding it once. Unlike a
//! `serde_json::Value` it copies no unescaped string and hashes no key: an object is its entries
//! in document order.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// One buffered JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Content<'de> {
    Null,
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    Str(Cow<'de, str>),
    Seq(Vec<Content<'de>>),
    /// Entries in document order; a repeated key keeps every occurrence, and lookups take the last.
    Map(Vec<(Cow<'de, str>, Content<'de>)>),
}

impl<'de> Content<'de> {
    /// The entries, when the value is an object.
    pub fn as_map(&self) -> Option<&[(Cow<'de, str>, Content<'de>)]> {
        match self {
            Content::Map(entries) => Some(entries),
            _ => None,
        }
    }

    /// A property of an object (the last, should the key repeat, as JSON parsers keep it).
    pub fn get(&self, key: &str) -> Option<&Content<'de>> {
        self.as_map()?.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The value as a deserializer, for decoding it once its type is known.
    pub fn as_deserializer<'a>(&'a self) -> ContentRef<'a, 'de> {
        ContentRef(self)
    }

    /// How the value is named in messages: `a string`, `an object`.
    pub fn kind(&self) -> &'static str {
        match self {
            Content::Null => "null",
            Content::Bool(_) => "a boolean",
            Content::U64(_) | Content::I64(_) | Content::F64(_) => "a number",
            Content::Str(_) => "a string",
            Content::Seq(_) => "an array",
            Content::Map(_) => "an object",
        }
    }

    /// The same value, owning every string.
    pub fn into_owned(self) -> Content<'static> {
        match self {
            Content::Null => Content::Null,
            Content::Bool(b) => Content::Bool(b),
            Content::U64(n) => Content::U64(n),
            Content::I64(n) => Content::I64(n),
            Content::F64(n) => Content::F64(n),
            Content::Str(s) => Content::Str(Cow::Owned(s.into_owned())),
            Content::Seq(items) => Content::Seq(items.into_iter().map(Content::into_owned).collect()),
            Content::Map(entries) => Content::Map(entries.into_iter().map(|(k, v)| (Cow::Owned(k.into_owned()), v.into_owned())).collect()),
        }
    }

    /// The number's value, when the value is a number.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Content::U64(n) => Some(*n as f64),
            Content::I64(n) => Some(*n as f64),
            Content::F64(n) => Some(*n),
            _ => None,
        }
    }
}

/// Equality as JSON Schema defines it: numbers by their value (`1` equals `1.0`), objects whatever
/// the order of their keys.
pub fn content_equal(a: &Content, b: &Content) -> bool {
    match (a, b) {
        (Content::U64(x), Content::U64(y)) => x == y,
        (Content::I64(x), Content::I64(y)) => x == y,
        (Content::U64(_) | Content::I64(_) | Content::F64(_), Content::U64(_) | Content::I64(_) | Content::F64(_)) => a.as_f64() == b.as_f64(),
        (Content::Seq(x), Content::Seq(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| content_equal(x, y)),
        (Content::Map(x), Content::Map(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| b.get(k).is_some_and(|w| content_equal(v, w)))
        }
        (Content::Str(x), Content::Str(y)) => x == y,
        (Content::Bool(x), Content::Bool(y)) => x == y,
        (Content::Null, Content::Null) => true,
        _ => false,
    }
}

/// JSON text, as in messages that quote a value.
impl fmt::Display for Content<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&serde_json::to_string(self).map_err(|_| fmt::Error)?)
    }
}

impl Serialize for Content<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Content::Null => serializer.serialize_unit(),
            Content::Bool(b) => serializer.serialize_bool(*b),
            Content::U64(n) => serializer.serialize_u64(*n),
            Content::I64(n) => serializer.serialize_i64(*n),
            Content::F64(n) => serializer.serialize_f64(*n),
            Content::Str(s) => serializer.serialize_str(s),
            Content::Seq(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Content::Map(entries) => {
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                for (k, v) in entries {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

/// A property name, borrowed from the input when it has no escapes.
pub struct Key<'de>(pub Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a property name")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s)))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// The `visit_*` methods of a visitor whose values other than objects are [`Content`], wrapped by
/// `$wrap`: each hands its value to [`ContentVisitor`] (the one place that reads JSON's kinds).
macro_rules! visit_as_content {
    ($wrap:expr) => {
        fn visit_newtype_struct<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            <crate::content::Content as serde::Deserialize>::deserialize(d).map($wrap)
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            <crate::content::Content as serde::Deserialize>::deserialize(d).map($wrap)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            serde::de::Visitor::visit_none(crate::content::ContentVisitor).map($wrap)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            serde::de::Visitor::visit_unit(crate::content::ContentVisitor).map($wrap)
        }
        fn visit_bool<E: serde::de::Error>(self, b: bool) -> Result<Self::Value, E> {
            serde::de::Visitor::visit_bool(crate::content::ContentVisitor, b).map($wrap)
        }
        fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Self::Value, E> {
            serde::de::Visitor::visit_u64(crate::content::ContentVisitor, n).map($wrap)
        }
        fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Self::Value, E> {
            serde::de::Visitor::visit_i64(crate::content::ContentVisitor, n).map($wrap)
        }
        fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Self::Value, E> {
            serde::de::Visitor::visit_f64(crate::content::ContentVisitor, n).map($wrap)
        }
        fn visit_borrowed_str<E: serde::de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
            serde::de::Visitor::visit_borrowed_str(crate::content::ContentVisitor, s).map($wrap)
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
            serde::de::Visitor::visit_str(crate::content::ContentVisitor, s).map($wrap)
        }
        fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Self::Value, E> {
            serde::de::Visitor::visit_string(crate::content::ContentVisitor, s).map($wrap)
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            serde::de::Visitor::visit_seq(crate::content::ContentVisitor, seq).map($wrap)
        }
    };
}
pub(crate) use visit_as_content;

impl<'de> de::Deserialize<'de> for Content<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ContentVisitor)
    }
}

pub(crate) struct ContentVisitor;

impl<'de> Visitor<'de> for ContentVisitor {
    type Value = Content<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Content<'de>, E> {
        Ok(Content::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Content<'de>, E> {
        Ok(Content::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Content<'de>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Content<'de>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Content<'de>, E> {
        Ok(Content::Bool(b))
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Content<'de>, E> {
        Ok(Content::U64(n))
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Content<'de>, E> {
        // Non-negative integers are `U64`, as serde_json reads them, so that equal values compare equal.
        Ok(if n >= 0 { Content::U64(n as u64) } else { Content::I64(n) })
    }
    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Content<'de>, E> {
        Ok(Content::F64(n))
    }
    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Content<'de>, E> {
        Ok(Content::Str(Cow::Borrowed(s)))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Content<'de>, E> {
        Ok(Content::Str(Cow::Owned(s.to_owned())))
    }
    fn visit_string<E: de::Error>(self, s: String) -> Result<Content<'de>, E> {
        Ok(Content::Str(Cow::Owned(s)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Content<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Content::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Content<'de>, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(8).min(64));
        while let Some(Key(key)) = map.next_key()? {
            entries.push((key, map.next_value()?));
        }
        Ok(Content::Map(entries))
    }
}

/// The error of decoding from buffered content: only a decoder's own custom error, since the
/// content is JSON already read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError(pub String);

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ContentError {}

impl de::Error for ContentError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        ContentError(msg.to_string())
    }
}

/// Buffered content as a deserializer: borrowed strings are handed on borrowed.
#[derive(Clone, Copy)]
pub struct ContentRef<'a, 'de>(&'a Content<'de>);

impl<'a, 'de> ContentRef<'a, 'de> {
    pub(crate) fn of(content: &'a Content<'de>) -> Self {
        ContentRef(content)
    }
}

/// Hands a held property name to `seed`, borrowed where it was borrowed.
pub(crate) fn key_into<'de, K: DeserializeSeed<'de>>(key: &Cow<'de, str>, seed: K) -> Result<K::Value, ContentError> {
    match key {
        Cow::Borrowed(s) => seed.deserialize(de::value::BorrowedStrDeserializer::new(s)),
        Cow::Owned(s) => seed.deserialize(de::value::StrDeserializer::new(s)),
    }
}

impl<'a, 'de> Deserializer<'de> for ContentRef<'a, 'de> {
    type Error = ContentError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ContentError> {
        match self.0 {
            Content::Null => visitor.visit_unit(),
            Content::Bool(b) => visitor.visit_bool(*b),
            Content::U64(n) => visitor.visit_u64(*n),
            Content::I64(n) => visitor.visit_i64(*n),
            Content::F64(n) => visitor.visit_f64(*n),
            Content::Str(Cow::Borrowed(s)) => visitor.visit_borrowed_str(s),
            Content::Str(Cow::Owned(s)) => visitor.visit_str(s),
            Content::Seq(items) => visitor.visit_seq(SeqRef(items.iter())),
            Content::Map(entries) => visitor.visit_map(MapRef { entries: entries.iter(), value: None }),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ContentError> {
        match self.0 {
            Content::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
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

impl<'a, 'de> IntoDeserializer<'de, ContentError> for ContentRef<'a, 'de> {
    type Deserializer = Self;
    fn into_deserializer(self) -> Self {
        self
    }
}

struct SeqRef<'a, 'de>(std::slice::Iter<'a, Content<'de>>);

impl<'a, 'de> SeqAccess<'de> for SeqRef<'a, 'de> {
    type Error = ContentError;
    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, ContentError> {
        self.0.next().map(|item| seed.deserialize(ContentRef(item))).transpose()
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

/// The entries of a buffered object, as a map to decode.
pub struct MapRef<'a, 'de> {
    entries: std::slice::Iter<'a, (Cow<'de, str>, Content<'de>)>,
    value: Option<&'a Content<'de>>,
}

impl<'a, 'de> MapAccess<'de> for MapRef<'a, 'de> {
    type Error = ContentError;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, ContentError> {
        let Some((key, value)) = self.entries.next() else { return Ok(None) };
        self.value = Some(value);
        key_into(key, seed).map(Some)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, ContentError> {
        match self.value.take() {
            Some(value) => seed.deserialize(ContentRef(value)),
            None => Err(de::Error::custom("a value asked for before its key")),
        }
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}
