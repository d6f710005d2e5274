//! `Multiply`: the named input parameters multiplied.

use crate::builtin::{
    Builtin, Ctx, INPUT_PARAMETERS, check_input_parameters, combine_input_parameters, num,
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
        check_input_parameters(config, inputs, pool)
    }

    fn execute(&self, inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        combine_input_parameters(inputs, config, ctx, |values, pool| {
            Value::Num(values.iter().map(|v| num(v.as_ref(), pool)).product())
        })
    }
}
