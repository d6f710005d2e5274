//! `Subtract`: the first named input parameter minus the others.

use crate::builtin::{
    Builtin, Ctx, INPUT_PARAMETERS, check_numbers, each_input, input_parameters, num, out_key,
};
use crate::config::Config;
use crate::error::Result;
use crate::pool::Pool;
use crate::value::{Obs, Value};
use crate::zod::Object;

const SCHEMA: Object = Object::required(&INPUT_PARAMETERS);

pub struct Subtract;

impl Builtin for Subtract {
    fn name(&self) -> &'static str {
        "Subtract"
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
            let result = match params.split_first() {
                Some(((first, _), rest)) => {
                    let mut acc = num(obs.get(pool, *first), pool);
                    for (p, _) in rest {
                        acc -= num(obs.get(pool, *p), pool);
                    }
                    Value::Num(acc)
                }
                None => Value::Undefined,
            };
            obs.set(pool, out, result);
        }
        Ok(inputs)
    }
}
