//! `cargo run -p mock -- [--spec <file>] [--port <n>] [--no-auth]`: the mock server.

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        print!("{}", mock::USAGE);
        return;
    }
    let options = match mock::parse(&args) {
        Ok(options) => options,
        Err(why) => {
            eprint!("error: {why}\n\n{}", mock::USAGE);
            std::process::exit(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(("127.0.0.1", options.port)).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("error: cannot listen on 127.0.0.1:{}: {e}", options.port);
            std::process::exit(1);
        }
    };
    let addr = listener.local_addr().expect("a bound listener has an address");
    for (file, base) in mock::served(&options) {
        println!("mock: {file} at http://{addr}{base}");
    }
    if options.no_auth {
        println!("mock: no credentials needed");
    } else {
        println!("mock: send `Authorization: Bearer {}` (every scope granted)", options.token);
    }
    if let Err(e) = axum::serve(listener, mock::app(&options)).await {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
