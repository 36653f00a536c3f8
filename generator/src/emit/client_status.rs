//! Answers chosen by their status. Where an operation's statuses of one class (success, or error)
//! answer with different bodies, progenitor's model (one type per class) is too narrow: the client
//! then returns an enum with one variant per documented status, decoded by the status the server
//! sent, never guessed from the body's shape. progenitor still writes the method (arguments,
//! request, hooks); it is shown one placeholder type per such class, and its decoding call is
//! replaced by the runtime's, which reads the status first.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{json, Value};
use syn::visit_mut::VisitMut;

use crate::load::Pointer;
use crate::model::{is_error_status, is_success_status, Api, BodyKind, Operation, Response};

use super::docs::doc_attr;
use super::rust_types::rust_type_in;
use super::server::status_variant;

/// A placeholder schema progenitor sees for one status-typed class, and the enum it stands for.
pub struct Placeholder {
    pub schema: String,
    pub rust: String,
}

/// Rewrites the view progenitor reads: each status-typed class of answers becomes one range per
/// class, with a placeholder schema that is replaced by the enum. Returns the placeholders.
pub fn view(doc: &mut Value, api: &Api) -> Vec<Placeholder> {
    let mut taken: BTreeSet<String> =
        doc.lookup("/components/schemas").and_then(Value::as_object).map(|m| m.keys().cloned().collect()).unwrap_or_default();
    let mut out = Vec::new();
    for op in &api.operations {
        let has_success = op.has_success();
        for (enum_name, success) in [(&op.success_by_status, true), (&op.error_by_status, false)] {
            let Some(enum_name) = enum_name else { continue };
            // Replacements are looked up by the UpperCamelCase name: a number keeps it distinct.
            let proposed = format!("StatusTyped{enum_name}");
            let mut schema = proposed.clone();
            let mut n = 2;
            while taken.contains(&schema) {
                schema = format!("{proposed}{n}");
                n += 1;
            }
            taken.insert(schema.clone());
            let Some(Value::Object(responses)) = doc.lookup_mut(&format!("{}/responses", op.pointer)) else { continue };
            responses.retain(|status, _| if success { !is_success_status(status) } else { !is_error_status(status, has_success) });
            let answer = json!({
                "description": format!("Decoded by status into `{enum_name}`."),
                "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } }
            });
            for range in if success { &["2XX"][..] } else { &["4XX", "5XX"][..] } {
                responses.insert(range.to_string(), answer.clone());
            }
            if let Some(Value::Object(schemas)) = doc.lookup_mut("/components/schemas") {
                schemas.insert(schema.clone(), json!({ "type": "object" }));
            }
            out.push(Placeholder { schema, rust: format!("crate::{}::client::responses::{enum_name}", api.module) });
        }
    }
    out
}

/// Points progenitor's decoding of the status-typed classes at the runtime's, which reads the
/// status before the body: in each such method, `ResponseValue::from_response` in the arms of that
/// class becomes `crate::runtime::status::from_response`.
/// Applied to each top-level item of the client module as it is formatted.
pub fn redirect_decoding(api: &Api) -> impl FnMut(&mut syn::Item) {
    let mut visitor = Redirect { methods: Vec::new() };
    for op in &api.operations {
        if op.success_by_status.is_some() || op.error_by_status.is_some() {
            visitor.methods.push((op.fn_name.clone(), op.success_by_status.is_some(), op.error_by_status.is_some()));
        }
    }
    move |item| visitor.visit_item_mut(item)
}

struct Redirect {
    /// Method name, whether its success arms and its error arms are status-typed.
    methods: Vec<(String, bool, bool)>,
}

impl VisitMut for Redirect {
    fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
        let name = f.sig.ident.to_string();
        let Some(&(_, success, error)) = self.methods.iter().find(|(m, _, _)| *m == name) else { return };
        let mut arms = Arms { success, error };
        arms.visit_block_mut(&mut f.block);
    }
}

/// Rewrites the decoding calls of the arms of a `match` on the status.
struct Arms {
    success: bool,
    error: bool,
}

impl VisitMut for Arms {
    fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
        let body = quote!(#arm).to_string();
        let is_error = body.contains("ErrorResponse");
        if (is_error && self.error) || (!is_error && self.success) {
            Calls.visit_expr_mut(&mut arm.body);
        }
    }
}

struct Calls;

impl VisitMut for Calls {
    fn visit_expr_path_mut(&mut self, p: &mut syn::ExprPath) {
        let segments: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
        if segments == ["ResponseValue", "from_response"] {
            *p = syn::parse_quote!(crate::runtime::status::from_response);
        }
    }
}

/// The enums of every status-typed class, in a `responses` module of the client.
pub fn enums(api: &Api) -> TokenStream {
    let module = format_ident!("{}", api.module);
    let t = quote!(crate::#module::types::);
    let mut items = Vec::new();
    for op in &api.operations {
        let has_success = op.has_success();
        if let Some(name) = &op.success_by_status {
            let statuses: Vec<&Response> = op.responses.iter().filter(|r| r.is_success()).collect();
            items.push(status_enum(op, name, "success", &statuses, &t));
        }
        if let Some(name) = &op.error_by_status {
            let statuses: Vec<&Response> = op.responses.iter().filter(|r| r.is_error(has_success)).collect();
            items.push(status_enum(op, name, "error", &statuses, &t));
        }
    }
    if items.is_empty() {
        return quote!();
    }
    quote! {
        /// Answers whose type depends on the status: one enum per operation and class of status
        /// where the spec documents different bodies, one variant per documented status.
        ///
        /// Variants hold the documented bodies unboxed (so `clippy::large_enum_variant` is
        /// allowed): an answer is decoded once and matched, and a box would be in every pattern.
        #[allow(clippy::large_enum_variant)]
        pub mod responses {
            #[allow(unused_imports)]
            use crate::runtime;
            #(#items)*
        }
    }
}

/// The status patterns of a documented status, most specific first: `404`, `4XX`, `default`.
fn pattern(status: &str) -> (u8, TokenStream) {
    let number = proc_macro2::Literal::u16_unsuffixed;
    if let Ok(code) = status.parse::<u16>() {
        let code = number(code);
        return (0, quote!(#code));
    }
    if let Some(class) = status.strip_suffix("XX").or_else(|| status.strip_suffix("xx")).and_then(|c| c.parse::<u16>().ok()) {
        let (lo, hi) = (number(class * 100), number(class * 100 + 99));
        return (1, quote!(#lo..=#hi));
    }
    (2, quote!(_))
}

fn status_enum(op: &Operation, name: &str, class: &str, statuses: &[&Response], t: &TokenStream) -> TokenStream {
    let ident = format_ident!("{}", name);
    let doc = doc_attr(&format!(
        "What `{}` answers with a{} {class} status: the spec documents different bodies for them, so the \
         status decides the variant.",
        op.id,
        if class == "error" { "n" } else { "" }
    ));
    let mut ordered: Vec<&&Response> = statuses.iter().collect();
    ordered.sort_by_key(|r| pattern(&r.status).0);
    let mut variants = Vec::new();
    let mut decodes = Vec::new();
    let mut encodes = Vec::new();
    let mut documented = Vec::new();
    for r in ordered {
        let v = format_ident!("{}", status_variant(&r.status));
        let (_, pat) = pattern(&r.status);
        documented.push(pat.clone());
        let vdoc = doc_attr(&format!("`{}`: {}", r.status, r.description));
        match r.body_kind() {
            BodyKind::Json(ty) => {
                let ty = rust_type_in(&ty, t);
                variants.push(quote!(#vdoc #v(#ty),));
                decodes.push(quote!(#pat => runtime::decode_slice_into::<#ty>(body, errs).map(Self::#v),));
                encodes.push(quote!(Self::#v(payload) => serde::Serialize::serialize(payload, serializer),));
            }
            BodyKind::Other => {
                variants.push(quote!(#vdoc #v(Vec<u8>),));
                decodes.push(quote!(#pat => Some(Self::#v(body.to_vec())),));
                encodes.push(quote!(Self::#v(bytes) => serializer.serialize_bytes(bytes),));
            }
            BodyKind::Empty => {
                variants.push(quote!(#vdoc #v,));
                decodes.push(quote!(#pat => Some(Self::#v),));
                encodes.push(quote!(Self::#v => serializer.serialize_unit(),));
            }
        }
    }
    let catch_all = documented.iter().any(|p| p.to_string() == "_");
    let fallback = if catch_all {
        quote!()
    } else {
        quote!(_ => {
            errs.push("", format!("status {status} is not documented"));
            None
        })
    };
    let documents = if catch_all { quote!({ let _ = status; true }) } else { quote!(matches!(status, #(#documented)|*)) };
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        pub enum #ident { #(#variants)* }

        impl runtime::status::FromStatus for #ident {
            fn documents(status: u16) -> bool {
                #documents
            }

            #[allow(unreachable_patterns)]
            fn from_status(status: u16, body: &[u8], errs: &mut runtime::DecodeErrors) -> Option<Self> {
                match status {
                    #(#decodes)*
                    #fallback
                }
            }
        }

        impl serde::Serialize for #ident {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self { #(#encodes)* }
            }
        }
    }
}
