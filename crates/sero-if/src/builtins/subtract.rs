//! `Subtract`: the first named input parameter minus the others.

use crate::builtin::{
    Builtin, Ctx, INPUT_PARAMETERS, check_input_parameters, combine_input_parameters, num,
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
        check_input_parameters(config, inputs, pool)
    }

    fn execute(&self, inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        combine_input_parameters(inputs, config, ctx, |values, pool| {
            match values.split_first() {
                Some((first, rest)) => {
                    Value::Num(rest.iter().fold(num(first.as_ref(), pool), |acc, v| {
                        acc - num(v.as_ref(), pool)
                    }))
                }
                None => Value::Undefined,
            }
        })
    }
}
