//! Schema changes: two versions of a value's type compared place by place (properties, items,
//! union members, constraints), each named type once, on the sides of the wire it is reached from.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::constraints::{self, Way};
use super::{Cx, Side};
use crate::load::{escape_token, Pointer};
use crate::model::{Kind, Struct, Ty, TypeDef};

/// A pair of named types (old Rust name, new Rust name) and where it is reached from.
pub type Pair = (String, String);

#[derive(Debug, Clone, Default)]
pub struct Reach {
    pub sides: BTreeSet<Side>,
    /// Operations whose bodies or parameters reach the pair.
    pub via: BTreeSet<String>,
}

/// Compares types at one place; reports changes when `report`, and collects the named pairs met.
pub struct Walker<'c, 'a> {
    pub cx: &'c mut Cx<'a>,
    pub report: bool,
    pub found: Vec<Pair>,
}

/// Where a comparison stands: on which sides, in what context, at which pointers.
#[derive(Clone)]
pub struct Place<'p> {
    pub sides: &'p [Side],
    pub context: &'p str,
    pub old: String,
    pub new: String,
    pub via: &'p BTreeSet<String>,
    /// What the place is, put before each message: "parameter `limit`", "property `name` items".
    pub subject: String,
}

impl Place<'_> {
    fn child(&self, old: &str, new: &str) -> Self {
        Place { old: format!("{}{old}", self.old), new: format!("{}{new}", self.new), ..self.clone() }
    }

    /// A place inside this one, named `what` (after this one's name, if it has one).
    fn inside(&self, old: &str, new: &str, what: &str) -> Self {
        let subject = if self.subject.is_empty() { what.to_string() } else { format!("{} {what}", self.subject) };
        Place { subject, ..self.child(old, new) }
    }
}

fn describe(ty: &Ty) -> String {
    match ty {
        Ty::String(_) => "string".into(),
        Ty::Integer => "integer".into(),
        Ty::Number => "number".into(),
        Ty::Boolean => "boolean".into(),
        Ty::Any => "any value".into(),
        Ty::FreeObject => "object".into(),
        Ty::Array(item, _) => format!("array of {}", describe(item)),
        Ty::Map(item) => format!("map of {}", describe(item)),
        Ty::Bounded(inner, _) => describe(inner),
        Ty::Named(n) => format!("`{n}`"),
        Ty::Nullable(inner) => format!("{} or null", describe(inner)),
    }
}

impl Walker<'_, '_> {
    fn push(&mut self, id: &str, at: &Place, message: String, old: bool, new: bool) {
        let message = if at.subject.is_empty() { message } else { format!("{}: {message}", at.subject) };
        if self.report {
            let (o, n) = (old.then_some(at.old.as_str()), new.then_some(at.new.as_str()));
            self.cx.push(id, at.sides, at.context, message, (o, n), at.via);
        }
    }

    fn constraint(&mut self, at: &Place, what: &str, way: Option<Way>) {
        if let Some(way) = way {
            let id = match way.way {
                constraints::Dir::Tighter => "constraint-tightened",
                constraints::Dir::Looser => "constraint-loosened",
                constraints::Dir::Both => "constraint-changed",
            };
            self.push(id, at, format!("{what}: {}", way.text), true, true);
        }
    }

    /// Compares the types of one place.
    pub fn ty(&mut self, o: &Ty, n: &Ty, at: &Place) {
        match (o, n) {
            (Ty::Nullable(a), Ty::Nullable(b)) => self.ty(a, b, at),
            (Ty::Nullable(a), b) => {
                self.push("nullable-removed", at, format!("{} no longer allows null", describe(b)), true, true);
                self.ty(a, b, at);
            }
            (a, Ty::Nullable(b)) => {
                self.push("nullable-added", at, format!("{} now allows null", describe(a)), true, true);
                self.ty(a, b, at);
            }
            (Ty::Named(a), Ty::Named(b)) => {
                // Another Rust name at the same place: code naming the old type stops compiling
                // (an inline schema is named after its operation, so it is renamed with it).
                if a != b {
                    self.push("type-renamed", at, format!("`{a}` is now `{b}`"), true, true);
                }
                self.found.push((a.clone(), b.clone()));
            }
            (Ty::Bounded(..), _) | (_, Ty::Bounded(..)) => {
                let (oi, or) = constraints::unbound(o);
                let (ni, nr) = constraints::unbound(n);
                if same_kind(oi, ni) {
                    self.ty(oi, ni, at);
                    for (what, way) in constraints::numbers(&or, &nr) {
                        self.constraint(at, what, Some(way));
                    }
                } else {
                    self.push("type-changed", at, format!("{} is now {}", describe(o), describe(n)), true, true);
                }
            }
            (Ty::String(a), Ty::String(b)) => {
                for (what, way) in constraints::strings(a, b) {
                    self.constraint(at, what, Some(way));
                }
            }
            (Ty::Array(a, ra), Ty::Array(b, rb)) => {
                for (what, way) in constraints::arrays(ra, rb) {
                    self.constraint(at, what, Some(way));
                }
                self.ty(a, b, &at.inside("/items", "/items", "items"));
            }
            (Ty::Map(a), Ty::Map(b)) => self.ty(a, b, &at.inside("/additionalProperties", "/additionalProperties", "values")),
            (a, b) if a == b => {}
            (a, b) => self.push("type-changed", at, format!("{} is now {}", describe(a), describe(b)), true, true),
        }
    }

    /// Compares two named types.
    pub fn def(&mut self, a: &TypeDef, b: &TypeDef, at: &Place) {
        if a.nullable != b.nullable {
            let id = if b.nullable { "nullable-added" } else { "nullable-removed" };
            let what = if b.nullable { "now allows null" } else { "no longer allows null" };
            self.push(id, at, format!("`{}` {what}", b.name), true, true);
        }
        self.all_of(at);
        match (&a.kind, &b.kind) {
            (Kind::Struct(x), Kind::Struct(y)) => self.structs(x, y, at),
            (Kind::Enum(x), Kind::Enum(y)) => {
                for (value, _) in x.iter().filter(|(v, _)| !y.iter().any(|(w, _)| w == v)) {
                    self.push("enum-value-removed", at, format!("value `{value}` removed"), true, true);
                }
                for (value, _) in y.iter().filter(|(v, _)| !x.iter().any(|(w, _)| w == v)) {
                    self.push("enum-value-added", at, format!("value `{value}` added"), true, true);
                }
            }
            (Kind::Newtype(x) | Kind::Alias(x), Kind::Newtype(y) | Kind::Alias(y)) => self.ty(x, y, at),
            (Kind::Tagged(x), Kind::Tagged(y)) => {
                if x.property != y.property {
                    // The members are still compared by mapping key: their shapes changed too.
                    self.push("discriminator-changed", at, format!("discriminator `{}` is now `{}`", x.property, y.property), true, true);
                }
                for v in x.variants.iter().filter(|v| !y.variants.iter().any(|w| w.key == v.key)) {
                    self.push("union-member-removed", at, format!("member `{}` (`{}: {}`) removed", v.payload, x.property, v.key), true, true);
                }
                for v in y.variants.iter().filter(|v| !x.variants.iter().any(|w| w.key == v.key)) {
                    self.push("union-member-added", at, format!("member `{}` (`{}: {}`) added", v.payload, y.property, v.key), true, true);
                }
                for v in &x.variants {
                    if let Some(w) = y.variants.iter().find(|w| w.key == v.key) {
                        let member = at.inside("", "", &format!("member `{}: {}`", x.property, v.key));
                        self.ty(&Ty::Named(v.payload.clone()), &Ty::Named(w.payload.clone()), &member);
                    }
                }
            }
            (Kind::Keyed(x), Kind::Keyed(y)) => {
                self.union_keyword(at);
                let name = |v: &crate::model::KeyedVariant| v.stands_for.join(" or ");
                for v in x.variants.iter().filter(|v| !y.variants.iter().any(|w| w.ident == v.ident)) {
                    self.push("union-member-removed", at, format!("member {} removed", name(v)), true, true);
                }
                for v in y.variants.iter().filter(|v| !x.variants.iter().any(|w| w.ident == v.ident)) {
                    self.push("union-member-added", at, format!("member {} added", name(v)), true, true);
                }
                for v in &x.variants {
                    if let Some(w) = y.variants.iter().find(|w| w.ident == v.ident) {
                        self.ty(&v.payload, &w.payload, at);
                    }
                }
            }
            (Kind::Tagged(_), Kind::Keyed(_)) => self.push("discriminator-changed", at, "discriminator removed: the member is chosen by its shape".into(), true, true),
            (Kind::Keyed(_), Kind::Tagged(t)) => self.push("discriminator-changed", at, format!("discriminator `{}` added", t.property), true, true),
            _ => self.push("type-changed", at, format!("{} is now {}", kind_name(&a.kind), kind_name(&b.kind)), true, true),
        }
    }

    fn structs(&mut self, x: &Struct, y: &Struct, at: &Place) {
        let prop = |json: &str| format!("/properties/{}", escape_token(json));
        for f in x.fields.iter().filter(|f| !y.fields.iter().any(|g| g.json == f.json) && !y.consts.iter().any(|c| c.json == f.json)) {
            self.push("property-removed", &at.child(&prop(&f.json), ""), format!("property `{}` removed", f.json), true, false);
        }
        for c in x.consts.iter().filter(|c| !y.consts.iter().any(|d| d.json == c.json) && !y.fields.iter().any(|g| g.json == c.json) && !y.skip.contains(&c.json)) {
            self.push("property-removed", &at.child(&prop(&c.json), ""), format!("property `{}` removed", c.json), true, false);
        }
        let added: Vec<(&str, bool)> = y
            .fields
            .iter()
            .filter(|g| !x.fields.iter().any(|f| f.json == g.json) && !x.consts.iter().any(|c| c.json == g.json))
            .map(|g| (g.json.as_str(), g.required))
            .chain(y.consts.iter().filter(|d| !x.consts.iter().any(|c| c.json == d.json) && !x.fields.iter().any(|f| f.json == d.json) && !x.skip.contains(&d.json)).map(|d| (d.json.as_str(), d.required)))
            .collect();
        for (json, required) in added {
            let place = at.child("", &prop(json));
            let kind = if required { "required" } else { "optional" };
            if required {
                self.push("property-added-required", &place, format!("{kind} property `{json}` added"), false, true);
            } else if !x.closed {
                self.push("property-added-optional", &place, format!("{kind} property `{json}` added"), false, true);
            }
            if x.closed {
                self.push("property-added-to-closed", &place, format!("{kind} property `{json}` added to a closed object"), false, true);
            }
        }
        for f in &x.fields {
            let Some(g) = y.fields.iter().find(|g| g.json == f.json) else { continue };
            let place = at.inside(&prop(&f.json), &prop(&g.json), &format!("property `{}`", f.json));
            match (f.required, g.required) {
                (false, true) => self.push("property-made-required", &place, "now required".into(), true, true),
                (true, false) => self.push("property-made-optional", &place, "now optional".into(), true, true),
                _ => {}
            }
            self.ty(&f.ty, &g.ty, &place);
        }
        for c in &x.consts {
            if let Some(d) = y.consts.iter().find(|d| d.json == c.json) {
                if c.value != d.value {
                    self.push("const-changed", &at.child(&prop(&c.json), &prop(&d.json)), format!("property `{}` must now be {}, not {}", c.json, d.value, c.value), true, true);
                }
            } else if let Some(g) = y.fields.iter().find(|g| g.json == c.json) {
                self.push("type-changed", &at.child(&prop(&c.json), &prop(&g.json)), format!("property `{}` was the constant {}, now {}", c.json, c.value, describe(&g.ty)), true, true);
            }
        }
        match (x.closed, y.closed) {
            (false, true) => self.push("additional-properties-closed", at, "undeclared properties are no longer allowed".into(), true, true),
            (true, false) => self.push("additional-properties-opened", at, "undeclared properties are now allowed".into(), true, true),
            _ => {}
        }
        if let (Some((_, a)), Some((_, b))) = (&x.extra, &y.extra) {
            self.ty(a, b, &at.inside("/additionalProperties", "/additionalProperties", "undeclared properties"));
        }
        for (what, way) in constraints::properties(x, y) {
            self.constraint(at, what, Some(way));
        }
        if x.alternatives != y.alternatives {
            let show = |s: &Struct| s.alternatives.iter().map(|a| format!("{} of {:?}", if a.exactly_one { "one" } else { "any" }, a.sets)).collect::<Vec<_>>().join(", ");
            let way = Way { way: constraints::Dir::Both, text: format!("{} -> {}", show(x), show(y)) };
            self.constraint(at, "which properties must be present", Some(way));
        }
    }

    /// `allOf` members, by the schemas they name, in the documents as normalized.
    fn all_of(&mut self, at: &Place) {
        let members = |root: &Value, p: &str| -> Vec<String> {
            root.lookup(p)
                .and_then(|s| s.get("allOf"))
                .and_then(Value::as_array)
                .map(|items| items.iter().filter_map(|m| m.get("$ref").and_then(Value::as_str).and_then(crate::resolve::schema_name)).collect())
                .unwrap_or_default()
        };
        let (old, new) = (members(&self.cx.old.normalized, &at.old), members(&self.cx.new.normalized, &at.new));
        for m in old.iter().filter(|m| !new.contains(m)) {
            self.push("allof-member-removed", at, format!("`allOf` no longer includes `{m}`"), true, true);
        }
        for m in new.iter().filter(|m| !old.contains(m)) {
            self.push("allof-member-added", at, format!("`allOf` now includes `{m}`"), true, true);
        }
    }

    /// `anyOf` to `oneOf` and back, read from the documents as normalized.
    fn union_keyword(&mut self, at: &Place) {
        let keyword = |root: &Value, p: &str| root.lookup(p).map(|s| if s.get("oneOf").is_some() { "oneOf" } else { "anyOf" });
        match (keyword(&self.cx.old.normalized, &at.old), keyword(&self.cx.new.normalized, &at.new)) {
            (Some("anyOf"), Some("oneOf")) => self.push("union-anyof-to-oneof", at, "`anyOf` is now `oneOf`".into(), true, true),
            (Some("oneOf"), Some("anyOf")) => self.push("union-oneof-to-anyof", at, "`oneOf` is now `anyOf`".into(), true, true),
            _ => {}
        }
    }
}

fn same_kind(a: &Ty, b: &Ty) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

fn kind_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::Struct(_) => "an object",
        Kind::Enum(_) => "a string enum",
        Kind::Newtype(_) | Kind::Alias(_) => "a plain value",
        Kind::Tagged(_) => "a discriminated union",
        Kind::Keyed(_) => "a union",
    }
}

/// The schema pairs the operations reach, then every other component schema of both sides:
/// each pair compared once, on every side it is reached from.
pub fn compare(cx: &mut Cx, seeds: BTreeMap<Pair, Reach>) {
    let mut reach = seeds;
    let mut children: BTreeMap<Pair, Vec<Pair>> = BTreeMap::new();
    close(cx, &mut reach, &mut children);
    // Components no operation reaches, even through other schemas: compared as on both sides.
    let unreached: Vec<Pair> = cx
        .old
        .api
        .components
        .iter()
        .filter_map(|(schema, old_rust)| Some((old_rust.clone(), cx.new.api.components.get(schema)?.clone())))
        .filter(|pair| !reach.contains_key(pair))
        .collect();
    for pair in unreached {
        reach.insert(pair, Reach { sides: [Side::Request, Side::Response].into(), via: BTreeSet::new() });
    }
    close(cx, &mut reach, &mut children);
    for (pair, r) in &reach {
        walk_pair(cx, pair, r, true);
    }
    // Component schemas on one side only.
    let removed: Vec<String> = cx.old.api.components.keys().filter(|k| !cx.new.api.components.contains_key(*k)).cloned().collect();
    let added: Vec<String> = cx.new.api.components.keys().filter(|k| !cx.old.api.components.contains_key(*k)).cloned().collect();
    let both = [Side::Request, Side::Response];
    for name in removed {
        let p = format!("/components/schemas/{}", escape_token(&name));
        if !cx.old_origins.original(&p).starts_with("/components/schemas/") {
            continue; // a moved inline schema: its place is compared, not its name
        }
        cx.push("schema-removed", &both, &format!("schema {name}"), format!("schema `{name}` removed"), (Some(&p), None), &BTreeSet::new());
    }
    for name in added {
        let p = format!("/components/schemas/{}", escape_token(&name));
        if !cx.new_origins.original(&p).starts_with("/components/schemas/") {
            continue;
        }
        cx.push("schema-added", &both, &format!("schema {name}"), format!("schema `{name}` added"), (None, Some(&p)), &BTreeSet::new());
    }
}

/// Finds the children of every pair (once, without reporting), then lets reach flow from parents
/// to children until nothing changes.
fn close(cx: &mut Cx, reach: &mut BTreeMap<Pair, Reach>, children: &mut BTreeMap<Pair, Vec<Pair>>) {
    let mut todo: Vec<Pair> = reach.keys().cloned().collect();
    while let Some(pair) = todo.pop() {
        if children.contains_key(&pair) {
            continue;
        }
        let found = walk_pair(cx, &pair, &Reach::default(), false);
        todo.extend(found.iter().cloned());
        children.insert(pair, found);
    }
    loop {
        let mut changed = false;
        for (parent, kids) in children.iter() {
            let Some(from) = reach.get(parent).cloned() else { continue };
            for kid in kids {
                let to = reach.entry(kid.clone()).or_default();
                let before = (to.sides.len(), to.via.len());
                to.sides.extend(from.sides.iter().copied());
                to.via.extend(from.via.iter().cloned());
                changed |= before != (to.sides.len(), to.via.len());
            }
        }
        if !changed {
            break;
        }
    }
}

fn walk_pair(cx: &mut Cx, pair: &Pair, r: &Reach, report: bool) -> Vec<Pair> {
    let (Some(a), Some(b)) = (cx.old.api.types.get(&pair.0).cloned(), cx.new.api.types.get(&pair.1).cloned()) else { return Vec::new() };
    let sides: Vec<Side> = r.sides.iter().copied().collect();
    let name = b.schema_name.clone().unwrap_or_else(|| b.name.clone());
    let context = format!("schema {name}");
    let at = Place { sides: &sides, context: &context, old: a.pointer.clone(), new: b.pointer.clone(), via: &r.via, subject: String::new() };
    let mut w = Walker { cx, report, found: Vec::new() };
    w.def(&a, &b, &at);
    w.found
}
