//! Measured energy for sero: what a command used, and what power meters report.
//!
//! - [`rapl`]: Linux powercap (RAPL) energy counters, with wrap-around corrected from
//!   `max_energy_range_uj` as Kepler and CodeCarbon do, and the rules that stop overlapping
//!   zones being counted twice.
//! - [`procfs`]: CPU time from `/proc` (the machine's, and the finished children's of this
//!   process), and the CPU model.
//! - [`measure`]: runs a command and gives it its share of the package energy by CPU time
//!   (Kepler's attribution), or, when RAPL cannot be read, CodeCarbon's TDP model.
//! - [`prometheus`]: the Prometheus text exposition format 0.0.4.
//! - [`series`]: Scaphandre's and Kepler's energy and power metrics as energy per interval.
//!
//! Nothing here panics on bad input: every error names the file (and line and column where
//! there is one) and says what to do.

pub mod constants;
pub mod http;
pub mod measure;
pub mod procfs;
pub mod prometheus;
pub mod rapl;
pub mod series;
pub mod text;

/// Joules in a kilowatt-hour.
pub const JOULES_PER_KWH: f64 = 3_600_000.0;
