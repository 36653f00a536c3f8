//! One spec through the differential test: its instance file read and checked for staleness,
//! every target's instances and their mutants judged, the findings counted.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use super::judge::{self, judge, Decoded, Finding};
use super::mutate::{discriminator_places, mutants};
use super::{fingerprint, instance_path, read_instances, targets, Place};

/// The command that makes the instance files, for messages.
pub const GENERATE: &str = "bash tests/differential/generate.sh";

/// The command that makes the instances of `file` in `instance_dir`.
fn generate_command(instance_dir: &str, file: &str) -> String {
    if instance_dir == "tests/differential/instances" {
        GENERATE.to_string()
    } else {
        format!("OUT={instance_dir} {GENERATE} {file}")
    }
}

/// How the generated code of one spec is reached: decode a value as a named schema's type, and
/// find the name the generator gave an inline body.
pub struct Generated<'a> {
    pub decode: &'a dyn Fn(&str, &Value) -> Option<Decoded>,
    /// (method, path, `request` or status) to the body's schema name.
    pub body_schema: &'a dyn Fn(&str, &str, &str) -> Option<String>,
}

/// What one spec's run found.
#[derive(Debug, Default)]
pub struct Report {
    pub spec: String,
    pub made_by: String,
    pub targets: usize,
    pub generated: usize,
    pub mutants: usize,
    pub agreed_valid: usize,
    pub agreed_invalid: usize,
    pub documented: BTreeMap<&'static str, usize>,
    pub disagreements: Vec<String>,
    /// Targets the instance generator could not take, with its reason.
    pub skipped: Vec<String>,
    /// Disagreements on targets listed as open (a known generator gap, with its reason), by
    /// target: counted and shown, not failed on. See [`set_aside_open`].
    pub open: BTreeMap<String, (usize, String)>,
    /// Values both refused, by schema name, with the decoder's problems: what the server test
    /// sends as request bodies. One per kind of mutation and place, up to [`REFUSED_KEPT`].
    pub refused: BTreeMap<String, Vec<Refused>>,
}

/// A value the validator and the decoder both refused.
#[derive(Debug, Clone)]
pub struct Refused {
    /// The mutation that made it, and where.
    pub what: String,
    pub value: Value,
    /// The decoder's problems, as (JSON pointer, message).
    pub issues: Vec<(String, String)>,
}

/// How many refused values of each schema a report keeps.
pub const REFUSED_KEPT: usize = 60;

impl Report {
    pub fn summary(&self) -> String {
        let documented: Vec<String> = self.documented.iter().map(|(k, n)| format!("{n} × {k}")).collect();
        let open: Vec<String> = self.open.iter().map(|(target, (n, _))| format!("{n} × {target}")).collect();
        format!(
            "{}: {} schemas, {} generated instances and {} mutants: {} valid and {} invalid agreed, documented differences [{}], open gaps [{}], {} disagreements, {} schemas not judged ({})",
            self.spec,
            self.targets,
            self.generated,
            self.mutants,
            self.agreed_valid,
            self.agreed_invalid,
            documented.join(", "),
            open.join(", "),
            self.disagreements.len(),
            self.skipped.len(),
            self.made_by
        )
    }
}

/// Runs the test for `file` (relative to `root`), whose instances are in `instance_dir` (relative
/// to `root` too). An error is a run that cannot be judged: no instances, stale ones, no type.
pub fn run_spec(root: &Path, file: &str, instance_dir: &str, generated: &Generated<'_>) -> Result<Report, String> {
    let text = std::fs::read_to_string(root.join(file)).map_err(|e| format!("{file}: {e}"))?;
    let spec = generator::load::load(file, &text).map_err(|e| e.to_string())?.1;
    let instances_at = instance_path(instance_dir, file);
    let generate = generate_command(instance_dir, file);
    let instances = read_instances(&root.join(&instances_at))
        .ok_or_else(|| format!("{file}: no instances at {instances_at}; run `{generate}`"))??;
    if instances.fingerprint != fingerprint(&text) || instances.spec != file {
        return Err(format!("{file}: the instances at {instances_at} were generated from another version of the spec; run `{generate}`"));
    }
    let targets = targets(&spec);
    let mut report = Report { spec: file.to_string(), made_by: instances.made_by.clone(), targets: targets.targets.len(), ..Report::default() };
    for target in &targets.targets {
        let Some(made) = instances.targets.iter().find(|t| t.id == target.id) else {
            return Err(format!("{file}: no instances of {}; run `{generate}`", target.id));
        };
        if let Some(why) = &made.skipped {
            report.skipped.push(format!("{}: {why}", target.id));
        }
        let name = match &target.place {
            Place::Component(name) => Some(name.clone()),
            Place::Body { method, path, at } => (generated.body_schema)(method, path, at),
        };
        let Some(name) = name else {
            report.disagreements.push(format!("{}: the generated code names no type for it", target.id));
            continue;
        };
        // A schema the validator cannot take is not judged, and says so (as one the instance
        // generator cannot take): the oracle is missing, not the decoder wrong. Dynamic
        // references (`$dynamicRef`, 2019-09's `$recursiveRef`) resolve against the whole
        // document as a JSON Schema resource, which an OpenAPI document is not: no verdict there.
        if let Some(keyword) = targets.dynamic_reference(&target.schema) {
            report.skipped.push(format!("{}: reaches `{keyword}`, which no validator reads as the document means it", target.id));
            continue;
        }
        let validator = match judge::validator(&targets.root(&target.schema)) {
            Ok(v) => v,
            Err(e) => {
                report.skipped.push(format!("{}: the validator cannot compile it: {e}", target.id));
                continue;
            }
        };
        let implied = match targets.implied_root(&target.schema).map(|root| judge::validator(&root)) {
            Some(Ok(v)) => Some(v),
            Some(Err(e)) => return Err(format!("{file} {}: the validator cannot compile the generator's reading of it: {e}", target.id)),
            None => None,
        };
        // Whether a union member's own schema refuses an object: validators compiled once each.
        let members: std::cell::RefCell<BTreeMap<String, Option<jsonschema::Validator>>> = Default::default();
        let member_refuses = |reference: &str, object: &Value| {
            let mut members = members.borrow_mut();
            let compiled = members.entry(reference.to_string()).or_insert_with(|| judge::validator(&targets.root(&serde_json::json!({ "$ref": reference }))).ok());
            compiled.as_ref().is_some_and(|v| !v.is_valid(object))
        };
        for text in &made.valid {
            let instance: Value = serde_json::from_str(text).map_err(|e| format!("{file} {}: an instance that is not JSON ({e}): {text}", target.id))?;
            report.generated += 1;
            let made = mutants(&targets.components, &target.schema, &instance);
            report.mutants += made.len();
            let candidates = std::iter::once(("as generated".to_string(), instance.clone())).chain(made.into_iter().map(|m| (m.what, m.value)));
            for (what, value) in candidates {
                let Some(decoded) = (generated.decode)(&name, &value) else {
                    report.disagreements.push(format!("{}: the generated code has no type {name}", target.id));
                    break;
                };
                let places = discriminator_places(&targets.components, &target.schema, &value);
                let tags = judge::Tags { places: &places, member_refuses: &member_refuses };
                let mut finding = judge(&validator, implied.as_ref(), &value, &decoded, &tags);
                if let (Finding::Disagreed(_), Some(narrow)) = (&finding, judge::without_wide_integers(&value)) {
                    let decoded_narrow = (generated.decode)(&name, &narrow);
                    if let Some(Finding::Agreed { .. } | Finding::Documented(_)) = decoded_narrow.map(|d| judge(&validator, implied.as_ref(), &narrow, &d, &tags)) {
                        finding = Finding::Documented(judge::INTEGER_PAST_64_BITS);
                    }
                }
                match finding {
                    Finding::Agreed { valid: true } => report.agreed_valid += 1,
                    Finding::Agreed { valid: false } => {
                        report.agreed_invalid += 1;
                        let kept = report.refused.entry(name.clone()).or_default();
                        let new_kind = kept.len() < REFUSED_KEPT && kept.iter().all(|r| r.what != what);
                        if let (true, Decoded::Refused(issues)) = (new_kind, decoded) {
                            kept.push(Refused { what, value, issues });
                        }
                    }
                    Finding::Documented(which) => *report.documented.entry(which).or_default() += 1,
                    Finding::Disagreed(why) => report.disagreements.push(format!("{} ({name}), {what}: {}\n    {}", target.id, shorten(&value.to_string()), shorten(&why))),
                }
            }
        }
    }
    Ok(report)
}

/// Prints each report's summary and panics with every disagreement (the first 40 of each spec,
/// unless `DIFFERENTIAL_SHOW_ALL` is set)
/// and every spec that could not be judged; returns the reports.
pub fn check_reports(reports: Vec<Result<Report, String>>) -> Vec<Report> {
    let mut failures = Vec::new();
    let mut judged = 0;
    let mut done = Vec::new();
    for report in reports {
        match report {
            Err(e) => failures.push(e),
            Ok(report) => {
                println!("{}", report.summary());
                report.skipped.iter().for_each(|s| println!("  not generated: {s}"));
                judged += report.generated + report.mutants;
                // All of them with DIFFERENTIAL_SHOW_ALL set, for a look at a whole document's.
                let shown = if std::env::var_os("DIFFERENTIAL_SHOW_ALL").is_some() { usize::MAX } else { 40 };
                failures.extend(report.disagreements.iter().take(shown).map(|d| format!("{}: {d}", report.spec)));
                if report.disagreements.len() > shown {
                    failures.push(format!("{}: and {} more disagreements", report.spec, report.disagreements.len() - shown));
                }
                done.push(report);
            }
        }
    }
    assert!(judged > 0, "nothing was judged");
    assert!(failures.is_empty(), "{} disagreement(s) between the generated decoder and the validator:\n{}", failures.len(), failures.join("\n"));
    done
}

/// At most 400 characters of `text`, for messages about values that can be large.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(400) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// Reads a list of open gaps: lines `<spec file> | <target id> | <why>`; `#` starts a comment.
pub fn read_open_gaps(path: &Path) -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut parts = l.splitn(3, '|').map(str::trim);
            match (parts.next(), parts.next(), parts.next()) {
                (Some(spec), Some(target), Some(why)) => (spec.to_string(), target.to_string(), why.to_string()),
                _ => panic!("{}: not `<spec> | <target> | <why>`: {l}", path.display()),
            }
        })
        .collect()
}

/// Moves the disagreements on the listed open gaps out of each report's failures into its
/// `open` counts. Returns the listed gaps that no longer disagree: a fixed gap must leave the list.
pub fn set_aside_open(reports: &mut [Result<Report, String>], gaps: &[(String, String, String)]) -> Vec<String> {
    let mut fixed = Vec::new();
    for (spec, target, why) in gaps {
        let Some(report) = reports.iter_mut().flatten().find(|r| &r.spec == spec) else {
            fixed.push(format!("{spec} | {target}: no such spec was judged"));
            continue;
        };
        let prefix = format!("{target} (");
        let before = report.disagreements.len();
        report.disagreements.retain(|d| !d.starts_with(&prefix));
        match before - report.disagreements.len() {
            0 => fixed.push(format!("{spec} | {target}: agrees now; take it off the list")),
            n => {
                report.open.insert(target.clone(), (n, why.clone()));
            }
        }
    }
    fixed
}
