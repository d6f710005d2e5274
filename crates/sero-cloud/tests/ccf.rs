//! Cloud Carbon Footprint's own tests, run through sero's library path (the same as
//! `sero import cloud`: `aggregate_file` on the converted fixture, grouped as CCF groups: day,
//! account, region, service, and the tags when the test has them).
//!
//! The vectors in `tests/ccf/<provider>/` are written by `scripts/ccf-vectors/run` from CCF's
//! test files at commit b7a049c7 (see `tests/ccf/NOTICE`). Every expectation is two tests:
//!
//! - `ccf::<provider>::<test>::<n>`: `Method::Ccf` gives CCF's kWh, CO2e and cost to a relative
//!   1e-9, or, where the expectation carries an `exception`, the figures it states with the
//!   explanation beside them;
//! - `sero::<provider>::<test>::<n>`: `Method::Sero` gives CCF's figures, or, where sero's default
//!   differs, the figures of the expectation's `sero` entry with the key of the reason
//!   (each reason is explained in docs/cloud.md).
//!
//! An expectation marked `pending` (ccf mode) or `sero_pending` (sero mode) does not match yet:
//! its test passes only while it still mismatches, so a fix makes it fail until the marker is
//! removed.

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;

use sero_cloud::aggregate::{Dim, Options, Report};
use sero_cloud::{Coefficients, Method, PARALLEL_FROM_BYTES, aggregate_file};

const RELATIVE: f64 = 1e-9;

/// Reasons the default mode may differ from CCF's code; each has a row in docs/cloud.md.
const REASONS: &[&str] = &[
    "embodied-apart",
    "byte-hours-as-gb-months",
    "redshift-seconds",
    "internet-transfer-excluded",
    "unknown-by-service",
    "unknown-instance-by-cost",
    "storage-type-by-cost",
    "unestimated-cost-kept",
    "azure-unit-count",
    "gb-month-through-the-month",
    "disk-by-quantity",
];

struct Vector {
    provider: String,
    slug: String,
    dir: PathBuf,
    json: Value,
}

fn vectors(root: &Path) -> Vec<Vector> {
    let mut out = Vec::new();
    for provider in ["aws", "azure", "gcp"] {
        let dir = root.join(provider);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let json: Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            out.push(Vector {
                provider: provider.to_owned(),
                slug: file
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                dir: dir.clone(),
                json,
            });
        }
    }
    out
}

/// The tag names the vector's expectations split by (those with a value somewhere).
fn tag_names(vector: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for e in vector["expectations"].as_array().into_iter().flatten() {
        if let Some(tags) = e["tags"].as_object() {
            for (k, v) in tags {
                if v.as_str().is_some_and(|v| !v.is_empty()) && !names.contains(k) {
                    names.push(k.clone());
                }
            }
        }
    }
    names
}

/// CCF's lookup tests (`getEstimatesFromInputData`) estimate one unit of each usage type, each
/// on its own: grouped by region, service and usage type.
fn is_lookup(vector: &Value) -> bool {
    vector["lookup"].as_bool() == Some(true)
}

fn group_by(vector: &Value) -> Vec<Dim> {
    if is_lookup(vector) {
        return vec![Dim::Region, Dim::Service, Dim::UsageType];
    }
    // CCF's tests grouped by week give the week's first day (the Monday of the ISO week).
    let first = if vector["config"]["grouping"].as_str() == Some("week") {
        Dim::Week
    } else {
        Dim::Day
    };
    let mut dims = vec![first, Dim::Account, Dim::Region, Dim::Service];
    dims.extend(tag_names(vector).into_iter().map(Dim::Tag));
    dims
}

fn run(vector: &Vector, method: Method) -> Result<Report, String> {
    let input = vector.json["input"]
        .as_str()
        .ok_or("the vector names no input")?;
    let path = vector.dir.join(input);
    aggregate_file(
        &Coefficients::bundled(),
        &path,
        Options {
            group_by: group_by(&vector.json),
            max_errors: None,
            method,
        },
        1,
        PARALLEL_FROM_BYTES,
        &mut |_| {},
    )
    .map_err(|e| format!("{}: {e}", path.display()))
}

/// sero's figures for the group an expectation names (summed over the grids it is split by).
#[derive(Debug, Default, Clone, Copy)]
struct Figures {
    kwh: f64,
    co2e_t: f64,
    embodied_t: f64,
    cost: f64,
    found: bool,
}

fn figures(report: &Report, vector: &Value, expectation: &Value) -> Figures {
    let text = |name: &str| expectation[name].as_str().unwrap_or("").to_owned();
    let mut labels = if is_lookup(vector) {
        vec![text("region"), text("service"), text("usage_type")]
    } else {
        Vec::new()
    };
    if !is_lookup(vector) {
        labels = vec![
            expectation["timestamp"].as_str().unwrap_or("").to_owned(),
            expectation["account_id"].as_str().unwrap_or("").to_owned(),
            expectation["region"].as_str().unwrap_or("").to_owned(),
            expectation["service"].as_str().unwrap_or("").to_owned(),
        ];
    }
    for tag in tag_names(vector) {
        labels.push(expectation["tags"][&tag].as_str().unwrap_or("").to_owned());
    }
    let mut f = Figures::default();
    for g in report.groups.iter().filter(|g| g.labels == labels) {
        f.found = true;
        f.kwh += g.energy_kwh;
        f.co2e_t += g.co2e_kg / 1000.0;
        f.embodied_t += g.embodied_kg / 1000.0;
        f.cost += g.cost;
    }
    f
}

fn close(a: f64, b: f64) -> bool {
    let scale = a.abs().max(b.abs());
    (a - b).abs() <= RELATIVE * scale || scale < 1e-300
}

/// Compares sero's figures with `want` (`kilowatt_hours`, `co2e_t`, `cost`, and `embodied_t`
/// when stated); the mismatches, empty when all agree.
fn compare(got: &Figures, want: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if !got.found {
        out.push("no such group in sero's output".to_owned());
        return out;
    }
    if want.get("embodied_t").is_none() && got.embodied_t != 0.0 {
        // What sero reports beside, for whoever records its figures.
        out.push(format!("(embodied_t: sero {:e})", got.embodied_t));
    }
    for (name, value) in [
        ("kilowatt_hours", got.kwh),
        ("co2e_t", got.co2e_t),
        ("cost", got.cost),
        ("embodied_t", got.embodied_t),
    ] {
        if let Some(expected) = want[name].as_f64()
            && !close(value, expected)
        {
            out.push(format!("{name}: sero {value:e}, expected {expected:e}"));
        }
    }
    if out.iter().all(|m| m.starts_with('(')) {
        out.clear();
    }
    out
}

/// The test's verdict, honouring a `pending` marker.
fn verdict(mismatches: Vec<String>, pending: Option<&str>) -> Result<(), Failed> {
    match (mismatches.is_empty(), pending) {
        (true, None) => Ok(()),
        (false, None) => Err(mismatches.join("; ").into()),
        (false, Some(_)) => Ok(()),
        (true, Some(reason)) => {
            Err(format!("matches now: remove the pending marker ({reason}) from the vector").into())
        }
    }
}

fn check_ccf(report: &Result<Report, String>, vector: &Value, e: &Value) -> Result<(), Failed> {
    let report = report.as_ref().map_err(|e| Failed::from(e.clone()))?;
    let got = figures(report, vector, e);
    let mismatches = match e.get("exception") {
        Some(exception) => {
            let why = exception["explanation"].as_str().unwrap_or("");
            if why.trim().len() < 20 {
                return Err("an exception must carry its explanation".into());
            }
            compare(&got, exception)
        }
        None => compare(&got, e),
    };
    verdict(mismatches, e["pending"].as_str())
}

fn check_sero(report: &Result<Report, String>, vector: &Value, e: &Value) -> Result<(), Failed> {
    let report = report.as_ref().map_err(|e| Failed::from(e.clone()))?;
    let got = figures(report, vector, e);
    let mismatches = match e.get("sero") {
        Some(sero) => {
            let reasons: Vec<&str> = match &sero["reason"] {
                Value::String(r) => vec![r.as_str()],
                Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            if reasons.is_empty() {
                return Err("a `sero` figure must give the key of its reason".into());
            }
            if let Some(r) = reasons.iter().find(|r| !REASONS.contains(r)) {
                return Err(format!("unknown reason key `{r}`").into());
            }
            // The one reason the figures themselves show: embodied emissions reported apart.
            if reasons.contains(&"embodied-apart") != (got.embodied_t > 0.0) {
                return Err(format!(
                    "`embodied-apart` {} given, and sero reports {:e} t embodied apart",
                    if reasons.contains(&"embodied-apart") {
                        "is"
                    } else {
                        "is not"
                    },
                    got.embodied_t
                )
                .into());
            }
            compare(&got, sero)
        }
        None => compare(&got, e),
    };
    verdict(mismatches, e["sero_pending"].as_str())
}

/// CCF expected no estimate at all: sero's groups must have no energy.
fn check_empty(report: &Result<Report, String>, pending: Option<&str>) -> Result<(), Failed> {
    let report = report.as_ref().map_err(|e| Failed::from(e.clone()))?;
    let with_energy: Vec<String> = report
        .groups
        .iter()
        .filter(|g| g.energy_kwh != 0.0)
        .map(|g| format!("{} ({} kWh)", g.labels.join("/"), g.energy_kwh))
        .collect();
    let mismatches = if with_energy.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "CCF gives no estimate; sero gives {}",
            with_energy.join(", ")
        )]
    };
    verdict(mismatches, pending)
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ccf");
    let mut trials = Vec::new();
    for vector in vectors(&root) {
        for (mode, method) in [("ccf", Method::Ccf), ("sero", Method::Sero)] {
            let report = std::sync::Arc::new(run(&vector, method));
            let json = std::sync::Arc::new(vector.json.clone());
            let prefix = format!("{mode}::{}::{}", vector.provider, vector.slug);
            if vector.json["expect_empty"].as_bool() == Some(true) {
                let (report, json) = (report.clone(), json.clone());
                let key = if mode == "ccf" {
                    "pending"
                } else {
                    "sero_pending"
                };
                trials.push(Trial::test(format!("{prefix}::0"), move || {
                    check_empty(&report, json[key].as_str())
                }));
                continue;
            }
            let count = json["expectations"].as_array().map_or(0, Vec::len);
            for n in 0..count {
                let (report, json) = (report.clone(), json.clone());
                trials.push(Trial::test(format!("{prefix}::{n}"), move || {
                    let e = &json["expectations"][n];
                    if mode == "ccf" {
                        check_ccf(&report, &json, e)
                    } else {
                        check_sero(&report, &json, e)
                    }
                }));
            }
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
