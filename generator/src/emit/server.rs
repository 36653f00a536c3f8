//! The axum server side of a spec: a trait with one method per operation, typed requests, one
//! response enum per operation (a variant per documented status, its headers as fields), and a
//! router that authenticates, checks and decodes before the handler runs.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::error::Error;
use crate::render::Pieces;
use crate::model::{Api, Kind, Operation, ParamIn, Ty};

use super::docs::doc_attr;
use super::server_headers::HeaderNames;

/// Schema types are written `types::Name`, the spec's types module being imported as `types`.
fn types_prefix() -> TokenStream {
    quote!(types::)
}

/// The variant name of a documented status: its reason phrase (`202` -> `Accepted`).
pub(crate) fn status_variant(status: &str) -> String {
    if status == "default" {
        return "Default".into();
    }
    if let Some(class) = status.strip_suffix("XX").or_else(|| status.strip_suffix("xx")) {
        return format!("Status{class}xx");
    }
    status
        .parse::<u16>()
        .ok()
        .and_then(|n| http::StatusCode::from_u16(n).ok())
        .and_then(|s| s.canonical_reason())
        .map(|r| r.to_upper_camel_case())
        .unwrap_or_else(|| format!("Status{status}"))
}

/// The operations of one tag: they make one trait, mounted by one builder method.
pub(crate) struct Group<'a> {
    pub tag: String,
    pub description: Option<String>,
    pub operations: Vec<(usize, &'a Operation)>,
}

/// Operations grouped by their first tag, in the order the spec lists its tags (then first use);
/// untagged operations form a group named after the API.
pub(crate) fn groups(api: &Api) -> Vec<Group<'_>> {
    let mut out: Vec<Group> = api.tags.iter().map(|(tag, description)| Group { tag: tag.clone(), description: description.clone(), operations: Vec::new() }).collect();
    for (index, op) in api.operations.iter().enumerate() {
        let tag = op.tags.first().cloned().unwrap_or_else(|| api.module.clone());
        match out.iter_mut().find(|g| g.tag == tag) {
            Some(g) => g.operations.push((index, op)),
            None => out.push(Group { tag, description: None, operations: vec![(index, op)] }),
        }
    }
    out.retain(|g| !g.operations.is_empty());
    out
}

/// The server module's text, rendered an operation at a time (see [`Pieces`]): a large spec's
/// module is megabytes of Rust.
pub fn render(api: &Api, header: &str, warnings: &mut Vec<crate::error::Warning>) -> Result<String, Error> {
    let t = types_prefix();
    let module = format_ident!("{}", api.module);
    let (error, warning) = super::server_errors::error_body(api);
    warnings.extend(warning);
    let error_ty = &error.ty;
    let render = &error.render;
    let reply = &error.reply;
    let mut pieces = Pieces::new(&api.file);
    let header_names = HeaderNames::of(api);
    pieces.push(header_names.definitions())?;
    let mut traits = Vec::new();
    let mut mounts = Vec::new();
    for group in groups(api) {
        let trait_name = format_ident!("{}Api", group.tag.to_upper_camel_case());
        let mount = format_ident!("{}", crate::model::names::field_name(&group.tag));
        let mut methods = Vec::new();
        let mut routes = Vec::new();
        for (index, op) in &group.operations {
            let (item, method, route) = super::server_operations::operation(api, op, *index, &t, &trait_name, &header_names)?;
            pieces.push(item)?;
            methods.push(method);
            routes.push(route);
        }
        let listed = group.operations.iter().map(|(_, op)| format!("- `{} {}` ({})", op.method, op.path, op.id)).collect::<Vec<_>>().join("\n");
        let trait_doc = doc_attr(&format!(
            "The `{}` operations of {}{}. Implement this trait and mount it with [`RouterBuilder::{mount}`]; \
             a server need not implement the other tags.\n\n{listed}\n\n\
             Each method gets a typed request (parameters decoded, body decoded and checked, credentials \
             resolved) and returns that operation's response enum, which only has the statuses the spec \
             documents, each with the headers it documents.",
            group.tag,
            api.title,
            group.description.as_ref().map(|d| format!(": {d}")).unwrap_or_default(),
        ));
        let mount_doc = doc_attr(&format!("Mounts the `{}` operations, answered by `api`:\n\n{listed}", group.tag));
        traits.push(quote! {
            #trait_doc
            pub trait #trait_name: Send + Sync + 'static {
                /// What the methods fail with; [`Self::handle_error`] turns it into an answer the spec documents.
                type Error: Send + 'static;

                #(#methods)*

                /// Maps an implementation error to a documented error answer. The default logs nothing and
                /// answers 500 without details; override it to log, and to pick a status and body.
                fn handle_error(&self, operation: &'static OperationInfo, error: Self::Error) -> ErrorReply {
                    let _ = (operation, error);
                    ErrorReply::from_problem(&Problem::internal())
                }
            }
        });
        mounts.push(quote! {
            #mount_doc
            pub fn #mount<A: #trait_name>(mut self, api: A) -> Self {
                let shared = Arc::new(Shared { api, auth: self.auth.clone(), body_limit: self.config.body_limit });
                self.routes = self.routes #(#routes)*;
                self
            }
        });
    }
    let base = &api.base_path;
    // Only what some operation needs is imported, so that no spec's stubs carry unused code.
    let any_path = api.operations.iter().any(|o| o.params.iter().any(|p| p.location == ParamIn::Path));
    let any_param = api.operations.iter().any(|o| !o.params.is_empty());
    let source_import = if any_param { quote!(use crate::server_runtime::Source;) } else { quote!() };
    let path_problem = if any_path {
        quote! {
            fn path_problem(rejection: axum::extract::rejection::RawPathParamsRejection) -> Problem {
                Problem::new(StatusCode::BAD_REQUEST, "invalid_request", format!("The path parameters could not be read: {}", rejection.body_text()))
            }
        }
    } else {
        quote!()
    };
    // A spec without operations (webhooks only) has nothing to route: its imports go unused.
    let empty = if api.operations.is_empty() { quote!(#![allow(unused_imports, dead_code)]) } else { quote!() };
    pieces.push(quote! {
        #(#traits)*

        struct Shared<A, Au> {
            api: A,
            auth: Arc<Au>,
            body_limit: usize,
        }

        /// Builds the router: mount the traits the application implements, then [`RouterBuilder::build`].
        /// Paths of traits not mounted answer 404, like any unknown path.
        pub struct RouterBuilder<Au> {
            auth: Arc<Au>,
            config: ServerConfig,
            routes: axum::Router,
        }

        /// A router mounted at [`BASE_PATH`], authenticating with `authenticator`.
        pub fn router<Au: Authenticator>(authenticator: Au) -> RouterBuilder<Au> {
            router_with(authenticator, ServerConfig::new(BASE_PATH))
        }

        /// A router with the mount point and limits of `config`.
        pub fn router_with<Au: Authenticator>(authenticator: Au, config: ServerConfig) -> RouterBuilder<Au> {
            RouterBuilder { auth: Arc::new(authenticator), config, routes: axum::Router::new() }
        }

        impl<Au: Authenticator> RouterBuilder<Au> {
            #(#mounts)*

            /// The axum router, with every error of its own in the spec's error schema.
            pub fn build(self) -> axum::Router {
                self.routes.fallback(not_found).method_not_allowed_fallback(method_not_allowed)
            }
        }

        async fn not_found() -> Response {
            rt::problem_response(&Problem::new(StatusCode::NOT_FOUND, "not_found", "No operation of this API has this path."), problem_body)
        }

        async fn method_not_allowed() -> Response {
            rt::problem_response(&Problem::new(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed", "This path does not take this method."), problem_body)
        }

        #path_problem
    })?;
    pieces.finish(header, quote! {
        #empty
        use std::future::Future;
        use std::sync::Arc;

        use axum::body::Body;
        use axum::extract::State;
        #source_import
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::{IntoResponse, Response};
        use generated_client::#module::operations::OPERATIONS;
        #[allow(unused_imports)]
        use generated_client::#module::types;
        use generated_client::runtime::OperationInfo;

        use crate::server_runtime::{self as rt, Authenticator, Problem, RequestContext, ServerConfig};

        /// A server that answers with the spec's documented examples.
        pub mod examples;

        /// Where the spec's first server URL puts the API.
        pub const BASE_PATH: &str = #base;

        /// Writes a problem the router found as the spec's error body.
        pub fn problem_body(p: &Problem) -> #error_ty {
            #render
        }

        #reply
    })
}

/// The component types of an API used in error answers, for [`super::server_errors`].
pub fn error_schema(api: &Api) -> Option<String> {
    let mut counts: std::collections::BTreeMap<&String, usize> = Default::default();
    for op in &api.operations {
        for r in &op.responses {
            let is_error = r.status == "default" || r.status.starts_with('4') || r.status.starts_with('5');
            if let (true, Some(Ty::Named(name))) = (is_error, &r.ty) {
                if matches!(api.types.get(name).map(|t| &t.kind), Some(Kind::Struct(_))) {
                    *counts.entry(name).or_default() += 1;
                }
            }
        }
    }
    counts.into_iter().max_by_key(|(name, n)| (*n, std::cmp::Reverse((*name).clone()))).map(|(name, _)| name.clone())
}
