//! Rows to annual emissions. Each row becomes one component of a one-year service, evaluated
//! by `sero_core::assess` with the same model and inputs a manifest component would use, so
//! the DESNZ or Ember grid factors, the defaults and the explain trail are sero's usual ones.

use std::sync::Arc;

use sero_core::evaluate::{Options, assess};
use sero_core::factor::{Factor, FactorLibrary};
use sero_core::impact::{Kind, Scope};
use sero_core::model::{InputValue, Inputs};
use sero_core::models::Registry;
use sero_core::service::{Basis, Component, Date, Period, Service};
use sero_core::{Arg, Message, msg};

use crate::assets::{Class, GgcClass, Hosting, Route, TcsCategory};
use crate::row::{Location, Row, RowError};
use crate::text;

/// The year every inventory describes: 365 days, so a server's embodied share is exactly one
/// year of its life.
const YEAR: Period = Period {
    start: Date {
        year: 2025,
        month: 1,
        day: 1,
    },
    end: Date {
        year: 2025,
        month: 12,
        day: 31,
    },
};

/// The result of one row.
#[derive(Clone, Debug)]
pub struct RowResult {
    pub line: usize,
    pub asset: &'static str,
    /// The row's `model` column (make and model), as given.
    pub description: Option<String>,
    pub count: f64,
    pub hosting: Option<Hosting>,
    /// The sero model the row was evaluated with, and its inputs.
    pub model: &'static str,
    pub inputs: Inputs,
    /// A scope that replaces the model's (a supplier's electricity is Scope 3 category 1).
    pub scope: Option<Scope>,
    /// Where embodied emissions and end of life go; none for a service line.
    pub upstream: Option<TcsCategory>,
    /// Where the electricity goes.
    pub operational: TcsCategory,
    pub ggc: GgcClass,
    pub embodied_kg: f64,
    pub operational_kg: f64,
    pub energy_kwh: f64,
    /// End of life of the units disposed this year (DESNZ waste factors).
    pub waste_kg: f64,
    pub disposed: f64,
    pub disposed_kg: Option<f64>,
    pub route: Option<Route>,
    pub assumptions: Vec<Message>,
    pub warnings: Vec<Message>,
    /// Every published figure the row used, with its source.
    pub factors: Vec<Arc<Factor>>,
}

impl RowResult {
    pub fn co2e_kg(&self) -> f64 {
        self.embodied_kg + self.operational_kg + self.waste_kg
    }

    /// The row's emissions in `category`.
    pub fn in_category(&self, category: TcsCategory) -> f64 {
        let mut kg = 0.0;
        if self.upstream == Some(category) {
            kg += self.embodied_kg + self.waste_kg;
        }
        if self.operational == category {
            kg += self.operational_kg;
        }
        kg
    }
}

/// An evaluated inventory.
#[derive(Clone, Debug)]
pub struct Inventory {
    pub rows: Vec<RowResult>,
}

impl Inventory {
    pub fn co2e_kg(&self) -> f64 {
        self.rows.iter().map(RowResult::co2e_kg).sum()
    }

    pub fn energy_kwh(&self) -> f64 {
        self.rows.iter().map(|r| r.energy_kwh).sum()
    }

    /// Categories with at least one row, with their emissions.
    pub fn by_category(&self) -> Vec<(TcsCategory, f64)> {
        TcsCategory::ALL
            .into_iter()
            .filter(|c| {
                self.rows
                    .iter()
                    .any(|r| r.upstream == Some(*c) || r.operational == *c)
            })
            .map(|c| (c, self.rows.iter().map(|r| r.in_category(c)).sum()))
            .collect()
    }

    /// Rows of one Greening Government ICT asset class.
    pub fn of_class(&self, class: GgcClass) -> impl Iterator<Item = &RowResult> {
        self.rows.iter().filter(move |r| r.ggc == class)
    }

    /// Every assumption, once, in order of first use.
    pub fn assumptions(&self) -> Vec<Message> {
        let mut all: Vec<Message> = Vec::new();
        for row in &self.rows {
            for a in &row.assumptions {
                if !all.contains(a) {
                    all.push(a.clone());
                }
            }
        }
        all
    }

    /// Every factor used, once, in order of first use.
    pub fn factors(&self) -> Vec<Arc<Factor>> {
        let mut all: Vec<Arc<Factor>> = Vec::new();
        for row in &self.rows {
            for f in &row.factors {
                if !all.iter().any(|g| g.id == f.id) {
                    all.push(f.clone());
                }
            }
        }
        all
    }
}

/// What one row becomes before evaluation.
struct Plan {
    model: &'static str,
    inputs: Inputs,
    scope: Option<Scope>,
    upstream: Option<TcsCategory>,
    operational: TcsCategory,
    ggc: GgcClass,
    assumptions: Vec<Message>,
    factors: Vec<Arc<Factor>>,
}

/// Evaluates `rows` with the bundled models and `library`. A row a model refuses is an error
/// naming its line; no row is left out of the totals silently.
pub fn estimate(rows: &[Row], library: &dyn FactorLibrary) -> Result<Inventory, Vec<RowError>> {
    let registry = Registry::bundled();
    let mut plans = Vec::with_capacity(rows.len());
    let mut errors = Vec::new();
    for row in rows {
        match plan(row, library) {
            Ok(p) => plans.push(p),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let components = rows
        .iter()
        .zip(&plans)
        .map(|(row, plan)| {
            let mut component = Component::leaf(
                &format!("line-{}", row.line),
                plan.model,
                plan.inputs.clone(),
            );
            component.basis = Some(Basis::Period);
            component.scope = plan.scope;
            component
        })
        .collect();
    let service = Service {
        name: "inventory".to_owned(),
        organisation: None,
        functional_unit: "year".to_owned(),
        period: YEAR,
        channels: Vec::new(),
        components,
    };
    // Factors, assumptions and warnings are kept either way; the formula and step texts of the
    // explain trail are not shown by this report, so they are not formatted.
    let options = Options {
        samples: 0,
        seed: 1,
        explain: false,
    };
    let assessment = assess(&service, &registry, library, options);
    let mut results = Vec::with_capacity(rows.len());
    for ((row, plan), component) in rows.iter().zip(plans).zip(&assessment.components) {
        if let Some(error) = &component.error {
            errors.push(RowError {
                line: row.line,
                column: None,
                message: text::model_refused(plan.model, error.message()),
                hint: text::model_refused_hint(),
            });
            continue;
        }
        let mut assumptions = plan.assumptions;
        for a in &component.assumptions {
            if !assumptions.contains(a) {
                assumptions.push(a.clone());
            }
        }
        let mut factors = plan.factors;
        for f in &component.explanation.factors {
            if !factors.iter().any(|g| g.id == f.id) {
                factors.push(f.clone());
            }
        }
        // The usual range of `minutes` describes one transaction; here it is a year of a
        // whole fleet, so that warning says nothing about the row.
        let mut warnings: Vec<Message> = component
            .warnings
            .iter()
            .filter(|w| {
                !(w.id() == "warning-input-outside-usual-range"
                    && w.get("input") == Some(&Arg::Text("minutes".to_owned())))
            })
            .cloned()
            .collect();
        let (waste_kg, route) = waste(row, library, &mut factors, &mut assumptions, &mut warnings);
        let impact = &component.impact;
        // Quantities too large for the arithmetic (a count of 1e308) give infinite totals:
        // refused with the row, never reported.
        let figures = [
            impact.kind_co2e_kg(Kind::Embodied),
            impact.kind_co2e_kg(Kind::Operational),
            impact.energy_kwh(),
            waste_kg,
        ];
        if figures.iter().any(|x| !x.is_finite()) {
            errors.push(RowError {
                line: row.line,
                column: None,
                message: text::not_finite(),
                hint: text::not_finite_hint(),
            });
            continue;
        }
        results.push(RowResult {
            line: row.line,
            asset: row.asset.name,
            description: row.model.clone(),
            count: row.count,
            hosting: row.hosting_or_default(),
            model: plan.model,
            inputs: plan.inputs,
            scope: plan.scope,
            upstream: plan.upstream,
            operational: plan.operational,
            ggc: plan.ggc,
            embodied_kg: impact.kind_co2e_kg(Kind::Embodied),
            operational_kg: impact.kind_co2e_kg(Kind::Operational),
            energy_kwh: impact.energy_kwh(),
            waste_kg,
            disposed: row.disposed.unwrap_or(0.0),
            disposed_kg: row.disposed_kg,
            route,
            assumptions,
            warnings,
            factors,
        });
    }
    if errors.is_empty() {
        Ok(Inventory { rows: results })
    } else {
        Err(errors)
    }
}

/// A factor's value in `unit`, recording the factor for the row's citations.
fn factor(
    library: &dyn FactorLibrary,
    id: &str,
    unit: &str,
    used: &mut Vec<Arc<Factor>>,
    line: usize,
) -> Result<f64, RowError> {
    let missing = || RowError {
        line,
        column: None,
        message: text::missing_factor(id, unit),
        hint: text::missing_factor_hint(),
    };
    let shared = library.shared(id).ok_or_else(missing)?;
    if shared.unit != unit {
        return Err(missing());
    }
    let value = shared.value;
    if !used.iter().any(|f| f.id == id) {
        used.push(shared);
    }
    Ok(value)
}

fn grid(row: &Row, inputs: &mut Inputs) {
    match &row.location {
        Some(Location::Code(code)) => inputs.set("grid", InputValue::Text(code.clone())),
        Some(Location::GramsPerKwh(g)) => inputs.set("grid", InputValue::Number(*g)),
        None => {}
    }
}

fn plan(row: &Row, library: &dyn FactorLibrary) -> Result<Plan, RowError> {
    let mut inputs = Inputs::new();
    let mut assumptions = Vec::new();
    let mut factors = Vec::new();
    let line = row.line;
    grid(row, &mut inputs);
    // Straight-line amortisation: a unit older than its life has no embodied share left.
    let amortised = |lifetime: f64, assumptions: &mut Vec<Message>| -> bool {
        match row.age_years {
            Some(age) if age >= lifetime => {
                assumptions.push(msg!(
                    "inventory-fully-amortised",
                    line = line,
                    age = Arg::Exact(age),
                    lifetime = Arg::Exact(lifetime)
                ));
                true
            }
            _ => false,
        }
    };
    match row.class() {
        Class::Device { archetype } => {
            let factor_name = match archetype {
                "desktop-without-monitor" => "desktop",
                other => other,
            };
            let prefix = format!("device/{factor_name}");
            let hours = match row.hours_per_year {
                Some(h) => h,
                None => factor(
                    library,
                    &format!("{prefix}/usage"),
                    "h/year",
                    &mut factors,
                    line,
                )?,
            };
            let lifetime = match row.life_years {
                Some(l) => l,
                None => factor(
                    library,
                    &format!("{prefix}/lifetime"),
                    "years",
                    &mut factors,
                    line,
                )?,
            };
            inputs.set("device", InputValue::Text(archetype.to_owned()));
            inputs.set("owner", InputValue::Text("organisation".to_owned()));
            inputs.set("minutes", InputValue::Number(row.count * hours * 60.0));
            if let Some(h) = row.hours_per_year {
                inputs.set("hours_per_year", InputValue::Number(h));
            }
            if let Some(p) = row.power_w {
                inputs.set("power", InputValue::Number(p));
            }
            if let Some(l) = row.life_years {
                inputs.set("lifetime", InputValue::Number(l));
            }
            if amortised(lifetime, &mut assumptions) {
                inputs.set("embodied", InputValue::Number(0.0));
            } else if let Some(e) = row.embodied_kg {
                inputs.set("embodied", InputValue::Number(e));
            }
            let (upstream, operational) = (
                TcsCategory::EmployeeHardware,
                TcsCategory::OnsiteEmployeeHardware,
            );
            Ok(Plan {
                model: "end-user-device",
                inputs,
                scope: None,
                upstream: Some(upstream),
                operational,
                ggc: row.asset.ggc,
                assumptions,
                factors,
            })
        }
        class @ (Class::Network { .. } | Class::Server | Class::Storage | Class::Printer) => {
            // The archetype whose factors fill what the row leaves out. Switches, routers and
            // firewalls have none (no open data): the row gives power, embodied and life.
            let prefix = match class {
                Class::Network { archetype } => archetype,
                Class::Printer => Some("printer"),
                _ => Some("server"),
            };
            let is_network = matches!(class, Class::Network { .. });
            let archetype_factor = |id: &str,
                                    unit: &str,
                                    factors: &mut Vec<Arc<Factor>>|
             -> Result<f64, RowError> {
                match prefix {
                    Some(prefix) => factor(library, &format!("{prefix}/{id}"), unit, factors, line),
                    // The row's columns were checked when it was read.
                    None => Ok(0.0),
                }
            };
            let power = match row.power_w {
                Some(p) => p,
                // Storage and network devices without an archetype must give `power_w`
                // (checked when reading the row).
                None => archetype_factor("power", "W", &mut factors)?,
            };
            inputs.set("count", InputValue::Number(row.count));
            inputs.set("idle_power", InputValue::Number(power));
            inputs.set("max_power", InputValue::Number(power));
            inputs.set("utilisation", InputValue::Number(0.5));
            assumptions.push(msg!("inventory-assumed-flat-power"));
            match (row.hours_per_year, is_network) {
                (Some(h), _) => inputs.set("hours", InputValue::Number(h)),
                (None, true) if prefix.is_some() => {
                    let h = archetype_factor("usage", "h/year", &mut factors)?;
                    inputs.set("hours", InputValue::Number(h));
                }
                _ => {}
            }
            match (row.pue, class, row.hosting_or_default()) {
                (Some(p), _, _) => inputs.set("pue", InputValue::Number(p)),
                (None, Class::Network { .. } | Class::Printer, _) => {
                    inputs.set("pue", InputValue::Number(1.0));
                    assumptions.push(msg!("inventory-assumed-no-pue"));
                }
                (None, _, Some(Hosting::Colocation)) => {
                    assumptions.push(msg!("inventory-assumed-colocation-pue"));
                }
                _ => {}
            }
            let lifetime = match row.life_years {
                Some(l) => {
                    inputs.set("lifetime", InputValue::Number(l));
                    l
                }
                None => {
                    if class == Class::Storage {
                        assumptions.push(msg!("inventory-assumed-storage-lifetime"));
                    }
                    let l = archetype_factor("lifetime", "years", &mut factors)?;
                    if is_network || class == Class::Printer {
                        inputs.set("lifetime", InputValue::Number(l));
                    }
                    l
                }
            };
            if amortised(lifetime, &mut assumptions) {
                inputs.set("embodied", InputValue::Number(0.0));
            } else {
                match (row.embodied_kg, is_network || class == Class::Printer) {
                    (Some(e), _) => inputs.set("embodied", InputValue::Number(e)),
                    (None, true) => {
                        let e = archetype_factor("embodied", "kgCO2e", &mut factors)?;
                        inputs.set("embodied", InputValue::Number(e));
                    }
                    _ => {}
                }
            }
            let (upstream, operational, ggc) = match class {
                Class::Network { .. } => (
                    TcsCategory::NetworkHardware,
                    TcsCategory::Networking,
                    row.asset.ggc,
                ),
                Class::Printer => (
                    TcsCategory::EmployeeHardware,
                    TcsCategory::OnsiteEmployeeHardware,
                    row.asset.ggc,
                ),
                _ => (
                    TcsCategory::ServerHardware,
                    TcsCategory::Servers,
                    if row.hosting_or_default() == Some(Hosting::Colocation) {
                        GgcClass::Hosting
                    } else {
                        GgcClass::ServersAndDataCentres
                    },
                ),
            };
            Ok(Plan {
                model: "server",
                inputs,
                scope: None,
                upstream: Some(upstream),
                operational,
                ggc,
                assumptions,
                factors,
            })
        }
        Class::Service => {
            let energy = row.annual_kwh.unwrap_or(0.0);
            inputs.set("energy", InputValue::Number(energy));
            if row.location.is_none() {
                assumptions.push(msg!("inventory-assumed-service-grid", line = line));
            }
            let operational = if row.hosting_or_default() == Some(Hosting::Saas) {
                TcsCategory::Saas
            } else {
                TcsCategory::CloudServices
            };
            Ok(Plan {
                model: "electricity",
                inputs,
                scope: Some(Scope::Scope3(1)),
                upstream: None,
                operational,
                ggc: GgcClass::Hosting,
                assumptions,
                factors,
            })
        }
    }
}

/// End of life of the units disposed this year, by the DESNZ waste factor of their route.
fn waste(
    row: &Row,
    library: &dyn FactorLibrary,
    factors: &mut Vec<Arc<Factor>>,
    assumptions: &mut Vec<Message>,
    warnings: &mut Vec<Message>,
) -> (f64, Option<Route>) {
    let disposed = row.disposed.unwrap_or(0.0);
    let Some(route) = row.disposal_route.filter(|_| disposed > 0.0) else {
        return (0.0, None);
    };
    let Some(mass_kg) = row.disposed_kg else {
        warnings.push(msg!(
            "inventory-disposed-without-mass",
            line = row.line,
            units = Arg::Exact(disposed)
        ));
        return (0.0, Some(route));
    };
    let Some(id) = route.factor_id() else {
        assumptions.push(msg!("inventory-assumed-reuse-no-factor"));
        return (0.0, Some(route));
    };
    match factor(library, id, "kgCO2e/t", factors, row.line) {
        Ok(kg_per_tonne) => (mass_kg / 1000.0 * kg_per_tonne, Some(route)),
        Err(_) => {
            warnings.push(msg!(
                "inventory-waste-factor-missing",
                line = row.line,
                factor = id,
                mass = Arg::Exact(mass_kg)
            ));
            (0.0, Some(route))
        }
    }
}
