//! Stage 6, render: token streams to formatted Rust text with the generated-file header.
//! Formatting is prettyplease's, so output is the same on every machine (no rustfmt binary).

mod items;

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
/// cut apart as tokens, then parsed and formatted one at a time and dropped as they are written,
/// and an `impl` block one of its items at a time (see `render/items.rs`): a large spec's files
/// are megabytes of Rust, so only one item's syntax tree is ever held. prettyplease formats a
/// file as its items one after another, and an `impl`'s items likewise, so the text is the one
/// the whole file would give.
pub fn render_with(context: &str, header: &str, tokens: TokenStream, mut each: impl FnMut(&mut syn::Item)) -> Result<String, Error> {
    let mut body = Text::default();
    format_into(tokens, &mut each, &mut |text| body.push_str(text)).map_err(|e| Error::Render { context: context.to_string(), message: e.to_string() })?;
    Ok(with_prefix(header, String::new(), body))
}

/// Formats `tokens` (a file's inner attributes and items) an item at a time, and a block of
/// `impl` one of its items at a time, handing each item's text to `out` as it is made.
fn format_into(tokens: TokenStream, each: &mut impl FnMut(&mut syn::Item), out: &mut impl FnMut(&str)) -> syn::Result<()> {
    let mut items = items::items(tokens);
    // The inner attributes go with the first item: alone, prettyplease ends them with no line break.
    let mut attrs = syn::parse::Parser::parse2(syn::Attribute::parse_inner, std::mem::take(&mut items.inner_attrs))?;
    let mut any = false;
    for item in items {
        any = true;
        match items::impl_parts(item) {
            Ok((head, contents)) => format_impl(head, contents, &mut attrs, each, out)?,
            Err(item) => out(&format_item(item, &mut attrs, each)?),
        }
    }
    if !any {
        out(&prettyplease::unparse(&syn::File { shebang: None, attrs, items: Vec::new() }));
    }
    Ok(())
}

/// One item parsed, adjusted by `each` and formatted, behind the file's inner attributes if they
/// are still to be written (they are taken).
fn format_item(tokens: TokenStream, attrs: &mut Vec<syn::Attribute>, each: &mut impl FnMut(&mut syn::Item)) -> syn::Result<String> {
    let mut item: syn::Item = syn::parse2(tokens)?;
    each(&mut item);
    Ok(prettyplease::unparse(&syn::File { shebang: None, attrs: std::mem::take(attrs), items: vec![item] }))
}

/// The name of the item that marks where an `impl`'s own lines end when its items are formatted
/// one at a time: it is never written out.
const MARK: &str = "__GENERATOR_RENDER_ITEMS_BEGIN";

/// An `impl` block formatted one of its items at a time. Each is formatted in a copy of the block
/// that holds a marker item first (`const MARK: () = ();`), and the text between the marker's line
/// and the block's closing `}` is that item's: the lines before the marker (the file's inner
/// attributes, the `impl`'s attributes and its head, laid out as for a block that has items) are
/// taken once, from the first.
fn format_impl(head: TokenStream, contents: TokenStream, attrs: &mut Vec<syn::Attribute>, each: &mut impl FnMut(&mut syn::Item), out: &mut impl FnMut(&str)) -> syn::Result<()> {
    let mut body = items::items(contents);
    let inner = std::mem::take(&mut body.inner_attrs);
    let impl_items: Vec<TokenStream> = body.collect();
    if impl_items.len() < 2 || !inner.is_empty() {
        // One item or none: formatted whole, which costs nothing more; and a block with inner
        // attributes, which go where they were.
        out(&format_item(items::with_block(&head, inner.into_iter().chain(impl_items.into_iter().flatten()).collect()), attrs, each)?);
        return Ok(());
    }
    let mark = syn::Ident::new(MARK, proc_macro2::Span::call_site());
    let marker = format!("const {MARK}: () = ();\n");
    for (n, impl_item) in impl_items.into_iter().enumerate() {
        let mut contents = quote::quote!(const #mark: () = (););
        contents.extend(impl_item);
        let text = format_item(items::with_block(&head, contents), attrs, each)?;
        let at = text.find(&marker).ok_or_else(|| syn::Error::new(proc_macro2::Span::call_site(), "an impl's marker item was not formatted on a line of its own"))?;
        let line = text[..at].rfind('\n').map_or(0, |n| n + 1);
        let Some(own) = text[at + marker.len()..].strip_suffix("}\n") else {
            return Err(syn::Error::new(proc_macro2::Span::call_site(), "an impl block did not end with its closing brace"));
        };
        if n == 0 {
            out(&text[..line]);
        }
        out(own);
    }
    out("}\n");
    Ok(())
}

/// Text written as it is formatted, in pieces that are never moved: grown as one string, a module
/// of tens of megabytes would be copied at each doubling of its buffer and end with up to twice its
/// size reserved. The pieces are joined once, into a buffer of the file's exact size.
#[derive(Default)]
struct Text {
    full: Vec<String>,
    open: String,
    len: usize,
}

/// The size of a piece: large beside an item's text, small beside a large module's.
const PIECE: usize = 1 << 20;

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text { full: Vec::new(), len: text.len(), open: text }
    }
}

impl Text {
    fn push_str(&mut self, s: &str) {
        if self.open.len() + s.len() > self.open.capacity() {
            if !self.open.is_empty() {
                self.full.push(std::mem::take(&mut self.open));
            }
            self.open = String::with_capacity(PIECE.max(s.len()));
        }
        self.open.push_str(s);
        self.len += s.len();
    }

    /// Takes `text` as a piece, after the open one.
    fn push_piece(&mut self, text: String) {
        if !self.open.is_empty() {
            self.full.push(std::mem::take(&mut self.open));
        }
        self.len += text.len();
        self.full.push(text);
    }

    /// The pieces in order.
    fn pieces(&self) -> impl Iterator<Item = &String> {
        self.full.iter().chain(std::iter::once(&self.open))
    }

    /// Takes the first `n` bytes off (`n` at a character boundary).
    fn take_front(&mut self, mut n: usize) -> String {
        let mut front = String::with_capacity(n);
        self.len -= n;
        while n > 0 {
            let first = if self.full.is_empty() { &mut self.open } else { &mut self.full[0] };
            if first.len() <= n {
                n -= first.len();
                front.push_str(first);
                if self.full.is_empty() {
                    self.open.clear();
                } else {
                    self.full.remove(0);
                }
            } else {
                front.push_str(&first[..n]);
                first.drain(..n);
                n = 0;
            }
        }
        front
    }

    /// `front`, then the text.
    fn join_behind(self, front: &str) -> String {
        let mut out = String::with_capacity(front.len() + self.len);
        out.push_str(front);
        for piece in self.full {
            out.push_str(&piece);
        }
        out.push_str(&self.open);
        out
    }
}

/// The header's comment lines first; its code lines after the file's leading inner attributes and
/// inner docs, where Rust allows them.
fn place_header(header: &str, body: String) -> String {
    with_prefix(header, String::new(), Text::from(body))
}

/// `prelude` then `body`, behind `header` as [`place_header`] places it.
fn with_prefix(header: &str, prelude: String, mut body: Text) -> String {
    let (comments, code): (Vec<&str>, Vec<&str>) = header.lines().partition(|l| l.starts_with("//"));
    let mut front = prelude;
    if !code.is_empty() {
        // The offset of the first line, of prelude and body, that is not an inner attribute, an
        // inner doc or blank. Items are written whole and end with a line break, so no line spans
        // two pieces.
        let mut split = 0;
        for line in std::iter::once(&front).chain(body.pieces()).flat_map(|p| p.split_inclusive('\n')) {
            let l = line.trim_end_matches('\n');
            if !(l.starts_with("#![") || l.starts_with("//!") || l.trim().is_empty()) {
                break;
            }
            split += line.len();
        }
        if split > front.len() {
            // The body's leading lines join the front, where the code lines go.
            let lead = body.take_front(split - front.len());
            front.push_str(&lead);
        }
        let at_end = |split: usize, front: &str, body: &Text| split == front.len() && body.len == 0;
        if at_end(split, &front, &body) && !front.ends_with('\n') {
            front.push('\n');
            split = front.len();
        }
        // Laid out as the lines were always joined: the leading lines (a blank line when there are
        // none), the code lines, the rest (a blank line when there is none).
        let mut block = if split == 0 { "\n".to_string() } else { String::new() };
        block.push_str(&code.join("\n"));
        block.push('\n');
        if at_end(split, &front, &body) {
            block.push('\n');
        }
        front.insert_str(split, &block);
    }
    let mut top = comments.join("\n");
    top.push_str("\n\n");
    top.push_str(&front);
    body.join_behind(&top)
}

/// A few small items (a type's), formatted: the text [`Pieces::push`] would append. They are
/// parsed whole: cutting them apart first costs more than it saves (a twentieth of the whole
/// process on My Account, most of it in the types' module).
pub fn format_items(context: &str, tokens: TokenStream) -> Result<String, Error> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Render { context: context.to_string(), message: e.to_string() })?;
    Ok(prettyplease::unparse(&file))
}

/// A file built and formatted one item at a time: only one item's tokens and syntax tree are in
/// memory at once, where a large spec's module is tens of megabytes of Rust. prettyplease formats
/// each item on its own, so the pieces join into the text the whole file would give.
pub struct Pieces {
    context: String,
    body: Text,
}

impl Pieces {
    pub fn new(context: &str) -> Self {
        Pieces { context: context.to_string(), body: Text::default() }
    }

    /// Formats one or more items and appends them, an item at a time and a large block of `impl`
    /// (the router builder's) a method at a time.
    pub fn push(&mut self, tokens: TokenStream) -> Result<(), Error> {
        let body = &mut self.body;
        format_into(tokens, &mut |_| {}, &mut |text| body.push_str(text)).map_err(|e| Error::Render { context: self.context.clone(), message: e.to_string() })
    }

    /// Appends items formatted by [`format_items`] (on another thread, say), keeping `text` as a
    /// piece of its own rather than copying it: a large module's items would otherwise be held
    /// twice until they are joined.
    pub fn push_text(&mut self, text: String) {
        self.body.push_piece(text);
    }

    /// The file: `prelude` (inner attributes, imports, statics) first, then the items, behind `header`.
    pub fn finish(self, header: &str, prelude: TokenStream) -> Result<String, Error> {
        let file: syn::File = syn::parse2(prelude).map_err(|e| Error::Render { context: self.context.clone(), message: e.to_string() })?;
        Ok(with_prefix(header, prettyplease::unparse(&file), self.body))
    }
}

/// Formats Rust source text, behind `header`.
pub fn render_text(context: &str, header: &str, text: &str) -> Result<String, Error> {
    let file = syn::parse_file(text).map_err(|e| Error::Render { context: context.to_string(), message: e.to_string() })?;
    Ok(place_header(header, prettyplease::unparse(&file)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CODE: &str = "// h\nuse x as y;\n";

    #[test]
    fn the_header_goes_first_and_its_code_lines_after_inner_attributes() {
        assert_eq!(place_header("// h\n", "fn a() {}\n".into()), "// h\n\nfn a() {}\n");
        assert_eq!(place_header(CODE, "#![allow(a)]\nfn a() {}\n".into()), "// h\n\n#![allow(a)]\nuse x as y;\nfn a() {}\n");
        assert_eq!(place_header(CODE, "fn a() {}\n".into()), "// h\n\n\nuse x as y;\nfn a() {}\n");
        assert_eq!(place_header(CODE, "#![allow(a)]".into()), "// h\n\n#![allow(a)]\nuse x as y;\n\n");
        assert_eq!(place_header(CODE, String::new()), "// h\n\n\nuse x as y;\n\n");
    }

    /// Cut into items, and an `impl` into its items, a file is formatted as it is whole.
    #[test]
    fn a_file_formatted_an_item_at_a_time_is_the_file_formatted_whole() {
        let file = r#"
            #![allow(a)]
            //! Doc.
            use a::b;
            #[allow(clippy::all)]
            impl Client {
                /// Sends it.
                pub async fn send<'a>(&'a self, body: &'a types::SomeLongTypeName, other: Option<&'a types::AnotherLongTypeName>) -> Result<ResponseValue<types::Out>, Error<types::ErrorResponse>> {
                    match response.status().as_u16() { 200u16 => ResponseValue::from_response(response).await, _ => Err(Error::UnexpectedResponse(response)) }
                }
                const C: u8 = 1;
                type T = u8;
                m! { x }
                fn g() {}
            }
            impl<T: Clone + Send + Sync + 'static, U: Into<String> + Send + Sync + 'static> SomeTrait<T> for SomeOtherLongType<U> where T: Default + std::fmt::Debug, U: Default {
                fn f(&self) {}
                fn h(&self) { let x = 1; }
            }
            impl One { fn only() {} }
            impl Empty {}
            impl Inner { #![allow(a)] fn f() {} }
            fn z() {}
        "#;
        let whole = place_header(CODE, prettyplease::unparse(&syn::parse_file(file).unwrap()));
        let mut seen = Vec::new();
        let pieced = render_with("test", CODE, file.parse().unwrap(), |item| seen.push(quote::quote!(#item).to_string().len())).unwrap();
        assert_eq!(pieced, whole);
        // `each` saw each item of a split impl in a block of its own (5 + 2 + 1), and every other
        // item of the file once (the `use`, the empty and the inner-attributed impls, `z`).
        assert_eq!(seen.len(), 5 + 2 + 1 + 4);
    }

    /// Where the text is cut (prelude or body, one piece or many) does not change the file.
    #[test]
    fn the_file_does_not_depend_on_how_its_text_was_pieced() {
        let lead = "#![allow(a)]\n//! Doc.\n\n";
        let item = "fn a() {\n    let _ = 1;\n}\n";
        let items = item.repeat(3 * PIECE / item.len());
        let whole = format!("{lead}{items}");
        for header in ["// h\n", CODE] {
            let expected = place_header(header, whole.clone());
            let mut pieced = Text::default();
            pieced.push_str(lead);
            for _ in 0..items.len() / item.len() {
                pieced.push_str(item);
            }
            assert!(pieced.full.len() >= 2, "the test's text spans pieces");
            assert_eq!(with_prefix(header, String::new(), pieced), expected);
            // The prelude holds part of the leading lines, the body the rest and the items.
            let mut body = Text::default();
            body.push_str(&whole["#![allow(a)]\n".len()..]);
            assert_eq!(with_prefix(header, "#![allow(a)]\n".to_string(), body), expected);
        }
    }
}
