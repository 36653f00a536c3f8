//! Keyed unions of open objects read in one pass, where the input can be read again (see
//! [`Cx::replayable`]). An open variant keeps the properties it does not declare, so a property
//! one variant types may be another's untyped extra: decoded as its key comes, its value is
//! right only for the variants that declare it. The pass is exact, and is the answer, when the
//! object is valid, repeats no key, and the variant the keys choose declares every property of
//! the union present: that variant then decodes each of them with the same decoder (the union's
//! variants agree on the type of what they share), and its extras are the keys no variant
//! declares, in their order. Anything else (an issue in any value, a repeated key, no variant
//! taking the keys, or a chosen variant that would keep another's property as an extra) asks for
//! the input to be read again, through the union's two readings, which say what is wrong as
//! they always have. Valid input, the usual case, is read once and holds nothing.

use crate::errors::Cx;
use crate::keyed::Member;
use crate::unions::VariantShape;

/// One open keyed union's object as it is read: the union's properties present (bit `p`:
/// property `p`, as [`Member`] numbers them), whether one came twice, and the issue count at
/// the start.
pub struct OpenPass {
    present: u64,
    repeated: bool,
    start: usize,
}

impl OpenPass {
    /// A pass over an object.
    pub fn new(cx: &Cx) -> Self {
        OpenPass { present: 0, repeated: false, start: cx.issues() }
    }

    /// Notes that the union's property `property` is read next.
    pub fn key(&mut self, property: usize) {
        let bit = 1u64 << property;
        self.repeated |= self.present & bit != 0;
        self.present |= bit;
    }

    /// The variant that takes the object, chosen as [`crate::choose_variant`] chooses (the most
    /// required properties, then the most of the present ones declared, then the first), when
    /// one reading is exact for it; otherwise `None`, after asking for the input to be read
    /// again. `extras` says whether a key no variant declares was present.
    pub fn take(self, members: &[Member], shapes: &[VariantShape], extras: bool, cx: &mut Cx) -> Option<usize> {
        if cx.issues() > self.start || self.repeated {
            cx.ask_replay();
            return None;
        }
        let present = self.present;
        let mut best: Option<(usize, (usize, u32))> = None;
        for (i, (m, shape)) in members.iter().zip(shapes).enumerate() {
            // A closed variant takes only keys it declares; an open one, any beside its required.
            let takes = m.required & !present == 0 && (!shape.closed || (!extras && present & !m.declared == 0));
            let rank = (shape.required.len(), (m.declared & present).count_ones());
            if takes && best.is_none_or(|(_, b)| rank > b) {
                best = Some((i, rank));
            }
        }
        match best {
            Some((i, _)) if present & !members[i].declared == 0 => Some(i),
            _ => {
                cx.ask_replay();
                None
            }
        }
    }
}
