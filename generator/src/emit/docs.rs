//! Spec prose as rustdoc: code fences marked as text so that rustdoc never compiles them as Rust.

use proc_macro2::TokenStream;
use quote::quote;

use super::rust_types::text_literal;

/// `#[doc = "..."]` lines for `text`; nothing for empty text.
pub fn doc_attr(text: &str) -> TokenStream {
    if text.trim().is_empty() {
        return quote!();
    }
    let lines = sanitize(text);
    let attrs = lines.iter().map(|l| {
        let l = if l.is_empty() { String::new() } else { format!(" {l}") };
        let l = text_literal(&l);
        quote!(#[doc = #l])
    });
    quote!(#(#attrs)*)
}

/// The width of a list item's marker with its indentation (`- `, `  * `, `10. `), for a line
/// that starts one.
fn list_item(line: &str) -> Option<usize> {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    if ["- ", "* ", "+ "].iter().any(|m| trimmed.starts_with(m)) {
        return Some(indent + 2);
    }
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && trimmed[digits..].starts_with(". ")).then_some(indent + digits + 2)
}

/// Marks unlabelled fences as `text`, keeps indented blocks from becoming doctests, and indents
/// the lines that continue a list item (Markdown reads them as part of it; rustdoc wants them
/// indented to say so).
pub fn sanitize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    let mut list: Option<usize> = None;
    for line in text.trim_end().lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            if !in_fence && trimmed.trim_end() == "```" {
                out.push(format!("{}```text", &line[..line.len() - trimmed.len()]));
            } else {
                out.push(line.to_string());
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.trim_end().to_string());
            continue;
        }
        if line.trim().is_empty() {
            list = None;
            out.push(String::new());
            continue;
        }
        if let Some(width) = list_item(line) {
            list = Some(width);
            out.push(line.trim_end().to_string());
            continue;
        }
        let line = if line.starts_with("    ") {
            // Markdown would read this as an indented code block, and rustdoc as Rust to run.
            line.trim_start()
        } else {
            line
        };
        match list {
            Some(width) => out.push(format!("{}{}", " ".repeat(width), line.trim())),
            None => out.push(line.trim_end().to_string()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_continuations_are_indented() {
        let lines = sanitize("Items:\n- one\ncontinued\n10. ten\nmore\n\nAfter.");
        assert_eq!(lines, vec!["Items:", "- one", "  continued", "10. ten", "    more", "", "After."]);
    }

    #[test]
    fn fences_become_text() {
        let lines = sanitize("Example:\n\n```\ncurl x\n```\n\n```json\n{}\n```");
        assert_eq!(lines, vec!["Example:", "", "```text", "curl x", "```", "", "```json", "{}", "```"]);
    }
}
