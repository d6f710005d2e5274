//! User-facing words of `sero energy`, `sero import prometheus` and `sero sci`.

pub const ENERGY_HINT_GRID: &str = "give `GBR` (DESNZ UK factors), another ISO 3166-1 alpha-3 code such as `FRA` (Ember annual average), or a number of gCO2e/kWh";
pub const ENERGY_HINT_WRITE: &str = "check that the folder exists and can be written to";
pub const ENERGY_HINT_COMMAND: &str = "put the command after `--`: `sero energy -- make test`";
pub const ENERGY_TITLE: &str = "Energy used by";
pub const ENERGY_EXIT: &str = "exit";
pub const ENERGY_EXIT_CODE: &str = "code";
pub const ENERGY_KILLED: &str = "killed by signal";
pub const ENERGY_DURATION: &str = "duration";
pub const ENERGY_CPU_TIME: &str = "CPU time";
pub const ENERGY_METHOD: &str = "method";
pub const ENERGY_MEASURED: &str = "MEASURED by RAPL, the command's share by CPU time";
pub const ENERGY_MODELLED: &str = "MODELLED, not measured: 50% of TDP × CPU time";
pub const ENERGY_ENERGY: &str = "energy";
pub const ENERGY_MACHINE: &str = "whole machine";
pub const ENERGY_WRAPS: &str = "counter wrap(s) corrected";
pub const ENERGY_CO2E: &str = "emissions";
pub const ENERGY_GRID: &str = "grid";
pub const ENERGY_WHY_MODEL: &str = "RAPL not used";

pub const PROMETHEUS_HINT_SYNTAX: &str = "the file should be Prometheus text exposition (format 0.0.4), as an exporter's /metrics serves it";
pub const PROMETHEUS_HINT_SOURCE: &str = "give exposition files or http(s):// URLs of exporters";
pub const PROMETHEUS_HINT_ACTIVITY: &str = "choose the metrics to write with --metric: node and per-workload metrics (host and process, node and container) cover the same energy, so writing them all would count it twice";
pub const PROMETHEUS_HINT_TIME: &str = "give --interval SECONDS (the time between the files' scrapes), or files whose samples carry timestamps";
pub const PROMETHEUS_HINT_METRIC: &str = "energy metrics end in _joules_total or _microjoules, power metrics in _watts or _microwatts (scaph_host_energy_microjoules, kepler_node_cpu_joules_total…)";
pub const PROMETHEUS_HINT_ORDER: &str =
    "give the scrapes in the order they were taken, each series once per scrape";
pub const PROMETHEUS_TITLE: &str = "Energy from Prometheus metrics";
pub const PROMETHEUS_SCRAPES: &str = "scrape(s)";
pub const PROMETHEUS_COUNTER: &str = "energy counter in";
pub const PROMETHEUS_GAUGE: &str = "power gauge in";
pub const PROMETHEUS_FROM: &str = "from";
pub const PROMETHEUS_TO: &str = "to";
pub const PROMETHEUS_MORE: &str = "more intervals (all of them with --format json)";
pub const PROMETHEUS_TOTALS: &str =
    "Totals per metric (never add metrics together: node and per-workload metrics overlap)";
pub const PROMETHEUS_METRIC: &str = "metric";
pub const PROMETHEUS_SERIES: &str = "series";
