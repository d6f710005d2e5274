//! `sero import cloud`: cloud bills to energy and emissions, with Cloud Carbon Footprint's
//! methodology (`sero-cloud`). Reads an AWS Cost and Usage Report (CSV or CSV.gz), an Azure cost
//! export, a Google Cloud billing export, or the result of the query `--sql` prints; writes a
//! table, CSV, or the activity file (`--format json`, or `--activity FILE` beside the table)
//! that a manifest component reads with `from:`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

use clap::{Args, ValueEnum};
use serde_json::{Map, Value, json};

use sero_cloud::Coefficients;
use sero_cloud::aggregate::{Dim, Error, Grid, Options, Report};
use sero_cloud::file::aggregate_file;
use sero_cloud::sql::{self, Dialect, Target};
use sero_core::activity::{ActivityFile, ActivityRow, ActivityValue};
use sero_core::model::format_number;

use super::super::print;
use crate::Failure;

/// The words of this command, in one place.
mod words {
    pub const HINT_FILE: &str = "give a billing export: an AWS Cost and Usage Report, an Azure cost export or a Google Cloud billing export (CSV, CSV.gz or Parquet), or the result of `sero import cloud --sql athena|bigquery`";
    pub const HINT_GROUP_BY: &str = "dimensions: day, month, account, region, service, class, usage_type, tag:NAME (for example `--group-by day,service,tag:service`)";
    pub const HINT_MALFORMED: &str =
        "fix these lines, or add `--keep-going` to estimate the rest and list them in the summary";
    pub const HINT_STOPPED: &str = "stopped at --max-errors; fix the file, or raise the limit";
    pub const NO_FILE: &str = "error: no billing file given";
    pub const HEADINGS: [&str; 6] = [
        "grid",
        "energy kWh",
        "CO2e kg",
        "embodied kg",
        "cost",
        "lines",
    ];
    pub const TOTAL: &str = "total";
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CloudFormat {
    Table,
    /// The activity file (`sero_activity: 1`), with the summary
    Json,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SqlTarget {
    /// AWS Cost and Usage Report in Athena
    Athena,
    /// Google Cloud billing export in BigQuery
    Bigquery,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SqlDialect {
    /// The target's own SQL
    Native,
    /// DuckDB, over a local copy of the export with the same column names
    Duckdb,
}

#[derive(Debug, Args)]
pub struct CloudArgs {
    /// The billing export, or the result of the `--sql` query (CSV, CSV.gz or Parquet)
    pub file: Option<PathBuf>,
    /// Dimensions to add lines up by: day, month, account, region, service, class, usage_type,
    /// tag:NAME
    #[arg(long, default_value = "region,service", value_name = "LIST")]
    pub group_by: String,
    #[arg(long, value_enum, default_value_t = CloudFormat::Table)]
    pub format: CloudFormat,
    /// Also write the activity file (for a manifest's `from:`) here
    #[arg(long, value_name = "FILE")]
    pub activity: Option<PathBuf>,
    /// Print the aggregation query to run where the billing data is, instead of reading a file
    #[arg(long, value_enum, value_name = "TARGET")]
    pub sql: Option<SqlTarget>,
    /// The billing table the query reads
    #[arg(long, value_name = "NAME", requires = "sql")]
    pub table: Option<String>,
    /// The SQL dialect of the query
    #[arg(long, value_enum, default_value_t = SqlDialect::Native, requires = "sql")]
    pub dialect: SqlDialect,
    /// Stop after this many malformed lines
    #[arg(long, value_name = "N")]
    pub max_errors: Option<u64>,
    /// Estimate the lines that can be read even when some are malformed (they are listed in the
    /// summary); without it, any malformed line makes the command fail with exit code 2
    #[arg(long)]
    pub keep_going: bool,
}

fn parse_group_by(text: &str) -> Result<Vec<Dim>, Failure> {
    let mut dims = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let dim = Dim::parse(part).ok_or_else(|| {
            Failure::input(format!(
                "error: --group-by: unknown dimension `{part}`\n  = hint: {}",
                words::HINT_GROUP_BY
            ))
        })?;
        if dims.contains(&dim) {
            return Err(Failure::input(format!(
                "error: --group-by: `{part}` is given twice\n  = hint: {}",
                words::HINT_GROUP_BY
            )));
        }
        dims.push(dim);
    }
    if dims.len() > sero_cloud::aggregate::MAX_DIMS {
        return Err(Failure::input(format!(
            "error: --group-by: at most {} dimensions\n  = hint: {}",
            sero_cloud::aggregate::MAX_DIMS,
            words::HINT_GROUP_BY
        )));
    }
    Ok(dims)
}

pub fn run(args: CloudArgs) -> Result<(), Failure> {
    let dims = parse_group_by(&args.group_by)?;
    if let Some(target) = args.sql {
        let target = match target {
            SqlTarget::Athena => Target::Athena,
            SqlTarget::Bigquery => Target::BigQuery,
        };
        let dialect = match args.dialect {
            SqlDialect::Native => Dialect::Native,
            SqlDialect::Duckdb => Dialect::DuckDb,
        };
        let tags = sero_cloud::aggregate::tag_names(&dims);
        if let Some(bad) = tags.iter().find(|t| !sql::valid_tag(t)) {
            return Err(Failure::input(format!(
                "error: --group-by tag:{bad}: the query can only use tag names of letters, digits and `_`\n  = hint: Athena names tag columns `resource_tags_user_<name>`"
            )));
        }
        if target == Target::BigQuery && dialect == Dialect::DuckDb && !tags.is_empty() {
            return Err(Failure::input(
                "error: --dialect duckdb: Google labels (`tag:`) are only in the BigQuery dialect\n  = hint: drop the `tag:` dimensions, or use `--dialect native`",
            ));
        }
        let table = args
            .table
            .clone()
            .unwrap_or_else(|| target.default_table().to_owned());
        return print(&sql::query(target, dialect, &table, &tags));
    }
    let Some(path) = args.file.clone() else {
        return Err(Failure::input(format!(
            "{}\n  = hint: {}",
            words::NO_FILE,
            words::HINT_FILE
        )));
    };
    let coefficients = Coefficients::bundled();
    let report = read(&coefficients, &path, &dims, args.max_errors)?;
    let summary = &report.summary;
    if summary.malformed_count > 0 && !args.keep_going {
        let mut message = format!(
            "error: {}: {} malformed line{} (of {} read)",
            path.display(),
            summary.malformed_count,
            if summary.malformed_count == 1 {
                ""
            } else {
                "s"
            },
            summary.lines_read
        );
        for m in summary.malformed.iter().take(20) {
            message.push_str(&format!("\n  {}", malformed_line(&path, m)));
        }
        if summary.malformed_count > 20 {
            message.push_str(&format!("\n  … and {} more", summary.malformed_count - 20));
        }
        let hint = if summary.stopped {
            words::HINT_STOPPED
        } else {
            words::HINT_MALFORMED
        };
        message.push_str(&format!("\n  = hint: {hint}"));
        return Err(Failure::input(message));
    }
    let produced_by = format!("sero import cloud {}", path.display());
    let (file, summary) = activity_document(&report, &produced_by);
    let document = || {
        crate::output::document::activity(
            crate::output::document::Kind::ImportCloud,
            &file,
            summary.clone(),
        )
    };
    if let Some(activity) = &args.activity {
        std::fs::write(activity, document()?).map_err(|e| {
            Failure::input(format!("error: cannot write `{}`: {e}", activity.display()))
        })?;
    }
    match args.format {
        CloudFormat::Json => print(&document()?),
        CloudFormat::Csv => print(&csv_output(&report)),
        CloudFormat::Table => print(&table_output(&report, &path)),
    }
}

fn malformed_line(path: &std::path::Path, m: &sero_cloud::aggregate::Malformed) -> String {
    match &m.column {
        Some(c) => format!("{}:{}: column `{c}`: {}", path.display(), m.line, m.reason),
        None => format!("{}:{}: {}", path.display(), m.line, m.reason),
    }
}

fn read(
    coefficients: &Coefficients,
    path: &std::path::Path,
    dims: &[Dim],
    max_errors: Option<u64>,
) -> Result<Report, Failure> {
    let cannot = |e: std::io::Error| {
        Failure::input(format!(
            "error: cannot read `{}`: {e}\n  = hint: {}",
            path.display(),
            words::HINT_FILE
        ))
    };
    let size = std::fs::metadata(path).map_err(cannot)?.len();
    let show = std::io::stderr().is_terminal();
    let started = Instant::now();
    let mut last = Instant::now();
    let mut progress = |lines: u64| {
        if show && last.elapsed().as_millis() >= 250 {
            last = Instant::now();
            let rate = lines as f64 / started.elapsed().as_secs_f64().max(1e-9);
            let _ = write!(
                std::io::stderr(),
                "\r{}: {} lines read ({} MB file), {} lines/s ",
                path.display(),
                lines,
                size / 1_000_000,
                format_number(rate.round())
            );
        }
    };
    let options = Options {
        group_by: dims.to_vec(),
        max_errors,
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(2));
    let result = aggregate_file(
        coefficients,
        path,
        options,
        threads,
        sero_cloud::file::PARALLEL_FROM_BYTES,
        &mut progress,
    );
    if show {
        let _ = write!(std::io::stderr(), "\r\x1b[2K");
    }
    result.map_err(|e| match e {
        Error::Header(m) => Failure::input(format!(
            "error: {}: {m}\n  = hint: {}",
            path.display(),
            words::HINT_FILE
        )),
        Error::Io(e) => cannot(e),
    })
}

fn grid_input(grid: &Grid) -> String {
    match grid {
        Grid::Country(c) => c.clone(),
        Grid::Intensity(g) => format!("{} gCO2e/kWh", format_number(*g)),
    }
}

/// The activity file, and sero-cloud's summary to write beside its rows (each row carries
/// its figures: energy, emissions, cost and billing lines).
fn activity_document(report: &Report, produced_by: &str) -> (ActivityFile, Map<String, Value>) {
    let names: Vec<String> = report.dims.iter().map(Dim::label).collect();
    let rows = report
        .groups
        .iter()
        .map(|g| ActivityRow {
            labels: names
                .iter()
                .cloned()
                .zip(g.labels.iter().cloned())
                .collect(),
            model: Some("cloud".to_owned()),
            scope: None,
            inputs: vec![
                (
                    "energy".to_owned(),
                    ActivityValue::quantity(g.energy_kwh, "kWh"),
                ),
                (
                    "embodied".to_owned(),
                    ActivityValue::quantity(g.embodied_kg, "kgCO2e"),
                ),
                ("grid".to_owned(), ActivityValue::Text(grid_input(&g.grid))),
            ],
            figures: vec![
                ("energy_kwh".to_owned(), g.energy_kwh),
                ("co2e_kg".to_owned(), g.co2e_kg),
                ("embodied_co2e_kg".to_owned(), g.embodied_kg),
                ("cost".to_owned(), g.cost),
                ("lines".to_owned(), g.lines as f64),
            ],
        })
        .collect();
    let file = ActivityFile {
        produced_by: produced_by.to_owned(),
        model: Some("cloud".to_owned()),
        rows,
    };
    let total = report.total();
    let s = &report.summary;
    let summary = json!({
        "source": {
            "format": report.format.key(),
            "description": report.format.name(),
            "provider": report.provider.key(),
            "methodology": "Cloud Carbon Footprint (commit b7a049c7), billing-data mode, 50% CPU utilisation",
        },
        "group_by": names,
        "totals": {
            "energy_kwh": total.energy_kwh,
            "co2e_kg": total.co2e_kg,
            "embodied_co2e_kg": total.embodied_kg,
            "cost": total.cost,
            "lines": total.lines,
        },
        "summary": {
            "lines_read": s.lines_read,
            "lines_used": s.lines_used,
            "not_usage": {"lines": s.not_usage.lines, "cost": s.not_usage.cost},
            "excluded": {
                "lines": s.excluded.lines,
                "cost": s.excluded.cost,
                "usage_types": s.excluded_types.iter().take(20).map(|(t, n)| json!({"usage_type": t, "lines": n})).collect::<Vec<_>>(),
                "why": "outside Cloud Carbon Footprint's boundary: transfer to the internet, usage the compute lines already count",
            },
            "unknown": {
                "lines": s.unknown.lines,
                "cost": s.unknown.cost,
                "energy_kwh": s.unknown_kwh,
                "method": s.unknown_method,
                "not_estimated": {"lines": s.unestimated.lines, "cost": s.unestimated.cost},
                "usage_types": s.unknown_types.iter().take(20).map(|(t, n, c)| json!({"usage_type": t, "lines": n, "cost": c})).collect::<Vec<_>>(),
            },
            "assumed": s.assumed.iter().map(|(a, n)| json!({"assumption": a, "lines": n})).collect::<Vec<_>>(),
            "regions_without_factor": s.unknown_regions,
            "malformed": {
                "lines": s.malformed_count,
                "first": s.malformed.iter().map(|m| json!({"line": m.line, "column": m.column, "reason": m.reason})).collect::<Vec<_>>(),
            },
        },
    });
    let Value::Object(summary) = summary else {
        unreachable!("a JSON object")
    };
    (file, summary)
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn csv_output(report: &Report) -> String {
    let mut out = String::new();
    let mut header: Vec<String> = report.dims.iter().map(Dim::label).collect();
    header.extend(
        [
            "grid",
            "energy_kwh",
            "co2e_kg",
            "embodied_co2e_kg",
            "cost",
            "lines",
        ]
        .map(String::from),
    );
    out.push_str(
        &header
            .iter()
            .map(|h| csv_field(h))
            .collect::<Vec<_>>()
            .join(","),
    );
    out.push('\n');
    for g in &report.groups {
        let mut fields: Vec<String> = g.labels.iter().map(|l| csv_field(l)).collect();
        fields.push(csv_field(&grid_input(&g.grid)));
        fields.push(g.energy_kwh.to_string());
        fields.push(g.co2e_kg.to_string());
        fields.push(g.embodied_kg.to_string());
        fields.push(g.cost.to_string());
        fields.push(g.lines.to_string());
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

fn table_output(report: &Report, path: &std::path::Path) -> String {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header: Vec<String> = report.dims.iter().map(Dim::label).collect();
    header.extend(words::HEADINGS.map(String::from));
    let numbers = |g: &sero_cloud::Group| {
        vec![
            format_number(g.energy_kwh),
            format_number(g.co2e_kg),
            format_number(g.embodied_kg),
            format!("{:.2}", g.cost),
            g.lines.to_string(),
        ]
    };
    for g in &report.groups {
        let mut row = g.labels.clone();
        row.push(grid_input(&g.grid));
        row.extend(numbers(g));
        rows.push(row);
    }
    let total = report.total();
    let mut row = vec![words::TOTAL.to_owned()];
    row.resize(report.dims.len() + 1, String::new());
    row.extend(numbers(&total));
    rows.push(row);
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([header[i].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let numeric_from = report.dims.len() + 1;
    let line = |cells: &[String]| {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if i >= numeric_from {
                    format!("{c:>w$}", w = widths[i])
                } else {
                    format!("{c:<w$}", w = widths[i])
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_owned()
    };
    let s = &report.summary;
    let mut out = format!(
        "{} — {} ({})\n\n",
        path.display(),
        report.format.name(),
        report.provider.name()
    );
    out.push_str(&line(&header));
    out.push('\n');
    for r in &rows {
        out.push_str(&line(r));
        out.push('\n');
    }
    out.push_str(&format!(
        "\nlines: {} read, {} used, {} not usage (credits, tax, rounding; cost {:.2}), {} outside CCF's boundary (cost {:.2})\n",
        s.lines_read, s.lines_used, s.not_usage.lines, s.not_usage.cost, s.excluded.lines, s.excluded.cost
    ));
    if s.unknown.lines > 0 {
        out.push_str(&format!(
            "not classified: {} lines, cost {:.2}, estimated at {} kWh by {}\n",
            s.unknown.lines,
            s.unknown.cost,
            format_number(s.unknown_kwh),
            s.unknown_method
        ));
        let types: Vec<String> = s
            .unknown_types
            .iter()
            .take(10)
            .map(|(t, n, _)| format!("{t} ({n})"))
            .collect();
        out.push_str(&format!("  usage types: {}\n", types.join(", ")));
        if s.unestimated.lines > 0 {
            out.push_str(&format!(
                "  not estimated (no known usage to take a ratio from): {} lines, cost {:.2}\n",
                s.unestimated.lines, s.unestimated.cost
            ));
        }
    }
    for (a, n) in &s.assumed {
        out.push_str(&format!("assumed ({n} lines): {a}\n"));
    }
    if !s.unknown_regions.is_empty() {
        out.push_str(&format!(
            "assumed: no CCF grid factor for {}; the provider's average used\n",
            s.unknown_regions.join(", ")
        ));
    }
    if s.malformed_count > 0 {
        out.push_str(&format!(
            "malformed: {} lines, left out\n",
            s.malformed_count
        ));
        for m in s.malformed.iter().take(20) {
            out.push_str(&format!("  {}\n", malformed_line(path, m)));
        }
    }
    out
}
