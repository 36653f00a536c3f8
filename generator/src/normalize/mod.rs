//! Stage 3, normalize: a fixed, ordered list of small passes that turn an OpenAPI 3.1 document
//! (as real specs write it, standard or not) into the 3.0.3 form that progenitor and the model read.
//!
//! Each pass owns one rewrite, leaves everything else alone, and warns where the input breaks the
//! standard. The order matters: later passes may rely on what earlier ones established.

mod schemas;
mod document;

pub use document::operation_pointers;
pub use schemas::is_annotation;

use serde_json::Value;

use crate::error::{Error, Warning};
use crate::load::Document;

/// One rewrite of the document.
pub struct Pass {
    pub name: &'static str,
    pub run: fn(&mut Value, &Document, &mut Vec<Warning>) -> Result<(), Error>,
}

/// The passes, in the order they run.
pub const PASSES: &[Pass] = &[
    Pass { name: "discriminator mapping values as strings", run: schemas::mapping_values_as_strings },
    Pass { name: "boolean schemas as objects", run: schemas::boolean_schemas },
    Pass { name: "keywords the generated code does not check, named", run: schemas::unchecked_keywords },
    Pass { name: "type arrays and null members as nullable", run: schemas::nullable_forms },
    Pass { name: "const as a one-value enum", run: schemas::const_as_enum },
    Pass { name: "constraint siblings of $ref into allOf", run: schemas::ref_siblings },
    Pass { name: "schema examples array as example", run: schemas::examples_array },
    Pass { name: "numeric exclusive bounds as 3.0 booleans", run: schemas::exclusive_bounds },
    Pass { name: "operation ids present and unique", run: document::operation_ids },
    Pass { name: "JSON media types without a schema take any value", run: document::schemaless_media },
    Pass { name: "inline operation schemas into components", run: document::hoist_operation_schemas },
    Pass { name: "inline members of discriminated unions into components", run: document::hoist_discriminated_members },
    Pass { name: "discriminator mappings point at schemas", run: document::check_discriminators },
    Pass { name: "openapi version 3.0.3", run: document::downgrade_version },
];

/// Runs every pass over the document's root.
pub fn normalize(mut root: Value, doc: &Document, warnings: &mut Vec<Warning>) -> Result<Value, Error> {
    for pass in PASSES {
        (pass.run)(&mut root, doc, warnings)?;
    }
    Ok(root)
}
