//! Patterns as JSON Schema defines them: ECMA-262 regular expressions, compiled by `regress` (an
//! ECMAScript engine) at generation time exactly as the generated code will compile them.

/// The flags a pattern compiles with: Unicode mode, as JSON Schema asks, else the plain mode that
/// accepts the identity escapes (`\-`, `\/`) published patterns often use.
pub fn flags(pattern: &str) -> Result<&'static str, String> {
    match regress::Regex::with_flags(pattern, "u") {
        Ok(_) => Ok("u"),
        Err(unicode) => match regress::Regex::new(pattern) {
            Ok(_) => Ok(""),
            Err(_) => Err(unicode.to_string()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(pattern: &str, text: &str) -> bool {
        regress::Regex::with_flags(pattern, flags(pattern).unwrap()).unwrap().find(text).is_some()
    }

    #[test]
    fn ecma_patterns_compile_and_match_as_ecma_says() {
        assert_eq!(flags(r"^[^\u0000-\u001f\u007f-\u009f]*$"), Ok("u"));
        assert_eq!(flags(r"^\S+$"), Ok("u"));
        // Look-ahead, which the `regex` crate refuses, is ECMA-262.
        assert!(matches(r"^(?=.{1,1024}$).+\|.+$", "client|123"));
        assert!(!matches(r"^(?=.{1,5}$).+\|.+$", "client|123"));
        // Identity escapes outside Unicode mode.
        assert_eq!(flags(r"^a\-b\/c$"), Ok(""));
        assert!(matches(r"^a\-b\/c$", "a-b/c"));
        // A pattern is a search, not a whole-string match, unless it anchors itself.
        assert!(matches("b", "abc"));
        assert!(flags("(unclosed").is_err());
    }
}
