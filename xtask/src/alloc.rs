//! The process's allocator: mimalloc, asked for alignment only when a type needs more than it
//! always gives.
//!
//! Generation allocates and frees small syntax nodes by the million (1.1 million allocations for
//! My Account). The `mimalloc` crate's allocator takes every request by mimalloc's aligned entry,
//! which checks the alignment it was given before it takes a block; `mi_malloc` hands out blocks
//! aligned to a machine word at least, which is all that almost every request (strings, tokens,
//! nodes) asks for. Requests for more go by the aligned entry as before.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys::{mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc, mi_zalloc_aligned};

/// The alignment every block of `mi_malloc` has (mimalloc's block sizes are whole machine words,
/// and its pages start aligned).
const WORD: usize = std::mem::size_of::<usize>();

/// mimalloc, by its plain entries where the alignment asked for is a word's or less.
pub struct Mimalloc;

/// A block for `layout`: from `plain` (which takes the size) where a word's alignment is enough,
/// from `aligned` (size, alignment) otherwise.
///
/// # Safety
///
/// `plain` and `aligned` are mimalloc's entries of one kind (both zeroing or neither), called as
/// [`GlobalAlloc::alloc`] may call an allocator.
#[inline]
unsafe fn block(layout: Layout, plain: unsafe extern "C" fn(usize) -> *mut c_void, aligned: unsafe extern "C" fn(usize, usize) -> *mut c_void) -> *mut u8 {
    // SAFETY: see the function's contract; every mimalloc block is aligned to a word.
    unsafe {
        if layout.align() <= WORD {
            plain(layout.size()).cast()
        } else {
            aligned(layout.size(), layout.align()).cast()
        }
    }
}

// SAFETY: each method forwards to the mimalloc entry that gives (or frees, or resizes) a block of
// at least the layout's size and alignment: the plain ones only where the alignment is at most a
// word, which every mimalloc block has; `mi_free` frees blocks of either kind.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the two entries that allocate without zeroing.
        unsafe { block(layout, mi_malloc, mi_malloc_aligned) }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the two entries that allocate zeroed.
        unsafe { block(layout, mi_zalloc, mi_zalloc_aligned) }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator.
        unsafe { mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`; see the impl.
        unsafe {
            if layout.align() <= WORD {
                mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
            }
        }
    }
}
