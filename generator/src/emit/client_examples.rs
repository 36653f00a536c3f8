//! Replays a spec's documented examples through the typed client: each request example is sent
//! with a `Prefer: example=<name>` header, and what comes back is decoded into its type. With the
//! server stubs' example server on the other side, this exercises every operation end to end.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::error::Error;
use crate::model::{Api, Kind, Operation, ParamIn, Ty};
use crate::render::Pieces;

use super::rust_types::{rust_type_in, text_literal, value_literal};

/// Whether a required parameter can be built from JSON and passed by reference.
fn by_reference(api: &Api, ty: &Ty) -> bool {
    match ty {
        Ty::String(_) => true,
        Ty::Named(name) => !matches!(api.types.get(name).map(|t| &t.kind), Some(Kind::Alias(Ty::Integer | Ty::Number | Ty::Boolean))),
        _ => false,
    }
}

fn call(api: &Api, op: &Operation) -> TokenStream {
    let id = &op.id;
    let method = format_ident!("{}", op.fn_name);
    let t = quote!(types::);
    let mut prepare = Vec::new();
    let mut args = Vec::new();
    // What progenitor's method cannot return or take as documented is not sent.
    // Without a documented success (no 2xx, no `default`: a redirect only), progenitor's method
    // answers a byte stream, which a replay cannot compare.
    if !op.responses.iter().any(|r| r.is_success() || r.status == "default") {
        return quote!(#id => runtime::example_not_sent(example, "the operation documents no success"),);
    }
    if let Some(r) = op.responses.iter().find(|r| r.status.starts_with('2') && r.only_other_media()) {
        let why = format!("the {} answer is {}, not JSON", r.status, r.media.join(", "));
        return quote!(#id => runtime::example_not_sent(example, #why),);
    }
    if let Some(p) = op.params.iter().find(|p| p.location == ParamIn::Path && !super::client::is_scalar_parameter(api, &p.ty)) {
        let why = format!("the client takes path parameter `{}` as a string the caller serializes", p.name);
        return quote!(#id => runtime::example_not_sent(example, #why),);
    }
    // progenitor's positional order: path parameters as the path names them, then query and
    // header parameters by name, then the body. Header parameters that are not a single value are
    // not arguments at all (the client view left them out).
    let mut params: Vec<_> = op
        .params
        .iter()
        .filter(|p| p.location != ParamIn::Cookie)
        .filter(|p| p.location != ParamIn::Header || super::client::is_scalar_parameter(api, &p.ty))
        .filter(|p| p.location == ParamIn::Path || super::client::name_taken(op, p).is_none())
        .collect();
    params.sort_by_key(|p| match p.location {
        ParamIn::Path => (0, op.path.find(&format!("{{{}}}", p.name)).unwrap_or(usize::MAX), String::new()),
        ParamIn::Query => (1, 0, p.name.clone()),
        _ => (2, 0, p.name.clone()),
    });
    // Errors whose body is not JSON come back as a byte stream, which is reported by status alone.
    let typed_errors = !op.responses.iter().any(|r| !r.status.starts_with('2') && r.only_other_media());
    let record = if typed_errors { quote!(runtime::example_call) } else { quote!(runtime::example_call_untyped_errors) };
    for p in params {
        if !p.required {
            args.push(quote!(None));
            continue;
        }
        if !by_reference(api, &p.ty) {
            let why = format!("cannot build the required parameter `{}`", p.name);
            return quote!(#id => runtime::example_not_sent(example, #why),);
        }
        let ident = format_ident!("arg_{}", p.ident);
        let ty = rust_type_in(&p.ty, &t);
        let value = value_literal(p.example.as_ref().unwrap_or(&Value::String("example".into())));
        let why = format!("parameter `{}`", p.name);
        prepare.push(quote! {
            let #ident: #ty = match runtime::decode(&#value) {
                Ok(v) => v,
                Err(e) => return runtime::example_not_sent(example, format!("{}: {e}", #why)),
            };
        });
        args.push(quote!(&#ident));
    }
    if let Some(body) = &op.body {
        let ty = rust_type_in(&body.ty, &t);
        prepare.push(quote! {
            let Some(request) = example.request_json() else {
                return runtime::example_not_sent(example, "the example documents no request body");
            };
            let body: #ty = match runtime::decode(&request) {
                Ok(v) => v,
                Err(e) => return runtime::example_not_sent(example, format!("request body: {e}")),
            };
        });
        args.push(quote!(&body));
    }
    quote! {
        #id => {
            #(#prepare)*
            #record(example, client.#method(#(#args),*).await)
        }
    }
}

/// One call per operation: its first documented request body, else one made from its schema.
fn every_operation(api: &Api) -> TokenStream {
    let calls = api.operations.iter().map(|op| {
        let id = &op.id;
        let documented = op.examples.iter().find_map(|e| e.request.as_ref());
        let request = match documented.or(op.body.as_ref().and_then(|b| b.made.as_ref())) {
            Some(v) => {
                let text = text_literal(&v.to_string());
                quote!(Some(#text))
            }
            None => quote!(None),
        };
        quote!(ExampleInfo { operation_id: #id, name: "every-operation", request: #request, status: None, response: None })
    });
    quote!(&[#(#calls),*])
}

/// The module's text, an item at a time (see [`Pieces`]): the table of calls and the dispatch
/// are each megabytes of Rust for a large spec, and only one's tokens are held at once.
pub fn render(api: &Api, header: &str) -> Result<String, Error> {
    let mut pieces = Pieces::new(&api.file);
    pieces.push(quote! {
        /// Sends every documented example through the typed client to `base_url` (the server's
        /// root: the spec's [`super::BASE_PATH`] is appended). `http_for(name)` gives the HTTP client
        /// for the example called `name`: credentials, and `Prefer: example=<name>` for an
        /// example server.
        pub async fn replay(base_url: &str, http_for: &dyn Fn(&str) -> reqwest::Client) -> Vec<ExampleCall> {
            let url = format!("{}{}", base_url.trim_end_matches('/'), super::BASE_PATH);
            let mut calls = Vec::new();
            for example in EXAMPLES {
                // One attempt each: the replay reports what the server answered, not a retry's.
                let client = Client::new_with_client(&url, http_for(example.name), runtime::retry::RetryPolicy::none());
                calls.push(send(&client, example).await);
            }
            calls
        }
    })?;
    let every = every_operation(api);
    pieces.push(quote! {
        /// Calls every operation once through the typed client at `base_url`, with its first
        /// documented request body or one made from its schema, through `http` (which carries the
        /// credentials): against the example server, every operation answers a documented status
        /// with a body its type accepts.
        pub async fn call_every_operation(base_url: &str, http: reqwest::Client) -> Vec<ExampleCall> {
            const EVERY: &[ExampleInfo] = #every;
            let url = format!("{}{}", base_url.trim_end_matches('/'), super::BASE_PATH);
            let client = Client::new_with_client(&url, http, runtime::retry::RetryPolicy::none());
            let mut calls = Vec::new();
            for call in EVERY {
                calls.push(send(&client, call).await);
            }
            calls
        }
    })?;
    let arms: Vec<TokenStream> = api.operations.iter().map(|op| call(api, op)).collect();
    // With no example to send, the client goes unused.
    let unused = if arms.is_empty() { quote!(let _ = client;) } else { quote!() };
    pieces.push(quote! {
        async fn send(client: &Client, example: &'static ExampleInfo) -> ExampleCall {
            #unused
            match example.operation_id {
                #(#arms)*
                _ => runtime::example_not_sent(example, "unknown operation"),
            }
        }
    })?;
    pieces.finish(
        header,
        quote! {
            #![allow(unused_imports)]
            use super::client::Client;
            use super::operations::EXAMPLES;
            use super::types;
            use crate::runtime::{self, ExampleCall, ExampleInfo};
        },
    )
}
