//! A file's tokens cut into its items before anything is parsed. syn's parser first copies the
//! whole stream it is given into a flat buffer, and an item's syntax tree is many times its
//! tokens, so a file parsed whole holds its tokens twice and its largest item's tree at once. At
//! My Account x100 (valgrind's massif), progenitor's `impl Client` (81,000 lines, a method per
//! operation) held about 80 MB that way, and the server's `impl RouterBuilder` (11,000 lines, a
//! method per tag) about 70 MB. Parsed an item at a time, and an `impl` a method at a time, only
//! one method's buffer and tree are held.

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};

/// The tokens of a file, or of the inside of a block of items (a `mod`'s, an `impl`'s), taken
/// apart: the leading inner attributes (`#![...]`), then one stream per item, in order.
pub struct Items {
    pub inner_attrs: TokenStream,
    /// Tokens read while looking for inner attributes that begin the first item.
    read: std::vec::IntoIter<TokenTree>,
    rest: std::iter::Peekable<proc_macro2::token_stream::IntoIter>,
}

/// Takes `tokens` apart (see [`Items`]).
pub fn items(tokens: TokenStream) -> Items {
    let mut rest = tokens.into_iter().peekable();
    let mut inner_attrs = TokenStream::new();
    let mut read = Vec::new();
    // `#`, `!` and a bracketed group, each time: the first token that does not fit ends them.
    while let Some(TokenTree::Punct(hash)) = rest.peek() {
        if hash.as_char() != '#' {
            break;
        }
        read.extend(rest.next());
        match rest.peek() {
            Some(TokenTree::Punct(bang)) if bang.as_char() == '!' => read.extend(rest.next()),
            _ => break,
        }
        match rest.peek() {
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket => read.extend(rest.next()),
            _ => break,
        }
        inner_attrs.extend(read.drain(..));
    }
    Items { inner_attrs, read: read.into_iter(), rest }
}

impl Iterator for Items {
    type Item = TokenStream;

    /// The next item's tokens. Among items, an item ends with a `;` at its own level, or with a
    /// brace-delimited block that the next token does not continue: every item that does not end
    /// in `;` ends in a block (`fn`, `impl`, `mod`, `struct`, `enum`, `trait`, a macro call in
    /// braces), and the tokens that can follow a block inside an item (in a `const`'s value: an
    /// operator, `.`, `?`, `as`, `else`, a closing `>` of generics) are none of those that begin
    /// an item (`#` of an attribute, or a word).
    fn next(&mut self) -> Option<TokenStream> {
        let mut item: TokenStream = self.read.by_ref().collect();
        while let Some(token) = self.rest.next() {
            let ends = match &token {
                TokenTree::Punct(p) => p.as_char() == ';',
                TokenTree::Group(g) => g.delimiter() == Delimiter::Brace && self.rest.peek().is_none_or(begins_item),
                _ => false,
            };
            item.extend(std::iter::once(token));
            if ends {
                return Some(item);
            }
        }
        (!item.is_empty()).then_some(item)
    }
}

/// Whether `token` can be the first of an item: an outer attribute's `#`, or a word other than
/// the two that continue an expression after a block.
fn begins_item(token: &TokenTree) -> bool {
    match token {
        TokenTree::Punct(p) => p.as_char() == '#',
        TokenTree::Ident(word) => word != "as" && word != "else",
        _ => false,
    }
}

/// An `impl` block's item taken apart: everything before its block (attributes, `impl`, generics,
/// the type, a `where` clause), and the block's contents. Any other item comes back as it was.
pub fn impl_parts(item: TokenStream) -> Result<(TokenStream, TokenStream), TokenStream> {
    let mut tokens: Vec<TokenTree> = item.into_iter().collect();
    let is_block = matches!(tokens.last(), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace);
    if !(is_block && is_impl(&tokens[..tokens.len() - 1])) {
        return Err(tokens.into_iter().collect());
    }
    let Some(TokenTree::Group(block)) = tokens.pop() else { unreachable!("checked above") };
    // The block is dropped here, so that its contents are held once, by the caller.
    Ok((tokens.into_iter().collect(), block.stream()))
}

/// Whether `head`, the tokens before an item's block, is an `impl`'s: past the outer attributes
/// (`#` and a bracketed group each), its leading words (`unsafe`, `default`) reach `impl`.
fn is_impl(head: &[TokenTree]) -> bool {
    let mut rest = head;
    while let [TokenTree::Punct(hash), TokenTree::Group(_), after @ ..] = rest {
        if hash.as_char() != '#' {
            return false;
        }
        rest = after;
    }
    rest.iter().map_while(|t| match t {
        TokenTree::Ident(word) => Some(word),
        _ => None,
    }).any(|word| word == "impl")
}

/// `head` followed by a block holding `contents`.
pub fn with_block(head: &TokenStream, contents: TokenStream) -> TokenStream {
    let mut item = head.clone();
    item.extend(std::iter::once(TokenTree::Group(Group::new(Delimiter::Brace, contents))));
    item
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(tokens: TokenStream) -> (String, Vec<String>) {
        let mut items = items(tokens);
        let inner = std::mem::take(&mut items.inner_attrs).to_string();
        (inner, items.map(|i| i.to_string()).collect())
    }

    #[test]
    fn a_file_is_cut_where_its_items_end() {
        let file: TokenStream = "#![allow(a)] #![doc = \"x\"]
            use a::b;
            #[derive(Debug)] pub struct S { a: u8 }
            pub struct T(u8);
            const C: u8 = { 1 } as u8;
            const D: u8 = if true { 1 } else { 2 };
            const E: S = S { a: 1 }.into();
            type F = G<{ 1 }>;
            m! { x }
            static H: u8 = 1;#[allow(a)] fn h() {}
            impl<T> X for Y where T: Z { fn f() {} }
            fn g() {}"
            .parse()
            .unwrap();
        let (inner, items) = texts(file);
        assert_eq!(inner, "#! [allow (a)] #! [doc = \"x\"]");
        assert_eq!(
            items,
            [
                "use a :: b ;",
                "# [derive (Debug)] pub struct S { a : u8 }",
                "pub struct T (u8) ;",
                "const C : u8 = { 1 } as u8 ;",
                "const D : u8 = if true { 1 } else { 2 } ;",
                "const E : S = S { a : 1 } . into () ;",
                "type F = G < { 1 } >;",
                "m ! { x }",
                "static H : u8 = 1 ;",
                "# [allow (a)] fn h () { }",
                "impl < T > X for Y where T : Z { fn f () { } }",
                "fn g () { }",
            ]
        );
    }

    #[test]
    fn only_an_impl_is_taken_apart() {
        let parts = |s: &str| impl_parts(s.parse().unwrap()).map(|(h, c)| (h.to_string(), c.to_string())).map_err(|t| t.to_string());
        assert_eq!(parts("#[allow(a)] unsafe impl<T> X for Y { fn f() {} }"), Ok(("# [allow (a)] unsafe impl < T > X for Y".into(), "fn f () { }".into())));
        assert_eq!(parts("pub struct S { a: u8 }"), Err("pub struct S { a : u8 }".into()));
        assert_eq!(parts("fn f() -> impl X { 1 }"), Err("fn f () -> impl X { 1 }".into()));
        // The first item after a `#` that is no inner attribute keeps it.
        let (inner, rest) = texts("#![allow(a)] #[allow(b)] fn f() {} #".parse().unwrap());
        assert_eq!((inner.as_str(), rest), ("#! [allow (a)]", vec!["# [allow (b)] fn f () { }".to_string(), "#".to_string()]));
    }
}
