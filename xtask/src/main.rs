//! `cargo xtask ...`: parse the command line, run it, exit with its code.

/// Generation is mostly building and dropping small syntax nodes, where mimalloc is faster than
/// the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's option numbers (`mi_option_e` in its `mimalloc.h`) that the Rust bindings leave out.
const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() {
    // Memory is committed as it is used and returned as soon as it is free: by default mimalloc
    // commits whole arenas up front and keeps freed pages for a while, which added a third to the
    // peak resident memory of a large spec's run and more to a small one's (the README's scaling).
    // SAFETY: options are set before any other thread exists, as mimalloc requires.
    unsafe {
        libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = xtask::cli::run(&args, &mut std::io::stdout(), &mut std::io::stderr());
    std::process::exit(code);
}
