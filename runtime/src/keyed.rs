//! Keyed unions read in one pass: where every variant is a closed object and the variants that
//! share a property agree on its type, each property's value can be decoded the moment its key is
//! read, before the variant is known, so the object is read once and nothing is held. The variant
//! is chosen at the object's end by the rule of [`crate::choose_variant`], from how often each
//! property was present, and its payload is built from the decoded values.
//!
//! What the two-pass decoder reports stays the same, word for word: the variant that takes the
//! keys decodes each value with the same decoder (so the same issues, in the same order), and for
//! an object no variant takes, the issues of the values the nearest variant does not declare are
//! replaced by its "unknown property", as decoding that variant would have found.

use std::borrow::Cow;

use serde::de::{Deserializer, MapAccess};

use crate::decode::{sink, Sink};
use crate::errors::Cx;
use crate::unions::{json_type, key_reasons, no_variant, VariantShape};

/// A keyed union decoded in one pass (see the module's docs); its [`crate::Decode`] is
/// [`decode_keyed`], and its [`crate::Decode::decode_in_place`] is [`decode_keyed_in_place`].
pub trait DecodeKeyed: Sized {
    /// The union's name, for messages.
    const NAME: &'static str;
    /// Decodes the object's entries and writes the variant they choose into `place` (left as it
    /// is when an issue was recorded). The value is built where it stays: a union's value is
    /// hundreds of bytes, and each layer of the deserializer it went back through would copy it.
    fn decode_entries<'de, A: MapAccess<'de>>(map: A, cx: &mut Cx, place: &mut Option<Self>) -> Result<(), A::Error>;
}

/// An object's value decoded as `T`'s entries; any other kind of value is an issue.
#[inline]
pub fn decode_keyed<'de, T: DecodeKeyed, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<T>, D::Error> {
    let mut place = None;
    decode_keyed_in_place(d, cx, &mut place)?;
    Ok(place)
}

/// [`decode_keyed`] into `place`.
pub fn decode_keyed_in_place<'de, T: DecodeKeyed, D: Deserializer<'de>>(d: D, cx: &mut Cx, place: &mut Option<T>) -> Result<(), D::Error> {
    sink(d, KeyedSink::<T>(cx, place)).map(drop)
}

/// What a keyed union's object goes to: the value is written into the place, so the sink's own
/// answer is only whether there is one.
struct KeyedSink<'c, 'p, T>(&'c mut Cx, &'p mut Option<T>);

impl<'de, T: DecodeKeyed> Sink<'de> for KeyedSink<'_, '_, T> {
    type Out = ();
    const EXPECTED: &'static str = "an object";
    fn cx(&mut self) -> &mut Cx {
        self.0
    }
    // Every variant is an object: a value of another kind fits none, as the two-pass rule says.
    fn refuse(self, found: &str) -> Option<()> {
        self.0.push(format!("{} cannot be {found}", T::NAME));
        None
    }
    fn map<A: MapAccess<'de>>(self, map: A) -> Result<Option<()>, A::Error> {
        let KeyedSink(cx, place) = self;
        T::decode_entries(map, cx, place)?;
        Ok(place.as_ref().map(drop))
    }
}

/// What the one-pass decoder knows of a variant, by the union's property numbers (bit `p`:
/// property `p` of [`KeyedPass`]'s names).
pub struct Member {
    /// The properties the variant declares.
    pub declared: u64,
    /// The properties it requires.
    pub required: u64,
    /// Its payload's property names, as its own "unknown property" message lists them.
    pub properties: &'static [&'static str],
    /// Its required properties in the order its payload checks them.
    pub required_in_order: &'static [&'static str],
}

/// Entries noted without allocating; an object with more spills to the heap.
const INLINE: usize = 16;

/// A property no variant declares, in [`KeyedPass`]'s entries.
const UNDECLARED: u16 = u16::MAX;

/// One keyed union's object as it is read: how often each of its `P` properties was present and,
/// for the message of an object no variant takes, each key in order with the issues recorded
/// before its value.
pub struct KeyedPass<'de, const P: usize> {
    names: &'static [&'static str; P],
    seen: [u32; P],
    /// The properties present (bit `p`): when no key came twice, how many of a variant's
    /// properties an object holds is one count of bits.
    present: u64,
    /// Each entry's property (or [`UNDECLARED`]) and the issue count before its value.
    inline: [(u16, u32); INLINE],
    spilled: Vec<(u16, u32)>,
    len: usize,
    /// The keys no variant declares, in order (an object with one is taken by no variant).
    undeclared: Vec<Cow<'de, str>>,
    start: usize,
}

impl<'de, const P: usize> KeyedPass<'de, P> {
    /// A pass over an object, for a union whose properties are `names`.
    pub fn new(names: &'static [&'static str; P], cx: &Cx) -> Self {
        KeyedPass { names, seen: [0; P], present: 0, inline: [(0, 0); INLINE], spilled: Vec::new(), len: 0, undeclared: Vec::new(), start: cx.issues() }
    }

    /// Notes the key whose value is read next: `property` is its number among the union's
    /// properties, `None` for a key no variant declares.
    pub fn key(&mut self, key: Cow<'de, str>, property: Option<usize>, cx: &Cx) {
        let tag = match property {
            Some(p) => {
                self.seen[p] += 1;
                self.present |= 1 << p;
                p as u16
            }
            None => {
                self.undeclared.push(key);
                UNDECLARED
            }
        };
        let entry = (tag, cx.issues() as u32);
        if self.len < INLINE {
            self.inline[self.len] = entry;
        } else {
            self.spilled.push(entry);
        }
        self.len += 1;
    }

    fn entries(&self) -> impl Iterator<Item = (u16, u32)> + '_ {
        self.inline[..self.len.min(INLINE)].iter().chain(&self.spilled).copied()
    }

    /// The keys in order, repeats included.
    fn keys(&self) -> Vec<&str> {
        let mut undeclared = self.undeclared.iter();
        self.entries().map(|(p, _)| if p == UNDECLARED { undeclared.next().map_or("", |k| k.as_ref()) } else { self.names[p as usize] }).collect()
    }

    /// The variant that takes the object, chosen as [`crate::choose_variant`] chooses; or, when
    /// none does, `None` after recording against the nearest variant what decoding it would have:
    /// its values' issues, its unknown and missing properties, and why no variant takes the value.
    pub fn choose(&self, union: &str, members: &[Member], shapes: &[VariantShape], cx: &mut Cx) -> Option<usize> {
        let present = self.present;
        // A variant takes the object when it has all it requires and declares every key read
        // (so none is extra): its known properties are then every entry, the same count for each
        // variant that takes it, and the most required properties decide, the first on a tie.
        if self.undeclared.is_empty() {
            let mut best: Option<(usize, usize)> = None;
            for (i, m) in members.iter().enumerate() {
                if m.required & !present == 0 && present & !m.declared == 0 && best.is_none_or(|(_, b)| shapes[i].required.len() > b) {
                    best = Some((i, shapes[i].required.len()));
                }
            }
            if let Some((i, _)) = best {
                return Some(i);
            }
        }
        // None takes it: the nearest, by how many keys are missing or extra, then the most known.
        // Without repeats, the declared keys read are the properties present, one each.
        let repeated = self.len - self.undeclared.len() != present.count_ones() as usize;
        let mut nearest: Option<(usize, (usize, std::cmp::Reverse<usize>))> = None;
        for (i, m) in members.iter().enumerate() {
            // Each entry counts: a repeated key counts as often as it came.
            let known: usize = if repeated {
                (0..P).filter(|p| m.declared >> p & 1 == 1).map(|p| self.seen[p] as usize).sum()
            } else {
                (m.declared & present).count_ones() as usize
            };
            let missing = (m.required & !present).count_ones() as usize;
            let key = (missing + self.len - known, std::cmp::Reverse(known));
            if nearest.is_none_or(|(_, n)| key < n) {
                nearest = Some((i, key));
            }
        }
        let (nearest, _) = nearest?;
        self.refuse_as(union, nearest, &members[nearest], shapes, cx);
        None
    }

    /// The issues decoding the object as variant `index` gives, in place of the pass's own.
    fn refuse_as(&self, union: &str, index: usize, member: &Member, shapes: &[VariantShape], cx: &mut Cx) {
        let found = cx.errs.issues.split_off(self.start);
        let entries: Vec<(u16, u32)> = self.entries().collect();
        let keys = self.keys();
        for (k, (p, before)) in entries.iter().enumerate() {
            if *p != UNDECLARED && member.declared >> p & 1 == 1 {
                let end = entries.get(k + 1).map_or(self.start + found.len(), |(_, next)| *next as usize);
                cx.errs.issues.extend_from_slice(&found[*before as usize - self.start..end - self.start]);
            } else {
                cx.push_field(keys[k], format!("unknown property; expected one of: {}", member.properties.join(", ")));
            }
        }
        for key in member.required_in_order {
            if !keys.contains(key) {
                cx.push_field(key, "missing required property");
            }
        }
        let why = no_variant(union, shapes, index, json_type::OBJECT, |shape| {
            let mut reasons = Vec::new();
            key_reasons(&keys, shape, &mut reasons);
            format!("{} {}", shape.name, reasons.join(" and "))
        });
        cx.push(why);
    }
}
