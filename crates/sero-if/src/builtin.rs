//! What an Impact Framework builtin is to sero: the [`Builtin`] trait (its
//! name as IF spells it, config validation, input checks and the
//! computation), the [`Ctx`] it runs with, and the small pieces of IF's
//! behaviour that several builtins share. Each builtin is one type in one
//! file under `builtins/`; `builtins::find` maps a plugin's `method` to it.

use std::fmt;
use std::path::PathBuf;

use rand_chacha::ChaCha20Rng;

use crate::aggregation::Aggregation;
use crate::config::Config;
use crate::error::{IfError, Result};
use crate::pool::{Pool, Sym};
use crate::value::{Obs, Value};
use crate::zod::{Field, Issues};

/// What every plugin may use while it runs.
pub struct Ctx<'a> {
    pub pool: &'a mut Pool,
    pub aggregation: &'a mut Aggregation,
    pub rng: &'a mut ChaCha20Rng,
    /// Directories a relative CSV `filepath` is looked up in, in order.
    pub search_dirs: &'a [PathBuf],
    pub warnings: &'a mut Vec<String>,
}

/// One builtin of IF 1.1.0 (`build/if-run/builtins/<name>/index.js` in
/// `@grnsft/if` 1.1.0), as the plugin contract (`plugin.rs`) calls it: once
/// per node, over all of the node's observations.
pub trait Builtin: Sync {
    /// The `method` a manifest names it by (`Sum`, `CSVLookup`, …).
    fn name(&self) -> &'static str;

    /// `allowArithmeticExpressions`: the config keys that may hold inline
    /// arithmetic, or `None` where the builtin has no such list (IF then
    /// evaluates no arithmetic at all for it).
    fn arithmetic(&self) -> Option<&'static [&'static str]> {
        None
    }

    /// Whether its outputs are not its inputs plus new fields (each output
    /// is then merged over the input at the same position).
    fn reshapes(&self) -> bool {
        false
    }

    /// The parameter metadata it declares (YAML with `inputs` and
    /// `outputs`: units, descriptions, aggregation methods).
    fn metadata(&self) -> Option<&'static str> {
        None
    }

    /// Why sero refuses to initialize plugin `plugin` of this builtin, if
    /// it does.
    fn refusal(&self, plugin: &str) -> Option<IfError> {
        let _ = plugin;
        None
    }

    /// How many fields it may add to an input besides its output (spare
    /// capacity only).
    fn extra_fields(&self) -> usize {
        0
    }

    /// The config IF validates (its zod schema), with defaults applied.
    fn validate_config(&self, config: &Config, pool: &mut Pool) -> Result<Config>;

    /// IF's per-input validation, in input order, against the validated
    /// config; it may fill in defaults. Use [`each_input`] to locate errors.
    fn check_inputs(&self, config: &Config, inputs: &mut [Obs], pool: &mut Pool) -> Result<()> {
        let _ = (config, inputs, pool);
        Ok(())
    }

    /// The computation on checked inputs.
    fn execute(&self, inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>>;
}

impl fmt::Debug for dyn Builtin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Runs `check` on every input in order; an error is located at its input.
pub fn each_input(
    inputs: &mut [Obs],
    pool: &mut Pool,
    mut check: impl FnMut(&mut Obs, usize, &mut Pool) -> Result<()>,
) -> Result<()> {
    for (index, obs) in inputs.iter_mut().enumerate() {
        check(obs, index, pool).map_err(|e| e.at(obs.at))?;
    }
    Ok(())
}

/// The config of `Sum`, `Subtract` and `Multiply`.
pub const INPUT_PARAMETERS: [(&str, Field); 2] = [
    ("input-parameters", Field::Strs),
    ("output-parameter", Field::NonEmptyStr),
];

/// The fields named by `input-parameters` (`Sum`, `Subtract`, `Multiply`).
pub fn input_parameters(config: &Config, pool: &mut Pool) -> Vec<(Sym, String)> {
    let k = pool.sym("input-parameters");
    match config.get(k) {
        Some(Value::Seq(s)) => s
            .items
            .iter()
            .map(|v| {
                let t = v.to_js_string(pool);
                (pool.sym(&t), t)
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The input checks of `Sum`, `Subtract` and `Multiply`: every field `input-parameters` names
/// is a number in every input.
pub fn check_input_parameters(config: &Config, inputs: &mut [Obs], pool: &mut Pool) -> Result<()> {
    let names = input_parameters(config, pool);
    each_input(inputs, pool, |obs, _, pool| {
        check_numbers(&names, obs, pool)
    })
}

/// The run of `Sum`, `Subtract` and `Multiply`: each input's fields named by
/// `input-parameters` (in that order, `None` where absent) made into its `output-parameter` by
/// `combine`.
pub fn combine_input_parameters(
    mut inputs: Vec<Obs>,
    config: &Config,
    ctx: &mut Ctx,
    combine: impl Fn(&[Option<Value>], &mut Pool) -> Value,
) -> Result<Vec<Obs>> {
    let pool = &mut *ctx.pool;
    let params = input_parameters(config, pool);
    let out = out_key(config, pool, "output-parameter");
    for obs in inputs.iter_mut() {
        let values: Vec<Option<Value>> = params
            .iter()
            .map(|(p, _)| obs.get(pool, *p).cloned())
            .collect();
        let result = combine(&values, pool);
        obs.set(pool, out, result);
    }
    Ok(inputs)
}

/// Every named field a number (`Sum`, `Subtract`, `Multiply`); each name
/// reported once.
pub fn check_numbers(names: &[(Sym, String)], obs: &Obs, pool: &Pool) -> Result<()> {
    let fine = names
        .iter()
        .all(|(k, _)| matches!(obs.get(pool, *k), Some(Value::Num(n)) if !n.is_nan()));
    if fine {
        return Ok(());
    }
    let mut issues = Issues::default();
    let mut seen: Vec<Sym> = Vec::new();
    for (k, name) in names {
        if seen.contains(k) {
            continue;
        }
        seen.push(*k);
        issues.number(name, obs.get(pool, *k), None, None);
    }
    issues.finish()
}

/// IF's `MissingInputDataError` for a parameter an input lacks.
pub fn missing_input(param: &str) -> IfError {
    IfError::new(
        "MissingInputDataError",
        format!("{param} is missing from the input array, or has nullish value."),
    )
}

/// The field a config value names, with its text (`None` when absent).
pub fn name_of(config: &Config, pool: &mut Pool, key: &str) -> Option<(Sym, String)> {
    let k = pool.sym(key);
    match config.get(k)? {
        Value::Str(s) => Some((*s, pool.str(*s).to_string())),
        Value::Undefined => None,
        other => {
            let t = other.to_js_string(pool);
            Some((pool.sym(&t), t))
        }
    }
}

/// The field a config value names as an output (`undefined` when absent,
/// as JavaScript's `input[config[key]] = …` would write it).
pub fn out_key(config: &Config, pool: &mut Pool, key: &str) -> Sym {
    let k = pool.sym(key);
    match config.get(k) {
        Some(Value::Str(s)) => *s,
        Some(other) => {
            let t = other.to_js_string(pool);
            pool.sym(&t)
        }
        None => pool.sym("undefined"),
    }
}

/// The config value under `key`, `undefined` when absent.
pub fn value_of(config: &Config, pool: &Pool, key: &str) -> Value {
    config
        .get_str(pool, key)
        .cloned()
        .unwrap_or(Value::Undefined)
}

/// JavaScript `Number(v)`, `NaN` when absent.
pub fn num(v: Option<&Value>, pool: &Pool) -> f64 {
    v.map_or(f64::NAN, |v| v.to_number(pool))
}

/// `numerator / denominator`, except that a denominator of 0 returns the numerator with IF's
/// warning (Divide and Sci both do so in IF 1.1.0).
pub fn divide_or_skip(
    warnings: &mut Vec<String>,
    plugin: &str,
    index: usize,
    numerator: Value,
    denominator: &Value,
    pool: &Pool,
) -> Value {
    if matches!(denominator, Value::Num(x) if *x == 0.0) {
        warnings.push(format!(
            "-- SKIPPING -- DivisionByZero: you are attempting to divide by zero in {plugin} plugin : inputs[{index}]"
        ));
        numerator
    } else {
        Value::Num(numerator.to_number(pool) / denominator.to_number(pool))
    }
}

/// JavaScript `a + b` where either may be a string.
pub fn js_add(a: &Value, b: &Value, pool: &mut Pool) -> Value {
    match (a, b) {
        (Value::Num(x), Value::Num(y)) => Value::Num(x + y),
        (Value::Str(_), _) | (_, Value::Str(_)) => {
            let s = format!("{}{}", a.to_js_string(pool), b.to_js_string(pool));
            Value::str(pool, &s)
        }
        _ => Value::Num(a.to_number(pool) + b.to_number(pool)),
    }
}
