//! Stage 6, render: token streams to formatted Rust text with the generated-file header.
//! Formatting is prettyplease's, so output is the same on every machine (no rustfmt binary).

use proc_macro2::TokenStream;

use crate::error::Error;

/// The first line of every generated file.
pub fn header(sources: &[&str], command: &str) -> String {
    format!("// @generated from {} by `{command}`. Do not edit by hand.\n", sources.join(", "))
}

/// Parses `tokens` as a Rust file and formats it, behind `header`.
pub fn render(context: &str, header: &str, tokens: TokenStream) -> Result<String, Error> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Render { context: context.to_string(), message: e.to_string() })?;
    Ok(format!("{header}\n{}", prettyplease::unparse(&file)))
}

/// Formats Rust source text, behind `header`.
pub fn render_text(context: &str, header: &str, text: &str) -> Result<String, Error> {
    let file = syn::parse_file(text).map_err(|e| Error::Render { context: context.to_string(), message: e.to_string() })?;
    Ok(format!("{header}\n{}", prettyplease::unparse(&file)))
}
