//! `CSVLookup`: each input joined with the first row of a local CSV file
//! whose `query` columns equal the input's fields.

use crate::builtin::{Builtin, Ctx};
use crate::config::Config;
use crate::csvfile;
use crate::error::{IfError, Result};
use crate::pool::{Pool, Sym};
use crate::value::{Obs, Value};
use crate::zod::{Field, Issues, Object};

const SCHEMA: Object = Object::required(&[("filepath", Field::Str)]);

pub struct CsvLookup;

impl Builtin for CsvLookup {
    fn name(&self) -> &'static str {
        "CSVLookup"
    }

    fn validate_config(&self, config: &Config, pool: &mut Pool) -> Result<Config> {
        let mut issues = Issues::default();
        SCHEMA.check_into(&mut issues, config, pool)?;
        match config.get_str(pool, "query") {
            Some(Value::Map(m)) => {
                for e in &m.entries {
                    let path = format!("query.{}", pool.str(e.key));
                    issues.string(&path, Some(&e.value), pool, false);
                }
            }
            other => issues.type_issue("query", "object", other),
        }
        csvfile::check_output(&mut issues, config, pool);
        issues.finish()?;
        Ok(csvfile::kept(config, pool))
    }

    fn execute(&self, mut inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        let pool = &mut *ctx.pool;
        let table = csvfile::load(config, pool, ctx.search_dirs)?;
        let output = csvfile::output_spec(config.get_str(pool, "output"), pool)
            .unwrap_or(csvfile::Output::All);
        let query: Vec<(Sym, Sym)> = match config.get_str(pool, "query") {
            Some(Value::Map(m)) => m
                .entries
                .iter()
                .filter_map(|e| e.value.as_sym().map(|v| (e.key, v)))
                .collect(),
            _ => Vec::new(),
        };
        let exclude: Vec<Sym> = query.iter().map(|(c, _)| *c).collect();
        for obs in inputs.iter_mut() {
            let wanted: Vec<(Sym, Value)> = query
                .iter()
                .map(|(column, field)| {
                    (
                        *column,
                        obs.get(pool, *field).cloned().unwrap_or(Value::Undefined),
                    )
                })
                .collect();
            let found = table.rows.iter().find(|row| {
                wanted.iter().all(|(column, value)| {
                    table
                        .get(row, *column)
                        .unwrap_or(Value::Undefined)
                        .loose_eq(value, pool)
                })
            });
            let Some(row) = found else {
                return Err(IfError::new(
                    "QueryDataNotFoundError",
                    "One or more of the given query parameters are not found in the target CSV file column headers.",
                )
                .at(obs.at));
            };
            for (k, v) in table.filter(row, &output, &exclude, pool)? {
                obs.set(pool, k, v);
            }
        }
        Ok(inputs)
    }
}
