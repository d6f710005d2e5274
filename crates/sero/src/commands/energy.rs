//! `sero energy -- COMMAND`: the energy a command used, from RAPL or a stated TDP model.
//!
//! The command runs with sero's standard input, output and error, so its output is its own;
//! sero's report goes to standard error (or to `-o/--output FILE`) after the command ends. sero
//! then exits with the command's exit code (128 + N when signal N killed it), so `sero energy`
//! can wrap a step of a script or a CI job without changing its outcome; 2 when sero itself
//! cannot run the command or read what it needs. Documented in docs/energy.md.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};
use sero_core::activity::{ActivityFile, ActivityRow, ActivityValue};

use sero_core::evaluate::ComponentResult;
use sero_core::factor::FactorSet;
use sero_core::impact::Kind;
use sero_core::model::InputValue;
use sero_core::models::Registry;
use sero_energy::measure::{self, Exit, Measurement, Method, TdpSource};
use sero_energy::rapl::Selection;
use sero_support::EnvVars;

use crate::Failure;
use crate::cli::{EnergyArgs, EnergyFormat};
use crate::commands::refuse;
use crate::i18n::tr;
use crate::library;
use crate::output::layout::{mass_unit, mass_with_unit, width, wrap};
use crate::tr;

/// The powercap root: `$SERO_POWERCAP_ROOT`, else `/sys/class/powercap`.
fn powercap_root() -> PathBuf {
    EnvVars::SERO_POWERCAP_ROOT
        .get_os()
        .map_or_else(|| PathBuf::from("/sys/class/powercap"), PathBuf::from)
}

/// The proc root: `$SERO_PROC_ROOT` (a host's /proc mounted in a container), else `/proc`.
fn proc_root() -> PathBuf {
    EnvVars::SERO_PROC_ROOT
        .get_os()
        .map_or_else(|| PathBuf::from("/proc"), PathBuf::from)
}

/// A grid as the `electricity` model takes it: a number is gCO2e/kWh, text a country code.
pub fn grid_input(grid: &str) -> InputValue {
    match grid.trim().parse::<f64>() {
        Ok(g) => InputValue::Number(g),
        Err(_) => InputValue::Text(grid.trim().to_owned()),
    }
}

/// Emissions of `kwh` of electricity on `grid`, through sero's `electricity` model (the same
/// factors, steps and checks as a manifest's component); a refused grid is an input error.
pub fn electricity(kwh: f64, grid: &str, factors: &FactorSet) -> Result<ComponentResult, Failure> {
    let result =
        sero_core::evaluate::electricity(kwh, grid_input(grid), &Registry::bundled(), factors);
    if let Some(error) = &result.error {
        return Err(refuse(
            tr!("energy-error-grid", grid = grid, error = error.message()),
            tr!("energy-hint-grid"),
        ));
    }
    Ok(result)
}

/// Writes an activity file (docs/energy.md): `rows` are `(labels, energy kWh)`.
pub fn write_activity(
    path: &Path,
    produced_by: &str,
    grid: Option<&str>,
    rows: &[(Vec<(String, String)>, f64)],
) -> Result<(), Failure> {
    let rows = rows
        .iter()
        .map(|(labels, kwh)| {
            let mut inputs = vec![("energy".to_owned(), ActivityValue::quantity(*kwh, "kWh"))];
            if let Some(grid) = grid {
                let value = match grid_input(grid) {
                    InputValue::Number(n) => ActivityValue::Number(n),
                    _ => ActivityValue::Text(grid.trim().to_owned()),
                };
                inputs.push(("grid".to_owned(), value));
            }
            ActivityRow {
                labels: labels.clone(),
                model: Some("electricity".to_owned()),
                inputs,
                ..ActivityRow::default()
            }
        })
        .collect();
    let file = ActivityFile {
        produced_by: produced_by.to_owned(),
        model: Some("electricity".to_owned()),
        rows,
    };
    let body = crate::output::document::activity(
        crate::output::document::Kind::Activity,
        &file,
        serde_json::Map::new(),
    )?;
    std::fs::write(path, body).map_err(|e| {
        refuse(
            tr!(
                "energy-error-write-activity",
                file = path.display().to_string(),
                error = e.to_string()
            ),
            tr!("energy-hint-write"),
        )
    })
}

fn shell_words(words: &[OsString]) -> String {
    words
        .iter()
        .map(|w| {
            let w = w.to_string_lossy();
            if !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@%".contains(c))
            {
                w.into_owned()
            } else {
                format!("'{}'", w.replace('\'', "'\\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn run(args: EnergyArgs) -> Result<(), Failure> {
    let output = match &args.former_report {
        Some(path) => {
            eprintln!(
                "{}",
                tr!(
                    "cli-warning",
                    warning = tr!("energy-warning-report-renamed")
                )
            );
            Some(path.clone())
        }
        None => args.report.output.clone(),
    };
    let (factors, _notes) = library::load(&args.factors)?;
    // Check the grid before running anything.
    let grid = super::grid_text(&args.grid).unwrap_or_else(|| "GBR".to_owned());
    electricity(0.0, &grid, &factors)?;
    let Some((program, rest)) = args.command.split_first() else {
        return Err(refuse(
            tr!("energy-error-no-command"),
            tr!("energy-hint-command"),
        ));
    };
    let mut command = Command::new(program);
    command.args(rest);
    let options = measure::Options {
        powercap_root: powercap_root(),
        proc_root: proc_root(),
        tdp_w: args.tdp,
        selection: Selection {
            include_dram: args.include_dram,
            prefer_psys: args.psys,
        },
        ..measure::Options::default()
    };
    let measurement =
        measure::run(command, &options).map_err(|e| refuse(tr(&e.message()), tr(&e.hint())))?;
    let line = shell_words(&args.command);
    let emissions = electricity(measurement.kwh(), &grid, &factors)?;
    let report = match args.report.format {
        EnergyFormat::Table => table(&line, &measurement, &emissions, &grid),
        EnergyFormat::Json => crate::output::document::write(
            crate::output::document::Kind::Energy,
            None,
            document(&args.command, &measurement, &emissions, &grid),
        )?,
    };
    match &output {
        Some(path) => super::emit(Some(path), &report)?,
        None => eprint!("{report}"),
    }
    if let Some(path) = &args.activity {
        let labels = vec![
            ("command".to_owned(), line.clone()),
            ("method".to_owned(), measurement.method.key().to_owned()),
        ];
        write_activity(
            path,
            &format!("sero energy -- {line}"),
            Some(&grid),
            &[(labels, measurement.kwh())],
        )?;
    }
    if !measurement.exit.success() {
        use std::io::Write;
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().flush();
        std::process::exit(measurement.exit.shell_code());
    }
    Ok(())
}

fn exit_text(exit: Exit) -> String {
    match exit {
        Exit::Code(code) => tr!("energy-exit-code", code = i64::from(code)),
        Exit::Signal(signal) => tr!("energy-exit-signal", signal = i64::from(signal)),
    }
}

fn table(line: &str, m: &Measurement, emissions: &ComponentResult, grid: &str) -> String {
    let width = width();
    let text_width = width.min(100);
    let mut out = String::from("\n");
    out.push_str(&wrap(
        &tr!("energy-title", command = line),
        text_width,
        "",
        "  ",
    ));
    let mut grid_rows: Vec<Vec<String>> = Vec::new();
    grid_rows.push(vec![tr!("energy-row-exit"), exit_text(m.exit)]);
    grid_rows.push(vec![
        tr!("energy-row-duration"),
        tr!("energy-seconds", seconds = m.duration_seconds),
    ]);
    grid_rows.push(vec![
        tr!("energy-row-cpu-time"),
        tr!(
            "energy-cpu-time",
            total = m.cpu_seconds(),
            user = m.cpu_user_seconds,
            system = m.cpu_system_seconds
        ),
    ]);
    let method = match &m.method {
        Method::Rapl(r) => tr!(
            "energy-method-measured",
            zones = r
                .zones
                .iter()
                .map(|z| format!("{} {}", z.id, z.name))
                .collect::<Vec<_>>()
                .join(", "),
            share = crate::output::percent(r.share)
        ),
        Method::TdpModel(t) => {
            let source = match t.tdp_source {
                TdpSource::Given => tr!("energy-tdp-given"),
                _ => tr!("energy-tdp-assumed"),
            };
            match &t.cpu_model {
                Some(model) => tr!(
                    "energy-method-modelled-cpu",
                    tdp = sero_core::Arg::Exact(t.tdp_w),
                    source = source,
                    cpus = t.logical_cpus,
                    model = model
                ),
                None => tr!(
                    "energy-method-modelled",
                    tdp = sero_core::Arg::Exact(t.tdp_w),
                    source = source,
                    cpus = t.logical_cpus
                ),
            }
        }
    };
    grid_rows.push(vec![tr!("energy-row-method"), method]);
    grid_rows.push(vec![
        tr!("energy-row-energy"),
        tr!("energy-joules", joules = m.joules, kwh = m.kwh()),
    ]);
    if let Method::Rapl(r) = &m.method {
        let machine = tr!(
            "energy-machine",
            joules = r.machine_joules,
            cpu = r.machine_cpu_seconds,
            busy = r.machine_busy_seconds
        );
        let machine = if r.wraps > 0 {
            tr!(
                "energy-machine-with-wraps",
                machine = machine,
                wraps = r.wraps
            )
        } else {
            machine
        };
        grid_rows.push(vec![tr!("energy-row-machine"), machine]);
    }
    let kg = emissions.co2e_kg();
    grid_rows.push(vec![
        tr!("energy-row-emissions"),
        tr!(
            "energy-emissions",
            mass = mass_with_unit(kg, mass_unit(kg, None)),
            grid = grid
        ),
    ]);
    // The label column is short; the value column wraps within the width.
    let label_width = grid_rows_label_width(&grid_rows);
    out.push_str(&render_wrapped(&grid_rows, "  ", label_width, text_width));
    let factors = &emissions.explanation.factors;
    if !factors.is_empty() {
        out.push_str(&format!("\n{}\n", tr!("energy-factors")));
        for f in factors {
            let cited = tr!(
                "energy-factor",
                factor = &f.id,
                value = sero_core::Arg::Exact(f.value),
                unit = &f.unit,
                publisher = &f.citation.publisher,
                title = &f.citation.title,
                edition = &f.citation.edition,
                url = &f.citation.url
            );
            out.push_str(&wrap(&cited, text_width, "  ", "    "));
        }
    }
    let assumptions: Vec<String> = crate::output::said(&m.assumptions)
        .into_iter()
        .chain(crate::output::said(&emissions.assumptions))
        .collect();
    if !assumptions.is_empty() {
        out.push_str(&format!("\n{}\n", tr!("energy-assumptions")));
        for a in assumptions {
            out.push_str(&wrap(&a, text_width, "  - ", "    "));
        }
    }
    let warnings: Vec<String> = crate::output::said(&m.warnings)
        .into_iter()
        .chain(crate::output::said(&emissions.warnings))
        .chain(match &m.method {
            Method::TdpModel(t) => Some(tr!("energy-why-model", why = t.why_not_measured.clone())),
            Method::Rapl(_) => None,
        })
        .collect();
    if !warnings.is_empty() {
        out.push_str(&format!("\n{}\n", tr!("energy-warnings")));
        for w in warnings {
            out.push_str(&wrap(&w, text_width, "  - ", "    "));
        }
    }
    out
}

/// The width of the label column of a two-column grid.
fn grid_rows_label_width(grid: &[Vec<String>]) -> usize {
    grid.iter()
        .filter_map(|row| row.first())
        .map(|c| c.chars().count())
        .max()
        .unwrap_or(0)
}

/// A two-column grid of labels and values, the values wrapped within `width`.
fn render_wrapped(grid: &[Vec<String>], indent: &str, label_width: usize, width: usize) -> String {
    let mut out = String::new();
    for row in grid {
        let (Some(label), Some(value)) = (row.first(), row.get(1)) else {
            continue;
        };
        let first = format!("{indent}{label:<label_width$}  ");
        let rest = " ".repeat(first.chars().count());
        out.push_str(&wrap(value, width, &first, &rest));
    }
    out
}

fn document(
    command: &[OsString],
    m: &Measurement,
    emissions: &ComponentResult,
    grid: &str,
) -> Value {
    let (rapl, model) = match &m.method {
        Method::Rapl(r) => (
            json!({
                "zones": r.zones.iter().map(|z| json!({"id": z.id, "name": z.name, "joules": z.joules})).collect::<Vec<_>>(),
                "machine_joules": r.machine_joules,
                "machine_cpu_seconds": r.machine_cpu_seconds,
                "machine_busy_seconds": r.machine_busy_seconds,
                "share_of_cpu_time": r.share,
                "wraps_corrected": r.wraps,
                "readings": r.readings,
                "attribution": "Kepler: machine energy × command CPU time ÷ machine CPU time (idle included)",
            }),
            Value::Null,
        ),
        Method::TdpModel(t) => (
            Value::Null,
            json!({
                "tdp_w": t.tdp_w,
                "tdp_source": match t.tdp_source {
                    TdpSource::Given => "--tdp",
                    TdpSource::PerLogicalCpu => "assumed: CodeCarbon default per logical CPU",
                    TdpSource::Default => "assumed: CodeCarbon default for an unidentified processor",
                },
                "fraction_of_tdp": measure::TDP_FRACTION.value,
                "cpu_model": t.cpu_model,
                "logical_cpus": t.logical_cpus,
                "formula": "0.5 × TDP × CPU seconds ÷ logical CPUs",
                "why_not_measured": tr(&t.why_not_measured),
            }),
        ),
    };
    let mut warnings = crate::output::said(&m.warnings);
    warnings.extend(crate::output::said(&emissions.warnings));
    let mut assumptions = crate::output::said(&m.assumptions);
    assumptions.extend(crate::output::said(&emissions.assumptions));
    json!({
        "command": command.iter().map(|w| w.to_string_lossy().into_owned()).collect::<Vec<_>>(),
        "exit": match m.exit {
            Exit::Code(code) => json!({"code": code, "signal": Value::Null}),
            Exit::Signal(signal) => json!({"code": Value::Null, "signal": signal}),
        },
        "duration_s": m.duration_seconds,
        "cpu_time_s": {"user": m.cpu_user_seconds, "system": m.cpu_system_seconds, "total": m.cpu_seconds()},
        "energy": {
            "joules": m.joules,
            "kwh": m.kwh(),
            "method": m.method.key(),
            "measured": matches!(m.method, Method::Rapl(_)),
        },
        "rapl": rapl,
        "tdp_model": model,
        "grid": grid,
        "co2e_kg": emissions.co2e_kg(),
        "parts": emissions.impact.parts.iter().map(|p| json!({
            "label": p.label,
            "kind": match p.kind { Kind::Operational => "operational", Kind::Embodied => "embodied" },
            "scope": p.scope.key(),
            "co2e_kg": p.co2e_kg,
            "energy_kwh": p.energy_kwh,
        })).collect::<Vec<_>>(),
        "factors": emissions.explanation.factors.iter().map(|f| crate::output::document::factor(f)).collect::<Vec<_>>(),
        "steps": emissions.explanation.steps,
        "assumptions": assumptions,
        "warnings": warnings,
    })
}
