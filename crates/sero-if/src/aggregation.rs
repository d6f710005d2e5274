//! Aggregation methods of parameters (`time` and `component`), shared by the
//! engine's aggregation and by `TimeSync`.

use std::collections::HashMap;

use crate::pool::{Pool, Sym};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AggMethod {
    Sum,
    Avg,
    None,
    Copy,
}

impl AggMethod {
    pub fn parse(s: &str) -> Option<AggMethod> {
        Some(match s {
            "sum" => AggMethod::Sum,
            "avg" => AggMethod::Avg,
            "none" => AggMethod::None,
            "copy" => AggMethod::Copy,
            _ => return None,
        })
    }
}

/// Aggregation methods of parameters, from every initialized plugin's
/// metadata (later plugins override earlier ones, as in IF).
#[derive(Default)]
pub struct Aggregation {
    pub methods: HashMap<Sym, (AggMethod, AggMethod)>,
    warned: Vec<Sym>,
    pub warnings: Vec<String>,
}

impl Aggregation {
    fn get(&mut self, key: Sym, pool: &Pool) -> (AggMethod, AggMethod) {
        if let Some(m) = self.methods.get(&key) {
            return *m;
        }
        if !self.warned.contains(&key) {
            self.warned.push(key);
            self.warnings.push(format!(
                "Unknown parameter: {}. Omitting from the output.",
                pool.str(key)
            ));
        }
        (AggMethod::Copy, AggMethod::Copy)
    }

    pub fn time_method(&mut self, key: Sym, pool: &Pool) -> AggMethod {
        self.get(key, pool).0
    }

    /// TimeSync sets `duration`'s time method to `sum` in the shared store.
    pub fn force_time_sum(&mut self, key: Sym) {
        if let Some(m) = self.methods.get_mut(&key) {
            m.0 = AggMethod::Sum;
        }
    }
}
