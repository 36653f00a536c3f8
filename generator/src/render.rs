//! Stage 6, render: token streams to formatted Rust text with the generated-file header.
//! Formatting is prettyplease's, so output is the same on every machine (no rustfmt binary).

use proc_macro2::TokenStream;

use crate::error::Error;

/// The first line of every generated file.
pub fn header(sources: &[&str], command: &str) -> String {
    format!("// @generated from {} by `{command}`. Do not edit by hand.\n", sources.join(", "))
}

/// Parses `tokens` as a Rust file and formats it, behind `header` (comment lines, and any `use`
/// lines the caller puts after them, which go below the file's inner attributes).
pub fn render(context: &str, header: &str, tokens: TokenStream) -> Result<String, Error> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Render { context: context.to_string(), message: e.to_string() })?;
    Ok(place_header(header, &prettyplease::unparse(&file)))
}

/// The header's comment lines first; its code lines after the file's leading inner attributes and
/// inner docs, where Rust allows them.
fn place_header(header: &str, body: &str) -> String {
    let (comments, code): (Vec<&str>, Vec<&str>) = header.lines().partition(|l| l.starts_with("//"));
    if code.is_empty() {
        return format!("{}\n\n{body}", comments.join("\n"));
    }
    let lines: Vec<&str> = body.lines().collect();
    let split = lines.iter().position(|l| !(l.starts_with("#![") || l.starts_with("//!") || l.trim().is_empty())).unwrap_or(lines.len());
    format!("{}\n\n{}\n{}\n{}\n", comments.join("\n"), lines[..split].join("\n"), code.join("\n"), lines[split..].join("\n"))
}

/// Formats Rust source text, behind `header`.
pub fn render_text(context: &str, header: &str, text: &str) -> Result<String, Error> {
    let file = syn::parse_file(text).map_err(|e| Error::Render { context: context.to_string(), message: e.to_string() })?;
    Ok(place_header(header, &prettyplease::unparse(&file)))
}
