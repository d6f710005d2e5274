//! `sero import cloud`: cloud bills to energy and emissions, with Cloud Carbon Footprint's
//! methodology (`sero-cloud`). Reads an AWS Cost and Usage Report (CSV or CSV.gz), an Azure cost
//! export, a Google Cloud billing export, or the result of the query `--sql` prints; writes a
//! table, CSV, or the activity file (`--format json`, or `--activity FILE` beside the table)
//! that a manifest component reads with `from:`.

use serde_json::{Map, Value, json};

use sero_cloud::Coefficients;
use sero_cloud::aggregate::{Dim, Error, Grid, Options, Report};
use sero_cloud::file::aggregate_file;
use sero_cloud::sql::{self, Dialect, Target};
use sero_core::activity::{ActivityFile, ActivityRow, ActivityValue};
use sero_core::model::format_number;

use super::super::{emit, print};
use crate::Failure;
use crate::cli::{CloudArgs, CloudFormat, CloudMethod, SqlDialect, SqlTarget};
use crate::commands::refuse;
use crate::i18n::{Lang, Localizer, localizer};
use crate::output::Grid as Table;
use crate::output::layout::{column_unit, mass, symbol, width, wrap};
use crate::tr;

fn parse_group_by(text: &str) -> Result<Vec<Dim>, Failure> {
    let mut dims = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let dim = Dim::parse(part).ok_or_else(|| {
            refuse(
                tr!("cloud-error-unknown-dimension", dimension = part),
                tr!("cloud-hint-group-by"),
            )
        })?;
        if dims.contains(&dim) {
            return Err(refuse(
                tr!("cloud-error-dimension-twice", dimension = part),
                tr!("cloud-hint-group-by"),
            ));
        }
        dims.push(dim);
    }
    if dims.len() > sero_cloud::aggregate::MAX_DIMS {
        return Err(refuse(
            tr!(
                "cloud-error-too-many-dimensions",
                max = sero_cloud::aggregate::MAX_DIMS
            ),
            tr!("cloud-hint-group-by"),
        ));
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
            return Err(refuse(
                tr!("cloud-error-sql-tag", tag = bad),
                tr!("cloud-hint-sql-tag"),
            ));
        }
        if target == Target::BigQuery && dialect == Dialect::DuckDb && !tags.is_empty() {
            return Err(refuse(
                tr!("cloud-error-duckdb-labels"),
                tr!("cloud-hint-duckdb-labels"),
            ));
        }
        let table = args
            .table
            .clone()
            .unwrap_or_else(|| target.default_table().to_owned());
        return print(&sql::query(target, dialect, &table, &tags));
    }
    let Some(path) = args.file.clone() else {
        return Err(refuse(tr!("cloud-error-no-file"), tr!("cloud-hint-file")));
    };
    let coefficients = Coefficients::bundled();
    let method = match args.method {
        CloudMethod::Sero => sero_cloud::Method::Sero,
        CloudMethod::Ccf => sero_cloud::Method::Ccf,
    };
    let report = read(&coefficients, &path, &dims, args.max_errors, method)?;
    let summary = &report.summary;
    if summary.malformed_count > 0 && !args.keep_going {
        let width = width();
        let mut message = wrap(
            &tr!(
                "error-line",
                message = tr!(
                    "cloud-error-malformed",
                    file = path.display().to_string(),
                    malformed = summary.malformed_count,
                    read = summary.lines_read
                )
            ),
            width,
            "",
            "    ",
        );
        for m in summary.malformed.iter().take(20) {
            message.push_str(&wrap(&malformed_line(&path, m), width, "  ", "    "));
        }
        if summary.malformed_count > 20 {
            message.push_str(&format!(
                "  {}\n",
                tr!("cloud-malformed-more", count = summary.malformed_count - 20)
            ));
        }
        let hint = if summary.stopped {
            tr!("cloud-hint-stopped")
        } else {
            tr!("cloud-hint-malformed")
        };
        message.push_str(&wrap(&tr!("hint-line", hint = hint), width, "  ", "    "));
        let message = message.trim_end().to_owned();
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
            Failure::input(tr!(
                "error-line",
                message = tr!(
                    "cloud-error-cannot-write",
                    file = activity.display().to_string(),
                    error = e.to_string()
                )
            ))
        })?;
    }
    match args.report.format {
        CloudFormat::Json => emit(args.report.output.as_deref(), &document()?),
        CloudFormat::Csv => emit(args.report.output.as_deref(), &csv_output(&report)),
        CloudFormat::Table => emit(args.report.output.as_deref(), &table_output(&report, &path)),
    }
}

/// A malformed line, `file:line:` and the reason, in the reader's language.
fn malformed_line(path: &std::path::Path, m: &sero_cloud::aggregate::Malformed) -> String {
    let file = path.display().to_string();
    match &m.column {
        Some(c) => tr!(
            "cloud-malformed-at-column",
            file = file,
            line = m.line,
            column = c,
            reason = m.reason.clone()
        ),
        None => tr!(
            "cloud-malformed-at-line",
            file = file,
            line = m.line,
            reason = m.reason.clone()
        ),
    }
}

fn read(
    coefficients: &Coefficients,
    path: &std::path::Path,
    dims: &[Dim],
    max_errors: Option<u64>,
    method: sero_cloud::Method,
) -> Result<Report, Failure> {
    let cannot = |e: std::io::Error| {
        refuse(
            tr!(
                "cloud-error-cannot-read",
                file = path.display().to_string(),
                error = e.to_string()
            ),
            tr!("cloud-hint-file"),
        )
    };
    // Fail early, naming the file, when it cannot be read.
    std::fs::metadata(path).map_err(cannot)?;
    let bar =
        crate::ui::Progress::counter(&tr!("cloud-progress", file = path.display().to_string()));
    let mut progress = |lines: u64| bar.set(lines);
    let options = Options {
        group_by: dims.to_vec(),
        max_errors,
        method,
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
    bar.finish();
    result.map_err(|e| match e {
        Error::Header(m) => refuse(
            tr!(
                "cloud-error-in-file",
                file = path.display().to_string(),
                error = m
            ),
            tr!("cloud-hint-file"),
        ),
        Error::Io(e) => cannot(e),
        Error::Limit { limit, line } => refuse(
            sero_limits::at(
                &path.display().to_string(),
                Some(line),
                None,
                limit.exceeded(None),
            ),
            limit.hint(),
        ),
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
    // The activity file is data that manifests read: its texts are in English whatever the
    // reader's language, so the same bill gives the same file.
    let english = Localizer::new(Lang::En);
    let say = |m: &sero_core::Message| english.render(m);
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
                "method": say(&s.unknown_method.message()),
                "not_estimated": {"lines": s.unestimated.lines, "cost": s.unestimated.cost},
                "usage_types": s.unknown_types.iter().take(20).map(|(t, n, c)| json!({"usage_type": t, "lines": n, "cost": c})).collect::<Vec<_>>(),
            },
            "assumed": s.assumed.iter().map(|(a, n)| json!({"assumption": say(a), "lines": n})).collect::<Vec<_>>(),
            "regions_without_factor": s.unknown_regions,
            "malformed": {
                "lines": s.malformed_count,
                "first": s.malformed.iter().map(|m| json!({"line": m.line, "column": m.column, "reason": say(&m.reason)})).collect::<Vec<_>>(),
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
    let width = width();
    let text_width = width.min(100);
    let groups = &report.groups;
    let total = report.total();
    let unit = column_unit(
        groups
            .iter()
            .flat_map(|g| [g.co2e_kg, g.embodied_kg])
            .chain([total.co2e_kg]),
        None,
    );
    let mut header: Vec<String> = report.dims.iter().map(Dim::label).collect();
    header.extend([
        tr!("cloud-column-grid"),
        "kWh".to_owned(),
        tr!("cloud-column-operational", unit = symbol(unit)),
        tr!("cloud-column-embodied", unit = symbol(unit)),
        tr!("cloud-column-cost"),
        tr!("cloud-column-lines"),
    ]);
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let dims = report.dims.len();
    let right: Vec<bool> = (0..header.len()).map(|i| i > dims).collect();
    let mut grid = Table::new(&header, &right);
    let numbers = |g: &sero_cloud::Group| {
        vec![
            localizer().number(g.energy_kwh),
            mass(g.co2e_kg, unit),
            mass(g.embodied_kg, unit),
            localizer().number(g.cost),
            localizer().count(i64::try_from(g.lines).unwrap_or(i64::MAX)),
        ]
    };
    for g in groups {
        let mut row = g.labels.clone();
        row.push(grid_input(&g.grid));
        row.extend(numbers(g));
        grid.row(row);
    }
    let mut row = vec![tr!("cloud-total")];
    row.resize(dims + 1, String::new());
    row.extend(numbers(&total));
    grid.row(row);
    let s = &report.summary;
    let mut out = wrap(
        &tr!(
            "cloud-title",
            file = path.display().to_string(),
            format = report.format.message(),
            provider = report.provider.name()
        ),
        text_width,
        "",
        "  ",
    );
    out.push('\n');
    let shrinkable: Vec<usize> = (0..=dims).collect();
    out.push_str(&grid.render_within("", width, &shrinkable));
    out.push('\n');
    let mut line = |text: String, first: &str| {
        out.push_str(&wrap(&text, text_width, first, "    "));
    };
    line(
        tr!(
            "cloud-lines",
            read = s.lines_read,
            used = s.lines_used,
            not_usage = s.not_usage.lines,
            not_usage_cost = s.not_usage.cost,
            excluded = s.excluded.lines,
            excluded_cost = s.excluded.cost
        ),
        "",
    );
    if s.unknown.lines > 0 {
        line(
            tr!(
                "cloud-unknown",
                lines = s.unknown.lines,
                cost = s.unknown.cost,
                kwh = s.unknown_kwh,
                method = s.unknown_method.message()
            ),
            "",
        );
        let types: Vec<String> = s
            .unknown_types
            .iter()
            .take(10)
            .map(|(t, n, _)| format!("{t} ({n})"))
            .collect();
        line(tr!("cloud-unknown-types", types = types.join(", ")), "  ");
        if s.unestimated.lines > 0 {
            line(
                tr!(
                    "cloud-unestimated",
                    lines = s.unestimated.lines,
                    cost = s.unestimated.cost
                ),
                "  ",
            );
        }
    }
    for (a, n) in &s.assumed {
        line(tr!("cloud-assumed", lines = *n, assumption = a.clone()), "");
    }
    if !s.unknown_regions.is_empty() {
        line(
            tr!(
                "cloud-assumed-regions",
                regions = s.unknown_regions.join(", ")
            ),
            "",
        );
    }
    if s.malformed_count > 0 {
        line(
            tr!("cloud-malformed-left-out", lines = s.malformed_count),
            "",
        );
        for m in s.malformed.iter().take(20) {
            line(malformed_line(path, m), "  ");
        }
    }
    out
}
