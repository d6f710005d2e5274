//! Reading an inventory CSV into checked rows. Every bad cell is reported with its line and
//! column; nothing is dropped or guessed.

use sero_core::Message;

use crate::assets::{self, Asset, Class, Hosting, Route};
use crate::csv;
use crate::text;

/// A column of the inventory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Asset,
    Count,
    Model,
    AgeYears,
    HoursPerYear,
    PowerW,
    LifeYears,
    Location,
    Hosting,
    Pue,
    EmbodiedKg,
    Disposed,
    DisposalRoute,
    DisposedKg,
    AnnualKwh,
    AnnualCost,
}

impl Column {
    pub const ALL: [Column; 16] = [
        Column::Asset,
        Column::Count,
        Column::Model,
        Column::AgeYears,
        Column::HoursPerYear,
        Column::PowerW,
        Column::LifeYears,
        Column::Location,
        Column::Hosting,
        Column::Pue,
        Column::EmbodiedKg,
        Column::Disposed,
        Column::DisposalRoute,
        Column::DisposedKg,
        Column::AnnualKwh,
        Column::AnnualCost,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Column::Asset => "asset",
            Column::Count => "count",
            Column::Model => "model",
            Column::AgeYears => "age_years",
            Column::HoursPerYear => "hours_per_year",
            Column::PowerW => "power_w",
            Column::LifeYears => "life_years",
            Column::Location => "location",
            Column::Hosting => "hosting",
            Column::Pue => "pue",
            Column::EmbodiedKg => "embodied_kg",
            Column::Disposed => "disposed",
            Column::DisposalRoute => "disposal_route",
            Column::DisposedKg => "disposed_kg",
            Column::AnnualKwh => "annual_kwh",
            Column::AnnualCost => "annual_cost",
        }
    }

    fn parse(header: &str) -> Option<Column> {
        let key: String = header
            .trim()
            .to_lowercase()
            .chars()
            .map(|c| if c == ' ' || c == '-' { '_' } else { c })
            .collect();
        if key == "archetype" {
            return Some(Column::Model);
        }
        Column::ALL.into_iter().find(|c| c.name() == key)
    }

    /// True when the column describes hardware the organisation owns.
    fn hardware_only(self) -> bool {
        matches!(
            self,
            Column::Count
                | Column::AgeYears
                | Column::HoursPerYear
                | Column::PowerW
                | Column::LifeYears
                | Column::EmbodiedKg
                | Column::Disposed
                | Column::DisposalRoute
                | Column::DisposedKg
        )
    }
}

/// A bad cell, row or header.
#[derive(Clone, Debug, PartialEq)]
pub struct RowError {
    pub line: usize,
    /// The column, when the problem is in one cell.
    pub column: Option<&'static str>,
    pub message: Message,
    pub hint: Message,
}

/// One checked row of the inventory.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub line: usize,
    pub asset: &'static Asset,
    /// How many units; 0 for a line that only records disposals. 1 for a service line.
    pub count: f64,
    /// Free text (make and model, archetype) carried into the output; it selects no figure.
    pub model: Option<String>,
    pub age_years: Option<f64>,
    pub hours_per_year: Option<f64>,
    pub power_w: Option<f64>,
    pub life_years: Option<f64>,
    /// A grid: an ISO 3166-1 alpha-3 code, or gCO2e/kWh.
    pub location: Option<Location>,
    pub hosting: Option<Hosting>,
    pub pue: Option<f64>,
    pub embodied_kg: Option<f64>,
    pub disposed: Option<f64>,
    pub disposal_route: Option<Route>,
    pub disposed_kg: Option<f64>,
    pub annual_kwh: Option<f64>,
    pub annual_cost: Option<f64>,
}

impl Row {
    /// The asset's class, after hosting: a server in the cloud is a service line.
    pub fn class(&self) -> Class {
        match self.hosting {
            Some(Hosting::Cloud | Hosting::Saas) => Class::Service,
            _ => self.asset.class,
        }
    }

    pub fn hosting_or_default(&self) -> Option<Hosting> {
        match (self.hosting, self.asset.name) {
            (Some(h), _) => Some(h),
            (None, "cloud") => Some(Hosting::Cloud),
            (None, "saas") => Some(Hosting::Saas),
            (None, _) if matches!(self.asset.class, Class::Server | Class::Storage) => {
                Some(Hosting::OnPremise)
            }
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Location {
    Code(String),
    GramsPerKwh(f64),
}

/// Reads `text` (a CSV inventory). Returns every row, or every error found.
pub fn parse(text: &str) -> Result<Vec<Row>, Vec<RowError>> {
    let records = csv::records(text).map_err(|e| {
        vec![RowError {
            line: e.line,
            column: None,
            message: text::unclosed_quote(),
            hint: text::unclosed_quote_hint(),
        }]
    })?;
    let mut records = records.into_iter();
    let Some(header) = records.next() else {
        return Err(vec![RowError {
            line: 1,
            column: None,
            message: text::empty(),
            hint: header_hint(),
        }]);
    };
    let mut errors = Vec::new();
    let mut columns: Vec<Column> = Vec::new();
    for name in &header.fields {
        match Column::parse(name) {
            Some(column) if columns.contains(&column) => errors.push(RowError {
                line: header.line,
                column: Some(column.name()),
                message: text::duplicate_column(column.name()),
                hint: text::duplicate_column_hint(),
            }),
            Some(column) => columns.push(column),
            None => errors.push(RowError {
                line: header.line,
                column: None,
                message: text::unknown_column(name.trim()),
                hint: did_you_mean(name),
            }),
        }
    }
    for required in [Column::Asset] {
        if errors.is_empty() && !columns.contains(&required) {
            errors.push(RowError {
                line: header.line,
                column: Some(required.name()),
                message: text::missing_column(required.name()),
                hint: header_hint(),
            });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut rows = Vec::new();
    for record in records {
        if record.fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if record.fields.len() != columns.len() {
            errors.push(RowError {
                line: record.line,
                column: None,
                message: text::field_count(record.fields.len(), columns.len()),
                hint: text::field_count_hint(),
            });
            continue;
        }
        let cells: Vec<(Column, &str)> = columns
            .iter()
            .copied()
            .zip(record.fields.iter().map(|f| f.trim()))
            .collect();
        match parse_row(record.line, &cells) {
            Ok(row) => rows.push(row),
            Err(mut row_errors) => errors.append(&mut row_errors),
        }
    }
    if rows.is_empty() && errors.is_empty() {
        errors.push(RowError {
            line: header.line,
            column: None,
            message: text::no_rows(),
            hint: header_hint(),
        });
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

fn header_hint() -> Message {
    text::header_hint(&Column::ALL.map(Column::name))
}

fn did_you_mean(name: &str) -> Message {
    match sero_support::did_you_mean(name.trim(), Column::ALL.iter().map(|c| c.name())) {
        Some(column) => text::did_you_mean(column),
        None => header_hint(),
    }
}

fn asset_did_you_mean(name: &str) -> Message {
    let key = assets::normalise(name);
    let names = assets::ASSETS
        .iter()
        .flat_map(|a| std::iter::once(a.name).chain(a.aliases.iter().copied()));
    let asset = sero_support::did_you_mean(&key, names).and_then(|found| {
        assets::ASSETS
            .iter()
            .find(|a| a.name == found || a.aliases.contains(&found))
    });
    match asset {
        Some(asset) => text::asset_did_you_mean(asset.name),
        None => text::asset_hint(),
    }
}

fn parse_row(line: usize, cells: &[(Column, &str)]) -> Result<Row, Vec<RowError>> {
    let mut errors = Vec::new();
    let cell = |column: Column| {
        cells
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, v)| *v)
            .filter(|v| !v.is_empty())
    };
    let error = |column: Column, message: Message, hint: Message| RowError {
        line,
        column: Some(column.name()),
        message,
        hint,
    };
    let asset = match cell(Column::Asset) {
        None => {
            errors.push(error(
                Column::Asset,
                text::empty_asset(),
                text::asset_hint(),
            ));
            return Err(errors);
        }
        Some(name) => match assets::find(name) {
            Some(asset) => asset,
            None => {
                errors.push(error(
                    Column::Asset,
                    text::unknown_asset(name),
                    asset_did_you_mean(name),
                ));
                return Err(errors);
            }
        },
    };
    let hosting = match cell(Column::Hosting) {
        None => None,
        Some(value) => match Hosting::parse(&assets::normalise(value)) {
            Some(h) => Some(h),
            None => {
                errors.push(error(
                    Column::Hosting,
                    text::unknown_choice(value),
                    text::choices(&Hosting::NAMES),
                ));
                None
            }
        },
    };
    let mut number = |column: Column, whole: bool| -> Option<f64> {
        let value = cell(column)?;
        match value.parse::<f64>() {
            Ok(n) if !n.is_finite() => {
                errors.push(error(
                    column,
                    text::not_a_number(value),
                    text::number_hint(),
                ));
                None
            }
            Ok(n) if n < 0.0 => {
                errors.push(error(column, text::negative(value), text::negative_hint()));
                None
            }
            Ok(n) if whole && n.fract() != 0.0 => {
                errors.push(error(column, text::not_whole(value), text::whole_hint()));
                None
            }
            Ok(n) => Some(n),
            Err(_) => {
                errors.push(error(
                    column,
                    text::not_a_number(value),
                    text::number_hint(),
                ));
                None
            }
        }
    };
    let count = number(Column::Count, true);
    let age_years = number(Column::AgeYears, false);
    let hours_per_year = number(Column::HoursPerYear, false);
    let power_w = number(Column::PowerW, false);
    let life_years = number(Column::LifeYears, false);
    let pue = number(Column::Pue, false);
    let embodied_kg = number(Column::EmbodiedKg, false);
    let disposed = number(Column::Disposed, true);
    let disposed_kg = number(Column::DisposedKg, false);
    let annual_kwh = number(Column::AnnualKwh, false);
    let annual_cost = number(Column::AnnualCost, false);
    let disposal_route = match cell(Column::DisposalRoute) {
        None => None,
        Some(value) => match Route::parse(&assets::normalise(value)) {
            Some(r) => Some(r),
            None => {
                errors.push(error(
                    Column::DisposalRoute,
                    text::unknown_choice(value),
                    text::choices(&Route::ALL.map(Route::key)),
                ));
                None
            }
        },
    };
    let location = cell(Column::Location).and_then(|value| match value.parse::<f64>() {
        Ok(g) if g.is_finite() && g >= 0.0 => Some(Location::GramsPerKwh(g)),
        Ok(_) => {
            errors.push(error(
                Column::Location,
                text::negative(value),
                text::location_hint(),
            ));
            None
        }
        Err(_) if value.len() == 3 && value.chars().all(|c| c.is_ascii_alphabetic()) => {
            Some(Location::Code(value.to_ascii_uppercase()))
        }
        Err(_) if value.eq_ignore_ascii_case("uk") || value.eq_ignore_ascii_case("gb") => {
            Some(Location::Code("GBR".to_owned()))
        }
        Err(_) => {
            errors.push(error(
                Column::Location,
                text::bad_location(value),
                text::location_hint(),
            ));
            None
        }
    });
    let hosted_elsewhere = matches!(hosting, Some(Hosting::Cloud | Hosting::Saas))
        && matches!(asset.class, Class::Server | Class::Storage);
    let service = hosted_elsewhere || asset.class == Class::Service;
    // Columns that do not apply to this kind of line are refused, not ignored.
    for (column, value) in cells {
        if value.is_empty() {
            continue;
        }
        let refused = if *column == Column::Hosting {
            !matches!(asset.class, Class::Server | Class::Storage | Class::Service)
        } else if service {
            column.hardware_only() || *column == Column::Pue
        } else {
            matches!(column, Column::AnnualKwh | Column::AnnualCost)
                || (*column == Column::Pue && matches!(asset.class, Class::Device { .. }))
        };
        if refused {
            errors.push(error(
                *column,
                text::not_for_asset(column.name(), asset.name),
                text::not_for_asset_hint(service),
            ));
        }
    }
    if service {
        if asset.class == Class::Service
            && let Some(h) = hosting
            && !matches!(h, Hosting::Cloud | Hosting::Saas)
        {
            errors.push(error(
                Column::Hosting,
                text::hosting_conflict(asset.name, h.key()),
                text::choices(&["cloud", "saas"]),
            ));
        }
        if annual_kwh.is_none() && errors.is_empty() {
            errors.push(error(
                Column::AnnualKwh,
                text::service_needs_kwh(),
                text::service_needs_kwh_hint(annual_cost.is_some()),
            ));
        }
    } else {
        if count.is_none() && cell(Column::Count).is_none() {
            errors.push(error(
                Column::Count,
                text::empty_count(),
                text::empty_count_hint(),
            ));
        }
        let needs: &[(Column, Option<f64>)] = match asset.class {
            Class::Network { archetype: None } => &[
                (Column::PowerW, power_w),
                (Column::EmbodiedKg, embodied_kg),
                (Column::LifeYears, life_years),
            ],
            Class::Storage => &[(Column::PowerW, power_w), (Column::EmbodiedKg, embodied_kg)],
            _ => &[],
        };
        for (column, value) in needs {
            if value.is_none() && cell(*column).is_none() {
                errors.push(error(
                    *column,
                    text::no_archetype(asset.name, column.name()),
                    text::no_archetype_hint(column.name()),
                ));
            }
        }
        if disposed.is_some_and(|d| d > 0.0)
            && disposal_route.is_none()
            && cell(Column::DisposalRoute).is_none()
        {
            errors.push(error(
                Column::DisposalRoute,
                text::route_needed(),
                text::choices(&Route::ALL.map(Route::key)),
            ));
        }
        if disposed_kg.is_some() && !disposed.is_some_and(|d| d > 0.0) {
            errors.push(error(
                Column::DisposedKg,
                text::mass_without_count(),
                text::mass_without_count_hint(),
            ));
        }
        if let Some(hours) = hours_per_year
            && hours > 8784.0
        {
            errors.push(error(
                Column::HoursPerYear,
                text::too_many_hours(hours),
                text::hours_hint(),
            ));
        }
        if life_years == Some(0.0) {
            errors.push(error(
                Column::LifeYears,
                text::zero_life(),
                text::zero_life_hint(),
            ));
        }
        if pue.is_some_and(|p| p < 1.0) {
            errors.push(error(Column::Pue, text::pue_below_one(), text::pue_hint()));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Row {
        line,
        asset,
        count: if service { 1.0 } else { count.unwrap_or(0.0) },
        model: cell(Column::Model).map(str::to_owned),
        age_years,
        hours_per_year,
        power_w,
        life_years,
        location,
        hosting,
        pue,
        embodied_kg,
        disposed,
        disposal_route,
        disposed_kg,
        annual_kwh,
        annual_cost,
    })
}
