//! Plugin instances and IF's plugin contract (`PluginFactory` in
//! `@grnsft/if-core` 0.0.30): config mapping, inline arithmetic, config
//! validation, per-input validation, the computation, and the merge of each
//! output over its input.

use std::cell::RefCell;

use crate::builtin::{Builtin, Ctx};
use crate::config::Config;
use crate::error::{IfError, Result};
use crate::expr;
use crate::pool::{Pool, Sym};
use crate::value::{At, Map, Obs, Value};

/// An initialized plugin instance (`initialize.plugins.<name>`).
#[derive(Debug)]
pub struct Plugin {
    pub name: String,
    pub at: At,
    pub builtin: &'static dyn Builtin,
    pub config: Option<Map>,
    /// `mapping` (plugin parameter → manifest parameter); IF removes entries
    /// as config values use them, and keeps them removed for later nodes.
    pub mapping: RefCell<Vec<(String, String)>>,
    pub inputs_meta: Vec<(Sym, Value)>,
    pub outputs_meta: Vec<(Sym, Value)>,
}

impl Plugin {
    /// `mapConfigIfNeeded`.
    fn mapped_config(&self, pool: &mut Pool) -> Config {
        let Some(config) = &self.config else {
            return Config::default();
        };
        let mut mapping = self.mapping.borrow_mut();
        if mapping.is_empty() {
            return Config(
                config
                    .entries
                    .iter()
                    .map(|e| (e.key, e.value.clone()))
                    .collect(),
            );
        }
        let mut to_remove: Vec<String> = Vec::new();
        let mut out = Config::default();
        for e in &config.entries {
            let key_text = pool.str(e.key).to_string();
            let mapped_key = mapping
                .iter()
                .find(|(k, _)| *k == key_text)
                .map_or(e.key, |(_, v)| pool.sym(v));
            let value = match &e.value {
                Value::Str(s) => {
                    let text = pool.str(*s).to_string();
                    if text.contains('=') {
                        let extracted = expr::parameter_of(&e.value, pool)
                            .map(|v| v.to_js_string(pool))
                            .unwrap_or_default();
                        let replaced = match mapping.iter().find(|(k, _)| *k == extracted) {
                            Some((_, to)) => text.replacen(&extracted, to, 1),
                            None => text,
                        };
                        to_remove.push(extracted);
                        Value::str(pool, &replaced)
                    } else {
                        to_remove.push(text.clone());
                        match mapping.iter().find(|(k, _)| *k == text) {
                            Some((_, to)) => Value::str(pool, to),
                            None => e.value.clone(),
                        }
                    }
                }
                other => {
                    to_remove.push(other.to_js_string(pool));
                    other.clone()
                }
            };
            out.set(mapped_key, value);
        }
        mapping.retain(|(k, _)| !to_remove.contains(k));
        out
    }

    /// Runs the plugin on `inputs` (IF's `execute`).
    pub fn execute(&self, ctx: &mut Ctx, mut inputs: Vec<Obs>) -> Result<Vec<Obs>> {
        let located = |e: IfError| e.at(self.at);
        let config_given = self.config.as_ref().is_some_and(|c| !c.entries.is_empty());
        let mut mapped = self.mapped_config(ctx.pool);
        let allow = self.builtin.arithmetic();
        let mut evaluated: Option<Config> = None;
        if let Some(allow) = allow {
            for (_, v) in mapped.0.iter_mut() {
                *v = expr::evaluate_simple(v, ctx.pool).map_err(located)?;
            }
            let timestamp = ctx.pool.sym("timestamp");
            for obs in inputs.iter_mut() {
                if needs_evaluation(obs, timestamp, ctx.pool) {
                    *obs = expr::evaluate_input(obs, ctx.pool).map_err(|e| e.at(obs.at))?;
                }
            }
            let per_input = config_given
                && !inputs.is_empty()
                && config_has_expressions(&mapped, allow, ctx.pool).map_err(located)?;
            if per_input {
                let named: Vec<(String, Value)> = mapped
                    .0
                    .iter()
                    .map(|(k, v)| (ctx.pool.str(*k).to_string(), v.clone()))
                    .collect();
                for obs in &inputs {
                    let out =
                        expr::evaluate_config(&named, allow, obs, ctx.pool).map_err(located)?;
                    evaluated = Some(Config(
                        out.into_iter()
                            .map(|(k, v)| (ctx.pool.sym(&k), v))
                            .collect(),
                    ));
                }
            } else if config_given && !inputs.is_empty() {
                evaluated = Some(mapped.clone());
            }
        }
        let safe = self
            .builtin
            .validate_config(&mapped, ctx.pool)
            .map_err(located)?;
        let cleaned = match allow {
            Some(_) => {
                let mut c = Config::default();
                for (k, v) in &safe.0 {
                    c.0.push((*k, expr::parameter_of(v, ctx.pool).map_err(located)?));
                }
                Some(c)
            }
            None => None,
        };
        let for_inputs = cleaned.as_ref().filter(|c| !c.is_empty()).unwrap_or(&safe);
        self.builtin
            .check_inputs(for_inputs, &mut inputs, ctx.pool)?;
        let mapping = self.mapping.borrow().clone();
        if !mapping.is_empty() {
            for obs in inputs.iter_mut() {
                map_input(obs, &mapping, ctx.pool);
            }
        }
        let config = match &evaluated {
            Some(e) => safe.overlay(e),
            None => safe,
        };
        let first_input_shape = inputs.first().map(|o| o.shape);
        let kept_inputs = if self.builtin.reshapes() || !mapping.is_empty() {
            Some(inputs.clone())
        } else {
            None
        };
        let mut outputs = self
            .builtin
            .execute(inputs, &config, ctx)
            .map_err(located)?;
        if allow.is_some() {
            let Some(first) = outputs.first() else {
                return Err(IfError::new(
                    "TypeError",
                    "Cannot convert undefined or null to object",
                )
                .at(self.at));
            };
            let old: Vec<Sym> = first_input_shape
                .map(|s| ctx.pool.keys(s).to_vec())
                .unwrap_or_default();
            let new_key = ctx
                .pool
                .keys(first.shape)
                .iter()
                .copied()
                .find(|k| !old.contains(k));
            if let Some(key) = new_key {
                let name = ctx.pool.str(key).to_string();
                let plain = !name.contains('=')
                    && matches!(expr::parameter_of(&Value::Str(key), ctx.pool).map_err(located)?, Value::Str(s) if s == key);
                if !plain {
                    for out in outputs.iter_mut() {
                        expr::evaluate_output(&name, out, ctx.pool).map_err(located)?;
                    }
                }
            }
        }
        if let Some(inputs) = kept_inputs {
            outputs = outputs
                .into_iter()
                .enumerate()
                .map(|(i, out)| {
                    let mut merged = match inputs.get(i) {
                        Some(input) => {
                            let mut base = input.clone();
                            remove_mapped(&mut base, &mapping, ctx.pool);
                            base
                        }
                        None => Obs::new(out.at),
                    };
                    let out = map_output(out, &mapping, ctx.pool);
                    merged.spread(ctx.pool, &out);
                    merged.at = out.at;
                    merged
                })
                .collect();
        }
        Ok(outputs)
    }
}

/// Whether any string field (but `timestamp`, which IF leaves alone) could
/// be an arithmetic expression.
fn needs_evaluation(obs: &Obs, timestamp: Sym, pool: &Pool) -> bool {
    let keys = pool.keys(obs.shape);
    obs.vals.iter().zip(keys).any(|(v, k)| match v {
        Value::Str(s) => *k != timestamp && expr::is_expression(pool.str(*s)),
        _ => false,
    })
}

/// Whether a config value named in `allow` depends on the inputs (an
/// expression); the others are checked once here, as IF would reject
/// them on the first input.
fn config_has_expressions(config: &Config, allow: &[&str], pool: &mut Pool) -> Result<bool> {
    let mut per_input = false;
    for (k, v) in &config.0 {
        let name = pool.str(*k).to_string();
        if !allow.contains(&name.as_str()) {
            continue;
        }
        if let Value::Str(s) = v {
            if expr::is_expression(pool.str(*s)) {
                per_input = true;
            } else {
                expr::validate_config_expression(&name, v, false, pool)?;
            }
        }
    }
    Ok(per_input)
}

/// `mapInputIfNeeded`: plugin parameter names get the mapped fields' values.
fn map_input(obs: &mut Obs, mapping: &[(String, String)], pool: &mut Pool) {
    for (key, value) in mapping {
        let v = pool.sym(value);
        if let Some(found) = obs.get(pool, v).cloned() {
            let k = pool.sym(key);
            obs.set(pool, k, found);
        }
    }
}

/// `removeMappedInputParameter`.
fn remove_mapped(obs: &mut Obs, mapping: &[(String, String)], pool: &mut Pool) {
    for (key, value) in mapping {
        let v = pool.sym(value);
        if obs.has(pool, v) {
            let k = pool.sym(key);
            obs.remove(pool, k);
        }
    }
}

/// `mapOutputIfNeeded`: plugin parameter names renamed to the manifest's.
fn map_output(obs: Obs, mapping: &[(String, String)], pool: &mut Pool) -> Obs {
    if mapping.is_empty() {
        return obs;
    }
    let keys = pool.keys(obs.shape).to_vec();
    let mut out = Obs::new(obs.at);
    for (k, v) in keys.into_iter().zip(obs.vals) {
        let name = pool.str(k).to_string();
        let target = match mapping.iter().find(|(from, _)| *from == name) {
            Some((_, to)) => pool.sym(to),
            None => k,
        };
        out.set(pool, target, v);
    }
    out
}
