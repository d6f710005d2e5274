//! Every sentence the inventory importer shows, in one place (ready for Welsh).

use sero_core::model::format_number;

use crate::assets;

pub const UNCLOSED_QUOTE: &str = "a quoted field starting on this line is never closed";
pub const UNCLOSED_QUOTE_HINT: &str =
    "close the field with `\"`; write a quote inside a quoted field as `\"\"`";
pub const EMPTY: &str = "the file is empty: an inventory needs a header line and rows";
pub const NO_ROWS: &str = "the inventory has a header but no rows";
pub const DUPLICATE_COLUMN_HINT: &str = "keep one column of each name";
pub const FIELD_COUNT_HINT: &str = "every row needs one cell per header column (leave a cell empty between commas); quote a cell that holds a comma";
pub const EMPTY_ASSET: &str = "the `asset` cell is empty";
pub const NUMBER_HINT: &str =
    "write a plain number such as `1200` or `0.5`, without units or thousands separators";
pub const NEGATIVE_HINT: &str = "counts, hours, power, mass and energy cannot be negative";
pub const WHOLE_HINT: &str = "counts of units are whole numbers";
pub const LOCATION_HINT: &str = "give an ISO 3166-1 alpha-3 country code such as `GBR` (DESNZ factors) or `IRL` (Ember annual average), or a grid intensity in gCO2e/kWh";
pub const SERVICE_NEEDS_KWH: &str = "a cloud or SaaS line needs its annual electricity";
pub const EMPTY_COUNT: &str = "no count is given for this line";
pub const EMPTY_COUNT_HINT: &str =
    "give the number of units in use (0 for a line that only records disposals)";
pub const ROUTE_NEEDED: &str = "units are disposed but the disposal route is not given";
pub const MASS_WITHOUT_COUNT: &str = "a disposed mass is given without a number of units disposed";
pub const MASS_WITHOUT_COUNT_HINT: &str =
    "give `disposed` (units disposed this year) with `disposed_kg` (their total mass)";
pub const HOURS_HINT: &str = "a year has at most 8,784 hours";
pub const ZERO_LIFE: &str = "a life of 0 years cannot spread embodied emissions";
pub const ZERO_LIFE_HINT: &str = "give the years the units are kept in service, or leave the cell empty for the archetype's life";
pub const PUE_BELOW_ONE: &str = "a power usage effectiveness below 1 is impossible";
pub const PUE_HINT: &str = "PUE is total facility energy over IT energy: 1 or more (1.58 is the Technology Carbon Estimator's on-premise figure)";
pub const MODEL_REFUSED_HINT: &str = "check the row's numbers and location";
pub const MISSING_FACTOR_HINT: &str =
    "the factor library lacks this figure; add it with a factors file or give the column";

pub const FLAT_POWER: &str = "assumed: power is the same at every utilisation (idle and maximum power are both set to the average power), so the utilisation given to the `server` model (0.5) does not change the figure";
pub const NO_PUE: &str = "assumed: network devices and printers sit in offices and comms rooms with no data-centre overhead (PUE 1); give `pue` otherwise";
pub const COLOCATION_PUE: &str = "assumed: a colocation site's PUE is the Technology Carbon Estimator's on-premise figure (1.58); no source gives one for colocation; give `pue` from the provider";
pub const STORAGE_LIFETIME: &str = "assumed: a storage array lives as long as a server (the Technology Carbon Estimator's server life); give `life_years` otherwise";
pub const REUSE_NO_FACTOR: &str = "assumed: equipment passed on for reuse has no end-of-life emissions this year; DESNZ publishes no reuse factor for IT electrical items";

pub fn header_hint(columns: &[&str]) -> String {
    format!("the header names columns from: {}", columns.join(", "))
}

pub fn duplicate_column(name: &str) -> String {
    format!("column `{name}` appears twice")
}

pub fn unknown_column(name: &str) -> String {
    format!("unknown column `{name}`")
}

pub fn did_you_mean(name: &str) -> String {
    format!("did you mean `{name}`?")
}

pub fn missing_column(name: &str) -> String {
    format!("the header has no `{name}` column")
}

pub fn field_count(got: usize, want: usize) -> String {
    format!("the row has {got} cells, the header {want}")
}

pub fn asset_hint() -> String {
    format!("asset types: {}", assets::names().join(", "))
}

pub fn unknown_asset(name: &str) -> String {
    format!("unknown asset `{name}`")
}

pub fn unknown_choice(value: &str) -> String {
    format!("`{value}` is not one of the choices")
}

pub fn choices(names: &[&str]) -> String {
    format!("expected one of: {}", names.join(", "))
}

pub fn not_a_number(value: &str) -> String {
    format!("`{value}` is not a number")
}

pub fn negative(value: &str) -> String {
    format!("`{value}` is negative")
}

pub fn not_whole(value: &str) -> String {
    format!("`{value}` is not a whole number")
}

pub fn bad_location(value: &str) -> String {
    format!("`{value}` is neither a country code nor a grid intensity")
}

pub fn not_for_asset(column: &str, asset: &str) -> String {
    format!("`{column}` does not apply to a `{asset}` line")
}

pub fn not_for_asset_hint(service: bool) -> String {
    if service {
        "a cloud or SaaS line takes `annual_kwh`, `annual_cost`, `location` and `model`; hardware columns describe equipment the organisation owns".to_owned()
    } else {
        "`annual_kwh` and `annual_cost` are for cloud and SaaS lines; `hosting` for servers and storage; `pue` for servers, storage, network devices and printers".to_owned()
    }
}

pub fn hosting_conflict(asset: &str, hosting: &str) -> String {
    format!("a `{asset}` line cannot be hosted `{hosting}`")
}

pub fn service_needs_kwh_hint(has_cost: bool) -> String {
    let base = "give `annual_kwh` from the supplier's carbon or energy report, or from `sero import cloud` for cloud bills";
    if has_cost {
        format!(
            "{base}; sero bundles no published factor that turns spend on cloud or SaaS into energy, so `annual_cost` alone is not converted"
        )
    } else {
        base.to_owned()
    }
}

pub fn no_archetype(asset: &str, column: &str) -> String {
    format!("no published archetype gives a `{asset}`'s `{column}`")
}

pub fn no_archetype_hint(column: &str) -> String {
    format!(
        "give `{column}` from the maker's data sheet or product carbon footprint; sero does not invent it"
    )
}

pub fn too_many_hours(hours: f64) -> String {
    format!(
        "{} hours a year is more than a year has",
        format_number(hours)
    )
}

pub fn model_refused(model: &str, error: &str) -> String {
    format!("the `{model}` model refused the row: {error}")
}

pub fn missing_factor(id: &str, unit: &str) -> String {
    format!("factor `{id}` in {unit} is not in the factor library")
}

pub fn fully_amortised(line: usize, age: f64, lifetime: f64) -> String {
    format!(
        "line {line}: age {} years is at or beyond the life of {} years, so the embodied emissions are fully amortised (straight line over the life) and none is charged this year",
        format_number(age),
        format_number(lifetime)
    )
}

pub fn service_grid(line: usize) -> String {
    format!(
        "assumed (line {line}): the supplier's electricity is on the UK grid (DESNZ factors); give `location` for the data centres' country"
    )
}

pub fn no_mass(line: usize, disposed: f64) -> String {
    format!(
        "line {line}: {} units disposed without `disposed_kg`: their end-of-life emissions are not estimated (DESNZ waste factors are per tonne)",
        format_number(disposed)
    )
}

pub const ACTIVITY_EMBODIED_SOURCE: &str = "sero import inventory: embodied emissions amortised over the life (Technology Carbon Estimator archetypes unless the inventory gives its own)";
pub const ACTIVITY_END_OF_LIFE_SOURCE: &str = "sero import inventory: end of life of units disposed (DESNZ 2025 waste factors, electrical items (IT))";

// Report texts.
pub const TITLE: &str = "IT estate: annual emissions";
pub const ONE_YEAR: &str = "one year";
pub const NOTE: &str = "note:";
pub const ROW_HEADERS: [&str; 9] = [
    "line",
    "asset",
    "count",
    "sero model",
    "kWh",
    "embodied kg",
    "operational kg",
    "end-of-life",
    "total kgCO2e",
];
pub const GGC_HEADERS: [&str; 4] = ["class", "units", "kWh", "kgCO2e"];
pub const E_WASTE_HEADERS: [&str; 5] =
    ["route", "units", "mass kg", "units without mass", "kgCO2e"];
pub const TOTAL: &str = "Total";
pub const BY_TCS: &str = "Tech Carbon Standard categories (schema v0.1.0)";
pub const BY_GGC: &str = "Greening Government ICT asset classes";
pub const E_WASTE: &str = "E-waste this year";
pub const ASSUMPTIONS: &str = "Assumptions";
pub const WARNINGS: &str = "Warnings";
pub const SOURCES: &str = "Sources";
pub const UNCOVERED: &str = "Not covered by an inventory: software, foundation models, content and data, generators, offsite use of staff devices, managed services and every downstream category (customers' devices and networks)";

/// Lines of the inventory, the first dozen by number and the rest counted.
fn line_list(lines: &[usize]) -> String {
    const SHOWN: usize = 12;
    let shown: Vec<String> = lines.iter().take(SHOWN).map(usize::to_string).collect();
    if lines.len() > SHOWN {
        format!(
            "lines {} and {} more",
            shown.join(", "),
            lines.len() - SHOWN
        )
    } else if lines.len() == 1 {
        format!("line {}", shown[0])
    } else {
        format!("lines {}", shown.join(", "))
    }
}

pub fn tcs_notes(category: crate::assets::TcsCategory, lines: &[usize]) -> String {
    use crate::assets::TcsCategory as C;
    let what = match category {
        C::EmployeeHardware => {
            "Embodied emissions of staff devices and printers, amortised over their lives (Technology Carbon Estimator archetypes unless the row gives its own), plus end of life of units disposed this year (DESNZ 2025 waste factors for IT electrical items)"
        }
        C::NetworkHardware => {
            "Embodied emissions of network devices, amortised over their lives (Technology Carbon Estimator archetype unless the row gives its own), plus end of life of units disposed this year"
        }
        C::ServerHardware => {
            "Embodied emissions of servers and storage on premises and in colocation, amortised over their lives, plus end of life of units disposed this year"
        }
        C::OnsiteEmployeeHardware => {
            "Electricity of staff devices and printers: average power x hours of use x grid factor (DESNZ location-based for the UK, with transmission and distribution losses)"
        }
        C::Networking => "Electricity of network devices, all hours of the year, x grid factor",
        C::Servers => {
            "Electricity of servers and storage x PUE (Technology Carbon Estimator on-premise 1.58 unless the row gives its own) x grid factor"
        }
        C::CloudServices => "Suppliers' annual electricity for cloud services x grid factor",
        C::Saas => "Suppliers' annual electricity for SaaS x grid factor",
    };
    format!("{what}. sero import inventory, {}.", line_list(lines))
}

// Command-line texts.
pub fn cannot_read(file: &str, error: &str) -> String {
    format!("error: cannot read `{file}`: {error}\n  = hint: check the path of the inventory CSV")
}

pub fn cannot_write(file: &str, error: &str) -> String {
    format!(
        "error: cannot write `{file}`: {error}\n  = hint: check that the directory exists and is writable"
    )
}

pub fn located(file: &str, line: usize, column: Option<&str>, message: &str, hint: &str) -> String {
    let column = column
        .map(|c| format!(", column `{c}`"))
        .unwrap_or_default();
    format!("error: {file}, line {line}{column}: {message}\n  = hint: {hint}\n")
}

pub fn refused_summary(problems: usize) -> String {
    let noun = if problems == 1 { "problem" } else { "problems" };
    format!("{problems} {noun} found; nothing was estimated or written\n")
}
