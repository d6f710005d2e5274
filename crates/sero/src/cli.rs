//! Command-line arguments: parsing only, no behaviour.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "sero",
    version,
    about = "Measure, report and cut the carbon footprint of a digital public service",
    long_about = "sero estimates the carbon footprint of a digital public service end to end: \
                  users' devices, networks, hosting, staff IT, legacy servers and reported \
                  figures, per period, per transaction and per channel, with every factor cited."
)]
pub struct Cli {
    /// The language of reports, errors and help: `en` (English) or `cy` (Welsh); default:
    /// $SERO_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG)
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,
    #[command(subcommand)]
    pub command: Command,
}

/// A language of the catalogues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Cy,
}

/// The unit of masses in reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MassUnit {
    /// tonnes CO2e
    T,
    /// kilograms CO2e
    Kg,
    /// grams CO2e
    G,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Estimate a service's footprint from a manifest
    Estimate(EstimateArgs),
    /// Compare the channels per transaction, with boundary gaps and channel-shift scenarios
    Compare(CompareArgs),
    /// Measure web pages in headless Chromium: bytes, estimate, rating, EcoIndex, findings
    Page(PageArgs),
    /// Follow a scripted user journey in headless Chromium and report each step's bytes and CO2e
    Journey(JourneyArgs),
    /// Check a manifest without printing the estimate (exit 1 if any component fails)
    Check(CheckArgs),
    /// Write a commented starter manifest
    Init(InitArgs),
    /// List the models, with their inputs and sources
    Models(ModelsArgs),
    /// List the factors, with values, ranges and sources
    Factors(FactorsArgs),
    /// Print the JSON Schema of manifests, or of a JSON document sero writes (--document NAME)
    Schema(crate::commands::schema::SchemaArgs),
    /// Quick calculator: emissions of transferring data (CO2.js-compatible)
    Transfer(TransferArgs),
    /// The GB grid's carbon intensity: now, the 48-hour forecast, the best window for a job
    Grid(crate::commands::grid::GridArgs),
    /// Run and compare Impact Framework manifests
    #[command(name = "if")]
    If(crate::commands::impact_framework::IfArgs),
    /// A service's Software Carbon Intensity (ISO/IEC 21031) per functional unit
    Sci(crate::commands::sci::SciArgs),
    /// Import activity data: cloud bills, IT inventories, Prometheus power metrics
    Import(crate::commands::import::ImportArgs),
    /// Run a command and report the energy it used (RAPL, or a stated TDP model)
    Energy(crate::commands::energy::EnergyArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
}

/// What `sero estimate` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EstimateFormat {
    Table,
    Json,
    Csv,
    Html,
}

#[derive(Debug, Args)]
pub struct FactorFiles {
    /// Add or override factors from a file (YAML, TOML or JSON); may be repeated
    #[arg(long = "factors", value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct EstimateArgs {
    /// The service manifest (.yaml, .yml, .toml or .json)
    pub manifest: PathBuf,
    /// Output format (`html`: a self-contained page for a browser)
    #[arg(long, value_enum, default_value_t = EstimateFormat::Table)]
    pub format: EstimateFormat,
    /// Show how each component was calculated: formula, inputs, factors and sources
    #[arg(long)]
    pub explain: bool,
    /// The unit of every mass in the table (default: chosen for the size of each figure)
    #[arg(long, value_enum, value_name = "UNIT")]
    pub unit: Option<MassUnit>,
    /// Every column at full width, whatever the terminal's width
    #[arg(long)]
    pub wide: bool,
    #[command(flatten)]
    pub uncertainty: Uncertainty,
    #[command(flatten)]
    pub factors: FactorFiles,
    /// How electricity is accounted: `location` (annual DESNZ factors, kgCO2e: what the annual
    /// return needs), `time-series` (the GB grid's half-hourly gCO2/kWh × when the energy is
    /// used), or `both` side by side
    #[arg(long, value_enum, default_value_t = Accounting::Location)]
    pub accounting: Accounting,
    /// Base URL of the Carbon Intensity API (default: $SERO_CARBON_INTENSITY_URL, else the
    /// public API)
    #[arg(long, value_name = "URL")]
    pub api_url: Option<String>,
    /// Never contact the Carbon Intensity API: time-series accounting falls back to the annual
    /// factors and says so
    #[arg(long)]
    pub offline: bool,
}

/// How `sero estimate` accounts for electricity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Accounting {
    Location,
    TimeSeries,
    Both,
}

#[derive(Debug, Args)]
pub struct Uncertainty {
    /// Monte Carlo samples for the 90% intervals (0: central value only)
    #[arg(long, default_value_t = 1000)]
    pub samples: usize,
    /// Seed of the Monte Carlo draws; the same seed gives the same intervals everywhere
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PageFormat {
    Table,
    Json,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GreenCheckMode {
    /// Ask the greencheck API (never for IP addresses or localhost)
    Api,
    /// Never contact the API: only `--green-domain` and `--green-list` count
    Off,
}

#[derive(Debug, Args)]
pub struct PageArgs {
    /// The pages to measure (http:// or https:// URLs)
    pub urls: Vec<String>,
    /// Also measure the URLs listed in this file, one a line (`#` starts a comment)
    #[arg(long = "urls", value_name = "FILE")]
    pub url_file: Option<PathBuf>,
    /// Also measure every `<loc>` of this sitemap.xml file
    #[arg(long, value_name = "FILE")]
    pub sitemap: Option<PathBuf>,
    /// Exit 1 when a page's first view is over this: grams (`0.3g`) or bytes (`1MB`)
    #[arg(long, value_name = "LIMIT")]
    pub budget: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = PageFormat::Table)]
    pub format: PageFormat,
    /// Write the report to this file instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Pages measured at the same time
    #[arg(long, default_value_t = 2)]
    pub concurrency: usize,
    /// The Chromium executable (default: `chromium` on PATH)
    #[arg(long, value_name = "PATH")]
    pub chromium: Option<PathBuf>,
    /// Seconds a page may take to load
    #[arg(long, default_value_t = 30.0)]
    pub timeout: f64,
    /// Do not scroll to the bottom (lazy-loaded content will not count)
    #[arg(long)]
    pub no_scroll: bool,
    /// Skip the repeat view (the second visit with a warm cache)
    #[arg(long)]
    pub no_repeat_view: bool,
    /// Seconds the network must stay quiet after the load event (and after scrolling)
    #[arg(long, default_value_t = 1.0)]
    pub settle: f64,
    /// A domain hosted green (verified by the Green Web Foundation); repeatable
    #[arg(long = "green-domain", value_name = "DOMAIN")]
    pub green_domains: Vec<String>,
    /// Green domains: a list (one a line), or a CSV or JSON export of the Green Web Foundation dataset
    #[arg(long, value_name = "FILE")]
    pub green_list: Option<PathBuf>,
    /// Ask the Green Web Foundation's greencheck API about each domain (cached 30 days), or not
    #[arg(long, value_enum, default_value_t = GreenCheckMode::Api)]
    pub green_check: GreenCheckMode,
    /// The greencheck API's base URL (default: `$SERO_GREENCHECK_URL`, else the Foundation's)
    #[arg(long, value_name = "URL")]
    pub greencheck_url: Option<String>,
    /// Fetch the HTML and the assets it references without a browser (no JavaScript; see the
    /// limits in the report)
    #[arg(long)]
    pub http_only: bool,
    /// Grid intensity of users' devices, networks and hosting: a country's annual average (ISO3)
    #[arg(long, value_name = "ISO3")]
    pub country: Option<String>,
    #[command(flatten)]
    pub factors: FactorFiles,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum JourneyFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct JourneyArgs {
    /// The journey file (YAML)
    pub file: PathBuf,
    /// Output format
    #[arg(long, value_enum, default_value_t = JourneyFormat::Table)]
    pub format: JourneyFormat,
    /// Write the report to this file instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The Chromium executable (default: `chromium` on PATH)
    #[arg(long, value_name = "PATH")]
    pub chromium: Option<PathBuf>,
    /// Seconds a page may take to load, and an element to appear
    #[arg(long, default_value_t = 30.0)]
    pub timeout: f64,
    /// Seconds the network must stay quiet before a step is over
    #[arg(long, default_value_t = 1.0)]
    pub settle: f64,
    /// Exit 1 when the whole journey is over this: grams (`1g`) or bytes (`5MB`)
    #[arg(long, value_name = "LIMIT")]
    pub budget: Option<String>,
    #[command(flatten)]
    pub factors: FactorFiles,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    Table,
    Json,
    Html,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The service manifest
    pub manifest: PathBuf,
    /// A scenario: move PERCENT of channel FROM's transactions to channel TO (repeatable)
    #[arg(long = "shift", value_name = "FROM:TO=PERCENT")]
    pub shifts: Vec<String>,
    /// Write a chart of the channels (stacked bars per transaction) as SVG to this file
    #[arg(long, value_name = "FILE")]
    pub chart: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = CompareFormat::Table)]
    pub format: CompareFormat,
    /// The unit of every mass in the table (default: chosen for the size of each figure)
    #[arg(long, value_enum, value_name = "UNIT")]
    pub unit: Option<MassUnit>,
    /// Every column at full width, whatever the terminal's width
    #[arg(long)]
    pub wide: bool,
    #[command(flatten)]
    pub uncertainty: Uncertainty,
    #[command(flatten)]
    pub factors: FactorFiles,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The service manifest
    pub manifest: PathBuf,
    #[command(flatten)]
    pub factors: FactorFiles,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Name of the service
    #[arg(long, default_value = "Apply for a Blue Badge")]
    pub service: String,
    /// Write to this file instead of standard output (refuses to overwrite)
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ModelsArgs {
    /// Show one model only
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct FactorsArgs {
    /// Show factors whose id starts with this, or that carry this tag (`grid`, `device`, `desnz/2025`)
    pub query: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    #[command(flatten)]
    pub factors: FactorFiles,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TransferModel {
    #[value(name = "swd-v4")]
    SwdV4,
    #[value(name = "swd-v3")]
    SwdV3,
    #[value(name = "onebyte")]
    OneByte,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TransferPer {
    Byte,
    Visit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TransferFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct TransferArgs {
    /// Bytes transferred (a number, or with a unit: `2.5MB`, `300 KiB`)
    #[arg(long, allow_hyphen_values = true)]
    pub bytes: String,
    /// Estimation model
    #[arg(long, value_enum, default_value_t = TransferModel::SwdV4)]
    pub model: TransferModel,
    /// Per byte (data as transferred) or per visit (with visit shares and caching)
    #[arg(long, value_enum, default_value_t = TransferPer::Byte)]
    pub per: TransferPer,
    /// Hosting is green (verified by the Green Web Foundation)
    #[arg(long)]
    pub green: bool,
    /// SWD v4: share of hosting energy from renewable or zero-carbon sources (0–1)
    #[arg(long, value_name = "F", allow_hyphen_values = true)]
    pub green_hosting_factor: Option<f64>,
    /// Grid intensity for all segments, gCO2e/kWh
    #[arg(long, value_name = "G", allow_hyphen_values = true)]
    pub grid_intensity: Option<f64>,
    /// Grid intensity for user devices, gCO2e/kWh
    #[arg(long, value_name = "G", allow_hyphen_values = true)]
    pub grid_intensity_device: Option<f64>,
    /// Grid intensity for networks, gCO2e/kWh
    #[arg(long, value_name = "G", allow_hyphen_values = true)]
    pub grid_intensity_network: Option<f64>,
    /// Grid intensity for data centres, gCO2e/kWh
    #[arg(long, value_name = "G", allow_hyphen_values = true)]
    pub grid_intensity_data_centre: Option<f64>,
    /// Use a country's annual average for every segment not given a number (ISO 3166-1 alpha-3)
    #[arg(long, value_name = "ISO3")]
    pub country: Option<String>,
    /// Per visit: share of first visits (0–1)
    #[arg(long, value_name = "F", allow_hyphen_values = true)]
    pub first_visit_share: Option<f64>,
    /// Per visit: share of return visits (0–1)
    #[arg(long, value_name = "F", allow_hyphen_values = true)]
    pub return_visit_share: Option<f64>,
    /// Per visit: share of data loaded again on a return visit (0–1)
    #[arg(long, value_name = "F", allow_hyphen_values = true)]
    pub data_reload_ratio: Option<f64>,
    /// Output format
    #[arg(long, value_enum, default_value_t = TransferFormat::Table)]
    pub format: TransferFormat,
    #[command(flatten)]
    pub factors: FactorFiles,
}
