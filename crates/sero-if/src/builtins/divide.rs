//! `Divide`: `numerator / denominator`, each a field or (the denominator)
//! a number; a denominator of 0 skips the division with IF's warning.

use crate::builtin::{
    Builtin, Ctx, divide_or_skip, each_input, missing_input, name_of, out_key, value_of,
};
use crate::config::Config;
use crate::error::Result;
use crate::pool::Pool;
use crate::value::{Obs, Value};
use crate::zod::{Field, Issues, Object};

const SCHEMA: Object = Object::required(&[
    ("numerator", Field::NonEmptyStr),
    ("denominator", Field::StrOrNum),
    ("output", Field::Str),
]);

pub struct Divide;

impl Builtin for Divide {
    fn name(&self) -> &'static str {
        "Divide"
    }

    fn arithmetic(&self) -> Option<&'static [&'static str]> {
        Some(&["numerator", "denominator"])
    }

    fn validate_config(&self, config: &Config, pool: &mut Pool) -> Result<Config> {
        SCHEMA.validate(config, pool)
    }

    fn check_inputs(&self, config: &Config, inputs: &mut [Obs], pool: &mut Pool) -> Result<()> {
        let numerator = name_of(config, pool, "numerator");
        let denominator = name_of(config, pool, "denominator");
        let k = pool.sym("denominator");
        let denominator_is_name = matches!(config.get(k), Some(Value::Str(_)));
        each_input(inputs, pool, |obs, _, pool| {
            let mut issues = Issues::default();
            if let Some((k, name)) = &numerator {
                issues.number(name, obs.get(pool, *k), None, None);
            }
            if let Some((k, name)) = &denominator
                && let Some(v) = obs.get(pool, *k)
                && !matches!(v, Value::Undefined)
            {
                issues.number(name, Some(v), None, None);
            }
            issues.finish()?;
            if denominator_is_name
                && let Some((k, name)) = &denominator
                && !obs.get(pool, *k).is_some_and(|v| v.truthy(pool))
            {
                return Err(missing_input(name));
            }
            Ok(())
        })
    }

    fn execute(&self, mut inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        let pool = &mut *ctx.pool;
        let numerator = value_of(config, pool, "numerator");
        let denominator = value_of(config, pool, "denominator");
        let out = out_key(config, pool, "output");
        let numerator_key = pool.sym("numerator");
        let denominator_key = pool.sym("denominator");
        let resolve = |spec: &Value, obs: &Obs, pool: &mut Pool| -> Value {
            match spec {
                Value::Num(n) => Value::Num(*n),
                Value::Str(k) => obs.get(pool, *k).cloned().unwrap_or(Value::Undefined),
                other => {
                    let t = other.to_js_string(pool);
                    let k = pool.sym(&t);
                    obs.get(pool, k).cloned().unwrap_or(Value::Undefined)
                }
            }
        };
        for (index, obs) in inputs.iter_mut().enumerate() {
            // `input.numerator || numerator`: a field named `numerator` wins.
            let n_spec = match obs.get(pool, numerator_key) {
                Some(v) if v.truthy(pool) => v.clone(),
                _ => numerator.clone(),
            };
            let d_spec = match obs.get(pool, denominator_key) {
                Some(v) if v.truthy(pool) => v.clone(),
                _ => denominator.clone(),
            };
            let n = resolve(&n_spec, obs, pool);
            let d = resolve(&d_spec, obs, pool);
            let result = divide_or_skip(ctx.warnings, "Divide", index, n, &d, pool);
            obs.set(pool, out, result);
        }
        Ok(inputs)
    }
}
