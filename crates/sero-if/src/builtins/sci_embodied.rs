//! `SciEmbodied`: a resource's embodied carbon (baseline plus extra vCPUs,
//! memory, SSDs, HDDs and GPUs), scaled by usage and by its share of the
//! lifespan.

use crate::builtin::{Builtin, Ctx, each_input, num};
use crate::config::Config;
use crate::error::Result;
use crate::pool::{Pool, Sym};
use crate::value::{Obs, Value};
use crate::zod::Issues;

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

/// The parameter metadata SciEmbodied declares in IF 1.1.0.
const SCI_EMBODIED: &str = r#"
inputs:
  vCPUs:
    description: number of CPUs allocated to an application
    unit: CPUs
    aggregation-method: {time: copy, component: copy}
  memory:
    description: RAM available for a resource, in GB
    unit: GB
    aggregation-method: {time: copy, component: copy}
  ssd:
    description: number of SSDs available for a resource
    unit: SSDs
    aggregation-method: {time: copy, component: copy}
  hdd:
    description: number of HDDs available for a resource
    unit: HDDs
    aggregation-method: {time: copy, component: copy}
  gpu:
    description: number of GPUs available for a resource
    unit: GPUs
    aggregation-method: {time: copy, component: copy}
  usage-ratio:
    description: a scaling factor that can be used to describe the ratio of actual resource usage comapred to real device usage, e.g. 0.25 if you are using 2 out of 8 vCPUs, 0.1 if you are responsible for 1 out of 10 GB of storage, etc
    unit: dimensionless
    aggregation-method: {time: copy, component: copy}
  time:
    description: a time unit to scale the embodied carbon by, in seconds. If not provided,time defaults to the value of the timestep duration.
    unit: seconds
    aggregation-method: {time: copy, component: copy}
outputs:
  embodied-carbon:
    description: embodied carbon for a resource, scaled by usage
    unit: gCO2eq
    aggregation-method: {time: sum, component: sum}
"#;

pub struct SciEmbodied;

impl Builtin for SciEmbodied {
    fn name(&self) -> &'static str {
        "SciEmbodied"
    }

    fn arithmetic(&self) -> Option<&'static [&'static str]> {
        Some(&[
            "baseline-vcpus",
            "baseline-memory",
            "baseline-emissions",
            "lifespan",
            "vcpu-emissions-constant",
            "memory-emissions-constant",
            "ssd-emissions-constant",
            "hdd-emissions-constant",
            "gpu-emissions-constant",
        ])
    }

    fn metadata(&self) -> Option<&'static str> {
        Some(SCI_EMBODIED)
    }

    /// The defaults it gives an input (`ssd`, `hdd`, `gpu`, `usage-ratio`, …).
    fn extra_fields(&self) -> usize {
        6
    }

    /// Every constant optional, defaulted and checked as the number its
    /// expression gives; only the valid ones are kept.
    fn validate_config(&self, config: &Config, pool: &mut Pool) -> Result<Config> {
        let mut issues = Issues::default();
        let mut out = Config::default();
        for (name, default, strictly_positive) in SCI_EMBODIED_DEFAULTS {
            let k = pool.sym(name);
            let v = match config.get(k).cloned() {
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
        let k = pool.sym("output-parameter");
        if let Some(op) = config.get(k).cloned()
            && issues.string("output-parameter", Some(&op), pool, false)
        {
            out.set(k, op);
        }
        issues.finish()?;
        Ok(out)
    }

    fn check_inputs(&self, _config: &Config, inputs: &mut [Obs], pool: &mut Pool) -> Result<()> {
        let fields: Vec<(Sym, &str, Option<f64>, bool)> = SCI_EMBODIED_INPUTS
            .iter()
            .map(|(n, d, strict)| (pool.sym(n), *n, *d, *strict))
            .collect();
        each_input(inputs, pool, |obs, index, pool| {
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
                for (k, _, default, _) in &fields {
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
            for (k, name, default, strict) in &fields {
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
        })
    }

    fn execute(&self, mut inputs: Vec<Obs>, config: &Config, ctx: &mut Ctx) -> Result<Vec<Obs>> {
        let pool = &mut *ctx.pool;
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
}
