//! An implementation of every trait of a spec that answers with the spec's documented examples:
//! a mock server for client tests and demos, and the server side of the generated example replay.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::error::Error;
use crate::model::{Api, Kind, Operation, ParamIn, Response, Ty};
use crate::render::Pieces;

use super::rust_types::{text_literal, value_literal};
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

/// The expression building the response variant of `r` from `answer` (an `rt::Answer`).
fn variant(api: &Api, op: &Operation, r: &Response) -> TokenStream {
    let enum_name = format_ident!("{}Response", op.id.to_upper_camel_case());
    let ident = format_ident!("{}", status_variant(&r.status));
    let mut fields = Vec::new();
    if r.status.parse::<u16>().is_err() {
        // A class of statuses or `default`: the variant says which status it is.
        fields.push(quote!(status: rt::status_of(answer.status)));
    }
    if r.ty.is_some() {
        fields.push(quote!(body: rt::example_value(answer.body.clone().unwrap_or_default())?));
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
    quote!(#enum_name::#ident { #(#fields),* })
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
    // Path parameters' values, to find the documented answer about what the path names.
    let path_values: Vec<TokenStream> = op
        .params
        .iter()
        .filter(|p| p.location == ParamIn::Path && super::client::is_scalar_parameter(api, &p.ty))
        .map(|p| {
            let ident = format_ident!("{}", p.ident);
            quote!(request.#ident.to_string())
        })
        .collect();
    // Every documented status, successes first, with a body made from its schema (a status whose
    // schema gave no value is left out: it is answered only with a documented example).
    let mut ordered: Vec<&Response> = op.responses.iter().collect();
    ordered.sort_by_key(|r| !r.is_success());
    let made = ordered.iter().filter(|r| r.ty.is_none() || r.made.is_some()).map(|r| {
        let status = &r.status;
        let body = match (&r.ty, &r.made) {
            (Some(_), Some(v)) => {
                let text = text_literal(&v.to_string());
                quote!(Some(#text))
            }
            _ => quote!(None),
        };
        quote!(rt::MadeAnswer { status: #status, body: #body })
    });
    let arms: Vec<TokenStream> = ordered
        .iter()
        .map(|r| {
            let status = &r.status;
            let v = variant(api, op, r);
            quote!(#status => Ok(#v),)
        })
        .collect();
    let answer = if arms.is_empty() {
        quote!({
            let _ = answer;
            Err(Problem::new(StatusCode::NOT_IMPLEMENTED, "no_example", format!("{} documents no answer.", #id)))
        })
    } else {
        quote!(match answer.status {
            #(#arms)*
            other => Err(Problem::new(StatusCode::NOT_IMPLEMENTED, "no_example", format!("{} has no answer with status {other}.", #id))),
        })
    };
    quote! {
        async fn #name(&self, request: #request) -> Result<#response, Problem> {
            const MADE: &[rt::MadeAnswer] = &[#(#made),*];
            let received: Option<serde_json::Value> = #received;
            let answer = rt::pick_answer(EXAMPLES, MADE, #id, &request.context.headers, received.as_ref(), &[#(#path_values),*])?;
            #answer
        }
    }
}

/// The module's text, an item at a time (see [`Pieces`]): each tag's implementation is built and
/// formatted before the next, as a large spec's are megabytes of Rust.
pub fn render(api: &Api, header: &str) -> Result<String, Error> {
    let module = format_ident!("{}", api.module);
    let mut pieces = Pieces::new(&api.file);
    pieces.push(quote! {
        /// Answers every operation with the spec's documented examples: the one named in a
        /// `Prefer: example=<name>` header (after checking that the request body is exactly that
        /// example's), else the one whose request body was received and whose response `id` is
        /// what the path names, else the first. `Prefer: code=<status>` picks a documented status.
        /// Where the spec documents no example, the answer is a value made from the schema, valid
        /// against it and the same every time: every operation answers.
        #[derive(Debug, Clone, Copy, Default)]
        pub struct ExampleApi;
    })?;
    let mut mounts = Vec::new();
    for group in groups(api) {
        let trait_name = format_ident!("{}Api", group.tag.to_upper_camel_case());
        let mount = format_ident!("{}", crate::model::names::field_name(&group.tag));
        let methods = group.operations.iter().map(|(_, op)| method(api, op));
        pieces.push(quote! {
            impl #trait_name for ExampleApi {
                type Error = Problem;

                #(#methods)*

                fn handle_error(&self, _operation: &'static OperationInfo, problem: Problem) -> ErrorReply {
                    ErrorReply::from_problem(&problem)
                }
            }
        })?;
        mounts.push(quote!(.#mount(ExampleApi)));
    }
    pieces.push(quote! {
        /// Every tag of the spec mounted with [`ExampleApi`], at [`BASE_PATH`].
        pub fn example_router<Au: Authenticator>(authenticator: Au) -> axum::Router {
            router(authenticator) #(#mounts)* .build()
        }
    })?;
    pieces.finish(
        header,
        quote! {
            #![allow(unused_imports, unreachable_code)]
            use axum::http::StatusCode;
            use generated_client::#module::operations::EXAMPLES;
            use generated_client::runtime::OperationInfo;

            use super::*;
            use crate::server_runtime::{self as rt, Authenticator, Problem};
        },
    )
}
