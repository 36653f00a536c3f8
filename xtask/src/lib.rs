//! The generator's I/O: read the specs under `openapi/`, and write (regen) or compare (check) the
//! files it generates. No generation logic lives here.

pub mod cli;
mod diff;
mod files;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

pub use files::{apply, plan, Change, Plan};

/// Everything that stops a command, with the exit code it maps to.
#[derive(Debug)]
pub enum XtaskError {
    /// A spec the generator refused (the message says file, line and pointer).
    Spec(generator::Error),
    Io { path: PathBuf, error: std::io::Error },
}

impl fmt::Display for XtaskError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            XtaskError::Spec(e) => write!(f, "{e}"),
            XtaskError::Io { path, error } => write!(f, "{}: {error}", path.display()),
        }
    }
}

impl std::error::Error for XtaskError {}

pub(crate) fn io(path: &Path) -> impl FnOnce(std::io::Error) -> XtaskError + '_ {
    move |error| XtaskError::Io { path: path.to_path_buf(), error }
}

/// The workspace root this binary was built in.
pub fn default_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
}

/// A folder of specs and where the code generated from them goes.
pub struct Project {
    pub spec_dir: &'static str,
    pub settings: generator::Settings,
    /// Whether the folder must exist (the fixtures are optional in a workspace).
    pub required: bool,
}

/// The specs this workspace generates from: the APIs in `openapi/`, and the generator's fixture
/// corpus (small specs of one construct each), built into crates of their own under
/// `tests/fixtures/` so that the tests compile and run them like the real ones.
pub fn projects() -> Vec<Project> {
    vec![
        Project { spec_dir: "openapi", settings: generator::Settings::default(), required: true },
        Project {
            spec_dir: "generator/tests/fixtures",
            settings: generator::Settings {
                client_dir: "tests/fixtures/client".into(),
                server_dir: "tests/fixtures/server".into(),
                client_crate: "fixtures_client".into(),
                ..generator::Settings::default()
            },
            required: false,
        },
    ]
}

/// Every spec in `<root>/openapi/` (`.yaml`, `.yml`, `.json`), sorted by name.
pub fn load_specs(root: &Path) -> Result<Vec<generator::SpecSource>, XtaskError> {
    load_specs_in(root, "openapi")
}

/// Every spec directly in `<root>/<dir>` (`.yaml`, `.yml`, `.json`), sorted by name.
pub fn load_specs_in(root: &Path, dir_name: &str) -> Result<Vec<generator::SpecSource>, XtaskError> {
    let dir = root.join(dir_name);
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(&dir).map_err(io(&dir))? {
        let path = entry.map_err(io(&dir))?.path();
        if path.is_file() && path.extension().is_some_and(|e| e == "yaml" || e == "yml" || e == "json") {
            paths.push(path);
        }
    }
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).map_err(io(&path))?;
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            Ok(generator::SpecSource { path: format!("{dir_name}/{name}"), text })
        })
        .collect()
}

/// Generates in memory from every project's specs under `root`.
pub fn generate(root: &Path) -> Result<generator::Output, XtaskError> {
    let mut all = generator::Output::default();
    for project in projects() {
        if !project.required && !root.join(project.spec_dir).is_dir() {
            continue;
        }
        let specs = load_specs_in(root, project.spec_dir)?;
        let output = generator::generate(&specs, &project.settings).map_err(XtaskError::Spec)?;
        all.files.extend(output.files);
        all.warnings.extend(output.warnings);
    }
    Ok(all)
}

/// What `regen` did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct RegenReport {
    pub written: Vec<String>,
    pub unchanged: usize,
    pub removed: Vec<String>,
    pub warnings: Vec<String>,
}

/// Generates and writes. Nothing is touched unless generation succeeds.
pub fn regen(root: &Path) -> Result<RegenReport, XtaskError> {
    let output = generate(root)?;
    let plan = plan(root, &output.files)?;
    apply(root, &plan)?;
    Ok(RegenReport {
        written: plan.changes.iter().filter(|c| !matches!(c, Change::Remove { .. })).map(|c| c.path().to_string()).collect(),
        unchanged: plan.unchanged,
        removed: plan.changes.iter().filter(|c| matches!(c, Change::Remove { .. })).map(|c| c.path().to_string()).collect(),
        warnings: output.warnings.iter().map(ToString::to_string).collect(),
    })
}

/// What `check` found: one unified diff per file that differs from what would be generated.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub diffs: BTreeMap<String, String>,
    pub up_to_date: usize,
}

/// Generates in memory and compares with the files on disk.
pub fn check(root: &Path) -> Result<CheckReport, XtaskError> {
    let output = generate(root)?;
    check_files(root, &output.files)
}

/// Compares `files` (what would be generated) with the disk.
pub fn check_files(root: &Path, files: &BTreeMap<String, String>) -> Result<CheckReport, XtaskError> {
    let plan = plan(root, files)?;
    let diffs = plan.changes.iter().map(|c| (c.path().to_string(), diff::describe(c))).collect();
    Ok(CheckReport { diffs, up_to_date: plan.unchanged })
}
