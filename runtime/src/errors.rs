//! What decoding found wrong, and where: issues with their JSON pointers, and the context a
//! decoder carries down the document (the pointer it is at, the issues so far).

use std::fmt;

/// One problem found while decoding: where (RFC 6901 pointer) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeIssue {
    /// Pointer to the offending value, e.g. `/items/0/name`; empty for the root.
    pub pointer: String,
    /// The property name at fault, when the problem is about one property.
    pub field: Option<String>,
    pub message: String,
}

/// Every problem found in one document: each value's own in document order, then what its object
/// lacks (missing properties are known only at the object's end).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecodeErrors {
    pub issues: Vec<DecodeIssue>,
}

impl DecodeErrors {
    pub fn is_empty(&self) -> bool {
        self.issues.is_empty()
    }

    /// Records a problem with the value at `at`.
    pub fn push(&mut self, at: &str, message: impl Into<String>) {
        self.issues.push(DecodeIssue { pointer: at.to_string(), field: last_token(at), message: message.into() });
    }

    /// Records a problem with the property `key` of the object at `at`.
    pub fn push_field(&mut self, at: &str, key: &str, message: impl Into<String>) {
        self.issues.push(DecodeIssue { pointer: child(at, key), field: Some(key.to_string()), message: message.into() });
    }
}

impl fmt::Display for DecodeErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, issue) in self.issues.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            let pointer = if issue.pointer.is_empty() { "/" } else { issue.pointer.as_str() };
            match &issue.field {
                Some(field) => write!(f, "{pointer} (field `{field}`): {}", issue.message)?,
                None => write!(f, "{pointer}: {}", issue.message)?,
            }
        }
        Ok(())
    }
}

impl std::error::Error for DecodeErrors {}

fn last_token(pointer: &str) -> Option<String> {
    let token = pointer.rsplit('/').next().filter(|_| !pointer.is_empty())?;
    Some(token.replace("~1", "/").replace("~0", "~"))
}

fn push_token(p: &mut String, key: &str) {
    p.push('/');
    if !key.contains(['~', '/']) {
        p.push_str(key);
        return;
    }
    for c in key.chars() {
        match c {
            '~' => p.push_str("~0"),
            '/' => p.push_str("~1"),
            c => p.push(c),
        }
    }
}

/// The pointer of `key` inside the value at `at`.
pub fn child(at: &str, key: &str) -> String {
    let mut p = String::with_capacity(at.len() + key.len() + 1);
    p.push_str(at);
    push_token(&mut p, key);
    p
}

/// What a decoder carries down the document: the pointer of the value it is decoding (one buffer,
/// extended and cut back as it goes in and out, so that a clean document allocates no pointers)
/// and the issues found so far.
#[derive(Debug, Default)]
pub struct Cx {
    at: String,
    pub errs: DecodeErrors,
}

impl Cx {
    pub fn new() -> Self {
        Cx::default()
    }

    /// A context at the same place with no issues: for trying a value on the side.
    pub fn scratch(&self) -> Cx {
        Cx { at: self.at.clone(), errs: DecodeErrors::default() }
    }

    /// The pointer of the value being decoded.
    pub fn at(&self) -> &str {
        &self.at
    }

    /// How many issues so far: compare before and after to see whether a value added any.
    pub fn issues(&self) -> usize {
        self.errs.issues.len()
    }

    /// Records a problem with the value being decoded.
    pub fn push(&mut self, message: impl Into<String>) {
        self.errs.push(&self.at, message);
    }

    /// Records a problem with the property `key` of the object being decoded.
    pub fn push_field(&mut self, key: &str, message: impl Into<String>) {
        self.errs.push_field(&self.at, key, message);
    }

    /// Runs `f` with the pointer moved into the property (or item) `key`.
    pub fn inside<R>(&mut self, key: &str, f: impl FnOnce(&mut Cx) -> R) -> R {
        let len = self.at.len();
        push_token(&mut self.at, key);
        let r = f(self);
        self.at.truncate(len);
        r
    }

    /// Runs `f` with the pointer moved into the item at `index`.
    pub fn inside_item<R>(&mut self, index: usize, f: impl FnOnce(&mut Cx) -> R) -> R {
        use std::fmt::Write;
        let len = self.at.len();
        let _ = write!(self.at, "/{index}");
        let r = f(self);
        self.at.truncate(len);
        r
    }

    /// The issues, or `value` when there are none.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, DecodeErrors> {
        match value {
            Some(value) if self.errs.is_empty() => Ok(value),
            // A decoder that refuses a value records why; should one not, the refusal still shows.
            None if self.errs.is_empty() => {
                let mut errs = self.errs;
                errs.push(&self.at, "could not be decoded");
                Err(errs)
            }
            _ => Err(self.errs),
        }
    }
}
