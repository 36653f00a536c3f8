//! What the benchmarks share: the baselines for each spec (progenitor's types, the serde-derive
//! mirror), timers that run a type's decoding or encoding in a loop, and the documented examples.

pub mod peers;
pub mod workloads;

use std::hint::black_box;
use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;
use serde::Serialize;

/// What the benchmarks run for one type, as plain function pointers so that a table can name the
/// type of every schema without a benchmark per type.
#[derive(Clone, Copy)]
pub struct Timers {
    /// Decodes every text `iters` times: a baseline through `serde_json::from_str`, the generated
    /// types through `openapi_runtime::decode_text`, the entry point of the generated client and
    /// server (there from bytes), which can read its input again.
    pub decode: fn(&[String], u64) -> Duration,
    /// For the generated types: [`Timers::decode`] through serde's `Deserialize` instead
    /// (`serde_json::from_str`), which reads a streaming input once (see the README).
    pub deserialize: Option<fn(&[String], u64) -> Duration>,
    /// Decodes every text once, then encodes the values `iters` times.
    pub encode: fn(&[String], u64) -> Duration,
    /// Decodes one text once, the value thrown away: for a sequence of texts each of which goes
    /// to a type of its own, in the order given (see the decoding benchmark's floors).
    pub decode_once: fn(&str),
    /// Whether the text decodes.
    pub decodes: fn(&str) -> Result<(), String>,
    /// For the generated types: the type and variant a text decodes into.
    pub landed: Option<fn(&str) -> Option<String>>,
}

fn decode_all<T: DeserializeOwned>(texts: &[String], iters: u64) -> Duration {
    let start = Instant::now();
    for _ in 0..iters {
        for t in texts {
            black_box(serde_json::from_str::<T>(black_box(t)).ok());
        }
    }
    start.elapsed()
}

fn decode_all_text<T: openapi_runtime::Decode>(texts: &[String], iters: u64) -> Duration {
    let start = Instant::now();
    for _ in 0..iters {
        for t in texts {
            black_box(openapi_runtime::decode_text::<T>(black_box(t)).ok());
        }
    }
    start.elapsed()
}

fn decode_once<T: DeserializeOwned>(text: &str) {
    black_box(serde_json::from_str::<T>(black_box(text)).ok());
}

fn encode_all<T: DeserializeOwned + Serialize>(texts: &[String], iters: u64) -> Duration {
    let values: Vec<T> = texts.iter().filter_map(|t| serde_json::from_str(t).ok()).collect();
    let mut out = Vec::with_capacity(4096);
    let start = Instant::now();
    for _ in 0..iters {
        for v in &values {
            out.clear();
            serde_json::to_writer(&mut out, black_box(v)).expect("a decoded value encodes");
            black_box(&out);
        }
    }
    start.elapsed()
}

fn decodes<T: DeserializeOwned>(text: &str) -> Result<(), String> {
    serde_json::from_str::<T>(text).map(drop).map_err(|e| e.to_string())
}

impl Timers {
    pub fn of<T: DeserializeOwned + Serialize>() -> Self {
        Timers { decode: decode_all::<T>, deserialize: None, decode_once: decode_once::<T>, encode: encode_all::<T>, decodes: decodes::<T>, landed: None }
    }

    /// [`Timers::of`] for a generated type, decoded through the runtime.
    pub fn generated<T: DeserializeOwned + Serialize + openapi_runtime::Decode>() -> Self {
        fn decodes<T: openapi_runtime::Decode>(text: &str) -> Result<(), String> {
            openapi_runtime::decode_text::<T>(text).map(drop).map_err(|e| e.to_string())
        }
        Timers { decode: decode_all_text::<T>, deserialize: Some(decode_all::<T>), decodes: decodes::<T>, ..Timers::of::<T>() }
    }

    /// [`Timers::generated`], which also says where a text lands.
    pub fn described<T: DeserializeOwned + Serialize + openapi_runtime::Describe + openapi_runtime::Decode>() -> Self {
        fn landed<T: openapi_runtime::Decode + openapi_runtime::Describe>(text: &str) -> Option<String> {
            openapi_runtime::decode_text::<T>(text).ok().map(|v| v.describe())
        }
        Timers { landed: Some(landed::<T>), ..Timers::generated::<T>() }
    }
}

