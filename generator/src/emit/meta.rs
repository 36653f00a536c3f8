//! The `operations` module of a spec: facts about each operation, and a round trip by schema name.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::error::Error;
use crate::model::{Api, Kind};
use crate::render::Pieces;

use super::rust_types::text_literal;

/// The module's text, an item at a time (see [`Pieces`]): each of its tables is megabytes of Rust
/// for a large spec, and only one table's tokens are held at once.
pub fn render(api: &Api, header: &str) -> Result<String, Error> {
    let mut pieces = Pieces::new(&api.file);
    pieces.push(operations(api))?;
    pieces.push(examples(api))?;
    pieces.push(spec(api))?;
    pieces.push(roundtrip(api))?;
    pieces.finish(
        header,
        quote! {
            use crate::runtime;
            #[allow(unused_imports)]
            use super::types;
        },
    )
}

fn operations(api: &Api) -> TokenStream {
    let ops = api.operations.iter().map(|op| {
        let id = &op.id;
        let method = &op.method;
        let path = &op.path;
        let tags = &op.tags;
        let scopes = op.scopes();
        let request = match &op.body {
            Some(b) => {
                let ct = &b.content_type;
                let schema = &b.schema;
                let required = b.required;
                quote!(Some(runtime::BodyInfo { content_type: #ct, schema: #schema, required: #required }))
            }
            None => quote!(None),
        };
        let responses = op.responses.iter().map(|r| {
            let status = &r.status;
            let ct = match &r.content_type {
                Some(c) => quote!(Some(#c)),
                None => quote!(None),
            };
            let schema = match &r.schema {
                Some(s) => quote!(Some(#s)),
                None => quote!(None),
            };
            let headers = r.headers.iter().map(|h| &h.name);
            quote!(runtime::ResponseInfo { status: #status, content_type: #ct, schema: #schema, headers: &[#(#headers),*] })
        });
        quote! {
            runtime::OperationInfo {
                operation_id: #id,
                method: #method,
                path: #path,
                tags: &[#(#tags),*],
                scopes: &[#(#scopes),*],
                request: #request,
                responses: &[#(#responses),*],
            }
        }
    });
    quote! {
        /// Every operation of the spec, in the order the spec lists them.
        pub const OPERATIONS: &[runtime::OperationInfo] = &[#(#ops),*];
    }
}

fn examples(api: &Api) -> TokenStream {
    let examples = api.operations.iter().flat_map(|op| {
        op.examples.iter().map(move |ex| {
            let id = &op.id;
            let name = &ex.name;
            let text = |v: &Option<serde_json::Value>| match v {
                Some(v) => {
                    let t = text_literal(&serde_json::to_string(v).unwrap_or_default());
                    quote!(Some(#t))
                }
                None => quote!(None),
            };
            let request = text(&ex.request);
            let response = text(&ex.response);
            let status = match &ex.status {
                Some(s) => quote!(Some(#s)),
                None => quote!(None),
            };
            quote!(runtime::ExampleInfo { operation_id: #id, name: #name, request: #request, status: #status, response: #response })
        })
    });
    quote! {
        /// Every documented example, paired by name, in the order of the operations.
        pub const EXAMPLES: &[runtime::ExampleInfo] = &[#(#examples),*];
    }
}

fn spec(api: &Api) -> TokenStream {
    let file = &api.file;
    let title = &api.title;
    let version = &api.version;
    quote! {
        /// The spec as a whole.
        pub const SPEC: runtime::SpecInfo = runtime::SpecInfo {
            file: #file,
            title: #title,
            version: #version,
            base_path: super::BASE_PATH,
            operations: OPERATIONS,
            examples: EXAMPLES,
            roundtrip,
        };
    }
}

fn roundtrip(api: &Api) -> TokenStream {
    let arms: Vec<TokenStream> = api.types.values().filter_map(|t| {
        let schema = t.schema_name.as_ref()?;
        let ty = format_ident!("{}", t.name);
        Some(match t.kind {
            // A schema that allows null round-trips as `Option<T>`, the way its uses hold it.
            _ if t.nullable => {
                let name = &t.name;
                quote!(#schema => Some(runtime::roundtrip_as::<Option<types::#ty>>(value, #name)),)
            }
            Kind::Alias(_) => {
                let name = &t.name;
                quote!(#schema => Some(runtime::roundtrip_as::<types::#ty>(value, #name)),)
            }
            _ => quote!(#schema => Some(runtime::roundtrip::<types::#ty>(value)),),
        })
    }).collect();
    // A spec without schemas round-trips nothing.
    let unused = if arms.is_empty() { quote!(let _ = value;) } else { quote!() };
    // `#[inline]` makes the table lazily compiled, as generic code is: it names every type's
    // decoder and encoder, and a crate that only imports the types (or only uses the client)
    // would otherwise compile all of them for `serde_json::Value` on every clean build (the
    // workspace's generated-client without the client: 2.8–3.2 s before, 1.9 s after, measured).
    // A crate that uses `SPEC`, which points at it (the tests, the mock), compiles it instead.
    quote! {
        /// Decodes `value` as the type generated for the component schema `schema` and encodes it
        /// again; `None` when the spec has no such schema.
        #[inline]
        pub fn roundtrip(schema: &str, value: &serde_json::Value) -> Option<Result<runtime::RoundTrip, runtime::DecodeErrors>> {
            #unused
            match schema {
                #(#arms)*
                _ => None,
            }
        }
    }
}
