//! The typed description of every schema type the spec needs: what emit turns into Rust.

use serde_json::Value;

/// How a value is held in Rust, where it is used (a field, an item, a parameter).
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    String(StringRules),
    Integer,
    /// `type: number`, kept as written (`-7` stays an integer literal, `1.5` a float).
    Number,
    Boolean,
    /// Any JSON value (`{}`, or a schema with no type).
    Any,
    /// An object with no declared properties.
    FreeObject,
    Array(Box<Ty>, ArrayRules),
    Map(Box<Ty>),
    /// A number or integer with bounds (`minimum`, `maximum`, exclusive or not, `multipleOf`).
    Bounded(Box<Ty>, NumberRules),
    /// A type defined in [`TypeDef`]s, by its Rust name.
    Named(String),
    Nullable(Box<Ty>),
}

impl Ty {
    /// Whether decoding needs more than the type's own `Decode`: inline constraints somewhere inside.
    pub fn has_rules(&self) -> bool {
        match self {
            Ty::String(r) => !r.is_empty(),
            Ty::Array(item, r) => !r.is_empty() || item.has_rules(),
            Ty::Map(item) | Ty::Nullable(item) => item.has_rules(),
            Ty::Bounded(..) => true,
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct StringRules {
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub pattern: Option<String>,
}

impl StringRules {
    pub fn is_empty(&self) -> bool {
        self.min_length.is_none() && self.max_length.is_none() && self.pattern.is_none()
    }
}

/// Bounds of a number, as the spec writes them (3.0's boolean exclusive flags already resolved).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NumberRules {
    pub minimum: Option<serde_json::Number>,
    pub maximum: Option<serde_json::Number>,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    pub multiple_of: Option<serde_json::Number>,
}

impl NumberRules {
    pub fn is_empty(&self) -> bool {
        self.minimum.is_none() && self.maximum.is_none() && self.multiple_of.is_none()
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArrayRules {
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub unique_items: bool,
}

impl ArrayRules {
    pub fn is_empty(&self) -> bool {
        self.min_items.is_none() && self.max_items.is_none() && !self.unique_items
    }
}

/// One named Rust type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    pub name: String,
    /// The schema's name under `components/schemas`, when it has one.
    pub schema_name: Option<String>,
    /// Where the schema is in the (normalized) document.
    pub pointer: String,
    pub doc: Option<String>,
    pub kind: Kind,
    /// The schema allows `null` too: every use is `Option<T>` (see `schema::nullable_named`).
    pub nullable: bool,
}

#[derive(Debug, Clone)]
pub enum Kind {
    Struct(Struct),
    /// A string enum: the JSON values, each with its variant name.
    Enum(Vec<(String, String)>),
    /// A string (or array) with constraints, checked whenever one is made.
    Newtype(Ty),
    /// A plain Rust type under another name.
    Alias(Ty),
    /// `oneOf`/`anyOf` with a discriminator.
    Tagged(Tagged),
    /// `oneOf`/`anyOf` without one: the variant is chosen from the value's shape.
    Keyed(Keyed),
}

#[derive(Debug, Clone, Default)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// Properties with exactly one allowed value: checked on decode, written on encode, not stored.
    pub consts: Vec<ConstProp>,
    /// `additionalProperties: false`.
    pub closed: bool,
    /// For open objects: the field that keeps undeclared properties, and their schema.
    pub extra: Option<(String, Ty)>,
    /// Property names to ignore on decode (a discriminator the enclosing union reads and writes).
    pub skip: Vec<String>,
    /// Properties whose schema is `false`: declared, so never "additional", but never allowed.
    pub forbidden: Vec<String>,
    /// `minProperties` and `maxProperties`: how many properties the object may have.
    pub min_properties: Option<u64>,
    pub max_properties: Option<u64>,
    /// Which properties must be present together: `anyOf`/`oneOf` of `required` lists.
    pub alternatives: Vec<Alternatives>,
}

/// An `anyOf` (or `oneOf`) whose members only list required properties, beside the object's own
/// properties: not a union of shapes but a rule on which properties are present. The object
/// holds every name of at least one list (of exactly one, for `oneOf`).
#[derive(Debug, Clone, PartialEq)]
pub struct Alternatives {
    pub exactly_one: bool,
    pub sets: Vec<Vec<String>>,
}

impl Alternatives {
    /// The rule of `schema`'s `anyOf`/`oneOf`, when every member of it only lists required names.
    pub fn of(schema: &serde_json::Value) -> Option<Alternatives> {
        let (key, exactly_one) = match (schema.get("anyOf"), schema.get("oneOf")) {
            (Some(_), None) => ("anyOf", false),
            (None, Some(_)) => ("oneOf", true),
            _ => return None,
        };
        let members = schema.get(key)?.as_array()?;
        let sets = members
            .iter()
            .map(|m| {
                let keys = m.as_object()?;
                keys.keys().all(|k| k == "required" || crate::normalize::is_annotation(k)).then_some(())?;
                Some(keys.get("required")?.as_array()?.iter().filter_map(|n| n.as_str().map(str::to_string)).collect())
            })
            .collect::<Option<Vec<Vec<String>>>>()?;
        (!sets.is_empty()).then_some(Alternatives { exactly_one, sets })
    }
}

#[derive(Debug, Clone)]
pub struct Field {
    pub json: String,
    pub ident: String,
    pub ty: Ty,
    pub required: bool,
    pub doc: Option<String>,
    /// Held in a `Box`: the field's type contains the struct itself (a recursive schema).
    pub boxed: bool,
}

#[derive(Debug, Clone)]
pub struct ConstProp {
    pub json: String,
    pub value: Value,
    pub required: bool,
    /// For an optional constant, the `bool` field that says whether it was present.
    pub presence_ident: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Tagged {
    pub property: String,
    pub variants: Vec<TaggedVariant>,
}

#[derive(Debug, Clone)]
pub struct TaggedVariant {
    pub key: String,
    pub ident: String,
    /// The payload type's Rust name.
    pub payload: String,
    /// Whether the payload writes the tag itself (its schema holds the tag as a constant).
    pub payload_writes_tag: bool,
    /// The payload is a union of the members that share this tag value.
    pub shared: bool,
    pub doc: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Keyed {
    pub variants: Vec<KeyedVariant>,
    /// Human-readable rule, put in the type's rustdoc.
    pub rule: String,
}

#[derive(Debug, Clone)]
pub struct KeyedVariant {
    pub ident: String,
    pub payload: Ty,
    /// JSON type bits the variant accepts (see the runtime's `json_type`).
    pub types: u8,
    pub required: Vec<String>,
    pub known: Vec<String>,
    pub closed: bool,
    /// Properties with exactly one allowed value, and that value: present with another value, the
    /// object is not this variant; present with it, the variant is preferred over any without.
    pub tags: Vec<(String, Value)>,
    /// The members this variant stands for (several when their shapes are identical).
    pub stands_for: Vec<String>,
    pub doc: Option<String>,
}

pub mod json_type {
    pub const NULL: u8 = 1;
    pub const BOOLEAN: u8 = 2;
    pub const INTEGER: u8 = 4;
    pub const NUMBER: u8 = 8;
    pub const STRING: u8 = 16;
    pub const ARRAY: u8 = 32;
    pub const OBJECT: u8 = 64;
    pub const ANY: u8 = 127;
}
