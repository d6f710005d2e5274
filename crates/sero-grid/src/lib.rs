//! The GB grid's carbon intensity by half hour and region: a client for the Carbon Intensity
//! API.
//!
//! The API (<https://api.carbonintensity.org.uk>, documented at
//! <https://carbon-intensity.github.io/api-definitions/>) is run by the National Energy System
//! Operator (NESO) and published under CC BY 4.0. Its figures are gCO2/kWh of CO2 only, from
//! electricity generation, per half-hour settlement period: a forecast up to 48 hours ahead
//! and, nationally, an estimated actual from metered generation. They suit choosing *when* and
//! *where* to run work; the annual DESNZ factors (kgCO2e/kWh: CO2, CH4 and N2O,
//! location-based) remain what public bodies report.
//!
//! - [`Area`]: national, the 17 regions, or a postcode outward code, parsed from what people
//!   write.
//! - [`Client`]: a blocking client with timeouts, retries with backoff, 14-day range splitting
//!   and a cache of the half hours already fetched.
//! - [`best_window`]: the start that minimises the mean forecast intensity over a job.

mod api;
mod area;
mod cache;
mod client;
mod error;
mod window;

/// The time library of this crate's API, for callers that build timestamps and durations.
pub use jiff;

pub use api::{FuelShare, HalfHour, Index, Now};
pub use area::{Area, AreaError, REGIONS, Region, region_by_id};
pub use client::{Client, Config, DEFAULT_URL, FORECAST_HOURS, FORECAST_TTL, MAX_RANGE_DAYS};
pub use error::GridError;
pub use window::{JobLength, Window, WindowError, best_window, job_length};

/// The label of the API's figures in JSON documents (tables say it in the reader's language).
pub const UNIT_LABEL: &str = "gCO2/kWh (CO2 only, generation; Carbon Intensity API)";
/// The source of the API's figures, for citations.
pub const SOURCE: &str = "National Energy System Operator (NESO), Carbon Intensity API, \
     https://api.carbonintensity.org.uk (documentation: \
     https://carbon-intensity.github.io/api-definitions/), CC BY 4.0";
