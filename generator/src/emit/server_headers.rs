//! A server module's response header names: each name that is an HTTP token is a constant of the
//! module, defined once (`HEADER_X_RATELIMIT_LIMIT`) and made when the crate is compiled, and
//! every answer inserts its headers' values by them.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::model::{is_http_token, Api};

use super::docs::doc_attr;

/// The header names of one server module, lowercased, and the constant each is.
pub(crate) struct HeaderNames(BTreeMap<String, Ident>);

impl HeaderNames {
    /// The names of every response header the API's operations document.
    pub(crate) fn of(api: &Api) -> Self {
        HeaderNames::from_names(api.operations.iter().flat_map(|o| &o.responses).flat_map(|r| &r.headers).map(|h| h.name.as_str()))
    }

    /// The constants of `names` (any case; header names are matched without it). Names that only
    /// differ past what an identifier can spell (`x-a`, `x_a`) are numbered in the names' order.
    fn from_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        let names: BTreeSet<String> = names.into_iter().map(str::to_ascii_lowercase).filter(|n| is_http_token(n)).collect();
        let mut taken = BTreeSet::new();
        let constants = names
            .into_iter()
            .map(|name| {
                let base: String = name.bytes().map(|b| if b.is_ascii_alphanumeric() { b.to_ascii_uppercase() as char } else { '_' }).collect();
                let base = format!("HEADER_{base}");
                let mut ident = base.clone();
                for n in 2.. {
                    if taken.insert(ident.clone()) {
                        break;
                    }
                    ident = format!("{base}_{n}");
                }
                (name, format_ident!("{ident}"))
            })
            .collect();
        HeaderNames(constants)
    }

    /// The module's constants, in the names' order.
    pub(crate) fn definitions(&self) -> TokenStream {
        let defs = self.0.iter().map(|(name, ident)| {
            let doc = doc_attr(&format!("The response header `{name}`."));
            quote!(#doc const #ident: axum::http::HeaderName = axum::http::HeaderName::from_static(#name);)
        });
        quote!(#(#defs)*)
    }

    /// Adds the header `name` (as the spec writes it) with `value` to `headers`, by its constant. A
    /// name that is not an HTTP token (RFC 9110 allows no other) cannot be sent, and is a 500.
    pub(crate) fn insert(&self, name: &str, value: &Ident) -> TokenStream {
        let name = name.to_ascii_lowercase();
        match self.0.get(&name) {
            Some(constant) => quote!(headers.insert(#constant, #value);),
            None => quote! {
                match axum::http::HeaderName::try_from(#name) {
                    Ok(name) => {
                        headers.insert(name, #value);
                    }
                    Err(_) => return rt::problem_response(&Problem::internal(), problem_body),
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{is_http_token, HeaderNames};

    #[test]
    fn header_names_that_are_tokens_are_constants_named_once_and_others_a_500() {
        assert!(is_http_token("x-ratelimit-limit") && is_http_token("location") && is_http_token("x_a.b~c!#$%&'*+^`|"));
        assert!(!is_http_token("") && !is_http_token("x ratelimit") && !is_http_token("x:y") && !is_http_token("é") && !is_http_token("a\"b"));
        // Names are matched without case (`HeaderName::from_static` takes lowercase only), each
        // once; names an identifier cannot tell apart are numbered.
        let names = HeaderNames::from_names(["X-RateLimit-Limit", "x-ratelimit-limit", "Location", "x_a", "x-a", "x-a-2", "X Bad"]);
        let defs = names.definitions().to_string();
        assert_eq!(defs.matches("const").count(), 5, "{defs}");
        for expected in ["HEADER_X_RATELIMIT_LIMIT", "HEADER_LOCATION", "HEADER_X_A :", "HEADER_X_A_2 :", "HEADER_X_A_3 :", "from_static (\"x-ratelimit-limit\")"] {
            assert!(defs.contains(expected), "{expected} in {defs}");
        }
        let value = quote::format_ident!("header_0");
        assert_eq!(names.insert("X-RATELIMIT-LIMIT", &value).to_string(), "headers . insert (HEADER_X_RATELIMIT_LIMIT , header_0) ;");
        let refused = names.insert("X Bad", &value).to_string();
        assert!(refused.contains("try_from") && refused.contains("problem_response"), "{refused}");
    }
}
