//! The decoder on its own: values and issues, pointers, the buffer unions look ahead with, and
//! tagged unions whose tag comes anywhere in the object. The types here are written by hand the
//! way the generator writes them, so that the runtime is tested as code, not only as output.

use std::borrow::Cow;

use openapi_runtime::*;
use serde::de::{Deserializer, MapAccess};
use serde_json::json;

/// `{name: string (maxLength 5, required), age: integer >= 0, tags: [string] unique}`, closed.
#[derive(Debug, PartialEq)]
struct Person {
    name: String,
    age: Option<i64>,
    tags: Option<Vec<String>>,
}

const NAME: StringRules = StringRules { min_length: None, max_length: Some(5), pattern: None };
const AGE: NumberRules = NumberRules { minimum: Some(0.0), maximum: None, exclusive_minimum: false, exclusive_maximum: false, multiple_of: None };
const TAGS: ArrayRules = ArrayRules { min_items: None, max_items: Some(3), unique_items: true };

impl DecodeMap for Person {
    fn decode_map<'de, A: MapAccess<'de>>(mut map: A, cx: &mut Cx) -> Result<Option<Self>, A::Error> {
        let (mut name, mut age, mut tags) = (None, None, None);
        while let Some(Key(key)) = map.next_key()? {
            match key.as_ref() {
                "name" => name = field(&mut map, "name", &Str(&NAME), cx)?,
                "age" => age = field(&mut map, "age", &Bounded(&AGE, of::<i64>()), cx)?,
                "tags" => tags = field(&mut map, "tags", &ArrayOf(&TAGS, of::<String>()), cx)?,
                _ => unknown(&mut map, &key, &["name", "age", "tags"], cx)?,
            }
        }
        let (Some(name), Some(age), Some(tags)) = (required(name, "name", cx), optional(age), optional(tags)) else { return Ok(None) };
        Ok(Some(Person { name, age, tags }))
    }
}

impl Decode for Person {
    fn decode<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<Self>, D::Error> {
        decode_object(d, cx)
    }
}

fn issues<T: Decode + std::fmt::Debug>(text: &str) -> Vec<(String, String)> {
    let errs = decode_slice::<T>(text.as_bytes()).expect_err("refused");
    errs.issues.into_iter().map(|i| (i.pointer, i.message)).collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(p, m)| (p.to_string(), m.to_string())).collect()
}

#[test]
fn a_valid_object_decodes_the_same_from_bytes_and_from_a_value() {
    let text = r#"{"tags": ["a", "b"], "name": "ann", "age": 36.0}"#;
    let expected = Person { name: "ann".into(), age: Some(36), tags: Some(vec!["a".into(), "b".into()]) };
    assert_eq!(decode_slice::<Person>(text.as_bytes()).unwrap(), expected);
    assert_eq!(decode::<Person>(&serde_json::from_str(text).unwrap()).unwrap(), expected);
    let via_serde: Result<Person, _> = deserialize(&mut serde_json::Deserializer::from_str(text));
    assert_eq!(via_serde.unwrap(), expected);
}

#[test]
fn every_problem_is_reported_with_its_pointer_and_decoding_goes_on() {
    let found = issues::<Person>(r#"{"name": "too long", "age": -1, "tags": ["x", 3, "x"], "extra": {"deep": [1]}}"#);
    assert_eq!(
        found,
        pairs(&[
            ("/name", "must be at most 5 characters long, found 8"),
            ("/age", "must be at least 0, found -1"),
            ("/tags", "items must be unique; items 0 and 2 are equal"),
            ("/tags/1", "expected a string, found a number"),
            ("/extra", "unknown property; expected one of: name, age, tags"),
        ])
    );
    assert_eq!(issues::<Person>(r#"{"age": 1.5}"#), pairs(&[("/age", "expected an integer, found a number"), ("/name", "missing required property")]));
    assert_eq!(issues::<Person>(r#"[{"name": "a"}]"#), pairs(&[("", "expected an object, found an array")]));
}

#[test]
fn pointers_escape_keys_and_name_the_field() {
    let errs = decode_slice::<std::collections::BTreeMap<String, i64>>(br#"{"a/b~c": "x"}"#).unwrap_err();
    assert_eq!(errs.issues[0].pointer, "/a~1b~0c");
    assert_eq!(errs.issues[0].field.as_deref(), Some("a/b~c"));
    assert_eq!(errs.to_string(), "/a~1b~0c (field `a/b~c`): expected an integer, found a string");
}

#[test]
fn text_that_is_not_json_is_one_issue_at_the_root() {
    // The object's own issues before the syntax error say nothing of a document: they are dropped.
    let found = issues::<Person>(r#"{"age": "x", "name": "#);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "");
    assert!(found[0].1.starts_with("invalid JSON: "), "{found:?}");
    assert!(issues::<Person>(r#"{"name": "a"} trailing"#)[0].1.starts_with("invalid JSON: trailing characters"));
}

#[test]
fn numbers_stay_as_written_and_null_is_none_only_where_allowed() {
    let n: serde_json::Number = decode_slice(b"60000").unwrap();
    assert_eq!(n.to_string(), "60000");
    let n: serde_json::Number = decode_slice(b"-7").unwrap();
    assert_eq!(n.to_string(), "-7");
    assert_eq!(decode_slice::<Option<String>>(b"null").unwrap(), None);
    assert_eq!(issues::<String>("null"), pairs(&[("", "expected a string, found null")]));
    assert_eq!(issues::<i64>("18446744073709551615"), pairs(&[("", "expected an integer, found a number")]));
}

#[test]
fn the_buffer_borrows_unescaped_strings_and_replays_them() {
    let text = r#"{"plain": "abc", "escaped": "a\nb", "list": [1, -2, 2.5, true, null]}"#;
    let content: Content = serde_json::from_str(text).unwrap();
    assert!(matches!(content.get("plain"), Some(Content::Str(Cow::Borrowed("abc")))));
    assert!(matches!(content.get("escaped"), Some(Content::Str(Cow::Owned(s))) if s == "a\nb"));
    let value: serde_json::Value = serde::Deserialize::deserialize(content.as_deserializer()).unwrap();
    assert_eq!(value, serde_json::from_str::<serde_json::Value>(text).unwrap());
    assert_eq!(content.to_string(), serde_json::to_string(&value).unwrap());
    assert!(content_equal(&serde_json::from_str("[1, {\"a\": 2}]").unwrap(), &serde_json::from_str("[1.0, {\"a\": 2.0}]").unwrap()));
}

/// A union of `Person` and a string, decided by JSON type.
#[derive(Debug, PartialEq)]
enum PersonOrName {
    Person(Person),
    Name(String),
}

const SHAPES: &[VariantShape] = &[
    VariantShape { name: "Person", types: json_type::OBJECT, required: &["name"], known: &["name", "age", "tags"], closed: true, tags: &[] },
    VariantShape { name: "Name", types: json_type::STRING, required: &[], known: &[], closed: false, tags: &[] },
];

impl Decode for PersonOrName {
    fn decode<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<Self>, D::Error> {
        let v = buffer(d)?;
        Ok(decode_union(&v, "PersonOrName", SHAPES, None, cx, |i, v, cx| match i {
            0 => from_ahead(&of::<Person>(), v, cx).map(PersonOrName::Person),
            _ => from_ahead(&of::<String>(), v, cx).map(PersonOrName::Name),
        }))
    }
}

#[test]
fn a_union_decides_by_shape_and_names_the_nearest_variant() {
    assert_eq!(decode_slice::<PersonOrName>(br#""ann""#).unwrap(), PersonOrName::Name("ann".into()));
    assert_eq!(
        decode_slice::<PersonOrName>(br#"{"name": "ann"}"#).unwrap(),
        PersonOrName::Person(Person { name: "ann".into(), age: None, tags: None })
    );
    assert_eq!(issues::<PersonOrName>("7"), pairs(&[("", "PersonOrName cannot be a number")]));
    assert_eq!(
        issues::<PersonOrName>(r#"{"nom": "ann"}"#),
        pairs(&[
            ("/nom", "unknown property; expected one of: name, age, tags"),
            ("/name", "missing required property"),
            ("", "matches no variant of PersonOrName; nearest is Person: Person lacks name and does not allow nom"),
        ])
    );
}

/// `{"kind": "person", ...Person}` or `{"kind": "name", "value": string}`.
#[derive(Debug, PartialEq)]
enum Tag {
    Person(Person),
    Other(serde_json::Map<String, serde_json::Value>),
}

impl Tagged for Tag {
    const TAG: &'static str = "kind";
    fn decode_variant<'de, D: Deserializer<'de>>(tag: &str, d: D, cx: &mut Cx, place: &mut Option<Self>) -> Result<(), D::Error> {
        *place = match tag {
            // Person is closed and does not declare `kind`: its refusal shows the tag was handed on.
            "person" => Person::decode(d, cx)?.map(Tag::Person),
            "other" => <serde_json::Map<String, serde_json::Value>>::decode(d, cx)?.map(Tag::Other),
            other => {
                unknown_tag("kind", other, &["person", "other"], cx);
                skip_value(d)?;
                None
            }
        };
        Ok(())
    }
}

impl Decode for Tag {
    fn decode<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<Self>, D::Error> {
        decode_tagged(d, cx)
    }
}

#[test]
fn a_tagged_union_reads_its_tag_wherever_it_is_and_hands_on_the_whole_object() {
    for text in [r#"{"kind": "other", "a": 1, "b": [2]}"#, r#"{"a": 1, "kind": "other", "b": [2]}"#, r#"{"a": 1, "b": [2], "kind": "other"}"#] {
        let Tag::Other(map) = decode_slice::<Tag>(text.as_bytes()).unwrap() else { panic!("{text}") };
        assert_eq!(serde_json::Value::Object(map), json!({"kind": "other", "a": 1, "b": [2]}), "{text}");
    }
    // The entries before the tag (the first is held apart from the rest) come out in their order.
    let text = r#"{"c": 3, "a": 1, "b": [2], "kind": "other", "d": null}"#;
    let Tag::Other(map) = decode_slice::<Tag>(text.as_bytes()).unwrap() else { panic!("{text}") };
    assert_eq!(map.keys().collect::<Vec<_>>(), ["c", "a", "b", "kind", "d"]);
    assert_eq!(issues::<Tag>(r#"{"name": "a", "kind": "person"}"#), pairs(&[("/kind", "unknown property; expected one of: name, age, tags")]));
    assert_eq!(issues::<Tag>(r#"{"kind": "cat", "x": {"y": 1}}"#), pairs(&[("/kind", "unknown value \"cat\"; expected one of: person, other")]));
    assert_eq!(issues::<Tag>(r#"{"kind": 3, "x": 1}"#), pairs(&[("/kind", "expected a string, found a number")]));
    assert_eq!(issues::<Tag>(r#"{"x": 1}"#), pairs(&[("/kind", "missing required property")]));
    assert_eq!(issues::<Tag>(r#""person""#), pairs(&[("", "expected an object, found a string")]));
}

#[test]
fn a_tag_written_first_is_handed_on_as_written_with_nothing_held() {
    // First, the tag goes on to the variant without being held: Person's refusal of `kind` shows
    // it, and so does the map's first key.
    assert_eq!(issues::<Tag>(r#"{"kind": "person", "name": "a"}"#), pairs(&[("/kind", "unknown property; expected one of: name, age, tags")]));
    let text = r#"{"kind": "other", "c": 3, "a": {"b": [1, 2]}}"#;
    let Tag::Other(map) = decode_slice::<Tag>(text.as_bytes()).unwrap() else { panic!("{text}") };
    assert_eq!(map.keys().collect::<Vec<_>>(), ["kind", "c", "a"]);
    assert_eq!(serde_json::Value::Object(map), json!({"kind": "other", "c": 3, "a": {"b": [1, 2]}}));
    // A tag or a key with escapes (which serde_json hands over copied, not borrowed), first or not.
    for text in [r#"{"kind": "oth\u0065r", "a": 1}"#, r#"{"a": 1, "kind": "oth\u0065r"}"#, r#"{"kin\u0064": "other", "a": 1}"#] {
        let Tag::Other(map) = decode_slice::<Tag>(text.as_bytes()).unwrap_or_else(|e| panic!("{text}: {e}")) else { panic!("{text}") };
        assert_eq!(serde_json::Value::Object(map), json!({"kind": "other", "a": 1}), "{text}");
    }
    // The same from a deserializer that is not serde_json's.
    let Tag::Other(map) = decode::<Tag>(&json!({"kind": "other", "a": 1})).unwrap() else { panic!("a value") };
    assert_eq!(serde_json::Value::Object(map), json!({"kind": "other", "a": 1}));
    // A tag of any other kind is one issue, and the object is read through (the document after it
    // still decodes, as a list of two shows).
    for (tag, kind) in [("null", "null"), ("true", "a boolean"), ("-1.5", "a number"), ("[\"other\"]", "an array"), ("{\"a\": \"other\"}", "an object")] {
        let text = format!(r#"[{{"kind": {tag}, "x": [1, {{"y": 2}}]}}, {{"kind": "other"}}]"#);
        assert_eq!(issues::<Vec<Tag>>(&text), pairs(&[("/0/kind", format!("expected a string, found {kind}").as_str())]), "{text}");
    }
}

#[test]
fn a_union_holds_json_text_from_serde_json_and_content_from_anything_else() {
    let text = r#"{"a": {"b": [1, "x"]}, "c": "d"}"#;
    let from_text: Ahead = serde_json::from_str(text).unwrap();
    assert_eq!(from_text.get("a"), Some(&Held::Raw(r#"{"b": [1, "x"]}"#)), "serde_json hands over the value's text");
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    let from_value: Ahead = serde::Deserialize::deserialize(&value).unwrap();
    assert_eq!(from_value.get("c").and_then(Held::to_content), Some(Content::Str(Cow::Borrowed("d"))));
    let content: Content = serde_json::from_str(text).unwrap();
    let from_content: Ahead = serde::Deserialize::deserialize(content.as_deserializer()).unwrap();
    assert!(matches!(from_content.get("a"), Some(Held::Content(Content::Map(_)))), "{from_content:?}");
    // Every path decodes to the same value.
    for ahead in [&from_text, &from_value, &from_content] {
        let back: serde_json::Value = serde::Deserialize::deserialize(ahead.as_deserializer()).unwrap();
        assert_eq!(back, value);
    }
}

#[test]
fn held_strings_replay_as_written_with_or_without_escapes() {
    // A string without escapes is replayed from its text between the quotes; any other string is
    // parsed again. Both must give what decoding the text straight would.
    let text = r#"{"plain": "abc é", "empty": "", "quote": "a\"b", "newline": "a\nb", "unicode": "\u00e9", "backslash": "\\", "kind": "other"}"#;
    let ahead: Ahead = serde_json::from_str(text).unwrap();
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    let back: serde_json::Value = serde::Deserialize::deserialize(ahead.as_deserializer()).unwrap();
    assert_eq!(back, value);
    assert_eq!(ahead.get("plain").and_then(Held::to_content), Some(Content::Str(Cow::Borrowed("abc é"))));
    assert_eq!(ahead.get("quote").and_then(Held::to_content), Some(Content::Str(Cow::Owned("a\"b".into()))));
    for (key, expected) in [("plain", "abc é"), ("empty", ""), ("quote", "a\"b"), ("newline", "a\nb"), ("unicode", "é"), ("backslash", "\\")] {
        let held = ahead.get(key).unwrap();
        assert_eq!(from_ahead(&of::<String>(), &Ahead::Other(held.to_content().unwrap()), &mut Cx::new()).as_deref(), Some(expected), "{key}");
    }
    // Entries before a tag are held too, and come out the same.
    let Tag::Other(map) = decode_slice::<Tag>(text.as_bytes()).unwrap() else { panic!("{text}") };
    assert_eq!(serde_json::Value::Object(map), value);
}

#[test]
fn a_parameter_decodes_from_its_text_as_from_the_json_string_holding_it() {
    assert_eq!(decode_string::<String>("a b%/é"), decode::<String>(&json!("a b%/é")));
    assert_eq!(decode_string::<String>("a b%/é").unwrap(), "a b%/é");
    // Not a string type: the same issue either way.
    assert_eq!(decode_string::<i64>("12"), decode::<i64>(&json!("12")));
    assert!(decode_string::<i64>("12").is_err());
    assert_eq!(decode_string::<Person>("x"), decode::<Person>(&json!("x")));
}

/// `{"form": "circle", "radius": integer}`, the tag a constant the struct holds (as the generator
/// writes a variant whose schema has `form: {const: circle}`, required). `saw_tag` is this test's
/// own: whether the tag was handed on to the struct.
#[derive(Debug, PartialEq)]
struct Circle {
    radius: i64,
    saw_tag: bool,
}

impl DecodeMap for Circle {
    fn decode_map<'de, A: MapAccess<'de>>(map: A, cx: &mut Cx) -> Result<Option<Self>, A::Error> {
        Self::decode_variant_map(map, cx, false)
    }
    fn decode_variant_map<'de, A: MapAccess<'de>>(mut map: A, cx: &mut Cx, tag_given: bool) -> Result<Option<Self>, A::Error> {
        let (mut seen, mut radius) = (false, None);
        while let Some(Key(key)) = map.next_key()? {
            match key.as_ref() {
                "form" => {
                    seen = true;
                    constant(&mut map, "form", &Const::Str("circle"), cx)?;
                }
                "radius" => radius = field(&mut map, "radius", &of::<i64>(), cx)?,
                _ => unknown(&mut map, &key, &["form", "radius"], cx)?,
            }
        }
        missing(seen || tag_given, "form", cx);
        let (Some(radius),) = (required(radius, "radius", cx),) else { return Ok(None) };
        Ok(Some(Circle { radius, saw_tag: seen }))
    }
}

impl Decode for Circle {
    fn decode<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<Self>, D::Error> {
        decode_object(d, cx)
    }
}

#[derive(Debug, PartialEq)]
enum Shape {
    Circle(Circle),
}

impl Tagged for Shape {
    const TAG: &'static str = "form";
    const TAG_IS_CONSTANT: bool = true;
    fn holds_scalar(key: &str) -> bool {
        key == "radius"
    }
    fn decode_variant<'de, D: Deserializer<'de>>(tag: &str, d: D, cx: &mut Cx, place: &mut Option<Self>) -> Result<(), D::Error> {
        match tag {
            "circle" => *place = decode_tagged_variant::<Circle, _>(d, cx)?.map(Shape::Circle),
            other => {
                unknown_tag("form", other, &["circle"], cx);
                skip_value(d)?;
            }
        }
        Ok(())
    }
}

impl Decode for Shape {
    fn decode<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Option<Self>, D::Error> {
        decode_tagged(d, cx)
    }
}

#[test]
fn a_tag_is_not_handed_on_again_to_a_variant_that_holds_it_as_a_constant() {
    let shape = |text: &str| decode_slice::<Shape>(text.as_bytes()).unwrap_or_else(|e| panic!("{text}: {e}"));
    // The tag named the variant and is not read again, wherever it was written.
    assert_eq!(shape(r#"{"form": "circle", "radius": 2}"#), Shape::Circle(Circle { radius: 2, saw_tag: false }));
    assert_eq!(shape(r#"{"radius": 2, "form": "circle"}"#), Shape::Circle(Circle { radius: 2, saw_tag: false }));
    assert_eq!(decode::<Shape>(&json!({"form": "circle", "radius": 2})).unwrap(), Shape::Circle(Circle { radius: 2, saw_tag: false }));
    assert_eq!(decode::<Shape>(&json!({"radius": 2, "form": "circle"})).unwrap(), Shape::Circle(Circle { radius: 2, saw_tag: false }));
    // The union's own checks stay: a missing or unknown tag, and the variant's other properties.
    assert_eq!(issues::<Shape>(r#"{"radius": 2}"#), pairs(&[("/form", "missing required property")]));
    assert_eq!(issues::<Shape>(r#"{"form": "square", "side": 1}"#), pairs(&[("/form", "unknown value \"square\"; expected one of: circle")]));
    assert_eq!(issues::<Shape>(r#"{"form": "circle", "radius": "2", "x": 1}"#), pairs(&[("/radius", "expected an integer, found a string"), ("/x", "unknown property; expected one of: form, radius")]));
    // Decoded on its own, not as the union's variant, the struct still requires its tag.
    assert_eq!(issues::<Circle>(r#"{"radius": 2}"#), pairs(&[("/form", "missing required property")]));
    assert_eq!(issues::<Circle>(r#"{"form": "square", "radius": 2}"#).len(), 1);
}

#[test]
fn entries_before_the_tag_decode_as_they_would_after_it_held_as_values_or_as_text() {
    // `radius` is held as its value (`holds_scalar`), `x` as its text; with one entry before the
    // tag or several, what the variant makes of them is what it makes of them after the tag.
    let entries = [
        r#""radius": 2"#,
        r#""radius": -2"#,
        r#""radius": 2.5"#,
        r#""radius": "2""#,
        r#""radius": "tw\u006f""#,
        r#""radius": null"#,
        r#""radius": true"#,
        r#""radius": [1, {"a": 2}]"#,
        r#""radius": {"a": [1]}"#,
        r#""x": 1"#,
        r#""x": {"y": "z"}"#,
    ];
    let outcome = |text: &str| decode_slice::<Shape>(text.as_bytes()).map_err(|e| e.issues.iter().map(|i| (i.pointer.clone(), i.message.clone())).collect::<Vec<_>>());
    for a in entries {
        for b in entries {
            let after = outcome(&format!(r#"{{"form": "circle", {a}, {b}}}"#));
            assert_eq!(outcome(&format!(r#"{{{a}, {b}, "form": "circle"}}"#)), after, "{a}, {b} before the tag");
            assert_eq!(outcome(&format!(r#"{{{a}, "form": "circle", {b}}}"#)), after, "{a} before the tag, {b} after");
        }
    }
    assert!(outcome(r#"{"radius": 2, "radius": 3, "form": "circle"}"#).is_ok_and(|s| s == Shape::Circle(Circle { radius: 3, saw_tag: false })));
}
