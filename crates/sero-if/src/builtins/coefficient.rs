//! `Coefficient`: an input parameter (or a number) times `coefficient`.

use crate::builtin::{Builtin, Ctx, each_input, name_of, num, out_key, value_of};
use crate::config::Config;
use crate::error::Result;
use crate::pool::Pool;
use crate::value::{Obs, Value};
use crate::zod::{Field, Issues, Object, require_config};

const SCHEMA: Object = Object::required(&[
    ("coefficient", Field::Num),
    ("input-parameter", Field::NonEmptyStr),
    ("output-parameter", Field::NonEmptyStr),
]);

pub struct Coefficient;

impl Builtin for Coefficient {
    fn name(&self) -> &'static str {
        "Coefficient"
    }

    fn arithmetic(&self) -> Option<&'static [&'static str]> {
        Some(&["input-parameter", "coefficient"])
    }

    /// The coefficient is checked as the number its expression gives.
    fn validate_config(&self, config: &Config, pool: &mut Pool) -> Result<Config> {
        require_config(config)?;
        let key = pool.sym("coefficient");
        match config.get(key) {
            Some(v) => {
                let v = v.clone();
                let mut evaluated = config.clone();
                evaluated.set(
                    key,
                    crate::expr::validate_config_expression("coefficient", &v, true, pool)?,
                );
                SCHEMA.validate(&evaluated, pool)
            }
            None => SCHEMA.validate(config, pool),
        }
    }

    /// The value under `input-parameter`, reported as `input-parameter`.
    fn check_inputs(&self, config: &Config, inputs: &mut [Obs], pool: &mut Pool) -> Result<()> {
        let key = name_of(config, pool, "input-parameter").map(|n| n.0);
        each_input(inputs, pool, |obs, _, pool| {
            let v = key.and_then(|k| obs.get(pool, k));
            let mut issues = Issues::default();
            issues.number("input-parameter", v, None, None);
            issues.finish()
        })
    }

    fn execute(&self, mut inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        let pool = &mut *ctx.pool;
        let ip = value_of(config, pool, "input-parameter");
        let c = num(config.get_str(pool, "coefficient"), pool);
        let out = out_key(config, pool, "output-parameter");
        let direct = ip.to_number(pool);
        let key = match &ip {
            Value::Str(s) => Some(*s),
            _ => None,
        };
        for obs in inputs.iter_mut() {
            let base = if direct.is_nan() {
                key.and_then(|k| obs.get(pool, k))
                    .map_or(f64::NAN, |v| v.to_number(pool))
            } else {
                direct
            };
            obs.set(pool, out, Value::Num(base * c));
        }
        Ok(inputs)
    }
}
