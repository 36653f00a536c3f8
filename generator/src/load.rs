//! Stage 1, load: spec text to a JSON value, plus an index from JSON pointer to source line.

use std::collections::HashMap;

use serde_json::Value;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use crate::error::{Error, Location};

/// A parsed document and what is needed to point back into its text.
#[derive(Debug, Clone)]
pub struct Document {
    pub file: String,
    pub root: Value,
    lines: HashMap<String, usize>,
}

impl Document {
    /// The location of a JSON pointer, with the line of the nearest enclosing node that has one.
    pub fn at(&self, pointer: &str) -> Location {
        let mut probe = pointer;
        let line = loop {
            if let Some(line) = self.lines.get(probe) {
                break Some(*line);
            }
            match probe.rfind('/') {
                Some(cut) => probe = &probe[..cut],
                None => break None,
            }
        };
        Location { file: self.file.clone(), line, pointer: pointer.to_string() }
    }
}

/// Parses YAML (JSON is YAML) into a value. serde_yaml decides scalar types (YAML 1.2 core schema);
/// a second, event-level pass over the same text records the line of every node.
pub fn load(file: &str, text: &str) -> Result<Document, Error> {
    let root: Value = serde_yaml::from_str(text).map_err(|e| {
        let (line, column) = e.location().map(|l| (l.line(), l.column())).unwrap_or((1, 1));
        Error::Syntax { file: file.to_string(), line, column, message: strip_location(&e.to_string()) }
    })?;
    if !root.is_object() {
        return Err(Error::Invalid {
            at: Location { file: file.to_string(), line: Some(1), pointer: String::new() },
            message: "an OpenAPI document must be a mapping at the top level".to_string(),
        });
    }
    let mut index = LineIndex::default();
    // serde_yaml accepted the text, so the event parser sees valid YAML too; should the two ever
    // disagree, we only lose line numbers, never the document.
    let _ = Parser::new_from_str(text).load(&mut index, false);
    Ok(Document { file: file.to_string(), root, lines: index.lines })
}

fn strip_location(message: &str) -> String {
    match message.find(" at line ") {
        Some(cut) => message[..cut].to_string(),
        None => message.to_string(),
    }
}

/// Escapes one reference token per RFC 6901.
pub fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Follows the parser's events, keeping a stack of containers to know each node's pointer.
#[derive(Default)]
struct LineIndex {
    lines: HashMap<String, usize>,
    stack: Vec<Frame>,
}

enum Frame {
    Map { pointer: String, pending_key: Option<String> },
    Seq { pointer: String, next: usize },
}

impl LineIndex {
    /// The pointer of the node that starts now, advancing the parent's position.
    fn next_pointer(&mut self, scalar: Option<&str>) -> Option<String> {
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Seq { pointer, next }) => {
                let p = format!("{pointer}/{next}");
                *next += 1;
                Some(p)
            }
            Some(Frame::Map { pointer, pending_key }) => match pending_key.take() {
                Some(key) => Some(format!("{pointer}/{}", escape_token(&key))),
                None => {
                    // This node is a key: remember it and report no pointer of its own.
                    *pending_key = Some(scalar.unwrap_or_default().to_string());
                    None
                }
            },
        }
    }
}

impl MarkedEventReceiver for LineIndex {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::Scalar(value, ..) => {
                // A key's line is the line of its value's node: record it when the key is read,
                // so block mappings and sequences point at the line that names them.
                let is_key = matches!(self.stack.last(), Some(Frame::Map { pending_key: None, .. }));
                if is_key {
                    if let Some(Frame::Map { pointer, .. }) = self.stack.last() {
                        let p = format!("{pointer}/{}", escape_token(&value));
                        self.lines.entry(p).or_insert(mark.line());
                    }
                }
                if let Some(p) = self.next_pointer(Some(&value)) {
                    self.lines.entry(p).or_insert(mark.line());
                }
            }
            Event::Alias(_) => {
                if let Some(p) = self.next_pointer(None) {
                    self.lines.entry(p).or_insert(mark.line());
                }
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let is_map = matches!(ev, Event::MappingStart(..));
                let pointer = self.next_pointer(None).unwrap_or_default();
                self.lines.entry(pointer.clone()).or_insert(mark.line());
                self.stack.push(if is_map {
                    Frame::Map { pointer, pending_key: None }
                } else {
                    Frame::Seq { pointer, next: 0 }
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_follow_pointers() {
        let text = "openapi: 3.1.0\ncomponents:\n  schemas:\n    Foo:\n      type: object\n      required: [a, b]\n";
        let doc = load("x.yaml", text).unwrap();
        assert_eq!(doc.at("/components/schemas/Foo").line, Some(4));
        assert_eq!(doc.at("/components/schemas/Foo/type").line, Some(5));
        assert_eq!(doc.at("/components/schemas/Foo/required/1").line, Some(6));
        // An unknown pointer falls back to its nearest known ancestor.
        assert_eq!(doc.at("/components/schemas/Foo/nope/deeper").line, Some(4));
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
