//! The one-pass decoder of a keyed union (the runtime's `DecodeKeyed`), for the unions it is exact
//! for: every variant a closed object with nothing but typed properties, and the variants that
//! share a property agreeing on its type. Then each value can be decoded as its key is read, with
//! the decoder every variant declaring it would use, and the variant chosen at the object's end.
//! Any other union is buffered and read twice (see `union_types::emit_keyed`).

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{json_type, Field, Kind, KeyedVariant, Struct, Ty, TypeDef};

use super::rust_types::{decoder, Patterns};

/// A union the one-pass decoder takes: its properties, numbered, and each variant's payload.
pub(crate) struct OnePass<'a> {
    properties: Vec<(&'a str, &'a Ty)>,
    payloads: Vec<(&'a str, &'a Struct)>,
}

/// Property numbers are bits of a `u64` in the runtime's `Member`, and so are variants.
const MOST: usize = 64;

/// Whether the union can be decoded in one pass, and how.
pub(crate) fn plan<'a>(variants: &'a [KeyedVariant], types: &'a BTreeMap<String, TypeDef>) -> Option<OnePass<'a>> {
    if variants.len() < 2 || variants.len() > MOST {
        return None;
    }
    let mut properties: Vec<(&str, &Ty)> = Vec::new();
    let mut payloads = Vec::new();
    for v in variants {
        let s = closed_struct(v, types)?;
        for f in &s.fields {
            match properties.iter().find(|(name, _)| *name == f.json) {
                // Variants that share a property must decode it alike, or its value would have to wait.
                Some((_, ty)) if *ty != &f.ty => return None,
                Some(_) => {}
                None => properties.push((&f.json, &f.ty)),
            }
        }
        let Ty::Named(payload) = &v.payload else { return None };
        payloads.push((payload.as_str(), s));
    }
    (properties.len() <= MOST).then_some(OnePass { properties, payloads })
}

/// The variant's payload, when it is a closed object of typed properties only, whose shape is
/// the one the union chooses by.
fn closed_struct<'a>(v: &KeyedVariant, types: &'a BTreeMap<String, TypeDef>) -> Option<&'a Struct> {
    let Ty::Named(name) = &v.payload else { return None };
    let t = types.get(name).filter(|t| !t.nullable)?;
    let Kind::Struct(s) = &t.kind else { return None };
    let plain = s.closed
        && s.extra.is_none()
        && s.consts.is_empty()
        && s.skip.is_empty()
        && s.forbidden.is_empty()
        && s.min_properties.is_none()
        && s.max_properties.is_none()
        && s.alternatives.is_empty()
        && s.fields.iter().all(|f| !f.boxed);
    let same = |a: &[String], b: Vec<&String>| a.len() == b.len() && b.iter().all(|k| a.contains(k));
    let shape = v.types == json_type::OBJECT
        && v.closed
        && v.tags.is_empty()
        && same(&v.known, s.fields.iter().map(|f| &f.json).collect())
        && same(&v.required, s.fields.iter().filter(|f| f.required).map(|f| &f.json).collect());
    (plain && shape).then_some(s)
}

impl OnePass<'_> {
    fn number(&self, json: &str) -> usize {
        self.properties.iter().position(|(name, _)| *name == json).unwrap_or_default()
    }

    fn bits<'f>(&self, fields: impl Iterator<Item = &'f Field>) -> proc_macro2::Literal {
        proc_macro2::Literal::u64_unsuffixed(fields.fold(0u64, |bits, f| bits | 1 << self.number(&f.json)))
    }

    /// `impl DecodeKeyed` and `impl Decode` for the union `name`, whose variants are `idents`.
    pub(crate) fn emit(&self, name: &proc_macro2::Ident, idents: &[proc_macro2::Ident], patterns: &mut Patterns) -> TokenStream {
        let name_str = name.to_string();
        let count = proc_macro2::Literal::usize_unsuffixed(self.properties.len());
        let names = self.properties.iter().map(|(json, _)| *json);
        let slot = |p: usize| format_ident!("property_{}", p);
        let number = proc_macro2::Literal::usize_unsuffixed;
        let numbers = self.properties.iter().enumerate().map(|(p, (json, _))| {
            let p = number(p);
            quote!(#json => Some(#p),)
        });
        let reads = self.properties.iter().enumerate().map(|(p, (json, ty))| {
            let local = slot(p);
            let p = number(p);
            let dec = decoder(ty, patterns);
            quote!(Some(#p) => #local = runtime::field(&mut map, #json, &#dec, cx)?,)
        });
        let locals = (0..self.properties.len()).map(slot);
        let members = self.payloads.iter().map(|(payload, s)| {
            let payload = format_ident!("{}", payload);
            let declared = self.bits(s.fields.iter());
            let required = self.bits(s.fields.iter().filter(|f| f.required));
            let in_order = s.fields.iter().filter(|f| f.required).map(|f| &f.json);
            quote!(runtime::Member { declared: #declared, required: #required, properties: #payload::PROPERTIES, required_in_order: &[#(#in_order),*] })
        });
        let builds = self.payloads.iter().zip(idents).enumerate().map(|(i, ((payload, s), ident))| {
            let payload = format_ident!("{}", payload);
            let i = number(i);
            if s.fields.is_empty() {
                return quote!(Some(#i) => Ok(Some(#name::#ident(#payload {}))),);
            }
            let takes = s.fields.iter().map(|f| {
                let (local, json) = (slot(self.number(&f.json)), &f.json);
                if f.required {
                    quote!(runtime::required(#local, #json, cx))
                } else {
                    quote!(runtime::optional(#local))
                }
            });
            let fields = s.fields.iter().map(|f| format_ident!("{}", f.ident));
            // Bound under names of their own, so that no property can shadow the decoder's variables.
            let values: Vec<_> = (0..s.fields.len()).map(|k| format_ident!("value_{}", k)).collect();
            quote! {
                Some(#i) => {
                    let (#(Some(#values),)*) = (#(#takes,)*) else { return Ok(None) };
                    Ok(Some(#name::#ident(#payload { #(#fields: #values),* })))
                }
            }
        });
        quote! {
            impl runtime::DecodeKeyed for #name {
                const NAME: &'static str = #name_str;

                fn decode_entries<'de, A: serde::de::MapAccess<'de>>(mut map: A, cx: &mut runtime::Cx) -> Result<Option<Self>, A::Error> {
                    /// The union's properties, numbered as `MEMBERS` and the slots below number them.
                    const NAMES: &[&str; #count] = &[#(#names),*];
                    /// Each variant's properties, in the order of the variants.
                    const MEMBERS: &[runtime::Member] = &[#(#members),*];
                    let mut pass = runtime::KeyedPass::new(NAMES, cx);
                    #(let mut #locals = None;)*
                    while let Some(runtime::Key(key)) = map.next_key()? {
                        let property = match key.as_ref() { #(#numbers)* _ => None };
                        pass.key(key, property, cx);
                        match property {
                            #(#reads)*
                            _ => runtime::skip(&mut map)?,
                        }
                    }
                    match pass.choose(#name_str, MEMBERS, #name::SHAPES, cx) {
                        #(#builds)*
                        _ => Ok(None),
                    }
                }
            }

            impl runtime::Decode for #name {
                // Inlined into its caller, the union's value (hundreds of bytes: payloads are
                // unboxed) is copied out of one frame fewer.
                #[inline]
                fn decode<'de, D: serde::Deserializer<'de>>(d: D, cx: &mut runtime::Cx) -> Result<Option<Self>, D::Error> {
                    // Read once: each value decoded as its key comes, the variant chosen at the end.
                    runtime::decode_keyed(d, cx)
                }
            }
        }
    }
}
