//! Patterns checked a character at a time answer as the ECMAScript engine does: each pattern of
//! that form, and some just outside it, against every short string over characters chosen to sit
//! on the edges of the classes (ECMA-262's white space, line terminators, astral characters), and
//! against longer pseudo-random ones.

use openapi_runtime::Pattern;

/// Patterns of the form: anchored at both ends, fixed characters, then one class repeated.
const BY_CHARACTER: &[&str] = &[
    r"^[^\u0000-\u001f\u007f-\u009f]*$",
    r"^\S+$",
    r"^[^\s]+$",
    r"^[a-zA-Z0-9-]+$",
    r"^[a-z_]+$",
    r"^cac_[A-Za-z0-9]+$",
    r"^\d{2}$",
    r"^\d{1,3}$",
    r"^\w{2,}$",
    r"^[\w.-]?$",
    r"^[\s\S]*$",
    r"^[\S-]+$",
    r"^[\D\-]*$",
    r"^.+$",
    r"^.*?$",
    r"^[^]*$",
    r"^[]$",
    r"^$",
    r"^a$",
    r"^\$\^\.\*\+\?\(\)\[\]\{\}\|\/+$",
    r"^[\-a]\x41\u0042\u{43}[\t\n\v\f\r\0\b]*$",
    r"^[\ud83d\ude00-\ud83d\ude4f]+$",
    r"^[😀é]{0,2}$",
    r"^[A-Z][a-z]*$",
];

/// Patterns the engine keeps: alternatives, groups, lookahead, unanchored, escaped anchors, lone
/// surrogates, property escapes, two repeated classes.
const BY_ENGINE: &[&str] = &[
    r"^(?=.{1,64}$)[a-z][a-z0-9-]*$",
    r"^[a-zA-Z]{2}(-[a-zA-Z]{2})?$",
    r"^a|b$",
    r"[a-z]+",
    r"^[a-z]+",
    r"[a-z]+$",
    r"^a\$",
    r"^[a-z]+[0-9]+$",
    r"^\p{L}+$",
    r"^[\ud800]$",
    r"^\ba$",
    r"^a{2,1}$",
];

/// Characters on the edges of the classes above.
const ALPHABET: &[char] = &[
    'a', 'Z', '0', '9', '_', '-', '.', '$', '\\', ' ', '\t', '\n', '\u{b}', '\r', '\0', '\u{8}', '\u{1f}', '\u{7f}',
    '\u{85}', '\u{9f}', '\u{a0}', '\u{1680}', '\u{2028}', '\u{feff}', 'é', '😀', '😐', 'A', 'B', 'C', 'c',
];

fn strings() -> Vec<String> {
    let mut out = vec![String::new()];
    let mut layer = vec![String::new()];
    for _ in 0..3 {
        layer = layer.iter().flat_map(|s| ALPHABET.iter().map(move |c| format!("{s}{c}"))).collect();
        out.extend(layer.iter().cloned());
    }
    // Longer ones, from a fixed-seed linear congruential generator (the same strings every run).
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        state >> 33
    };
    for _ in 0..2000 {
        let mut s = String::from(["", "cac_", "a", "😀"][next() as usize % 4]);
        for _ in 0..next() % 12 {
            s.push(ALPHABET[next() as usize % ALPHABET.len()]);
        }
        out.push(s);
    }
    out.extend(["cac_Ab9", "cac_", "cac_a-b", "Cac_a", "Abc", "abc", "$^.*+?()[]{}|//", "$^.*+?()[]{}|", "-ABC", "aABC\t\0\u{8}", "aABC "].map(String::from));
    out
}

fn assert_agrees(source: &'static str, texts: &[String]) {
    let engine = regress::Regex::with_flags(source, "u").unwrap_or_else(|e| panic!("{source}: {e}"));
    let pattern = Pattern::new(source, "u");
    let mut matched = 0;
    for s in texts {
        let expected = engine.find(s).is_some();
        assert_eq!(pattern.is_match(s), expected, "{source} on {s:?}");
        matched += usize::from(expected);
    }
    // Every pattern here matches some strings and not others, so an answer fixed either way fails.
    // `[]` matches nothing, and no Rust string holds a lone surrogate.
    assert!(matched > 0 || source == r"^[]$" || source == r"^[\ud800]$", "{source} matches none of the strings");
    assert!(matched < texts.len() || source == r"^[\s\S]*$" || source == r"^[^]*$", "{source} matches all of them");
}

#[test]
fn patterns_of_one_repeated_class_are_checked_by_character_as_the_engine_checks_them() {
    let texts = strings();
    for &source in BY_CHARACTER {
        assert!(Pattern::new(source, "u").is_by_character(), "{source} goes to the engine");
        assert_agrees(source, &texts);
    }
}

#[test]
fn other_patterns_go_to_the_engine() {
    let texts = strings();
    for &source in BY_ENGINE {
        let Ok(_) = regress::Regex::with_flags(source, "u") else {
            // The engine refuses it too: not checked, as before.
            assert!(Pattern::new(source, "u").is_match("anything"), "{source}");
            continue;
        };
        assert!(!Pattern::new(source, "u").is_by_character(), "{source} is checked by character");
        assert_agrees(source, &texts);
    }
}

#[test]
fn the_plain_mode_goes_to_the_engine() {
    // Without `u`, a pattern is matched on UTF-16 units, which this form does not count.
    let pattern = Pattern::new(r"^[a-z\-]+$", "");
    assert!(!pattern.is_by_character());
    assert!(pattern.is_match("a-b") && !pattern.is_match("a b"));
}
