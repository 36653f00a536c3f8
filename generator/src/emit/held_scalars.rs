//! Which properties a tagged union holds as values, not as text, when they come before its tag:
//! those that every variant declaring them types as a scalar (see `runtime::Tagged::holds_scalar`).
//! The choice is one of cost only: a held value is handed to the variant exactly as held text
//! would be, whatever it turns out to be.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::model::{Kind, Tagged, Ty, TypeDef};

/// The properties of `tagged`'s variants that valid input holds a scalar at, sorted: those that
/// at least one variant's struct declares, and every struct declaring them types as a string,
/// number, boolean or null (or a constant of one), possibly under a name. The tag is not one.
pub(crate) fn held_scalars(tagged: &Tagged, types: &BTreeMap<String, TypeDef>) -> Vec<String> {
    let mut scalar = BTreeSet::new();
    let mut other = BTreeSet::new();
    for v in &tagged.variants {
        let Some(Kind::Struct(s)) = types.get(&v.payload).map(|t| &t.kind) else { continue };
        let fields = s.fields.iter().map(|f| (&f.json, is_scalar(&f.ty, types, 0)));
        let consts = s.consts.iter().map(|c| (&c.json, !matches!(c.value, Value::Array(_) | Value::Object(_))));
        for (json, is) in fields.chain(consts) {
            if is { scalar.insert(json.clone()) } else { other.insert(json.clone()) };
        }
    }
    scalar.into_iter().filter(|p| !other.contains(p) && *p != tagged.property).collect()
}

/// Whether every value of `ty` is a JSON scalar; `depth` bounds the names followed.
fn is_scalar(ty: &Ty, types: &BTreeMap<String, TypeDef>, depth: usize) -> bool {
    match ty {
        Ty::String(_) | Ty::Integer | Ty::Number | Ty::Boolean => true,
        Ty::Bounded(inner, _) | Ty::Nullable(inner) => is_scalar(inner, types, depth),
        Ty::Named(name) if depth < 16 => match types.get(name).map(|t| &t.kind) {
            Some(Kind::Enum(_)) => true,
            Some(Kind::Newtype(inner) | Kind::Alias(inner)) => is_scalar(inner, types, depth + 1),
            _ => false,
        },
        _ => false,
    }
}
