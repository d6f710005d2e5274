//! `Sci`: carbon per functional unit; a functional unit of 0 skips the
//! division with IF's warning.

use crate::builtin::{Builtin, Ctx, divide_or_skip, each_input, name_of, value_of};
use crate::config::Config;
use crate::error::{IfError, Result};
use crate::pool::Pool;
use crate::value::{Obs, Value};
use crate::zod::{Field, Issues, Object};

const SCHEMA: Object = Object::required(&[("functional-unit", Field::Str)]);

/// The parameter metadata Sci declares in IF 1.1.0.
const SCI: &str = r#"
inputs:
  carbon:
    description: an amount of carbon emitted into the atmosphere
    unit: gCO2e
    aggregation-method: {time: sum, component: sum}
  functional-unit:
    description: the name of the functional unit in which the final SCI value should be expressed, e.g. requests, users
    unit: none
    aggregation-method: {time: sum, component: sum}
outputs:
  sci:
    description: carbon expressed in terms of the given functional unit
    unit: gCO2e
    aggregation-method: {time: avg, component: sum}
"#;

pub struct Sci;

impl Builtin for Sci {
    fn name(&self) -> &'static str {
        "Sci"
    }

    fn arithmetic(&self) -> Option<&'static [&'static str]> {
        Some(&["functional-unit"])
    }

    fn metadata(&self) -> Option<&'static str> {
        Some(SCI)
    }

    fn validate_config(&self, config: &Config, pool: &mut Pool) -> Result<Config> {
        SCHEMA.check(config, pool)?;
        let unit = config.get(pool.sym("functional-unit"));
        if !unit.is_some_and(|v| v.truthy(pool)) {
            return Err(crate::error::input_validation(
                "`functional-unit` should be provided in your config",
            ));
        }
        Ok(SCHEMA.pick(config, pool))
    }

    fn check_inputs(&self, config: &Config, inputs: &mut [Obs], pool: &mut Pool) -> Result<()> {
        let unit = name_of(config, pool, "functional-unit").map(|u| u.0);
        let carbon = pool.sym("carbon");
        let duration = pool.sym("duration");
        each_input(inputs, pool, |obs, _, pool| {
            let fu = unit.and_then(|u| obs.get(pool, u));
            let non_negative = match fu {
                Some(Value::Undefined) | None => false,
                Some(v) => v.to_number(pool) >= 0.0,
            };
            if !non_negative {
                return Err(IfError::new(
                    "MissingInputDataError",
                    "`functional-unit` value is missing from input data or it is not a positive integer",
                ));
            }
            let mut issues = Issues::default();
            issues.number("carbon", obs.get(pool, carbon), None, Some(0.0));
            issues.number("duration", obs.get(pool, duration), None, Some(1.0));
            issues.finish()
        })
    }

    fn execute(&self, mut inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        let pool = &mut *ctx.pool;
        let fu = value_of(config, pool, "functional-unit");
        let carbon = pool.sym("carbon");
        let sci = pool.sym("sci");
        let fu_is_name = fu.to_number(pool).is_nan();
        let fu_key = match &fu {
            Value::Str(s) => Some(*s),
            _ => None,
        };
        for (index, obs) in inputs.iter_mut().enumerate() {
            let unit = if fu_is_name {
                fu_key
                    .and_then(|k| obs.get(pool, k))
                    .cloned()
                    .unwrap_or(Value::Undefined)
            } else {
                fu.clone()
            };
            let c = obs.get(pool, carbon).cloned().unwrap_or(Value::Undefined);
            let result = divide_or_skip(ctx.warnings, "Sci", index, c, &unit, pool);
            obs.set(pool, sci, result);
        }
        Ok(inputs)
    }
}
