//! The Rust of a union: a tagged enum decided by its discriminator, or an enum decided by the
//! value's shape; both encode their variant's payload as the JSON it came from.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{KeyedVariant, Tagged, TypeDef};

use super::docs::doc_attr;
use super::rust_types::{decoder, rust_type, Patterns};

/// `skips_tag`: every variant takes the tag as given once it named it (see `GivenTags`);
/// `scalars`: the properties held as values before the tag (see `held_scalars`).
pub(crate) fn emit_tagged(name: &proc_macro2::Ident, tagged: &Tagged, skips_tag: bool, scalars: &[String]) -> TokenStream {
    let name_str = name.to_string();
    let property = &tagged.property;
    let idents: Vec<_> = tagged.variants.iter().map(|v| format_ident!("{}", v.ident)).collect();
    let payloads: Vec<_> = tagged.variants.iter().map(|v| format_ident!("{}", v.payload)).collect();
    let keys: Vec<&String> = tagged.variants.iter().map(|v| &v.key).collect();
    let docs = tagged.variants.iter().map(|v| {
        let text = format!("`{property}: {}`{}", v.key, v.doc.as_ref().map(|d| format!(": {d}")).unwrap_or_default());
        doc_attr(&text)
    });
    // A variant that several members share says which member its payload is.
    let describe = if tagged.variants.iter().any(|v| v.shared) {
        let arms = tagged.variants.iter().zip(&idents).map(|(v, ident)| {
            let text = format!("{name_str}::{}", v.ident);
            if v.shared {
                quote!(#name::#ident(payload) => format!("{}({})", #text, runtime::Describe::describe(payload)),)
            } else {
                quote!(#name::#ident(_) => #text.to_string(),)
            }
        });
        quote! {
            impl runtime::Describe for #name {
                fn describe(&self) -> String {
                    match self { #(#arms)* }
                }
            }
        }
    } else {
        let describes = tagged.variants.iter().map(|v| format!("{name_str}::{}", v.ident));
        quote! {
            impl runtime::Describe for #name {
                fn describe(&self) -> String {
                    match self { #(#name::#idents(_) => #describes.to_string(),)* }
                }
            }
        }
    };
    let encodes = tagged.variants.iter().zip(&idents).map(|(v, ident)| {
        let key = &v.key;
        if v.payload_writes_tag {
            quote!(#name::#ident(payload) => serde::Serialize::serialize(payload, serializer),)
        } else {
            quote!(#name::#ident(payload) => {
                let mut map = serializer.serialize_map(None)?;
                map.serialize_entry(#property, #key)?;
                runtime::WriteFields::write_fields(payload, &mut map)?;
                map.end()
            })
        }
    });
    // `From` only where a payload type belongs to one variant, or the conversion would be ambiguous.
    let froms = tagged.variants.iter().zip(&idents).filter(|(v, _)| tagged.variants.iter().filter(|w| w.payload == v.payload).count() == 1).map(
        |(v, ident)| {
            let payload = format_ident!("{}", v.payload);
            quote! {
                impl From<#payload> for #name {
                    fn from(payload: #payload) -> Self { #name::#ident(payload) }
                }
            }
        },
    );
    let (skips, decodes) = if skips_tag {
        (quote!(const TAG_IS_CONSTANT: bool = true;), quote!(#(#keys => *place = runtime::decode_tagged_variant(d, cx)?.map(#name::#idents),)*))
    } else {
        (quote!(), quote!(#(#keys => *place = <#payloads as runtime::Decode>::decode(d, cx)?.map(#name::#idents),)*))
    };
    let holds_scalar = (!scalars.is_empty()).then(|| {
        quote! {
            #[inline]
            fn holds_scalar(key: &str) -> bool {
                matches!(key, #(#scalars)|*)
            }
        }
    });
    quote! {
        #[allow(clippy::large_enum_variant)]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name { #(#docs #idents(#payloads),)* }

        impl #name {
            /// The property that names the variant.
            pub const TAG: &'static str = #property;
            /// Every value of the tag, in the order of the variants.
            pub const TAG_VALUES: &'static [&'static str] = &[#(#keys),*];

            /// The value of the tag for this variant.
            pub fn tag(&self) -> &'static str {
                match self { #(#name::#idents(_) => #keys,)* }
            }
        }

        impl runtime::Tagged for #name {
            const TAG: &'static str = #property;
            #skips
            #holds_scalar

            fn decode_variant<'de, D: serde::Deserializer<'de>>(tag: &str, d: D, cx: &mut runtime::Cx, place: &mut Option<Self>) -> Result<(), D::Error> {
                match tag {
                    #decodes
                    other => {
                        runtime::unknown_tag(#property, other, #name::TAG_VALUES, cx);
                        runtime::skip_value(d)?;
                    }
                }
                Ok(())
            }
        }

        impl runtime::Decode for #name {
            // Inlined, as the keyed unions' (`keyed_one_pass`): one copy of the value fewer.
            #[inline]
            fn decode<'de, D: serde::Deserializer<'de>>(d: D, cx: &mut runtime::Cx) -> Result<Option<Self>, D::Error> {
                runtime::decode_tagged(d, cx)
            }

            fn decode_in_place<'de, D: serde::Deserializer<'de>>(d: D, cx: &mut runtime::Cx, place: &mut Option<Self>) -> Result<(), D::Error> {
                runtime::decode_tagged_in_place(d, cx, place)
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #[allow(unused_imports)]
                use serde::ser::SerializeMap;
                match self { #(#encodes)* }
            }
        }

        #describe

        #(#froms)*
    }
}

pub(crate) fn emit_keyed(name: &proc_macro2::Ident, variants: &[KeyedVariant], types: &BTreeMap<String, TypeDef>, patterns: &mut Patterns) -> TokenStream {
    let name_str = name.to_string();
    let idents: Vec<_> = variants.iter().map(|v| format_ident!("{}", v.ident)).collect();
    let payloads: Vec<_> = variants.iter().map(|v| rust_type(&v.payload)).collect();
    let docs = variants.iter().map(|v| doc_attr(v.doc.as_deref().unwrap_or_default()));
    let shapes = variants.iter().map(|v| {
        let n = &v.ident;
        let types = type_bits(v.types);
        let required = &v.required;
        let known = &v.known;
        let closed = v.closed;
        let tags = v.tags.iter().map(|(key, value)| {
            let value = const_tokens(value);
            quote!((#key, #value))
        });
        quote!(runtime::VariantShape { name: #n, types: #types, required: &[#(#required),*], known: &[#(#known),*], closed: #closed, tags: &[#(#tags),*] })
    });
    // Read in one pass where that is exact (see `keyed_one_pass`), else buffered and read twice.
    let decode = match super::keyed_one_pass::plan(variants, types) {
        Some(plan) if !plan.open => plan.emit(name, &idents, patterns, quote!()),
        // Open variants: the pass where the input can be read again, the two readings elsewhere.
        Some(plan) => {
            let (helpers, body) = two_pass(name, variants, patterns);
            let one_pass = plan.emit(name, &idents, patterns, body);
            quote!(#helpers #one_pass)
        }
        None => {
            let (helpers, body) = two_pass(name, variants, patterns);
            quote! {
                #helpers

                impl runtime::Decode for #name {
                    // Inlined, as the keyed unions' (`keyed_one_pass`): one copy of the value fewer.
                    #[inline]
                    fn decode<'de, D: serde::Deserializer<'de>>(d: D, cx: &mut runtime::Cx) -> Result<Option<Self>, D::Error> {
                        #body
                    }
                }
            }
        }
    };
    let describes = variants.iter().map(|v| format!("{name_str}::{}", v.ident));
    let stands_for = variants.iter().map(|v| {
        let s = &v.stands_for;
        quote!(&[#(#s),*])
    });
    quote! {
        #[allow(clippy::large_enum_variant)]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name { #(#docs #idents(#payloads),)* }

        impl #name {
            /// What each variant accepts, in the order of the variants.
            pub const SHAPES: &'static [runtime::VariantShape] = &[#(#shapes),*];

            /// The members of the spec's union each variant stands for (several where their shapes are identical).
            pub fn stands_for(&self) -> &'static [&'static str] {
                match self { #(#name::#idents(_) => #stands_for,)* }
            }
        }

        #decode

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self { #(#name::#idents(payload) => serde::Serialize::serialize(payload, serializer),)* }
            }
        }

        impl runtime::Describe for #name {
            fn describe(&self) -> String {
                match self { #(#name::#idents(_) => #describes.to_string(),)* }
            }
        }
    }
}

/// The decoder of a keyed union that holds its value and reads it twice: the keys choose the
/// variant, which then decodes the held value. Its helper impls, and the body of `decode`.
fn two_pass(name: &proc_macro2::Ident, variants: &[KeyedVariant], patterns: &mut Patterns) -> (TokenStream, TokenStream) {
    let name_str = name.to_string();
    let last = variants.len().saturating_sub(1);
    let arms = variants.iter().enumerate().map(|(i, v)| {
        let ident = format_ident!("{}", v.ident);
        let dec = decoder(&v.payload, patterns);
        let index = proc_macro2::Literal::usize_unsuffixed(i);
        let pat = if i == last { quote!(_) } else { quote!(#index) };
        quote!(#pat => runtime::from_ahead(&#dec, v, cx).map(#name::#ident),)
    });
    // One variant (members of identical shapes merged) needs no match on the index. With several,
    // a value the chosen variant refuses is offered, on that error path only, to the others whose
    // shape takes it (see `runtime::decode_union`).
    // Each property name's variants, as bits, looked up once a key (up to 64 variants).
    let declared = variants.iter().any(|v| !v.known.is_empty() || !v.required.is_empty());
    let (key_bits, bits) = if declared && variants.len() <= 64 {
        let mut names: std::collections::BTreeMap<&str, (u64, u64)> = std::collections::BTreeMap::new();
        for (i, v) in variants.iter().enumerate() {
            for k in &v.known {
                names.entry(k).or_default().0 |= 1 << i;
            }
            for k in &v.required {
                names.entry(k).or_default().1 |= 1 << i;
            }
        }
        let arms = names.iter().map(|(k, (known, required))| {
            let (known, required) = (proc_macro2::Literal::u64_unsuffixed(*known), proc_macro2::Literal::u64_unsuffixed(*required));
            quote!(#k => (#known, #required),)
        });
        (
            quote! {
                /// Which variants declare the property `key`, and which require it (bit `i`: variant `i`).
                fn key_bits(key: &str) -> (u64, u64) {
                    match key { #(#arms)* _ => (0, 0) }
                }
            },
            quote!(Some(#name::key_bits)),
        )
    } else {
        (quote!(), quote!(None))
    };
    let (decode, decoded) = if variants.len() == 1 {
        let ident = format_ident!("{}", variants[0].ident);
        let dec = decoder(&variants[0].payload, patterns);
        (
            quote!(),
            quote! {
                let Some(choice) = runtime::choose_variant(&v, #name_str, #name::SHAPES, None, cx) else { return Ok(None) };
                let decoded = runtime::from_ahead(&#dec, &v, cx).map(#name::#ident);
                Ok(choice.finish(decoded, cx))
            },
        )
    } else {
        (
            quote! {
                impl #name {
                    /// Decodes the buffered value as the variant at `index`.
                    fn decode_variant(index: usize, v: &runtime::Ahead, cx: &mut runtime::Cx) -> Option<Self> {
                        match index { #(#arms)* }
                    }

                    #key_bits
                }
            },
            quote!(Ok(runtime::decode_union(&v, #name_str, #name::SHAPES, #bits, cx, #name::decode_variant))),
        )
    };
    let body = quote! {
        // The one look ahead: the value is held (borrowing its strings) while its keys choose.
        let v = runtime::buffer(d)?;
        #decoded
    };
    (decode, body)
}

/// A single allowed value (a union's tag, a struct's constant) as the runtime's `Const`.
pub(crate) fn const_tokens(value: &serde_json::Value) -> TokenStream {
    use serde_json::Value;
    match value {
        Value::Null => quote!(runtime::Const::Null),
        Value::Bool(b) => quote!(runtime::Const::Bool(#b)),
        Value::String(s) => quote!(runtime::Const::Str(#s)),
        Value::Number(n) if n.is_i64() => {
            let i = n.as_i64().unwrap_or_default();
            quote!(runtime::Const::Int(#i))
        }
        other => {
            let text = other.to_string();
            quote!(runtime::Const::Json(#text))
        }
    }
}

/// JSON type bits as the runtime's named constants, for readers of the generated code.
fn type_bits(bits: u8) -> TokenStream {
    use crate::model::json_type as jt;
    if bits == jt::ANY {
        return quote!(runtime::json_type::ANY);
    }
    let names = [
        (jt::NULL, "NULL"),
        (jt::BOOLEAN, "BOOLEAN"),
        (jt::INTEGER, "INTEGER"),
        (jt::NUMBER, "NUMBER"),
        (jt::STRING, "STRING"),
        (jt::ARRAY, "ARRAY"),
        (jt::OBJECT, "OBJECT"),
    ];
    let parts: Vec<TokenStream> = names
        .iter()
        .filter(|(bit, _)| bits & bit != 0)
        .map(|(_, name)| {
            let name = format_ident!("{}", name);
            quote!(runtime::json_type::#name)
        })
        .collect();
    if parts.is_empty() {
        quote!(0)
    } else {
        quote!(#(#parts)|*)
    }
}
