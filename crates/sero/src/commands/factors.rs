//! `sero factors [QUERY]`: the factor library with sources, filterable.

use serde_json::json;

use sero_core::factor::Spread;
use sero_core::model::format_number;

use std::fmt::Write;

use crate::Failure;
use crate::cli::{FactorsArgs, FactorsFormat as Format};
use crate::library;
use crate::output::Grid;
use crate::output::document::{self, Kind};
use crate::output::layout::wrap;
use crate::tr;
use sero_render::estimate::csv_field as field;

pub fn run(args: FactorsArgs) -> Result<(), Failure> {
    let (set, _notes) = library::load(&args.factors)?;
    let factors = sero_factors::filter(&set, args.query.as_deref());
    if factors.is_empty() {
        return Err(Failure::input(tr!(
            "factors-no-match",
            query = args.query.unwrap_or_default()
        )));
    }
    let text = match args.report.format {
        Format::Table => {
            let head = [
                tr!("column-id"),
                tr!("factors-column-value"),
                tr!("factors-column-unit"),
                tr!("factors-column-range"),
                tr!("factors-column-year"),
                tr!("factors-column-source"),
            ];
            let head: Vec<&str> = head.iter().map(String::as_str).collect();
            let mut grid = Grid::new(&head, &[false, true, false, false, false, false]);
            let width = crate::output::layout::width();
            let mut records = String::new();
            for f in &factors {
                let range = match &f.spread {
                    Spread::Assumed { relative, .. } if *relative == 0.0 => tr!("factors-exact"),
                    Spread::Assumed { .. } => tr!(
                        "factors-range-assumed",
                        low = format_number(f.low),
                        high = format_number(f.high)
                    ),
                    Spread::Published => tr!(
                        "range",
                        low = format_number(f.low),
                        high = format_number(f.high)
                    ),
                };
                let source = format!(
                    "{}, {} — {}",
                    f.citation.publisher, f.citation.edition, f.citation.url
                );
                let figure = match f.data_year {
                    Some(year) => tr!(
                        "factors-record-with-year",
                        value = format_number(f.value),
                        unit = f.unit.as_str(),
                        range = range.as_str(),
                        year = year.to_string()
                    ),
                    None => tr!(
                        "factors-record",
                        value = format_number(f.value),
                        unit = f.unit.as_str(),
                        range = range.as_str()
                    ),
                };
                let _ = writeln!(records, "{}", f.id);
                records.push_str(&wrap(&figure, width, "    ", "    "));
                records.push_str(&wrap(&source, width, "    ", "    "));
                grid.row(vec![
                    f.id.clone(),
                    format_number(f.value),
                    f.unit.clone(),
                    range,
                    f.data_year.map(|y| y.to_string()).unwrap_or_default(),
                    source,
                ]);
            }
            let table = grid.render("");
            // One line a factor when that fits the terminal, else one short record a factor.
            let fits = table.lines().all(|l| l.chars().count() <= width);
            format!(
                "{}{}\n",
                if fits { table } else { records },
                tr!("factors-count", count = factors.len())
            )
        }
        Format::Json => {
            let list: Vec<_> = factors.iter().map(|f| document::factor(f)).collect();
            document::write(Kind::Factors, None, json!({ "factors": list }))?
        }
        Format::Csv => {
            let mut out = String::from(
                "id,value,unit,low,high,range,data_year,description,publisher,title,edition,url,licence\n",
            );
            for f in &factors {
                let row = [
                    f.id.clone(),
                    f.value.to_string(),
                    f.unit.clone(),
                    f.low.to_string(),
                    f.high.to_string(),
                    if matches!(f.spread, Spread::Assumed { .. }) {
                        "assumed"
                    } else {
                        "published"
                    }
                    .to_owned(),
                    f.data_year.map(|y| y.to_string()).unwrap_or_default(),
                    f.description.clone(),
                    f.citation.publisher.clone(),
                    f.citation.title.clone(),
                    f.citation.edition.clone(),
                    f.citation.url.clone(),
                    f.licence.clone(),
                ];
                out.push_str(&row.iter().map(|s| field(s)).collect::<Vec<_>>().join(","));
                out.push('\n');
            }
            out
        }
    };
    super::emit(args.report.output.as_deref(), &text)
}
