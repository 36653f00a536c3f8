//! The one reading of an open keyed union (`OpenPass`) and the second reading it may ask for:
//! which objects one reading is exact for, and which entry points can read their input again.

use std::sync::atomic::{AtomicUsize, Ordering};

use openapi_runtime::{decode, decode_slice, decode_string, json_type, Cx, Decode, Member, OpenPass, VariantShape};
use serde::Deserializer;

// Three open members over the properties at (0), button (1) and key (2): Click {at, button},
// Point {at}, Key {key}; then a closed one, Bare {button}.
const MEMBERS: &[Member] = &[
    Member { declared: 0b011, required: 0b011, properties: &["at", "button"], required_in_order: &["at", "button"] },
    Member { declared: 0b001, required: 0b001, properties: &["at"], required_in_order: &["at"] },
    Member { declared: 0b100, required: 0b100, properties: &["key"], required_in_order: &["key"] },
    Member { declared: 0b010, required: 0b010, properties: &["button"], required_in_order: &["button"] },
];
const SHAPES: &[VariantShape] = &[
    VariantShape { name: "Click", types: json_type::OBJECT, required: &["at", "button"], known: &["at", "button"], closed: false, tags: &[] },
    VariantShape { name: "Point", types: json_type::OBJECT, required: &["at"], known: &["at"], closed: false, tags: &[] },
    VariantShape { name: "Key", types: json_type::OBJECT, required: &["key"], known: &["key"], closed: false, tags: &[] },
    VariantShape { name: "Bare", types: json_type::OBJECT, required: &["button"], known: &["button"], closed: true, tags: &[] },
];

/// What the pass says of an object with the properties `keys` (and, with `extras`, a key no
/// member declares): the member, or `None` and whether it asked for a second reading.
fn take(keys: &[usize], extras: bool) -> (Option<usize>, Vec<String>) {
    let mut cx = Cx::new();
    let mut pass = OpenPass::new(&cx);
    for k in keys {
        pass.key(*k);
    }
    let chosen = pass.take(MEMBERS, SHAPES, extras, &mut cx);
    (chosen, cx.errs.issues.iter().map(|i| i.message.clone()).collect())
}

#[test]
fn one_reading_is_the_answer_when_the_chosen_member_declares_every_key_present() {
    // Click and Point both take {at, button}: Click requires more. Point alone takes {at}.
    assert_eq!(take(&[0, 1], false), (Some(0), vec![]));
    assert_eq!(take(&[1, 0], true), (Some(0), vec![]));
    assert_eq!(take(&[0], true), (Some(1), vec![]));
    assert_eq!(take(&[2], true), (Some(2), vec![]));
    // The closed member takes {button} only without extras; with one, no member takes it.
    assert_eq!(take(&[1], false), (Some(3), vec![]));
}

#[test]
fn anything_else_asks_for_a_second_reading() {
    let asked = |(chosen, issues): (Option<usize>, Vec<String>)| chosen.is_none() && issues.len() == 1 && issues[0].starts_with("decoded again");
    // Click takes {at, button, key} and would keep `key`, another member's property, as an extra.
    assert!(asked(take(&[0, 1, 2], false)));
    // No member takes these keys.
    assert!(asked(take(&[], false)));
    assert!(asked(take(&[1], true)));
    // A key written twice.
    assert!(asked(take(&[2, 2], false)));
    // A value refused while the object was read.
    let mut cx = Cx::new();
    let pass = OpenPass::new(&cx);
    cx.push_field("at", "expected an object, found 5");
    assert_eq!(pass.take(MEMBERS, SHAPES, false, &mut cx), None);
    assert!(cx.errs.issues[1].message.starts_with("decoded again"), "{:?}", cx.errs.issues);
}

/// A value that asks for a second reading whenever it is allowed to, and counts its readings.
struct Asks;
static READINGS: AtomicUsize = AtomicUsize::new(0);

impl Decode for Asks {
    fn decode<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<Self>, D::Error> {
        READINGS.fetch_add(1, Ordering::SeqCst);
        let replayable = cx.replayable();
        <serde::de::IgnoredAny as serde::Deserialize>::deserialize(d)?;
        if replayable {
            cx.push("this reading's issue is thrown away");
            cx.ask_replay();
            return Ok(None);
        }
        Ok(Some(Asks))
    }
}

#[test]
fn entry_points_that_hold_their_input_read_it_again_once_when_asked() {
    let readings = |f: &dyn Fn() -> bool| {
        let before = READINGS.load(Ordering::SeqCst);
        assert!(f(), "decoded, without the first reading's issues");
        READINGS.load(Ordering::SeqCst) - before
    };
    assert_eq!(readings(&|| decode_slice::<Asks>(br#"{"a":1}"#).is_ok()), 2);
    assert_eq!(readings(&|| decode::<Asks>(&serde_json::json!({"a": 1})).is_ok()), 2);
    assert_eq!(readings(&|| decode_string::<Asks>("a").is_ok()), 2);
    // A streaming deserializer cannot be read again: serde's `Deserialize` never allows it.
    struct Once;
    impl<'de> serde::Deserialize<'de> for Once {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            openapi_runtime::deserialize::<Asks, D>(d).map(|_| Once)
        }
    }
    assert_eq!(readings(&|| serde_json::from_str::<Once>("{}").is_ok()), 1);
    // Text that is not JSON is not read twice.
    let before = READINGS.load(Ordering::SeqCst);
    let errs = decode_slice::<Asks>(b"{").err().expect("not JSON");
    assert_eq!(READINGS.load(Ordering::SeqCst) - before, 1);
    assert!(errs.to_string().contains("invalid JSON"), "{errs}");
}
