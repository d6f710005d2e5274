//! `Sum`: the named input parameters added, JavaScript's `+` (a string
//! among them concatenates).

use crate::builtin::{
    Builtin, Ctx, INPUT_PARAMETERS, check_numbers, each_input, input_parameters, js_add, out_key,
};
use crate::config::Config;
use crate::error::Result;
use crate::pool::Pool;
use crate::value::{Obs, Value};
use crate::zod::Object;

/// Sum alone runs without a config (`input-parameters` is then reported).
const SCHEMA: Object = Object {
    required: false,
    fields: &INPUT_PARAMETERS,
};

pub struct Sum;

impl Builtin for Sum {
    fn name(&self) -> &'static str {
        "Sum"
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
            let mut acc = Value::Num(0.0);
            for (p, _) in &params {
                let v = obs.get(pool, *p).cloned().unwrap_or(Value::Undefined);
                acc = js_add(&acc, &v, pool);
            }
            obs.set(pool, out, acc);
        }
        Ok(inputs)
    }
}
