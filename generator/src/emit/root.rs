//! The files that tie a crate together: `lib.rs` (with the shared runtime crate in scope) and each spec's `mod.rs`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::Api;

use super::docs::sanitize;
use super::rust_types::text_literal;

fn inner_docs(text: &str) -> TokenStream {
    let attrs = sanitize(text).into_iter().map(|l| {
        let l = text_literal(&if l.is_empty() { l } else { format!(" {l}") });
        quote!(#![doc = #l])
    });
    quote!(#(#attrs)*)
}

pub fn client_lib(apis: &[Api]) -> TokenStream {
    let mods = apis.iter().map(|a| format_ident!("{}", a.module));
    let specs = apis.iter().map(|a| format_ident!("{}", a.module));
    // Collected: each is repeated in two functions below.
    let replays: Vec<_> = apis.iter().map(|a| format_ident!("{}", a.module)).collect();
    let files: Vec<&str> = apis.iter().map(|a| a.file.as_str()).collect();
    let listed = apis.iter().map(|a| format!("- [`{}`]: {} ({}), from `{}`", a.module, a.title, a.version, a.file)).collect::<Vec<_>>().join("\n");
    let docs = inner_docs(&format!(
        "Typed client and shared types for the APIs in `openapi/`.\n\n{listed}\n\n\
         Each API's `types` module holds one Rust type per schema; they decode with every schema \
         constraint checked and encode back to the same JSON. The HTTP client (progenitor, reqwest) \
         is behind the `client` feature, on by default: turn it off to use the types without reqwest. \
         The documented examples sent through the client (`replay_examples`, each API's `examples`) \
         are behind the `examples` feature, off by default: they are for testing a server, and \
         compiling them would make the crate's clean build about half again as long."
    ));
    quote! {
        #docs
        #![forbid(unsafe_code)]
        /// The decoding, encoding and spec facts every generated crate shares (a crate of its own).
        pub use openapi_runtime as runtime;
        #(pub mod #mods;)*

        /// Every spec this crate was generated from.
        pub const SPECS: &[runtime::SpecInfo] = &[#(#specs::operations::SPEC),*];

        /// Sends every documented example of the spec in `file` through its typed client; see each
        /// spec's `examples::replay`. `None` for a file this crate was not generated from.
        #[cfg(feature = "examples")]
        pub async fn replay_examples(file: &str, base_url: &str, http_for: &dyn Fn(&str) -> reqwest::Client) -> Option<Vec<runtime::ExampleCall>> {
            match file {
                #(#files => Some(#replays::examples::replay(base_url, http_for).await),)*
                _ => None,
            }
        }

        /// Calls every operation of the spec in `file` once through its typed client, with its
        /// first documented request (or one made from the schema); see each spec's
        /// `examples::call_every_operation`. `None` for a file this crate was not generated from.
        #[cfg(feature = "examples")]
        pub async fn call_every_operation(file: &str, base_url: &str, http: reqwest::Client) -> Option<Vec<runtime::ExampleCall>> {
            match file {
                #(#files => Some(#replays::examples::call_every_operation(base_url, http.clone()).await),)*
                _ => None,
            }
        }
    }
}

pub fn spec_mod(api: &Api) -> TokenStream {
    let mut text = format!("{} (version {}), generated from `{}`.", api.title, api.version, api.file);
    if let Some(d) = &api.description {
        text.push_str("\n\n");
        text.push_str(d);
    }
    let docs = inner_docs(&text);
    let base = &api.base_path;
    let server = api.default_server.clone().unwrap_or_default();
    // A spec file named like one of these modules (`operations.yaml`) makes a module inside one of
    // its own name; the names are the same for every spec, so that is allowed, by name.
    let inception = if ["types", "operations", "client", "examples"].contains(&api.module.as_str()) {
        quote!(#![allow(clippy::module_inception)])
    } else {
        quote!()
    };
    quote! {
        #docs
        #inception
        pub mod types;
        pub mod operations;
        /// The HTTP client: `Client::new(DEFAULT_SERVER)`, one method per operation.
        #[cfg(feature = "client")]
        pub mod client;
        /// The spec's documented examples sent through the client (feature `examples`).
        #[cfg(feature = "examples")]
        pub mod examples;

        /// Where the API is mounted: the path of the spec's first server URL.
        pub const BASE_PATH: &str = #base;
        /// The spec's first server URL, its variables at their defaults.
        pub const DEFAULT_SERVER: &str = #server;
    }
}

pub fn server_lib(apis: &[Api]) -> TokenStream {
    let mods = apis.iter().map(|a| format_ident!("{}", a.module));
    let listed = apis.iter().map(|a| format!("- [`{}`]: {} ({}), from `{}`", a.module, a.title, a.version, a.file)).collect::<Vec<_>>().join("\n");
    let docs = inner_docs(&format!(
        "axum server stubs for the APIs in `openapi/`.\n\n{listed}\n\n\
         Each API's module has a trait to implement (one method per operation, typed requests, one \
         response enum per operation) and a `router` that authenticates with the application's \
         [`server_runtime::Authenticator`], checks content type, size and schema, and answers every \
         error of its own in the spec's error schema. The schema types are `generated-client`'s, \
         used without its HTTP client."
    ));
    let files = apis.iter().map(|a| a.file.as_str());
    let modules = apis.iter().map(|a| format_ident!("{}", a.module));
    quote! {
        #docs
        #![forbid(unsafe_code)]
        /// What every generated router does around the application's handler (the shared runtime's).
        pub use openapi_runtime::server as server_runtime;
        #(pub mod #mods;)*

        /// The example server of the spec in `file` (every tag answered from its documented
        /// examples), mounted at the spec's base path. `None` for a file not generated here.
        pub fn example_router<Au: server_runtime::Authenticator>(file: &str, authenticator: Au) -> Option<axum::Router> {
            match file {
                #(#files => Some(#modules::examples::example_router(authenticator)),)*
                _ => None,
            }
        }
    }
}
