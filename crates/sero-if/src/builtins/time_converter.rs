//! `TimeConverter`: a quantity per one time unit converted to another (or
//! to the input's own `duration`), rounded as `toFixed(6)`.

use crate::builtin::{Builtin, Ctx, each_input, name_of, num, out_key, value_of};
use crate::config::Config;
use crate::error::Result;
use crate::pool::Pool;
use crate::value::{Obs, Value};
use crate::zod::{Field, Issues, Object};

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

/// The names of [`TIME_UNITS`], IF's `original-time-unit` enum.
const UNIT_NAMES: [&str; TIME_UNITS.len()] = {
    let mut names = [""; TIME_UNITS.len()];
    let mut i = 0;
    while i < TIME_UNITS.len() {
        names[i] = TIME_UNITS[i].0;
        i += 1;
    }
    names
};

/// `duration` and the names of [`TIME_UNITS`], IF's `new-time-unit` enum.
const NEW_UNIT_NAMES: [&str; TIME_UNITS.len() + 1] = {
    let mut names = ["duration"; TIME_UNITS.len() + 1];
    let mut i = 0;
    while i < TIME_UNITS.len() {
        names[i + 1] = TIME_UNITS[i].0;
        i += 1;
    }
    names
};

const SCHEMA: Object = Object::required(&[
    ("input-parameter", Field::Str),
    ("original-time-unit", Field::OneOf(&UNIT_NAMES)),
    ("new-time-unit", Field::OneOf(&NEW_UNIT_NAMES)),
    ("output-parameter", Field::NonEmptyStr),
]);

fn time_unit(name: &str) -> Option<f64> {
    TIME_UNITS.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

pub struct TimeConverter;

impl Builtin for TimeConverter {
    fn name(&self) -> &'static str {
        "TimeConverter"
    }

    fn arithmetic(&self) -> Option<&'static [&'static str]> {
        Some(&["input-parameter"])
    }

    fn validate_config(&self, config: &Config, pool: &mut Pool) -> Result<Config> {
        SCHEMA.validate(config, pool)
    }

    fn check_inputs(&self, config: &Config, inputs: &mut [Obs], pool: &mut Pool) -> Result<()> {
        let parameter = name_of(config, pool, "input-parameter");
        let duration = pool.sym("duration");
        each_input(inputs, pool, |obs, _, pool| {
            let mut issues = Issues::default();
            issues.number("duration", obs.get(pool, duration), None, Some(1.0));
            if let Some((k, name)) = &parameter {
                issues.number(name, obs.get(pool, *k), None, None);
            }
            issues.finish()
        })
    }

    fn execute(&self, mut inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        let pool = &mut *ctx.pool;
        let ip = value_of(config, pool, "input-parameter");
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
