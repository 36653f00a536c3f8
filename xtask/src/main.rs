//! `cargo xtask ...`: parse the command line, run it, exit with its code.

/// Generation is mostly building and dropping small syntax nodes, where mimalloc is faster than
/// the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = xtask::cli::run(&args, &mut std::io::stdout(), &mut std::io::stderr());
    std::process::exit(code);
}
