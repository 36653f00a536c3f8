//! An implementation of every trait of a spec that answers with the spec's documented examples:
//! a mock server for client tests and demos, and the server side of the generated example replay.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::model::{Api, Kind, Operation, Response, Ty};

use super::rust_types::value_literal;
use super::server::{groups, status_variant};

/// A JSON value a type accepts, for a header the spec gives no example of.
fn placeholder(api: &Api, ty: &Ty) -> Value {
    match ty {
        Ty::String(_) => Value::String(String::new()),
        Ty::Integer | Ty::Number => Value::from(0),
        Ty::Boolean => Value::Bool(false),
        Ty::Nullable(_) | Ty::Any => Value::Null,
        Ty::Bounded(inner, rules) => rules.minimum.clone().map(Value::Number).unwrap_or_else(|| placeholder(api, inner)),
        Ty::Array(..) => Value::Array(Vec::new()),
        Ty::FreeObject | Ty::Map(_) => Value::Object(Default::default()),
        Ty::Named(name) => match api.types.get(name).map(|t| &t.kind) {
            Some(Kind::Enum(values)) => values.first().map(|(v, _)| Value::String(v.clone())).unwrap_or(Value::Null),
            Some(Kind::Alias(inner) | Kind::Newtype(inner)) => placeholder(api, inner),
            _ => Value::Object(Default::default()),
        },
    }
}

/// The expression building the response variant of `r` from `example` (a `&ExampleInfo`).
fn variant(api: &Api, op: &Operation, r: &Response) -> Option<TokenStream> {
    // Only a fixed status names its variant without a status field to fill.
    r.status.parse::<u16>().ok()?;
    let enum_name = format_ident!("{}Response", op.id.to_upper_camel_case());
    let ident = format_ident!("{}", status_variant(&r.status));
    let mut fields = Vec::new();
    if r.ty.is_some() {
        fields.push(quote!(body: rt::example_value(example.and_then(|e| e.response_json()).unwrap_or_default())?));
    }
    for h in &r.headers {
        let hid = format_ident!("{}", h.ident);
        match (&h.example, h.required) {
            (Some(v), true) => {
                let v = value_literal(v);
                fields.push(quote!(#hid: rt::example_value(#v)?));
            }
            (Some(v), false) => {
                let v = value_literal(v);
                fields.push(quote!(#hid: Some(rt::example_value(#v)?)));
            }
            (None, true) => {
                let v = value_literal(&placeholder(api, &h.ty));
                fields.push(quote!(#hid: rt::example_value(#v)?));
            }
            (None, false) => fields.push(quote!(#hid: None)),
        }
    }
    Some(quote!(#enum_name::#ident { #(#fields),* }))
}

fn method(api: &Api, op: &Operation) -> TokenStream {
    let camel = op.id.to_upper_camel_case();
    let request = format_ident!("{}Request", camel);
    let response = format_ident!("{}Response", camel);
    let name = format_ident!("{}", op.fn_name);
    let id = &op.id;
    let received = match &op.body {
        Some(b) if b.required => quote!(serde_json::to_value(&request.body).ok()),
        Some(_) => quote!(request.body.as_ref().and_then(|b| serde_json::to_value(b).ok())),
        None => quote!(None),
    };
    // The statuses examples answer with, and the answer when no example applies: the first
    // success without a body (a 204), else 501.
    let mut arms = Vec::new();
    let mut statuses: Vec<&String> = op.examples.iter().filter_map(|e| e.status.as_ref()).collect();
    statuses.dedup();
    for status in statuses {
        if let Some(r) = op.responses.iter().find(|r| &r.status == status) {
            if let Some(v) = variant(api, op, r) {
                arms.push(quote!(Some(#status) => Ok(#v),));
            }
        }
    }
    let fallback = op
        .responses
        .iter()
        .find(|r| r.status.starts_with('2') && r.ty.is_none())
        .and_then(|r| variant(api, op, r))
        .map(|v| quote!(Ok(#v)))
        .unwrap_or_else(|| {
            quote!(Err(Problem::new(StatusCode::NOT_IMPLEMENTED, "no_example", format!("{} documents no example to answer with.", #id))))
        });
    quote! {
        async fn #name(&self, request: #request) -> Result<#response, Problem> {
            let received: Option<serde_json::Value> = #received;
            let example = rt::pick_example(EXAMPLES, #id, &request.context.headers, received.as_ref())?;
            match example.and_then(|e| e.status) {
                #(#arms)*
                _ => #fallback,
            }
        }
    }
}

pub fn emit(api: &Api) -> TokenStream {
    let module = format_ident!("{}", api.module);
    let mut impls = Vec::new();
    let mut mounts = Vec::new();
    for group in groups(api) {
        let trait_name = format_ident!("{}Api", group.tag.to_upper_camel_case());
        let mount = format_ident!("{}", crate::model::names::field_name(&group.tag));
        let methods = group.operations.iter().map(|(_, op)| method(api, op));
        impls.push(quote! {
            impl #trait_name for ExampleApi {
                type Error = Problem;

                #(#methods)*

                fn handle_error(&self, _operation: &'static OperationInfo, problem: Problem) -> ErrorReply {
                    ErrorReply::from_problem(&problem)
                }
            }
        });
        mounts.push(quote!(.#mount(ExampleApi)));
    }
    quote! {
        #![allow(unused_imports, unreachable_code, clippy::all)]
        use axum::http::StatusCode;
        use generated_client::#module::operations::EXAMPLES;
        use generated_client::runtime::OperationInfo;

        use super::*;
        use crate::server_runtime::{self as rt, Authenticator, Problem};

        /// Answers every operation with the spec's documented examples: the one named in a
        /// `Prefer: example=<name>` header (after checking that the request body is exactly that
        /// example's), else the one whose request body was received, else the first. An operation
        /// without examples answers its bodiless success (a 204) or 501.
        #[derive(Debug, Clone, Copy, Default)]
        pub struct ExampleApi;

        #(#impls)*

        /// Every tag of the spec mounted with [`ExampleApi`], at [`BASE_PATH`].
        pub fn example_router<Au: Authenticator>(authenticator: Au) -> axum::Router {
            router(authenticator) #(#mounts)* .build()
        }
    }
}
