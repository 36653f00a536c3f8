//! RFC 6901 JSON pointers over `serde_json::Value`: escaping a token, and looking a pointer up.
//!
//! serde_json's own `Value::pointer` unescapes every token into two new strings; the passes that
//! walk a document look up and build tens of thousands of pointers, nearly all of whose tokens
//! have nothing to unescape, so these borrow them instead.

use std::borrow::Cow;

use serde_json::Value;

/// Escapes one reference token (`~` as `~0`, `/` as `~1`); borrowed when it has neither.
pub fn escape_token(token: &str) -> Cow<'_, str> {
    if token.contains(['~', '/']) {
        Cow::Owned(token.replace('~', "~0").replace('/', "~1"))
    } else {
        Cow::Borrowed(token)
    }
}

/// Undoes [`escape_token`]; borrowed when there is no `~`.
pub fn unescape_token(token: &str) -> Cow<'_, str> {
    if token.contains('~') {
        Cow::Owned(token.replace("~1", "/").replace("~0", "~"))
    } else {
        Cow::Borrowed(token)
    }
}

/// Appends `/` and `token`, escaped: one step down a pointer built in place.
pub fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    pointer.push_str(&escape_token(token));
}

/// An array index as RFC 6901 writes one: digits, no sign, no leading zero.
fn index(token: &str) -> Option<usize> {
    if token.is_empty() || !token.bytes().all(|b| b.is_ascii_digit()) || (token.len() > 1 && token.starts_with('0')) {
        return None;
    }
    token.parse().ok()
}

/// Pointer lookups, as `Value::pointer` and `Value::pointer_mut` answer them.
pub trait Pointer {
    /// The value at `pointer` (`""` is the value itself); `None` when a token names nothing.
    fn lookup(&self, pointer: &str) -> Option<&Value>;
    /// [`Pointer::lookup`], mutably.
    fn lookup_mut(&mut self, pointer: &str) -> Option<&mut Value>;
}

impl Pointer for Value {
    fn lookup(&self, pointer: &str) -> Option<&Value> {
        let Some(rest) = pointer.strip_prefix('/') else { return pointer.is_empty().then_some(self) };
        rest.split('/').try_fold(self, |value, token| match value {
            Value::Object(map) => map.get(unescape_token(token).as_ref()),
            Value::Array(list) => index(token).and_then(|i| list.get(i)),
            _ => None,
        })
    }

    fn lookup_mut(&mut self, pointer: &str) -> Option<&mut Value> {
        let Some(rest) = pointer.strip_prefix('/') else { return pointer.is_empty().then_some(self) };
        rest.split('/').try_fold(self, |value, token| match value {
            Value::Object(map) => map.get_mut(unescape_token(token).as_ref()),
            Value::Array(list) => index(token).and_then(|i| list.get_mut(i)),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// Every pointer answers what serde_json's own lookup answers, escapes and indices included.
    #[test]
    fn lookups_agree_with_serde_json() {
        let mut doc = json!({
            "a/b": {"c~d": [10, {"e": null}]},
            "": {"": 1},
            "paths": {"/me/{id}": {"get": {"responses": {"200": true}}}},
            "n": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
        });
        let pointers = [
            "", "/", "//", "/a~1b", "/a~1b/c~0d", "/a~1b/c~0d/0", "/a~1b/c~0d/1/e", "/a~1b/c~0d/2", "/a~1b/c~0d/01",
            "/a~1b/c~0d/+1", "/a~1b/c~0d/-1", "/a~1b/c~0d/ 1", "/a/b", "/paths/~1me~1{id}/get/responses/200",
            "/paths/~1me~1{id}/get/responses/200/x", "/n/11", "/n/011", "/n/", "/n/1e1", "a", "/~2", "/a~1b/c~0d/1/e/f",
            "/n/99999999999999999999999",
        ];
        for pointer in pointers {
            assert_eq!(doc.lookup(pointer), doc.pointer(pointer), "{pointer:?}");
            let ours = doc.clone().lookup_mut(pointer).cloned();
            assert_eq!(ours, doc.pointer_mut(pointer).cloned(), "{pointer:?} (mutably)");
        }
    }

    #[test]
    fn tokens_escape_and_unescape() {
        for token in ["plain", "a/b", "~", "~1", "a~/b", "", "/~0/"] {
            let escaped = escape_token(token);
            assert!(!escaped.contains('/'));
            assert_eq!(unescape_token(&escaped), token);
        }
        assert!(matches!(escape_token("properties"), Cow::Borrowed(_)));
    }
}
