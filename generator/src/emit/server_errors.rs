//! The spec's error schema, filled from a router `Problem`: which property holds the status, the
//! title, the detail and the list of invalid fields is read from property names common to error
//! bodies (RFC 9457 problem details and the usual variants), not from this or that spec.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::error::{Location, Warning};
use crate::model::{Api, Field, Kind, Struct, Ty};


pub struct ErrorBody {
    /// The body type.
    pub ty: TokenStream,
    /// An expression of that type built from `p: &Problem`.
    pub render: TokenStream,
    /// `ErrorReply`, the typed error answer of the error hook.
    pub reply: TokenStream,
}

/// What a problem can supply to a property.
enum Part {
    Status,
    Kind,
    Title,
    Detail,
    Issues,
}

fn part_of(json: &str) -> Option<Part> {
    Some(match json {
        "status" | "statusCode" | "status_code" | "code" => Part::Status,
        "type" | "errorCode" | "error_code" | "kind" => Part::Kind,
        "title" | "error" => Part::Title,
        "detail" | "message" | "error_description" | "description" => Part::Detail,
        "validation_errors" | "errors" | "invalid_params" | "issues" => Part::Issues,
        _ => return None,
    })
}

/// An expression of the field's type from a string expression, or `None` when it cannot be made.
fn text_into(ty: &Ty, text: TokenStream) -> Option<TokenStream> {
    match ty {
        Ty::String(r) if r.is_empty() => Some(quote!(#text.to_string())),
        Ty::Any => Some(quote!(serde_json::Value::String(#text.to_string()))),
        Ty::Nullable(inner) => text_into(inner, text).map(|e| quote!(Some(#e))),
        _ => None,
    }
}

fn number_into(ty: &Ty, n: TokenStream) -> Option<TokenStream> {
    match ty {
        Ty::Number => Some(quote!(serde_json::Number::from(#n))),
        Ty::Integer => Some(quote!(i64::from(#n))),
        Ty::Any => Some(quote!(serde_json::Value::from(#n))),
        Ty::Nullable(inner) => number_into(inner, n).map(|e| quote!(Some(#e))),
        Ty::Bounded(inner, _) => number_into(inner, n),
        _ => None,
    }
}

/// A field's value: plain, or already an `Option` that may be absent.
enum Fill {
    Plain(TokenStream),
    Maybe(TokenStream),
}

/// Builds a struct from per-field expressions, through its `new` (the structs are
/// `#[non_exhaustive]`); `None` when a required field has no source.
fn build(name: &TokenStream, s: &Struct, value_of: impl Fn(&Field) -> Option<Fill>) -> Option<TokenStream> {
    let mut args = Vec::new();
    let mut sets = Vec::new();
    for f in &s.fields {
        let ident = format_ident!("{}", f.ident);
        match (value_of(f), f.required) {
            (Some(Fill::Plain(v)), true) => args.push(v),
            (Some(Fill::Plain(v)), false) => sets.push(quote!(value.#ident = Some(#v);)),
            (Some(Fill::Maybe(v)), false) => sets.push(quote!(value.#ident = #v;)),
            (Some(Fill::Maybe(_)) | None, true) => return None,
            (None, false) => {}
        }
    }
    if sets.is_empty() {
        return Some(quote!(#name::new(#(#args),*)));
    }
    Some(quote!({
        let mut value = #name::new(#(#args),*);
        #(#sets)*
        value
    }))
}

fn issue_item(api: &Api, t: &TokenStream, item: &Ty) -> Option<TokenStream> {
    let Ty::Named(name) = item else { return None };
    let Some(Kind::Struct(s)) = api.types.get(name).map(|t| &t.kind) else { return None };
    let path = {
        let ident = format_ident!("{}", name);
        quote!(#t #ident)
    };
    build(&path, s, |f| match f.json.as_str() {
        "detail" | "message" | "description" => text_into(&f.ty, quote!(issue.message)).map(Fill::Plain),
        "field" | "name" | "property" => match (&f.ty, f.required) {
            (Ty::String(r), false) if r.is_empty() => Some(Fill::Maybe(quote!(issue.field.clone()))),
            (Ty::String(r), true) if r.is_empty() => Some(Fill::Plain(quote!(issue.field.clone().unwrap_or_default()))),
            _ => None,
        },
        "pointer" | "path" | "location" => text_into(&f.ty, quote!(issue.pointer)).map(Fill::Plain),
        "source" | "in" => text_into(&f.ty, quote!(source.as_str())).map(Fill::Plain),
        _ => None,
    })
    .map(|built| quote!(p.issues.iter().map(|(source, issue)| #built).collect::<Vec<_>>()))
}

/// The error body the router writes, and a warning when the spec's error schema cannot be filled
/// (the router then answers RFC 9457 problem details, which a client of the spec may not expect).
pub fn error_body(api: &Api) -> (ErrorBody, Option<Warning>) {
    let t = quote!(types::);
    let found = super::server::error_schema(api).and_then(|name| {
        let Kind::Struct(s) = &api.types.get(&name)?.kind else { return None };
        let ident = format_ident!("{}", name);
        let path = quote!(#t #ident);
        let render = build(&path, s, |f| match part_of(&f.json)? {
            Part::Status => number_into(&f.ty, quote!(p.status.as_u16())).map(Fill::Plain),
            Part::Kind => text_into(&f.ty, quote!(p.kind)).map(Fill::Plain),
            Part::Title => text_into(&f.ty, quote!(p.title)).map(Fill::Plain),
            Part::Detail => text_into(&f.ty, quote!(p.detail)).map(Fill::Plain),
            Part::Issues => match (&f.ty, f.required) {
                (Ty::Array(item, _), true) => issue_item(api, &t, item).map(Fill::Plain),
                // Absent rather than empty when the problem is not about particular fields.
                (Ty::Array(item, _), false) => issue_item(api, &t, item).map(|e| Fill::Maybe(quote!((!p.issues.is_empty()).then(|| #e)))),
                _ => None,
            },
        })?;
        Some((path, render))
    });
    let mut warning = None;
    let (ty, render) = match found {
        Some(found) => found,
        None => {
            if let Some(name) = super::server::error_schema(api) {
                let pointer = api.types.get(&name).map(|t| t.pointer.clone()).unwrap_or_default();
                warning = Some(Warning {
                    at: Location { file: api.file.clone(), line: None, pointer },
                    message: format!(
                        "the server stubs cannot fill the error schema {name} (they know status, title, detail, a machine-readable \
                         kind and a list of invalid fields, by the usual property names); the router answers its own errors \
                         with RFC 9457 problem details instead"
                    ),
                });
            }
            (
                quote!(serde_json::Value),
                quote!(serde_json::json!({ "type": p.kind, "status": p.status.as_u16(), "title": p.title, "detail": p.detail })),
            )
        }
    };
    let reply = quote! {
        /// An error answer, chosen by the error hook: a status and the spec's error body.
        #[derive(Debug, Clone)]
        pub struct ErrorReply {
            pub status: StatusCode,
            pub body: #ty,
        }

        impl ErrorReply {
            /// The answer the router would give for `problem`.
            pub fn from_problem(problem: &Problem) -> Self {
                ErrorReply { status: problem.status, body: problem_body(problem) }
            }
        }

        impl IntoResponse for ErrorReply {
            fn into_response(self) -> Response {
                rt::json_response(self.status, &self.body)
            }
        }
    };
    (ErrorBody { ty, render, reply }, warning)
}
