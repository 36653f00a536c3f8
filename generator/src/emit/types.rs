//! The `types` module of a spec: one Rust type per schema, with decoding that checks the schema and
//! encoding that gives the JSON back unchanged.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::error::Error;
use crate::model::{Api, Kind, Struct, Ty, TypeDef};
use crate::render::Pieces;

use super::docs::doc_attr;
use super::rust_types::{decode_expr, decoder, optional_usize, rust_type, value_literal, Patterns};

/// The module's text, rendered one type at a time (see [`Pieces`]).
pub fn render(api: &Api, header: &str) -> Result<String, Error> {
    let mut patterns = Patterns::default();
    let mut pieces = Pieces::new(&api.file);
    for t in api.types.values() {
        pieces.push(emit_type(t, &mut patterns))?;
    }
    let statics = patterns.statics();
    pieces.finish(
        header,
        quote! {
            #[allow(unused_imports)]
            use crate::runtime;
            #statics
        },
    )
}

/// Why unions allow `clippy::large_enum_variant`, in their docs.
const UNBOXED: &str = " Variants hold their payloads unboxed (so `clippy::large_enum_variant` is allowed): a value \
                       is matched far more often than it is moved, and a box would be in every pattern.";

/// Why structs are `#[non_exhaustive]`, in their docs (a paragraph of its own, after the schema's).
const STRUCT_NOTE: &str = "`#[non_exhaustive]`: built with [`Self::new`] from the required properties, the optional ones \
                           set as fields, so that a property added to the schema is not a breaking change for code that \
                           builds the value.";

fn emit_type(t: &TypeDef, patterns: &mut Patterns) -> TokenStream {
    let name = format_ident!("{}", t.name);
    let mut doc = t.doc.clone().unwrap_or_default();
    if let Some(schema) = &t.schema_name {
        if !doc.is_empty() {
            doc.push_str("\n\n");
        }
        doc.push_str(&format!("Schema `{schema}`."));
    }
    if matches!(t.kind, Kind::Struct(_)) {
        if !doc.is_empty() {
            doc.push_str("\n\n");
        }
        doc.push_str(STRUCT_NOTE);
    }
    let doc = doc_attr(&doc);
    let serde_impls = serde_glue(&name);
    match &t.kind {
        Kind::Struct(s) => {
            let body = emit_struct(&name, s, patterns);
            quote!(#doc #body #serde_impls)
        }
        Kind::Enum(values) => {
            let body = emit_enum(&name, values);
            quote!(#doc #body #serde_impls)
        }
        Kind::Newtype(inner) => {
            let body = emit_newtype(&name, inner, patterns);
            quote!(#doc #body #serde_impls)
        }
        Kind::Alias(ty) => {
            let ty = rust_type(ty);
            quote!(#doc pub type #name = #ty;)
        }
        Kind::Tagged(tagged) => {
            let body = super::union_types::emit_tagged(&name, tagged);
            quote!(#doc #[doc = ""] #[doc = #UNBOXED] #body #serde_impls)
        }
        Kind::Keyed(keyed) => {
            let rule = doc_attr(&format!("# Choosing the variant\n\n{}", keyed.rule));
            let body = super::union_types::emit_keyed(&name, &keyed.variants, patterns);
            quote!(#doc #[doc = ""] #rule #[doc = ""] #[doc = #UNBOXED] #body #serde_impls)
        }
    }
}

/// `Deserialize` through the checking decoder, and `Describe` for named-type reporting.
fn serde_glue(name: &proc_macro2::Ident) -> TokenStream {
    quote! {
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                runtime::decode(&value).map_err(serde::de::Error::custom)
            }
        }
    }
}

fn emit_struct(name: &proc_macro2::Ident, s: &Struct, patterns: &mut Patterns) -> TokenStream {
    let name_str = name.to_string();
    let mut fields = Vec::new();
    let mut decodes = Vec::new();
    let mut inits = Vec::new();
    let mut writes = Vec::new();
    let mut known: Vec<String> = Vec::new();
    // `new` takes the required fields; the others start empty.
    let mut args = Vec::new();
    let mut starts = Vec::new();
    for c in &s.consts {
        known.push(c.json.clone());
        let key = &c.json;
        let value = value_literal(&c.value);
        let required = c.required;
        decodes.push(quote!(runtime::constant(obj, #key, &#value, #required, at, errs);));
        match &c.presence_ident {
            None => writes.push(quote!(map.serialize_entry(#key, &#value)?;)),
            Some(flag) => {
                let flag = format_ident!("{}", flag);
                let doc = doc_attr(&format!("Whether `{key}` (always `{}`) is present.", c.value));
                let local = format_ident!("field_{}", flag.to_string());
                fields.push(quote!(#doc pub #flag: bool,));
                decodes.push(quote!(let #local = obj.contains_key(#key);));
                inits.push(quote!(#flag: #local));
                starts.push(quote!(#flag: false));
                writes.push(quote!(if self.#flag { map.serialize_entry(#key, &#value)?; }));
            }
        }
    }
    for f in &s.fields {
        known.push(f.json.clone());
        let ident = format_ident!("{}", f.ident);
        // Decoded into a local of its own name space, so that no property (`at`, `obj`, `errs`)
        // can shadow the decoder's variables.
        let local = format_ident!("field_{}", f.ident);
        let key = &f.json;
        let (ty, dec) = if f.boxed { boxed(&f.ty, patterns) } else { (rust_type(&f.ty), decoder(&f.ty, patterns)) };
        let doc = doc_attr(f.doc.as_deref().unwrap_or_default());
        if f.required {
            args.push(quote!(#ident: #ty));
            starts.push(quote!(#ident));
            fields.push(quote!(#doc pub #ident: #ty,));
            decodes.push(quote!(let #local = runtime::required(obj, #key, at, errs, #dec);));
            writes.push(quote!(map.serialize_entry(#key, &self.#ident)?;));
        } else {
            starts.push(quote!(#ident: None));
            fields.push(quote!(#doc pub #ident: Option<#ty>,));
            decodes.push(quote!(let #local = runtime::optional(obj, #key, at, errs, #dec);));
            writes.push(quote!(if let Some(value) = &self.#ident { map.serialize_entry(#key, value)?; }));
        }
        inits.push(quote!(#ident: #local?));
    }
    if writes.is_empty() {
        // An object with nothing to write (closed, no properties) still takes the open map.
        writes.push(quote!(let _ = map;));
    }
    known.extend(s.skip.iter().cloned());
    for key in &s.forbidden {
        known.push(key.clone());
        decodes.push(quote!(if obj.contains_key(#key) { errs.push_field(at, #key, "must not be present (its schema is `false`)"); }));
    }
    if s.closed {
        decodes.push(quote!(runtime::deny_unknown(obj, KNOWN, at, errs);));
    }
    if s.min_properties.is_some() || s.max_properties.is_some() {
        let min = optional_usize(s.min_properties);
        let max = optional_usize(s.max_properties);
        decodes.push(quote!(runtime::count_properties(obj, #min, #max, at, errs);));
    }
    for rule in &s.alternatives {
        let sets = rule.sets.iter().map(|set| quote!(&[#(#set),*]));
        let exactly_one = rule.exactly_one;
        decodes.push(quote!(runtime::required_alternatives(obj, &[#(#sets),*], #exactly_one, at, errs);));
    }
    if let Some((extra, ty)) = &s.extra {
        let ident = format_ident!("{}", extra);
        let local = format_ident!("field_{}", extra);
        let doc = doc_attr("Properties the schema does not declare, kept so that nothing is lost on the way through.");
        match ty {
            Ty::Any => {
                fields.push(quote!(#doc pub #ident: serde_json::Map<String, serde_json::Value>,));
                decodes.push(quote!(let #local = Some(runtime::extras(obj, KNOWN));));
            }
            other => {
                let t = rust_type(other);
                let dec = decoder(other, patterns);
                fields.push(quote!(#doc pub #ident: std::collections::BTreeMap<String, #t>,));
                decodes.push(quote!(let #local = runtime::map_with(&serde_json::Value::Object(runtime::extras(obj, KNOWN)), at, errs, #dec);));
            }
        }
        inits.push(quote!(#ident: #local?));
        starts.push(quote!(#ident: Default::default()));
        writes.push(quote!(for (key, value) in &self.#ident { map.serialize_entry(key, value)?; }));
    }
    // Many required properties make many arguments: the schema decides, not the generator.
    let many = (args.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let default = args.is_empty().then(|| {
        quote! {
            impl Default for #name {
                fn default() -> Self { Self::new() }
            }
        }
    });
    quote! {
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub struct #name { #(#fields)* }

        impl #name {
            /// Every property name the schema declares.
            pub const PROPERTIES: &'static [&'static str] = &[#(#known),*];

            /// A value with the required properties; the optional ones are absent.
            #many
            pub fn new(#(#args),*) -> Self {
                Self { #(#starts),* }
            }
        }

        #default

        impl runtime::FromJson for #name {
            fn from_json(v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors) -> Option<Self> {
                const KNOWN: &[&str] = #name::PROPERTIES;
                let obj = runtime::object(v, at, errs)?;
                #(#decodes)*
                Some(Self { #(#inits),* })
            }
        }

        impl runtime::WriteFields for #name {
            fn write_fields<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
                #(#writes)*
                Ok(())
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                runtime::serialize_struct(self, serializer)
            }
        }

        impl runtime::Describe for #name {
            fn describe(&self) -> String { #name_str.to_string() }
        }
    }
}

/// The type and decoder of a boxed field: `Box<T>`, or `Option<Box<T>>` where the schema is nullable.
fn boxed(ty: &Ty, patterns: &mut Patterns) -> (TokenStream, TokenStream) {
    let (t, expr) = boxed_expr(ty, patterns);
    (t, quote!(|v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| #expr))
}

fn boxed_expr(ty: &Ty, patterns: &mut Patterns) -> (TokenStream, TokenStream) {
    match ty {
        Ty::Nullable(inner) => {
            let (t, expr) = boxed_expr(inner, patterns);
            (quote!(Option<#t>), quote!(runtime::or_null(v, at, errs, |v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors| #expr)))
        }
        other => {
            let t = rust_type(other);
            let expr = decode_expr(other, patterns);
            (quote!(Box<#t>), quote!(#expr.map(Box::new)))
        }
    }
}

fn emit_enum(name: &proc_macro2::Ident, values: &[(String, String)]) -> TokenStream {
    let name_str = name.to_string();
    let idents: Vec<_> = values.iter().map(|(_, i)| format_ident!("{}", i)).collect();
    let jsons: Vec<&String> = values.iter().map(|(v, _)| v).collect();
    let docs = jsons.iter().map(|v| doc_attr(&format!("`{v}`")));
    let expected = jsons.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
    quote! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name { #(#docs #idents,)* }

        impl #name {
            /// Every value, in the order the spec lists them.
            pub const ALL: &'static [#name] = &[#(#name::#idents),*];

            /// The value as it is written in JSON.
            pub fn as_str(&self) -> &'static str {
                match self { #(#name::#idents => #jsons,)* }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.as_str()) }
        }

        impl std::str::FromStr for #name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    #(#jsons => Ok(#name::#idents),)*
                    other => Err(format!("unknown value {other:?}; expected one of: {}", #expected)),
                }
            }
        }

        impl runtime::FromJson for #name {
            fn from_json(v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors) -> Option<Self> {
                let s = <String as runtime::FromJson>::from_json(v, at, errs)?;
                s.parse().map_err(|e: String| errs.push(at, e)).ok()
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl runtime::Describe for #name {
            fn describe(&self) -> String { #name_str.to_string() }
        }
    }
}

fn emit_newtype(name: &proc_macro2::Ident, inner: &Ty, patterns: &mut Patterns) -> TokenStream {
    let name_str = name.to_string();
    let t = rust_type(inner);
    let dec = decode_expr(inner, patterns);
    let common = quote! {
        impl runtime::FromJson for #name {
            fn from_json(v: &serde_json::Value, at: &str, errs: &mut runtime::DecodeErrors) -> Option<Self> {
                #dec.map(#name)
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serde::Serialize::serialize(&self.0, serializer)
            }
        }

        impl runtime::Describe for #name {
            fn describe(&self) -> String { #name_str.to_string() }
        }
    };
    match inner {
        Ty::String(rules) => {
            let rules = patterns.string_rules(rules);
            quote! {
                #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
                pub struct #name(String);

                impl #name {
                    /// Checks `value` against the schema's constraints.
                    pub fn new(value: impl Into<String>) -> Result<Self, String> {
                        let value = value.into();
                        runtime::check_string(&value, &#rules)?;
                        Ok(#name(value))
                    }

                    pub fn as_str(&self) -> &str { &self.0 }

                    pub fn into_inner(self) -> String { self.0 }
                }

                impl std::ops::Deref for #name {
                    type Target = str;
                    fn deref(&self) -> &str { &self.0 }
                }

                impl AsRef<str> for #name {
                    fn as_ref(&self) -> &str { &self.0 }
                }

                impl std::fmt::Display for #name {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(&self.0) }
                }

                impl std::str::FromStr for #name {
                    type Err = String;
                    fn from_str(s: &str) -> Result<Self, String> { #name::new(s) }
                }

                impl TryFrom<String> for #name {
                    type Error = String;
                    fn try_from(s: String) -> Result<Self, String> { #name::new(s) }
                }

                impl TryFrom<&str> for #name {
                    type Error = String;
                    fn try_from(s: &str) -> Result<Self, String> { #name::new(s) }
                }

                #common
            }
        }
        Ty::Bounded(inner, rules) => {
            let rules = super::rust_types::number_rules(rules);
            // An `i64` is `Copy`; a `serde_json::Number` is not.
            let copy = if matches!(**inner, Ty::Integer) { quote!(value) } else { quote!(value.clone()) };
            quote! {
                #[derive(Debug, Clone, PartialEq)]
                pub struct #name(#t);

                impl #name {
                    /// Checks `value` against the schema's bounds.
                    pub fn new(value: #t) -> Result<Self, String> {
                        runtime::check_number(&serde_json::Value::from(#copy), &#rules)?;
                        Ok(#name(value))
                    }

                    pub fn as_inner(&self) -> &#t { &self.0 }

                    pub fn into_inner(self) -> #t { self.0 }
                }

                #common
            }
        }
        _ => quote! {
            /// Built only by decoding, which checks the schema's constraints.
            #[derive(Debug, Clone, PartialEq)]
            pub struct #name(#t);

            impl #name {
                pub fn as_inner(&self) -> &#t { &self.0 }
                pub fn into_inner(self) -> #t { self.0 }
            }

            #common
        },
    }
}
