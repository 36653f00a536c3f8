//! The generator on the My Account spec: deterministic output, the warnings a spec author needs,
//! and snapshots of the union types, the part of the output that matters most to read.

use generator::model::Kind;
use generator::{generate, Settings, SpecSource};

fn spec() -> SpecSource {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi/my-account.yaml");
    SpecSource { path: "openapi/my-account.yaml".into(), text: std::fs::read_to_string(path).expect("the spec is checked in") }
}

/// The seed pages' form of the spec: discriminator mappings written as `{$ref}` objects.
fn seed_form() -> SpecSource {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seed-form/my-account-seed-pages.yaml");
    SpecSource { path: "my-account-seed-pages.yaml".into(), text: std::fs::read_to_string(path).expect("the fixture is checked in") }
}

#[test]
fn seed_form_mappings_are_read_with_a_warning_and_give_the_same_unions() {
    let seeds = generate(&[seed_form()], &Settings::default()).unwrap();
    let text: Vec<String> = seeds.warnings.iter().map(|w| w.to_string()).collect();
    let mapping = text.iter().find(|w| w.contains("CreateAuthenticationMethodRequestContent/discriminator/mapping")).expect("mapping warning");
    assert!(mapping.starts_with("my-account-seed-pages.yaml:"), "{mapping}");
    assert!(mapping.contains("`{$ref: ...}` objects; OpenAPI requires strings"), "{mapping}");
    // Read either way, the union types are the same Rust.
    let published = generate(&[spec()], &Settings::default()).unwrap();
    let enum_of = |files: &std::collections::BTreeMap<String, String>, module: &str, name: &str| {
        let file = syn::parse_file(&files[&format!("generated-client/src/{module}/types.rs")]).unwrap();
        file.items.into_iter().find(|i| matches!(i, syn::Item::Enum(e) if e.ident == name)).map(|i| prettyplease::unparse(&syn::File { shebang: None, attrs: vec![], items: vec![i] }))
    };
    for name in ["CreateAuthenticationMethodRequestContent", "VerifyAuthenticationMethodResponseContent"] {
        let (seed_enum, published_enum) = (enum_of(&seeds.files, "my_account_seed_pages", name), enum_of(&published.files, "my_account", name));
        assert!(seed_enum.is_some(), "{name}");
        assert_eq!(seed_enum, published_enum, "{name}");
    }
}

#[test]
fn two_runs_give_identical_bytes() {
    let a = generate(&[spec()], &Settings::default()).unwrap();
    let b = generate(&[spec()], &Settings::default()).unwrap();
    assert_eq!(a.files, b.files);
    assert_eq!(a.warnings, b.warnings);
}

#[test]
fn every_file_starts_with_the_header() {
    let out = generate(&[spec()], &Settings::default()).unwrap();
    for (path, text) in &out.files {
        let first = text.lines().next().unwrap_or_default();
        assert!(first.starts_with("// @generated from openapi/my-account.yaml by `cargo xtask regen`. Do not edit by hand."), "{path}: {first}");
    }
}

#[test]
fn warnings_name_the_schemas_and_keys() {
    let out = generate(&[spec()], &Settings::default()).unwrap();
    let text: Vec<String> = out.warnings.iter().map(|w| w.to_string()).collect();
    let ambiguous = text.iter().find(|w| w.contains("union CreateAuthenticationMethodResponseContent is ambiguous")).expect("ambiguity warning");
    assert!(ambiguous.contains("QrCode and RecoveryCode both accept an object with {auth_session, barcode_uri, id, recovery_code}"), "{ambiguous}");
    // Identical shapes are merged, not reported as ambiguous.
    assert!(!text.iter().any(|w| w.contains("union VerifyAuthenticationMethodRequestContent is ambiguous")), "{text:#?}");
}

#[test]
fn client_defines_no_schema_type_of_its_own() {
    let out = generate(&[spec()], &Settings::default()).unwrap();
    let client = &out.files["generated-client/src/my_account/client.rs"];
    let file = syn::parse_file(client).unwrap();
    let types = file.items.iter().find_map(|i| match i {
        syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref().map(|c| c.1.clone()),
        _ => None,
    });
    for item in types.unwrap_or_default() {
        assert!(matches!(&item, syn::Item::Mod(m) if m.ident == "error"), "progenitor defined a type of its own: {}", prettyplease::unparse(&syn::File { shebang: None, attrs: vec![], items: vec![item.clone()] }));
    }
}

/// The enum of each union with its inherent impl and decoder, as readable Rust.
#[test]
fn union_types_snapshot() {
    let mut warnings = Vec::new();
    let api = generator::analyze(&spec(), &mut warnings).unwrap().api;
    let out = generate(&[spec()], &Settings::default()).unwrap();
    let file = syn::parse_file(&out.files["generated-client/src/my_account/types.rs"]).unwrap();
    for t in api.types.values().filter(|t| matches!(t.kind, Kind::Tagged(_) | Kind::Keyed(_))) {
        let items: Vec<syn::Item> = file
            .items
            .iter()
            .filter(|item| match item {
                syn::Item::Enum(e) => e.ident == t.name,
                syn::Item::Impl(i) => {
                    let self_ty = &i.self_ty;
                    let is_ours = quote_name(self_ty) == t.name;
                    let trait_name = i.trait_.as_ref().map(|(_, p, _)| p.segments.last().unwrap().ident.to_string());
                    is_ours && matches!(trait_name.as_deref(), None | Some("Decode") | Some("Tagged") | Some("Serialize"))
                }
                _ => false,
            })
            .cloned()
            .collect();
        let text = prettyplease::unparse(&syn::File { shebang: None, attrs: vec![], items });
        insta::assert_snapshot!(t.name.clone(), text);
    }
}

fn quote_name(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default(),
        _ => String::new(),
    }
}

/// The server's contract as readable Rust: the trait, the typed requests and the response enums.
#[test]
fn server_contract_snapshot() {
    let out = generate(&[spec()], &Settings::default()).unwrap();
    let file = syn::parse_file(&out.files["generated-server-stubs/src/my_account.rs"]).unwrap();
    let items: Vec<syn::Item> = file
        .items
        .iter()
        .filter(|item| match item {
            syn::Item::Trait(_) => true,
            syn::Item::Struct(s) => s.ident.to_string().ends_with("Request") || s.ident == "ErrorReply",
            syn::Item::Enum(e) => e.ident.to_string().ends_with("Response"),
            syn::Item::Fn(f) => matches!(f.sig.ident.to_string().as_str(), "router" | "router_with" | "problem_body"),
            _ => false,
        })
        .cloned()
        .collect();
    insta::assert_snapshot!("server_contract", prettyplease::unparse(&syn::File { shebang: None, attrs: vec![], items }));
}

/// One operation's handler, the part that runs before the application's code.
#[test]
fn server_handler_snapshot() {
    let out = generate(&[spec()], &Settings::default()).unwrap();
    let file = syn::parse_file(&out.files["generated-server-stubs/src/my_account.rs"]).unwrap();
    let items: Vec<syn::Item> = file
        .items
        .iter()
        .filter(|item| matches!(item, syn::Item::Fn(f) if f.sig.ident == "handle_confirm_authentication_method"))
        .cloned()
        .collect();
    assert_eq!(items.len(), 1);
    insta::assert_snapshot!("server_handler_confirm", prettyplease::unparse(&syn::File { shebang: None, attrs: vec![], items }));
}
