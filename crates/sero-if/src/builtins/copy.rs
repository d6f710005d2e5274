//! `Copy` (IF's `copy-param`): a field copied to `to`, the original kept or
//! removed (`keep-existing`).

use crate::builtin::{Builtin, Ctx, each_input, name_of, out_key, value_of};
use crate::config::Config;
use crate::error::Result;
use crate::pool::Pool;
use crate::value::{Obs, Value};
use crate::zod::{Field, Issues, Object, require_config};

const SCHEMA: Object = Object::required(&[
    ("keep-existing", Field::Bool),
    ("from", Field::NonEmptyStr),
    ("to", Field::NonEmptyStr),
]);

pub struct Copy;

impl Builtin for Copy {
    fn name(&self) -> &'static str {
        "Copy"
    }

    fn arithmetic(&self) -> Option<&'static [&'static str]> {
        Some(&["from"])
    }

    /// The whole config is kept, with `pure-from` (the field `from` names,
    /// without arithmetic) when the original is not kept.
    fn validate_config(&self, config: &Config, pool: &mut Pool) -> Result<Config> {
        require_config(config)?;
        let keep = config.get(pool.sym("keep-existing"));
        let from = config.get(pool.sym("from")).cloned();
        let mut out = config.clone();
        if !matches!(keep, Some(Value::Bool(true))) {
            let pure = match &from {
                Some(f) => crate::expr::parameter_of(f, pool)?,
                None => Value::Undefined,
            };
            let k = pool.sym("pure-from");
            out.set(k, pure);
        }
        SCHEMA.check(config, pool)?;
        Ok(out)
    }

    fn check_inputs(&self, config: &Config, inputs: &mut [Obs], pool: &mut Pool) -> Result<()> {
        let from = name_of(config, pool, "from");
        each_input(inputs, pool, |obs, _, pool| {
            let mut issues = Issues::default();
            if let Some((k, name)) = &from {
                Field::StrOrNum.check(&mut issues, name, obs.get(pool, *k), pool);
            }
            issues.finish()
        })
    }

    fn execute(&self, mut inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        let pool = &mut *ctx.pool;
        let keep = matches!(
            config.get_str(pool, "keep-existing"),
            Some(Value::Bool(true))
        );
        let from = value_of(config, pool, "from");
        let to = out_key(config, pool, "to");
        let pure = config.get_str(pool, "pure-from").cloned();
        let from_is_number = !from.to_number(pool).is_nan();
        let from_key = {
            let t = from.to_js_string(pool);
            pool.sym(&t)
        };
        for obs in inputs.iter_mut() {
            let found = obs.get(pool, from_key).cloned();
            let value = if from_is_number {
                from.clone()
            } else {
                found.clone().unwrap_or(Value::Undefined)
            };
            if found.as_ref().is_some_and(|v| v.truthy(pool)) || (from_is_number && !keep) {
                let pure_key = match &pure {
                    Some(p) => {
                        let t = p.to_js_string(pool);
                        pool.sym(&t)
                    }
                    None => pool.sym("undefined"),
                };
                obs.remove(pool, pure_key);
            }
            obs.set(pool, to, value);
        }
        Ok(inputs)
    }
}
