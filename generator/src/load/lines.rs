//! The lines of JSON pointers in a spec's text, found in one pass for the pointers asked for:
//! a scanner of our own for JSON text (fast on a document of megabytes), YAML's event parser
//! otherwise.

use std::collections::{HashMap, HashSet};

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use super::escape_token;

/// The line of each pointer in `wanted` that the text has.
pub fn find(text: &str, wanted: &HashSet<String>) -> HashMap<String, usize> {
    if let Some(found) = json(text, wanted) {
        return found;
    }
    // A node with none of these pointers has nothing wanted beneath it.
    let mut within = HashSet::new();
    for pointer in wanted {
        let mut probe = pointer.as_str();
        while within.insert(probe) {
            match probe.rfind('/') {
                Some(cut) => probe = &probe[..cut],
                None if probe.is_empty() => break,
                None => probe = "",
            }
        }
    }
    let mut index = LineIndex { wanted, within, lines: HashMap::new(), stack: Vec::new() };
    // The text loaded, so it parses; should the event parser ever disagree, lines stay unknown.
    // The first document only, as it was loaded; and no further than the last pointer asked for.
    let mut parser = Parser::new_from_str(text);
    while let Ok((event, mark)) = parser.next_token() {
        if matches!(event, Event::DocumentEnd | Event::StreamEnd) {
            break;
        }
        index.on_event(event, mark);
        if index.lines.len() == wanted.len() {
            break;
        }
    }
    index.lines
}

/// Follows the parser's events, keeping a stack of containers to know each node's pointer, and
/// records the lines of the pointers asked for.
struct LineIndex<'a> {
    wanted: &'a HashSet<String>,
    /// The wanted pointers and their ancestors.
    within: HashSet<&'a str>,
    lines: HashMap<String, usize>,
    stack: Vec<Frame>,
}

enum Frame {
    Map { pointer: String, pending_key: Option<String> },
    Seq { pointer: String, next: usize },
    /// A container with nothing wanted in it or beneath it: its nodes are passed over without
    /// making their pointers, which is most of a document.
    Skip,
}

impl LineIndex<'_> {
    /// The pointer of the node that starts now, advancing the parent's position.
    fn next_pointer(&mut self, scalar: Option<&str>) -> Option<String> {
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Skip) => None,
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

    fn record(&mut self, pointer: &str, line: usize) {
        if self.wanted.contains(pointer) && !self.lines.contains_key(pointer) {
            self.lines.insert(pointer.to_string(), line);
        }
    }
}

impl MarkedEventReceiver for LineIndex<'_> {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::Scalar(value, ..) => {
                // A key's line is the line of its value's node: record it when the key is read,
                // so block mappings and sequences point at the line that names them.
                if let Some(Frame::Map { pointer, pending_key: None }) = self.stack.last() {
                    let p = format!("{pointer}/{}", escape_token(&value));
                    self.record(&p, mark.line());
                }
                if let Some(p) = self.next_pointer(Some(&value)) {
                    self.record(&p, mark.line());
                }
            }
            Event::Alias(_) => {
                if let Some(p) = self.next_pointer(None) {
                    self.record(&p, mark.line());
                }
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let is_map = matches!(ev, Event::MappingStart(..));
                let frame = match self.next_pointer(None) {
                    // A key that is itself a mapping or sequence (YAML allows it) has no pointer,
                    // nor has anything inside it.
                    None => Frame::Skip,
                    Some(pointer) if !self.within.contains(pointer.as_str()) => Frame::Skip,
                    Some(pointer) => {
                        self.record(&pointer, mark.line());
                        if is_map {
                            Frame::Map { pointer, pending_key: None }
                        } else {
                            Frame::Seq { pointer, next: 0 }
                        }
                    }
                };
                self.stack.push(frame);
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

/// Lines of JSON text: a scan that follows strings, objects and arrays without building values.
/// `None` when the text is not JSON after all (the YAML parser then reads it).
fn json(text: &str, wanted: &HashSet<String>) -> Option<HashMap<String, usize>> {
    // A spec is an object: text that does not start as one is YAML.
    text.trim_start().starts_with('{').then_some(())?;
    let mut scan = JsonScan { bytes: text.as_bytes(), at: 0, line: 1, wanted, lines: HashMap::new() };
    scan.value(&mut String::new())?;
    scan.skip_space();
    (scan.at == scan.bytes.len()).then_some(scan.lines)
}

struct JsonScan<'a> {
    bytes: &'a [u8],
    at: usize,
    line: usize,
    wanted: &'a HashSet<String>,
    lines: HashMap<String, usize>,
}

impl JsonScan<'_> {
    fn skip_space(&mut self) {
        while let Some(&b) = self.bytes.get(self.at) {
            match b {
                b'\n' => self.line += 1,
                b' ' | b'\t' | b'\r' => {}
                _ => return,
            }
            self.at += 1;
        }
    }

    fn record(&mut self, pointer: &str) {
        if self.wanted.contains(pointer) {
            self.lines.entry(pointer.to_string()).or_insert(self.line);
        }
    }

    /// The value at `pointer`, which is extended and restored for its children.
    fn value(&mut self, pointer: &mut String) -> Option<()> {
        self.skip_space();
        self.record(pointer);
        match *self.bytes.get(self.at)? {
            b'{' => {
                self.at += 1;
                loop {
                    self.skip_space();
                    match *self.bytes.get(self.at)? {
                        b'}' => break,
                        b',' => self.at += 1,
                        b'"' => {
                            let key = self.string()?;
                            let len = pointer.len();
                            pointer.push('/');
                            pointer.push_str(&escape_token(&key));
                            // A member's line is its key's, as for YAML.
                            self.record(pointer);
                            self.skip_space();
                            (*self.bytes.get(self.at)? == b':').then_some(())?;
                            self.at += 1;
                            self.value(pointer)?;
                            pointer.truncate(len);
                        }
                        _ => return None,
                    }
                }
                self.at += 1;
            }
            b'[' => {
                self.at += 1;
                let mut index = 0usize;
                loop {
                    self.skip_space();
                    match *self.bytes.get(self.at)? {
                        b']' => break,
                        b',' => self.at += 1,
                        _ => {
                            let len = pointer.len();
                            pointer.push('/');
                            pointer.push_str(&index.to_string());
                            self.value(pointer)?;
                            pointer.truncate(len);
                            index += 1;
                        }
                    }
                }
                self.at += 1;
            }
            b'"' => {
                self.string()?;
            }
            _ => {
                // A number, true, false or null: up to the next delimiter.
                while let Some(&b) = self.bytes.get(self.at) {
                    if matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n') {
                        break;
                    }
                    self.at += 1;
                }
            }
        }
        Some(())
    }

    /// A string, unescaped, after its opening quote's position.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let start = self.at;
        let mut escaped = false;
        while let Some(&b) = self.bytes.get(self.at) {
            match b {
                b'\\' => {
                    escaped = true;
                    self.at += 2;
                    continue;
                }
                b'"' => break,
                b'\n' => self.line += 1,
                _ => {}
            }
            self.at += 1;
        }
        let raw = std::str::from_utf8(self.bytes.get(start..self.at)?).ok()?;
        self.at += 1;
        if escaped {
            serde_json::from_str(&format!("\"{raw}\"")).ok()
        } else {
            Some(raw.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_yaml_give_the_same_lines() {
        let json_text = "{\n  \"a\": {\n    \"b~/c\": [\n      1,\n      {\"d\": \"x\\\"y\"}\n    ]\n  },\n  \"e\": true\n}\n";
        let yaml_text = "a:\n  b~/c:\n    - 1\n    - d: 'x\"y'\ne: true\n";
        let wanted: HashSet<String> = ["/a", "/a/b~0~1c", "/a/b~0~1c/1/d", "/e"].iter().map(|s| s.to_string()).collect();
        let from_json = json(json_text, &wanted).unwrap();
        assert_eq!(from_json["/a"], 2);
        assert_eq!(from_json["/a/b~0~1c"], 3);
        assert_eq!(from_json["/a/b~0~1c/1/d"], 5);
        assert_eq!(from_json["/e"], 8);
        let from_yaml = find(yaml_text, &wanted);
        assert_eq!(from_yaml["/a/b~0~1c/1/d"], 4);
        assert!(json("not json", &wanted).is_none());
    }

    /// Containers nothing is wanted in are passed over, a key that is itself a mapping included,
    /// and the lines after them still count; only the first document is read.
    #[test]
    fn lines_after_passed_over_containers_and_complex_keys() {
        let text = "skip:\n  deep: [1, {x: y}]\n  more: &a\n    z: 1\n? {k: v}\n: after_complex\nkeep:\n  - *a\n  - item: 2\n---\nkeep:\n  - later\n";
        let wanted: HashSet<String> = ["/keep/0", "/keep/1/item", "/keep/2"].iter().map(|s| s.to_string()).collect();
        let found = find(text, &wanted);
        assert_eq!(found.get("/keep/0"), Some(&8));
        assert_eq!(found.get("/keep/1/item"), Some(&9));
        // Not in the first document: the second is not read.
        assert_eq!(found.get("/keep/2"), None);
    }
}
