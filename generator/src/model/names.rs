//! Rust names for spec names: types, fields, variants, functions; keywords escaped, clashes resolved.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "crate", "do", "dyn", "else", "enum", "extern", "false", "final",
    "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof", "union", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield", "abstract", "become",
];

/// A type or variant name: UpperCamelCase, never empty, never starting with a digit.
pub fn type_name(raw: &str) -> String {
    let cleaned: String = raw.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    let mut name = cleaned.to_upper_camel_case();
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

    #[test]
    fn names() {
        assert_eq!(type_name("push-notification"), "PushNotification");
        assert_eq!(type_name("3des"), "V3des");
        assert_eq!(field_name("type"), "type_");
        assert_eq!(field_name("displayName"), "display_name");
        assert_eq!(field_name("x-request-id"), "x_request_id");
        let mut taken = Taken::default();
        assert_eq!(taken.claim("A".into()), "A");
        assert_eq!(taken.claim("A".into()), "A2");
    }
}
