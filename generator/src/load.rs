//! Stage 1, load: spec text to a JSON value. Lines are found only when a warning or an error needs
//! them: one more pass over the text for all the pointers asked at once, so that a large document
//! keeps no index of every node.

use std::collections::{HashMap, HashSet};

use serde_json::Value;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use crate::error::{Error, Location};

/// A spec's text, to point back into it.
#[derive(Debug, Clone)]
pub struct Document {
    pub file: String,
    text: String,
}

impl Document {
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
        let mut index = LineIndex { wanted: &ancestors, lines: HashMap::new(), stack: Vec::new() };
        // The text loaded, so it parses; should the event parser ever disagree, lines stay unknown.
        let _ = Parser::new_from_str(&self.text).load(&mut index, false);
        for l in wanted {
            let mut probe = l.pointer.as_str();
            l.line = loop {
                if let Some(line) = index.lines.get(probe) {
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
pub fn load(file: &str, text: &str) -> Result<(Document, Value), Error> {
    let json_text = text.trim_start().starts_with('{');
    let parsed = if json_text { serde_json::from_str::<Value>(text).map_err(|e| syntax(file, e.line(), e.column(), &e.to_string())) } else { Err(None) };
    let root = match parsed {
        Ok(root) => root,
        Err(json_error) => yaml(file, text).map_err(|yaml_error| json_error.unwrap_or(yaml_error))?,
    };
    if !root.is_object() {
        return Err(Error::Invalid {
            at: Location { file: file.to_string(), line: Some(1), pointer: String::new() },
            message: "an OpenAPI document must be a mapping at the top level".to_string(),
        });
    }
    Ok((Document { file: file.to_string(), text: text.to_string() }, root))
}

fn syntax(file: &str, line: usize, column: usize, message: &str) -> Option<Error> {
    Some(Error::Syntax { file: file.to_string(), line, column, message: strip_location(message) })
}

/// YAML to JSON. A number no JSON value holds (an integer past 64 bits) is read as a float, as
/// JSON readers take it, rather than refusing the document.
fn yaml(file: &str, text: &str) -> Result<Value, Error> {
    serde::Deserializer::deserialize_any(serde_yaml::Deserializer::from_str(text), Json).map_err(|e| {
        let (line, column) = e.location().map(|l| (l.line(), l.column())).unwrap_or((1, 1));
        Error::Syntax { file: file.to_string(), line, column, message: strip_location(&e.to_string()) }
    })
}

/// Builds a JSON value from any self-describing input, 128-bit integers included.
struct Json;

impl<'de> serde::de::Visitor<'de> for Json {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a YAML value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(i64::try_from(v).map(Value::from).unwrap_or_else(|_| float(v as f64)))
    }

    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(u64::try_from(v).map(Value::from).unwrap_or_else(|_| float(v as f64)))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(float(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(Json)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(Seed)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = serde_json::Map::new();
        while let Some(key) = map.next_key_seed(Seed)? {
            let key = match key {
                Value::String(s) => s,
                other => other.to_string(),
            };
            out.insert(key, map.next_value_seed(Seed)?);
        }
        Ok(Value::Object(out))
    }
}

struct Seed;

impl<'de> serde::de::DeserializeSeed<'de> for Seed {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(Json)
    }
}

/// A float as JSON (NaN and the infinities, which JSON has not, as null).
fn float(v: f64) -> Value {
    serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)
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

/// Follows the parser's events, keeping a stack of containers to know each node's pointer, and
/// records the lines of the pointers asked for.
struct LineIndex<'a> {
    wanted: &'a HashSet<String>,
    lines: HashMap<String, usize>,
    stack: Vec<Frame>,
}

enum Frame {
    Map { pointer: String, pending_key: Option<String> },
    Seq { pointer: String, next: usize },
}

impl LineIndex<'_> {
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

    fn record(&mut self, pointer: String, line: usize) {
        if self.wanted.contains(&pointer) {
            self.lines.entry(pointer).or_insert(line);
        }
    }
}

impl MarkedEventReceiver for LineIndex<'_> {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::Scalar(value, ..) => {
                // A key's line is the line of its value's node: record it when the key is read,
                // so block mappings and sequences point at the line that names them.
                let is_key = matches!(self.stack.last(), Some(Frame::Map { pending_key: None, .. }));
                if is_key {
                    if let Some(Frame::Map { pointer, .. }) = self.stack.last() {
                        let p = format!("{pointer}/{}", escape_token(&value));
                        self.record(p, mark.line());
                    }
                }
                if let Some(p) = self.next_pointer(Some(&value)) {
                    self.record(p, mark.line());
                }
            }
            Event::Alias(_) => {
                if let Some(p) = self.next_pointer(None) {
                    self.record(p, mark.line());
                }
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let is_map = matches!(ev, Event::MappingStart(..));
                let pointer = self.next_pointer(None).unwrap_or_default();
                self.record(pointer.clone(), mark.line());
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
