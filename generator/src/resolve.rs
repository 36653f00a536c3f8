//! Stage 2, resolve: every `$ref` of the document points somewhere, locally, without a cycle.

use std::collections::HashSet;
use std::fmt::Write;

use serde_json::Value;

use crate::error::Error;
use crate::load::{escape_token, push_token, unescape_token, Document, Pointer};

/// The value at an RFC 6901 pointer.
pub fn get<'a>(root: &'a Value, pointer: &str) -> Option<&'a Value> {
    root.lookup(pointer)
}

/// The JSON pointer a local `$ref` (`#/...`) names, percent-decoded; `None` for a non-local one.
pub fn ref_pointer(reference: &str) -> Option<String> {
    let fragment = reference.strip_prefix('#')?;
    Some(percent_decode(fragment))
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The component name a `#/components/schemas/Name` reference names.
pub fn schema_name(reference: &str) -> Option<String> {
    let pointer = ref_pointer(reference)?;
    let name = pointer.strip_prefix("/components/schemas/")?;
    (!name.contains('/')).then(|| unescape_token(name).into_owned())
}

/// Keys under which a document holds data, not more of the document: no `$ref` there is a reference.
fn is_data_key(key: &str) -> bool {
    matches!(key, "example" | "value" | "default" | "enum" | "const" | "examples") || key.starts_with("x-")
}

/// Checks every reference of the document: local, pointing at something, and not a chain that
/// comes back to where it started.
pub fn check_refs(doc: &Document, root: &Value) -> Result<(), Error> {
    let mut refs = Vec::new();
    collect_refs(root, &mut String::new(), false, &mut refs);
    for (at, target) in &refs {
        let Some(pointer) = ref_pointer(target) else {
            return Err(Error::ExternalRef { at: doc.at(at), target: target.clone() });
        };
        if get(root, &pointer).is_none() {
            return Err(Error::DanglingRef { at: doc.at(at), target: target.clone() });
        }
        follow_chain(doc, root, at, target)?;
    }
    Ok(())
}

/// Follows `$ref` to `$ref` until a node that is not a bare reference; a repeat is a cycle.
fn follow_chain(doc: &Document, root: &Value, at: &str, first: &str) -> Result<(), Error> {
    let mut seen = HashSet::new();
    let mut chain = vec![first.to_string()];
    let mut target = first.to_string();
    loop {
        if !seen.insert(target.clone()) {
            return Err(Error::RefCycle { at: doc.at(at), chain: chain.join(" -> ") });
        }
        let pointer = ref_pointer(&target).unwrap_or_default();
        match get(root, &pointer).and_then(|v| v.get("$ref")).and_then(Value::as_str) {
            Some(next) => {
                if ref_pointer(next).is_none_or(|p| get(root, &p).is_none()) {
                    // Reported on its own when collect_refs reaches it.
                    return Ok(());
                }
                chain.push(next.to_string());
                target = next.to_string();
            }
            None => return Ok(()),
        }
    }
}

/// Maps whose keys are names the document chooses (a property called `value` or `example`), not
/// keywords: under them no key is data.
fn is_name_map(key: &str) -> bool {
    matches!(
        key,
        "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas" | "schemas" | "responses" | "parameters"
            | "headers" | "requestBodies" | "securitySchemes" | "links" | "callbacks" | "paths" | "content" | "variables" | "pathItems"
    )
}

/// Collects every `$ref` under `v`, at `at`. One buffer holds the pointer, each token pushed on
/// the way down and cut on the way back: every node of the document is visited, and only the
/// references need their pointer kept.
fn collect_refs(v: &Value, at: &mut String, names: bool, out: &mut Vec<(String, String)>) {
    let outer = at.len();
    match v {
        Value::Object(map) => {
            if let (false, Some(Value::String(r))) = (names, map.get("$ref")) {
                out.push((at.clone(), r.clone()));
            }
            for (k, x) in map {
                if names {
                    push_token(at, k);
                    collect_refs(x, at, false, out);
                    at.truncate(outer);
                    continue;
                }
                if is_data_key(k) && !(k == "examples" && x.is_object()) {
                    continue;
                }
                if k == "examples" {
                    // A map of Example Objects: each may be a `$ref`, its `value` is data.
                    if let Value::Object(examples) = x {
                        for (name, ex) in examples {
                            if let Some(Value::String(r)) = ex.get("$ref") {
                                out.push((format!("{at}/examples/{}", escape_token(name)), r.clone()));
                            }
                        }
                    }
                    continue;
                }
                push_token(at, k);
                collect_refs(x, at, is_name_map(k), out);
                at.truncate(outer);
            }
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                let _ = write!(at, "/{i}");
                collect_refs(x, at, false, out);
                at.truncate(outer);
            }
        }
        _ => {}
    }
}

/// Follows references from `v` to the node they end at, with that node's pointer.
pub fn deref<'a>(root: &'a Value, v: &'a Value, pointer: &str) -> (&'a Value, String) {
    let mut node = v;
    let mut at = pointer.to_string();
    for _ in 0..64 {
        let Some(next) = node.get("$ref").and_then(Value::as_str).and_then(ref_pointer) else { break };
        match get(root, &next) {
            Some(target) => {
                node = target;
                at = next;
            }
            None => break,
        }
    }
    (node, at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load;

    fn lined(doc: &Document, mut err: Error) -> Error {
        doc.fill_lines(&mut err.locations_mut());
        err
    }

    #[test]
    fn dangling_ref_names_the_place() {
        let (doc, root) = load("d.yaml", "a:\n  b:\n    $ref: '#/nowhere'\n").unwrap();
        let err = lined(&doc, check_refs(&doc, &root).unwrap_err()).to_string();
        assert_eq!(err, "d.yaml:2 at #/a/b: `$ref` to `#/nowhere` points at nothing in this document");
    }

    #[test]
    fn ref_cycle_is_reported_not_overflowed() {
        let (doc, root) = load("c.yaml", "A:\n  $ref: '#/B'\nB:\n  $ref: '#/A'\n").unwrap();
        let err = check_refs(&doc, &root).unwrap_err().to_string();
        assert!(err.contains("cycle: #/B -> #/A -> #/B"), "{err}");
    }

    #[test]
    fn refs_inside_examples_are_data() {
        let (doc, root) = load("e.yaml", "x:\n  example:\n    $ref: nope\n  examples:\n    one:\n      value:\n        $ref: nope\n").unwrap();
        check_refs(&doc, &root).unwrap();
    }

    #[test]
    fn properties_named_like_keywords_are_still_checked() {
        let (doc, root) = load("p.yaml", "S:\n  properties:\n    value:\n      $ref: '#/gone'\n    example:\n      type: string\n").unwrap();
        let err = lined(&doc, check_refs(&doc, &root).unwrap_err()).to_string();
        assert!(err.starts_with("p.yaml:3 at #/S/properties/value:"), "{err}");
    }

    #[test]
    fn percent_encoded_pointers_decode() {
        assert_eq!(ref_pointer("#/paths/~1a%7Bb%7D").unwrap(), "/paths/~1a{b}");
        assert_eq!(schema_name("#/components/schemas/Foo").unwrap(), "Foo");
        assert_eq!(schema_name("other.yaml#/components/schemas/Foo"), None);
    }
}
