//! `sero energy -- COMMAND`: the energy a command used, from RAPL or a stated TDP model.
//!
//! The command runs with sero's standard input, output and error, so its output is its own;
//! sero's report goes to standard error (or to `--report FILE`) after the command ends. sero
//! then exits with the command's exit code (128 + N when signal N killed it), so `sero energy`
//! can wrap a step of a script or a CI job without changing its outcome; 2 when sero itself
//! cannot run the command or read what it needs. Documented in docs/energy.md.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use clap::{Args, ValueEnum};
use serde_json::{Value, json};
use sero_core::activity::{ActivityFile, ActivityRow, ActivityValue};

use sero_core::evaluate::ComponentResult;
use sero_core::factor::FactorSet;
use sero_core::impact::Kind;
use sero_core::model::{InputValue, format_number};
use sero_core::models::Registry;
use sero_energy::measure::{self, Exit, Measurement, Method, TdpSource};
use sero_energy::rapl::Selection;
use sero_support::EnvVars;

use crate::Failure;
use crate::cli::FactorFiles;
use crate::library;
use crate::output::{Grid, number};
use crate::text;
use crate::text::energy as words;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EnergyFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct EnergyArgs {
    /// The processor's TDP in watts, for the model used when RAPL cannot be read (default:
    /// CodeCarbon's 4 W per logical CPU for a processor it does not know, stated as assumed)
    #[arg(long, value_name = "W")]
    pub tdp: Option<f64>,
    /// Where the electricity was used: `GBR` (DESNZ UK factors), another ISO 3166-1 alpha-3
    /// code (Ember annual average), or a number of gCO2e/kWh
    #[arg(long, default_value = "GBR")]
    pub grid: String,
    /// Report format
    #[arg(long, value_enum, default_value_t = EnergyFormat::Table)]
    pub format: EnergyFormat,
    /// Write the report to FILE instead of standard error
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Write an activity file (one `electricity` row) for a manifest component's `from:`
    #[arg(long, value_name = "FILE")]
    pub activity: Option<PathBuf>,
    /// Add the RAPL DRAM zones to the packages (on some processors DRAM is already inside the
    /// package figure)
    #[arg(long)]
    pub include_dram: bool,
    /// Measure the whole platform (RAPL psys) instead of the packages
    #[arg(long)]
    pub psys: bool,
    #[command(flatten)]
    pub factors: FactorFiles,
    /// The command to run and its arguments, after `--`
    #[arg(required = true, last = true, value_name = "COMMAND")]
    pub command: Vec<OsString>,
}

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
        return Err(Failure::input(format!(
            "error: --grid {grid}: {}\n  = hint: {}",
            crate::i18n::tr(&error.message()),
            words::ENERGY_HINT_GRID
        )));
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
        Failure::input(format!(
            "error: cannot write the activity file `{}`: {e}\n  = hint: {}",
            path.display(),
            words::ENERGY_HINT_WRITE
        ))
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
    let (factors, _notes) = library::load(&args.factors)?;
    // Check the grid before running anything.
    electricity(0.0, &args.grid, &factors)?;
    let Some((program, rest)) = args.command.split_first() else {
        return Err(Failure::input(format!(
            "error: no command to run\n  = hint: {}",
            words::ENERGY_HINT_COMMAND
        )));
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
    let measurement = measure::run(command, &options)
        .map_err(|e| Failure::input(format!("error: {e}\n  = hint: {}", e.hint())))?;
    let line = shell_words(&args.command);
    let emissions = electricity(measurement.kwh(), &args.grid, &factors)?;
    let report = match args.format {
        EnergyFormat::Table => table(&line, &measurement, &emissions, &args.grid),
        EnergyFormat::Json => crate::output::document::write(
            crate::output::document::Kind::Energy,
            None,
            document(&args.command, &measurement, &emissions, &args.grid),
        )?,
    };
    match &args.report {
        Some(path) => std::fs::write(path, &report).map_err(|e| {
            Failure::input(format!(
                "error: cannot write the report `{}`: {e}\n  = hint: {}",
                path.display(),
                words::ENERGY_HINT_WRITE
            ))
        })?,
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
            Some(&args.grid),
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
        Exit::Code(code) => format!("{} {code}", words::ENERGY_EXIT_CODE),
        Exit::Signal(signal) => format!("{} {signal}", words::ENERGY_KILLED),
    }
}

fn table(line: &str, m: &Measurement, emissions: &ComponentResult, grid: &str) -> String {
    let mut out = format!("\n{}: {line}\n", words::ENERGY_TITLE);
    let mut grid_rows = Grid::new(&["", ""], &[false, false]);
    grid_rows.row(vec![words::ENERGY_EXIT.to_owned(), exit_text(m.exit)]);
    grid_rows.row(vec![
        words::ENERGY_DURATION.to_owned(),
        format!("{} s", number(m.duration_seconds)),
    ]);
    grid_rows.row(vec![
        words::ENERGY_CPU_TIME.to_owned(),
        format!(
            "{} s ({} user, {} system)",
            number(m.cpu_seconds()),
            number(m.cpu_user_seconds),
            number(m.cpu_system_seconds)
        ),
    ]);
    let method = match &m.method {
        Method::Rapl(r) => format!(
            "{} ({}; {} of the machine's CPU time)",
            words::ENERGY_MEASURED,
            r.zones
                .iter()
                .map(|z| format!("{} {}", z.id, z.name))
                .collect::<Vec<_>>()
                .join(", "),
            crate::output::percent(r.share)
        ),
        Method::TdpModel(t) => format!(
            "{} (TDP {} W{}, {} logical CPUs{})",
            words::ENERGY_MODELLED,
            format_number(t.tdp_w),
            match t.tdp_source {
                TdpSource::Given => " from --tdp",
                _ => ", assumed",
            },
            t.logical_cpus,
            t.cpu_model
                .as_ref()
                .map(|c| format!(", {c}"))
                .unwrap_or_default()
        ),
    };
    grid_rows.row(vec![words::ENERGY_METHOD.to_owned(), method]);
    grid_rows.row(vec![
        words::ENERGY_ENERGY.to_owned(),
        format!(
            "{} J = {} kWh",
            format_number(m.joules),
            format_number(m.kwh())
        ),
    ]);
    if let Method::Rapl(r) = &m.method {
        grid_rows.row(vec![
            words::ENERGY_MACHINE.to_owned(),
            format!(
                "{} J over {} s of CPU time on all CPUs ({} s busy){}",
                format_number(r.machine_joules),
                number(r.machine_cpu_seconds),
                number(r.machine_busy_seconds),
                if r.wraps > 0 {
                    format!("; {} {}", r.wraps, words::ENERGY_WRAPS)
                } else {
                    String::new()
                }
            ),
        ]);
    }
    grid_rows.row(vec![
        words::ENERGY_CO2E.to_owned(),
        format!(
            "{} gCO2e ({} {grid}, location-based)",
            format_number(emissions.co2e_kg() * 1000.0),
            words::ENERGY_GRID
        ),
    ]);
    out.push_str(&grid_rows.render("  "));
    let factors = &emissions.explanation.factors;
    if !factors.is_empty() {
        out.push_str(&format!("\n{}\n", text::FACTORS));
        for f in factors {
            out.push_str(&format!(
                "  {} = {} {} — {}, {} ({}), {}\n",
                f.id,
                format_number(f.value),
                f.unit,
                f.citation.publisher,
                f.citation.title,
                f.citation.edition,
                f.citation.url
            ));
        }
    }
    let assumptions: Vec<String> = m
        .assumptions
        .iter()
        .cloned()
        .chain(crate::output::said(&emissions.assumptions))
        .collect();
    if !assumptions.is_empty() {
        out.push_str(&format!("\n{}\n", text::ASSUMPTIONS));
        for a in assumptions {
            out.push_str(&format!("  - {a}\n"));
        }
    }
    let warnings: Vec<String> = m
        .warnings
        .iter()
        .cloned()
        .chain(crate::output::said(&emissions.warnings))
        .chain(match &m.method {
            Method::TdpModel(t) => Some(format!(
                "{}: {}",
                words::ENERGY_WHY_MODEL,
                t.why_not_measured
            )),
            Method::Rapl(_) => None,
        })
        .collect();
    if !warnings.is_empty() {
        out.push_str(&format!("\n{}\n", text::WARNINGS));
        for w in warnings {
            out.push_str(&format!("  - {w}\n"));
        }
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
                "why_not_measured": t.why_not_measured,
            }),
        ),
    };
    let mut warnings = m.warnings.clone();
    warnings.extend(crate::output::said(&emissions.warnings));
    let mut assumptions = m.assumptions.clone();
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
