//! Constraints compared one by one: does the new schema take fewer values (tighter), more
//! (looser), or some of each?

use crate::model::{ArrayRules, NumberRules, StringRules, Struct, Ty};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Tighter,
    Looser,
    Both,
}

/// One constraint's change, with its old and new values in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Way {
    pub way: Dir,
    pub text: String,
}

fn show<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref().map_or_else(|| "none".to_string(), T::to_string)
}

/// A lower bound (`minLength`, `minItems`): higher is tighter; none is the loosest.
fn lower<T: PartialOrd + std::fmt::Display>(a: &Option<T>, b: &Option<T>) -> Option<Way> {
    let way = match (a, b) {
        (None, None) => return None,
        (None, Some(_)) => Dir::Tighter,
        (Some(_), None) => Dir::Looser,
        (Some(x), Some(y)) if y > x => Dir::Tighter,
        (Some(x), Some(y)) if y < x => Dir::Looser,
        _ => return None,
    };
    Some(Way { way, text: format!("{} -> {}", show(a), show(b)) })
}

/// An upper bound (`maxLength`, `maxItems`): lower is tighter.
fn upper<T: PartialOrd + std::fmt::Display>(a: &Option<T>, b: &Option<T>) -> Option<Way> {
    let flip = |d| match d {
        Dir::Tighter => Dir::Looser,
        Dir::Looser => Dir::Tighter,
        Dir::Both => Dir::Both,
    };
    let way = match (a, b) {
        (Some(_), Some(_)) => flip(lower(a, b)?.way),
        (None, Some(_)) => Dir::Tighter,
        (Some(_), None) => Dir::Looser,
        (None, None) => return None,
    };
    Some(Way { way, text: format!("{} -> {}", show(a), show(b)) })
}

pub fn strings(a: &StringRules, b: &StringRules) -> Vec<(&'static str, Way)> {
    let mut out = Vec::new();
    out.extend(lower(&a.min_length, &b.min_length).map(|w| ("minLength", w)));
    out.extend(upper(&a.max_length, &b.max_length).map(|w| ("maxLength", w)));
    let pattern = match (&a.pattern, &b.pattern) {
        (None, Some(_)) => Some(Dir::Tighter),
        (Some(_), None) => Some(Dir::Looser),
        (Some(x), Some(y)) if x != y => Some(Dir::Both),
        _ => None,
    };
    if let Some(way) = pattern {
        let show = |p: &Option<String>| p.as_ref().map_or_else(|| "none".to_string(), |p| format!("`{p}`"));
        out.push(("pattern", Way { way, text: format!("{} -> {}", show(&a.pattern), show(&b.pattern)) }));
    }
    out
}

pub fn arrays(a: &ArrayRules, b: &ArrayRules) -> Vec<(&'static str, Way)> {
    let mut out = Vec::new();
    out.extend(lower(&a.min_items, &b.min_items).map(|w| ("minItems", w)));
    out.extend(upper(&a.max_items, &b.max_items).map(|w| ("maxItems", w)));
    if a.unique_items != b.unique_items {
        let way = if b.unique_items { Dir::Tighter } else { Dir::Looser };
        out.push(("uniqueItems", Way { way, text: format!("{} -> {}", a.unique_items, b.unique_items) }));
    }
    out
}

pub fn properties(a: &Struct, b: &Struct) -> Vec<(&'static str, Way)> {
    let mut out = Vec::new();
    out.extend(lower(&a.min_properties, &b.min_properties).map(|w| ("minProperties", w)));
    out.extend(upper(&a.max_properties, &b.max_properties).map(|w| ("maxProperties", w)));
    out
}

/// A bound with its exclusivity, ordered so that a higher lower bound is tighter: `> 5` is above
/// `>= 5`.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Bound(f64, bool);

impl std::fmt::Display for Bound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", if self.1 { "exclusive " } else { "" }, self.0)
    }
}

/// An upper bound ordered the other way: `< 5` is below `<= 5`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct UpperBound(f64, bool);

impl PartialOrd for UpperBound {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        // Exclusive is smaller at the same value.
        (self.0, !self.1).partial_cmp(&(other.0, !other.1))
    }
}

impl std::fmt::Display for UpperBound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", if self.1 { "exclusive " } else { "" }, self.0)
    }
}

pub fn numbers(a: &NumberRules, b: &NumberRules) -> Vec<(&'static str, Way)> {
    let f = |n: &Option<serde_json::Number>| n.as_ref().and_then(serde_json::Number::as_f64);
    let mut out = Vec::new();
    let min = |r: &NumberRules| f(&r.minimum).map(|v| Bound(v, r.exclusive_minimum));
    let max = |r: &NumberRules| f(&r.maximum).map(|v| UpperBound(v, r.exclusive_maximum));
    out.extend(lower(&min(a), &min(b)).map(|w| ("minimum", w)));
    out.extend(upper(&max(a), &max(b)).map(|w| ("maximum", w)));
    let multiple = match (f(&a.multiple_of), f(&b.multiple_of)) {
        (None, Some(_)) => Some(Dir::Tighter),
        (Some(_), None) => Some(Dir::Looser),
        (Some(x), Some(y)) if x != y => {
            // Multiples of a multiple of x are multiples of x: fewer values.
            let divides = |big: f64, small: f64| (big / small - (big / small).round()).abs() < 1e-9;
            Some(if divides(y, x) {
                Dir::Tighter
            } else if divides(x, y) {
                Dir::Looser
            } else {
                Dir::Both
            })
        }
        _ => None,
    };
    if let Some(way) = multiple {
        out.push(("multipleOf", Way { way, text: format!("{} -> {}", show(&a.multiple_of), show(&b.multiple_of)) }));
    }
    out
}

/// A type without its numeric bounds, and the bounds (none for a type that has none).
pub fn unbound(ty: &Ty) -> (&Ty, NumberRules) {
    match ty {
        Ty::Bounded(inner, rules) => (inner, rules.clone()),
        other => (other, NumberRules::default()),
    }
}
