//! The generator's one error type and its warnings, each carrying where in which spec it arose.

use std::fmt;

/// A place in a spec: the file, the 1-based line when known, and the JSON pointer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: Option<usize>,
    /// RFC 6901 pointer into the document, e.g. `/components/schemas/Foo`; empty for the root.
    pub pointer: String,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.file, line)?,
            None => write!(f, "{}", self.file)?,
        }
        write!(f, " at #{}", self.pointer)
    }
}

/// Everything that stops generation. Each variant says where and why; none is ever a panic.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{file}:{line}:{column}: invalid YAML: {message}")]
    Syntax { file: String, line: usize, column: usize, message: String },
    #[error("{at}: `$ref` to `{target}` points at nothing in this document")]
    DanglingRef { at: Location, target: String },
    #[error("{at}: `$ref` to `{target}` is outside this document; only local references (`#/...`) are supported")]
    ExternalRef { at: Location, target: String },
    #[error("{at}: `$ref` cycle: {chain}")]
    RefCycle { at: Location, chain: String },
    #[error("{at}: discriminator mapping `{key}` points at `{target}`, which is not a schema of this document")]
    BadMapping { at: Location, key: String, target: String },
    #[error("{at}: operationId `{id}` is used twice (first at {first})")]
    DuplicateOperationId { at: Location, id: String, first: Box<Location> },
    #[error("{at}: {message}")]
    Invalid { at: Location, message: String },
    #[error("{at}: not supported: {what}")]
    Unsupported { at: Location, what: String },
    #[error("{context}: generated Rust does not parse: {message}")]
    Render { context: String, message: String },
    #[error("client generation (progenitor) failed for {file}: {message}")]
    Client { file: String, message: String },
}

impl Error {
    /// The places in a spec the error names, for filling in their lines.
    pub fn locations_mut(&mut self) -> Vec<&mut Location> {
        match self {
            Error::DuplicateOperationId { at, first, .. } => vec![at, &mut **first],
            Error::DanglingRef { at, .. }
            | Error::ExternalRef { at, .. }
            | Error::RefCycle { at, .. }
            | Error::BadMapping { at, .. }
            | Error::Invalid { at, .. }
            | Error::Unsupported { at, .. } => vec![at],
            Error::Syntax { .. } | Error::Render { .. } | Error::Client { .. } => Vec::new(),
        }
    }
}

/// Something the generator accepted but that a spec author should hear about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub at: Location,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}
