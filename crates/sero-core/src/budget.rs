//! A limit on what a page or a journey may weigh: grams of CO2e or bytes, always with a unit.

use crate::page_report::PageReport;
use sero_message::{Message, msg};

/// A unit a budget may be written in: grams of CO2e or bytes, and how many of them it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BudgetUnit {
    pub symbol: &'static str,
    pub grams: bool,
    /// Grams or bytes in one of it.
    pub size: f64,
}

/// The units `--budget` takes. Sizes in kB, KB and MB are decimal, as sero reports bytes;
/// KiB and MiB are binary.
pub const BUDGET_UNITS: [BudgetUnit; 10] = [
    BudgetUnit {
        symbol: "g",
        grams: true,
        size: 1.0,
    },
    BudgetUnit {
        symbol: "gCO2e",
        grams: true,
        size: 1.0,
    },
    BudgetUnit {
        symbol: "kg",
        grams: true,
        size: 1e3,
    },
    BudgetUnit {
        symbol: "kgCO2e",
        grams: true,
        size: 1e3,
    },
    BudgetUnit {
        symbol: "B",
        grams: false,
        size: 1.0,
    },
    BudgetUnit {
        symbol: "kB",
        grams: false,
        size: 1e3,
    },
    BudgetUnit {
        symbol: "KB",
        grams: false,
        size: 1e3,
    },
    BudgetUnit {
        symbol: "MB",
        grams: false,
        size: 1e6,
    },
    BudgetUnit {
        symbol: "KiB",
        grams: false,
        size: 1024.0,
    },
    BudgetUnit {
        symbol: "MiB",
        grams: false,
        size: 1_048_576.0,
    },
];

/// A budget on a page's first view (or a journey): a limit in grams of CO2e or in bytes, kept
/// with the unit it was written in so that reports give the actual value in the same unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Budget {
    /// In the unit given.
    pub limit: f64,
    pub unit: BudgetUnit,
}

impl Budget {
    /// `0.3g`, `1 MB`, `500KiB`. A number without a unit is refused: `0.3` could be grams or
    /// bytes, and taking it as bytes would pass every page.
    pub fn parse(text: &str) -> Result<Budget, Message> {
        let trimmed = text.trim();
        let split = trimmed
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(trimmed.len());
        let (number, symbol) = trimmed.split_at(split);
        let symbol = symbol.trim();
        let limit: f64 = number
            .parse()
            .ok()
            .filter(|n: &f64| n.is_finite() && *n > 0.0)
            .ok_or_else(|| msg!("page-budget-not-a-number", budget = text))?;
        if symbol.is_empty() {
            return Err(msg!(
                "page-budget-without-unit",
                budget = text,
                number = number
            ));
        }
        let unit = BUDGET_UNITS
            .iter()
            .find(|u| u.symbol == symbol)
            .ok_or_else(|| msg!("page-budget-unknown-unit", budget = text, unit = symbol))?;
        Ok(Budget { limit, unit: *unit })
    }

    /// The value the budget limits, in the budget's unit, from grams and bytes.
    pub fn actual(self, co2e_g: f64, transfer_bytes: u64) -> f64 {
        let base = if self.unit.grams {
            co2e_g
        } else {
            transfer_bytes as f64
        };
        base / self.unit.size
    }

    /// How much of the budget the page uses (over 1: over budget).
    pub fn used(self, report: &PageReport) -> f64 {
        self.actual(report.co2e_g, report.transfer_bytes) / self.limit
    }
}
