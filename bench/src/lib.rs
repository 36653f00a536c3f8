//! What the benchmarks share: the baselines for each spec (progenitor's types, the serde-derive
//! mirror), timers that run a type's decoding or encoding in a loop, and the documented examples.

pub mod peers;

use std::hint::black_box;
use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;
use serde::Serialize;

/// What the benchmarks run for one type, as plain function pointers so that a table can name the
/// type of every schema without a benchmark per type.
#[derive(Clone, Copy)]
pub struct Timers {
    /// Decodes every text `iters` times, through `serde_json::from_str`.
    pub decode: fn(&[String], u64) -> Duration,
    /// Decodes every text once, then encodes the values `iters` times.
    pub encode: fn(&[String], u64) -> Duration,
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
        Timers { decode: decode_all::<T>, encode: encode_all::<T>, decodes: decodes::<T>, landed: None }
    }

    /// [`Timers::of`] for a generated type, which also says where a text lands.
    pub fn described<T: DeserializeOwned + Serialize + openapi_runtime::Describe>() -> Self {
        fn landed<T: DeserializeOwned + openapi_runtime::Describe>(text: &str) -> Option<String> {
            serde_json::from_str::<T>(text).ok().map(|v| v.describe())
        }
        Timers { landed: Some(landed::<T>), ..Timers::of::<T>() }
    }
}

