//! How a model type is spelled in Rust and decoded: type paths, decoder expressions, literals.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::model::{ArrayRules, StringRules, Ty};

/// The Rust type of `ty`, for use inside the spec's `types` module.
pub fn rust_type(ty: &Ty) -> TokenStream {
    rust_type_in(ty, &quote!())
}

/// The Rust type of `ty`, with named types behind `prefix` (e.g. `types::`).
pub fn rust_type_in(ty: &Ty, prefix: &TokenStream) -> TokenStream {
    let rust_type = |t: &Ty| rust_type_in(t, prefix);
    match ty {
        Ty::String(_) => quote!(String),
        Ty::Integer => quote!(i64),
        Ty::Number => quote!(serde_json::Number),
        Ty::Boolean => quote!(bool),
        Ty::Any => quote!(serde_json::Value),
        Ty::FreeObject => quote!(serde_json::Map<String, serde_json::Value>),
        Ty::Array(item, _) => {
            let item = rust_type(item);
            quote!(Vec<#item>)
        }
        Ty::Map(item) => {
            let item = rust_type(item);
            quote!(std::collections::BTreeMap<String, #item>)
        }
        Ty::Named(name) => {
            let name = format_ident!("{}", name);
            quote!(#prefix #name)
        }
        Ty::Nullable(inner) => {
            let inner = rust_type(inner);
            quote!(Option<#inner>)
        }
        Ty::Bounded(inner, _) => rust_type(inner),
    }
}

/// Regular expressions used by the types, each compiled once, in a static named after its text:
/// the name does not depend on which type uses the pattern first, so types can be made in any
/// order (on several threads), and a pattern added to the spec renames no other static.
#[derive(Default)]
pub struct Patterns {
    used: BTreeMap<String, String>,
    /// Two patterns found under one name (a 64-bit collision): the generated code would hold two
    /// statics of that name and not compile, so it is reported as an error instead.
    clash: Option<String>,
}

/// FNV-1a, 64 bits: a fixed function of the bytes, the same on every machine and Rust release
/// (std's hashers promise neither).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

impl Patterns {
    fn ident(&mut self, pattern: &str) -> proc_macro2::Ident {
        let name = format!("PATTERN_{:016X}", fnv1a(pattern.as_bytes()));
        let ident = format_ident!("{}", name);
        self.record(name, pattern);
        ident
    }

    fn record(&mut self, name: String, pattern: &str) {
        match self.used.get(&name) {
            Some(known) if known != pattern => {
                self.clash.get_or_insert_with(|| format!("the patterns {known:?} and {pattern:?} hash to the same static name {name}"));
            }
            Some(_) => {}
            None => {
                self.used.insert(name, pattern.to_string());
            }
        }
    }

    /// Takes in the patterns `other` used.
    pub fn merge(&mut self, other: Patterns) {
        if let Some(clash) = other.clash {
            self.clash.get_or_insert(clash);
        }
        for (name, pattern) in other.used {
            self.record(name, &pattern);
        }
    }

    /// The statics, in the order of their names; an error for a clash of names.
    pub fn statics(&self) -> Result<TokenStream, String> {
        if let Some(clash) = &self.clash {
            return Err(clash.clone());
        }
        let items = self.used.iter().map(|(name, p)| {
            let ident = format_ident!("{}", name);
            let flags = crate::emit::regex_syntax::flags(p).unwrap_or_default();
            quote! {
                static #ident: runtime::Pattern = runtime::Pattern::new(#p, #flags);
            }
        });
        Ok(quote!(#(#items)*))
    }

    pub fn string_rules(&mut self, rules: &StringRules) -> TokenStream {
        let min = optional_usize(rules.min_length);
        let max = optional_usize(rules.max_length);
        let pattern = match &rules.pattern {
            Some(p) => {
                let ident = self.ident(p);
                quote!(Some(&#ident))
            }
            None => quote!(None),
        };
        quote!(runtime::StringRules { min_length: #min, max_length: #max, pattern: #pattern })
    }
}

/// The runtime's `NumberRules` for a number's bounds.
pub fn number_rules(rules: &crate::model::NumberRules) -> TokenStream {
    let f64_of = |n: &Option<serde_json::Number>| match n.as_ref().and_then(|n| n.as_f64()) {
        Some(x) => quote!(Some(#x)),
        None => quote!(None),
    };
    let (min, max, step) = (f64_of(&rules.minimum), f64_of(&rules.maximum), f64_of(&rules.multiple_of));
    let (xmin, xmax) = (rules.exclusive_minimum, rules.exclusive_maximum);
    quote!(runtime::NumberRules { minimum: #min, maximum: #max, exclusive_minimum: #xmin, exclusive_maximum: #xmax, multiple_of: #step })
}

/// `Some(n)` or `None`, as a `usize` literal for the runtime's rules.
pub fn optional_usize(v: Option<u64>) -> TokenStream {
    match v.map(|n| n as usize) {
        Some(n) => quote!(Some(#n)),
        None => quote!(None),
    }
}

fn array_rules(rules: &ArrayRules) -> TokenStream {
    let min = optional_usize(rules.min_items);
    let max = optional_usize(rules.max_items);
    let unique = rules.unique_items;
    quote!(runtime::ArrayRules { min_items: #min, max_items: #max, unique_items: #unique })
}

/// An expression of a value implementing the runtime's `Decoder` for `ty`: the type's own
/// `Decode`, or the runtime's combinators where the use adds constraints, composed as the schema is.
pub fn decoder(ty: &Ty, patterns: &mut Patterns) -> TokenStream {
    if !ty.has_rules() {
        let t = rust_type(ty);
        return quote!(runtime::of::<#t>());
    }
    match ty {
        Ty::String(rules) => {
            let rules = patterns.string_rules(rules);
            quote!(runtime::Str(&#rules))
        }
        Ty::Array(item, rules) => {
            let item = decoder(item, patterns);
            let rules = array_rules(rules);
            quote!(runtime::ArrayOf(&#rules, #item))
        }
        Ty::Map(item) => {
            let item = decoder(item, patterns);
            quote!(runtime::MapOf(#item))
        }
        Ty::Nullable(inner) => {
            let inner = decoder(inner, patterns);
            quote!(runtime::OrNull(#inner))
        }
        Ty::Bounded(inner, rules) => {
            let inner = decoder(inner, patterns);
            let rules = number_rules(rules);
            quote!(runtime::Bounded(&#rules, #inner))
        }
        _ => unreachable!("has_rules() is false for every other type"),
    }
}

/// An expression reading the value of the property `key` (just read from `map`) into a slot for a
/// `ty`: by the type's own `Decode`, its type inferred from where the slot goes, when the use adds
/// no constraint, as most properties do (a decoder named in each of their reads made My Account's
/// `types.rs` a tenth longer); through [`decoder`] otherwise.
pub fn read_value(key: &str, ty: &Ty, patterns: &mut Patterns) -> TokenStream {
    if ty.has_rules() {
        let dec = decoder(ty, patterns);
        quote!(runtime::field(&mut map, #key, &#dec, cx)?)
    } else {
        quote!(runtime::value(&mut map, #key, cx)?)
    }
}

/// The decoder of a boxed field: `Box<T>`, or `Option<Box<T>>` where the schema allows `null`;
/// with its Rust type.
pub fn boxed_decoder(ty: &Ty, patterns: &mut Patterns) -> (TokenStream, TokenStream) {
    match ty {
        Ty::Nullable(inner) => {
            let (t, dec) = boxed_decoder(inner, patterns);
            (quote!(Option<#t>), quote!(runtime::OrNull(#dec)))
        }
        other => {
            let t = rust_type(other);
            let dec = decoder(other, patterns);
            (quote!(Box<#t>), quote!(runtime::Boxed(#dec)))
        }
    }
}

/// A string literal holding `text`: raw (`r"..."`, `r#"..."#`) where it can be. A raw literal is
/// read back as it is written, where an escaped one is escaped a character at a time here and
/// unescaped so again by the parser and by the formatter: for prose and JSON texts, that was 4% of
/// the whole of `regen` on My Account (instructions counted). Rustdoc lines are
/// written from the literal's value, so docs come out the same either way; a JSON text reads as
/// itself, quotes unescaped.
pub fn text_literal(text: &str) -> proc_macro2::Literal {
    // A raw string can hold any character but a lone carriage return.
    if !text.contains('\r') {
        // One more `#` than the longest run of them after a quote, so that nothing inside ends it.
        let hashes = text.match_indices('"').map(|(at, _)| text[at + 1..].bytes().take_while(|b| *b == b'#').count() + 1).max().unwrap_or(0);
        let fence = "#".repeat(hashes);
        if let Ok(literal) = format!("r{fence}\"{text}\"{fence}").parse() {
            return literal;
        }
    }
    proc_macro2::Literal::string(text)
}

/// An expression that serializes as `v`: a plain literal for a string, boolean, integer or
/// `null` (nothing to build each time it is written), a `serde_json::Value` otherwise.
pub fn serialized_literal(v: &Value) -> TokenStream {
    match v {
        Value::String(s) => quote!(#s),
        Value::Bool(b) => quote!(#b),
        Value::Null => quote!(()),
        Value::Number(n) if n.is_i64() => {
            let i = n.as_i64().unwrap_or_default();
            quote!(#i)
        }
        Value::Number(n) if n.is_u64() => {
            let u = n.as_u64().unwrap_or_default();
            quote!(#u)
        }
        other => value_literal(other),
    }
}

/// A `serde_json::Value` expression equal to `v`.
pub fn value_literal(v: &Value) -> TokenStream {
    let inner = json_tokens(v);
    quote!(serde_json::json!(#inner))
}

fn json_tokens(v: &Value) -> TokenStream {
    match v {
        Value::Null => quote!(null),
        Value::Bool(b) => quote!(#b),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                quote!(#i)
            } else if let Some(u) = n.as_u64() {
                quote!(#u)
            } else {
                let f = n.as_f64().unwrap_or_default();
                quote!(#f)
            }
        }
        Value::String(s) => quote!(#s),
        Value::Array(items) => {
            let items = items.iter().map(json_tokens);
            quote!([#(#items),*])
        }
        Value::Object(map) => {
            let entries = map.iter().map(|(k, v)| {
                let v = json_tokens(v);
                quote!(#k: #v)
            });
            quote!({ #(#entries),* })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fnv_1a_64() {
        // The published test vectors of FNV-1a, 64 bits.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    /// A pattern's static has one name whichever type uses it first and on whichever thread, and the
    /// statics come out the same however the uses were split.
    #[test]
    fn names_do_not_depend_on_the_order_of_use() {
        let (a, b, c) = ("^a+$", "^[0-9]{2}$", "\\S");
        let mut one = Patterns::default();
        let names: Vec<String> = [a, b, a, c].iter().map(|p| one.ident(p).to_string()).collect();
        assert_eq!(names[0], names[2]);
        let (mut first, mut second) = (Patterns::default(), Patterns::default());
        assert_eq!(second.ident(c).to_string(), names[3]);
        assert_eq!(first.ident(b).to_string(), names[1]);
        assert_eq!(second.ident(a).to_string(), names[0]);
        first.merge(second);
        assert_eq!(first.statics().unwrap().to_string(), one.statics().unwrap().to_string());
    }

    /// Every text comes back as its literal's value, raw where it can be, with as many `#` as
    /// keep its quotes from ending it; a lone carriage return, which no raw literal may hold, is
    /// escaped instead.
    #[test]
    fn a_text_literal_holds_its_text_exactly() {
        let cases = [
            ("plain words", "r\"plain words\""),
            ("", "r\"\""),
            (r#"{"a":"b"}"#, "r#\"{\"a\":\"b\"}\"#"),
            ("ends \"# here \"## and", "r###\"ends \"# here \"## and\"###"),
            ("back\\slash \\n and ünïcode", "r\"back\\slash \\n and ünïcode\""),
            ("a\rb", "\"a\\rb\""),
        ];
        for (text, written) in cases {
            let literal = text_literal(text);
            assert_eq!(literal.to_string(), written);
            let parsed: syn::LitStr = syn::parse2(quote!(#literal)).unwrap();
            assert_eq!(parsed.value(), text);
        }
    }

    #[test]
    fn two_patterns_under_one_name_are_an_error() {
        let mut clashing = Patterns::default();
        clashing.record("PATTERN_0".into(), "a");
        let mut other = Patterns::default();
        other.record("PATTERN_0".into(), "b");
        clashing.merge(other);
        let error = clashing.statics().unwrap_err();
        assert!(error.contains("\"a\" and \"b\" hash to the same static name PATTERN_0"), "{error}");
        let mut within = Patterns::default();
        within.record("PATTERN_0".into(), "a");
        within.record("PATTERN_0".into(), "b");
        assert!(within.statics().is_err());
    }
}
