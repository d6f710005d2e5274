//! What a model returns: emissions and energy, split by kind, scope and lifecycle stage.

use std::fmt;

use sero_message::{Message, msg};

/// Operational emissions come from running things; embodied ones from making them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Operational,
    Embodied,
}

/// GHG Protocol scope, with the Scope 3 category (1–15) where there is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    Scope1,
    Scope2,
    Scope3(u8),
}

impl Scope {
    /// A stable machine key: `scope-2`, `scope-3-cat-1`.
    pub fn key(self) -> String {
        match self {
            Scope::Scope1 => "scope-1".to_owned(),
            Scope::Scope2 => "scope-2".to_owned(),
            Scope::Scope3(category) => format!("scope-3-cat-{category}"),
        }
    }

    /// Parses a key as written by [`Scope::key`], or `3.1`, `scope 3 category 1`.
    pub fn parse(text: &str) -> Option<Scope> {
        let digits: Vec<u8> = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().ok())
            .collect::<Option<_>>()?;
        match digits.as_slice() {
            [1] => Some(Scope::Scope1),
            [2] => Some(Scope::Scope2),
            [3, category] if (1..=15).contains(category) => Some(Scope::Scope3(*category)),
            _ => None,
        }
    }

    /// The GHG Protocol's name of a Scope 3 category.
    /// The scope's name for people: "Scope 2", "Scope 3, category 11: use of sold products".
    pub fn message(self) -> Message {
        match self {
            Scope::Scope1 => msg!("scope-1"),
            Scope::Scope2 => msg!("scope-2"),
            Scope::Scope3(category) => msg!("scope-3-category", category = category),
        }
    }

    pub fn category_name(self) -> Option<&'static str> {
        let Scope::Scope3(category) = self else {
            return None;
        };
        Some(match category {
            1 => "purchased goods and services",
            2 => "capital goods",
            3 => "fuel- and energy-related activities",
            4 => "upstream transportation and distribution",
            5 => "waste generated in operations",
            6 => "business travel",
            7 => "employee commuting",
            8 => "upstream leased assets",
            9 => "downstream transportation and distribution",
            10 => "processing of sold products",
            11 => "use of sold products",
            12 => "end-of-life treatment of sold products",
            13 => "downstream leased assets",
            14 => "franchises",
            _ => "investments",
        })
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scope::Scope1 => f.write_str("Scope 1"),
            Scope::Scope2 => f.write_str("Scope 2"),
            Scope::Scope3(category) => write!(f, "Scope 3 cat {category}"),
        }
    }
}

/// Lifecycle stage (after EN 15978 / ITU-T L.1410 usage: production, use, end of life).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    Production,
    Use,
    EndOfLife,
}

impl Stage {
    pub fn key(self) -> &'static str {
        match self {
            Stage::Production => "production",
            Stage::Use => "use",
            Stage::EndOfLife => "end-of-life",
        }
    }
}

/// What part of a service's delivery a slice of its footprint belongs to. Channels are
/// compared on equal terms only when each includes the same elements (its *boundary*).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Element {
    CitizenDevice,
    CitizenTravel,
    Network,
    Hosting,
    StaffTime,
    StaffDevice,
    StaffTravel,
    Paper,
    Post,
    Building,
    Other,
}

impl Element {
    pub const ALL: [Element; 11] = [
        Element::CitizenDevice,
        Element::CitizenTravel,
        Element::Network,
        Element::Hosting,
        Element::StaffTime,
        Element::StaffDevice,
        Element::StaffTravel,
        Element::Paper,
        Element::Post,
        Element::Building,
        Element::Other,
    ];

    /// The key used in manifests and JSON (`citizen-device`).
    pub fn key(self) -> &'static str {
        match self {
            Element::CitizenDevice => "citizen-device",
            Element::CitizenTravel => "citizen-travel",
            Element::Network => "network",
            Element::Hosting => "hosting",
            Element::StaffTime => "staff-time",
            Element::StaffDevice => "staff-device",
            Element::StaffTravel => "staff-travel",
            Element::Paper => "paper",
            Element::Post => "post",
            Element::Building => "building",
            Element::Other => "other",
        }
    }

    /// What the element is called in sentences ("citizens' devices").
    pub fn message(self) -> Message {
        match self {
            Element::CitizenDevice => msg!("element-citizen-device"),
            Element::CitizenTravel => msg!("element-citizen-travel"),
            Element::Network => msg!("element-network"),
            Element::Hosting => msg!("element-hosting"),
            Element::StaffTime => msg!("element-staff-time"),
            Element::StaffDevice => msg!("element-staff-device"),
            Element::StaffTravel => msg!("element-staff-travel"),
            Element::Paper => msg!("element-paper"),
            Element::Post => msg!("element-post"),
            Element::Building => msg!("element-building"),
            Element::Other => msg!("element-other"),
        }
    }

    pub fn parse(text: &str) -> Option<Element> {
        Element::ALL.into_iter().find(|e| e.key() == text)
    }

    pub fn keys() -> Vec<&'static str> {
        Element::ALL.iter().map(|e| e.key()).collect()
    }
}

/// How good the activity data behind a figure are (WPPN 12/21 tiers, most accurate first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DataQuality {
    /// Measured or supplier-specific data (Tier 3).
    Measured,
    /// Average data times activity (Tier 2): sero's models.
    Modelled,
    /// Money times a spend-based factor (Tier 1), the least accurate.
    SpendBased,
}

impl DataQuality {
    pub fn key(self) -> &'static str {
        match self {
            DataQuality::Measured => "measured",
            DataQuality::Modelled => "modelled",
            DataQuality::SpendBased => "spend-based",
        }
    }

    /// The tier's name for people.
    pub fn message(self) -> Message {
        match self {
            DataQuality::Measured => msg!("quality-measured"),
            DataQuality::Modelled => msg!("quality-modelled"),
            DataQuality::SpendBased => msg!("quality-spend-based"),
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "measured" => Some(DataQuality::Measured),
            "modelled" => Some(DataQuality::Modelled),
            "spend-based" => Some(DataQuality::SpendBased),
            _ => None,
        }
    }
}

/// Adds numbers left to right from +0.0 (`Iterator::sum` starts from -0.0, which would show
/// as "-0" in reports for an empty list).
pub fn total(values: impl Iterator<Item = f64>) -> f64 {
    values.fold(0.0, |sum, value| sum + value)
}

/// One slice of an impact: a segment of a model, with its own scope and stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// Which element of the service's delivery it belongs to.
    pub element: Element,
    /// What the slice is (`data centre, operational`, `device electricity`).
    pub label: &'static str,
    pub kind: Kind,
    pub scope: Scope,
    pub stage: Stage,
    pub co2e_kg: f64,
    pub energy_kwh: f64,
}

/// The result of one model evaluation.
#[derive(Clone, Debug, PartialEq)]
pub struct Impact {
    pub parts: Vec<Part>,
    pub quality: DataQuality,
}

impl Impact {
    pub fn new(quality: DataQuality) -> Self {
        Impact {
            parts: Vec::new(),
            quality,
        }
    }

    /// Adds a slice at the stage its kind implies (operational: use; embodied: production);
    /// builder style.
    pub fn part(
        self,
        element: Element,
        label: &'static str,
        kind: Kind,
        scope: Scope,
        co2e_kg: f64,
        energy_kwh: f64,
    ) -> Self {
        let stage = match kind {
            Kind::Operational => Stage::Use,
            Kind::Embodied => Stage::Production,
        };
        self.part_at(stage, element, label, kind, scope, co2e_kg, energy_kwh)
    }

    pub fn co2e_kg(&self) -> f64 {
        total(self.parts.iter().map(|p| p.co2e_kg))
    }

    pub fn kind_co2e_kg(&self, kind: Kind) -> f64 {
        total(
            self.parts
                .iter()
                .filter(|p| p.kind == kind)
                .map(|p| p.co2e_kg),
        )
    }

    pub fn energy_kwh(&self) -> f64 {
        total(self.parts.iter().map(|p| p.energy_kwh))
    }

    /// Adds a slice at a given lifecycle stage (end of life, say); builder style.
    #[allow(clippy::too_many_arguments)]
    pub fn part_at(
        mut self,
        stage: Stage,
        element: Element,
        label: &'static str,
        kind: Kind,
        scope: Scope,
        co2e_kg: f64,
        energy_kwh: f64,
    ) -> Self {
        self.parts.push(Part {
            element,
            label,
            kind,
            scope,
            stage,
            co2e_kg,
            energy_kwh,
        });
        self
    }

    /// Multiplies every slice by `factor` (volume, share).
    pub fn scale(&mut self, factor: f64) {
        for part in &mut self.parts {
            part.co2e_kg *= factor;
            part.energy_kwh *= factor;
        }
    }
}
