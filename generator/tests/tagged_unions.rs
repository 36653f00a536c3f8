//! Which tagged unions hand a variant its object without the tag once the tag named it: only
//! those whose every variant holds the tag as the constant that names it, with nothing that
//! counts the object's keys, and is told of its given tag by one union's property only; and
//! which properties a tagged union holds as values when they come before the tag.

use generator::{generate, Settings, SpecSource};

const SPEC: &str = include_str!("fixtures/given-tags/spec.yaml");

/// The block that starts with `head` (an impl's first line), from the generated types.
fn block<'a>(types: &'a str, head: &str) -> &'a str {
    let start = types.find(head).unwrap_or_else(|| panic!("no `{head}`"));
    let end = types[start..].find("\n}\n").map_or(types.len(), |e| start + e);
    &types[start..end]
}

#[test]
fn a_union_skips_its_tag_only_where_every_variant_can_do_without_it() {
    let out = generate(&[SpecSource { path: "openapi/t.yaml".into(), text: SPEC.into() }], &Settings::default()).unwrap();
    let types = &out.files["generated-client/src/t/types.rs"];
    let skips = |name: &str| {
        let block = block(types, &format!("impl runtime::Tagged for {name} {{"));
        let skips = block.contains("const TAG_IS_CONSTANT: bool = true;");
        assert_eq!(skips, block.contains("runtime::decode_tagged_variant("), "{block}");
        skips
    };
    // Every variant holds `kind` as the constant of its tag value.
    assert!(skips("Plain"));
    // `Many` counts its properties (minProperties): the tag is one of them.
    assert!(!skips("Counted"));
    // `Both` is tagged by `kind` in one union and by `form` in another; told only that its tag
    // was given, it could not say which: it reads its tags, and both unions hand them on.
    assert!(!skips("ByForm") && !skips("ByKind"));
    for (name, takes) in [("A", true), ("B", true), ("Many", false), ("Both", false), ("Round", false)] {
        let block = block(types, &format!("impl runtime::DecodeMap for {name} {{"));
        assert_eq!(block.contains("fn decode_variant_map"), takes, "{block}");
        assert_eq!(block.contains("|| tag_given"), takes, "{block}");
    }
}

/// A union whose variants type their shared properties as scalars or not.
const SCALARS: &str = r#"
openapi: 3.1.0
info: {title: T, version: '1'}
paths: {}
components:
  schemas:
    Held:
      oneOf: [{$ref: '#/components/schemas/V1'}, {$ref: '#/components/schemas/V2'}]
      discriminator: {propertyName: t}
    V1:
      type: object
      required: [t]
      properties:
        t: {const: V1}
        id: {type: string}
        n: {type: integer, minimum: 0}
        e: {$ref: '#/components/schemas/Level'}
        when: {type: [string, 'null'], format: date-time}
        obj: {type: object}
        list: {type: array, items: {type: string}}
        mixed: {type: string}
        fixed: {const: [1]}
    V2:
      type: object
      required: [t]
      properties:
        t: {const: V2}
        id: {type: string, maxLength: 5}
        code: {$ref: '#/components/schemas/Code'}
        mixed: {type: object}
    Level: {type: string, enum: [low, high]}
    Code: {type: string, pattern: '^[a-z]+$'}
"#;

#[test]
fn a_union_holds_as_values_the_properties_every_variant_declaring_them_types_as_scalars() {
    let out = generate(&[SpecSource { path: "openapi/t.yaml".into(), text: SCALARS.into() }], &Settings::default()).unwrap();
    let types = &out.files["generated-client/src/t/types.rs"];
    let block = block(types, "impl runtime::Tagged for Held {");
    let holds = block.split("fn holds_scalar(key: &str) -> bool {").nth(1).and_then(|b| b.split(')').next()).unwrap_or_else(|| panic!("{block}"));
    // The quoted names in `matches!(key, "a" | "b")`: every other piece between quotes.
    let keys: Vec<&str> = holds.split('"').skip(1).step_by(2).collect();
    // Strings (with rules, under a name, nullable), integers and string enums; not the tag, an
    // object, an array, a constant array, or a property one variant types as an object.
    assert_eq!(keys, ["code", "e", "id", "n", "when"], "{block}");
}
