//! Stage 5, emit: token streams for every file of the generated crates.

pub mod client;
pub mod client_examples;
pub mod client_status;
mod client_view;
pub mod docs;
mod given_tags;
mod held_scalars;
pub mod keyed_one_pass;
pub mod meta;
pub mod regex_syntax;
pub mod root;
pub mod rust_types;
pub mod server;
pub mod server_errors;
pub mod server_examples;
pub mod server_headers;
pub mod server_operations;
pub mod types;
pub mod union_types;
