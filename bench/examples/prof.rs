use generated_client::my_account::types::*;
fn main() {
    let which = std::env::args().nth(1).unwrap();
    let n: u64 = std::env::args().nth(2).unwrap().parse().unwrap();
    let ex: Vec<&str> = generated_client::my_account::operations::EXAMPLES.iter().filter(|e| e.operation_id == "confirmAuthenticationMethod").filter_map(|e| e.request).collect();
    let exr: Vec<&str> = generated_client::my_account::operations::EXAMPLES.iter().filter(|e| e.operation_id == "createAuthenticationMethod").filter_map(|e| e.response).collect();
    eprintln!("{} {}", ex.len(), exr.len());
    sizes();
    let t = std::time::Instant::now();
    for _ in 0..n {
        match which.as_str() {
            "verify" => for e in &ex { std::hint::black_box(serde_json::from_str::<VerifyAuthenticationMethodRequestContent>(std::hint::black_box(e)).ok()); },
            "create" => for e in &exr { std::hint::black_box(serde_json::from_str::<CreateAuthenticationMethodResponseContent>(std::hint::black_box(e)).ok()); },
            "verifyd" => for e in &ex { std::hint::black_box(serde_json::from_str::<workspace_bench::peers::my_account::derive::VerifyAuthenticationMethodRequestContent>(std::hint::black_box(e)).ok()); },
            _ => panic!(),
        }
    }
    eprintln!("{:?}", t.elapsed() / n as u32);
}
#[allow(dead_code)]
fn sizes() {
    eprintln!("verify {} create {} ahead {}", std::mem::size_of::<VerifyAuthenticationMethodRequestContent>(), std::mem::size_of::<CreateAuthenticationMethodResponseContent>(), std::mem::size_of::<generated_client::runtime::Ahead>());
}
