//! The code generator: OpenAPI documents in, an ordered map of relative path to file contents out.
//! A pure library: it reads no files and writes none (that is `xtask`'s job).
//!
//! Stages, one module each: [`load`] (YAML with line numbers), [`resolve`] (references),
//! [`normalize`] (3.1 to the 3.0 form progenitor reads), [`model`] (typed per-type and per-operation
//! facts), [`emit`] (token streams), [`render`] (prettyplease text).

pub mod changes;
pub mod emit;
pub mod error;
pub mod load;
pub mod model;
pub mod normalize;
pub mod render;
pub mod resolve;
mod walk;

use std::collections::BTreeMap;

pub use error::{Error, Location, Warning};

/// One OpenAPI document, as read from disk by the caller.
#[derive(Debug, Clone)]
pub struct SpecSource {
    /// Path relative to the workspace root, e.g. `openapi/my-account.yaml`; used in errors and headers.
    pub path: String,
    /// The document text (YAML or JSON).
    pub text: String,
}

/// What the caller can tune.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The command named in every generated file's header.
    pub command: String,
    /// The client crate's directory, relative to the workspace root.
    pub client_dir: String,
    /// The server stubs crate's directory.
    pub server_dir: String,
    /// The client crate's name in Rust, as the server stubs import it.
    pub client_crate: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            command: "cargo xtask regen".to_string(),
            client_dir: "generated-client".to_string(),
            server_dir: "generated-server-stubs".to_string(),
            client_crate: "generated_client".to_string(),
        }
    }
}

/// The server files refer to the client crate as `generated_client`; another name is aliased.
fn client_alias(settings: &Settings) -> String {
    if settings.client_crate == "generated_client" {
        String::new()
    } else {
        format!("use {} as generated_client;\n", settings.client_crate)
    }
}

/// The generated files and what the generator noticed along the way.
#[derive(Debug, Clone, Default)]
pub struct Output {
    /// Relative path (from the workspace root, `/`-separated) to file contents.
    pub files: BTreeMap<String, String>,
    pub warnings: Vec<Warning>,
}

/// One spec, loaded, checked, normalized and modelled.
pub struct Analyzed<'t> {
    pub api: model::Api,
    /// The 3.0.3 form of the document that the model and progenitor read.
    pub normalized: serde_json::Value,
    /// The document as written, for the lines of later warnings.
    pub doc: load::Document<'t>,
}

/// Loads, checks, normalizes and models one spec. An error's location has its line.
pub fn analyze<'t>(spec: &'t SpecSource, warnings: &mut Vec<Warning>) -> Result<Analyzed<'t>, Error> {
    let (doc, root) = load::load(&spec.path, &spec.text)?;
    let analyzed = (|| -> Result<_, Error> {
        resolve::check_refs(&doc, &root)?;
        let normalized = normalize::normalize(root, &doc, warnings)?;
        let api = model::build(&doc, &normalized, warnings)?;
        Ok((api, normalized))
    })();
    match analyzed {
        Ok((api, normalized)) => Ok(Analyzed { api, normalized, doc }),
        Err(mut e) => {
            doc.fill_lines(&mut e.locations_mut());
            Err(e)
        }
    }
}

/// The files of one spec: its client module and its server module. Formatting is most of the
/// work and the files are independent, so the three largest (types, client, server) are made on
/// threads of their own, the small ones after the client; each keeps its warnings apart, and they
/// are merged (and sorted, later) so the output does not depend on which finishes first.
fn emit_spec(api: &model::Api, normalized: serde_json::Value, settings: &Settings, files: &mut BTreeMap<String, String>, warnings: &mut Vec<Warning>) -> Result<(), Error> {
    let header = render::header(&[&api.file], &settings.command);
    let dir = format!("{}/src/{}", settings.client_dir, api.module);
    let server = format!("{}/src", settings.server_dir);
    let server_header = format!("{header}{}", client_alias(settings));
    let (types, client, server_module) = std::thread::scope(|scope| {
        let types = scope.spawn(|| emit::types::render(api, &header));
        // The client finishes well before the types (My Account, and x100 of it, measured), which
        // take two threads of their own: the small files follow the client on its thread, so that
        // no more than four items are being formatted at once, each holding its tokens meanwhile.
        let client = scope.spawn(|| {
            let mut warnings = Vec::new();
            let file = emit::client::emit(api, normalized, &mut warnings).and_then(|tokens| render::render_with(&api.file, &header, tokens, emit::client_status::redirect_decoding(api)));
            let rest = || -> Result<Vec<(String, String)>, Error> {
                Ok(vec![
                    (format!("{dir}/mod.rs"), render::render(&api.file, &header, emit::root::spec_mod(api))?),
                    (format!("{dir}/examples.rs"), emit::client_examples::render(api, &header)?),
                    (format!("{dir}/operations.rs"), emit::meta::render(api, &header)?),
                    (format!("{server}/{}/examples.rs", api.module), emit::server_examples::render(api, &server_header)?),
                ])
            };
            (file.and_then(|file| Ok((file, rest()?))), warnings)
        });
        let server_module = scope.spawn(|| {
            let mut warnings = Vec::new();
            (emit::server::render(api, &server_header, &mut warnings), warnings)
        });
        let join = |what: &str| format!("the {what} of {} stopped: a bug in the generator", api.file);
        (types.join().map_err(|_| join("types")), client.join().map_err(|_| join("client")), server_module.join().map_err(|_| join("server")))
    });
    let panicked = |message: String| Error::Render { context: api.file.clone(), message };
    let (client, client_warnings) = client.map_err(panicked)?;
    let (server_module, server_warnings) = server_module.map_err(panicked)?;
    warnings.extend(client_warnings);
    warnings.extend(server_warnings);
    files.insert(format!("{dir}/types.rs"), types.map_err(panicked)??);
    let (client, rest) = client?;
    files.insert(format!("{dir}/client.rs"), client);
    files.insert(format!("{server}/{}.rs", api.module), server_module?);
    files.extend(rest);
    Ok(())
}

/// Generates the client crate's sources for every spec. Specs are taken in path order, so the
/// output does not depend on the order the caller lists them in.
pub fn generate(specs: &[SpecSource], settings: &Settings) -> Result<Output, Error> {
    let mut specs: Vec<&SpecSource> = specs.iter().collect();
    specs.sort_by(|a, b| a.path.cmp(&b.path));
    let mut warnings = Vec::new();
    let mut files = BTreeMap::new();
    let mut apis = Vec::new();
    for spec in &specs {
        let Analyzed { api, normalized, doc } = analyze(spec, &mut warnings)?;
        if let Some(other) = apis.iter().find(|a: &&model::Api| a.module == api.module) {
            return Err(Error::Invalid {
                at: Location { file: spec.path.clone(), line: None, pointer: String::new() },
                message: format!("generates module `{}`, as {} does; rename one of the files", api.module, other.file),
            });
        }
        // Stages record pointers, not lines: one pass over the text finds the line of each. The
        // warnings found so far get theirs while the files are made, since that pass needs only the
        // text, and the types' thread, the longest, leaves the other core time for it. Should it
        // stop, those lines stay unknown: a warning without its line is still the warning.
        let mut emitted = Vec::new();
        let made = std::thread::scope(|scope| {
            let lines = scope.spawn(|| doc.fill_lines(&mut warnings.iter_mut().map(|w| &mut w.at).collect::<Vec<_>>()));
            let made = emit_spec(&api, normalized, settings, &mut files, &mut emitted);
            let _ = lines.join();
            made
        });
        if let Err(mut e) = made {
            doc.fill_lines(&mut e.locations_mut());
            return Err(e);
        }
        // The emitting stage's own (most documents have none, and then the text is not read again).
        doc.fill_lines(&mut emitted.iter_mut().map(|w| &mut w.at).collect::<Vec<_>>());
        warnings.extend(emitted);
        apis.push(api);
    }
    let all: Vec<&str> = specs.iter().map(|s| s.path.as_str()).collect();
    let header = render::header(&all, &settings.command);
    let (client, server) = (&settings.client_dir, &settings.server_dir);
    files.insert(format!("{client}/src/lib.rs"), render::render("lib.rs", &header, emit::root::client_lib(&apis))?);
    files.insert(format!("{server}/src/lib.rs"), render::render("server lib.rs", &header, emit::root::server_lib(&apis))?);
    warnings.sort_by(|a, b| (&a.at.file, a.at.line, &a.message).cmp(&(&b.at.file, b.at.line, &b.message)));
    warnings.dedup();
    Ok(Output { files, warnings })
}
