//! `CSVImport`: the rows of a local CSV file appended to the inputs as
//! observations.

use crate::builtin::{Builtin, Ctx};
use crate::config::Config;
use crate::csvfile;
use crate::error::Result;
use crate::pool::Pool;
use crate::value::Obs;
use crate::zod::{Field, Issues, Object};

const SCHEMA: Object = Object::required(&[("filepath", Field::Str)]);

pub struct CsvImport;

impl Builtin for CsvImport {
    fn name(&self) -> &'static str {
        "CSVImport"
    }

    fn reshapes(&self) -> bool {
        true
    }

    fn validate_config(&self, config: &Config, pool: &mut Pool) -> Result<Config> {
        let mut issues = Issues::default();
        SCHEMA.check_into(&mut issues, config, pool)?;
        csvfile::check_output(&mut issues, config, pool);
        issues.finish()?;
        Ok(csvfile::kept(config, pool))
    }

    fn execute(&self, mut inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        let pool = &mut *ctx.pool;
        let table = csvfile::load(config, pool, ctx.search_dirs)?;
        let output = csvfile::output_spec(config.get_str(pool, "output"), pool)
            .unwrap_or(csvfile::Output::All);
        for row in &table.rows {
            let mut obs = Obs::new(0);
            for (k, v) in table.filter(row, &output, &[], pool)? {
                obs.set(pool, k, v);
            }
            inputs.push(obs);
        }
        Ok(inputs)
    }
}
