//! The one-pass decoder of a keyed union (the runtime's `DecodeKeyed`), for the unions it is exact
//! for: every variant an object with nothing but typed properties (and, when open, its untyped
//! extras), and the variants that share a property agreeing on its type. Then each value can be
//! decoded as its key is read, with the decoder every variant declaring it would use, and the
//! variant chosen at the object's end. Where every variant is closed, that is exact for any
//! input. Where one is open, a property it does not declare is its extra, so the one reading is
//! exact only for some inputs (see the runtime's `OpenPass`): the union also keeps its two
//! readings, taken where the input cannot be read again or the pass asks for it. Any other
//! union is buffered and read twice (see `union_types::emit_keyed`).

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{json_type, Field, Kind, KeyedVariant, Struct, Ty, TypeDef};

use super::rust_types::{read_value, Patterns};

/// A union the one-pass decoder takes: its properties, numbered, and each variant's payload.
pub(crate) struct OnePass<'a> {
    properties: Vec<(&'a str, &'a Ty)>,
    payloads: Vec<(&'a str, &'a Struct)>,
    /// Whether a variant is open: then the pass is exact only for some inputs.
    pub(crate) open: bool,
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
        let s = plain_struct(v, types)?;
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
    let open = payloads.iter().any(|(_, s)| !s.closed);
    (properties.len() <= MOST).then_some(OnePass { properties, payloads, open })
}

/// The variant's payload, when it is an object of typed properties only (closed, or open with
/// its extras kept untyped), whose shape is the one the union chooses by.
fn plain_struct<'a>(v: &KeyedVariant, types: &'a BTreeMap<String, TypeDef>) -> Option<&'a Struct> {
    let Ty::Named(name) = &v.payload else { return None };
    let t = types.get(name).filter(|t| !t.nullable)?;
    let Kind::Struct(s) = &t.kind else { return None };
    let extras = match &s.extra {
        None => s.closed,
        Some((_, ty)) => !s.closed && *ty == Ty::Any,
    };
    let plain = extras
        && s.consts.is_empty()
        && s.skip.is_empty()
        && s.forbidden.is_empty()
        && s.min_properties.is_none()
        && s.max_properties.is_none()
        && s.alternatives.is_empty()
        && s.fields.iter().all(|f| !f.boxed);
    let same = |a: &[String], b: Vec<&String>| a.len() == b.len() && b.iter().all(|k| a.contains(k));
    let shape = v.types == json_type::OBJECT
        && v.closed == s.closed
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
    /// An open union's `Decode` falls back on `two_readings`, the body that buffers the value.
    pub(crate) fn emit(&self, name: &proc_macro2::Ident, idents: &[proc_macro2::Ident], patterns: &mut Patterns, two_readings: TokenStream) -> TokenStream {
        let name_str = name.to_string();
        let count = proc_macro2::Literal::usize_unsuffixed(self.properties.len());
        let names = self.properties.iter().map(|(json, _)| *json);
        let slot = |p: usize| format_ident!("property_{}", p);
        let number = proc_macro2::Literal::usize_unsuffixed;
        let numbers = self.properties.iter().enumerate().map(|(p, (json, _))| {
            let p = number(p);
            quote!(#json => Some(#p),)
        });
        let reads: Vec<_> = self
            .properties
            .iter()
            .enumerate()
            .map(|(p, (json, ty))| {
                let (local, read, p) = (slot(p), read_value(json, ty, patterns), number(p));
                let read = quote!(#local = #read);
                // An open union's pass notes only the declared keys; the rest are extras.
                if self.open {
                    quote!(#json => { pass.key(#p); #read; })
                } else {
                    quote!(Some(#p) => #read,)
                }
            })
            .collect();
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
            // An open variant's extras: the keys no variant declares (the pass took it only so).
            let extras = s.extra.as_ref().map(|(field, _)| format_ident!("{}", field));
            let extras = extras.iter();
            if s.fields.is_empty() {
                return quote!(Some(#i) => *place = Some(#name::#ident(#payload { #(#extras: extras)* })),);
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
                    let (#(Some(#values),)*) = (#(#takes,)*) else { return Ok(()) };
                    *place = Some(#name::#ident(#payload { #(#fields: #values,)* #(#extras: extras)* }));
                }
            }
        });
        if self.open {
            return quote! {
                impl runtime::DecodeKeyed for #name {
                    const NAME: &'static str = #name_str;

                    fn decode_entries<'de, A: serde::de::MapAccess<'de>>(mut map: A, cx: &mut runtime::Cx, place: &mut Option<Self>) -> Result<(), A::Error> {
                        /// Each variant's properties (bit `p`: the slot `property_p` below), in the order of the variants.
                        const MEMBERS: &[runtime::Member] = &[#(#members),*];
                        let mut pass = runtime::OpenPass::new(cx);
                        #(let mut #locals = None;)*
                        let mut extras = serde_json::Map::new();
                        while let Some(runtime::Key(key)) = map.next_key()? {
                            match key.as_ref() {
                                #(#reads)*
                                _ => runtime::extra(&mut map, key, &mut extras)?,
                            }
                        }
                        match pass.take(MEMBERS, #name::SHAPES, !extras.is_empty(), cx) {
                            #(#builds)*
                            _ => {}
                        }
                        Ok(())
                    }
                }

                impl runtime::Decode for #name {
                    // Inlined into its caller, the union's value (hundreds of bytes: payloads are
                    // unboxed) is copied out of one frame fewer.
                    #[inline]
                    fn decode<'de, D: serde::Deserializer<'de>>(d: D, cx: &mut runtime::Cx) -> Result<Option<Self>, D::Error> {
                        // Read once where the input can be read again, should this reading not be exact.
                        if cx.replayable() {
                            return runtime::decode_keyed(d, cx);
                        }
                        #two_readings
                    }

                    fn decode_in_place<'de, D: serde::Deserializer<'de>>(d: D, cx: &mut runtime::Cx, place: &mut Option<Self>) -> Result<(), D::Error> {
                        if cx.replayable() {
                            return runtime::decode_keyed_in_place(d, cx, place);
                        }
                        *place = Self::decode(d, cx)?;
                        Ok(())
                    }
                }
            };
        }
        quote! {
            impl runtime::DecodeKeyed for #name {
                const NAME: &'static str = #name_str;

                fn decode_entries<'de, A: serde::de::MapAccess<'de>>(mut map: A, cx: &mut runtime::Cx, place: &mut Option<Self>) -> Result<(), A::Error> {
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
                        _ => {}
                    }
                    Ok(())
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

                fn decode_in_place<'de, D: serde::Deserializer<'de>>(d: D, cx: &mut runtime::Cx, place: &mut Option<Self>) -> Result<(), D::Error> {
                    runtime::decode_keyed_in_place(d, cx, place)
                }
            }
        }
    }
}
