//! User-facing words of the command line, in one place so they can be translated.

pub const TOTAL: &str = "Total";
pub const OPERATIONAL: &str = "operational";
pub const EMBODIED: &str = "embodied";
pub const ENERGY: &str = "energy";
pub const PER: &str = "Per";
pub const BY_SCOPE: &str = "By GHG Protocol scope";
pub const BY_CHANNEL: &str = "By channel";
pub const BY_QUALITY: &str = "By data quality";
pub const HOTSPOTS: &str = "Hotspots (largest first)";
pub const ASSUMPTIONS: &str = "Assumptions";
pub const WARNINGS: &str = "Warnings";
pub const EXPLAIN: &str = "How each figure was calculated";
pub const INTERVAL_90: &str = "90% interval";
pub const NO_INTERVAL: &str = "no interval (--samples 0)";
pub const PERIOD: &str = "Period";
pub const FUNCTIONAL_UNIT: &str = "functional unit";
pub const TRANSACTIONS: &str = "transactions";
pub const CHANNEL: &str = "channel";
pub const COMPONENT: &str = "component";
pub const MODEL: &str = "model";
pub const SHARE: &str = "share";
pub const QUALITY: &str = "quality";
pub const SCOPE: &str = "scope";
pub const ALL_CHANNELS: &str = "all";
pub const FORMULA: &str = "formula";
pub const INPUTS: &str = "inputs";
pub const FACTORS: &str = "factors";
pub const STEPS: &str = "steps";
pub const DEFAULT_MARK: &str = "(default)";
pub const ASSUMED_SPREAD: &str = "assumed range";
pub const SAMPLES: &str = "samples";
pub const SEED: &str = "seed";
pub const CHECK_OK: &str = "ok";
pub const COMPONENT_ONE: &str = "component";
pub const COMPONENT_MANY: &str = "components";
pub const CHANNEL_ONE: &str = "channel";
pub const CHANNEL_MANY: &str = "channels";

/// `1 component`, `3 components`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
pub const NOT_ESTIMATED: &str = "not estimated";
