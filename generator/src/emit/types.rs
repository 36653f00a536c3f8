//! The `types` module of a spec: one Rust type per schema, with decoding that checks the schema and
//! encoding that gives the JSON back unchanged.

use std::sync::atomic::{AtomicUsize, Ordering};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::error::Error;
use crate::model::{Api, Kind, Struct, Ty, TypeDef};
use crate::render::{format_items, Pieces};

use super::docs::doc_attr;
use super::given_tags::GivenTags;
use super::rust_types::{boxed_decoder, decoder, optional_usize, read_value, rust_type, serialized_literal, Patterns};

/// What one thread made of the types: each one's index and text, and the patterns they use.
type Share = (Vec<(usize, String)>, Patterns);

/// The module's text, rendered one type at a time (see [`Pieces`]). It is most of a spec's
/// formatting, so two threads share it, each taking the next type as it finishes one: the types'
/// threads and the client's and server's then end together on two cores, where a single types
/// thread was the last by a fifth of its time (My Account, instructions counted). The texts are
/// joined in the types' order, so which thread made which does not show.
pub fn render(api: &Api, header: &str) -> Result<String, Error> {
    let types: Vec<&TypeDef> = api.types.values().collect();
    let given = GivenTags::of(&api.types);
    let next = AtomicUsize::new(0);
    // A failed type stops its thread; of two failures, the first type's is reported, whichever
    // thread met it first.
    let work = || -> Result<Share, (usize, Error)> {
        let mut patterns = Patterns::default();
        let mut made = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(t) = types.get(i) else { break };
            made.push((i, format_items(&api.file, emit_type(t, &api.types, &given, &mut patterns)).map_err(|e| (i, e))?));
        }
        Ok((made, patterns))
    };
    let (helper, own) = std::thread::scope(|scope| {
        let helper = scope.spawn(work);
        let own = work();
        (helper.join(), own)
    });
    let helper = helper.map_err(|_| Error::Render { context: api.file.clone(), message: "a thread making the types stopped: a bug in the generator".into() })?;
    let (mut made, mut patterns, mut failed) = (Vec::new(), Patterns::default(), None::<(usize, Error)>);
    for result in [own, helper] {
        match result {
            Ok((texts, used)) => {
                made.extend(texts);
                patterns.merge(used);
            }
            Err((i, e)) if failed.as_ref().is_none_or(|(first, _)| i < *first) => failed = Some((i, e)),
            Err(_) => {}
        }
    }
    if let Some((_, e)) = failed {
        return Err(e);
    }
    made.sort_unstable_by_key(|(i, _)| *i);
    let mut pieces = Pieces::new(&api.file);
    for (_, text) in made {
        pieces.push_text(text);
    }
    let statics = patterns.statics().map_err(|message| Error::Render { context: api.file.clone(), message })?;
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

fn emit_type(t: &TypeDef, types: &std::collections::BTreeMap<String, TypeDef>, given: &GivenTags, patterns: &mut Patterns) -> TokenStream {
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
    match &t.kind {
        Kind::Struct(s) => {
            let body = emit_struct(&name, s, given.variant_tag(&t.name), patterns);
            quote!(#doc #body)
        }
        Kind::Enum(values) => {
            let body = emit_enum(&name, values);
            quote!(#doc #body)
        }
        Kind::Newtype(inner) => {
            let body = emit_newtype(&name, inner, patterns);
            let deserialize = serde_glue(&name);
            quote!(#doc #body #deserialize)
        }
        Kind::Alias(ty) => {
            let ty = rust_type(ty);
            quote!(#doc pub type #name = #ty;)
        }
        Kind::Tagged(tagged) => {
            let body = super::union_types::emit_tagged(&name, tagged, given.union_skips_tag(&t.name), &super::held_scalars::held_scalars(tagged, types));
            let deserialize = serde_glue(&name);
            quote!(#doc #[doc = ""] #[doc = #UNBOXED] #body #deserialize)
        }
        Kind::Keyed(keyed) => {
            let rule = doc_attr(&format!("# Choosing the variant\n\n{}", keyed.rule));
            let body = super::union_types::emit_keyed(&name, &keyed.variants, types, patterns);
            let deserialize = serde_glue(&name);
            quote!(#doc #[doc = ""] #rule #[doc = ""] #[doc = #UNBOXED] #body #deserialize)
        }
    }
}

/// `Deserialize` through the checking decoder, straight from the deserializer. Objects and enums
/// get it from their `runtime` macro with the rest of their fixed impls (`runtime/src/glue.rs`).
fn serde_glue(name: &proc_macro2::Ident) -> TokenStream {
    quote!(runtime::impl_deserialize!(#name);)
}

/// `given_tag`: the tag property of the tagged union this struct is a variant of, when that union
/// may hand on the object without it (see [`GivenTags`]).
fn emit_struct(name: &proc_macro2::Ident, s: &Struct, given_tag: Option<&str>, patterns: &mut Patterns) -> TokenStream {
    let mut fields = Vec::new();
    let mut inits = Vec::new();
    let mut writes = Vec::new();
    let mut known: Vec<String> = Vec::new();
    // Decoding: slots before the loop over the object's entries, one match arm per declared key,
    // what is checked once the object is read, and the values taken out of their slots.
    let mut slots = Vec::new();
    let mut arms = Vec::new();
    let mut after = Vec::new();
    let mut taken = Vec::new();
    // `new` takes the required fields; the others start empty.
    let mut args = Vec::new();
    let mut starts = Vec::new();
    // A key declared twice (a constant that is also skipped) is decoded by its first arm.
    let mut keys = std::collections::BTreeSet::new();
    // Whether the decoder records anything (else its context parameter goes unused).
    let mut uses_cx = false;
    for c in &s.consts {
        known.push(c.json.clone());
        let key = &c.json;
        let expected = super::union_types::const_tokens(&c.value);
        let value = serialized_literal(&c.value);
        let seen = format_ident!("seen_{}", keys.len());
        let flag_local = c.presence_ident.as_ref().map(|flag| format_ident!("field_{}", flag));
        if keys.insert(key.clone()) {
            let mark = (c.required || flag_local.is_some()).then(|| quote!(#seen = true;));
            if c.required || flag_local.is_some() {
                slots.push(quote!(let mut #seen = false;));
            }
            arms.push(quote!(#key => { #mark runtime::constant(&mut map, #key, &#expected, cx)?; }));
            uses_cx = true;
        }
        if c.required && given_tag == Some(key.as_str()) {
            after.push(quote!(runtime::missing(#seen || tag_given, #key, cx);));
        } else if c.required {
            after.push(quote!(runtime::missing(#seen, #key, cx);));
        }
        match &c.presence_ident {
            None => writes.push(quote!(map.serialize_entry(#key, &#value)?;)),
            Some(flag) => {
                let flag = format_ident!("{}", flag);
                let doc = doc_attr(&format!("Whether `{key}` (always `{}`) is present.", c.value));
                fields.push(quote!(#doc pub #flag: bool,));
                inits.push(quote!(#flag: #seen));
                starts.push(quote!(#flag: false));
                writes.push(quote!(if self.#flag { map.serialize_entry(#key, &#value)?; }));
            }
        }
    }
    for f in &s.fields {
        known.push(f.json.clone());
        let ident = format_ident!("{}", f.ident);
        // Decoded into a local of its own name space, so that no property (`map`, `cx`, `key`)
        // can shadow the decoder's variables.
        let local = format_ident!("field_{}", f.ident);
        let key = &f.json;
        let (ty, read) = if f.boxed {
            let (ty, dec) = boxed_decoder(&f.ty, patterns);
            (ty, quote!(runtime::field(&mut map, #key, &#dec, cx)?))
        } else {
            (rust_type(&f.ty), read_value(key, &f.ty, patterns))
        };
        let doc = doc_attr(f.doc.as_deref().unwrap_or_default());
        slots.push(quote!(let mut #local = None;));
        if keys.insert(key.clone()) {
            arms.push(quote!(#key => #local = #read,));
            uses_cx = true;
        }
        if f.required {
            args.push(quote!(#ident: #ty));
            starts.push(quote!(#ident));
            fields.push(quote!(#doc pub #ident: #ty,));
            taken.push((local.clone(), quote!(runtime::required(#local, #key, cx))));
            writes.push(quote!(map.serialize_entry(#key, &self.#ident)?;));
        } else {
            starts.push(quote!(#ident: None));
            fields.push(quote!(#doc pub #ident: Option<#ty>,));
            taken.push((local.clone(), quote!(runtime::optional(#local))));
            writes.push(quote!(if let Some(value) = &self.#ident { map.serialize_entry(#key, value)?; }));
        }
        inits.push(quote!(#ident: #local));
    }
    for key in &s.skip {
        known.push(key.clone());
        if keys.insert(key.clone()) {
            arms.push(quote!(#key => runtime::skip(&mut map)?,));
        }
    }
    for key in &s.forbidden {
        known.push(key.clone());
        if keys.insert(key.clone()) {
            arms.push(quote!(#key => runtime::forbidden(&mut map, #key, cx)?,));
            uses_cx = true;
        }
    }
    let counted = s.min_properties.is_some() || s.max_properties.is_some();
    if counted {
        let min = optional_usize(s.min_properties);
        let max = optional_usize(s.max_properties);
        slots.push(quote!(let mut count = 0usize;));
        after.push(quote!(runtime::count_properties(count, #min, #max, cx);));
    }
    let count = counted.then(|| quote!(count += 1;));
    let noted = !s.alternatives.is_empty();
    if noted {
        slots.push(quote!(let mut present: Vec<String> = Vec::new();));
    }
    let note = noted.then(|| quote!(present.push(key.to_string());));
    for rule in &s.alternatives {
        let sets = rule.sets.iter().map(|set| quote!(&[#(#set),*]));
        let exactly_one = rule.exactly_one;
        after.push(quote!(runtime::required_alternatives(&present, &[#(#sets),*], #exactly_one, cx);));
    }
    // What becomes of a key the schema does not declare.
    let other = if let Some((extra, ty)) = &s.extra {
        let ident = format_ident!("{}", extra);
        let local = format_ident!("field_{}", extra);
        let doc = doc_attr("Properties the schema does not declare, kept so that nothing is lost on the way through.");
        starts.push(quote!(#ident: Default::default()));
        writes.push(quote!(for (key, value) in &self.#ident { map.serialize_entry(key, value)?; }));
        inits.push(quote!(#ident: #local));
        match ty {
            Ty::Any => {
                fields.push(quote!(#doc pub #ident: serde_json::Map<String, serde_json::Value>,));
                slots.push(quote!(let mut #local = serde_json::Map::new();));
                quote!(runtime::extra(&mut map, key, &mut #local)?)
            }
            other => {
                let t = rust_type(other);
                let dec = decoder(other, patterns);
                let ok = format_ident!("{}_ok", local);
                fields.push(quote!(#doc pub #ident: std::collections::BTreeMap<String, #t>,));
                slots.push(quote!(let mut #local = std::collections::BTreeMap::new(); let mut #ok = true;));
                taken.push((local.clone(), quote!(#ok.then_some(#local))));
                uses_cx = true;
                quote!(#ok &= runtime::extra_with(&mut map, key, &#dec, &mut #local, cx)?)
            }
        }
    } else if s.closed {
        uses_cx = true;
        quote!(runtime::unknown(&mut map, &key, KNOWN, cx)?)
    } else {
        quote!(runtime::skip(&mut map)?)
    };
    // An object that declares no key reads past every entry it keeps no track of.
    let body = if arms.is_empty() {
        quote!(#other;)
    } else {
        quote!(match key.as_ref() { #(#arms)* _ => #other, })
    };
    let binding = if arms.is_empty() && s.extra.is_none() && !s.closed && !noted { quote!(_) } else { quote!(key) };
    if writes.is_empty() {
        // An object with nothing to write (closed, no properties) still takes the open map.
        writes.push(quote!(let _ = map;));
    }
    // A struct with nothing to check never touches the context.
    let uses_cx = uses_cx || !after.is_empty() || !taken.is_empty();
    let cx_param = if uses_cx { quote!(cx) } else { quote!(_cx) };
    let known_const = s.closed.then(|| quote!(const KNOWN: &[&str] = #name::PROPERTIES;));
    let (locals, takes): (Vec<_>, Vec<_>) = taken.into_iter().unzip();
    let unpack = (!locals.is_empty()).then(|| {
        quote! {
            let (#(Some(#locals),)*) = (#(#takes,)*) else { return Ok(None) };
        }
    });
    let entries = quote! {
        #known_const
        #(#slots)*
        while let Some(runtime::Key(#binding)) = map.next_key()? {
            #count
            #note
            #body
        }
        #(#after)*
        #unpack
        Ok(Some(Self { #(#inits),* }))
    };
    // A variant that may be handed its object without the tag it holds as a constant: one body,
    // told whether the tag was given.
    let decode_map = match given_tag {
        Some(_) => quote! {
            #[inline]
            fn decode_map<'de, A: serde::de::MapAccess<'de>>(map: A, cx: &mut runtime::Cx) -> Result<Option<Self>, A::Error> {
                Self::decode_variant_map(map, cx, false)
            }

            fn decode_variant_map<'de, A: serde::de::MapAccess<'de>>(mut map: A, cx: &mut runtime::Cx, tag_given: bool) -> Result<Option<Self>, A::Error> {
                #entries
            }
        },
        None => quote! {
            fn decode_map<'de, A: serde::de::MapAccess<'de>>(mut map: A, #cx_param: &mut runtime::Cx) -> Result<Option<Self>, A::Error> {
                #entries
            }
        },
    };
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

        impl runtime::DecodeMap for #name {
            #decode_map
        }

        impl runtime::WriteFields for #name {
            fn write_fields<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
                #(#writes)*
                Ok(())
            }
        }

        runtime::object_impls!(#name);
    }
}

fn emit_enum(name: &proc_macro2::Ident, values: &[(String, String)]) -> TokenStream {
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

        impl std::str::FromStr for #name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    #(#jsons => Ok(#name::#idents),)*
                    other => Err(format!("unknown value {other:?}; expected one of: {}", #expected)),
                }
            }
        }

        runtime::enum_impls!(#name);
    }
}

fn emit_newtype(name: &proc_macro2::Ident, inner: &Ty, patterns: &mut Patterns) -> TokenStream {
    let t = rust_type(inner);
    let dec = decoder(inner, patterns);
    let common = quote! {
        impl runtime::Decode for #name {
            fn decode<'de, D: serde::Deserializer<'de>>(d: D, cx: &mut runtime::Cx) -> Result<Option<Self>, D::Error> {
                Ok(runtime::Decoder::decode(&#dec, d, cx)?.map(#name))
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serde::Serialize::serialize(&self.0, serializer)
            }
        }

        runtime::impl_describe!(#name);
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
        Ty::Bounded(_, rules) => {
            let rules = super::rust_types::number_rules(rules);
            quote! {
                #[derive(Debug, Clone, PartialEq)]
                pub struct #name(#t);

                impl #name {
                    /// Checks `value` against the schema's bounds.
                    pub fn new(value: #t) -> Result<Self, String> {
                        runtime::check_number(&value, &#rules)?;
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
