//! Patterns that say "the whole string is these characters, then characters of one class so many
//! times" (`^[a-z0-9-]+$`, `^[^\s]+$`, `^cac_[A-Za-z0-9]+$`, `^\d{4}$`), which most published
//! patterns are: decided a character at a time, without a regular expression engine, with the
//! meaning ECMA-262 gives them in Unicode mode. Anything else is left to the engine.

/// A set of characters: a class (`[a-z_]`, `[^\s]`), a class escape (`\d`, `\S`), `.`, or one
/// character.
#[derive(Debug)]
struct Class {
    negated: bool,
    items: Vec<Item>,
    /// Bit `c`: whether ASCII character `c` is in the class (most strings are ASCII: one lookup
    /// each, where the ranges are a scan).
    ascii: u128,
}

#[derive(Debug)]
enum Item {
    Range(char, char),
    /// A negated escape inside a class (`[\S-]`): every character outside these ranges.
    Outside(&'static [(char, char)]),
}

const DIGIT: &[(char, char)] = &[('0', '9')];
const WORD: &[(char, char)] = &[('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')];
/// ECMA-262's `WhiteSpace` and `LineTerminator`: what `\s` matches.
const SPACE: &[(char, char)] = &[
    ('\u{9}', '\u{d}'),
    (' ', ' '),
    ('\u{a0}', '\u{a0}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{200a}'),
    ('\u{2028}', '\u{2029}'),
    ('\u{202f}', '\u{202f}'),
    ('\u{205f}', '\u{205f}'),
    ('\u{3000}', '\u{3000}'),
    ('\u{feff}', '\u{feff}'),
];
/// What `.` does not match without the `s` flag.
const LINE_TERMINATORS: &[(char, char)] = &[('\n', '\n'), ('\r', '\r'), ('\u{2028}', '\u{2029}')];

fn within(ranges: &[(char, char)], c: char) -> bool {
    ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi)
}

impl Class {
    fn new(negated: bool, items: Vec<Item>) -> Class {
        let mut class = Class { negated, items, ascii: 0 };
        class.ascii = (0..128u8).filter(|&b| class.scan(char::from(b))).fold(0, |bits, b| bits | (1 << b));
        class
    }

    fn one(c: char) -> Class {
        Class::new(false, vec![Item::Range(c, c)])
    }

    fn contains(&self, c: char) -> bool {
        match u32::from(c) {
            b @ 0..128 => (self.ascii >> b) & 1 == 1,
            _ => self.scan(c),
        }
    }

    fn scan(&self, c: char) -> bool {
        let found = self.items.iter().any(|item| match *item {
            Item::Range(lo, hi) => lo <= c && c <= hi,
            Item::Outside(ranges) => !within(ranges, c),
        });
        found != self.negated
    }
}

/// `^`, characters each of one class, then optionally one class repeated between `min` and `max`
/// times, then `$`.
#[derive(Debug)]
pub(crate) struct Anchored {
    fixed: Vec<Class>,
    tail: Option<(Class, usize, Option<usize>)>,
}

impl Anchored {
    /// The pattern in this form, if it is one and compiles in Unicode mode (`flags` is the
    /// generator's: `u`, or none for patterns only the plain mode accepts).
    pub(crate) fn parse(source: &str, flags: &str) -> Option<Anchored> {
        if flags != "u" {
            return None;
        }
        let body = source.strip_prefix('^')?.strip_suffix('$')?;
        // `\$` at the end is a literal dollar, not the anchor.
        if body.ends_with('\\') && body.bytes().rev().take_while(|&b| b == b'\\').count() % 2 == 1 {
            return None;
        }
        let mut p = Parser { chars: body.chars().collect(), at: 0 };
        let mut fixed = Vec::new();
        let mut tail = None;
        while p.at < p.chars.len() {
            if tail.is_some() {
                return None;
            }
            let class = p.atom()?;
            match p.quantifier()? {
                None => fixed.push(class),
                Some((min, max)) => tail = Some((class, min, max)),
            }
        }
        Some(Anchored { fixed, tail })
    }

    pub(crate) fn is_match(&self, s: &str) -> bool {
        let mut chars = s.chars();
        for class in &self.fixed {
            match chars.next() {
                Some(c) if class.contains(c) => {}
                _ => return false,
            }
        }
        let Some((class, min, max)) = &self.tail else { return chars.next().is_none() };
        let mut n = 0usize;
        for c in chars {
            n += 1;
            if !class.contains(c) || max.is_some_and(|max| n > max) {
                return false;
            }
        }
        n >= *min
    }
}

struct Parser {
    chars: Vec<char>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        self.at += usize::from(found);
        found
    }

    /// One atom, as a class; `None` for anything but a character, `.`, an escape or a class.
    fn atom(&mut self) -> Option<Class> {
        match self.next()? {
            '[' => self.class(),
            '.' => Some(Class::new(false, vec![Item::Outside(LINE_TERMINATORS)])),
            '\\' => match self.escape(false)? {
                Escape::Char(c) => Some(Class::one(c)),
                Escape::Set(ranges, negated) => Some(Class::new(negated, ranges_of(ranges))),
            },
            '^' | '$' | '*' | '+' | '?' | '(' | ')' | '{' | '}' | ']' | '|' => None,
            c => Some(Class::one(c)),
        }
    }

    /// After `[`: the class up to its `]`.
    fn class(&mut self) -> Option<Class> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        loop {
            let lo = match self.next()? {
                ']' => return Some(Class::new(negated, items)),
                '\\' => self.escape(true)?,
                c => Escape::Char(c),
            };
            let lo = match lo {
                Escape::Char(c) => c,
                Escape::Set(ranges, outside) => {
                    // `[\d-z]` is a syntax error in Unicode mode; `[\d-]` is `\d` and `-`.
                    if self.peek() == Some('-') && self.chars.get(self.at + 1) != Some(&']') {
                        return None;
                    }
                    if outside {
                        items.push(Item::Outside(ranges));
                    } else {
                        items.extend(ranges_of(ranges));
                    }
                    continue;
                }
            };
            if self.peek() != Some('-') || self.chars.get(self.at + 1) == Some(&']') {
                items.push(Item::Range(lo, lo));
                continue;
            }
            self.at += 1;
            let hi = match self.next()? {
                '\\' => match self.escape(true)? {
                    Escape::Char(c) => c,
                    Escape::Set(..) => return None,
                },
                c => c,
            };
            if hi < lo {
                return None;
            }
            items.push(Item::Range(lo, hi));
        }
    }

    /// After `\`: what the escape stands for, in Unicode mode (where unknown escapes are errors).
    fn escape(&mut self, in_class: bool) -> Option<Escape> {
        let set = |ranges, negated| Some(Escape::Set(ranges, negated));
        let c = match self.next()? {
            'd' => return set(DIGIT, false),
            'D' => return set(DIGIT, true),
            'w' => return set(WORD, false),
            'W' => return set(WORD, true),
            's' => return set(SPACE, false),
            'S' => return set(SPACE, true),
            't' => '\t',
            'n' => '\n',
            'v' => '\u{b}',
            'f' => '\u{c}',
            'r' => '\r',
            'b' if in_class => '\u{8}',
            '0' if !self.peek().is_some_and(|c| c.is_ascii_digit()) => '\0',
            'x' => self.hex(2)?,
            'u' => self.unicode()?,
            '-' if in_class => '-',
            c if "^$\\.*+?()[]{}|/".contains(c) => c,
            _ => return None,
        };
        Some(Escape::Char(c))
    }

    fn hex_digits(&mut self, n: usize) -> Option<u32> {
        let mut v = 0u32;
        for _ in 0..n {
            v = v * 16 + self.next()?.to_digit(16)?;
        }
        Some(v)
    }

    fn hex(&mut self, n: usize) -> Option<char> {
        char::from_u32(self.hex_digits(n)?)
    }

    /// After `\u`: `HHHH`, a surrogate pair of two such escapes, or `{H...}`.
    fn unicode(&mut self) -> Option<char> {
        if self.eat('{') {
            let mut v = 0u32;
            let mut digits = 0;
            while !self.eat('}') {
                v = v.checked_mul(16)? + self.next()?.to_digit(16)?;
                digits += 1;
            }
            return if digits == 0 { None } else { char::from_u32(v) };
        }
        let unit = self.hex_digits(4)?;
        if !(0xD800..0xDC00).contains(&unit) {
            return char::from_u32(unit);
        }
        // A lone surrogate is no character a Rust string holds: leave it to the engine.
        let (b, u) = (self.next()?, self.next()?);
        let low = if b == '\\' && u == 'u' { self.hex_digits(4)? } else { return None };
        if !(0xDC00..0xE000).contains(&low) {
            return None;
        }
        char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
    }

    /// A quantifier after an atom, if there is one: `Some(None)` when there is none, `None` for
    /// one this form does not take.
    #[allow(clippy::option_option)]
    fn quantifier(&mut self) -> Option<Option<(usize, Option<usize>)>> {
        let bounds = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => {
                self.at += 1;
                let min = self.number()?;
                let max = if self.eat(',') { if self.peek() == Some('}') { None } else { Some(self.number()?) } } else { Some(min) };
                if self.peek() != Some('}') || max.is_some_and(|max| max < min) {
                    return None;
                }
                (min, max)
            }
            _ => return Some(None),
        };
        self.at += 1;
        // Lazy or greedy, a pattern anchored at both ends matches the same strings.
        self.eat('?');
        Some(Some(bounds))
    }

    fn number(&mut self) -> Option<usize> {
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.at += 1;
        }
        self.chars[start..self.at].iter().collect::<String>().parse().ok()
    }
}

enum Escape {
    Char(char),
    /// A class escape's ranges, and whether it is the negated one (`\D`, `\W`, `\S`).
    Set(&'static [(char, char)], bool),
}

fn ranges_of(ranges: &[(char, char)]) -> Vec<Item> {
    ranges.iter().map(|&(lo, hi)| Item::Range(lo, hi)).collect()
}
