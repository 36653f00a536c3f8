//! Spec prose as rustdoc: code fences marked as text so that rustdoc never compiles them as Rust.

use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc = "..."]` lines for `text`; nothing for empty text.
pub fn doc_attr(text: &str) -> TokenStream {
    if text.trim().is_empty() {
        return quote!();
    }
    let lines = sanitize(text);
    let attrs = lines.iter().map(|l| {
        let l = if l.is_empty() { String::new() } else { format!(" {l}") };
        quote!(#[doc = #l])
    });
    quote!(#(#attrs)*)
}

/// Marks unlabelled fences as `text` and keeps indented blocks from becoming doctests.
pub fn sanitize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
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
        if !in_fence && line.starts_with("    ") {
            // Markdown would read this as an indented code block, and rustdoc as Rust to run.
            out.push(line.trim_start().to_string());
        } else {
            out.push(line.trim_end().to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_become_text() {
        let lines = sanitize("Example:\n\n```\ncurl x\n```\n\n```json\n{}\n```");
        assert_eq!(lines, vec!["Example:", "", "```text", "curl x", "```", "", "```json", "{}", "```"]);
    }
}
