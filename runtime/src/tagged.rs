//! Unions with a discriminator: the object's entries are read up to the tag (and only those are
//! held: as their JSON text from serde_json, or as their value where every variant types them as
//! scalars), then the variant the tag names decodes the held entries and the rest of the object
//! as it streams. A tag written first, as most servers write it, means nothing is held at all;
//! where every variant holds the tag as a constant, the tag is not handed on again, wherever it
//! was written.

use std::borrow::Cow;
use std::fmt;

use serde::de::value::{BorrowedStrDeserializer, MapAccessDeserializer, StrDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::content::{key_into, Content, Key};
use crate::held::{held_into, Held};
use crate::decode::{sink, Sink};
use crate::errors::Cx;

/// A union whose variant its tag property names.
pub trait Tagged: Sized {
    /// The property that names the variant.
    const TAG: &'static str;

    /// Whether every variant decodes through [`crate::decode_tagged_variant`], which needs the
    /// tag no more once it named the variant: then a tag written first is not handed on again
    /// (its key matched and its value compared a second time: 6.6% of the instructions that
    /// decoding My Account's create-request examples takes, counted by callgrind).
    const TAG_IS_CONSTANT: bool = false;

    /// Whether every variant that declares the property `key` takes only scalars there (strings,
    /// numbers, booleans, null). Such a property read before the tag is held as its value rather
    /// than its text: for a scalar that is as exact (a held text is read again by the same
    /// parser, which visits the same value) and costs one scan of it instead of three (read past,
    /// searched for escapes, parsed again), with nothing allocated. Any other value there (which
    /// a variant declaring the property refuses) is buffered, which costs allocations only then;
    /// either way the variant is handed the same value.
    #[inline]
    fn holds_scalar(_key: &str) -> bool {
        false
    }

    /// Decodes the variant `tag` names from the whole object (tag included, but for a tag written
    /// first where [`Tagged::TAG_IS_CONSTANT`]) into `place` (left as it is when an issue was
    /// recorded: see [`crate::Decode::decode_in_place`]); an unknown tag is an issue, and the
    /// object is read through.
    fn decode_variant<'de, D: Deserializer<'de>>(tag: &str, d: D, cx: &mut Cx, place: &mut Option<Self>) -> Result<(), D::Error>;
}

/// Reads a value through without keeping it.
pub fn skip_value<'de, D: Deserializer<'de>>(d: D) -> Result<(), D::Error> {
    <IgnoredAny as de::Deserialize>::deserialize(d).map(drop)
}

/// A tagged union's value: an object whose tag names the variant.
#[inline]
pub fn decode_tagged<'de, T: Tagged, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<T>, D::Error> {
    let mut place = None;
    decode_tagged_in_place(d, cx, &mut place)?;
    Ok(place)
}

/// [`decode_tagged`] into `place`.
pub fn decode_tagged_in_place<'de, T: Tagged, D: Deserializer<'de>>(d: D, cx: &mut Cx, place: &mut Option<T>) -> Result<(), D::Error> {
    sink(d, TaggedSink::<T>(cx, place)).map(drop)
}

/// What a tagged union's object goes to: the value is written into the place, so the sink's own
/// answer is only whether there is one.
struct TaggedSink<'c, 'p, T>(&'c mut Cx, &'p mut Option<T>);

impl<'de, T: Tagged> Sink<'de> for TaggedSink<'_, '_, T> {
    type Out = ();
    const EXPECTED: &'static str = "an object";
    fn cx(&mut self) -> &mut Cx {
        self.0
    }
    fn map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<()>, A::Error> {
        let TaggedSink(cx, place) = self;
        // The properties before the tag, held (as their JSON text, from serde_json). The first
        // is kept in place: an object usually has none or one (an `id`) before its tag, and
        // a vector for one would be an allocation per object.
        let mut first: Option<(Cow<'de, str>, Held<'de>)> = None;
        let mut more: Vec<(Cow<'de, str>, Held<'de>)> = Vec::new();
        while let Some(Key(key)) = map.next_key()? {
            if key != T::TAG {
                let value = if T::holds_scalar(&key) { Held::Content(map.next_value()?) } else { map.next_value()? };
                let entry = (key, value);
                match first {
                    None => first = Some(entry),
                    Some(_) => more.push(entry),
                }
                continue;
            }
            let tag = match map.next_value_seed(TagValue)? {
                Ok(tag) => tag,
                Err(found) => {
                    cx.push_field(T::TAG, format!("expected a string, found {found}"));
                    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                    return Ok(None);
                }
            };
            if first.is_none() {
                // The tag came first: the variant reads it again (unless it needs it no more),
                // then the rest as it streams, through no buffer (the tag's value by reference,
                // copied nowhere).
                let state = if T::TAG_IS_CONSTANT { TagFirstState::Rest } else { TagFirstState::Key };
                let rest = TagFirst { state, tag: &tag, rest: map, tag_key: T::TAG };
                T::decode_variant(&tag, MapAccessDeserializer::new(rest), cx, place)?;
                return Ok(place.as_ref().map(drop));
            }
            // Borrowed from the input, the tag costs nothing to keep beside its entry; a variant
            // that needs it no more is not handed it again (as a tag written first is not).
            let held_tag = (!T::TAG_IS_CONSTANT).then(|| (key, Held::Content(Content::Str(tag.clone()))));
            let rest = Chain { held: true, first, more: more.into_iter(), tag: held_tag, value: None, rest: map };
            T::decode_variant(&tag, MapAccessDeserializer::new(rest), cx, place)?;
            return Ok(place.as_ref().map(drop));
        }
        cx.push_field(T::TAG, "missing required property");
        Ok(None)
    }
}

/// The entries held while looking for the tag, the tag, then the rest of the object.
struct Chain<'de, A> {
    /// Whether any held entry (the tag at least) is still to come: past them, every key and value
    /// is the rest's, without looking at the held ones again.
    held: bool,
    first: Option<(Cow<'de, str>, Held<'de>)>,
    more: std::vec::IntoIter<(Cow<'de, str>, Held<'de>)>,
    tag: Option<(Cow<'de, str>, Held<'de>)>,
    value: Option<Held<'de>>,
    rest: A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Chain<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        if !self.held {
            return self.rest.next_key_seed(seed);
        }
        let Some((key, value)) = self.first.take().or_else(|| self.more.next()).or_else(|| self.tag.take()) else {
            self.held = false;
            return self.rest.next_key_seed(seed);
        };
        // The tag (where it is handed on) is held last: once the last held entry is handed on,
        // only the rest is left.
        self.held = !self.more.as_slice().is_empty() || self.tag.is_some();
        self.value = Some(value);
        key_into(&key, seed).map(Some).map_err(de::Error::custom)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        if self.value.is_none() {
            return self.rest.next_value_seed(seed);
        }
        match self.value.take() {
            Some(value) => held_into(&value, seed).map_err(de::Error::custom),
            None => self.rest.next_value_seed(seed),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        self.rest.size_hint().map(|n| n + usize::from(self.first.is_some()) + self.more.len() + usize::from(self.tag.is_some()))
    }
}

/// A tag's value: the string, borrowed where the input allows, or what kind of value it was
/// instead (read through, for the message).
struct TagValue;

impl<'de> DeserializeSeed<'de> for TagValue {
    type Value = Result<Cow<'de, str>, &'static str>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(TagValueVisitor)
    }
}

struct TagValueVisitor;

impl<'de> Visitor<'de> for TagValueVisitor {
    type Value = Result<Cow<'de, str>, &'static str>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a tag's value")
    }
    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Ok(Cow::Borrowed(s)))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Ok(Cow::Owned(s.to_owned())))
    }
    fn visit_string<E: de::Error>(self, s: String) -> Result<Self::Value, E> {
        Ok(Ok(Cow::Owned(s)))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Err("null"))
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Err("null"))
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Err("a boolean"))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Err("a number"))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Err("a number"))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Err("a number"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Err("an array"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Err("an object"))
    }
}

/// Where [`TagFirst`] is in the object.
#[derive(Clone, Copy, PartialEq)]
enum TagFirstState {
    Key,
    Value,
    Rest,
}

/// An object whose first property was its tag, already read: the tag handed on again, then the
/// rest of the object as it streams, with nothing held.
struct TagFirst<'t, 'de, A> {
    state: TagFirstState,
    tag_key: &'static str,
    /// The tag's value, which the caller keeps: a reference, so that handing it on copies nothing.
    tag: &'t Cow<'de, str>,
    rest: A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for TagFirst<'_, 'de, A> {
    type Error = A::Error;

    #[inline]
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        if self.state != TagFirstState::Key {
            return self.rest.next_key_seed(seed);
        }
        self.state = TagFirstState::Value;
        seed.deserialize(BorrowedStrDeserializer::new(self.tag_key)).map(Some)
    }

    #[inline]
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        if self.state != TagFirstState::Value {
            return self.rest.next_value_seed(seed);
        }
        self.state = TagFirstState::Rest;
        match self.tag {
            Cow::Borrowed(s) => seed.deserialize(BorrowedStrDeserializer::new(s)),
            Cow::Owned(s) => seed.deserialize(StrDeserializer::new(s)),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        let ahead = match self.state {
            TagFirstState::Key => 1,
            _ => 0,
        };
        self.rest.size_hint().map(|n| n + ahead)
    }
}
