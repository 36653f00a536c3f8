//! The serde-derive baseline, made from the generator's own model of a spec so that it has the
//! same shapes and field types as the generated types: plain `#[derive(Deserialize, Serialize)]`
//! structs (no checks, undeclared properties dropped), string enums, constants as one-value enums,
//! and every union as `#[serde(untagged)]` in the most favourable correct order (variants with
//! more required properties first, as an untagged enum needs to pick the specific one). Tagged
//! unions get, per variant, the payload's fields plus the tag as a one-value enum, as typify
//! writes them. Also the dispatch tables that name each type's timers for the benchmarks.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use generator::model::{Api, Kind, Struct, Ty, TypeDef};

fn ty(t: &Ty) -> TokenStream {
    match t {
        Ty::String(_) => quote!(String),
        Ty::Integer => quote!(i64),
        Ty::Number => quote!(serde_json::Number),
        Ty::Boolean => quote!(bool),
        Ty::Any => quote!(serde_json::Value),
        Ty::FreeObject => quote!(serde_json::Map<String, serde_json::Value>),
        Ty::Array(item, _) => {
            let item = ty(item);
            quote!(Vec<#item>)
        }
        Ty::Map(item) => {
            let item = ty(item);
            quote!(std::collections::BTreeMap<String, #item>)
        }
        Ty::Bounded(inner, _) => ty(inner),
        Ty::Named(name) => {
            let name = format_ident!("{}", name);
            quote!(#name)
        }
        Ty::Nullable(inner) => {
            let inner = ty(inner);
            quote!(Option<#inner>)
        }
    }
}

/// A one-value enum for a constant (or a tag), and the field that holds it.
fn constant(owner: &str, key: &str, value: &serde_json::Value, required: bool, out: &mut Vec<TokenStream>) -> TokenStream {
    let ident = format_ident!("{}{}Const", owner, heck::ToUpperCamelCase::to_upper_camel_case(key));
    let field = format_ident!("const_{}", heck::ToSnakeCase::to_snake_case(key));
    let text = value.as_str().map(str::to_string).unwrap_or_else(|| value.to_string());
    out.push(quote! {
        #[derive(Debug, Clone, Copy, PartialEq, serde::Deserialize, serde::Serialize)]
        pub enum #ident { #[serde(rename = #text)] Value }
    });
    if required {
        quote!(#[serde(rename = #key)] pub #field: #ident,)
    } else {
        quote!(#[serde(rename = #key, default, skip_serializing_if = "Option::is_none")] pub #field: Option<#ident>,)
    }
}

fn fields(owner: &str, s: &Struct, out: &mut Vec<TokenStream>) -> Vec<TokenStream> {
    let mut fields: Vec<TokenStream> = s.consts.iter().map(|c| constant(owner, &c.json, &c.value, c.required, out)).collect();
    for f in &s.fields {
        let ident = format_ident!("{}", f.ident);
        let key = &f.json;
        let mut t = ty(&f.ty);
        if f.boxed {
            t = quote!(Box<#t>);
        }
        fields.push(if f.required {
            quote!(#[serde(rename = #key)] pub #ident: #t,)
        } else {
            quote!(#[serde(rename = #key, default, skip_serializing_if = "Option::is_none")] pub #ident: Option<#t>,)
        });
    }
    fields
}

const DERIVES: &str = "Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize";

fn derives() -> TokenStream {
    let d: TokenStream = DERIVES.parse().expect("derive list parses");
    quote!(#[derive(#d)])
}

/// The variant structs of a tagged union: `{Union}As{Variant}`.
fn tagged_variant(union: &str, variant: &str) -> String {
    format!("{union}As{variant}")
}

fn mirror_type(api: &Api, t: &TypeDef, out: &mut Vec<TokenStream>) {
    let name = format_ident!("{}", t.name);
    let derive = derives();
    match &t.kind {
        Kind::Struct(s) => {
            let fields = fields(&t.name, s, out);
            out.push(quote!(#derive pub struct #name { #(#fields)* }));
        }
        Kind::Enum(values) => {
            let variants = values.iter().map(|(json, ident)| {
                let ident = format_ident!("{}", ident);
                quote!(#[serde(rename = #json)] #ident,)
            });
            out.push(quote!(#[derive(Debug, Clone, Copy, PartialEq, serde::Deserialize, serde::Serialize)] pub enum #name { #(#variants)* }));
        }
        Kind::Newtype(inner) => {
            let inner = ty(inner);
            out.push(quote!(#derive #[serde(transparent)] pub struct #name(pub #inner);));
        }
        Kind::Alias(inner) => {
            let inner = ty(inner);
            out.push(quote!(pub type #name = #inner;));
        }
        Kind::Tagged(tagged) => {
            let mut variants = Vec::new();
            for v in &tagged.variants {
                let vname = tagged_variant(&t.name, &v.ident);
                let vident = format_ident!("{}", vname);
                let Some(Kind::Struct(payload)) = api.types.get(&v.payload).map(|p| &p.kind) else { continue };
                let mut fs = fields(&vname, payload, out);
                if !payload.consts.iter().any(|c| c.json == tagged.property) {
                    fs.insert(0, constant(&vname, &tagged.property, &serde_json::Value::String(v.key.clone()), true, out));
                }
                out.push(quote!(#derive pub struct #vident { #(#fs)* }));
                let ident = format_ident!("{}", v.ident);
                variants.push(quote!(#ident(#vident),));
            }
            out.push(quote!(#derive #[serde(untagged)] pub enum #name { #(#variants)* }));
        }
        Kind::Keyed(keyed) => {
            let mut order: Vec<_> = keyed.variants.iter().collect();
            order.sort_by_key(|v| std::cmp::Reverse(v.required.len()));
            let variants = order.iter().map(|v| {
                let ident = format_ident!("{}", v.ident);
                let payload = ty(&v.payload);
                quote!(#ident(#payload),)
            });
            out.push(quote!(#derive #[serde(untagged)] pub enum #name { #(#variants)* }));
        }
    }
}

/// The serde-derive mirror of every type of `api`.
pub fn derive_module(api: &Api) -> TokenStream {
    let mut out = Vec::new();
    for t in api.types.values() {
        mirror_type(api, t, &mut out);
    }
    quote!(#(#out)*)
}

/// `pub fn timers(name) -> Option<Timers>` over every named type of `api` with a Rust type at `prefix`.
/// A type is named by its Rust name and, where the spec's differs, by its schema name too (the
/// generated operation facts name schemas).
fn dispatch(f: &str, api: &Api, names: &[String], prefix: &TokenStream, doc: &str) -> TokenStream {
    let f = format_ident!("{}", f);
    let arms = names.iter().map(|n| {
        let ident = format_ident!("{}", n);
        let schema = api.types[n].schema_name.as_ref().filter(|s| *s != n).map(|s| quote!(| #s));
        quote!(#n #schema => Some(crate::Timers::of::<#prefix #ident>()),)
    });
    quote! {
        #[doc = #doc]
        pub fn #f(name: &str) -> Option<crate::Timers> {
            match name { #(#arms)* _ => None }
        }
    }
}

/// The timers of every type: the generated ones, the mirror's, and progenitor's where it has a
/// type of the same name; and the mirror's type for each union variant, the floor of decoding.
pub fn timers_module(api: &Api, progenitor_text: &str) -> TokenStream {
    let named: Vec<String> = api.types.values().filter(|t| !matches!(t.kind, Kind::Alias(_))).map(|t| t.name.clone()).collect();
    let module = format_ident!("{}", api.module);
    let ours = dispatch("ours", api, &named, &quote!(generated_client::#module::types::), "The generated types' timers, by type name.")
        .to_string()
        .replace("crate :: Timers :: of", "crate :: Timers :: described")
        .parse::<TokenStream>()
        .expect("the dispatch parses again");
    let mirror = dispatch("mirror", api, &named, &quote!(super::derive::), "The serde-derive mirror's timers, by type name.");
    // progenitor names types as we do where both follow the schema's name; only structs and
    // enums it emits under the same name, and that are unions or structs, are compared.
    let theirs: Vec<String> = named
        .iter()
        .filter(|n| progenitor_text.contains(&format!("pub enum {n} {{")) || progenitor_text.contains(&format!("pub struct {n} {{")))
        .filter(|n| matches!(api.types[*n].kind, Kind::Tagged(_) | Kind::Keyed(_) | Kind::Struct(_)))
        .cloned()
        .collect();
    let progenitor = dispatch("theirs", api, &theirs, &quote!(super::progenitor::types::), "progenitor's timers, by type name.");
    let mut variant_arms = Vec::new();
    for t in api.types.values() {
        let union = &t.name;
        match &t.kind {
            Kind::Tagged(tagged) => {
                for v in &tagged.variants {
                    let key = format!("{union}::{}", v.ident);
                    let vident = format_ident!("{}", tagged_variant(union, &v.ident));
                    if matches!(api.types.get(&v.payload).map(|p| &p.kind), Some(Kind::Struct(_))) {
                        variant_arms.push(quote!(#key => Some(crate::Timers::of::<#vident>()),));
                    }
                }
            }
            Kind::Keyed(keyed) => {
                for v in &keyed.variants {
                    let key = format!("{union}::{}", v.ident);
                    let payload = ty(&v.payload);
                    variant_arms.push(quote!(#key => Some(crate::Timers::of::<#payload>()),));
                }
            }
            _ => {}
        }
    }
    quote! {
        #ours
        #mirror
        #progenitor

        /// The mirror's type for a union's variant (`Union::Variant`, as `Describe` names it):
        /// decoding straight into it is the floor no union decoder can beat.
        pub fn variant(described: &str) -> Option<crate::Timers> {
            use super::derive::*;
            match described { #(#variant_arms)* _ => None }
        }
    }
}
