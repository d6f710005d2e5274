//! A service as sero models it: a functional unit, a period, channels with volumes, and a tree
//! of components. Built by `sero-manifest` from a file, or by code.

use crate::impact::{Element, Scope};
use crate::model::Inputs;

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking the day exists.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        let date = Date { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(date)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The reporting period, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub start: Date,
    pub end: Date,
}

impl Period {
    pub fn days(&self) -> i64 {
        self.end.days_since_epoch() - self.start.days_since_epoch() + 1
    }

    pub fn hours(&self) -> f64 {
        self.days() as f64 * 24.0
    }
}

/// A way the service is delivered (online, phone, paper, face to face…).
#[derive(Clone, Debug, PartialEq)]
pub struct Channel {
    pub id: String,
    pub name: String,
    /// Transactions (functional units) delivered through the channel in the period.
    pub transactions: f64,
    /// Elements that do not apply to this channel (paper for an online form), so their absence
    /// is not a gap in its boundary.
    pub not_applicable: Vec<Element>,
}

/// What a component's inputs describe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The whole period: the figure is used as it is.
    Period,
    /// One transaction: the figure is multiplied by the transactions of its channel (or of all
    /// channels when it has none).
    Transaction,
}

impl Basis {
    pub fn key(self) -> &'static str {
        match self {
            Basis::Period => "period",
            Basis::Transaction => "transaction",
        }
    }
}

/// A leaf (a model with inputs) or a group of components.
#[derive(Clone, Debug, PartialEq)]
pub enum ComponentKind {
    Leaf { model: String, inputs: Inputs },
    Group(Vec<Component>),
}

/// One node of the component tree. Settings left `None` are inherited from the parent group.
#[derive(Clone, Debug, PartialEq)]
pub struct Component {
    pub id: String,
    pub name: Option<String>,
    pub kind: ComponentKind,
    pub channel: Option<String>,
    pub basis: Option<Basis>,
    /// This service's share of a shared component (a platform serving several services).
    pub share: Option<f64>,
    /// How a component serving several channels is split between them; by transactions when
    /// absent.
    pub allocation: Option<Vec<(String, f64)>>,
    /// Replaces the model's scopes for every part.
    pub scope: Option<Scope>,
    /// Replaces the model's elements for every part (`covers: hosting` on a reported figure).
    pub covers: Option<Element>,
}

impl Component {
    pub fn leaf(id: &str, model: &str, inputs: Inputs) -> Self {
        Component {
            id: id.to_owned(),
            name: None,
            kind: ComponentKind::Leaf {
                model: model.to_owned(),
                inputs,
            },
            channel: None,
            basis: None,
            share: None,
            allocation: None,
            scope: None,
            covers: None,
        }
    }
}

/// A digital (or not) public service to assess.
#[derive(Clone, Debug, PartialEq)]
pub struct Service {
    pub name: String,
    pub organisation: Option<String>,
    pub functional_unit: String,
    pub period: Period,
    pub channels: Vec<Channel>,
    pub components: Vec<Component>,
}

impl Service {
    pub fn total_transactions(&self) -> f64 {
        self.channels.iter().map(|c| c.transactions).sum()
    }
}
