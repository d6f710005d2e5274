//! A service as sero models it: a functional unit, a period, channels with volumes, and a tree
//! of components. Built by `sero-manifest` from a file, or by code.

use crate::impact::{Element, Scope};
use crate::model::Inputs;

/// A calendar date (proleptic Gregorian), checked and counted by `jiff`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD` (`YYYY-M-D` too), checking the day exists (years -9999 to 9999).
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        let date = Date { year, month, day };
        date.civil().map(|_| date)
    }

    /// The same day as `jiff`'s date, when it exists.
    pub fn civil(self) -> Option<jiff::civil::Date> {
        let year = i16::try_from(self.year).ok()?;
        let month = i8::try_from(self.month).ok()?;
        let day = i8::try_from(self.day).ok()?;
        jiff::civil::Date::new(year, month, day).ok()
    }

    /// Days since 1970-01-01. A date that does not exist (built field by field, such as
    /// 31 April) counts as the last day of its month, and a year outside -9999 to 9999 as
    /// the nearest of those.
    pub fn days_since_epoch(self) -> i64 {
        let year = self.year.clamp(-9999, 9999) as i16;
        let month = self.month.clamp(1, 12) as i8;
        let first = jiff::civil::Date::new(year, month, 1).unwrap_or_default();
        let day = (self.day.clamp(1, 31) as i8).min(first.days_in_month());
        let date = first.with().day(day).build().unwrap_or(first);
        let epoch = jiff::civil::date(1970, 1, 1);
        i64::from(date.since(epoch).map_or(0, |span| span.get_days()))
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
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

#[cfg(test)]
mod tests {
    use super::{Date, Period};

    fn date(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn days_are_counted_from_1970() {
        assert_eq!(date(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(date(1969, 12, 31).days_since_epoch(), -1);
        // 30 years with 7 leap days, then January and a leap February.
        assert_eq!(date(2000, 3, 1).days_since_epoch(), 30 * 365 + 7 + 31 + 29);
        // A day that does not exist counts as the last of its month.
        assert_eq!(
            date(2023, 4, 31).days_since_epoch(),
            date(2023, 4, 30).days_since_epoch()
        );
        let leap_year = Period {
            start: date(2024, 1, 1),
            end: date(2024, 12, 31),
        };
        assert_eq!(leap_year.days(), 366);
    }

    #[test]
    fn only_days_that_exist_parse() {
        assert_eq!(Date::parse(" 2024-02-29 "), Some(date(2024, 2, 29)));
        assert_eq!(Date::parse("2024-2-9"), Some(date(2024, 2, 9)));
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("1900-02-29"), None);
        assert_eq!(Date::parse("2000-02-29"), Some(date(2000, 2, 29)));
        assert_eq!(Date::parse("2024-13-01"), None);
        assert_eq!(Date::parse("2024-04-00"), None);
        assert_eq!(Date::parse("2024-04"), None);
        assert_eq!(date(2024, 2, 9).to_string(), "2024-02-09");
    }
}
