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

/// What a decoder carries down the document: the issues found so far. Pointers are not built as
/// decoding goes (a clean document would pay for every key it enters): an issue is recorded
/// relative to the value being decoded, and each property or item it was found inside prefixes
/// its own token on the way out, so only an issue pays for its pointer.
#[derive(Debug, Default)]
pub struct Cx {
    pub errs: DecodeErrors,
    replay: Replay,
}

/// Whether the input can be decoded again from its start, which lets a union read it once on
/// the chance that the one reading is exact, and ask for the whole input to be read again when
/// it is not (see [`Cx::replayable`]).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Replay {
    /// A streaming deserializer: every union reads what it must look at twice.
    #[default]
    Off,
    Allowed,
    /// A union could not finish in one reading; what this decoding found is to be thrown away.
    Needed,
}

impl Cx {
    pub fn new() -> Self {
        Cx::default()
    }

    /// A context with no issues, for trying a value on the side; its issues are relative to the
    /// same value as this one's. It never replays: a try on the side is not the whole input.
    pub fn scratch(&self) -> Cx {
        Cx::default()
    }

    /// Whether the caller can decode the whole input again: then a union may read its value in
    /// one pass where that is exact when the value is valid, and call [`Cx::ask_replay`] when
    /// it cannot tell (an invalid value, a property of another variant), rather than hold the
    /// value for a second look.
    pub fn replayable(&self) -> bool {
        self.replay == Replay::Allowed
    }

    /// Asks for the input to be decoded again with [`Cx::replayable`] off; what this decoding
    /// returns and records is then thrown away. It records an issue of its own, so that the
    /// value the union gives up on is, as every refused value is, `None` with an issue: whatever
    /// holds it stops there as it would on an invalid value.
    pub fn ask_replay(&mut self) {
        self.replay = Replay::Needed;
        self.push("decoded again: one reading could not tell this union's variant");
    }

    /// A context for an input that can be decoded again from its start.
    pub(crate) fn allowing_replay(errs: DecodeErrors) -> Cx {
        Cx { errs, replay: Replay::Allowed }
    }

    /// Whether a union asked for the input to be decoded again.
    pub(crate) fn replay_asked(&self) -> bool {
        self.replay == Replay::Needed
    }

    /// How many issues so far: compare before and after to see whether a value added any.
    pub fn issues(&self) -> usize {
        self.errs.issues.len()
    }

    /// Records a problem with the value being decoded.
    pub fn push(&mut self, message: impl Into<String>) {
        self.errs.issues.push(DecodeIssue { pointer: String::new(), field: None, message: message.into() });
    }

    /// Records a problem with the property `key` of the object being decoded.
    pub fn push_field(&mut self, key: &str, message: impl Into<String>) {
        self.errs.push_field("", key, message);
    }

    /// Runs `f` inside the property (or item) `key`: what it records is about that value.
    // Inlined, with the prefixing out of line: a clean value, the usual case, pays for one
    // comparison, and the generic closure is not a call of its own per property.
    #[inline(always)]
    pub fn inside<R>(&mut self, key: &str, f: impl FnOnce(&mut Cx) -> R) -> R {
        let before = self.errs.issues.len();
        let r = f(self);
        if self.errs.issues.len() > before {
            self.prefix_key(before, key);
        }
        r
    }

    /// Runs `f` inside the item at `index`.
    #[inline(always)]
    pub fn inside_item<R>(&mut self, index: usize, f: impl FnOnce(&mut Cx) -> R) -> R {
        let before = self.errs.issues.len();
        let r = f(self);
        if self.errs.issues.len() > before {
            self.prefix_key(before, &index.to_string());
        }
        r
    }

    /// Prefixes `key`'s token to the pointers of the issues from `before` on.
    #[cold]
    #[inline(never)]
    fn prefix_key(&mut self, before: usize, key: &str) {
        for issue in &mut self.errs.issues[before..] {
            let mut token = String::with_capacity(key.len() + 1 + issue.pointer.len());
            push_token(&mut token, key);
            if issue.pointer.is_empty() {
                issue.field = Some(key.to_string());
            }
            token.push_str(&issue.pointer);
            issue.pointer = token;
        }
    }

    /// The issues, or `value` when there are none.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, DecodeErrors> {
        match value {
            Some(value) if self.errs.is_empty() => Ok(value),
            // A decoder that refuses a value records why; should one not, the refusal still shows.
            None if self.errs.is_empty() => {
                let mut errs = self.errs;
                errs.push("", "could not be decoded");
                Err(errs)
            }
            _ => Err(self.errs),
        }
    }
}
