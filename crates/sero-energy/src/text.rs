//! User-facing words of this crate (errors' hints, warnings, assumptions), in one place so
//! they can be translated.

use crate::constants::Constant;

pub const HINT_NO_RAPL: &str = "RAPL is not exposed here (most virtual machines and non-Linux systems); \
     sero uses the TDP model instead, or point SERO_POWERCAP_ROOT at a powercap tree";
pub const HINT_RAPL_PERMISSION: &str = "since 2020 (CVE-2020-8694) `energy_uj` is readable by root only on most kernels: \
     run as root, or grant read access with `sudo chmod a+r /sys/class/powercap/intel-rapl:*/energy_uj`";
pub const HINT_RAPL_MALFORMED: &str =
    "the powercap tree is not what Linux writes; check SERO_POWERCAP_ROOT";
pub const HINT_PROC: &str = "sero energy reads CPU time from /proc and runs on Linux only";
pub const HINT_SPAWN: &str =
    "check the command's name and that it is on PATH; everything after `--` is run as given";
pub const HINT_TDP: &str = "give the processor's TDP in watts, such as `--tdp 65`";

pub const WARN_MODEL: &str = "energy MODELLED from the processor's TDP and the command's CPU time \
     (CodeCarbon's constant model): not a measurement, because RAPL could not be read";
pub const WARN_TDP_IGNORED: &str = "--tdp is ignored: RAPL was readable, so the energy is measured";
pub const WARN_NO_CPU_TIME: &str =
    "the command used less CPU time than /proc counts (10 ms), so its energy shows as 0";
pub const WARN_SHARE_CLAMPED: &str = "the command's CPU time exceeded the machine's over the run (rounding of /proc ticks); its share is capped at 100%";

/// The assumption of a TDP from the per-logical-CPU default.
pub fn assumed_tdp_per_thread(model: &str, cpus: usize, tdp: f64, c: &Constant) -> String {
    format!(
        "assumed: TDP {tdp} W for `{model}` ({cpus} logical CPUs × {} {}), {} ({}, {} {}, {}); sero has no TDP for this model: give it with --tdp",
        c.value, c.unit, c.what, c.publisher, c.title, c.edition, c.url
    )
}

/// The assumption of the default TDP for an unidentified processor.
pub fn assumed_tdp_default(c: &Constant) -> String {
    format!(
        "assumed: TDP {} {}, {} ({}, {} {}, {}); /proc/cpuinfo names no model: give the TDP with --tdp",
        c.value, c.unit, c.what, c.publisher, c.title, c.edition, c.url
    )
}

/// The assumption of the average power as a fraction of TDP.
pub fn assumed_tdp_fraction(c: &Constant) -> String {
    format!(
        "assumed: average power = {} × TDP × the command's share of the logical CPUs, {} ({}, {} {}, {})",
        c.value, c.what, c.publisher, c.title, c.edition, c.url
    )
}

pub const HINT_FETCH: &str = "check the exporter's address (Scaphandre serves :8080/metrics, Kepler :28282/metrics) and that it is running";
