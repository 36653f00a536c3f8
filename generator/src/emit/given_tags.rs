//! Which tagged unions hand their variant the rest of an object without the tag, once the tag has
//! named it: those whose every variant is a struct that holds the tag as the constant that names
//! it (or skips it), and so learns nothing from reading it again.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::model::{Kind, Struct, TypeDef};

/// The unions that skip their tag, and the structs (by Rust name) that then take a missing tag
/// as given, each with the tag's property.
#[derive(Default)]
pub(crate) struct GivenTags {
    unions: BTreeSet<String>,
    variants: BTreeMap<String, String>,
}

/// How a variant's struct treats the tag `property` whose value `key` names it.
enum Takes {
    /// A required constant of that value: read again it would only be compared.
    Constant,
    /// Declared to be read past (a discriminator the union reads and writes).
    Skipped,
}

impl GivenTags {
    pub(crate) fn of(types: &BTreeMap<String, TypeDef>) -> Self {
        // Each union's constant-holding variants, if every variant takes the tag as given.
        let mut candidates: Vec<(&str, &str, Vec<&str>)> = Vec::new();
        for t in types.values() {
            let Kind::Tagged(tagged) = &t.kind else { continue };
            let mut constants = Vec::new();
            let every = tagged.variants.iter().all(|v| match types.get(&v.payload).and_then(|p| takes(p, &tagged.property, &v.key)) {
                Some(Takes::Constant) => {
                    constants.push(v.payload.as_str());
                    true
                }
                Some(Takes::Skipped) => true,
                None => false,
            });
            if every && !tagged.variants.is_empty() {
                candidates.push((&t.name, &tagged.property, constants));
            }
        }
        // A struct is told only that its tag was given, not which: one that two unions tag by
        // different properties keeps reading its tags, and so do those unions.
        let mut properties: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for (_, property, constants) in &candidates {
            for s in constants {
                properties.entry(s).or_default().insert(property);
            }
        }
        let mut given = GivenTags::default();
        for (union, property, constants) in candidates {
            if constants.iter().all(|s| properties[s].len() == 1) {
                given.unions.insert(union.to_string());
                for s in constants {
                    given.variants.insert(s.to_string(), property.to_string());
                }
            }
        }
        given
    }

    /// Whether the union `name` hands its variants the object without a tag written first.
    pub(crate) fn union_skips_tag(&self, name: &str) -> bool {
        self.unions.contains(name)
    }

    /// The tag property the struct `name` takes as given when its union says so.
    pub(crate) fn variant_tag(&self, name: &str) -> Option<&str> {
        self.variants.get(name).map(String::as_str)
    }
}

/// How the payload `t` takes the tag `property` valued `key`, if it can do without reading it:
/// an object type whose other checks do not count the tag among its properties.
fn takes(t: &TypeDef, property: &str, key: &str) -> Option<Takes> {
    let Kind::Struct(s) = &t.kind else { return None };
    if t.nullable || counts_keys(s) {
        return None;
    }
    // A key declared twice is decoded by its first arm: constants come first, then the skipped.
    match s.consts.iter().find(|c| c.json == property) {
        Some(c) if c.required && c.presence_ident.is_none() && c.value == Value::String(key.to_string()) => Some(Takes::Constant),
        Some(_) => None,
        None if s.fields.iter().all(|f| f.json != property) && s.skip.iter().any(|k| k == property) => Some(Takes::Skipped),
        None => None,
    }
}

/// Whether the struct's decoder looks at which keys or how many are present (minProperties,
/// maxProperties, required alternatives), where a tag not handed on would be missed.
fn counts_keys(s: &Struct) -> bool {
    s.min_properties.is_some() || s.max_properties.is_some() || !s.alternatives.is_empty()
}
