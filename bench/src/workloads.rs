//! What the decoding benchmarks decode: each spec's documented bodies by schema, the known struct
//! each example lands in (the floor), and the list of 1,000 methods. Shared by the criterion
//! benchmark (timed) and the `count` binary (counted by callgrind), so that both measure the
//! same work.

use std::time::{Duration, Instant};

use generated_client::runtime::{ExampleInfo, OperationInfo};

use crate::peers::{management_authentication_methods, my_account};
use crate::Timers;

/// One spec's generated types and baselines, by schema name.
pub struct Spec {
    pub name: &'static str,
    pub operations: &'static [OperationInfo],
    pub examples: &'static [ExampleInfo],
    pub ours: fn(&str) -> Option<Timers>,
    pub mirror: fn(&str) -> Option<Timers>,
    pub theirs: fn(&str) -> Option<Timers>,
    pub variant: fn(&str) -> Option<Timers>,
}

pub const SPECS: &[Spec] = &[
    Spec {
        name: "my_account",
        operations: generated_client::my_account::operations::OPERATIONS,
        examples: generated_client::my_account::operations::EXAMPLES,
        ours: my_account::timers::ours,
        mirror: my_account::timers::mirror,
        theirs: my_account::timers::theirs,
        variant: my_account::timers::variant,
    },
    Spec {
        name: "management",
        operations: generated_client::management_authentication_methods::operations::OPERATIONS,
        examples: generated_client::management_authentication_methods::operations::EXAMPLES,
        ours: management_authentication_methods::timers::ours,
        mirror: management_authentication_methods::timers::mirror,
        theirs: management_authentication_methods::timers::theirs,
        variant: management_authentication_methods::timers::variant,
    },
];

/// Each documented body of the spec, by the name of its schema, in the order of the examples.
pub fn bodies(spec: &Spec) -> Vec<(&'static str, Vec<String>)> {
    let mut by_schema: Vec<(&'static str, Vec<String>)> = Vec::new();
    let mut add = |schema: &'static str, text: &str| match by_schema.iter_mut().find(|(s, _)| *s == schema) {
        Some((_, texts)) => texts.push(text.to_string()),
        None => by_schema.push((schema, vec![text.to_string()])),
    };
    for e in spec.examples {
        let Some(op) = spec.operations.iter().find(|o| o.operation_id == e.operation_id) else { continue };
        if let (Some(text), Some(body)) = (e.request, op.request) {
            add(body.schema, text);
        }
        let response = op.responses.iter().find(|r| Some(r.status) == e.status).and_then(|r| r.schema);
        if let (Some(text), Some(schema)) = (e.response, response) {
            add(schema, text);
        }
    }
    by_schema
}

/// A union's benchmark: its examples, the generated type's and the untagged mirror's timers, and
/// for each example the known struct it lands in. `None` for a schema that is no union (its
/// examples land in the struct itself) or has no mirror.
pub struct Union {
    pub texts: Vec<String>,
    pub ours: Timers,
    pub mirror: Timers,
    pub floors: Vec<Timers>,
}

impl Union {
    /// The floor, each example decoded `n` times in a row into its struct.
    pub fn floor_alone(&self, n: u64) -> Duration {
        self.texts.iter().zip(&self.floors).map(|(t, f)| (f.decode)(std::slice::from_ref(t), n)).sum()
    }

    /// The floor, the examples decoded in the order the union decodes them, each into its struct
    /// by a call through a pointer (what a decoder told the variant out of band would do), `n`
    /// rounds.
    pub fn floor_in_order(&self, n: u64) -> Duration {
        let start = Instant::now();
        for _ in 0..n {
            for (t, f) in self.texts.iter().zip(&self.floors) {
                (f.decode_once)(t);
            }
        }
        start.elapsed()
    }
}

/// The union benchmark of `schema`, its examples checked to decode first.
pub fn union(spec: &Spec, schema: &str, texts: &[String]) -> Option<Union> {
    let (ours, mirror) = ((spec.ours)(schema)?, (spec.mirror)(schema)?);
    let landed = ours.landed.expect("the generated types say where a value lands");
    for t in texts {
        (ours.decodes)(t).unwrap_or_else(|e| panic!("{schema}: the generated types refuse a documented example: {e}"));
    }
    // A union's examples land in variants (`Union::Variant`); a struct's land in the struct itself.
    let variants: Vec<String> = texts.iter().map(|t| landed(t).expect("decodes")).collect();
    if !variants.iter().any(|v| v.contains("::")) {
        return None;
    }
    let floors = variants.iter().map(|v| (spec.variant)(v).unwrap_or_else(|| panic!("no known struct for {v}"))).collect();
    Some(Union { texts: texts.to_vec(), ours, mirror, floors })
}

/// Every union benchmark of every spec, as (spec, schema, benchmark).
pub fn unions() -> Vec<(&'static Spec, &'static str, Union)> {
    SPECS.iter().flat_map(|spec| bodies(spec).into_iter().filter_map(move |(schema, texts)| union(spec, schema, &texts).map(|u| (spec, schema, u)))).collect()
}

/// A list of 1,000 methods, the documented ones in turn (the list response allows 20, so the
/// body is the array itself).
pub fn thousand_methods() -> String {
    let methods: Vec<serde_json::Value> = generated_client::my_account::operations::EXAMPLES
        .iter()
        .filter(|e| e.operation_id == "getAuthenticationMethod")
        .filter_map(|e| e.response_json())
        .collect();
    assert!(!methods.is_empty(), "getAuthenticationMethod documents its methods");
    serde_json::Value::Array(methods.iter().cycle().take(1000).cloned().collect()).to_string()
}

/// The list's timers: the generated types, the untagged mirror and progenitor's types.
pub fn list_timers() -> (Timers, Timers, Timers) {
    use generated_client::my_account::types::AuthenticationMethod;
    (
        Timers::generated::<Vec<AuthenticationMethod>>(),
        Timers::of::<Vec<my_account::derive::AuthenticationMethod>>(),
        Timers::of::<Vec<my_account::progenitor::types::AuthenticationMethod>>(),
    )
}
