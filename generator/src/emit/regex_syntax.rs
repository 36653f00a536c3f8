//! Patterns as specs write them (ECMA-262) to the syntax of the `regex` crate, checked at generation time.

/// Rewrites the ECMA escapes `regex` spells differently; everything else passes through.
pub fn translate(pattern: &str) -> String {
    // `\uXXXX` is the same in both; `\/` (an escaped slash, common in specs) is not valid in `regex`.
    pattern.replace("\\/", "/")
}

/// Compiles a pattern the way the generated code will, so a bad one fails generation, not a request.
pub fn check(pattern: &str) -> Result<(), String> {
    regex::Regex::new(&translate(pattern)).map(|_| ()).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_patterns_compile() {
        check(r"^[^\u0000-\u001f\u007f-\u009f]*$").unwrap();
        check(r"^\S+$").unwrap();
        check(r"^[a-zA-Z0-9-]+$").unwrap();
        assert!(check(r"^(?=lookahead)$").is_err(), "lookaround is not supported by the regex crate");
    }
}
