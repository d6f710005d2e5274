//! `Multiply`: the named input parameters multiplied.

use crate::builtin::{
    Builtin, Ctx, INPUT_PARAMETERS, check_numbers, each_input, input_parameters, num, out_key,
};
use crate::config::Config;
use crate::error::Result;
use crate::pool::Pool;
use crate::value::{Obs, Value};
use crate::zod::Object;

const SCHEMA: Object = Object::required(&INPUT_PARAMETERS);

pub struct Multiply;

impl Builtin for Multiply {
    fn name(&self) -> &'static str {
        "Multiply"
    }

    fn arithmetic(&self) -> Option<&'static [&'static str]> {
        Some(&[])
    }

    fn validate_config(&self, config: &Config, pool: &mut Pool) -> Result<Config> {
        SCHEMA.validate(config, pool)
    }

    fn check_inputs(&self, config: &Config, inputs: &mut [Obs], pool: &mut Pool) -> Result<()> {
        let names = input_parameters(config, pool);
        each_input(inputs, pool, |obs, _, pool| {
            check_numbers(&names, obs, pool)
        })
    }

    fn execute(&self, mut inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        let pool = &mut *ctx.pool;
        let params = input_parameters(config, pool);
        let out = out_key(config, pool, "output-parameter");
        for obs in inputs.iter_mut() {
            let mut acc = 1.0;
            for (p, _) in &params {
                acc *= num(obs.get(pool, *p), pool);
            }
            obs.set(pool, out, Value::Num(acc));
        }
        Ok(inputs)
    }
}
