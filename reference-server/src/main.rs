//! `cargo run -p reference-server`: serves the My Account API on 127.0.0.1, and mints local access
//! tokens (`cargo run -p reference-server -- token ...`).

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use reference_server::clock::Clock;
use reference_server::config::Config;
use reference_server::{default_data_dir, outbox, Data, Server};

const USAGE: &str = "\
usage: reference-server [serve] [--listen <addr>] [--data <dir>] [--config <file>]
       reference-server token --user <id> [--scope \"<scopes>\"] [--minutes <n>] [--dpop-jkt <thumbprint>] [--data <dir>] [--config <file>]

serve    serve the My Account API at http://<addr>/me/v1 (default 127.0.0.1:4000), keeping its
         database and keys in <dir> (default ./.my-account)
token    print an access token for user <id> with the given space-separated scopes (default: every
         scope of the API), signed with the key in <dir>; --dpop-jkt binds it to a DPoP key

--config <file>   settings and seeded data (JSON; see reference-server/README.md)
";

struct Args {
    command: String,
    listen: SocketAddr,
    data: PathBuf,
    config: Option<PathBuf>,
    user: Option<String>,
    scope: Option<String>,
    minutes: i64,
    jkt: Option<String>,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let mut out = Args {
        command: "serve".into(),
        listen: SocketAddr::from(([127, 0, 0, 1], 4000)),
        data: default_data_dir(),
        config: None,
        user: None,
        scope: None,
        minutes: 60,
        jkt: None,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "serve" | "token" => out.command = arg.clone(),
            "--listen" => out.listen = value("--listen")?.parse().map_err(|e| format!("--listen: {e}"))?,
            "--data" => out.data = PathBuf::from(value("--data")?),
            "--config" => out.config = Some(PathBuf::from(value("--config")?)),
            "--user" => out.user = Some(value("--user")?),
            "--scope" => out.scope = Some(value("--scope")?),
            "--minutes" => out.minutes = value("--minutes")?.parse().map_err(|e| format!("--minutes: {e}"))?,
            "--dpop-jkt" => out.jkt = Some(value("--dpop-jkt")?),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(out)
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse(&argv) {
        Ok(a) => a,
        Err(why) if why.is_empty() => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(why) => {
            eprint!("error: {why}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("error: {why}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Args) -> Result<(), String> {
    let config = match &args.config {
        Some(path) => Config::load(path)?,
        None => Config::default(),
    };
    let server = Server::new(config, &Data::Dir(args.data.clone()), Clock::system(), Arc::new(outbox::Console))?;
    if args.command == "token" {
        let user = args.user.ok_or("token needs --user <id>")?;
        let scope = args.scope.unwrap_or_else(|| reference_server::auth::ALL_SCOPES.join(" "));
        let token = server.keys.mint(&server.app.config, &user, &scope, args.minutes * 60, args.jkt.as_deref(), Clock::system().now())?;
        println!("{token}");
        return Ok(());
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(args.listen).await.map_err(|e| format!("{}: {e}", args.listen))?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        // A closed standard output (a parent that read the first line and left) must not stop the server.
        let mut out = std::io::stdout();
        let _ = writeln!(out, "My Account API at http://{addr}/me/v1 (data in {})", args.data.display());
        let _ = writeln!(out, "get a token:  cargo run -p reference-server -- token --user 'auth0|local-user' --data {}", args.data.display());
        let _ = writeln!(out, "read codes:   curl http://{addr}/_local/outbox");
        let _ = out.flush();
        let service = server.router().into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(listener, service).await.map_err(|e| e.to_string())
    })
}
