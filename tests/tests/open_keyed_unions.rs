//! A keyed union with open members that agree on each shared property's type is read once where
//! the input can be read again (`decode_slice`, `decode` of a `serde_json::Value`): its values
//! decoded as their keys come, the variant chosen at the end (`runtime::OpenPass`). Where that
//! one reading cannot be exact (an invalid value, a repeated key, a property of another member,
//! no member taking the keys) it asks for a second reading, through the union's two readings.
//! Whatever path a text takes, what it decodes to and every issue must be what the two readings
//! alone give: serde's `Deserialize` (here `serde_json::from_str`), which never reads twice.

use fixtures_client::nested_anyof::types::Event;
use fixtures_client::runtime::{decode, decode_keyed, decode_slice, Cx, Decode, DecodeKeyed, Describe};
use generated_client::my_account::types::CreateAuthenticationMethodResponseContent;
use serde::{de::DeserializeOwned, Serialize};

/// What a text decodes to, as one line: the variant and the value encoded again, or the issues.
fn line<T: Describe + Serialize>(decoded: Result<T, String>) -> String {
    match decoded {
        Ok(value) => format!("{} {}", value.describe(), serde_json::to_string(&value).expect("a decoded value encodes")),
        Err(errs) => errs,
    }
}

/// The text through each entry point: they must agree, and the line is what they say.
fn outcome<T: Decode + DeserializeOwned + Describe + Serialize>(text: &str) -> String {
    let once = line(decode_slice::<T>(text.as_bytes()).map_err(|e| e.to_string()));
    // serde_json appends where in the text its error was raised; the issues come before that.
    let twice = line(serde_json::from_str::<T>(text).map_err(|e| {
        let e = e.to_string();
        e.rsplit_once(" at line ").map_or(e.clone(), |(issues, _)| issues.to_string())
    }));
    assert_eq!(once, twice, "decode_slice and serde's Deserialize disagree on {text}");
    let value: serde_json::Value = serde_json::from_str(text).expect("the cases are JSON");
    let from_value = line(decode::<T>(&value).map_err(|e| e.to_string()));
    assert_eq!(once, from_value, "decode_slice and decode of a Value disagree on {text}");
    format!("{text} => {once}")
}

/// Objects one reading is exact for: every key declared by the member they choose, or by none.
const EVENTS_READ_ONCE: &[&str] = &[
    r#"{"at":{"x":1,"y":2},"button":"left"}"#,
    r#"{"button":"right","at":{"y":2,"x":1}}"#,
    r#"{"at":{"x":1,"y":2},"delta":{"dx":0,"dy":-3}}"#,
    r#"{"key":"Enter","modifiers":{"shift":true}}"#,
    r#"{"key":"Enter"}"#,
    r#"{"note":"kept","key":"Enter","more":[1,2.50,{"z":null}]}"#,
    r#"{"at":{"x":1,"y":2,"z":3},"button":"left","why":"an extra inside and out"}"#,
];

/// Objects that ask for a second reading.
const EVENTS_READ_AGAIN: &[&str] = &[
    // A property of another member: kept as an extra of the chosen one.
    r#"{"at":{"x":1,"y":2},"button":"left","delta":{"dx":0,"dy":1}}"#,
    r#"{"key":"Enter","at":{"x":1,"y":2}}"#,
    r#"{"key":"Enter","at":"not a point"}"#,
    // The chosen member refuses a value that another member takes as its extra.
    r#"{"at":{"x":1,"y":2},"button":"middle","key":"k"}"#,
    r#"{"key":"k","modifiers":{"shift":"yes"},"at":{"x":1,"y":2},"delta":{"dx":0,"dy":0}}"#,
    // Refused: a value no member takes, keys no member takes.
    r#"{"at":{"x":"1","y":2},"button":"left"}"#,
    r#"{"at":{"x":1,"y":2}}"#,
    r#"{}"#,
    // A key written twice: the last value stays, both are checked.
    r#"{"key":"a","key":"b"}"#,
    r#"{"key":"a","key":5}"#,
    r#"{"key":5}"#,
];

/// Not objects: refused by either reading alike, without a second one.
const NOT_OBJECTS: &[&str] = &[r#"5"#, r#"null"#, r#"[{"key":"a"}]"#];

/// My Account's create response, which its documented examples reach in one reading (the
/// round-trip test decodes them all): objects of its members, then objects that read again.
const CREATED_READ_ONCE: &[&str] = &[
    r#"{"id":"totp|dev_1","auth_session":"s","barcode_uri":"otpauth://totp/x","manual_input_code":"ABC"}"#,
    r#"{"id":"email|dev_1","auth_session":"s"}"#,
    r#"{"id":"recovery-code|dev_1","auth_session":"s","recovery_code":"R1"}"#,
];
const CREATED_READ_AGAIN: &[&str] = &[
    r#"{"id":"email|dev_1","auth_session":"s","recovery_code":7}"#,
    r#"{"auth_session":"s","id":"email|dev_1","barcode_uri":"otpauth://totp/x","recovery_code":"R1"}"#,
    r#"{"auth_session":"s"}"#,
];

#[test]
fn an_open_union_read_once_decodes_as_its_two_readings_do() {
    let events = EVENTS_READ_ONCE.iter().chain(EVENTS_READ_AGAIN).chain(NOT_OBJECTS);
    let created = CREATED_READ_ONCE.iter().chain(CREATED_READ_AGAIN);
    let lines: Vec<String> = events.map(|t| outcome::<Event>(t)).chain(created.map(|t| outcome::<CreateAuthenticationMethodResponseContent>(t))).collect();
    insta::assert_snapshot!(lines.join("\n"));
}

/// What the one reading alone makes of a text: the variant, or whether it asked to read again.
fn one_reading<T: DecodeKeyed + Describe>(text: &str) -> Result<String, String> {
    let mut cx = Cx::new();
    let decoded = decode_keyed::<T, _>(&mut serde_json::Deserializer::from_str(text), &mut cx).expect("the cases are JSON");
    match decoded {
        Some(value) if cx.errs.is_empty() => Ok(value.describe()),
        _ => Err(cx.errs.issues.last().map(|i| i.message.clone()).unwrap_or_default()),
    }
}

#[test]
fn the_one_reading_answers_valid_objects_and_asks_again_for_the_rest() {
    let asked = |r: Result<String, String>| matches!(&r, Err(m) if m.starts_with("decoded again"));
    for t in EVENTS_READ_ONCE {
        assert!(one_reading::<Event>(t).is_ok(), "{t}: {:?}", one_reading::<Event>(t));
    }
    for t in CREATED_READ_ONCE {
        assert!(one_reading::<CreateAuthenticationMethodResponseContent>(t).is_ok(), "{t}");
    }
    for t in EVENTS_READ_AGAIN {
        assert!(asked(one_reading::<Event>(t)), "{t}: {:?}", one_reading::<Event>(t));
    }
    for t in CREATED_READ_AGAIN {
        assert!(asked(one_reading::<CreateAuthenticationMethodResponseContent>(t)), "{t}");
    }
}
