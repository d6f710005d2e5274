//! `TimeSync`: observations exploded into per-resolution records, padded,
//! gap-filled, trimmed to `[start-time, end-time]` and resampled into
//! `interval` buckets, as IF 1.1.0 does it, in one pass over the records
//! (IF re-trims all records after each input, which is quadratic).

use crate::aggregation::{AggMethod, Aggregation};
use crate::builtin::{Builtin, Ctx, each_input, js_add};
use crate::config::Config;
use crate::error::{IfError, Result, config_error};
use crate::pool::{Pool, Sym};
use crate::value::{Obs, Value};
use crate::zod::{Field, Issues, Object};

const SCHEMA: Object = Object::required(&[
    ("start-time", Field::DateTime),
    ("end-time", Field::DateTime),
    ("interval", Field::Num),
    ("allow-padding", Field::Bool),
    (
        "upsampling-resolution",
        Field::Optional(&Field::AtLeast(1.0)),
    ),
]);

/// The parameter metadata TimeSync declares in IF 1.1.0.
const TIME_SYNC: &str = r#"
inputs:
  timestamp:
    description: refers to the time of occurrence of the input
    unit: RFC3339
    aggregation-method: {time: none, component: none}
  duration:
    description: refers to the duration of the input
    unit: seconds
    aggregation-method: {time: sum, component: none}
"#;

pub struct TimeSync;

impl Builtin for TimeSync {
    fn name(&self) -> &'static str {
        "TimeSync"
    }

    fn reshapes(&self) -> bool {
        true
    }

    fn metadata(&self) -> Option<&'static str> {
        Some(TIME_SYNC)
    }

    fn validate_config(&self, config: &Config, pool: &mut Pool) -> Result<Config> {
        SCHEMA.check(config, pool)?;
        let text = |key: &str, pool: &Pool| {
            config
                .get_str(pool, key)
                .and_then(|v| v.as_str(pool).map(str::to_string))
                .unwrap_or_default()
        };
        if text("start-time", pool) >= text("end-time", pool) {
            return Err(crate::error::input_validation(
                "`start-time` should be lower than `end-time`",
            ));
        }
        Ok(SCHEMA.pick(config, pool))
    }

    fn check_inputs(&self, _config: &Config, inputs: &mut [Obs], pool: &mut Pool) -> Result<()> {
        let ts = pool.sym("timestamp");
        let duration = pool.sym("duration");
        each_input(inputs, pool, |obs, index, pool| {
            let mut issues = Issues::at_index(Some(index));
            match obs.get(pool, ts) {
                Some(Value::Date(_)) => {}
                Some(Value::Str(s)) if crate::time::is_zod_datetime(pool.str(*s)) => {}
                Some(Value::Str(_)) => issues.union("timestamp", "Invalid datetime"),
                other => issues.union_type("timestamp", "string", other),
            }
            issues.number("duration", obs.get(pool, duration), None, None);
            issues.finish()
        })
    }

    fn execute(&self, inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        implement(inputs, config, ctx)
    }
}

/// One record of the exploded time line.
#[derive(Clone, Copy)]
struct Rec {
    /// Milliseconds, already at the start of its second.
    ts: f64,
    /// Index of the input it comes from (or the template of a filler).
    src: u32,
    /// Offset in seconds within the input, or `u32::MAX` for a zero filler.
    offset: u32,
}

const ZERO: u32 = u32::MAX;

fn parse_date(v: Option<&Value>, pool: &Pool) -> f64 {
    match v {
        Some(Value::Date(ms)) => *ms,
        Some(Value::Str(s)) => crate::time::parse_iso(pool.str(*s)).unwrap_or(f64::NAN),
        _ => f64::NAN,
    }
}

fn second_floor(ms: f64) -> f64 {
    (ms / 1000.0).floor() * 1000.0
}

fn implement(inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
    let pool = &mut *ctx.pool;
    let start = parse_date(config.get_str(pool, "start-time"), pool);
    let end = parse_date(config.get_str(pool, "end-time"), pool);
    let interval = config
        .get_str(pool, "interval")
        .map_or(f64::NAN, |v| v.to_number(pool));
    let allow_padding = matches!(
        config.get_str(pool, "allow-padding"),
        Some(Value::Bool(true))
    );
    let step = match config.get_str(pool, "upsampling-resolution") {
        Some(v) if v.truthy(pool) => v.to_number(pool),
        _ => 1.0,
    };
    if interval % step != 0.0 {
        return Err(config_error(
            "The upsampling resolution must be a divisor of the given interval, but the provided value does not satisfy this criteria.",
        ));
    }
    let ts_key = pool.sym("timestamp");
    let duration_key = pool.sym("duration");
    let (Some(first), Some(last)) = (inputs.first(), inputs.last()) else {
        return Err(IfError::new(
            "TypeError",
            "Cannot read properties of undefined (reading 'timestamp')",
        ));
    };
    let time_of = |o: &Obs, pool: &Pool| parse_date(o.get(pool, ts_key), pool);
    let duration_of = |o: &Obs, pool: &Pool| {
        o.get(pool, duration_key)
            .map_or(f64::NAN, |v| v.to_number(pool))
    };
    let pad_start = (time_of(first, pool) - start) / 1000.0 > 0.0;
    let last_end = time_of(last, pool) + duration_of(last, pool) * 1000.0;
    let pad_end = (last_end - end) / 1000.0 < 0.0;
    if !allow_padding && (pad_start || pad_end) {
        let edges = match (pad_start, pad_end) {
            (true, true) => "start and end",
            (true, false) => "start",
            _ => "end",
        };
        return Err(IfError::new(
            "InvalidPaddingError",
            format!("Avoiding padding at {edges}"),
        ));
    }

    let gaps_error = || {
        config_error(
            "The upsampling resolution must be a divisor of gaps and paddings in the time-series, but the provided values do not satisfy this criteria.",
        )
    };
    let mut recs: Vec<Rec> = Vec::new();
    // The records of the resampled series, at most `GENERATED_POINTS` of them: a century at
    // one second is refused here, not by the allocator; so is a step that never moves on.
    let limit = &sero_limits::GENERATED_POINTS;
    let room = |recs: &Vec<Rec>, more: f64| -> Result<()> {
        let total = recs.len() as f64 + more.max(1.0);
        if total > limit.get() as f64 {
            return Err(IfError::limit(limit, total.min(u64::MAX as f64) as u64));
        }
        Ok(())
    };
    let fill = |recs: &mut Vec<Rec>, from: f64, to: f64, src: u32| -> Result<()> {
        let seconds = (to - from) / 1000.0;
        if seconds % step != 0.0 {
            return Err(gaps_error());
        }
        if from < to {
            room(recs, (seconds / step).ceil())?;
        }
        let mut t = from;
        while t < to {
            room(recs, 1.0)?;
            recs.push(Rec {
                ts: second_floor(t),
                src,
                offset: ZERO,
            });
            t += step * 1000.0;
        }
        Ok(())
    };
    // The padded sequence: start filler, inputs, end filler; a filler takes
    // the keys of the input it stands beside.
    if pad_start {
        fill(&mut recs, start, time_of(first, pool), 0)?;
    }
    let mut prev_end: Option<f64> = pad_start.then(|| time_of(first, pool));
    for (i, input) in inputs.iter().enumerate() {
        let t = time_of(input, pool);
        let d = duration_of(input, pool);
        if let Some(prev_end) = prev_end {
            if prev_end > t {
                return Err(IfError::new(
                    "InvalidInputError",
                    "Observation timestamps overlap, please check inputs.",
                )
                .at(input.at));
            }
            if d % step != 0.0 {
                return Err(config_error(
                    "The upsampling resolution must be a divisor of all inputs durations, but the provided values do not satisfy this criteria.",
                )
                .at(input.at));
            }
            if (t - prev_end) / 1000.0 > 1.0 {
                fill(&mut recs, prev_end, t, i as u32)?;
            }
        }
        let base = second_floor(t);
        if d >= step {
            room(&recs, ((d - step) / step).floor() + 1.0).map_err(|e| e.at(input.at))?;
        }
        let mut j = 0.0;
        while j <= d - step {
            room(&recs, 1.0).map_err(|e| e.at(input.at))?;
            recs.push(Rec {
                ts: base + j * 1000.0,
                src: i as u32,
                offset: j as u32,
            });
            j += step;
        }
        prev_end = Some(t + d * 1000.0);
    }
    if pad_end {
        if let Some(prev) = prev_end
            && prev > last_end
        {
            return Err(IfError::new(
                "InvalidInputError",
                "Observation timestamps overlap, please check inputs.",
            ));
        }
        fill(&mut recs, last_end, end, (inputs.len() - 1) as u32)?;
    }
    recs.retain(|r| r.ts >= start && r.ts <= end);
    if recs.windows(2).any(|w| w[0].ts > w[1].ts) {
        recs.sort_by(|a, b| a.ts.partial_cmp(&b.ts).unwrap_or(std::cmp::Ordering::Equal));
    }

    // Aggregation methods of every key, looked up once.
    let time_reserved = pool.sym("time-reserved");
    let mut methods: Vec<(Sym, AggMethod)> = Vec::new();
    let mut method_of = |k: Sym, ctx_agg: &mut Aggregation, pool: &Pool| -> AggMethod {
        if let Some((_, m)) = methods.iter().find(|(s, _)| *s == k) {
            return *m;
        }
        let m = ctx_agg.time_method(k, pool);
        methods.push((k, m));
        m
    };
    ctx.aggregation.force_time_sum(duration_key);

    let per_frame = (interval / step).max(1.0) as usize;
    let mut outputs: Vec<Obs> = Vec::with_capacity(recs.len() / per_frame + 1);
    for frame in recs.chunks(per_frame) {
        let len = frame.len();
        let mut acc = Obs::new(0);
        for (idx, rec) in frame.iter().enumerate() {
            let src = &inputs[rec.src as usize];
            let keys = pool.keys(src.shape).to_vec();
            let src_duration = duration_of(src, pool);
            let mut rec_duration: Option<Value> = None;
            for (ki, key) in keys.iter().enumerate() {
                let key = *key;
                let raw = &src.vals[ki];
                let method = if key == duration_key {
                    AggMethod::Sum
                } else {
                    method_of(key, ctx.aggregation, pool)
                };
                // The record's own value for this key.
                let value = if key == ts_key {
                    Value::Undefined
                } else if key == duration_key {
                    let v = Value::Num(step);
                    rec_duration = Some(v.clone());
                    v
                } else if rec.offset == ZERO {
                    if key == time_reserved {
                        rec_duration.clone().unwrap_or(Value::Undefined)
                    } else {
                        match method {
                            AggMethod::None => Value::Null,
                            AggMethod::Avg | AggMethod::Sum => Value::Num(0.0),
                            AggMethod::Copy => raw.clone(),
                        }
                    }
                } else {
                    match method {
                        AggMethod::None => Value::Null,
                        AggMethod::Sum => Value::Num(raw.to_number(pool) / (src_duration / step)),
                        _ => raw.clone(),
                    }
                };
                if key == ts_key {
                    if idx == 0 {
                        let t = Value::str(pool, &crate::time::format_iso(rec.ts));
                        acc.set(pool, ts_key, t);
                    }
                    continue;
                }
                if method == AggMethod::None && key != duration_key {
                    acc.set(pool, key, Value::Null);
                    continue;
                }
                let current = match acc.get(pool, key) {
                    Some(v) if !v.is_nullish() => v.clone(),
                    _ => Value::Num(0.0),
                };
                let next = match method {
                    AggMethod::Sum => js_add(&current, &value, pool),
                    AggMethod::Copy => value,
                    _ => {
                        if len > 1 && idx == len - 1 {
                            Value::Num(current.to_number(pool) / len as f64)
                        } else {
                            js_add(&current, &value, pool)
                        }
                    }
                };
                acc.set(pool, key, next);
            }
        }
        if !acc.vals.is_empty() {
            outputs.push(acc);
        }
    }
    Ok(outputs)
}
