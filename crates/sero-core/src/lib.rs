//! sero's core: quantities, impacts, the `Model` trait and every model, the evaluator with
//! channel attribution and allocation, and the Monte Carlo uncertainty.
//!
//! This crate never does I/O: no files, no network, no clock, no terminal. It takes values and
//! returns values, and bad data give errors or warnings, never a panic.

pub mod accounting;
pub mod activity;
pub mod budget;
pub mod compare;
pub mod ecoindex;
pub mod evaluate;
pub mod factor;
pub mod findings;
pub mod impact;
pub mod journey;
pub mod model;
pub mod models;
pub mod page;
pub mod page_report;
pub mod sci;
pub mod service;
pub mod timeseries;
pub mod units;

pub use activity::{ActivityFile, ActivityRow, ActivityValue};
pub use evaluate::{Assessment, AssumptionNote, Options, assess};
pub use factor::{Citation, Factor, FactorLibrary, FactorSet, Spread};
pub use impact::{DataQuality, Element, Impact, Kind, Part, Scope, Stage};
pub use model::{Context, InputValue, Inputs, Model, ModelError, ModelSpec};
pub use models::Registry;
pub use sero_message::{Arg, Message, msg};
pub use service::{Basis, Channel, Component, ComponentKind, Date, Period, Service};
