//! The `operations` module of a spec: facts about each operation, and a round trip by schema name.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{Api, Kind};

pub fn emit(api: &Api) -> TokenStream {
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
    let examples = api.operations.iter().flat_map(|op| {
        op.examples.iter().map(move |ex| {
            let id = &op.id;
            let name = &ex.name;
            let text = |v: &Option<serde_json::Value>| match v {
                Some(v) => {
                    let t = serde_json::to_string(v).unwrap_or_default();
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
    let file = &api.file;
    let title = &api.title;
    let version = &api.version;
    quote! {
        use crate::runtime;
        #[allow(unused_imports)]
        use super::types;

        /// Every operation of the spec, in the order the spec lists them.
        pub const OPERATIONS: &[runtime::OperationInfo] = &[#(#ops),*];

        /// Every documented example, paired by name, in the order of the operations.
        pub const EXAMPLES: &[runtime::ExampleInfo] = &[#(#examples),*];

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

        /// Decodes `value` as the type generated for the component schema `schema` and encodes it
        /// again; `None` when the spec has no such schema.
        pub fn roundtrip(schema: &str, value: &serde_json::Value) -> Option<Result<runtime::RoundTrip, runtime::DecodeErrors>> {
            #unused
            match schema {
                #(#arms)*
                _ => None,
            }
        }
    }
}
