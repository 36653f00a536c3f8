//! A keyed union whose members are closed objects that agree on each shared property's type is
//! decoded in one pass over its object (`runtime::decode_keyed`), not buffered and read twice.
//! What it accepts, where each value lands, and every issue with its pointer and wording must be
//! what the two-pass decoder gives: the expected lines below were recorded from it.

use fixtures_client::closed_unions::types::{CountedLogin, Credential, Login};
use fixtures_client::runtime::{decode, decode_slice, Decode, DecodeErrors, DecodeKeyed, Describe};

fn line<T: Describe>(text: &str, decoded: Result<T, DecodeErrors>) -> String {
    match decoded {
        Ok(value) => format!("{text} => {}", value.describe()),
        Err(errs) => format!("{text} => {errs}"),
    }
}

/// The text decoded straight from serde_json, then (when it parses) from a `serde_json::Value`,
/// the other kind of deserializer the runtime takes.
fn outcome<T: Decode + Describe>(text: &str) -> String {
    let direct = line(text, decode_slice::<T>(text.as_bytes()));
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(value) => format!("{direct}\n  as a value: {}", line(&value.to_string(), decode::<T>(&value))),
        Err(_) => direct,
    }
}

const CREDENTIALS: &[&str] = &[
    r#"{"user":"ada","password":"s3cret"}"#,
    r#"{"password":"s3cret","user":"ada"}"#,
    r#"{"user":"ada","token":"t-1"}"#,
    r#"{"user":"ada","token":"t-1","scope":["read","write"]}"#,
    r#"{}"#,
    r#"{"user":"ada"}"#,
    // No member takes these: reported against the nearest, field by field.
    r#"{"user":"ada","password":"s3cret","token":"t-1"}"#,
    r#"{"user":"ada","extra":1}"#,
    r#"{"token":5}"#,
    r#"{"password":5,"user":"ada","token":"t-1"}"#,
    r#"{"token":5,"user":"ada","password":"p","x":1}"#,
    r#"{"scope":[1],"password":"has space"}"#,
    // A member takes the keys but refuses a value.
    r#"{"user":"","password":"s3cret"}"#,
    r#"{"user":"ada","password":"has space"}"#,
    r#"{"user":"ada","token":"t-1","scope":[1,"x",2]}"#,
    r#"{"user":7}"#,
    // A key written twice: the last value stays, both are checked.
    r#"{"user":"ada","user":"","token":"t-1"}"#,
    r#"{"user":"ada","token":"t-1","token":"t-2"}"#,
    r#"{"token":"t-1","token":"t-2"}"#,
    // More keys than the pass notes without allocating.
    r#"{"user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","token":"t"}"#,
    r#"{"user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","user":"a","token":5,"password":"p"}"#,
    r#"{"a":1,"b":1,"c":1,"d":1,"e":1,"f":1,"g":1,"h":1,"i":1,"j":1,"k":1,"l":1,"m":1,"n":1,"o":1,"p":1,"q":1,"user":""}"#,
    // Not an object.
    r#""ada""#,
    r#"null"#,
    r#"[{"user":"ada"}]"#,
    r#"12"#,
    r#"true"#,
    // Not JSON.
    r#"{"user":"ada","token":}"#,
    r#"{"user":"ada""#,
];

const LOGINS: &[&str] = &[
    r#"{"credential":{"user":"ada","token":"t-1"},"devices":[{},{"user":"x","password":"p"}]}"#,
    r#"{"credential":{"user":"","token":"t-1"},"devices":[{"user":"ada","extra":true},{"token":5}]}"#,
    r#"{"credential":{"token":"t-1"},"counted":{"count":3}}"#,
    r#"{"credential":{},"counted":{"count":"3","label":"x"}}"#,
    r#"{"credential":{},"counted":{"count":"3"}}"#,
];

#[test]
fn a_union_of_closed_objects_decodes_as_the_two_pass_decoder_did() {
    let lines: Vec<String> = CREDENTIALS.iter().map(|t| outcome::<Credential>(t)).chain(LOGINS.iter().map(|t| outcome::<Login>(t))).collect();
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn only_unions_whose_members_agree_are_read_in_one_pass() {
    // `CountedLogin`'s members give `count` different types: it is buffered, as before.
    fn one_pass<T: DecodeKeyed>() {}
    one_pass::<Credential>();
    let text = include_str!("../fixtures/client/src/closed_unions/types.rs");
    assert!(text.contains("impl runtime::DecodeKeyed for Credential"));
    assert!(!text.contains("impl runtime::DecodeKeyed for CountedLogin"));
    assert_eq!(CountedLogin::SHAPES.len(), 2);
}
