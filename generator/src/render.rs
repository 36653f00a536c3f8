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
    render_with(context, header, tokens, |_| {})
}

/// [`render`], with `each` applied to every top-level item before it is formatted. Items are
/// parsed and formatted one at a time and dropped as they are written: a file's syntax tree is
/// several times the size of its tokens, and a large spec's files are megabytes of Rust, so only
/// one item's tree is ever held. prettyplease formats a file as its items one after
/// another, so the text is the one the whole file would give.
pub fn render_with(context: &str, header: &str, tokens: TokenStream, mut each: impl FnMut(&mut syn::Item)) -> Result<String, Error> {
    let items = |input: syn::parse::ParseStream| -> syn::Result<String> {
        // The inner attributes go with the first item: alone, prettyplease ends them with no line break.
        let mut attrs = input.call(syn::Attribute::parse_inner)?;
        let mut body = String::new();
        loop {
            let mut items = Vec::new();
            if !input.is_empty() {
                let mut item: syn::Item = input.parse()?;
                each(&mut item);
                items.push(item);
            }
            body.push_str(&prettyplease::unparse(&syn::File { shebang: None, attrs: std::mem::take(&mut attrs), items }));
            if input.is_empty() {
                return Ok(body);
            }
        }
    };
    let body = syn::parse::Parser::parse2(items, tokens).map_err(|e| Error::Render { context: context.to_string(), message: e.to_string() })?;
    Ok(place_header(header, body))
}

/// The header's comment lines first; its code lines after the file's leading inner attributes and
/// inner docs, where Rust allows them. Both go into `body`'s own buffer: a large module's text is
/// tens of megabytes, and a copy of it would be held beside it.
fn place_header(header: &str, mut body: String) -> String {
    let (comments, code): (Vec<&str>, Vec<&str>) = header.lines().partition(|l| l.starts_with("//"));
    if !code.is_empty() {
        // The offset of the first line that is not an inner attribute, an inner doc or blank.
        let mut split = 0;
        for line in body.split_inclusive('\n') {
            let l = line.trim_end_matches('\n');
            if !(l.starts_with("#![") || l.starts_with("//!") || l.trim().is_empty()) {
                break;
            }
            split += line.len();
        }
        // Laid out as the lines were always joined: the leading lines (a blank line when there are
        // none), the code lines, the rest (a blank line when there is none).
        if split == body.len() && !body.ends_with('\n') {
            body.push('\n');
            split = body.len();
        }
        let mut block = if split == 0 { "\n".to_string() } else { String::new() };
        block.push_str(&code.join("\n"));
        block.push('\n');
        if split == body.len() {
            block.push('\n');
        }
        body.insert_str(split, &block);
    }
    let mut top = comments.join("\n");
    top.push_str("\n\n");
    body.insert_str(0, &top);
    body
}

/// A file built and formatted one item at a time: only one item's tokens and syntax tree are in
/// memory at once, where a large spec's module is tens of megabytes of Rust. prettyplease formats
/// each item on its own, so the pieces join into the text the whole file would give.
pub struct Pieces {
    context: String,
    body: String,
}

impl Pieces {
    pub fn new(context: &str) -> Self {
        Pieces { context: context.to_string(), body: String::new() }
    }

    /// Formats one or more items and appends them.
    pub fn push(&mut self, tokens: TokenStream) -> Result<(), Error> {
        let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Render { context: self.context.clone(), message: e.to_string() })?;
        self.body.push_str(&prettyplease::unparse(&file));
        Ok(())
    }

    /// The file: `prelude` (inner attributes, imports, statics) first, then the items, behind `header`.
    pub fn finish(self, header: &str, prelude: TokenStream) -> Result<String, Error> {
        let file: syn::File = syn::parse2(prelude).map_err(|e| Error::Render { context: self.context.clone(), message: e.to_string() })?;
        let mut body = prettyplease::unparse(&file);
        body.push_str(&self.body);
        Ok(place_header(header, body))
    }
}

/// Formats Rust source text, behind `header`.
pub fn render_text(context: &str, header: &str, text: &str) -> Result<String, Error> {
    let file = syn::parse_file(text).map_err(|e| Error::Render { context: context.to_string(), message: e.to_string() })?;
    Ok(place_header(header, prettyplease::unparse(&file)))
}
