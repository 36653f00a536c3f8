//! The generator's I/O: read the specs under `openapi/`, and write (regen) or compare (check) the
//! files it generates. No generation logic lives here.

pub mod cli;
mod diff;
mod files;
pub mod spec_diff;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

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

/// The workspace the command is run in, found at run time, never where this binary was built: a
/// target directory shared between checkouts (a global `CARGO_TARGET_DIR`, worktrees, a CI cache)
/// runs one build of `xtask` for all of them. `cargo run` tells the program the manifest directory
/// of the package it runs (`CARGO_MANIFEST_DIR` in the process's environment); the workspace is the
/// nearest directory above it whose `Cargo.toml` has a `[workspace]` table. Run without cargo, the
/// search starts from the current directory.
pub fn default_root() -> Result<PathBuf, String> {
    let start = match std::env::var_os("CARGO_MANIFEST_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => std::env::current_dir().map_err(|e| format!("cannot read the current directory: {e}"))?,
    };
    workspace_root_above(&start).ok_or_else(|| {
        format!("no Cargo.toml with a [workspace] table in {} or above it; pass --root <dir>", start.display())
    })
}

/// The nearest directory at or above `start` whose `Cargo.toml` declares a workspace.
pub fn workspace_root_above(start: &Path) -> Option<PathBuf> {
    start.ancestors().find(|dir| is_workspace_manifest(&dir.join("Cargo.toml"))).map(Path::to_path_buf)
}

fn is_workspace_manifest(path: &Path) -> bool {
    std::fs::read_to_string(path).is_ok_and(|text| text.lines().any(|line| line.trim() == "[workspace]"))
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

/// The real-world corpus: public documents by other authors (fetched by `corpus/fetch.sh`),
/// generated on demand by `cargo xtask corpus` into a workspace of its own under `corpus/`. It is
/// a test input, not a product, so `regen` and `check` leave it alone. Documents in
/// `corpus/specs` get crates that are built and tested; those in `corpus/large` (too large to
/// build within CI's time on two cores) crates of their own that are checked.
pub fn corpus_projects() -> Vec<Project> {
    let project = |spec_dir: &'static str, crate_dir: &str| Project {
        spec_dir,
        settings: generator::Settings {
            command: "cargo xtask corpus".into(),
            client_dir: format!("corpus/{crate_dir}client"),
            server_dir: format!("corpus/{crate_dir}server"),
            client_crate: format!("corpus_{}client", crate_dir.replace('-', "_")),
        },
        required: true,
    };
    vec![project("corpus/specs", ""), project("corpus/large", "large-")]
}

impl Project {
    /// The directories the generator owns: every generated file lives in one, and a file there that
    /// carries the generated header but that no spec produces any more is stale.
    pub fn owned_dirs(&self) -> [String; 2] {
        [format!("{}/src", self.settings.client_dir), format!("{}/src", self.settings.server_dir)]
    }
}

/// What the generator makes of a workspace: the files, its warnings, and the directories it owns.
#[derive(Debug, Default)]
pub struct Generated {
    pub output: generator::Output,
    pub owned: Vec<String>,
}

/// Generates in memory from every project's specs under `root`.
pub fn generate(root: &Path) -> Result<Generated, XtaskError> {
    generate_projects(root, &projects())
}

/// What the process does before it generates from a project's specs, told their size in bytes: the
/// binary tunes its allocator there (`main.rs`). Unset, nothing is done.
static BEFORE_GENERATING: OnceLock<fn(usize)> = OnceLock::new();

/// Sets what the process does before it generates from a project's specs (told their size in
/// bytes); a second call is ignored.
pub fn before_generating(hook: fn(usize)) {
    let _ = BEFORE_GENERATING.set(hook);
}

/// Generates in memory from the specs of `projects` under `root`.
pub fn generate_projects(root: &Path, projects: &[Project]) -> Result<Generated, XtaskError> {
    let mut all = Generated::default();
    for project in projects {
        if !project.required && !root.join(project.spec_dir).is_dir() {
            continue;
        }
        let specs = load_specs_in(root, project.spec_dir)?;
        if let Some(hook) = BEFORE_GENERATING.get() {
            hook(specs.iter().map(|s| s.text.len()).sum());
        }
        let output = generator::generate(&specs, &project.settings).map_err(XtaskError::Spec)?;
        all.output.files.extend(output.files);
        all.output.warnings.extend(output.warnings);
        all.owned.extend(project.owned_dirs());
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
    regen_projects(root, &projects())
}

/// Generates and writes the code of `projects`. Nothing is touched unless generation succeeds.
pub fn regen_projects(root: &Path, projects: &[Project]) -> Result<RegenReport, XtaskError> {
    let Generated { output, owned } = generate_projects(root, projects)?;
    let plan = plan(root, &output.files, &owned)?;
    apply(root, &plan)?;
    Ok(RegenReport {
        written: plan.changes.iter().filter(|c| c.writes()).map(|c| c.path().to_string()).collect(),
        unchanged: plan.unchanged,
        removed: plan.changes.iter().filter(|c| !c.writes()).map(|c| c.path().to_string()).collect(),
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
    let Generated { output, owned } = generate(root)?;
    check_files(root, &output.files, &owned)
}

/// Compares `files` (what would be generated) with the disk, and the directories in `owned` with
/// what they should hold.
pub fn check_files(root: &Path, files: &BTreeMap<String, String>, owned: &[String]) -> Result<CheckReport, XtaskError> {
    let plan = plan(root, files, owned)?;
    let diffs = plan.changes.iter().map(|c| (c.path().to_string(), diff::describe(c))).collect();
    Ok(CheckReport { diffs, up_to_date: plan.unchanged })
}
