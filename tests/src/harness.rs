//! Checks that run the same way over any generated client crate (the APIs in openapi/, or the
//! fixture corpus): each crate has its own runtime types, so these are macros over the crate's path.

/// Every documented example of the specs in `files` (paths relative to the workspace root), through
/// its generated type and back: `Ok(lines)` with where each landed, or `Err(failures)`.
#[macro_export]
macro_rules! roundtrip_examples {
    ($client:path, $files:expr) => {{
        use $client as client_crate;
        let mut lines: Vec<String> = Vec::new();
        let mut failures: Vec<String> = Vec::new();
        for file in $files {
            let file: String = file;
            let info = client_crate::SPECS
                .iter()
                .find(|s| s.file == file)
                .unwrap_or_else(|| panic!("{file} has no generated code; run `cargo xtask regen`"));
            let spec = $crate::load_spec(&$crate::workspace_root().join(&file));
            for ex in $crate::discover_examples(&spec) {
                // By method and path: an operation without an operationId gets one from the generator.
                let op = info
                    .operations
                    .iter()
                    .find(|o| o.method.eq_ignore_ascii_case(&ex.method) && o.path == ex.path)
                    .unwrap_or_else(|| panic!("{file}: operation {} is not in the generated code", ex.operation_id));
                let (place, schema) = match &ex.location {
                    $crate::ExampleLocation::RequestBody => ("request", op.request.map(|b| b.schema)),
                    $crate::ExampleLocation::Response { status } => {
                        (status.as_str(), op.responses.iter().find(|r| r.status == status).and_then(|r| r.schema))
                    }
                };
                let label = format!("{file} {} {place} {}", ex.operation_id, ex.name);
                if !ex.content_type.contains("json") {
                    // A multipart or binary body's example is not JSON: no JSON type holds it.
                    lines.push(format!("{label} -> ({} is not JSON)", ex.content_type));
                    continue;
                }
                let Some(schema) = schema else {
                    failures.push(format!("{label}: an example without a named schema"));
                    continue;
                };
                match (info.roundtrip)(schema, &ex.value) {
                    None => failures.push(format!("{label}: no generated type for schema {schema}")),
                    Some(Err(errs)) => failures.push(format!("{label}: rejected: {errs}")),
                    Some(Ok(rt)) if rt.value != ex.value => {
                        failures.push(format!("{label}: changed on the way through\n  in:  {}\n  out: {}", ex.value, rt.value))
                    }
                    Some(Ok(rt)) => lines.push(format!("{label} -> {}", rt.landed_in)),
                }
            }
        }
        if failures.is_empty() {
            Ok(lines)
        } else {
            Err(failures)
        }
    }};
}

/// Serves each spec in `files` with its generated example server and sends every documented
/// example through its generated client, over HTTP on 127.0.0.1. Returns how many examples were
/// sent, or the failures. Use inside a multi-threaded tokio test.
#[macro_export]
macro_rules! replay_examples {
    ($client:path, $server:path, $files:expr) => {{
        use $client as client_crate;
        use $server as server_crate;

        /// Grants every scope any operation asks for, to any well-formed credential.
        struct AllScopes;

        impl server_crate::server_runtime::Authenticator for AllScopes {
            async fn authenticate(
                &self,
                _credential: server_crate::server_runtime::Credential,
                _request: &server_crate::server_runtime::RequestHead,
            ) -> Result<server_crate::server_runtime::Principal, server_crate::server_runtime::AuthError> {
                let scopes = client_crate::SPECS.iter().flat_map(|s| s.operations).flat_map(|o| o.scopes.iter().map(|s| s.to_string())).collect();
                Ok(server_crate::server_runtime::Principal { subject: Some("example-user".into()), scopes })
            }
        }

        fn http_for(example: &str) -> reqwest::Client {
            let mut headers = reqwest::header::HeaderMap::new();
            headers.insert("authorization", "Bearer example-token".parse().unwrap());
            headers.insert("prefer", format!("example={example}").parse().unwrap());
            reqwest::Client::builder().default_headers(headers).build().unwrap()
        }

        let mut failures: Vec<String> = Vec::new();
        let mut sent = 0usize;
        for file in $files {
            let file: String = file;
            let spec = client_crate::SPECS.iter().find(|s| s.file == file).expect("every spec is generated");
            let app = server_crate::example_router(&file, AllScopes).expect("every spec has an example server");
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = listener.local_addr().unwrap();
            let server = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
            let calls = client_crate::replay_examples(&file, &format!("http://{addr}"), &http_for).await.expect("every spec has a replay");
            server.abort();
            assert_eq!(calls.len(), spec.examples.len(), "{file}: one call per example");
            for (call, example) in calls.iter().zip(spec.examples) {
                let label = format!("{file} {} {}", example.operation_id, example.name);
                if let Some(why) = call.error.as_deref().and_then(|e| e.strip_prefix("not sent: ")) {
                    // Only an example with nothing to send may stay unsent: a response example
                    // alone, for an operation that needs a request body.
                    if example.request.is_some() || !why.contains("no request body") {
                        failures.push(format!("{label}: not sent: {why}"));
                    }
                    continue;
                }
                sent += 1;
                let Some(expected_status) = example.status.and_then(|s| s.parse::<u16>().ok()) else {
                    // A request example without a documented answer: it must arrive intact (the
                    // example server answers 400 otherwise) and be answered without a body to
                    // compare, by a bodiless success or a 501 saying no example answers it.
                    if !((200..300).contains(&call.status) || call.status == 501) {
                        failures.push(format!("{label}: a request-only example got {} {:?}", call.status, call.error));
                    }
                    continue;
                };
                if call.error.is_some() || call.status != expected_status || call.body != example.response_json() {
                    failures.push(format!(
                        "{label}: expected {expected_status} {:?}\n  got {} {:?} {}",
                        example.response,
                        call.status,
                        call.body.as_ref().map(|b| b.to_string()),
                        call.error.clone().unwrap_or_default()
                    ));
                }
            }
        }
        if failures.is_empty() {
            Ok(sent)
        } else {
            Err(failures)
        }
    }};
}

/// The differential test over each spec in `files` (relative to `root`): the generated decoder of
/// `$client` against a JSON Schema validator, on the instances in `instance_dir` and their
/// mutants. Returns each spec's report, or why a spec could not be judged.
#[macro_export]
macro_rules! differential_reports {
    ($client:path, $root:expr, $files:expr, $instance_dir:expr) => {{
        use $client as client_crate;
        use $crate::differential::judge::Decoded;
        let root: &std::path::Path = $root;
        let mut reports = Vec::new();
        for file in $files {
            let file: String = file;
            let info = client_crate::SPECS
                .iter()
                .find(|s| s.file == file)
                .unwrap_or_else(|| panic!("{file} has no generated code; run `cargo xtask regen`"));
            let decode = |name: &str, value: &serde_json::Value| {
                (info.roundtrip)(name, value).map(|r| match r {
                    Ok(back) => Decoded::Accepted(back.value),
                    Err(errors) => Decoded::Refused(errors.issues.into_iter().map(|i| (i.pointer, i.message)).collect()),
                })
            };
            let body_schema = |method: &str, path: &str, at: &str| {
                let op = info.operations.iter().find(|o| o.method.eq_ignore_ascii_case(method) && o.path == path)?;
                match at {
                    "request" => op.request.map(|b| b.schema.to_string()),
                    status => op.responses.iter().find(|r| r.status == status).and_then(|r| r.schema).map(str::to_string),
                }
            };
            let generated = $crate::differential::Generated { decode: &decode, body_schema: &body_schema };
            reports.push($crate::differential::run_spec(root, &file, $instance_dir, &generated));
        }
        reports
    }};
}

/// Sends the values a differential report saw refused, as request bodies of every operation whose
/// body has that schema, to the generated example server of the spec in `$file`: each must be a
/// 400 that names the place the decoder named first (in `validation_errors` where the spec's
/// error body has them, else in one of its strings), never another status. Returns (sent, failures).
#[macro_export]
macro_rules! server_refusals {
    ($client:path, $server:path, $file:expr, $report:expr) => {{
        use $client as client_crate;
        use $server as server_crate;

        /// Grants every scope any operation asks for, to any well-formed credential.
        struct AllScopes;

        impl server_crate::server_runtime::Authenticator for AllScopes {
            async fn authenticate(
                &self,
                _credential: server_crate::server_runtime::Credential,
                _request: &server_crate::server_runtime::RequestHead,
            ) -> Result<server_crate::server_runtime::Principal, server_crate::server_runtime::AuthError> {
                let scopes = client_crate::SPECS.iter().flat_map(|s| s.operations).flat_map(|o| o.scopes.iter().map(|s| s.to_string())).collect();
                Ok(server_crate::server_runtime::Principal { subject: Some("differential".into()), scopes })
            }
        }

        let file: &str = $file;
        let report: &$crate::differential::Report = $report;
        let info = client_crate::SPECS.iter().find(|s| s.file == file).expect("every spec is generated");
        let app = server_crate::example_router(file, AllScopes).expect("every spec has an example server");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        let http = reqwest::Client::new();
        let spec = $crate::load_spec(&$crate::workspace_root().join(file));
        let mut failures: Vec<String> = Vec::new();
        let mut sent = 0usize;
        for op in info.operations {
            let Some(body) = op.request.filter(|b| b.content_type.contains("json")) else { continue };
            let Some(cases) = report.refused.get(body.schema) else { continue };
            // Parameters the server accepts: the body is what is under test.
            let params = $crate::differential::parameters_to_send(&spec, op.method, op.path);
            let mut path = op.path.to_string();
            let mut query = Vec::new();
            let mut headers = reqwest::header::HeaderMap::new();
            for (location, name, value) in &params {
                match location.as_str() {
                    "path" => path = path.replace(&format!("{{{name}}}"), &$crate::differential::path_segment(value)),
                    "query" => query.push((name.clone(), value.clone())),
                    _ => {
                        if let (Ok(k), Ok(v)) = (reqwest::header::HeaderName::from_bytes(name.as_bytes()), reqwest::header::HeaderValue::from_str(value)) {
                            headers.insert(k, v);
                        }
                    }
                }
            }
            let url = format!("http://{addr}{}{path}", info.base_path);
            let method = reqwest::Method::from_bytes(op.method.to_uppercase().as_bytes()).unwrap();
            for $crate::differential::Refused { what, value, issues } in cases {
                sent += 1;
                let res = http
                    .request(method.clone(), &url)
                    .query(&query)
                    .headers(headers.clone())
                    .header("authorization", "Bearer differential")
                    .header("content-type", body.content_type)
                    .body(value.to_string())
                    .send()
                    .await
                    .unwrap();
                let status = res.status().as_u16();
                let text = res.text().await.unwrap_or_default();
                let (first, _) = &issues[0];
                let answer: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
                let named = match answer.get("validation_errors").and_then(serde_json::Value::as_array) {
                    Some(errors) => errors.iter().any(|e| e.get("pointer").and_then(serde_json::Value::as_str) == Some(first.as_str())),
                    // Else in one of the body's strings (as decoded: the pointer may hold characters JSON escapes).
                    None => {
                        let mut strings = vec![&answer];
                        let mut found = false;
                        while let Some(v) = strings.pop() {
                            match v {
                                serde_json::Value::String(s) => found |= s.contains(first.as_str()),
                                serde_json::Value::Array(items) => strings.extend(items),
                                serde_json::Value::Object(map) => strings.extend(map.values()),
                                _ => {}
                            }
                        }
                        found
                    }
                };
                if status != 400 || !named {
                    failures.push(format!("{file} {} {}, {what}: {value}\n    the decoder names {first:?}; the server answered {status} {text}", op.method, op.path));
                }
            }
        }
        server.abort();
        (sent, failures)
    }};
}

/// [`server_refusals!`] over every report, with a summary printed; panics on any failure.
#[macro_export]
macro_rules! check_server_refusals {
    ($client:path, $server:path, $reports:expr) => {{
        let mut failures = Vec::new();
        let mut sent = 0;
        for report in &$reports {
            let (n, f) = $crate::server_refusals!($client, $server, &report.spec, report);
            println!("{}: {n} refused bodies sent to the example server", report.spec);
            sent += n;
            failures.extend(f.into_iter().take(20));
        }
        assert!(sent > 0, "no refused request body was sent");
        assert!(failures.is_empty(), "{} refused bodies the server did not answer with a 400 naming the field:\n{}", failures.len(), failures.join("\n"));
    }};
}
