//! The constraints a schema puts on strings, numbers and arrays, and how they are checked.

/// Constraints of a string schema; lengths count characters, as JSON Schema does.
pub struct StringRules {
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub pattern: Option<&'static Pattern>,
}

/// A `pattern`: an ECMA-262 regular expression, as JSON Schema defines it, compiled on first use.
pub struct Pattern {
    source: &'static str,
    flags: &'static str,
    compiled: std::sync::OnceLock<Compiled>,
}

enum Compiled {
    /// Fixed characters then one class repeated, anchored at both ends (most published patterns):
    /// checked a character at a time, in under a fifth of the instructions the engine takes
    /// (callgrind, on the verify request's password).
    Anchored(crate::pattern_class::Anchored),
    Engine(regress::Regex),
    /// This build's engine refuses the pattern.
    Refused,
}

impl Pattern {
    pub const fn new(source: &'static str, flags: &'static str) -> Self {
        Pattern { source, flags, compiled: std::sync::OnceLock::new() }
    }

    /// The pattern as the spec writes it.
    pub fn source(&self) -> &'static str {
        self.source
    }

    /// Whether `s` matches somewhere (a pattern is not anchored unless it says so). The generator
    /// compiled every pattern it kept; should this build's engine refuse one, it is not checked.
    pub fn is_match(&self, s: &str) -> bool {
        match self.compiled() {
            Compiled::Anchored(anchored) => anchored.is_match(s),
            Compiled::Engine(re) => re.find(s).is_some(),
            Compiled::Refused => true,
        }
    }

    /// Whether the pattern is checked a character at a time rather than by the regular expression
    /// engine (it is fixed characters then one class repeated, anchored at both ends:
    /// `^[a-z0-9-]+$`).
    pub fn is_by_character(&self) -> bool {
        matches!(self.compiled(), Compiled::Anchored(_))
    }

    fn compiled(&self) -> &Compiled {
        self.compiled.get_or_init(|| match crate::pattern_class::Anchored::parse(self.source, self.flags) {
            Some(anchored) => Compiled::Anchored(anchored),
            None => regress::Regex::with_flags(self.source, self.flags).map_or(Compiled::Refused, Compiled::Engine),
        })
    }
}

/// Checks a string against its rules; the message says which rule failed.
pub fn check_string(s: &str, rules: &StringRules) -> Result<(), String> {
    // A character is one to four bytes: when the byte length alone settles both bounds, the
    // characters need no counting (the common case: short strings, generous bounds).
    let settled = rules.max_length.is_none_or(|max| s.len() <= max) && rules.min_length.is_none_or(|min| s.len().div_ceil(4) >= min);
    if !settled {
        let len = s.chars().count();
        if let Some(min) = rules.min_length.filter(|min| len < *min) {
            return Err(format!("must be at least {min} characters long, found {len}"));
        }
        if let Some(max) = rules.max_length.filter(|max| len > *max) {
            return Err(format!("must be at most {max} characters long, found {len}"));
        }
    }
    if let Some(pattern) = rules.pattern {
        if !pattern.is_match(s) {
            return Err(format!("must match the pattern {}", pattern.source()));
        }
    }
    Ok(())
}

/// Bounds of a number schema, compared as `f64`.
pub struct NumberRules {
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    pub multiple_of: Option<f64>,
}

/// A decoded number, as bounds compare it and messages show it.
pub trait Numeric: std::fmt::Display {
    fn to_f64(&self) -> Option<f64>;
}

impl Numeric for i64 {
    fn to_f64(&self) -> Option<f64> {
        Some(*self as f64)
    }
}

impl Numeric for serde_json::Number {
    fn to_f64(&self) -> Option<f64> {
        self.as_f64()
    }
}

/// Checks a number against its bounds; the message says which bound failed.
pub fn check_number<N: Numeric + ?Sized>(n: &N, rules: &NumberRules) -> Result<(), String> {
    let Some(x) = n.to_f64() else { return Ok(()) };
    if let Some(min) = rules.minimum {
        if x < min || (rules.exclusive_minimum && x == min) {
            let rel = if rules.exclusive_minimum { "greater than" } else { "at least" };
            return Err(format!("must be {rel} {min}, found {n}"));
        }
    }
    if let Some(max) = rules.maximum {
        if x > max || (rules.exclusive_maximum && x == max) {
            let rel = if rules.exclusive_maximum { "less than" } else { "at most" };
            return Err(format!("must be {rel} {max}, found {n}"));
        }
    }
    if let Some(step) = rules.multiple_of {
        let ratio = x / step;
        if step != 0.0 && (ratio - ratio.round()).abs() > 1e-9 {
            return Err(format!("must be a multiple of {step}, found {n}"));
        }
    }
    Ok(())
}

/// Constraints of an array schema.
pub struct ArrayRules {
    pub min_items: Option<usize>,
    pub max_items: Option<usize>,
    pub unique_items: bool,
}

impl ArrayRules {
    pub const NONE: ArrayRules = ArrayRules { min_items: None, max_items: None, unique_items: false };

    /// The issue with an array of `n` items, if its length is out of bounds.
    pub fn check_len(&self, n: usize) -> Result<(), String> {
        if let Some(min) = self.min_items.filter(|min| n < *min) {
            return Err(format!("must have at least {min} items, found {n}"));
        }
        if let Some(max) = self.max_items.filter(|max| n > *max) {
            return Err(format!("must have at most {max} items, found {n}"));
        }
        Ok(())
    }
}

/// Equality as JSON Schema defines it: numbers by their value (`1` equals `1.0`), objects whatever
/// the order of their keys.
pub fn json_equal(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64(), x.as_u64(), y.as_u64()) {
            (Some(x), Some(y), _, _) => x == y,
            (_, _, Some(x), Some(y)) => x == y,
            _ => x.as_f64() == y.as_f64(),
        },
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| json_equal(x, y)),
        (Value::Object(x), Value::Object(y)) => x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| json_equal(v, w))),
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_count_characters_whatever_their_bytes() {
        for c in ['a', 'é', '€', '😀'] {
            for n in 0..=6 {
                let s: String = std::iter::repeat_n(c, n).collect();
                for min in [None, Some(0), Some(1), Some(2), Some(5), Some(6), Some(7)] {
                    for max in [None, Some(0), Some(1), Some(5), Some(6), Some(12)] {
                        let rules = StringRules { min_length: min, max_length: max, pattern: None };
                        let within = min.is_none_or(|min| n >= min) && max.is_none_or(|max| n <= max);
                        assert_eq!(check_string(&s, &rules).is_ok(), within, "{s:?} in {min:?}..{max:?}");
                    }
                }
            }
        }
    }
}
