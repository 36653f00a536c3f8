//! A string for a pattern: the shortest walk through the regular expression's common constructs
//! (literals, escapes, classes, groups, alternation, quantifiers; look-arounds are skipped), each
//! open-ended repetition taken `extra` more times. The caller checks the result with the real
//! engine: this only has to be right for the patterns specs write, not for every pattern.

/// A string meant to match `pattern`, or `None` for a construct this does not read.
pub fn sample(pattern: &str, extra: usize) -> Option<String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut at = 0;
    let out = alternation(&chars, &mut at, extra)?;
    (at == chars.len()).then_some(out)
}

/// Branches separated by `|`, up to the end or a closing parenthesis: the first branch is taken.
fn alternation(p: &[char], at: &mut usize, extra: usize) -> Option<String> {
    let first = sequence(p, at, extra)?;
    while *at < p.len() && p[*at] == '|' {
        *at += 1;
        sequence(p, at, extra)?;
    }
    Some(first)
}

fn sequence(p: &[char], at: &mut usize, extra: usize) -> Option<String> {
    let mut out = String::new();
    while *at < p.len() && p[*at] != '|' && p[*at] != ')' {
        let atom = atom(p, at, extra)?;
        let (min, open) = quantifier(p, at)?;
        let times = if open { min + extra.max(usize::from(min == 0 && extra > 0)) } else { min };
        for _ in 0..times {
            out.push_str(&atom);
        }
    }
    Some(out)
}

/// The least number of repetitions a quantifier asks for, and whether it allows more.
fn quantifier(p: &[char], at: &mut usize) -> Option<(usize, bool)> {
    let q = match p.get(*at) {
        Some('*') => (0, true),
        Some('+') => (1, true),
        Some('?') => (0, false),
        Some('{') => {
            let close = p[*at..].iter().position(|c| *c == '}')? + *at;
            let inner: String = p[*at + 1..close].iter().collect();
            let (low, high) = match inner.split_once(',') {
                Some((low, high)) => (low.trim().parse().ok()?, high.trim().is_empty() || high.trim().parse::<usize>().ok()? > low.trim().parse::<usize>().ok()?),
                None => (inner.trim().parse().ok()?, false),
            };
            *at = close;
            (low, high)
        }
        _ => return Some((1, false)),
    };
    *at += 1;
    // A lazy or possessive marker changes nothing for the shortest walk.
    if matches!(p.get(*at), Some('?' | '+')) {
        *at += 1;
    }
    Some(q)
}

/// One atom, as the text it contributes once.
fn atom(p: &[char], at: &mut usize, extra: usize) -> Option<String> {
    let c = *p.get(*at)?;
    *at += 1;
    Some(match c {
        '^' | '$' => String::new(),
        '.' => "a".into(),
        '\\' => {
            let e = *p.get(*at)?;
            *at += 1;
            match e {
                'd' => "1".into(),
                'w' | 'S' | 'D' => "a".into(),
                'W' | 's' => " ".into(),
                'b' | 'B' => String::new(),
                'n' => "\n".into(),
                't' => "\t".into(),
                'u' => unicode_escape(p, at)?.to_string(),
                other => other.to_string(),
            }
        }
        '[' => class(p, at)?.to_string(),
        '(' => {
            let lookaround = p.get(*at) == Some(&'?') && matches!(p.get(*at + 1), Some('=' | '!' | '<'));
            let named = p.get(*at) == Some(&'?') && p.get(*at + 1) == Some(&'<') && !matches!(p.get(*at + 2), Some('=' | '!'));
            if named {
                *at += p[*at..].iter().position(|c| *c == '>')? + 1;
            } else if lookaround {
                *at += if p.get(*at + 1) == Some(&'<') { 3 } else { 2 };
            } else if p.get(*at) == Some(&'?') && p.get(*at + 1) == Some(&':') {
                *at += 2;
            }
            let inner = alternation(p, at, extra)?;
            (p.get(*at) == Some(&')')).then_some(())?;
            *at += 1;
            if lookaround && !named {
                String::new()
            } else {
                inner
            }
        }
        '|' | ')' | '*' | '+' | '?' | '{' => return None,
        literal => literal.to_string(),
    })
}

/// A character of a bracketed class: its first member, or for a negated class a plain character
/// it does not exclude.
fn class(p: &[char], at: &mut usize) -> Option<char> {
    let negated = p.get(*at) == Some(&'^');
    if negated {
        *at += 1;
    }
    let mut members: Vec<(char, char)> = Vec::new();
    let mut first = true;
    while *at < p.len() && (p[*at] != ']' || first) {
        first = false;
        let mut c = p[*at];
        *at += 1;
        if c == '\\' {
            let e = *p.get(*at)?;
            *at += 1;
            match e {
                'd' => {
                    members.push(('0', '9'));
                    continue;
                }
                'w' => {
                    members.push(('a', 'z'));
                    continue;
                }
                's' => {
                    members.push((' ', ' '));
                    continue;
                }
                'u' => c = unicode_escape(p, at)?,
                other => c = other,
            }
        }
        if p.get(*at) == Some(&'-') && p.get(*at + 1).is_some_and(|n| *n != ']') {
            *at += 1;
            let mut high = p[*at];
            *at += 1;
            if high == '\\' {
                let e = *p.get(*at)?;
                *at += 1;
                high = if e == 'u' { unicode_escape(p, at)? } else { e };
            }
            members.push((c, high));
        } else {
            members.push((c, c));
        }
    }
    (p.get(*at) == Some(&']')).then_some(())?;
    *at += 1;
    if negated {
        return "aA1-_x".chars().find(|c| !members.iter().any(|(lo, hi)| lo <= c && c <= hi));
    }
    members.first().map(|(lo, _)| *lo)
}

/// The character of a `\uXXXX` escape whose four hex digits start at `at`.
fn unicode_escape(p: &[char], at: &mut usize) -> Option<char> {
    let hex: String = p.get(*at..*at + 4)?.iter().collect();
    *at += 4;
    char::from_u32(u32::from_str_radix(&hex, 16).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_specs_write() {
        assert_eq!(sample("^cac_[A-Za-z0-9]+$", 0).unwrap(), "cac_A");
        assert_eq!(sample("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$", 0).unwrap(), "aa");
        assert_eq!(sample(r"^\S+$", 2).unwrap(), "aaa");
        assert_eq!(sample(r"^(?=.{1,1024}$).+\|.+$", 0).unwrap(), "a|a");
        assert_eq!(sample(r"^[^\u0000-\u001f]*$", 1).unwrap(), "a");
        assert_eq!(sample("^(foo|bar)-\\d{3}$", 0).unwrap(), "foo-111");
        assert_eq!(sample("(unclosed", 0), None);
    }
}
