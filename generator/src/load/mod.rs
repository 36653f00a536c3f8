//! Stage 1, load: spec text to a JSON value. Lines are found only when a warning or an error needs
//! them: one more pass over the text for all the pointers asked at once, so that a large document
//! keeps no index of every node.

mod lines;
mod pointer;
mod yaml;

pub use pointer::{escape_token, push_token, unescape_token, Pointer};

use std::collections::HashSet;

use serde_json::Value;

use crate::error::{Error, Location};

/// A spec's text, to point back into it.
#[derive(Debug, Clone)]
pub struct Document<'t> {
    pub file: String,
    /// The caller's text, borrowed: a large document is megabytes, and a copy would be held beside it.
    text: &'t str,
}

impl Document<'_> {
    /// The location of a JSON pointer; its line is filled by [`Document::fill_lines`].
    pub fn at(&self, pointer: &str) -> Location {
        Location { file: self.file.clone(), line: None, pointer: pointer.to_string() }
    }

    /// The line of a pointer (of its nearest ancestor the text has, for one that is not there).
    pub fn line_of(&self, pointer: &str) -> Option<usize> {
        let mut location = self.at(pointer);
        self.fill_lines(&mut [&mut location]);
        location.line
    }

    /// Fills the line of every location of this document that has none, in one pass over the text.
    pub fn fill_lines(&self, locations: &mut [&mut Location]) {
        let wanted: Vec<&mut &mut Location> = locations.iter_mut().filter(|l| l.line.is_none() && l.file == self.file).collect();
        if wanted.is_empty() {
            return;
        }
        // Every pointer asked for and each of its ancestors: the nearest one the text has gives the line.
        let mut ancestors = HashSet::new();
        for l in &wanted {
            let mut probe = l.pointer.as_str();
            loop {
                ancestors.insert(probe.to_string());
                match probe.rfind('/') {
                    Some(cut) => probe = &probe[..cut],
                    None => break,
                }
            }
        }
        let found = lines::find(self.text, &ancestors);
        for l in wanted {
            let mut probe = l.pointer.as_str();
            l.line = loop {
                if let Some(line) = found.get(probe) {
                    break Some(*line);
                }
                match probe.rfind('/') {
                    Some(cut) => probe = &probe[..cut],
                    None => break None,
                }
            };
        }
    }
}

/// Parses the text into a value: JSON with serde_json, anything else as YAML (serde_yaml decides
/// scalar types by the YAML 1.2 core schema).
pub fn load<'t>(file: &str, text: &'t str) -> Result<(Document<'t>, Value), Error> {
    let json_text = text.trim_start().starts_with('{');
    let parsed = if json_text { serde_json::from_str::<Value>(text).map_err(|e| syntax(file, e.line(), e.column(), &e.to_string())) } else { Err(None) };
    let root = match parsed {
        Ok(root) => root,
        Err(json_error) => yaml::to_json(text).map_err(|e| {
            let (line, column) = e.location().map(|l| (l.line(), l.column())).unwrap_or((1, 1));
            json_error.unwrap_or_else(|| Error::Syntax { file: file.to_string(), line, column, message: strip_location(&e.to_string()) })
        })?,
    };
    if !root.is_object() {
        return Err(Error::Invalid {
            at: Location { file: file.to_string(), line: Some(1), pointer: String::new() },
            message: "an OpenAPI document must be a mapping at the top level".to_string(),
        });
    }
    Ok((Document { file: file.to_string(), text }, root))
}

fn syntax(file: &str, line: usize, column: usize, message: &str) -> Option<Error> {
    Some(Error::Syntax { file: file.to_string(), line, column, message: strip_location(message) })
}

fn strip_location(message: &str) -> String {
    match message.find(" at line ") {
        Some(cut) => message[..cut].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_follow_pointers() {
        let text = "openapi: 3.1.0\ncomponents:\n  schemas:\n    Foo:\n      type: object\n      required: [a, b]\n";
        let (doc, _) = load("x.yaml", text).unwrap();
        assert_eq!(doc.line_of("/components/schemas/Foo"), Some(4));
        assert_eq!(doc.line_of("/components/schemas/Foo/type"), Some(5));
        assert_eq!(doc.line_of("/components/schemas/Foo/required/1"), Some(6));
        // An unknown pointer falls back to its nearest known ancestor.
        assert_eq!(doc.line_of("/components/schemas/Foo/nope/deeper"), Some(4));
        let (mut a, mut b) = (doc.at("/components"), doc.at("/openapi"));
        doc.fill_lines(&mut [&mut a, &mut b]);
        assert_eq!((a.line, b.line), (Some(2), Some(1)));
    }

    #[test]
    fn json_is_read_as_json_with_lines() {
        let text = "{\n  \"openapi\": \"3.1.0\",\n  \"info\": {\n    \"title\": \"T\"\n  }\n}\n";
        let (doc, root) = load("x.json", text).unwrap();
        assert_eq!(root["info"]["title"], "T");
        assert_eq!(doc.line_of("/info/title"), Some(4));
        let err = load("bad.json", "{\n  \"a\": [1,\n}\n").unwrap_err().to_string();
        assert!(err.starts_with("bad.json:3:"), "{err}");
    }

    #[test]
    fn integers_past_64_bits_are_read_as_numbers() {
        let (_, root) = load("x.yaml", "openapi: 3.1.0\nminimum: -9223372036854776000\n").unwrap();
        assert!(root["minimum"].as_f64().is_some_and(|x| x < -9.2e18), "{root}");
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let err = load("bad.yaml", "openapi: 3.1.0\ninfo: [unclosed\n").unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("bad.yaml:"), "{text}");
        assert!(matches!(err, Error::Syntax { line, .. } if line >= 2), "{text}");
    }

    #[test]
    fn non_mapping_root_is_rejected() {
        let err = load("x.yaml", "- 1\n- 2\n").unwrap_err();
        assert!(err.to_string().contains("mapping at the top level"), "{err}");
    }
}
