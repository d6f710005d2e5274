//! `Sum`: the named input parameters added, JavaScript's `+` (a string
//! among them concatenates).

use crate::builtin::{
    Builtin, Ctx, INPUT_PARAMETERS, check_input_parameters, combine_input_parameters, js_add,
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
        check_input_parameters(config, inputs, pool)
    }

    fn execute(&self, inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        combine_input_parameters(inputs, config, ctx, |values, pool| {
            values.iter().fold(Value::Num(0.0), |acc, v| {
                js_add(&acc, v.as_ref().unwrap_or(&Value::Undefined), pool)
            })
        })
    }
}
