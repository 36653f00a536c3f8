//! One operation's server side: its typed request struct, its response enum with the arms that
//! write each documented status, its trait method, and the axum handler that decodes and checks
//! the request before calling the application.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::error::Error;
use crate::model::{json_type, Api, Kind, Operation, ParamIn, Response, Ty};

use super::docs::doc_attr;
use super::server_headers::HeaderNames;
use super::rust_types::rust_type_in;
use super::server::status_variant;

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

/// The request struct, response enum, trait method and route of one operation.
pub(crate) fn operation(
    api: &Api,
    op: &Operation,
    index: usize,
    t: &TokenStream,
    trait_name: &proc_macro2::Ident,
    header_names: &HeaderNames,
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
            if p.required {
                fields.push(quote!(#doc pub #ident: #ty,));
                decodes.push(quote! {
                    let #local: #ty = match rt::query_param(&query, #name, #rule)? {
                        Some(value) => value,
                        None => {
                            let mut errs = generated_client::runtime::DecodeErrors::default();
                            errs.push_field("", #name, "missing required parameter");
                            return Err(Problem::invalid(Source::Query, errs));
                        }
                    };
                });
            } else {
                fields.push(quote!(#doc pub #ident: Option<#ty>,));
                decodes.push(quote!(let #local: Option<#ty> = rt::query_param(&query, #name, #rule)?;));
            }
            inits.push(quote!(#ident: #local));
            continue;
        }
        let (source, raw) = match p.location {
            ParamIn::Path => (quote!(Source::Path), quote!(rt::path_param(&path, #name))),
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
    let (variants, arms) = responses(op, t, header_names);
    // The statuses the operation documents: the router's own refusals stay among them.
    let statuses = op.responses.iter().map(|r| r.status.as_str());
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
    let response_doc = doc_attr(&format!(
        "The answers `{}` documents, one variant per status.\n\nEach variant holds its documented body unboxed (so \
         `clippy::large_enum_variant` is allowed): an answer is built once and written.",
        op.id
    ));
    let axum_method = format_ident!("{}", op.method.to_lowercase());
    let path = &op.path;
    let path_extract = if uses_path {
        // The captures as matched (percent-decoded, borrowed): each is decoded once, as its type.
        quote!(path: Result<axum::extract::RawPathParams, axum::extract::rejection::RawPathParamsRejection>,)
    } else {
        quote!()
    };
    let path_bind = if uses_path { quote!(let path = path.map_err(path_problem)?;) } else { quote!() };
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
        #[allow(clippy::large_enum_variant)]
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
            method: axum::http::Method,
            axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
            headers: HeaderMap,
            body: Body,
        ) -> Response {
            const REQUIREMENTS: &[&[&str]] = &[#(#requirements),*];
            const STATUSES: &[&str] = &[#(#statuses),*];
            let operation: &'static OperationInfo = &OPERATIONS[#index];
            rt::guard(problem_body, async move {
                let limit = shared.body_limit;
                let prepared: Result<#request, Problem> = async {
                    let head = rt::RequestHead { method, uri, headers };
                    let principal = rt::authorize(&*shared.auth, REQUIREMENTS, &head).await?;
                    let rt::RequestHead { method, uri, headers } = head;
                    #path_bind
                    #query_bind
                    #(#decodes)*
                    Ok(#request { #(#inits,)* context: RequestContext { principal, headers, method, uri } })
                }
                .await;
                match prepared {
                    Err(problem) => rt::problem_response(&problem.within(STATUSES), problem_body),
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
    // Each route carries the mount prefix itself: a nested router would rewrite every request's URI.
    let route = quote!(.route(&rt::mount_path(&self.config.prefix, #path), axum::routing::#axum_method(#handler::<A, Au>).with_state(shared.clone())));
    Ok((item, method_item, route))
}

/// The response enum's variants and the arms that write each one.
fn responses(op: &Operation, t: &TokenStream, header_names: &HeaderNames) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let camel = format_ident!("{}Response", op.id.to_upper_camel_case());
    for r in &op.responses {
        let (variant, arm) = response(&camel, r, t, header_names);
        variants.push(variant);
        arms.push(arm);
    }
    (variants, arms)
}

fn response(enum_name: &proc_macro2::Ident, r: &Response, t: &TokenStream, header_names: &HeaderNames) -> (TokenStream, TokenStream) {
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
    let mut values = Vec::new();
    let mut inserts = Vec::new();
    for (i, h) in r.headers.iter().enumerate() {
        let hid = format_ident!("{}", h.ident);
        let value = format_ident!("header_{i}");
        let ty = rust_type_in(&h.ty, t);
        let doc = doc_attr(&format!("`{}`{}", h.name, h.doc.as_ref().map(|d| format!(": {d}")).unwrap_or_default()));
        binds.push(quote!(#hid));
        values.push(value.clone());
        if h.required {
            fields.push(quote!(#doc #hid: #ty,));
            writes.push(quote!(rt::header_value(&#hid)));
        } else {
            fields.push(quote!(#doc #hid: Option<#ty>,));
            writes.push(quote!(rt::optional_header_value(&#hid)));
        }
        let insert = header_names.insert(&h.name, &value);
        inserts.push(if h.required { insert } else { quote!(if let Some(#value) = #value { #insert }) });
    }
    let status = match fixed {
        Some(n) => quote!(StatusCode::from_u16(#n).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)),
        None => quote!(status),
    };
    let doc = doc_attr(&format!("{} {}", r.status, r.description));
    let variant = quote!(#doc #ident { #(#fields)* },);
    let respond = if r.ty.is_some() { quote!(rt::json_response(#status, &body)) } else { quote!(#status.into_response()) };
    let arm = if inserts.is_empty() {
        quote!(#enum_name::#ident { #(#binds),* } => #respond,)
    } else {
        quote! {
            #enum_name::#ident { #(#binds),* } => {
                // Every value is made before the body is encoded (one that cannot be a header's is
                // a 500), all in one tuple, so that no value's name hides a field another reads.
                let (#(Some(#values),)*) = (#(#writes,)*) else {
                    return rt::problem_response(&Problem::internal(), problem_body);
                };
                let mut response = #respond;
                let headers = response.headers_mut();
                #(#inserts)*
                response
            }
        }
    };
    (variant, arm)
}
