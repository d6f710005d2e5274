//! `Interpolation`: linear, natural cubic spline (`typescript-cubic-spline`
//! 1.0.1) and Lagrange polynomial through the configured points.

use crate::builtin::{Builtin, Ctx, each_input};
use crate::config::Config;
use crate::error::Result;
use crate::pool::{Pool, Sym};
use crate::value::{Obs, Value, seq_of};
use crate::zod::{Issues, require_config};

const METHODS: [&str; 3] = ["linear", "spline", "polynomial"];

fn numbers(v: Option<&Value>, pool: &Pool) -> Option<Vec<f64>> {
    match v {
        Some(Value::Seq(s)) => Some(s.items.iter().map(|v| v.to_number(pool)).collect()),
        _ => None,
    }
}

/// IF sorts `x` and `y` each on its own (`sortPoints`), so pairs given out
/// of order are re-paired: kept for parity.
fn sorted(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    v
}

pub struct Interpolation;

impl Builtin for Interpolation {
    fn name(&self) -> &'static str {
        "Interpolation"
    }

    fn arithmetic(&self) -> Option<&'static [&'static str]> {
        Some(&["input-parameter"])
    }

    fn validate_config(&self, config: &Config, pool: &mut Pool) -> Result<Config> {
        validate_config(config, pool)
    }

    fn check_inputs(&self, config: &Config, inputs: &mut [Obs], pool: &mut Pool) -> Result<()> {
        let check = InputCheck::new(config, pool);
        each_input(inputs, pool, |obs, index, pool| {
            check.check(obs, index, pool)
        })
    }

    fn execute(&self, inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        implement(inputs, config, ctx.pool)
    }
}

fn validate_config(config: &Config, pool: &mut Pool) -> Result<Config> {
    require_config(config)?;
    let kx = pool.sym("x");
    let ky = pool.sym("y");
    let km = pool.sym("method");
    let (Some(x), Some(y)) = (config.get(kx), config.get(ky)) else {
        let missing = if config.get(kx).is_none() { "x" } else { "y" };
        return Err(crate::error::IfError::new(
            "TypeError",
            format!("Cannot read properties of undefined (reading 'sort') (`{missing}`)"),
        ));
    };
    let mut issues = Issues::default();
    let method = config
        .get(km)
        .cloned()
        .filter(|v| !v.is_nullish())
        .unwrap_or_else(|| Value::str(pool, "linear"));
    issues.enumeration("method", Some(&method), &METHODS, pool);
    issues.array("x", Some(x), |i, p, v| {
        i.number(p, Some(v), None, None);
    });
    issues.array("y", Some(y), |i, p, v| {
        i.number(p, Some(v), None, None);
    });
    let ip = config.get(pool.sym("input-parameter")).cloned();
    issues.string("input-parameter", ip.as_ref(), pool, false);
    let op = config.get(pool.sym("output-parameter")).cloned();
    issues.string("output-parameter", op.as_ref(), pool, false);
    issues.finish()?;
    let xs = sorted(numbers(Some(x), pool).unwrap_or_default());
    let ys = sorted(numbers(Some(y), pool).unwrap_or_default());
    if xs.len() != ys.len() {
        return Err(crate::error::input_validation(
            "The length of `x` and `y` should be equal",
        ));
    }
    if xs.len() <= 1 {
        return Err(crate::error::input_validation(
            "the length of the input arrays must be greater than 1",
        ));
    }
    let mut out = Config::default();
    out.set(km, method);
    out.set(kx, seq_of(xs.into_iter().map(Value::Num).collect()));
    out.set(ky, seq_of(ys.into_iter().map(Value::Num).collect()));
    out.set(pool.sym("input-parameter"), ip.unwrap_or(Value::Undefined));
    out.set(pool.sym("output-parameter"), op.unwrap_or(Value::Undefined));
    Ok(out)
}

struct InputCheck {
    timestamp: Sym,
    duration: Sym,
    parameter: Option<(Sym, String)>,
    low: f64,
    high: f64,
    off: Sym,
}

impl InputCheck {
    fn new(config: &Config, pool: &mut Pool) -> InputCheck {
        let xs = numbers(config.get_str(pool, "x"), pool).unwrap_or_default();
        let parameter = config.get_str(pool, "input-parameter").cloned().map(|v| {
            let t = v.to_js_string(pool);
            (pool.sym(&t), t)
        });
        InputCheck {
            timestamp: pool.sym("timestamp"),
            duration: pool.sym("duration"),
            parameter,
            low: xs.first().copied().unwrap_or(f64::NAN),
            high: xs.last().copied().unwrap_or(f64::NAN),
            off: pool.sym("off"),
        }
    }

    fn check(&self, obs: &mut Obs, index: usize, pool: &mut Pool) -> Result<()> {
        let mut issues = Issues::at_index(Some(index));
        match obs.get(pool, self.timestamp) {
            Some(Value::Str(_) | Value::Date(_)) => {}
            other => issues.union_type("timestamp", "string", other),
        }
        issues.number("duration", obs.get(pool, self.duration), None, None);
        let mut value = None;
        if let Some((k, name)) = &self.parameter {
            let v = obs.get(pool, *k).cloned();
            match &v {
                Some(Value::Str(s)) if *s == self.off => value = v.clone(),
                Some(Value::Num(n)) if !n.is_nan() && *n >= 0.0 => value = v.clone(),
                Some(Value::Num(n)) if !n.is_nan() => {
                    issues.union(name, "Number must be greater than or equal to 0");
                }
                other => issues.union_type(name, "number", other.as_ref()),
            }
        }
        issues.finish()?;
        if let Some(Value::Num(n)) = value
            && !(n >= self.low && n <= self.high)
        {
            return Err(crate::error::input_validation(
                "The target x value must be within the range of the given x values",
            ));
        }
        Ok(())
    }
}

/// The natural cubic spline of `typescript-cubic-spline` 1.0.1, with its
/// Gaussian elimination, so results match it to the last bit.
pub struct Spline {
    xs: Vec<f64>,
    ys: Vec<f64>,
    ks: Vec<f64>,
}

impl Spline {
    pub fn new(xs: &[f64], ys: &[f64]) -> Spline {
        let n = xs.len() - 1;
        let mut a = vec![vec![0.0f64; n + 2]; n + 1];
        for i in 1..n {
            a[i][i - 1] = 1.0 / (xs[i] - xs[i - 1]);
            a[i][i] = 2.0 * (1.0 / (xs[i] - xs[i - 1]) + 1.0 / (xs[i + 1] - xs[i]));
            a[i][i + 1] = 1.0 / (xs[i + 1] - xs[i]);
            a[i][n + 1] = 3.0
                * ((ys[i] - ys[i - 1]) / ((xs[i] - xs[i - 1]) * (xs[i] - xs[i - 1]))
                    + (ys[i + 1] - ys[i]) / ((xs[i + 1] - xs[i]) * (xs[i + 1] - xs[i])));
        }
        a[0][0] = 2.0 / (xs[1] - xs[0]);
        a[0][1] = 1.0 / (xs[1] - xs[0]);
        a[0][n + 1] = (3.0 * (ys[1] - ys[0])) / ((xs[1] - xs[0]) * (xs[1] - xs[0]));
        a[n][n - 1] = 1.0 / (xs[n] - xs[n - 1]);
        a[n][n] = 2.0 / (xs[n] - xs[n - 1]);
        a[n][n + 1] = (3.0 * (ys[n] - ys[n - 1])) / ((xs[n] - xs[n - 1]) * (xs[n] - xs[n - 1]));
        let ks = solve(a, n + 1);
        Spline {
            xs: xs.to_vec(),
            ys: ys.to_vec(),
            ks,
        }
    }

    fn index_before(&self, target: f64) -> usize {
        let mut low = 0usize;
        let mut high = self.xs.len();
        while low < high {
            let mid = (low + high) / 2;
            if self.xs[mid] < target && mid != low {
                low = mid;
            } else if self.xs[mid] >= target && mid != high {
                high = mid;
            } else {
                high = low;
            }
        }
        low + 1
    }

    pub fn at(&self, x: f64) -> f64 {
        let i = self.index_before(x);
        if i >= self.xs.len() {
            return f64::NAN;
        }
        let (xs, ys, ks) = (&self.xs, &self.ys, &self.ks);
        let t = (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
        let a = ks[i - 1] * (xs[i] - xs[i - 1]) - (ys[i] - ys[i - 1]);
        let b = -ks[i] * (xs[i] - xs[i - 1]) + (ys[i] - ys[i - 1]);
        (1.0 - t) * ys[i - 1] + t * ys[i] + t * (1.0 - t) * (a * (1.0 - t) + b * t)
    }
}

fn solve(mut a: Vec<Vec<f64>>, m: usize) -> Vec<f64> {
    let mut ks = vec![0.0; m];
    let (mut h, mut k) = (0usize, 0usize);
    while h < m && k <= m {
        let mut i_max = 0;
        let mut max = f64::NEG_INFINITY;
        for (i, row) in a.iter().enumerate().take(m).skip(h) {
            let v = row[k].abs();
            if v > max {
                i_max = i;
                max = v;
            }
        }
        if a[i_max][k] == 0.0 {
            k += 1;
        } else {
            a.swap(h, i_max);
            let pivot = a[h].clone();
            for row in a.iter_mut().take(m).skip(h + 1) {
                let f = row[k] / pivot[k];
                row[k] = 0.0;
                for (cell, p) in row.iter_mut().zip(&pivot).take(m + 1).skip(k + 1) {
                    *cell -= p * f;
                }
            }
            h += 1;
            k += 1;
        }
    }
    for i in (0..m).rev() {
        let mut v = 0.0;
        if a[i][i] != 0.0 && !a[i][i].is_nan() {
            v = a[i][m] / a[i][i];
        }
        ks[i] = v;
        for j in (0..i).rev() {
            a[j][m] -= a[j][i] * v;
            a[j][i] = 0.0;
        }
    }
    ks
}

pub fn linear(xs: &[f64], ys: &[f64], p: f64) -> f64 {
    let (mut base_rate, mut base_cpu, mut ratio) = (0.0, 0.0, 0.0);
    for (i, &x) in xs.iter().enumerate() {
        if p == x {
            base_cpu = x;
            base_rate = ys[i];
        } else if let Some(&next) = xs.get(i + 1)
            && p > x
            && p < next
        {
            base_cpu = x;
            base_rate = ys[i];
            ratio = (ys[i + 1] - ys[i]) / (next - x);
        }
    }
    base_rate + (p - base_cpu) * ratio
}

pub fn polynomial(xs: &[f64], ys: &[f64], p: f64) -> f64 {
    let mut acc = 0.0;
    for (i, &x) in xs.iter().enumerate() {
        let mut prod = 1.0;
        for (j, &xj) in xs.iter().enumerate() {
            if j != i {
                prod = (prod * (p - xj)) / (x - xj);
            }
        }
        acc += ys[i] * prod;
    }
    acc
}

fn implement(mut inputs: Vec<Obs>, config: &Config, pool: &mut Pool) -> Result<Vec<Obs>> {
    // Sorted again: IF sorts the config's own arrays in place, so the
    // evaluated config it computes with has them sorted too.
    let xs = sorted(numbers(config.get_str(pool, "x"), pool).unwrap_or_default());
    let ys = sorted(numbers(config.get_str(pool, "y"), pool).unwrap_or_default());
    let method = config
        .get_str(pool, "method")
        .map(|v| v.to_js_string(pool))
        .unwrap_or_else(|| "linear".into());
    let ip = config
        .get_str(pool, "input-parameter")
        .cloned()
        .unwrap_or(Value::Undefined);
    let op = {
        let t = config
            .get_str(pool, "output-parameter")
            .map(|v| v.to_js_string(pool))
            .unwrap_or_else(|| "undefined".into());
        pool.sym(&t)
    };
    let off = pool.sym("off");
    let spline = (method == "spline").then(|| Spline::new(&xs, &ys));
    for obs in inputs.iter_mut() {
        let raw = match &ip {
            Value::Num(n) => Value::Num(*n),
            Value::Str(s) => obs.get(pool, *s).cloned().unwrap_or(Value::Undefined),
            _ => Value::Undefined,
        };
        if matches!(raw, Value::Str(s) if s == off) {
            if let Value::Str(k) = ip {
                obs.set(pool, k, Value::Num(0.0));
            }
            obs.set(pool, op, Value::Num(0.0));
            continue;
        }
        let p = raw.to_number(pool);
        let result = match method.as_str() {
            "spline" => spline.as_ref().map_or(f64::NAN, |s| s.at(p)),
            "polynomial" => polynomial(&xs, &ys, p),
            _ => linear(&xs, &ys, p),
        };
        obs.set(pool, op, Value::Num(result));
    }
    Ok(inputs)
}
