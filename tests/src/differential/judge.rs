//! The comparison itself: a JSON Schema validator (the `jsonschema` crate, `format` as an
//! annotation) against the generated decoder, on one value. They must agree on acceptance; an
//! accepted value must encode back to itself; a refusal must name a place the validator names.

use std::collections::{BTreeMap, BTreeSet};

use jsonschema::error::ValidationErrorKind;
use jsonschema::{ValidationError, Validator};
use serde_json::Value;

/// What the generated decoder made of a value.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded {
    /// Accepted, and encoded back to this.
    Accepted(Value),
    /// Refused, with the decoder's problems as (JSON pointer, message).
    Refused(Vec<(String, String)>),
}

/// The verdict on one value.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    Agreed { valid: bool },
    /// A difference the README documents, by its name there.
    Documented(&'static str),
    Disagreed(String),
}

/// JSON Schema's integers have no bound; a generated `integer` field is an `i64` (as every Rust
/// generator makes it), so an integer outside it is refused.
pub const INTEGER_PAST_64_BITS: &str = "an integer outside i64 is refused";
/// An integer written with a zero fraction (`36.0`) is accepted and comes back as `36`: the same
/// number to JSON Schema, other text.
pub const INTEGER_FRACTION: &str = "an integer written as 36.0 comes back as 36";
/// OpenAPI's discriminator decides a union member by the tag's value; JSON Schema ignores it, so a
/// value whose tag names no member can still be valid to it by the shape of some member.
pub const DISCRIMINATOR_DECIDES: &str = "a tag naming no member is refused";
/// A schema with `properties` and no `type` is read as an object; JSON Schema lets any
/// non-object value through it.
pub const PROPERTIES_IMPLY_OBJECT: &str = "properties without a type refuse non-objects";
/// `not` is not checked by the generated code (the generator warns where a schema uses it).
pub const NOT_UNCHECKED: &str = "`not` is not checked";
/// JSON Schema's `oneOf` refuses a value more than one member takes; the generated union takes
/// the member its tag names, or the most specific one.
pub const ONE_OF_PICKS_ONE: &str = "a oneOf value several members take is accepted as one";

/// The validator for a whole JSON Schema document, with `format` an annotation (as the decoder).
pub fn validator(root: &Value) -> Result<Validator, String> {
    jsonschema::options().should_validate_formats(false).build(root).map_err(|e| e.to_string())
}

/// What the judge knows of a value's discriminators: the pointers of the tags (present or
/// missing) with the `$ref` of the member each names, and whether that member's schema refuses
/// the object the tag is in.
pub struct Tags<'a> {
    pub places: &'a BTreeMap<String, Option<String>>,
    pub member_refuses: &'a dyn Fn(&str, &Value) -> bool,
}

/// Judges `decoded`, the decoder's verdict on `value`; `tags` tells of its discriminators;
/// `implied` validates the schema as the generator reads it where that differs
/// ([`super::implied_types`]).
pub fn judge(validator: &Validator, implied: Option<&Validator>, value: &Value, decoded: &Decoded, tags: &Tags<'_>) -> Finding {
    let valid = validator.is_valid(value);
    // A problem the README documents: at an integer past i64, or at a discriminator's tag.
    let documented = |at: &str| {
        if value.pointer(at).is_some_and(past_64_bits) {
            Some(INTEGER_PAST_64_BITS)
        } else if tags.places.contains_key(at) {
            Some(DISCRIMINATOR_DECIDES)
        } else {
            None
        }
    };
    match decoded {
        Decoded::Accepted(back) if valid => {
            if back == value {
                Finding::Agreed { valid }
            } else if json_equal(back, value) {
                Finding::Documented(INTEGER_FRACTION)
            } else {
                Finding::Disagreed(format!("changed on the way through: came back as {back}"))
            }
        }
        Decoded::Accepted(back) => {
            let only = |f: fn(&ValidationErrorKind) -> bool| validator.iter_errors(value).all(|e| f(e.kind()));
            if only(|k| matches!(k, ValidationErrorKind::OneOfMultipleValid { .. })) && json_equal(back, value) {
                Finding::Documented(ONE_OF_PICKS_ONE)
            } else if only(|k| matches!(k, ValidationErrorKind::Not { .. })) && json_equal(back, value) {
                Finding::Documented(NOT_UNCHECKED)
            } else {
                Finding::Disagreed(format!("accepted, but the validator refuses it: {}", validator_says(validator, value)))
            }
        }
        Decoded::Refused(issues) if issues.is_empty() => Finding::Disagreed("refused without naming a problem".to_string()),
        Decoded::Refused(issues) => {
            let excused: Vec<&'static str> = issues.iter().filter_map(|(at, _)| documented(at)).collect();
            if valid {
                // A tag that names a member decides the member, even where another member's shape
                // would take the value: a problem inside that union's object is the tag's doing
                // when the named member's own schema refuses the object too.
                let decided_by_tag = |at: &str| {
                    tags.places.iter().any(|(tag, member)| {
                        let Some((union, _)) = tag.rsplit_once('/') else { return false };
                        at.starts_with(union)
                            && member.as_deref().is_some_and(|m| value.pointer(union).is_some_and(|object| (tags.member_refuses)(m, object)))
                    })
                };
                let implied_named = implied.filter(|v| !v.is_valid(value)).map(|v| named_places(v, value)).unwrap_or_default();
                return match excused.first() {
                    Some(which) if excused.len() == issues.len() => Finding::Documented(which),
                    _ if issues.iter().all(|(at, _)| documented(at).is_some() || decided_by_tag(at)) => Finding::Documented(DISCRIMINATOR_DECIDES),
                    _ if !implied_named.is_empty() && issues.iter().all(|(at, _)| documented(at).is_some() || implied_named.contains(at)) => {
                        Finding::Documented(PROPERTIES_IMPLY_OBJECT)
                    }
                    _ => Finding::Disagreed(format!("refused, but the validator accepts it: {}", describe(issues))),
                };
            }
            let mut named = named_places(validator, value);
            if let Some(implied) = implied {
                named.extend(named_places(implied, value));
            }
            let unnamed: Vec<(String, String)> = issues.iter().filter(|(at, _)| !named.contains(at) && documented(at).is_none()).cloned().collect();
            if !unnamed.is_empty() {
                Finding::Disagreed(format!(
                    "refused at places the validator does not name: {}; it names {:?}: {}",
                    describe(&unnamed),
                    named,
                    validator_says(validator, value)
                ))
            } else if issues.iter().any(|(at, _)| named.contains(at)) {
                Finding::Agreed { valid }
            } else {
                Finding::Documented(excused[0])
            }
        }
    }
}

/// Equality as JSON Schema defines it: numbers by value (`36` equals `36.0`), objects by their
/// members whatever the order.
pub fn json_equal(a: &Value, b: &Value) -> bool {
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

/// `value` with every integer an `i64` cannot hold replaced by 0, when it has any: a union that
/// falls back from member to member reports its nearest member's problems, not the integer's, so
/// the difference is told apart by judging the value without those integers.
pub fn without_wide_integers(value: &Value) -> Option<Value> {
    fn clamp(v: &mut Value) -> bool {
        match v {
            Value::Array(items) => items.iter_mut().fold(false, |any, x| clamp(x) | any),
            Value::Object(map) => map.values_mut().fold(false, |any, x| clamp(x) | any),
            number if past_64_bits(number) => {
                *number = Value::from(0);
                true
            }
            _ => false,
        }
    }
    let mut out = value.clone();
    clamp(&mut out).then_some(out)
}

/// An integer that an `i64` cannot hold: past its range, or a float too large for it (an integer
/// of more than 64 bits, which `serde_json` reads as the nearest `f64`).
fn past_64_bits(v: &Value) -> bool {
    match v {
        Value::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(_), _, _) => false,
            (None, Some(_), _) => true,
            (None, None, Some(f)) => f.fract() == 0.0 && f.abs() >= i64::MAX as f64,
            _ => false,
        },
        _ => false,
    }
}

fn describe(issues: &[(String, String)]) -> String {
    issues.iter().map(|(at, message)| format!("{at}: {message}")).collect::<Vec<_>>().join("; ")
}

fn validator_says(validator: &Validator, value: &Value) -> String {
    validator.iter_errors(value).map(|e| format!("{} at {}", e, e.instance_path().as_str())).collect::<Vec<_>>().join("; ")
}

/// Every place the validator's errors name, inside union errors too: the instance path of each
/// error, and for a missing or unexpected property the property's own pointer.
pub fn named_places(validator: &Validator, value: &Value) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    for error in validator.iter_errors(value) {
        name(&error, &mut named);
    }
    named
}

fn name(error: &ValidationError<'_>, named: &mut BTreeSet<String>) {
    let at = error.instance_path().as_str().to_string();
    let child = |key: &str| format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
    match error.kind() {
        ValidationErrorKind::Required { property } => {
            if let Some(key) = property.as_str() {
                named.insert(child(key));
            }
        }
        ValidationErrorKind::AdditionalProperties { unexpected } | ValidationErrorKind::UnevaluatedProperties { unexpected } => {
            named.extend(unexpected.iter().map(|k| child(k)));
        }
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } | ValidationErrorKind::OneOfMultipleValid { context } => {
            context.iter().flatten().for_each(|e| name(e, named));
        }
        ValidationErrorKind::PropertyNames { error } => name(error, named),
        _ => {}
    }
    named.insert(at);
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn no_tags() -> Tags<'static> {
        static NONE: BTreeMap<String, Option<String>> = BTreeMap::new();
        Tags { places: &NONE, member_refuses: &|_, _| false }
    }

    fn schema() -> Validator {
        validator(&json!({"type": "object", "required": ["a"], "additionalProperties": false, "properties": {"a": {"type": "integer"}}})).unwrap()
    }

    #[test]
    fn a_refusal_must_name_a_place_the_validator_names() {
        let v = schema();
        let missing = json!({});
        assert_eq!(judge(&v, None, &missing, &Decoded::Refused(vec![("/a".into(), "missing".into())]), &no_tags()), Finding::Agreed { valid: false });
        assert!(matches!(judge(&v, None, &missing, &Decoded::Refused(vec![("/b".into(), "missing".into())]), &no_tags()), Finding::Disagreed(_)));
        let extra = json!({"a": 1, "b": 2});
        assert_eq!(judge(&v, None, &extra, &Decoded::Refused(vec![("/b".into(), "unexpected".into())]), &no_tags()), Finding::Agreed { valid: false });
    }

    #[test]
    fn acceptance_must_agree_and_come_back_unchanged() {
        let v = schema();
        let ok = json!({"a": 1});
        assert_eq!(judge(&v, None, &ok, &Decoded::Accepted(ok.clone()), &no_tags()), Finding::Agreed { valid: true });
        assert!(matches!(judge(&v, None, &ok, &Decoded::Accepted(json!({"a": 2})), &no_tags()), Finding::Disagreed(_)));
        assert!(matches!(judge(&v, None, &json!({}), &Decoded::Accepted(json!({})), &no_tags()), Finding::Disagreed(_)));
        assert!(matches!(judge(&v, None, &ok, &Decoded::Refused(vec![("/a".into(), "no".into())]), &no_tags()), Finding::Disagreed(_)));
        let big = json!({"a": u64::MAX});
        assert_eq!(judge(&v, None, &big, &Decoded::Refused(vec![("/a".into(), "too big".into())]), &no_tags()), Finding::Documented(INTEGER_PAST_64_BITS));
    }
}
