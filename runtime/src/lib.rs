//! What every generated crate shares, written and tested here once rather than copied into each:
//! the checking decoder, encoding, union choice, and facts about the specs; with the `client`
//! feature, retries and status-typed answers; with `server`, what a generated router does around
//! the application's handler.
//!
//! Why not plain `serde` derives: an untagged enum tries each variant in turn, so it picks the
//! first shape that fits (losing fields of a more specific one) and reports "data did not match
//! any variant" without naming a field. Here every type decodes straight from the deserializer
//! with its schema's constraints checked, going on past the first problem so that a server can
//! report every invalid field at once, each with its JSON pointer. A union of objects that agree
//! on their shared properties' types is read in one pass, its values decoded as their keys come
//! and its variant chosen at the end (for open objects, where the input can be read again should
//! that one reading not be exact); any other union buffers the one value it must look at
//! twice (borrowing the input's strings), chooses its variant from the keys that are present or
//! its tag, and decodes that variant once.

#![forbid(unsafe_code)]

mod content;
mod decode;
mod errors;
mod glue;
mod held;
mod info;
mod keyed;
mod keyed_open;
mod object;
mod pattern_class;
mod roundtrip;
mod rules;
mod scalars;
mod tagged;
mod unions;

#[cfg(feature = "client")]
pub mod retry;
#[cfg(feature = "server")]
pub mod server;
#[cfg(feature = "client")]
pub mod status;

pub use content::{content_equal, Content, ContentError, ContentRef, Key, MapRef};
pub use decode::{decode, decode_slice, decode_slice_into, decode_string, decode_text, deserialize, from_content, of, sink, Decode, Decoder, Of, Sink, With};
pub use errors::{child, Cx, DecodeErrors, DecodeIssue};
#[doc(hidden)]
pub use glue::__private;
pub use held::{Ahead, AheadRef, Held};
pub use info::*;
pub use keyed::{decode_keyed, decode_keyed_in_place, DecodeKeyed, KeyedPass, Member};
pub use keyed_open::OpenPass;
pub use object::*;
pub use roundtrip::*;
pub use rules::*;
pub use scalars::{decode_str, ArrayOf, Bounded, Boxed, MapOf, OrNull, Str};
pub use tagged::{decode_tagged, decode_tagged_in_place, skip_value, Tagged};
pub use unions::*;
