//! An organisation's IT estate to annual emissions, by Tech Carbon Standard category and by
//! Greening Government ICT asset class.
//!
//! An inventory is a CSV of asset lines (laptops, servers, switches, cloud services…). Each
//! line becomes one component of a one-year service evaluated by `sero-core`'s models
//! (`end-user-device`, `server`, `electricity`), so defaults, grid factors and citations are
//! the ones a manifest gets. This crate never invents a figure: an asset with no published
//! archetype (printers, storage) must come with its own power and embodied emissions, and the
//! row is refused otherwise. It reads text and returns values; files belong to the caller.

pub mod assets;
pub mod csv;
pub mod estimate;
pub mod export;
pub mod row;
pub mod text;

pub use estimate::{Inventory, RowResult, estimate};
pub use row::{Row, RowError, parse};
