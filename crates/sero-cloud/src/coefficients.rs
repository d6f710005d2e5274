//! Cloud Carbon Footprint's coefficients, read from the CSV tables in `data/` (compiled in).
//!
//! Every table carries its source (repository, path, commit, licence) in its header comment.

use std::collections::HashMap;

use crate::Provider;

const CONSTANTS: &str = include_str!("../data/constants.csv");
const REGIONS: &str = include_str!("../data/regions.csv");
const REPLICATION: &str = include_str!("../data/replication.csv");

/// The rows of a bundled table: comment lines (`#`) and the header skipped, fields split on commas.
pub(crate) fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split(',').map(str::trim).collect())
}

fn number(text: &str, table: &str) -> f64 {
    // The tables are part of the program and tested; a bad number is a bug, caught by the tests.
    text.parse()
        .unwrap_or_else(|_| panic!("bundled table {table}: `{text}` is not a number"))
}

/// A region's grid factor, PUE and country.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Region {
    pub grid_t_per_kwh: f64,
    pub pue: Option<f64>,
    pub country: Option<&'static str>,
}

/// A replication rule.
#[derive(Clone, Debug)]
pub struct Replication {
    pub provider: Provider,
    pub service: &'static str,
    pub contains: &'static str,
    pub factor: f64,
}

/// Every coefficient, by provider.
#[derive(Debug)]
pub struct Coefficients {
    constants: HashMap<(Provider, &'static str), f64>,
    shared: HashMap<&'static str, f64>,
    regions: HashMap<Provider, HashMap<&'static str, Region>>,
    pub replication: Vec<Replication>,
}

impl Coefficients {
    /// The bundled tables.
    pub fn bundled() -> Self {
        let mut constants = HashMap::new();
        let mut shared = HashMap::new();
        for row in rows(CONSTANTS) {
            let value = number(row[2], "constants.csv");
            match Provider::parse(row[0]) {
                Some(p) => {
                    constants.insert((p, row[1]), value);
                }
                None => {
                    shared.insert(row[1], value);
                }
            }
        }
        let mut regions: HashMap<Provider, HashMap<&'static str, Region>> = HashMap::new();
        for row in rows(REGIONS) {
            regions
                .entry(Provider::parse(row[0]).expect("regions.csv: provider"))
                .or_default()
                .insert(
                    row[1],
                    Region {
                        grid_t_per_kwh: number(row[2], "regions.csv"),
                        pue: (!row[3].is_empty()).then(|| number(row[3], "regions.csv")),
                        country: (!row[4].is_empty()).then_some(row[4]),
                    },
                );
        }
        let replication = rows(REPLICATION)
            .map(|row| Replication {
                provider: Provider::parse(row[0]).expect("replication.csv: provider"),
                service: row[1],
                contains: row[2],
                factor: number(row[3], "replication.csv"),
            })
            .collect();
        Coefficients {
            constants,
            shared,
            regions,
            replication,
        }
    }

    /// A provider's constant (`pue`, `min_watts_fallback`, …).
    pub fn constant(&self, provider: Provider, name: &str) -> f64 {
        self.constants
            .get(&(provider, name))
            .or_else(|| self.shared.get(name))
            .copied()
            .unwrap_or_else(|| panic!("constants.csv has no `{name}` for {provider:?}"))
    }

    /// The region's figures, or `None` when CCF has none (the caller uses `unknown`).
    pub fn region(&self, provider: Provider, region: &str) -> Option<&Region> {
        self.regions.get(&provider)?.get(region)
    }

    /// The provider's figures for a region CCF does not list.
    pub fn unknown_region(&self, provider: Provider) -> &Region {
        &self.regions[&provider]["unknown"]
    }

    /// The replication factor of a storage line.
    pub fn replication_factor(&self, provider: Provider, service: &str, usage: &str) -> f64 {
        self.replication
            .iter()
            .find(|r| {
                r.provider == provider
                    && (r.service == "*" || service.eq_ignore_ascii_case(r.service))
                    && (r.contains.is_empty() || usage.contains(r.contains))
            })
            .map_or(1.0, |r| r.factor)
    }
}
