//! Rust names for spec names: types, fields, variants, functions; keywords escaped, clashes resolved.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "crate", "do", "dyn", "else", "enum", "extern", "false", "final",
    "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof", "union", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield", "abstract", "become",
];

/// The names Rust's prelude brings into every module (editions 2021 and 2024; its lower-case
/// functions cannot clash with a type name). A generated type named so would shadow the prelude's
/// in the module that defines it, where the generated code writes `Result<_, _>`, `Option<_>`,
/// `String`, `Some(_)` or `Default::default()`, and in every module that glob-imports the types.
const PRELUDE: &[&str] = &[
    "AsMut", "AsRef", "AsyncFn", "AsyncFnMut", "AsyncFnOnce", "Box", "Clone", "Copy", "Default", "DoubleEndedIterator", "Drop", "Eq",
    "Err", "ExactSizeIterator", "Extend", "Fn", "FnMut", "FnOnce", "From", "FromIterator", "Future", "Into", "IntoFuture",
    "IntoIterator", "Iterator", "None", "Ok", "Option", "Ord", "PartialEq", "PartialOrd", "Result", "Send", "Sized", "Some",
    "String", "Sync", "ToOwned", "ToString", "TryFrom", "TryInto", "Unpin", "Vec",
];

/// The name of a generated type (an item of a `types` module): a [`type_name`] with a trailing
/// `_` where it would shadow a name of Rust's prelude, as `Self` becomes `Self_`. A variant's
/// name is always written after its enum's, so it needs no such escape.
pub fn type_item_name(raw: &str) -> String {
    let mut name = type_name(raw);
    if PRELUDE.binary_search(&name.as_str()).is_ok() {
        name.push('_');
    }
    name
}

/// A type or variant name: UpperCamelCase, never empty, never starting with a digit.
pub fn type_name(raw: &str) -> String {
    let mut name = if is_upper_camel(raw) {
        raw.to_string()
    } else {
        let cleaned: String = raw.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
        cleaned.to_upper_camel_case()
    };
    if name.is_empty() {
        name = "Value".to_string();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("V{name}");
    }
    if name == "Self" {
        name = "Self_".to_string();
    }
    name
}

/// Whether `raw` is already what `to_upper_camel_case` makes of it, as most schema names are:
/// ASCII words of a capital, at least one lower-case letter, then any digits (`Foo2Bar`). heck
/// starts a word at a capital after a lower-case letter or a digit that follows one, and a word
/// written so is left as it is. Anything else (acronyms, separators, a digit after a capital) goes
/// through heck. Casing the names through heck was a sixth of the modelling of My Account.
fn is_upper_camel(raw: &str) -> bool {
    let bytes = raw.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_uppercase() || !bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase) {
            return false;
        }
        i += 2;
        while bytes.get(i).is_some_and(u8::is_ascii_lowercase) {
            i += 1;
        }
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
    }
    !bytes.is_empty()
}

/// A field or function name: snake_case, with a trailing `_` where it would be a keyword.
pub fn field_name(raw: &str) -> String {
    let cleaned: String = raw.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    let mut name = cleaned.to_snake_case();
    if name.is_empty() {
        name = "value".to_string();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("n{name}");
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// Hands out names, adding a number where one is taken.
#[derive(Default)]
pub struct Taken(BTreeSet<String>);

impl Taken {
    pub fn claim(&mut self, wanted: String) -> String {
        let mut name = wanted.clone();
        let mut n = 2;
        while self.0.contains(&name) {
            name = format!("{wanted}{n}");
            n += 1;
        }
        self.0.insert(name.clone());
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut answers what heck answers, on every string of up to six characters over
    /// capitals, lower-case letters, digits and a separator.
    #[test]
    fn names_already_in_upper_camel_case_are_those_heck_leaves_alone() {
        let alphabet = ['A', 'B', 'a', 'b', '2', '_'];
        let mut strings = vec![String::new()];
        let mut kept = 0;
        for _ in 0..6 {
            strings = strings.iter().flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}"))).collect();
            for raw in &strings {
                let heck = raw.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect::<String>().to_upper_camel_case();
                if is_upper_camel(raw) {
                    assert_eq!(&heck, raw, "{raw:?}");
                    kept += 1;
                }
            }
        }
        assert!(kept > 700, "the shortcut takes the common shapes ({kept})");
        for name in ["CreateAuthenticationMethodRequestContent", "Foo2Bar", "AbCd"] {
            assert!(is_upper_camel(name), "{name}");
        }
        for name in ["V2Beta", "HTTPServer", "Foo_Bar", "fooBar", "", "Ab2C"] {
            assert!(!is_upper_camel(name), "{name}");
        }
    }

    #[test]
    fn names() {
        assert_eq!(type_name("push-notification"), "PushNotification");
        assert_eq!(type_name("3des"), "V3des");
        assert_eq!(field_name("type"), "type_");
        assert_eq!(field_name("displayName"), "display_name");
        assert_eq!(field_name("x-request-id"), "x_request_id");
        assert_eq!(type_item_name("result"), "Result_");
        assert_eq!(type_item_name("Option"), "Option_");
        assert_eq!(type_item_name("ResultPage"), "ResultPage");
        assert_eq!(type_name("result"), "Result", "a variant keeps its name");
        assert!(PRELUDE.windows(2).all(|w| w[0] < w[1]), "sorted, for the binary search");
        let mut taken = Taken::default();
        assert_eq!(taken.claim("A".into()), "A");
        assert_eq!(taken.claim("A".into()), "A2");
    }
}
