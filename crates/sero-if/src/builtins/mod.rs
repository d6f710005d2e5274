//! The builtins, each as IF 1.1.0 computes it
//! (`build/if-run/builtins/<name>/index.js` in `@grnsft/if` 1.1.0).

mod csv;
mod interpolation;
mod mock;
mod time_sync;

use std::rc::Rc;

use crate::error::{IfError, Result, config_error};
use crate::plugin::{Config, Ctx, Method};
use crate::pool::{Pool, Sym};
use crate::value::{Obs, Seq, Value};
use crate::zod::Issues;

pub use interpolation::Spline;

const MISSING_CONFIG: &str = "Config is not provided.";

fn missing_input(param: &str) -> IfError {
    IfError::new(
        "MissingInputDataError",
        format!("{param} is missing from the input array, or has nullish value."),
    )
}

fn require_config(config: &Config) -> Result<()> {
    if config.is_empty() {
        Err(config_error(MISSING_CONFIG))
    } else {
        Ok(())
    }
}

/// Time units of `TimeConverter` in seconds. Source: Green Software Foundation, Impact
/// Framework 1.1.0 (npm `@grnsft/if`, 2025), `build/if-run/builtins/time-converter/config.js`,
/// <https://unpkg.com/@grnsft/if@1.1.0/build/if-run/builtins/time-converter/config.js>.
pub const TIME_UNITS: [(&str, f64); 38] = [
    ("s", 1.0),
    ("second", 1.0),
    ("sec", 1.0),
    ("secs", 1.0),
    ("seconds", 1.0),
    ("min", 60.0),
    ("mins", 60.0),
    ("minute", 60.0),
    ("minutes", 60.0),
    ("h", 3600.0),
    ("hs", 3600.0),
    ("hr", 3600.0),
    ("hrs", 3600.0),
    ("hour", 3600.0),
    ("hours", 3600.0),
    ("d", 86400.0),
    ("ds", 86400.0),
    ("day", 86400.0),
    ("days", 86400.0),
    ("w", 604_800.0),
    ("ws", 604_800.0),
    ("wk", 604_800.0),
    ("wks", 604_800.0),
    ("week", 604_800.0),
    ("weeks", 604_800.0),
    ("m", 2_628_336.0),
    ("mnth", 2_628_336.0),
    ("mth", 2_628_336.0),
    ("mnths", 2_628_336.0),
    ("mths", 2_628_336.0),
    ("month", 2_628_336.0),
    ("months", 2_628_336.0),
    ("y", 31_556_952.0),
    ("ys", 31_556_952.0),
    ("yr", 31_556_952.0),
    ("yrs", 31_556_952.0),
    ("year", 31_556_952.0),
    ("years", 31_556_952.0),
];

fn time_unit(name: &str) -> Option<f64> {
    TIME_UNITS.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// SciEmbodied's config defaults. Source: Green Software Foundation, Impact Framework 1.1.0
/// (npm `@grnsft/if`, 2025), `build/if-run/builtins/sci-embodied/index.js`,
/// <https://unpkg.com/@grnsft/if@1.1.0/build/if-run/builtins/sci-embodied/index.js>: baseline 1 vCPU,
/// 16 GB, 1,000,000 gCO2e, lifespan 4 × 365 days in seconds; per extra vCPU
/// 100,000 g, memory 533/384 g per GB × 1000, SSD 50,000 g, HDD 100,000 g,
/// GPU 150,000 g. IF's SSD and HDD constants are the reverse of Cloud
/// Carbon Footprint's (HDD 50 kg, SSD 100 kg): kept for parity.
pub const SCI_EMBODIED_DEFAULTS: [(&str, f64, bool); 9] = [
    ("baseline-vcpus", 1.0, false),
    ("baseline-memory", 16.0, false),
    ("baseline-emissions", 1_000_000.0, false),
    ("lifespan", 126_144_000.0, true),
    ("vcpu-emissions-constant", 100_000.0, false),
    ("memory-emissions-constant", 533.0 / 384.0, false),
    ("ssd-emissions-constant", 50_000.0, false),
    ("hdd-emissions-constant", 100_000.0, false),
    ("gpu-emissions-constant", 150_000.0, false),
];

/// SciEmbodied's input defaults, in its schema's order (`gt` 0 or `gte` 0).
const SCI_EMBODIED_INPUTS: [(&str, Option<f64>, bool); 7] = [
    ("duration", None, true),
    ("vCPUs", Some(1.0), true),
    ("memory", Some(16.0), true),
    ("ssd", Some(0.0), false),
    ("hdd", Some(0.0), false),
    ("gpu", Some(0.0), false),
    ("usage-ratio", Some(1.0), true),
];

/// The config IF validates (its zod schemas), with defaults applied.
pub fn validate_config(method: Method, config: &Config, pool: &mut Pool) -> Result<Config> {
    let mut issues = Issues::default();
    let get = |pool: &mut Pool, k: &str| {
        let s = pool.sym(k);
        (s, config.get(s).cloned())
    };
    match method {
        Method::Sum | Method::Subtract | Method::Multiply => {
            if method != Method::Sum {
                require_config(config)?;
            }
            let (_, ip) = get(pool, "input-parameters");
            issues.array("input-parameters", ip.as_ref(), |i, p, v| {
                i.string(p, Some(v), pool, false);
            });
            let (_, op) = get(pool, "output-parameter");
            issues.string("output-parameter", op.as_ref(), pool, true);
            issues.finish()?;
            Ok(pick(
                config,
                pool,
                &["input-parameters", "output-parameter"],
            ))
        }
        Method::Divide => {
            require_config(config)?;
            let (_, n) = get(pool, "numerator");
            issues.string("numerator", n.as_ref(), pool, true);
            let (_, d) = get(pool, "denominator");
            if !matches!(d, Some(Value::Str(_) | Value::Num(_))) {
                match crate::zod::received(d.as_ref()) {
                    "undefined" => issues.union("denominator", "Required"),
                    got => issues.union("denominator", &format!("Expected string, received {got}")),
                }
            }
            let (_, o) = get(pool, "output");
            issues.string("output", o.as_ref(), pool, false);
            issues.finish()?;
            Ok(pick(config, pool, &["numerator", "denominator", "output"]))
        }
        Method::Coefficient => {
            require_config(config)?;
            let (ck, c) = get(pool, "coefficient");
            let c = match c {
                Some(v) => Some(crate::expr::validate_config_expression(
                    "coefficient",
                    &v,
                    true,
                    pool,
                )?),
                None => None,
            };
            issues.number("coefficient", c.as_ref(), None, None);
            let (_, ip) = get(pool, "input-parameter");
            issues.string("input-parameter", ip.as_ref(), pool, true);
            let (_, op) = get(pool, "output-parameter");
            issues.string("output-parameter", op.as_ref(), pool, true);
            issues.finish()?;
            let mut out = pick(
                config,
                pool,
                &["coefficient", "input-parameter", "output-parameter"],
            );
            if let Some(c) = c {
                out.set(ck, c);
            }
            Ok(out)
        }
        Method::Exponent => {
            require_config(config)?;
            let (_, ip) = get(pool, "input-parameter");
            issues.string("input-parameter", ip.as_ref(), pool, true);
            let (_, e) = get(pool, "exponent");
            issues.number("exponent", e.as_ref(), None, None);
            let (_, op) = get(pool, "output-parameter");
            issues.string("output-parameter", op.as_ref(), pool, true);
            issues.finish()?;
            Ok(pick(
                config,
                pool,
                &["input-parameter", "exponent", "output-parameter"],
            ))
        }
        Method::Copy => {
            require_config(config)?;
            let (_, keep) = get(pool, "keep-existing");
            let (_, from) = get(pool, "from");
            let mut out = config.clone();
            if !matches!(keep, Some(Value::Bool(true))) {
                let pure = match &from {
                    Some(f) => crate::expr::parameter_of(f, pool)?,
                    None => Value::Undefined,
                };
                let k = pool.sym("pure-from");
                out.set(k, pure);
            }
            issues.boolean("keep-existing", keep.as_ref());
            issues.string("from", from.as_ref(), pool, true);
            let (_, to) = get(pool, "to");
            issues.string("to", to.as_ref(), pool, true);
            issues.finish()?;
            Ok(out)
        }
        Method::Regex => {
            require_config(config)?;
            let (_, p) = get(pool, "parameter");
            issues.string("parameter", p.as_ref(), pool, true);
            let (_, m) = get(pool, "match");
            issues.string("match", m.as_ref(), pool, true);
            let (_, o) = get(pool, "output");
            issues.string("output", o.as_ref(), pool, false);
            issues.finish()?;
            Ok(pick(config, pool, &["parameter", "match", "output"]))
        }
        Method::TimeConverter => {
            require_config(config)?;
            let units: Vec<&str> = TIME_UNITS.iter().map(|(n, _)| *n).collect();
            let mut with_duration = vec!["duration"];
            with_duration.extend(units.iter().copied());
            let (_, ip) = get(pool, "input-parameter");
            issues.string("input-parameter", ip.as_ref(), pool, false);
            let (_, o) = get(pool, "original-time-unit");
            issues.enumeration("original-time-unit", o.as_ref(), &units, pool);
            let (_, n) = get(pool, "new-time-unit");
            issues.enumeration("new-time-unit", n.as_ref(), &with_duration, pool);
            let (_, op) = get(pool, "output-parameter");
            issues.string("output-parameter", op.as_ref(), pool, true);
            issues.finish()?;
            Ok(pick(
                config,
                pool,
                &[
                    "input-parameter",
                    "original-time-unit",
                    "new-time-unit",
                    "output-parameter",
                ],
            ))
        }
        Method::Sci => {
            require_config(config)?;
            let (_, fu) = get(pool, "functional-unit");
            issues.string("functional-unit", fu.as_ref(), pool, false);
            issues.finish()?;
            if !fu.as_ref().is_some_and(|v| v.truthy(pool)) {
                return Err(crate::error::input_validation(
                    "`functional-unit` should be provided in your config",
                ));
            }
            Ok(pick(config, pool, &["functional-unit"]))
        }
        Method::SciEmbodied => {
            let mut out = Config::default();
            for (name, default, strictly_positive) in SCI_EMBODIED_DEFAULTS {
                let (k, v) = get(pool, name);
                let v = match v {
                    None | Some(Value::Undefined) => Value::Num(default),
                    Some(v) => crate::expr::validate_config_expression(name, &v, true, pool)?,
                };
                let ok = if strictly_positive {
                    issues.number(name, Some(&v), Some(0.0), None)
                } else {
                    issues.number(name, Some(&v), None, Some(0.0))
                };
                if ok {
                    out.set(k, v);
                }
            }
            let (k, op) = get(pool, "output-parameter");
            if let Some(op) = op
                && issues.string("output-parameter", Some(&op), pool, false)
            {
                out.set(k, op);
            }
            issues.finish()?;
            Ok(out)
        }
        Method::Interpolation => interpolation::validate_config(config, pool),
        Method::TimeSync => time_sync::validate_config(config, pool),
        Method::MockObservations => mock::validate_config(config, pool),
        Method::CsvLookup | Method::CsvImport => csv::validate_config(method, config, pool),
        Method::Shell => {
            require_config(config)?;
            let (_, c) = get(pool, "command");
            issues.string("command", c.as_ref(), pool, false);
            issues.finish()?;
            Err(IfError::new(
                "PluginInitializationError",
                "sero does not run the Shell builtin (it runs a program from the manifest)",
            )
            .hint("run the program yourself and put its output into the manifest's inputs"))
        }
    }
}

/// The keys a zod object keeps, in schema order.
fn pick(config: &Config, pool: &mut Pool, keys: &[&str]) -> Config {
    let mut out = Config::default();
    for k in keys {
        let s = pool.sym(k);
        if let Some(v) = config.get(s) {
            out.0.push((s, v.clone()));
        }
    }
    out
}

/// Per-input validation, prepared once per run of a plugin.
pub enum InputValidator {
    None,
    /// Sum, Subtract, Multiply: every input parameter a number.
    Numbers(Vec<(Sym, String)>),
    /// Coefficient: the value under `input-parameter`, reported as `input-parameter`.
    Coefficient(Option<Sym>),
    Exponent(Option<(Sym, String)>),
    Divide {
        numerator: Option<(Sym, String)>,
        denominator: Option<(Sym, String)>,
        denominator_is_name: bool,
    },
    Copy(Option<(Sym, String)>),
    Regex(Option<(Sym, String)>),
    TimeConverter(Option<(Sym, String)>, Sym),
    Sci {
        unit: Option<Sym>,
        carbon: Sym,
        duration: Sym,
        name: String,
    },
    SciEmbodied(Vec<(Sym, &'static str, Option<f64>, bool)>),
    Interpolation(interpolation::InputCheck),
    TimeSync(Sym, Sym),
}

fn name_of(config: &Config, pool: &mut Pool, key: &str) -> Option<(Sym, String)> {
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

impl InputValidator {
    pub fn new(method: Method, config: &Config, pool: &mut Pool) -> InputValidator {
        match method {
            Method::Sum | Method::Subtract | Method::Multiply => {
                let k = pool.sym("input-parameters");
                let names = match config.get(k) {
                    Some(Value::Seq(s)) => s
                        .items
                        .iter()
                        .map(|v| {
                            let t = v.to_js_string(pool);
                            (pool.sym(&t), t)
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                InputValidator::Numbers(names)
            }
            Method::Coefficient => {
                InputValidator::Coefficient(name_of(config, pool, "input-parameter").map(|n| n.0))
            }
            Method::Exponent => InputValidator::Exponent(name_of(config, pool, "input-parameter")),
            Method::Divide => {
                let k = pool.sym("denominator");
                InputValidator::Divide {
                    numerator: name_of(config, pool, "numerator"),
                    denominator: name_of(config, pool, "denominator"),
                    denominator_is_name: matches!(config.get(k), Some(Value::Str(_))),
                }
            }
            Method::Copy => InputValidator::Copy(name_of(config, pool, "from")),
            Method::Regex => InputValidator::Regex(name_of(config, pool, "parameter")),
            Method::TimeConverter => InputValidator::TimeConverter(
                name_of(config, pool, "input-parameter"),
                pool.sym("duration"),
            ),
            Method::Sci => {
                let unit = name_of(config, pool, "functional-unit");
                InputValidator::Sci {
                    name: unit.as_ref().map(|u| u.1.clone()).unwrap_or_default(),
                    unit: unit.map(|u| u.0),
                    carbon: pool.sym("carbon"),
                    duration: pool.sym("duration"),
                }
            }
            Method::SciEmbodied => InputValidator::SciEmbodied(
                SCI_EMBODIED_INPUTS
                    .iter()
                    .map(|(n, d, strict)| (pool.sym(n), *n, *d, *strict))
                    .collect(),
            ),
            Method::Interpolation => {
                InputValidator::Interpolation(interpolation::InputCheck::new(config, pool))
            }
            Method::TimeSync => {
                InputValidator::TimeSync(pool.sym("timestamp"), pool.sym("duration"))
            }
            _ => InputValidator::None,
        }
    }

    pub fn check(&self, obs: &mut Obs, index: usize, pool: &mut Pool) -> Result<()> {
        match self {
            InputValidator::None => Ok(()),
            InputValidator::Numbers(names) => {
                let mut bad = false;
                for (k, _) in names {
                    if !matches!(obs.get(pool, *k), Some(Value::Num(n)) if !n.is_nan()) {
                        bad = true;
                    }
                }
                if !bad {
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
            InputValidator::Coefficient(k) => {
                let v = k.and_then(|k| obs.get(pool, k));
                let mut issues = Issues::default();
                issues.number("input-parameter", v, None, None);
                issues.finish()
            }
            InputValidator::Exponent(k) => {
                let mut issues = Issues::default();
                if let Some((k, name)) = k {
                    issues.number(name, obs.get(pool, *k), None, None);
                }
                issues.finish()
            }
            InputValidator::Divide {
                numerator,
                denominator,
                denominator_is_name,
            } => {
                let mut issues = Issues::default();
                if let Some((k, name)) = numerator {
                    issues.number(name, obs.get(pool, *k), None, None);
                }
                if let Some((k, name)) = denominator
                    && let Some(v) = obs.get(pool, *k)
                    && !matches!(v, Value::Undefined)
                {
                    issues.number(name, Some(v), None, None);
                }
                issues.finish()?;
                if *denominator_is_name
                    && let Some((k, name)) = denominator
                    && !obs.get(pool, *k).is_some_and(|v| v.truthy(pool))
                {
                    return Err(missing_input(name));
                }
                Ok(())
            }
            InputValidator::Copy(from) => {
                let mut issues = Issues::default();
                if let Some((k, name)) = from {
                    match obs.get(pool, *k) {
                        Some(Value::Str(_) | Value::Num(_)) => {}
                        other => match crate::zod::received(other) {
                            "undefined" => issues.union(name, "Required"),
                            got => issues.union(name, &format!("Expected string, received {got}")),
                        },
                    }
                }
                issues.finish()
            }
            InputValidator::Regex(p) => match p {
                Some((k, name)) if !obs.get(pool, *k).is_some_and(|v| v.truthy(pool)) => {
                    Err(missing_input(name))
                }
                None => Err(missing_input("undefined")),
                _ => Ok(()),
            },
            InputValidator::TimeConverter(ip, duration) => {
                let mut issues = Issues::default();
                issues.number("duration", obs.get(pool, *duration), None, Some(1.0));
                if let Some((k, name)) = ip {
                    issues.number(name, obs.get(pool, *k), None, None);
                }
                issues.finish()
            }
            InputValidator::Sci {
                unit,
                carbon,
                duration,
                name,
            } => {
                let fu = unit.and_then(|u| obs.get(pool, u));
                let non_negative = match fu {
                    Some(Value::Undefined) | None => false,
                    Some(v) => v.to_number(pool) >= 0.0,
                };
                if !non_negative {
                    return Err(IfError::new(
                        "MissingInputDataError",
                        "`functional-unit` value is missing from input data or it is not a positive integer",
                    ));
                }
                let mut issues = Issues::default();
                issues.number("carbon", obs.get(pool, *carbon), None, Some(0.0));
                issues.number("duration", obs.get(pool, *duration), None, Some(1.0));
                let _ = name;
                issues.finish()
            }
            InputValidator::SciEmbodied(fields) => {
                // The common case first: every field a number in range or absent.
                let fine = fields
                    .iter()
                    .all(|(k, _, default, strict)| match obs.get(pool, *k) {
                        Some(Value::Num(n)) => {
                            if *strict {
                                *n > 0.0
                            } else {
                                *n >= 0.0
                            }
                        }
                        None | Some(Value::Undefined) => default.is_some(),
                        _ => false,
                    });
                if fine {
                    for (k, _, default, _) in fields {
                        if let Some(d) = default
                            && obs
                                .get(pool, *k)
                                .is_none_or(|v| matches!(v, Value::Undefined))
                        {
                            obs.set(pool, *k, Value::Num(*d));
                        }
                    }
                    return Ok(());
                }
                let mut issues = Issues::at_index(Some(index));
                for (k, name, default, strict) in fields {
                    let v = obs.get(pool, *k).cloned();
                    let v = match (v, default) {
                        (None | Some(Value::Undefined), Some(d)) => Value::Num(*d),
                        (v, _) => v.unwrap_or(Value::Undefined),
                    };
                    if *strict {
                        issues.number(name, Some(&v), Some(0.0), None);
                    } else {
                        issues.number(name, Some(&v), None, Some(0.0));
                    }
                }
                issues.finish()
            }
            InputValidator::Interpolation(check) => check.check(obs, index, pool),
            InputValidator::TimeSync(ts, duration) => {
                let mut issues = Issues::at_index(Some(index));
                match obs.get(pool, *ts) {
                    Some(Value::Date(_)) => {}
                    Some(Value::Str(s)) if crate::time::is_zod_datetime(pool.str(*s)) => {}
                    Some(Value::Str(_)) => issues.union("timestamp", "Invalid datetime"),
                    other => match crate::zod::received(other) {
                        "undefined" => issues.union("timestamp", "Required"),
                        got => {
                            issues.union("timestamp", &format!("Expected string, received {got}"))
                        }
                    },
                }
                issues.number("duration", obs.get(pool, *duration), None, None);
                issues.finish()
            }
        }
    }
}

fn out_key(config: &Config, pool: &mut Pool, key: &str) -> Sym {
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

fn num(v: Option<&Value>, pool: &Pool) -> f64 {
    v.map_or(f64::NAN, |v| v.to_number(pool))
}

/// `numerator / denominator`, except that a denominator of 0 returns the numerator with IF's
/// warning (Divide and Sci both do so in IF 1.1.0).
fn divide_or_skip(
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
fn js_add(a: &Value, b: &Value, pool: &mut Pool) -> Value {
    match (a, b) {
        (Value::Num(x), Value::Num(y)) => Value::Num(x + y),
        (Value::Str(_), _) | (_, Value::Str(_)) => {
            let s = format!("{}{}", a.to_js_string(pool), b.to_js_string(pool));
            Value::str(pool, &s)
        }
        _ => Value::Num(a.to_number(pool) + b.to_number(pool)),
    }
}

/// Runs a builtin on validated inputs.
pub fn implement(
    method: Method,
    mut inputs: Vec<Obs>,
    config: &Config,
    ctx: &mut Ctx,
) -> Result<Vec<Obs>> {
    let pool = &mut *ctx.pool;
    match method {
        Method::Sum | Method::Subtract | Method::Multiply => {
            let k = pool.sym("input-parameters");
            let params: Vec<Sym> = match config.get(k) {
                Some(Value::Seq(s)) => s
                    .items
                    .iter()
                    .map(|v| {
                        let t = v.to_js_string(pool);
                        pool.sym(&t)
                    })
                    .collect(),
                _ => Vec::new(),
            };
            let out = out_key(config, pool, "output-parameter");
            for obs in inputs.iter_mut() {
                let get =
                    |k: Sym, pool: &Pool| obs.get(pool, k).cloned().unwrap_or(Value::Undefined);
                let result = match method {
                    Method::Sum => {
                        let mut acc = Value::Num(0.0);
                        for &p in &params {
                            let v = get(p, pool);
                            acc = js_add(&acc, &v, pool);
                        }
                        acc
                    }
                    Method::Multiply => {
                        let mut acc = 1.0;
                        for &p in &params {
                            acc *= get(p, pool).to_number(pool);
                        }
                        Value::Num(acc)
                    }
                    _ => match params.split_first() {
                        Some((first, rest)) => {
                            let mut acc = get(*first, pool).to_number(pool);
                            for &p in rest {
                                acc -= get(p, pool).to_number(pool);
                            }
                            Value::Num(acc)
                        }
                        None => Value::Undefined,
                    },
                };
                obs.set(pool, out, result);
            }
            Ok(inputs)
        }
        Method::Divide => {
            let numerator = config
                .get_str(pool, "numerator")
                .cloned()
                .unwrap_or(Value::Undefined);
            let denominator = config
                .get_str(pool, "denominator")
                .cloned()
                .unwrap_or(Value::Undefined);
            let out = out_key(config, pool, "output");
            let numerator_key = pool.sym("numerator");
            let denominator_key = pool.sym("denominator");
            let resolve = |spec: &Value, obs: &Obs, pool: &mut Pool| -> Value {
                match spec {
                    Value::Num(n) => Value::Num(*n),
                    Value::Str(k) => obs.get(pool, *k).cloned().unwrap_or(Value::Undefined),
                    other => {
                        let t = other.to_js_string(pool);
                        let k = pool.sym(&t);
                        obs.get(pool, k).cloned().unwrap_or(Value::Undefined)
                    }
                }
            };
            for (index, obs) in inputs.iter_mut().enumerate() {
                // `input.numerator || numerator`: a field named `numerator` wins.
                let n_spec = match obs.get(pool, numerator_key) {
                    Some(v) if v.truthy(pool) => v.clone(),
                    _ => numerator.clone(),
                };
                let d_spec = match obs.get(pool, denominator_key) {
                    Some(v) if v.truthy(pool) => v.clone(),
                    _ => denominator.clone(),
                };
                let n = resolve(&n_spec, obs, pool);
                let d = resolve(&d_spec, obs, pool);
                let result = divide_or_skip(ctx.warnings, "Divide", index, n, &d, pool);
                obs.set(pool, out, result);
            }
            Ok(inputs)
        }
        Method::Coefficient => {
            let ip = config
                .get_str(pool, "input-parameter")
                .cloned()
                .unwrap_or(Value::Undefined);
            let c = num(config.get_str(pool, "coefficient"), pool);
            let out = out_key(config, pool, "output-parameter");
            let direct = ip.to_number(pool);
            let key = match &ip {
                Value::Str(s) => Some(*s),
                _ => None,
            };
            for obs in inputs.iter_mut() {
                let base = if direct.is_nan() {
                    key.and_then(|k| obs.get(pool, k))
                        .map_or(f64::NAN, |v| v.to_number(pool))
                } else {
                    direct
                };
                obs.set(pool, out, Value::Num(base * c));
            }
            Ok(inputs)
        }
        Method::Exponent => {
            let ip = config
                .get_str(pool, "input-parameter")
                .cloned()
                .unwrap_or(Value::Undefined);
            let e = num(config.get_str(pool, "exponent"), pool);
            let out = out_key(config, pool, "output-parameter");
            for obs in inputs.iter_mut() {
                let base = match &ip {
                    Value::Num(n) => *n,
                    Value::Str(s) => obs.get(pool, *s).map_or(f64::NAN, |v| v.to_number(pool)),
                    _ => f64::NAN,
                };
                obs.set(pool, out, Value::Num(js_pow(base, e)));
            }
            Ok(inputs)
        }
        Method::Copy => {
            let keep = matches!(
                config.get_str(pool, "keep-existing"),
                Some(Value::Bool(true))
            );
            let from = config
                .get_str(pool, "from")
                .cloned()
                .unwrap_or(Value::Undefined);
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
        Method::Regex => {
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
            let regex = regex::Regex::new(&body).map_err(|e| {
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
                    return Err(IfError::new(
                        "TypeError",
                        "input[parameter].match is not a function",
                    )
                    .at(obs.at));
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
        Method::TimeConverter => {
            let ip = config
                .get_str(pool, "input-parameter")
                .cloned()
                .unwrap_or(Value::Undefined);
            let original = config
                .get_str(pool, "original-time-unit")
                .map(|v| v.to_js_string(pool));
            let new_unit = config
                .get_str(pool, "new-time-unit")
                .map(|v| v.to_js_string(pool));
            let out = out_key(config, pool, "output-parameter");
            let duration = pool.sym("duration");
            let orig_s = original.as_deref().and_then(time_unit).unwrap_or(f64::NAN);
            let direct = ip.to_number(pool);
            for obs in inputs.iter_mut() {
                let energy = if direct.is_nan() {
                    match &ip {
                        Value::Str(s) => obs.get(pool, *s).map_or(f64::NAN, |v| v.to_number(pool)),
                        _ => f64::NAN,
                    }
                } else {
                    direct
                };
                let unit = match new_unit.as_deref() {
                    Some("duration") => num(obs.get(pool, duration), pool),
                    Some(u) => time_unit(u).unwrap_or(f64::NAN),
                    None => f64::NAN,
                };
                let result = to_fixed_6(energy / orig_s * unit);
                obs.set(pool, out, Value::Num(result));
            }
            Ok(inputs)
        }
        Method::Sci => {
            let fu = config
                .get_str(pool, "functional-unit")
                .cloned()
                .unwrap_or(Value::Undefined);
            let carbon = pool.sym("carbon");
            let sci = pool.sym("sci");
            let fu_is_name = fu.to_number(pool).is_nan();
            let fu_key = match &fu {
                Value::Str(s) => Some(*s),
                _ => None,
            };
            for (index, obs) in inputs.iter_mut().enumerate() {
                let unit = if fu_is_name {
                    fu_key
                        .and_then(|k| obs.get(pool, k))
                        .cloned()
                        .unwrap_or(Value::Undefined)
                } else {
                    fu.clone()
                };
                let c = obs.get(pool, carbon).cloned().unwrap_or(Value::Undefined);
                let result = divide_or_skip(ctx.warnings, "Sci", index, c, &unit, pool);
                obs.set(pool, sci, result);
            }
            Ok(inputs)
        }
        Method::SciEmbodied => {
            let c = |pool: &Pool, k: &str| num(config.get_str(pool, k), pool);
            let bv = c(pool, "baseline-vcpus");
            let bm = c(pool, "baseline-memory");
            let be = c(pool, "baseline-emissions");
            let life = c(pool, "lifespan");
            let vc = c(pool, "vcpu-emissions-constant");
            let mc = c(pool, "memory-emissions-constant");
            let sc = c(pool, "ssd-emissions-constant");
            let hc = c(pool, "hdd-emissions-constant");
            let gc = c(pool, "gpu-emissions-constant");
            let out = match config.get_str(pool, "output-parameter") {
                Some(v) if v.truthy(pool) => {
                    let t = v.to_js_string(pool);
                    pool.sym(&t)
                }
                _ => pool.sym("embodied-carbon"),
            };
            let keys: Vec<Sym> = [
                "vCPUs",
                "memory",
                "hdd",
                "gpu",
                "ssd",
                "time",
                "duration",
                "usage-ratio",
            ]
            .iter()
            .map(|k| pool.sym(k))
            .collect();
            for obs in inputs.iter_mut() {
                let f = |i: usize| num(obs.get(pool, keys[i]), pool);
                let cpu_e = (f(0) - bv) * vc;
                let memory_e = (f(1) - bm) * ((mc * bm) / 16.0) * 1000.0;
                let hdd_e = f(2) * hc;
                let gpu_e = f(3) * gc;
                let ssd_e = f(4) * sc;
                let time = match obs.get(pool, keys[5]) {
                    Some(v) if v.truthy(pool) => v.to_number(pool),
                    _ => f(6),
                };
                let total = be + cpu_e + memory_e + ssd_e + hdd_e + gpu_e;
                let scaled = total * f(7);
                let result = scaled * (time / life);
                obs.set(pool, out, Value::Num(result));
            }
            Ok(inputs)
        }
        Method::Interpolation => interpolation::implement(inputs, config, pool),
        Method::TimeSync => time_sync::implement(inputs, config, ctx),
        Method::MockObservations => mock::implement(inputs, config, ctx),
        Method::CsvLookup => csv::lookup(inputs, config, ctx),
        Method::CsvImport => csv::import(inputs, config, ctx),
        Method::Shell => Err(IfError::new(
            "PluginInitializationError",
            "Shell is not supported",
        )),
    }
}

/// `Math.pow`, whose `NaN` and `1 ** ±Infinity` cases differ from `powf`.
fn js_pow(base: f64, exponent: f64) -> f64 {
    if exponent.is_nan() || (base.abs() == 1.0 && exponent.is_infinite()) {
        return f64::NAN;
    }
    base.powf(exponent)
}

/// `Number(x.toFixed(6))`: ties round away from zero, as JavaScript does.
pub fn to_fixed_6(x: f64) -> f64 {
    if !x.is_finite() || x.abs() >= 1e21 {
        return x;
    }
    let exact = format!("{:.40}", x.abs());
    let (int_part, frac) = exact.split_once('.').unwrap_or((&exact, ""));
    let kept = &frac[..6.min(frac.len())];
    let rest = &frac[6.min(frac.len())..];
    let mut digits: Vec<u8> = format!("{int_part}{kept}").into_bytes();
    let round_up = rest.as_bytes().first().is_some_and(|d| *d >= b'5');
    if round_up {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let text = String::from_utf8(digits).unwrap_or_default();
    let split = text.len() - 6;
    let value: f64 = format!("{}.{}", &text[..split], &text[split..])
        .parse()
        .unwrap_or(f64::NAN);
    if x < 0.0 { -value } else { value }
}

/// A sequence value from a list of strings.
pub fn seq_of(items: Vec<Value>) -> Value {
    Value::Seq(Rc::new(Seq { at: 0, items }))
}
