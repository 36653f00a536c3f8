//! Decoding the documented examples: the generated types' checking decoder against two baselines
//! run side by side: parsing to `serde_json::Value` alone (the floor: the decoder parses to a
//! value first), and serde-derive types with an untagged enum (what typify generates for a union,
//! which tries each variant in turn and checks no constraint).

use criterion::{criterion_group, criterion_main, Criterion};
use generated_client::my_account::types::{CreateAuthenticationMethodResponseContent, VerifyAuthenticationMethodResponseContent};
use workspace_tests::{discover_examples, load_spec, workspace_root, ExampleLocation};

/// The create response, as a plain serde untagged enum (declaration order, as typify emits it).
#[allow(dead_code)]
mod untagged {
    use serde::Deserialize;
    use serde_json::{Map, Number, Value};

    #[derive(Deserialize)]
    #[serde(untagged)]
    pub enum CreateResponse {
        Passkey { auth_session: String, authn_params_public_key: Options },
        WebAuthn { id: String, auth_session: String, authn_params_public_key: Options },
        MfaBase { id: String, auth_session: String },
        QrCode { id: String, auth_session: String, barcode_uri: String, manual_input_code: Option<String> },
        RecoveryCode { id: String, auth_session: String, recovery_code: String },
        Password { id: String, auth_session: String, policy: Map<String, Value> },
    }

    #[derive(Deserialize)]
    pub struct Options {
        challenge: String,
        timeout: Option<Number>,
        rp: Map<String, Value>,
        user: Map<String, Value>,
        #[serde(rename = "pubKeyCredParams")]
        pub_key_cred_params: Vec<Map<String, Value>>,
        #[serde(rename = "authenticatorSelection")]
        authenticator_selection: Option<Map<String, Value>>,
    }
}

fn documents(op: &str, status: &str) -> Vec<String> {
    let spec = load_spec(&workspace_root().join("openapi/my-account.yaml"));
    discover_examples(&spec)
        .into_iter()
        .filter(|e| e.operation_id == op && e.location == ExampleLocation::Response { status: status.into() })
        .map(|e| serde_json::to_string(&e.value).unwrap())
        .collect()
}

fn bench(c: &mut Criterion) {
    let create = documents("createAuthenticationMethod", "202");
    let verify = documents("confirmAuthenticationMethod", "201");
    let mut group = c.benchmark_group("decode create response (7 examples)");
    group.bench_function("generated types (checked, variant by keys)", |b| {
        b.iter(|| create.iter().map(|d| criterion::black_box(serde_json::from_str::<CreateAuthenticationMethodResponseContent>(d).unwrap())).for_each(drop))
    });
    group.bench_function("baseline: serde untagged enum", |b| {
        b.iter(|| create.iter().map(|d| criterion::black_box(serde_json::from_str::<untagged::CreateResponse>(d).unwrap())).for_each(drop))
    });
    group.bench_function("baseline: parse to serde_json::Value", |b| {
        b.iter(|| create.iter().map(|d| criterion::black_box(serde_json::from_str::<serde_json::Value>(d).unwrap())).for_each(drop))
    });
    group.finish();
    let mut group = c.benchmark_group("decode verify response (7 examples)");
    group.bench_function("generated types (checked, tagged)", |b| {
        b.iter(|| verify.iter().map(|d| criterion::black_box(serde_json::from_str::<VerifyAuthenticationMethodResponseContent>(d).unwrap())).for_each(drop))
    });
    group.bench_function("baseline: parse to serde_json::Value", |b| {
        b.iter(|| verify.iter().map(|d| criterion::black_box(serde_json::from_str::<serde_json::Value>(d).unwrap())).for_each(drop))
    });
    group.finish();
}


criterion_group!(benches, bench);
criterion_main!(benches);
