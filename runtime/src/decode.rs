//! Decoding straight from the deserializer: the traits generated types implement, the visitor
//! that turns every JSON token into either a value or an issue (so decoding goes on past the first
//! problem), and the entry points from bytes, text and values.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::content::{Content, ContentError};
use crate::errors::{Cx, DecodeErrors};

/// A type that decodes itself from any serde deserializer, checking its schema's constraints.
/// `Ok(None)` exactly when it recorded at least one issue in `cx`; `Err` only for what the
/// deserializer itself refuses (JSON that is not JSON).
pub trait Decode: Sized {
    fn decode<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<Self>, D::Error>;

    /// [`Decode::decode`] into `place` (`None` on the way in, `None` on the way out exactly when
    /// an issue was recorded). The entry points decode so; a type whose value is large (a keyed
    /// union's: hundreds of bytes) builds it there, instead of having it copied on its way back
    /// through each layer of the deserializer.
    #[inline]
    fn decode_in_place<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx, place: &mut Option<Self>) -> Result<(), D::Error> {
        *place = Self::decode(d, cx)?;
        Ok(())
    }
}

/// A way of decoding a `T` where the use adds constraints (a string's length, an array's items):
/// a value the generated code builds from the schema, composed like the schema is.
pub trait Decoder {
    type Out;
    fn decode<'de, D: Deserializer<'de>>(&self, d: D, cx: &mut Cx) -> Result<Option<Self::Out>, D::Error>;
}

/// The decoder of a type's own [`Decode`].
pub struct Of<T>(PhantomData<fn() -> T>);

/// The decoder of `T`'s own [`Decode`].
pub const fn of<T>() -> Of<T> {
    Of(PhantomData)
}

impl<T: Decode> Decoder for Of<T> {
    type Out = T;
    fn decode<'de, D: Deserializer<'de>>(&self, d: D, cx: &mut Cx) -> Result<Option<T>, D::Error> {
        T::decode(d, cx)
    }
}

/// A decoder as a serde seed, for `next_value_seed` and `next_element_seed`.
pub struct With<'a, 'c, De>(pub &'a De, pub &'c mut Cx);

impl<'de, De: Decoder> DeserializeSeed<'de> for With<'_, '_, De> {
    type Value = Option<De::Out>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.0.decode(d, self.1)
    }
}

/// What a value of each JSON kind becomes. Every kind the sink does not take is refused with
/// "expected X, found Y" and, for arrays and objects, read through to its end, so that decoding
/// goes on with the next value.
pub trait Sink<'de>: Sized {
    type Out;
    /// What the schema expects, for messages: `a string`.
    const EXPECTED: &'static str;

    fn cx(&mut self) -> &mut Cx;

    fn refuse(mut self, found: &str) -> Option<Self::Out> {
        let message = format!("expected {}, found {found}", Self::EXPECTED);
        self.cx().push(message);
        None
    }
    fn null(self) -> Option<Self::Out> {
        self.refuse("null")
    }
    fn boolean(self, _b: bool) -> Option<Self::Out> {
        self.refuse("a boolean")
    }
    fn u64(self, _n: u64) -> Option<Self::Out> {
        self.refuse("a number")
    }
    fn i64(self, _n: i64) -> Option<Self::Out> {
        self.refuse("a number")
    }
    fn f64(self, _n: f64) -> Option<Self::Out> {
        self.refuse("a number")
    }
    fn string(self, _s: Cow<'de, str>) -> Option<Self::Out> {
        self.refuse("a string")
    }
    fn seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Option<Self::Out>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(self.refuse("an array"))
    }
    fn map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<Self::Out>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(self.refuse("an object"))
    }
}

/// Decodes one value of any kind into `S`.
pub fn sink<'de, D: Deserializer<'de>, S: Sink<'de>>(d: D, s: S) -> Result<Option<S::Out>, D::Error> {
    d.deserialize_any(SinkVisitor(s))
}

struct SinkVisitor<S>(S);

impl<'de, S: Sink<'de>> Visitor<'de> for SinkVisitor<S> {
    type Value = Option<S::Out>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(S::EXPECTED)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(self.0.null())
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(self.0.null())
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Self::Value, E> {
        Ok(self.0.boolean(b))
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
        Ok(self.0.u64(n))
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
        Ok(if n >= 0 { self.0.u64(n as u64) } else { self.0.i64(n) })
    }
    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Self::Value, E> {
        Ok(self.0.f64(n))
    }
    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(self.0.string(Cow::Borrowed(s)))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        Ok(self.0.string(Cow::Owned(s.to_owned())))
    }
    fn visit_string<E: de::Error>(self, s: String) -> Result<Self::Value, E> {
        Ok(self.0.string(Cow::Owned(s)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        self.0.seq(seq)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        self.0.map(map)
    }
}

/// Decodes buffered content with `dec`, as buffered content replays: an error is an issue.
pub fn from_content<De: Decoder>(dec: &De, content: &Content, cx: &mut Cx) -> Option<De::Out> {
    replay(dec, content.as_deserializer(), cx)
}

/// Decodes a value read once already (buffered content, held text) with `dec`. It is JSON already
/// read, so the only error left would be a decoder's own, which is then an issue like any other.
pub(crate) fn replay<'de, De: Decoder, D: Deserializer<'de, Error = ContentError>>(dec: &De, d: D, cx: &mut Cx) -> Option<De::Out> {
    match dec.decode(d, cx) {
        Ok(value) => value,
        Err(ContentError(message)) => {
            cx.push(message);
            None
        }
    }
}

/// `T` from a deserializer, every problem reported with its pointer as the deserializer's error:
/// what the generated `Deserialize` impls call.
pub fn deserialize<'de, T: Decode, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    let mut cx = Cx::new();
    // The value goes straight out when clean: through `Cx::finish` it would be moved once more,
    // and a union's value is hundreds of bytes.
    let mut place = None;
    T::decode_in_place(d, &mut cx, &mut place)?;
    match place {
        Some(value) if cx.errs.is_empty() => Ok(value),
        value => Err(de::Error::custom(cx.finish(value).err().unwrap_or_default())),
    }
}

/// `T` from an in-memory deserializer, or every problem found (its own error among them). The
/// value can be read again, so a union may read it once and ask for a second reading.
fn decode_from<'de, T: Decode, D: Deserializer<'de> + Copy>(d: D) -> Result<T, DecodeErrors> {
    let once = |cx: &mut Cx| {
        let mut place = None;
        if let Err(e) = T::decode_in_place(d, cx, &mut place) {
            cx.push(e.to_string());
            place = None;
        }
        place
    };
    let mut cx = Cx::allowing_replay(DecodeErrors::default());
    let mut value = once(&mut cx);
    if cx.replay_asked() {
        cx = Cx::new();
        value = once(&mut cx);
    }
    cx.finish(value)
}

/// Decodes a value into `T`, or every problem found.
pub fn decode<T: Decode>(v: &serde_json::Value) -> Result<T, DecodeErrors> {
    decode_from(v)
}

/// Decodes `T` from a string value given as its text (a path, query or header parameter), as
/// [`decode`] would from the JSON string holding it, without building one.
pub fn decode_string<T: Decode>(text: &str) -> Result<T, DecodeErrors> {
    let content = crate::content::Content::Str(std::borrow::Cow::Borrowed(text));
    decode_from(crate::content::ContentRef::of(&content))
}

/// Parses JSON text and decodes it into `T` in one pass; a syntax error is one issue at the root.
pub fn decode_slice<T: Decode>(bytes: &[u8]) -> Result<T, DecodeErrors> {
    decode_json(|| serde_json::de::SliceRead::new(bytes))
}

/// [`decode_slice`] of text already known to be UTF-8 (a `&str`), whose strings serde_json then
/// does not check again: what `serde_json::from_str` is to `from_slice`.
pub fn decode_text<T: Decode>(text: &str) -> Result<T, DecodeErrors> {
    decode_json(|| serde_json::de::StrRead::new(text))
}

/// Parses JSON text and decodes it into `T`, recording problems in `errs` (a syntax error is one
/// issue at the root); `None` exactly when it recorded one.
pub fn decode_slice_into<T: Decode>(bytes: &[u8], errs: &mut DecodeErrors) -> Option<T> {
    let read = || serde_json::de::SliceRead::new(bytes);
    let before = errs.issues.len();
    let mut cx = Cx::allowing_replay(std::mem::take(errs));
    let decoded = read_once(&read, &mut cx);
    settle(read, decoded, cx, before, errs)
}

/// The JSON text `read` makes a reader of, decoded into `T`. The usual case, a valid value read
/// once, hands the value straight back: a union's value is hundreds of bytes, and every layer it
/// passes through as an `Option` inside a `Result` copies it (counted by callgrind on the unions'
/// examples, 2% to 4% of a round's instructions).
fn decode_json<'a, T: Decode, R: serde_json::de::Read<'a>>(read: impl Fn() -> R) -> Result<T, DecodeErrors> {
    let mut cx = Cx::allowing_replay(DecodeErrors::default());
    let mut de = serde_json::Deserializer::new(read());
    let mut place = None;
    let first = T::decode_in_place(&mut de, &mut cx, &mut place).and_then(|()| de.end());
    match place {
        Some(value) if first.is_ok() && cx.errs.is_empty() => Ok(value),
        place => {
            let mut errs = DecodeErrors::default();
            match settle(read, first.map(|()| place), cx, 0, &mut errs) {
                Some(value) if errs.is_empty() => Ok(value),
                _ => Err(errs),
            }
        }
    }
}

/// One reading of the text, to its end.
fn read_once<'a, T: Decode, R: serde_json::de::Read<'a>>(read: &impl Fn() -> R, cx: &mut Cx) -> Result<Option<T>, serde_json::Error> {
    let mut de = serde_json::Deserializer::new(read());
    let mut place = None;
    T::decode_in_place(&mut de, cx, &mut place).and_then(|()| de.end())?;
    Ok(place)
}

/// What a first reading (`decoded`, with `cx`) comes to: the text read again where a union asked
/// for it (see `Cx::replayable`), text that is not JSON one issue at the root; every problem in
/// `errs`, after the `before` it had.
fn settle<'a, T: Decode, R: serde_json::de::Read<'a>>(read: impl Fn() -> R, mut decoded: Result<Option<T>, serde_json::Error>, mut cx: Cx, before: usize, errs: &mut DecodeErrors) -> Option<T> {
    // Text that is not JSON is not read twice.
    if decoded.is_ok() && cx.replay_asked() {
        cx.errs.issues.truncate(before);
        let errs = std::mem::take(&mut cx.errs);
        cx = Cx::new();
        cx.errs = errs;
        decoded = read_once(&read, &mut cx);
    }
    let value = match decoded {
        Ok(value) => value,
        Err(e) => {
            // What was found before the text stopped being JSON says nothing of a document.
            cx.errs.issues.truncate(before);
            cx.errs.push("", format!("invalid JSON: {e}"));
            None
        }
    };
    *errs = cx.errs;
    value
}
