//! Encoding, and the round trip that proves it: a value decoded and serialized again is the JSON
//! it came from.

use serde::ser::SerializeMap;
use serde_json::Value;

use crate::decode::{decode, Decode};
use crate::errors::DecodeErrors;

/// Names the type (and, for unions, the variant) a value decoded into: `Union::Variant`.
pub trait Describe {
    fn describe(&self) -> String;
}

/// Writes a struct's properties into a map that is already open, so that a tagged union can put
/// its tag and its variant's properties in one JSON object.
pub trait WriteFields {
    fn write_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
}

/// Serializes a struct through its [`WriteFields`].
pub fn serialize_struct<T: WriteFields, S: serde::Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(None)?;
    value.write_fields(&mut map)?;
    map.end()
}

/// The result of a round trip: the value serialized again, and what it decoded into.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundTrip {
    pub value: Value,
    pub landed_in: String,
}

/// Decodes `v` as `T` and serializes it back.
pub fn roundtrip<T: Decode + serde::Serialize + Describe>(v: &Value) -> Result<RoundTrip, DecodeErrors> {
    let typed: T = decode(v)?;
    Ok(RoundTrip { value: encode(&typed)?, landed_in: typed.describe() })
}

/// Decodes `v` as `T` (a type alias, which has no [`Describe`] of its own) and serializes it back.
pub fn roundtrip_as<T: Decode + serde::Serialize>(v: &Value, name: &str) -> Result<RoundTrip, DecodeErrors> {
    let typed: T = decode(v)?;
    Ok(RoundTrip { value: encode(&typed)?, landed_in: name.to_string() })
}

fn encode<T: serde::Serialize>(typed: &T) -> Result<Value, DecodeErrors> {
    serde_json::to_value(typed).map_err(|e| {
        let mut errs = DecodeErrors::default();
        errs.push("", format!("cannot serialize: {e}"));
        errs
    })
}
