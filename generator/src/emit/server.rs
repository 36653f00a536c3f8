//! The axum server side of a spec: a trait with one method per operation, typed requests, one
//! response enum per operation (a variant per documented status, its headers as fields), and a
//! router that authenticates, checks and decodes before the handler runs.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::error::Error;
use crate::model::{json_type, Api, Kind, Operation, ParamIn, Response, Ty};

use super::docs::doc_attr;
use super::rust_types::rust_type_in;

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

/// The JSON types a value of `ty` can take, as the runtime's bits.
fn json_bits(api: &Api, ty: &Ty) -> u8 {
    match ty {
        Ty::String(_) => json_type::STRING,
        Ty::Integer => json_type::INTEGER,
        Ty::Number => json_type::NUMBER | json_type::INTEGER,
        Ty::Boolean => json_type::BOOLEAN,
        Ty::Any => json_type::ANY,
        Ty::FreeObject | Ty::Map(_) => json_type::OBJECT,
        Ty::Array(..) => json_type::ARRAY,
        Ty::Nullable(inner) => json_bits(api, inner) | json_type::NULL,
        Ty::Bounded(inner, _) => json_bits(api, inner),
        Ty::Named(name) => match api.types.get(name).map(|t| &t.kind) {
            Some(Kind::Struct(_) | Kind::Tagged(_)) => json_type::OBJECT,
            Some(Kind::Enum(_)) => json_type::STRING,
            Some(Kind::Newtype(inner) | Kind::Alias(inner)) => json_bits(api, inner),
            Some(Kind::Keyed(k)) => k.variants.iter().fold(0, |bits, v| bits | v.types),
            None => json_type::ANY,
        },
    }
}

/// The JSON types of the single values in `ty`: itself, or its items where it is an array.
fn item_bits(api: &Api, ty: &Ty) -> u8 {
    match ty {
        Ty::Array(item, _) => item_bits(api, item),
        Ty::Nullable(inner) => item_bits(api, inner),
        Ty::Named(name) => match api.types.get(name).map(|t| &t.kind) {
            Some(Kind::Newtype(inner) | Kind::Alias(inner)) => item_bits(api, inner),
            Some(Kind::Keyed(k)) => k.variants.iter().fold(0, |bits, v| bits | item_bits(api, &v.payload)),
            _ => json_bits(api, ty),
        },
        _ => json_bits(api, ty),
    }
}

/// Whether a parameter's text is read as JSON (numbers, booleans) rather than as a string.
fn text_is_json(ty: &Ty) -> bool {
    match ty {
        Ty::Bounded(inner, _) => text_is_json(inner),
        other => matches!(other, Ty::Integer | Ty::Number | Ty::Boolean),
    }
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

pub fn emit(api: &Api, warnings: &mut Vec<crate::error::Warning>) -> Result<TokenStream, Error> {
    let t = types_prefix();
    let module = format_ident!("{}", api.module);
    let (error, warning) = super::server_errors::error_body(api);
    warnings.extend(warning);
    let error_ty = &error.ty;
    let render = &error.render;
    let reply = &error.reply;
    let mut items = Vec::new();
    let mut traits = Vec::new();
    let mut mounts = Vec::new();
    for group in groups(api) {
        let trait_name = format_ident!("{}Api", group.tag.to_upper_camel_case());
        let mount = format_ident!("{}", crate::model::names::field_name(&group.tag));
        let mut methods = Vec::new();
        let mut routes = Vec::new();
        for (index, op) in &group.operations {
            let (item, method, route) = operation(api, op, *index, &t, &trait_name)?;
            items.push(item);
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
    let path_import = if any_path { quote!(use axum::extract::Path;) } else { quote!() };
    let source_import = if any_param { quote!(use crate::server_runtime::Source;) } else { quote!() };
    let path_problem = if any_path {
        quote! {
            fn path_problem(rejection: axum::extract::rejection::PathRejection) -> Problem {
                Problem::new(StatusCode::BAD_REQUEST, "invalid_request", format!("The path parameters could not be read: {}", rejection.body_text()))
            }
        }
    } else {
        quote!()
    };
    Ok(quote! {
        use std::future::Future;
        use std::sync::Arc;

        use axum::body::Body;
        use axum::extract::State;
        #path_import
        #source_import
        use axum::http::{HeaderMap, StatusCode};
        use axum::response::{IntoResponse, Response};
        use generated_client::#module::operations::OPERATIONS;
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

        #(#items)*

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
                let inner = self.routes.fallback(not_found).method_not_allowed_fallback(method_not_allowed);
                if self.config.prefix.is_empty() {
                    inner
                } else {
                    axum::Router::new().nest(&self.config.prefix, inner).fallback(not_found)
                }
            }
        }

        async fn not_found() -> Response {
            rt::problem_response(&Problem::new(StatusCode::NOT_FOUND, "not_found", "No operation of this API has this path."), problem_body)
        }

        async fn method_not_allowed() -> Response {
            rt::problem_response(&Problem::new(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed", "This path does not take this method."), problem_body)
        }

        #path_problem
    })
}

/// The request struct, response enum, trait method and route of one operation.
fn operation(
    api: &Api,
    op: &Operation,
    index: usize,
    t: &TokenStream,
    trait_name: &proc_macro2::Ident,
) -> Result<(TokenStream, TokenStream, TokenStream), Error> {
    let camel = op.id.to_upper_camel_case();
    let request = format_ident!("{}Request", camel);
    let response = format_ident!("{}Response", camel);
    let method = format_ident!("{}", op.fn_name);
    let handler = format_ident!("handle_{}", op.fn_name);
    let mut fields = Vec::new();
    let mut decodes = Vec::new();
    let mut inits = Vec::new();
    for p in &op.params {
        let ident = format_ident!("{}", p.ident);
        // Decoded into a local of its own name space, so that no parameter (`headers`, `body`,
        // `query`) can shadow the handler's variables.
        let local = format_ident!("param_{}", p.ident);
        let ty = rust_type_in(&p.ty, t);
        let name = &p.name;
        let as_json = text_is_json(&p.ty);
        let doc = doc_attr(&format!("`{}` ({}). {}", p.name, format!("{:?}", p.location).to_lowercase(), p.doc.clone().unwrap_or_default()));
        if p.location == ParamIn::Query {
            let bits = json_bits(api, &p.ty);
            let array = bits & json_type::ARRAY != 0;
            let scalar = bits & !json_type::ARRAY & !json_type::NULL != 0;
            let json_items = item_bits(api, &p.ty) & json_type::STRING == 0;
            let explode = p.explode;
            let rule = quote!(rt::QueryRule { array: #array, scalar: #scalar, json_items: #json_items, explode: #explode });
            let (field_ty, missing) = if p.required {
                (quote!(#ty), quote! {
                    let mut errs = generated_client::runtime::DecodeErrors::default();
                    errs.push_field("", #name, "missing required parameter");
                    return Err(Problem::invalid(Source::Query, errs));
                })
            } else {
                (quote!(Option<#ty>), quote!(None))
            };
            let found = if p.required { quote!(value) } else { quote!(Some(value)) };
            fields.push(quote!(#doc pub #ident: #field_ty,));
            decodes.push(quote! {
                let #local: #field_ty = match rt::query_param(&query, #name, #rule)? {
                    Some(value) => #found,
                    None => { #missing }
                };
            });
            inits.push(quote!(#ident: #local));
            continue;
        }
        let (source, raw) = match p.location {
            ParamIn::Path => (quote!(Source::Path), quote!(path.get(#name).map(String::as_str))),
            ParamIn::Query => unreachable!("query parameters are decoded above"),
            ParamIn::Header => (quote!(Source::Header), quote!(headers.get(#name).and_then(|v| v.to_str().ok()))),
            ParamIn::Cookie => {
                return Err(Error::Unsupported { at: crate::error::Location { file: api.file.clone(), line: None, pointer: op.pointer.clone() }, what: "cookie parameters in the server stubs".into() })
            }
        };
        if p.required {
            fields.push(quote!(#doc pub #ident: #ty,));
            decodes.push(quote! {
                let #local: #ty = match #raw {
                    Some(raw) => rt::decode_param(#source, #name, raw, #as_json)?,
                    None => {
                        let mut errs = generated_client::runtime::DecodeErrors::default();
                        errs.push_field("", #name, "missing required parameter");
                        return Err(Problem::invalid(#source, errs));
                    }
                };
            });
        } else {
            fields.push(quote!(#doc pub #ident: Option<#ty>,));
            decodes.push(quote! {
                let #local: Option<#ty> = match #raw {
                    Some(raw) => Some(rt::decode_param(#source, #name, raw, #as_json)?),
                    None => None,
                };
            });
        }
        inits.push(quote!(#ident: #local));
    }
    let uses_path = op.params.iter().any(|p| p.location == ParamIn::Path);
    let uses_query = op.params.iter().any(|p| p.location == ParamIn::Query);
    if let Some(body) = &op.body {
        let ty = rust_type_in(&body.ty, t);
        let ct = &body.content_type;
        let doc = doc_attr(&format!("The request body (`{ct}`), decoded and checked against `{}`.", body.schema));
        if body.required {
            fields.push(quote!(#doc pub body: #ty,));
            decodes.push(quote! {
                rt::check_content_type(&headers, #ct)?;
                let bytes = rt::read_body(body, limit).await?;
                let body: #ty = rt::decode_body(&bytes)?;
            });
        } else {
            fields.push(quote!(#doc pub body: Option<#ty>,));
            decodes.push(quote! {
                let bytes = rt::read_body(body, limit).await?;
                let body: Option<#ty> = if bytes.is_empty() {
                    None
                } else {
                    rt::check_content_type(&headers, #ct)?;
                    Some(rt::decode_body(&bytes)?)
                };
            });
        }
        inits.push(quote!(body));
    } else {
        decodes.push(quote!(let _ = (body, limit);));
    }
    let requirements = op.security.iter().map(|r| {
        let scopes: Vec<&String> = r.schemes.iter().flat_map(|(_, s)| s).collect();
        quote!(&[#(#scopes),*])
    });
    let (variants, arms) = responses(op, t);
    let summary = op.summary.clone().unwrap_or_else(|| op.id.clone());
    let scopes = op.scopes();
    let mut method_doc = format!("{summary}\n\n`{} {}` (operationId `{}`)", op.method, op.path, op.id);
    if let Some(d) = op.description.as_ref().filter(|d| **d != summary) {
        method_doc.push_str(&format!("\n\n{d}"));
    }
    if !scopes.is_empty() {
        method_doc.push_str(&format!("\n\nScopes: {}.", scopes.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")));
    }
    let method_doc = doc_attr(&method_doc);
    let request_doc = doc_attr(&format!("The request of `{}`: `{} {}`.", op.id, op.method, op.path));
    let response_doc = doc_attr(&format!("The answers `{}` documents, one variant per status.", op.id));
    let axum_method = format_ident!("{}", op.method.to_lowercase());
    let path = &op.path;
    let path_extract = if uses_path {
        quote!(path: Result<Path<std::collections::HashMap<String, String>>, axum::extract::rejection::PathRejection>,)
    } else {
        quote!()
    };
    let path_bind = if uses_path { quote!(let Path(path) = path.map_err(path_problem)?;) } else { quote!() };
    let query_extract = if uses_query { quote!(uri: axum::http::Uri,) } else { quote!() };
    let query_bind = if uses_query { quote!(let query = rt::query_pairs(uri.query());) } else { quote!() };
    let item = quote! {
        #request_doc
        #[derive(Debug)]
        pub struct #request {
            #(#fields)*
            /// Credentials and headers.
            pub context: RequestContext,
        }

        #response_doc
        #[derive(Debug, Clone)]
        pub enum #response { #(#variants)* }

        impl IntoResponse for #response {
            fn into_response(self) -> Response {
                match self { #(#arms)* }
            }
        }

        async fn #handler<A: #trait_name, Au: Authenticator>(
            State(shared): State<Arc<Shared<A, Au>>>,
            #path_extract
            #query_extract
            headers: HeaderMap,
            body: Body,
        ) -> Response {
            const REQUIREMENTS: &[&[&str]] = &[#(#requirements),*];
            let operation: &'static OperationInfo = &OPERATIONS[#index];
            rt::guard(problem_body, async move {
                let limit = shared.body_limit;
                let prepared: Result<#request, Problem> = async {
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &headers).await?;
                    #path_bind
                    #query_bind
                    #(#decodes)*
                    Ok(#request { #(#inits,)* context: RequestContext { principal, headers } })
                }
                .await;
                match prepared {
                    Err(problem) => rt::problem_response(&problem, problem_body),
                    Ok(request) => match shared.api.#method(request).await {
                        Ok(answer) => answer.into_response(),
                        Err(error) => shared.api.handle_error(operation, error).into_response(),
                    },
                }
            })
            .await
        }
    };
    let method_item = quote! {
        #method_doc
        fn #method(&self, request: #request) -> impl Future<Output = Result<#response, Self::Error>> + Send;
    };
    let route = quote!(.route(#path, axum::routing::#axum_method(#handler::<A, Au>).with_state(shared.clone())));
    Ok((item, method_item, route))
}

/// The response enum's variants and the arms that write each one.
fn responses(op: &Operation, t: &TokenStream) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let camel = format_ident!("{}Response", op.id.to_upper_camel_case());
    for r in &op.responses {
        let (variant, arm) = response(&camel, r, t);
        variants.push(variant);
        arms.push(arm);
    }
    (variants, arms)
}

fn response(enum_name: &proc_macro2::Ident, r: &Response, t: &TokenStream) -> (TokenStream, TokenStream) {
    let ident = format_ident!("{}", status_variant(&r.status));
    let fixed: Option<u16> = r.status.parse().ok();
    let mut fields = Vec::new();
    let mut binds = Vec::new();
    let mut writes = Vec::new();
    if fixed.is_none() {
        fields.push(quote!(/// The status to answer with.
            status: StatusCode,));
        binds.push(quote!(status));
    }
    if let Some(ty) = &r.ty {
        let ty = rust_type_in(ty, t);
        fields.push(quote!(/// The response body.
            body: #ty,));
        binds.push(quote!(body));
    }
    for h in &r.headers {
        let hid = format_ident!("{}", h.ident);
        let ty = rust_type_in(&h.ty, t);
        let doc = doc_attr(&format!("`{}`{}", h.name, h.doc.as_ref().map(|d| format!(": {d}")).unwrap_or_default()));
        let name = h.name.to_lowercase();
        binds.push(quote!(#hid));
        if h.required {
            fields.push(quote!(#doc #hid: #ty,));
            writes.push(quote!(if let Some(v) = rt::header_value(&#hid) { headers.push((#name, v)); } else { return rt::problem_response(&Problem::internal(), problem_body); }));
        } else {
            fields.push(quote!(#doc #hid: Option<#ty>,));
            writes.push(quote!(if let Some(value) = &#hid { if let Some(v) = rt::header_value(value) { headers.push((#name, v)); } else { return rt::problem_response(&Problem::internal(), problem_body); } }));
        }
    }
    let status = match fixed {
        Some(n) => quote!(StatusCode::from_u16(#n).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)),
        None => quote!(status),
    };
    let doc = doc_attr(&format!("{} {}", r.status, r.description));
    let variant = quote!(#doc #ident { #(#fields)* },);
    let respond = if r.ty.is_some() { quote!(rt::json_response(#status, &body)) } else { quote!(#status.into_response()) };
    let arm = quote! {
        #enum_name::#ident { #(#binds),* } => {
            #[allow(unused_mut)]
            let mut headers: Vec<(&'static str, axum::http::HeaderValue)> = Vec::new();
            #(#writes)*
            let mut response = #respond;
            for (name, value) in headers {
                response.headers_mut().insert(name, value);
            }
            response
        }
    };
    (variant, arm)
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
