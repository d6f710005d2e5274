//! `Exponent`: an input parameter raised to `exponent` (`Math.pow`).

use crate::builtin::{Builtin, Ctx, each_input, name_of, num, out_key, value_of};
use crate::config::Config;
use crate::error::Result;
use crate::pool::Pool;
use crate::value::{Obs, Value};
use crate::zod::{Field, Issues, Object};

const SCHEMA: Object = Object::required(&[
    ("input-parameter", Field::NonEmptyStr),
    ("exponent", Field::Num),
    ("output-parameter", Field::NonEmptyStr),
]);

pub struct Exponent;

impl Builtin for Exponent {
    fn name(&self) -> &'static str {
        "Exponent"
    }

    fn arithmetic(&self) -> Option<&'static [&'static str]> {
        Some(&["input-parameter", "exponent"])
    }

    fn validate_config(&self, config: &Config, pool: &mut Pool) -> Result<Config> {
        SCHEMA.validate(config, pool)
    }

    fn check_inputs(&self, config: &Config, inputs: &mut [Obs], pool: &mut Pool) -> Result<()> {
        let parameter = name_of(config, pool, "input-parameter");
        each_input(inputs, pool, |obs, _, pool| {
            let mut issues = Issues::default();
            if let Some((k, name)) = &parameter {
                issues.number(name, obs.get(pool, *k), None, None);
            }
            issues.finish()
        })
    }

    fn execute(&self, mut inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        let pool = &mut *ctx.pool;
        let ip = value_of(config, pool, "input-parameter");
        let e = num(config.get_str(pool, "exponent"), pool);
        let out = out_key(config, pool, "output-parameter");
        for obs in inputs.iter_mut() {
            let base = match &ip {
                Value::Num(n) => *n,
                Value::Str(s) => obs.get(pool, *s).map_or(f64::NAN, |v| v.to_number(pool)),
                _ => f64::NAN,
            };
            obs.set(pool, out, Value::Num(js_pow(base, e)));
        }
        Ok(inputs)
    }
}

/// `Math.pow`, whose `NaN` and `1 ** ±Infinity` cases differ from `powf`.
fn js_pow(base: f64, exponent: f64) -> f64 {
    if exponent.is_nan() || (base.abs() == 1.0 && exponent.is_infinite()) {
        return f64::NAN;
    }
    base.powf(exponent)
}
