//! How JSON's own kinds decode: strings, booleans, integers, numbers kept as written, any value,
//! and the decoders that add a schema's constraints (lengths, patterns, bounds, items, `null`).

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::content::{content_equal, Content, Key};
use crate::decode::{from_content, of, sink, Decode, Decoder, Sink, With};
use crate::errors::Cx;
use crate::rules::{check_number, check_string, ArrayRules, NumberRules, Numeric, StringRules};

struct StringSink<'c>(&'c mut Cx, Option<&'c StringRules>);

impl<'de> Sink<'de> for StringSink<'_> {
    type Out = String;
    const EXPECTED: &'static str = "a string";
    fn cx(&mut self) -> &mut Cx {
        self.0
    }
    fn string(self, s: Cow<'de, str>) -> Option<String> {
        if let Some(rules) = self.1 {
            if let Err(message) = check_string(&s, rules) {
                self.0.push(message);
                return None;
            }
        }
        Some(s.into_owned())
    }
}

impl Decode for String {
    fn decode<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<Self>, D::Error> {
        sink(d, StringSink(cx, None))
    }
}

/// A string with its schema's length and pattern.
pub struct Str<'r>(pub &'r StringRules);

impl Decoder for Str<'_> {
    type Out = String;
    fn decode<'de, D: Deserializer<'de>>(&self, d: D, cx: &mut Cx) -> Result<Option<String>, D::Error> {
        sink(d, StringSink(cx, Some(self.0)))
    }
}

/// A string, borrowed where the input allows, for types that only look at it (enums).
pub fn decode_str<'de, D: Deserializer<'de>, T>(d: D, cx: &mut Cx, parse: impl FnOnce(&str) -> Result<T, String>) -> Result<Option<T>, D::Error> {
    struct ParseSink<'c, F>(&'c mut Cx, F);
    impl<'de, T, F: FnOnce(&str) -> Result<T, String>> Sink<'de> for ParseSink<'_, F> {
        type Out = T;
        const EXPECTED: &'static str = "a string";
        fn cx(&mut self) -> &mut Cx {
            self.0
        }
        fn string(self, s: Cow<'de, str>) -> Option<T> {
            (self.1)(&s).map_err(|message| self.0.push(message)).ok()
        }
    }
    sink(d, ParseSink(cx, parse))
}

struct BoolSink<'c>(&'c mut Cx);

impl Sink<'_> for BoolSink<'_> {
    type Out = bool;
    const EXPECTED: &'static str = "a boolean";
    fn cx(&mut self) -> &mut Cx {
        self.0
    }
    fn boolean(self, b: bool) -> Option<bool> {
        Some(b)
    }
}

impl Decode for bool {
    fn decode<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<Self>, D::Error> {
        sink(d, BoolSink(cx))
    }
}

/// JSON Schema's integers are numbers without a fraction, however written: `36.0` is `36`.
struct IntSink<'c>(&'c mut Cx);

impl Sink<'_> for IntSink<'_> {
    type Out = i64;
    const EXPECTED: &'static str = "an integer";
    fn cx(&mut self) -> &mut Cx {
        self.0
    }
    fn u64(self, n: u64) -> Option<i64> {
        match i64::try_from(n) {
            Ok(n) => Some(n),
            Err(_) => self.refuse("a number"),
        }
    }
    fn i64(self, n: i64) -> Option<i64> {
        Some(n)
    }
    fn f64(self, n: f64) -> Option<i64> {
        // Every f64 below 2^63 (`i64::MAX as f64` rounds to it) in magnitude with no fraction converts to i64 exactly.
        if n.fract() == 0.0 && n.abs() < i64::MAX as f64 {
            Some(n as i64)
        } else {
            self.refuse("a number")
        }
    }
}

impl Decode for i64 {
    fn decode<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<Self>, D::Error> {
        sink(d, IntSink(cx))
    }
}

/// `type: number` keeps the number exactly as written: `-7` stays `-7`, `60000` never becomes `60000.0`.
struct NumberSink<'c>(&'c mut Cx);

impl Sink<'_> for NumberSink<'_> {
    type Out = Number;
    const EXPECTED: &'static str = "a number";
    fn cx(&mut self) -> &mut Cx {
        self.0
    }
    fn u64(self, n: u64) -> Option<Number> {
        Some(n.into())
    }
    fn i64(self, n: i64) -> Option<Number> {
        Some(n.into())
    }
    fn f64(self, n: f64) -> Option<Number> {
        match Number::from_f64(n) {
            Some(n) => Some(n),
            None => self.refuse("a number that is not finite"),
        }
    }
}

impl Decode for Number {
    fn decode<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<Self>, D::Error> {
        sink(d, NumberSink(cx))
    }
}

/// Any value, kept whole.
impl Decode for Value {
    fn decode<'de, D: Deserializer<'de>>(d: D, _cx: &mut Cx) -> Result<Option<Self>, D::Error> {
        <Value as de::Deserialize>::deserialize(d).map(Some)
    }
}

struct ObjectSink<'c>(&'c mut Cx);

impl<'de> Sink<'de> for ObjectSink<'_> {
    type Out = Map<String, Value>;
    const EXPECTED: &'static str = "an object";
    fn cx(&mut self) -> &mut Cx {
        self.0
    }
    fn map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<Self::Out>, A::Error> {
        let mut out = Map::new();
        while let Some((Key(k), v)) = map.next_entry::<Key, Value>()? {
            out.insert(k.into_owned(), v);
        }
        Ok(Some(out))
    }
}

/// An object of any properties, kept whole.
impl Decode for Map<String, Value> {
    fn decode<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<Self>, D::Error> {
        sink(d, ObjectSink(cx))
    }
}

/// A number with its schema's bounds.
pub struct Bounded<'r, De>(pub &'r NumberRules, pub De);

impl<De: Decoder> Decoder for Bounded<'_, De>
where
    De::Out: Numeric,
{
    type Out = De::Out;
    fn decode<'de, D: Deserializer<'de>>(&self, d: D, cx: &mut Cx) -> Result<Option<De::Out>, D::Error> {
        let Some(n) = self.1.decode(d, cx)? else { return Ok(None) };
        match check_number(&n, self.0) {
            Ok(()) => Ok(Some(n)),
            Err(message) => {
                cx.push(message);
                Ok(None)
            }
        }
    }
}

/// An array with its schema's item count, uniqueness and items.
pub struct ArrayOf<'r, De>(pub &'r ArrayRules, pub De);

struct ArraySink<'a, 'c, De>(&'a ArrayOf<'a, De>, &'c mut Cx);

impl<'de, De: Decoder> Sink<'de> for ArraySink<'_, '_, De> {
    type Out = Vec<De::Out>;
    const EXPECTED: &'static str = "an array";
    fn cx(&mut self) -> &mut Cx {
        self.1
    }
    fn seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Option<Self::Out>, A::Error> {
        let ArraySink(ArrayOf(rules, item), cx) = self;
        let before = cx.issues();
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        let n = if rules.unique_items {
            // Uniqueness compares the values as JSON, so the items are held before they are decoded.
            let mut items: Vec<Content> = Vec::new();
            while let Some(x) = seq.next_element()? {
                items.push(x);
            }
            let repeated = items.iter().enumerate().find_map(|(j, x)| items[..j].iter().position(|y| content_equal(x, y)).map(|i| (i, j)));
            if let Some((i, j)) = repeated {
                cx.push(format!("items must be unique; items {i} and {j} are equal"));
            }
            for (i, x) in items.iter().enumerate() {
                if let Some(x) = cx.inside_item(i, |cx| from_content(item, x, cx)) {
                    out.push(x);
                }
            }
            items.len()
        } else {
            let mut i = 0;
            while let Some(x) = cx.inside_item(i, |cx| seq.next_element_seed(With(item, cx)))? {
                out.extend(x);
                i += 1;
            }
            i
        };
        if let Err(message) = rules.check_len(n) {
            cx.push(message);
        }
        Ok((cx.issues() == before).then_some(out))
    }
}

impl<De: Decoder> Decoder for ArrayOf<'_, De> {
    type Out = Vec<De::Out>;
    fn decode<'de, D: Deserializer<'de>>(&self, d: D, cx: &mut Cx) -> Result<Option<Self::Out>, D::Error> {
        sink(d, ArraySink(self, cx))
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<Self>, D::Error> {
        ArrayOf(&ArrayRules::NONE, of::<T>()).decode(d, cx)
    }
}

/// An object whose every property decodes with one decoder (`additionalProperties: {schema}`).
pub struct MapOf<De>(pub De);

struct MapSink<'a, 'c, De>(&'a De, &'c mut Cx);

impl<'de, De: Decoder> Sink<'de> for MapSink<'_, '_, De> {
    type Out = BTreeMap<String, De::Out>;
    const EXPECTED: &'static str = "an object";
    fn cx(&mut self) -> &mut Cx {
        self.1
    }
    fn map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<Self::Out>, A::Error> {
        let MapSink(item, cx) = self;
        let before = cx.issues();
        let mut out = BTreeMap::new();
        while let Some(Key(k)) = map.next_key::<Key>()? {
            if let Some(x) = cx.inside(&k, |cx| map.next_value_seed(With(item, cx)))? {
                out.insert(k.into_owned(), x);
            }
        }
        Ok((cx.issues() == before).then_some(out))
    }
}

impl<De: Decoder> Decoder for MapOf<De> {
    type Out = BTreeMap<String, De::Out>;
    fn decode<'de, D: Deserializer<'de>>(&self, d: D, cx: &mut Cx) -> Result<Option<Self::Out>, D::Error> {
        sink(d, MapSink(&self.0, cx))
    }
}

impl<T: Decode> Decode for BTreeMap<String, T> {
    fn decode<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<Self>, D::Error> {
        MapOf(of::<T>()).decode(d, cx)
    }
}

/// `null` is `None`, anything else what `De` makes of it: for schemas that allow `null`.
pub struct OrNull<De>(pub De);

struct OrNullVisitor<'a, 'c, De>(&'a De, &'c mut Cx);

impl<'de, De: Decoder> Visitor<'de> for OrNullVisitor<'_, '_, De> {
    type Value = Option<Option<De::Out>>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a value or null")
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Some(None))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Some(None))
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        Ok(self.0.decode(d, self.1)?.map(Some))
    }
}

impl<De: Decoder> Decoder for OrNull<De> {
    type Out = Option<De::Out>;
    fn decode<'de, D: Deserializer<'de>>(&self, d: D, cx: &mut Cx) -> Result<Option<Self::Out>, D::Error> {
        d.deserialize_option(OrNullVisitor(&self.0, cx))
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<Self>, D::Error> {
        OrNull(of::<T>()).decode(d, cx)
    }
}

/// What `De` decodes, boxed: for a type that holds itself.
pub struct Boxed<De>(pub De);

impl<De: Decoder> Decoder for Boxed<De> {
    type Out = Box<De::Out>;
    fn decode<'de, D: Deserializer<'de>>(&self, d: D, cx: &mut Cx) -> Result<Option<Self::Out>, D::Error> {
        Ok(self.0.decode(d, cx)?.map(Box::new))
    }
}
