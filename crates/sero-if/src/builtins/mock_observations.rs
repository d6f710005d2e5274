//! `MockObservations`: one observation per component per time bucket, with
//! common values and random integers. IF draws with `Math.random`; sero
//! draws from a ChaCha20 generator seeded by `--seed`, so a run repeats.
//! Buckets are generated in a loop (IF recurses and copies the history of
//! every generator per value, which is quadratic).

use rand_core::Rng;

use crate::builtin::{Builtin, Ctx};
use crate::config::Config;
use crate::error::{IfError, Result, config_error};
use crate::pool::{Pool, Sym};
use crate::value::{Obs, Value};
use crate::zod::{Field, Issues, MISSING_CONFIG, Object};

/// The flat keys of the config (`components` and `generators` are checked
/// after them, by hand).
const SCHEMA: Object = Object::required(&[
    ("timestamp-from", Field::Str),
    ("timestamp-to", Field::Str),
    ("duration", Field::Above(0.0)),
]);

/// The keys IF keeps.
const KEPT: [&str; 5] = [
    "timestamp-from",
    "timestamp-to",
    "duration",
    "components",
    "generators",
];

pub struct MockObservations;

impl Builtin for MockObservations {
    fn name(&self) -> &'static str {
        "MockObservations"
    }

    fn reshapes(&self) -> bool {
        true
    }

    fn validate_config(&self, config: &Config, pool: &mut Pool) -> Result<Config> {
        validate_config(config, pool)
    }

    fn execute(&self, inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        implement(inputs, config, ctx)
    }
}

fn validate_config(config: &Config, pool: &mut Pool) -> Result<Config> {
    let mut issues = Issues::default();
    SCHEMA.check_into(&mut issues, config, pool)?;
    issues.array(
        "components",
        config.get_str(pool, "components"),
        |i, p, v| match v {
            Value::Map(m) => {
                for e in &m.entries {
                    let path = format!("{p}.{}", pool.str(e.key));
                    i.string(&path, Some(&e.value), pool, false);
                }
            }
            other => i.type_issue(p, "object", Some(other)),
        },
    );
    match config.get_str(pool, "generators") {
        Some(Value::Map(g)) => {
            match g.get_str(pool, "common") {
                Some(Value::Map(m)) => {
                    for e in &m.entries {
                        if !matches!(e.value, Value::Str(_) | Value::Num(_)) {
                            let path = format!("generators.common.{}", pool.str(e.key));
                            let got = crate::zod::received(Some(&e.value));
                            issues.union(&path, &format!("Expected string, received {got}"));
                        }
                    }
                }
                other => issues.type_issue("generators.common", "object", other),
            }
            match g.get_str(pool, "randint") {
                Some(Value::Map(m)) => {
                    for e in &m.entries {
                        let path = format!("generators.randint.{}", pool.str(e.key));
                        match &e.value {
                            Value::Map(r) => {
                                issues.number(
                                    &format!("{path}.min"),
                                    r.get_str(pool, "min"),
                                    None,
                                    None,
                                );
                                issues.number(
                                    &format!("{path}.max"),
                                    r.get_str(pool, "max"),
                                    None,
                                    None,
                                );
                            }
                            other => issues.type_issue(&path, "object", Some(other)),
                        }
                    }
                }
                other => issues.type_issue("generators.randint", "object", other),
            }
        }
        other => issues.type_issue("generators", "object", other),
    }
    issues.finish()?;
    Ok(config.pick(pool, KEPT))
}

enum Generator {
    Common(Vec<(Sym, Value)>),
    RandInt { name: Sym, min: f64, max: f64 },
}

/// A uniform number in [0, 1) from 53 random bits.
fn uniform(rng: &mut impl Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

fn implement(inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
    let pool = &mut *ctx.pool;
    let text = |pool: &Pool, k: &str| {
        config
            .get_str(pool, k)
            .and_then(|v| v.as_str(pool))
            .map(str::to_string)
    };
    let from = text(pool, "timestamp-from").and_then(|t| crate::time::parse_iso(&t));
    let to = text(pool, "timestamp-to").and_then(|t| crate::time::parse_iso(&t));
    let duration = config
        .get_str(pool, "duration")
        .map_or(f64::NAN, |v| v.to_number(pool));
    let mut generators: Vec<Generator> = Vec::new();
    if let Some(Value::Map(g)) = config.get_str(pool, "generators").cloned() {
        for e in &g.entries {
            let Value::Map(body) = &e.value else { continue };
            if pool.str(e.key) == "randint" {
                for r in &body.entries {
                    let field = pool.str(r.key).to_string();
                    if field.trim().is_empty() {
                        return Err(config_error(
                            "`name` config parameter is empty or contains all spaces",
                        ));
                    }
                    let Value::Map(range) = &r.value else {
                        continue;
                    };
                    if range.entries.is_empty() {
                        return Err(config_error(MISSING_CONFIG));
                    }
                    let min = range
                        .get_str(pool, "min")
                        .map_or(f64::NAN, |v| v.to_number(pool));
                    let max = range
                        .get_str(pool, "max")
                        .map_or(f64::NAN, |v| v.to_number(pool));
                    // `!config.min || !config.max`: a bound of 0 counts as missing in IF.
                    if min == 0.0 || max == 0.0 || min.is_nan() || max.is_nan() {
                        return Err(config_error("Config is missing min or max value"));
                    }
                    if min >= max {
                        return Err(config_error(format!(
                            "Min value should not be greater than or equal to max value of {field}"
                        )));
                    }
                    generators.push(Generator::RandInt {
                        name: r.key,
                        min,
                        max,
                    });
                }
            } else {
                generators.push(Generator::Common(
                    body.entries
                        .iter()
                        .map(|c| (c.key, c.value.clone()))
                        .collect(),
                ));
            }
        }
    }
    let components: Vec<Vec<(Sym, Value)>> = match config.get_str(pool, "components") {
        Some(Value::Seq(s)) => s
            .items
            .iter()
            .filter_map(|c| {
                c.as_map()
                    .map(|m| m.entries.iter().map(|e| (e.key, e.value.clone())).collect())
            })
            .collect(),
        _ => Vec::new(),
    };
    let mut buckets: Vec<f64> = Vec::new();
    // One observation per component per bucket, at most `GENERATED_POINTS` of them: a century
    // at one second is refused here, not by the allocator.
    let limit = &sero_limits::GENERATED_POINTS;
    let per_bucket = components.len().max(1) as u64;
    if let (Some(from), Some(to)) = (from, to)
        && duration > 0.0
    {
        let buckets_wanted = ((to - from) / (duration * 1000.0)).ceil();
        if buckets_wanted * per_bucket as f64 > limit.get() as f64 {
            let found = (buckets_wanted * per_bucket as f64).min(u64::MAX as f64) as u64;
            return Err(IfError::limit(limit, found));
        }
        let mut t = from;
        while t < to {
            // A step too small to move `t` would never end: the count stops it.
            if limit.over((buckets.len() as u64 + 1) * per_bucket) {
                return Err(IfError::limit(
                    limit,
                    (buckets.len() as u64 + 1) * per_bucket,
                ));
            }
            buckets.push(t);
            t += duration * 1000.0;
        }
    }
    let ts_key = pool.sym("timestamp");
    let duration_key = pool.sym("duration");
    let defaults = inputs.first().cloned();
    let mut outputs = Vec::with_capacity(components.len() * buckets.len());
    let stamps: Vec<Value> = buckets
        .iter()
        .map(|&t| {
            let s = crate::time::format_iso(t);
            Value::str(pool, &s)
        })
        .collect();
    for component in &components {
        for stamp in &stamps {
            let mut obs = defaults.clone().unwrap_or_else(|| Obs::new(0));
            obs.set(pool, ts_key, stamp.clone());
            obs.set(pool, duration_key, Value::Num(duration));
            for (k, v) in component {
                obs.set(pool, *k, v.clone());
            }
            for g in &generators {
                match g {
                    Generator::Common(values) => {
                        if values.is_empty() {
                            return Err(config_error(MISSING_CONFIG));
                        }
                        for (k, v) in values {
                            obs.set(pool, *k, v.clone());
                        }
                    }
                    Generator::RandInt { name, min, max } => {
                        let r = uniform(ctx.rng);
                        obs.set(pool, *name, Value::Num((r * (max - min) + min).trunc()));
                    }
                }
            }
            outputs.push(obs);
        }
    }
    Ok(outputs)
}
