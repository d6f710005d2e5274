//! `Regex`: the matches of `match` in a string field, joined by spaces.

use crate::builtin::{Builtin, Ctx, each_input, missing_input, name_of, out_key};
use crate::config::Config;
use crate::error::{IfError, Result};
use crate::pool::Pool;
use crate::value::{Obs, Value};
use crate::zod::{Field, Object};

const SCHEMA: Object = Object::required(&[
    ("parameter", Field::NonEmptyStr),
    ("match", Field::NonEmptyStr),
    ("output", Field::Str),
]);

pub struct Regex;

impl Builtin for Regex {
    fn name(&self) -> &'static str {
        "Regex"
    }

    fn validate_config(&self, config: &Config, pool: &mut Pool) -> Result<Config> {
        SCHEMA.validate(config, pool)
    }

    fn check_inputs(&self, config: &Config, inputs: &mut [Obs], pool: &mut Pool) -> Result<()> {
        let parameter = name_of(config, pool, "parameter");
        each_input(inputs, pool, |obs, _, pool| match &parameter {
            Some((k, name)) if !obs.get(pool, *k).is_some_and(|v| v.truthy(pool)) => {
                Err(missing_input(name))
            }
            None => Err(missing_input("undefined")),
            _ => Ok(()),
        })
    }

    fn execute(&self, mut inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        let pool = &mut *ctx.pool;
        let parameter = out_key(config, pool, "parameter");
        let pattern = config
            .get_str(pool, "match")
            .map(|v| v.to_js_string(pool))
            .unwrap_or_default();
        let out = out_key(config, pool, "output");
        let mut source = pattern.clone();
        if !source.starts_with('/') {
            source.insert(0, '/');
        }
        if !source.ends_with("/g") && !source.ends_with('/') {
            source.push('/');
        }
        let global = source.ends_with("/g");
        let body = source[1..source.len() - if global { 2 } else { 1 }].to_string();
        let regex = ::regex::Regex::new(&body).map_err(|e| {
            IfError::new(
                "SyntaxError",
                format!("Invalid regular expression: {source}: {e}"),
            )
        })?;
        for obs in inputs.iter_mut() {
            let value = obs
                .get(pool, parameter)
                .cloned()
                .unwrap_or(Value::Undefined);
            let Value::Str(s) = value else {
                return Err(
                    IfError::new("TypeError", "input[parameter].match is not a function")
                        .at(obs.at),
                );
            };
            let text = pool.str(s).to_string();
            let parts: Vec<String> = if global {
                regex
                    .find_iter(&text)
                    .map(|m| m.as_str().to_string())
                    .collect()
            } else {
                match regex.captures(&text) {
                    Some(c) => c
                        .iter()
                        .map(|m| m.map(|m| m.as_str().to_string()).unwrap_or_default())
                        .collect(),
                    None => Vec::new(),
                }
            };
            if parts.is_empty() {
                return Err(IfError::new(
                    "RegexMismatchError",
                    format!("`{text}` does not match the {source} regex expression"),
                )
                .at(obs.at));
            }
            let joined = parts.join(" ");
            let v = Value::str(pool, &joined);
            obs.set(pool, out, v);
        }
        Ok(inputs)
    }
}
