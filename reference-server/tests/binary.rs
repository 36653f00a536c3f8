//! The binary as a newcomer runs it: `token` mints a token, `serve` prints where it listens and
//! answers with the data it keeps; a second start finds the same data and key.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_reference-server");

struct Serving(Child);

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `serve` on a free port; returns the process and the API's URL it printed.
fn serve(data: &std::path::Path) -> (Serving, String) {
    let mut child = Command::new(BIN).args(["--listen", "127.0.0.1:0", "--data"]).arg(data).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    let url = first.strip_prefix("My Account API at ").and_then(|rest| rest.split_whitespace().next()).unwrap_or_else(|| panic!("printed: {first}")).to_string();
    (Serving(child), url)
}

fn token(data: &std::path::Path, scope: Option<&str>) -> String {
    let mut cmd = Command::new(BIN);
    cmd.args(["token", "--user", "auth0|newcomer", "--data"]).arg(data);
    if let Some(scope) = scope {
        cmd.args(["--scope", scope]);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[tokio::test]
async fn serve_and_token_work_together_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let token = token(dir.path(), None);
    let (server, url) = serve(dir.path());
    let http = reqwest::Client::new();
    let created = http
        .post(format!("{url}/authentication-methods"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"type": "recovery-code"}))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 202);
    drop(server);

    let (_server, url) = serve(dir.path());
    let listed: serde_json::Value = http.get(format!("{url}/authentication-methods")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
    assert_eq!(listed["authentication_methods"][0]["type"], "recovery-code");
    let narrow = self::token(dir.path(), Some("read:me:factors"));
    let refused = http.get(format!("{url}/authentication-methods")).bearer_auth(&narrow).send().await.unwrap();
    assert_eq!(refused.status().as_u16(), 403);
}

#[test]
fn bad_arguments_and_configuration_exit_with_a_message() {
    let out = Command::new(BIN).arg("--frobnicate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown argument `--frobnicate`"));
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.json");
    std::fs::write(&config, "{\n  \"rate_limit\": {\"per_second\": \"many\"}\n}\n").unwrap();
    let out = Command::new(BIN).args(["token", "--user", "u", "--data"]).arg(dir.path()).arg("--config").arg(&config).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("config.json:2:") && err.contains("invalid type"), "{err}");
}
