//! `cargo xtask ...`: parse the command line, run it, exit with its code.

mod alloc;

/// Generation is mostly building and dropping small syntax nodes, where mimalloc is faster than
/// the system allocator.
#[global_allocator]
static ALLOCATOR: alloc::Mimalloc = alloc::Mimalloc;

/// mimalloc's option numbers (`mi_option_e` in the `mimalloc.h` of the v3 it is built from) that the
/// Rust bindings leave out.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// From the first project whose specs hold at least this much text, freed memory is returned to
/// the system after 1 ms instead of 10 (see [`tune_for`]).
const LARGE_SPECS: usize = 4 << 20;

/// For large specs, peak memory is the allocator's to lose: pages freed by one stage stay resident
/// while the next grows. Returning them sooner took the peak of My Account x100 (13 MB) from 316–347
/// to 274–282 MiB for about 4% of its time, and a third off x10's (1.3 MB) for 11%; on My Account
/// itself it cost a fifth of the time, for a few MiB (the README's benchmarks).
fn tune_for(spec_bytes: usize) {
    if spec_bytes >= LARGE_SPECS {
        // SAFETY: called between generations, when this is the only thread.
        unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 1) };
    }
}

fn main() {
    xtask::before_generating(tune_for);
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = xtask::cli::run(&args, &mut std::io::stdout(), &mut std::io::stderr());
    std::process::exit(code);
}
