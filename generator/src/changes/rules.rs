//! The rules of the change report: for each kind of change, whom it breaks on each side of the
//! wire, and why, as the generated Rust makes it. The README's table is this list.

/// Whom a change breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Breaks {
    /// Code that uses the generated client or types: it stops compiling, or starts failing at run
    /// time on answers it used to accept (or on requests the server used to take).
    pub callers: bool,
    /// Code that implements the generated server traits: it stops compiling, or receives requests
    /// its code never had to handle.
    pub implementers: bool,
}

pub const NONE: Breaks = Breaks { callers: false, implementers: false };
pub const CALLERS: Breaks = Breaks { callers: true, implementers: false };
pub const IMPLEMENTERS: Breaks = Breaks { callers: false, implementers: true };
pub const BOTH: Breaks = Breaks { callers: true, implementers: true };

impl Breaks {
    pub fn or(self, other: Breaks) -> Breaks {
        Breaks { callers: self.callers || other.callers, implementers: self.implementers || other.implementers }
    }

    pub fn any(self) -> bool {
        self.callers || self.implementers
    }
}

/// One rule. A schema is on the request side when callers write it and the server reads it (a
/// request body, a parameter), on the response side when the server writes it and callers read
/// it; a schema no operation reaches counts as both. Operation-level rules have one effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    /// What changed, in a few words.
    pub what: &'static str,
    pub request: Breaks,
    pub response: Breaks,
    /// Why, as the generated code makes it; says where the verdict depends on how we generate.
    pub why: &'static str,
    /// Only informational: examples, documentation.
    pub info: bool,
}

const fn rule(id: &'static str, what: &'static str, request: Breaks, response: Breaks, why: &'static str) -> Rule {
    Rule { id, what, request, response, why, info: false }
}

/// A rule whose effect does not depend on the side.
const fn op(id: &'static str, what: &'static str, breaks: Breaks, why: &'static str) -> Rule {
    Rule { id, what, request: breaks, response: breaks, why, info: false }
}

const fn info(id: &'static str, what: &'static str, why: &'static str) -> Rule {
    Rule { id, what, request: NONE, response: NONE, why, info: true }
}

pub const RULES: &[Rule] = &[
    // Files.
    op("file-renamed", "spec file renamed", BOTH, "the generated modules are named after the file (`openapi/pet-store.yaml` is `generated_client::pet_store`)"),
    // Operations.
    op("operation-added", "operation added", IMPLEMENTERS, "the tag's server trait gains a method that every implementation must write; the client only gains one"),
    op("operation-removed", "operation removed", BOTH, "the client method is gone; implementations keep a method the trait no longer declares"),
    op("operation-id-changed", "operationId changed", BOTH, "the client method and the trait method are named after it"),
    op("operation-path-changed", "path or method changed (same operationId)", CALLERS, "clients built from the old document call an address the server no longer answers; the generated router follows the document"),
    op("success-status-added", "success status added", CALLERS, "old clients meet a success status they have no type for (or the per-status answer enum gains a variant that exhaustive matches lack)"),
    op("error-status-added", "error status added", NONE, "old clients still see an error; new ones get it typed"),
    op("success-status-removed", "success status removed", IMPLEMENTERS, "implementations that answer with that status no longer compile (its response variant is gone); callers never meet it again"),
    op("error-status-removed", "error status removed", IMPLEMENTERS, "implementations that answer with that status no longer compile (its response variant is gone)"),
    op("response-body-added", "response body added to a status that had none", BOTH, "the status's response variant gains a value: implementations constructing it and callers reading it change"),
    op("response-body-removed", "response body removed", BOTH, "the status's response variant loses its value"),
    op("parameter-added-required", "required parameter added", CALLERS, "the client method takes one more argument (progenitor's positional style), and requests without it are refused"),
    op("parameter-added-optional", "optional parameter added", CALLERS, "the client method takes one more argument (`Option<T>`, progenitor's positional style); with a builder style this would be compatible"),
    op("parameter-removed", "parameter removed", BOTH, "the client method loses an argument; the request struct implementations read loses a field"),
    op("parameter-made-required", "parameter made required", BOTH, "its argument and request field change from `Option<T>` to `T`, and requests without it are refused"),
    op("parameter-made-optional", "parameter made optional", BOTH, "its argument and request field change from `T` to `Option<T>`"),
    op("parameter-reordered", "parameters reordered", CALLERS, "the client method takes its arguments in the document's order (positional style)"),
    op("request-body-added", "request body added", CALLERS, "the client method takes one more argument, and requests without the body are refused when it is required"),
    op("request-body-removed", "request body removed", BOTH, "the client method loses its body argument; the request struct loses its body"),
    op("request-body-made-required", "request body made required", BOTH, "requests without a body are refused, and the body's Rust type loses its `Option`"),
    op("request-body-made-optional", "request body made optional", IMPLEMENTERS, "the body implementations read becomes an `Option`"),
    op("media-type-changed", "body media type changed", BOTH, "the client sends and expects another `Content-Type`; the router accepts another one"),
    // Security.
    op("security-added", "authentication required where none was", CALLERS, "requests without credentials are now refused"),
    op("security-removed", "authentication no longer required", NONE, "requests with credentials are still taken"),
    op("security-requirement-removed", "a security requirement no longer accepted", CALLERS, "callers that satisfied only that requirement are refused"),
    op("security-requirement-added", "another security requirement accepted", NONE, "one more way to authenticate; the old ones still work"),
    op("scope-added", "scope added to a requirement", CALLERS, "tokens without the new scope are refused"),
    op("scope-removed", "scope removed from a requirement", NONE, "tokens with it are still taken"),
    op("security-scheme-added", "security scheme added", NONE, "nothing uses it until a requirement names it (reported apart)"),
    op("security-scheme-removed", "security scheme removed", CALLERS, "credentials of that kind are no longer documented"),
    op("security-scheme-changed", "security scheme changed (type, location, flows)", BOTH, "credentials are sent or read another way"),
    // Servers.
    op("server-url-changed", "first server URL changed", CALLERS, "the generated client's default base URL (and the base path the router is mounted at) follows the first server"),
    op("server-added", "server added", NONE, "another address, documented"),
    op("server-removed", "server removed (not the first)", NONE, "the generated code uses only the first server"),
    // Schemas: types.
    rule("schema-added", "component schema added", NONE, NONE, "a new type; nothing that compiled uses it"),
    rule("schema-removed", "component schema removed", BOTH, BOTH, "the generated type is gone from the crate that downstream code imports"),
    rule("type-changed", "type changed", BOTH, BOTH, "the Rust type of the value changes, and values of the old type are refused"),
    rule("type-renamed", "Rust type renamed (same place, another schema)", BOTH, BOTH, "code that names the type stops compiling; the shapes are compared as well"),
    rule("nullable-added", "null allowed", BOTH, BOTH, "the value becomes `Option<T>`; on the response side old clients refuse `null`"),
    rule("nullable-removed", "null no longer allowed", BOTH, BOTH, "the value loses its `Option`; on the request side `null` is refused"),
    // Schemas: properties.
    rule("property-added-required", "required property added", CALLERS, IMPLEMENTERS, "the struct's `new` takes one more argument, so whoever writes the value (callers for requests, implementations for responses) stops compiling, and requests without it are refused; readers are not affected"),
    rule("property-added-optional", "optional property added", NONE, NONE, "generated structs are `#[non_exhaustive]` and built with `new` from the required properties, so a new optional field breaks no one who builds or reads the value (with exhaustive structs and public fields, every struct literal would stop compiling)"),
    rule("property-added-to-closed", "property added to a closed object (`additionalProperties: false`)", NONE, CALLERS, "on the response side old clients refuse the property they do not know; on the request side old clients never send it"),
    rule("property-removed", "property removed", BOTH, BOTH, "the struct loses a field that writers set and readers read"),
    rule("property-made-required", "property made required", BOTH, BOTH, "the field changes from `Option<T>` to `T`; on the request side values without it are refused"),
    rule("property-made-optional", "property made optional", BOTH, BOTH, "the field changes from `T` to `Option<T>`; on the response side old clients refuse values without it"),
    rule("additional-properties-closed", "`additionalProperties: false` added", BOTH, BOTH, "the field that kept undeclared properties is gone; on the request side values with them are refused"),
    rule("additional-properties-opened", "`additionalProperties: false` removed", NONE, CALLERS, "on the response side old clients refuse the undeclared properties they may now get; the struct gains a field for them, which `#[non_exhaustive]` makes compatible for code that builds the value"),
    rule("const-changed", "constant property changed", BOTH, BOTH, "values with the old constant are refused"),
    // Schemas: values.
    rule("enum-value-added", "enum value added", IMPLEMENTERS, CALLERS, "the enum gains a variant: readers' exhaustive matches stop compiling, and on the response side old clients refuse the value (generated enums are exhaustive: `#[non_exhaustive]` would not help old decoders)"),
    rule("enum-value-removed", "enum value removed", BOTH, BOTH, "the variant is gone: code that writes or matches it stops compiling"),
    rule("constraint-tightened", "constraint tightened (length, pattern, bounds, items, properties)", CALLERS, IMPLEMENTERS, "on the request side the server refuses values it took; on the response side values implementations answered with leave the contract"),
    rule("constraint-loosened", "constraint loosened", NONE, CALLERS, "on the response side old clients refuse values they now may get; on the request side the server takes more"),
    rule("constraint-changed", "constraint changed both ways", BOTH, BOTH, "some values the old schema takes are refused and the other way round"),
    // Unions.
    rule("union-member-added", "union member added", IMPLEMENTERS, CALLERS, "the enum gains a variant: readers' exhaustive matches stop compiling; on the response side old clients refuse the new member's values"),
    rule("union-member-removed", "union member removed", BOTH, BOTH, "the variant is gone: code that writes or matches it stops compiling"),
    rule("discriminator-changed", "discriminator property changed, added or removed", BOTH, BOTH, "the union is decided by another rule: values are refused or land in other variants"),
    rule("union-anyof-to-oneof", "`anyOf` became `oneOf`", NONE, NONE, "the generated decoder takes the most specific member either way (a deliberate difference from JSON Schema's `oneOf`, see the differential test); validators that count matches refuse values two members take"),
    rule("union-oneof-to-anyof", "`oneOf` became `anyOf`", NONE, NONE, "the generated decoder takes the most specific member either way"),
    rule("union-decides-example-differently", "a documented example lands in another union variant", IMPLEMENTERS, CALLERS, "the same JSON now decodes to another variant: readers' code takes another branch"),
    rule("allof-member-added", "`allOf` member added", NONE, NONE, "reported for review: what it does to the merged type is reported property by property"),
    rule("allof-member-removed", "`allOf` member removed", NONE, NONE, "reported for review: what it does to the merged type is reported property by property"),
    // Information.
    info("example-added", "example added", "documentation only"),
    info("example-removed", "example removed", "documentation only"),
    info("example-changed", "example changed", "documentation only"),
];

/// The rule with this id. Every id the report uses is in [`RULES`]; a test checks it.
pub fn rule_of(id: &str) -> &'static Rule {
    RULES.iter().find(|r| r.id == id).unwrap_or_else(|| panic!("rule `{id}` is not in RULES"))
}
