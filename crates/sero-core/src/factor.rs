//! Factors: numbers taken from publications, with their provenance.
//!
//! A factor is data, never code: the bundled library and users' files both produce [`Factor`]
//! values, and models read them through a [`FactorLibrary`]. No model holds a published number
//! as a literal; the one exception is a structural constant of a reference implementation that
//! sero must reproduce exactly, and those are factors too (`swd-v4/...`).

use std::collections::HashMap;
use std::sync::Arc;

use crate::units::{Dimension, Unit, find_unit};

/// Where a number comes from.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Citation {
    pub publisher: String,
    pub title: String,
    /// Edition, version or year of the publication (`2025 condensed set`, `0.19.0`).
    pub edition: String,
    pub url: String,
}

/// How a factor's low–high range was obtained.
#[derive(Clone, Debug, PartialEq)]
pub enum Spread {
    /// The source publishes the range.
    Published,
    /// The source publishes none; sero applies a default relative spread, stated in the output.
    Assumed { relative: f64, reason: String },
}

/// A factor with value, unit, range and source.
#[derive(Clone, Debug, PartialEq)]
pub struct Factor {
    pub id: String,
    pub description: String,
    pub value: f64,
    /// Unit symbol, one of [`crate::units::UNITS`], or a compound such as `kWh/GB` or
    /// `kgCO2e/GBP` for factors that no model converts.
    pub unit: String,
    pub low: f64,
    pub high: f64,
    pub spread: Spread,
    pub citation: Citation,
    pub licence: String,
    /// Year the underlying data describe, when the source states it.
    pub data_year: Option<u16>,
    /// Free-form tags for filtering (`electricity`, `grid`, `device`, `swd`).
    pub tags: Vec<String>,
}

impl Factor {
    /// True when the source gives no range and sero applies a default spread.
    pub fn spread_assumed(&self) -> bool {
        matches!(self.spread, Spread::Assumed { .. })
    }

    /// True when the factor's unit is a known unit of `dimension`.
    pub fn unit_dimension(&self) -> Option<Dimension> {
        find_unit(&self.unit).map(|u| u.dimension)
    }

    /// The value, low and high converted into `target` units, if the units are compatible.
    pub fn in_unit(&self, target: &Unit) -> Option<(f64, f64, f64)> {
        if self.unit == target.symbol {
            return Some((self.value, self.low, self.high));
        }
        let from = find_unit(&self.unit)?;
        if from.dimension != target.dimension {
            return None;
        }
        let scale = from.in_base / target.in_base;
        Some((self.value * scale, self.low * scale, self.high * scale))
    }
}

/// Anything that can answer "what is factor `id`?".
pub trait FactorLibrary: Sync {
    fn get(&self, id: &str) -> Option<&Factor>;
    /// The factor, shared: what the explain trail keeps, without copying its texts.
    fn shared(&self, id: &str) -> Option<Arc<Factor>>;
    /// All factors, in a stable order.
    fn all(&self) -> Vec<&Factor>;
}

/// A plain in-memory library; later insertions override earlier ones with the same id.
#[derive(Clone, Debug, Default)]
pub struct FactorSet {
    order: Vec<String>,
    by_id: HashMap<String, Arc<Factor>>,
}

impl FactorSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds or replaces a factor. Returns the factor it replaced, if any.
    pub fn insert(&mut self, factor: Factor) -> Option<Factor> {
        let id = factor.id.clone();
        let previous = self.by_id.insert(id.clone(), Arc::new(factor));
        if previous.is_none() {
            self.order.push(id);
        }
        previous.map(Arc::unwrap_or_clone)
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
}

impl FactorLibrary for FactorSet {
    fn get(&self, id: &str) -> Option<&Factor> {
        self.by_id.get(id).map(Arc::as_ref)
    }

    fn shared(&self, id: &str) -> Option<Arc<Factor>> {
        self.by_id.get(id).cloned()
    }

    fn all(&self) -> Vec<&Factor> {
        self.order
            .iter()
            .filter_map(|id| self.by_id.get(id).map(Arc::as_ref))
            .collect()
    }
}
