//! Command-line arguments: parsing only, no behaviour.

use std::ffi::OsString;
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
    /// Print only reports and errors: no warnings, notes or progress on standard error
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also say on standard error what sero is doing: the settings it chose and the time taken
    #[arg(long, short, global = true)]
    pub verbose: bool,
    /// Colour on standard error: `auto` (on a terminal, unless NO_COLOR is set), `always` or
    /// `never`
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    pub color: ColorWhen,
    #[command(subcommand)]
    pub command: Command,
}

/// The seed of every random draw when none is given (`--seed`): Monte Carlo intervals and
/// Impact Framework's MockObservations alike.
pub const DEFAULT_SEED: u64 = 1;

/// When to colour what sero writes on a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write one page per command (`sero.1`, `sero-estimate.1`, …) into this folder instead of
    /// printing `sero.1`
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,
}

/// A language of the catalogues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Cy,
}

/// The unit of masses in reports, as `--unit` takes it (`t`, `kg`, `g`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitArg(pub sero_render::MassUnit);

impl ValueEnum for UnitArg {
    fn value_variants<'a>() -> &'a [Self] {
        const ALL: [UnitArg; 3] = [
            UnitArg(sero_render::MassUnit::ALL[0]),
            UnitArg(sero_render::MassUnit::ALL[1]),
            UnitArg(sero_render::MassUnit::ALL[2]),
        ];
        &ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.0.key()))
    }
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
    /// Check a manifest without printing the estimate (exit 2 if any component fails)
    Check(CheckArgs),
    /// Write a commented starter manifest
    Init(InitArgs),
    /// List the models, with their inputs and sources
    Models(ModelsArgs),
    /// List the factors, with values, ranges and sources
    Factors(FactorsArgs),
    /// Print the JSON Schema of manifests, or of a JSON document sero writes (--document NAME)
    Schema(SchemaArgs),
    /// Quick calculator: emissions of transferring data (CO2.js-compatible)
    Transfer(TransferArgs),
    /// The GB grid's carbon intensity: now, the 48-hour forecast, the best window for a job
    Grid(GridArgs),
    /// Run and compare Impact Framework manifests
    #[command(name = "if")]
    If(IfArgs),
    /// A service's Software Carbon Intensity (ISO/IEC 21031) per functional unit
    Sci(SciArgs),
    /// Import activity data: cloud bills, IT inventories, Prometheus power metrics
    Import(ImportArgs),
    /// Run a command and report the energy it used (RAPL, or a stated TDP model)
    Energy(EnergyArgs),
    /// Run the web application (pages and JSON API) on a SQLite or PostgreSQL database
    Serve(ServeArgs),
    /// Set the web application up from a script: people, organisations, members, API tokens
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Make a consistent copy of the web application's SQLite database, even while it runs
    Backup(BackupArgs),
    /// Publish a manifest to the web application as its service's new version (assessed there)
    Push(PushArgs),
    /// Download a service's manifest from the web application
    Pull(PullArgs),
    /// Print the shell completion script of sero (bash, zsh, fish, powershell, elvish)
    Completions(CompletionsArgs),
    /// Print sero's manual page (roff), generated from the same definitions as --help
    Man(ManArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Json,
    Csv,
}

/// Where and how a command writes its report: the same two options on every command that
/// writes one. `F` is the command's own set of formats.
#[derive(Debug, Args)]
pub struct Report<F>
where
    F: ValueEnum + Clone + Default + Send + Sync + std::fmt::Debug + 'static,
{
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: F,
    /// Write the report to this file instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The electricity grid a command's estimate uses: the same options, with the same meaning, on
/// every command that takes a grid (`page`, `journey`, `transfer`, `energy`). Without either,
/// the command's default (said in its report).
#[derive(Debug, Args)]
pub struct GridChoice {
    /// A grid intensity in gCO2e/kWh, for every part of the estimate
    #[arg(
        long,
        value_name = "G",
        allow_hyphen_values = true,
        alias = "grid-intensity",
        conflicts_with = "country",
        value_parser = grid_intensity
    )]
    pub grid: Option<f64>,
    /// A country's annual average grid intensity (ISO 3166-1 alpha-3, such as `GBR`)
    #[arg(long, value_name = "ISO3")]
    pub country: Option<String>,
}

/// `--grid`: a number of gCO2e/kWh, not below zero; a country code is pointed to `--country`.
fn grid_intensity(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(g) if g.is_finite() && g >= 0.0 => Ok(g),
        Ok(_) => Err(crate::tr!("cli-grid-negative")),
        Err(_) => Err(crate::tr!("cli-grid-not-a-number", value = text.trim())),
    }
}

/// `--samples`: a whole number up to [`sero_limits::SAMPLES`] (a million draws; more would
/// only take memory and time, and `usize::MAX` overflowed the allocation of the draws).
fn samples(text: &str) -> Result<usize, String> {
    let limit = &sero_limits::SAMPLES;
    match text.trim().parse::<u64>() {
        Ok(n) if !limit.over(n) => Ok(n as usize),
        Ok(n) => Err(format!(
            "{}; {}",
            crate::i18n::tr(&limit.exceeded(Some(n))),
            crate::i18n::tr(&limit.hint())
        )),
        Err(_) => Err(crate::tr!("cli-samples-not-a-number", value = text.trim())),
    }
}

/// What `sero estimate` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum EstimateFormat {
    #[default]
    Table,
    Json,
    Csv,
    Html,
}

/// How a table is laid out: the same options on `estimate` and `compare`.
#[derive(Debug, Args)]
pub struct Layout {
    /// The unit of every mass in the table (default: chosen for the size of each figure)
    #[arg(long, value_enum, value_name = "UNIT")]
    pub unit: Option<UnitArg>,
    /// Every column at full width, whatever the terminal's width
    #[arg(long)]
    pub wide: bool,
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
    #[command(flatten)]
    pub report: Report<EstimateFormat>,
    /// Show how each component was calculated: formula, inputs, factors and sources
    #[arg(long)]
    pub explain: bool,
    #[command(flatten)]
    pub layout: Layout,
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
    /// Monte Carlo samples for the 90% intervals (0: central value only; at most
    /// `sero_limits::SAMPLES`)
    #[arg(long, default_value_t = 1000, value_parser = samples)]
    pub samples: usize,
    /// Seed of the Monte Carlo draws; the same seed gives the same intervals everywhere
    #[arg(long, default_value_t = DEFAULT_SEED)]
    pub seed: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum PageFormat {
    #[default]
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
    #[command(flatten)]
    pub report: Report<PageFormat>,
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
    #[command(flatten)]
    pub grid: GridChoice,
    #[command(flatten)]
    pub factors: FactorFiles,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum JourneyFormat {
    #[default]
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct JourneyArgs {
    /// The journey file (YAML)
    pub file: PathBuf,
    #[command(flatten)]
    pub report: Report<JourneyFormat>,
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
    pub grid: GridChoice,
    #[command(flatten)]
    pub factors: FactorFiles,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum CompareFormat {
    #[default]
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
    #[command(flatten)]
    pub report: Report<CompareFormat>,
    #[command(flatten)]
    pub layout: Layout,
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
    #[command(flatten)]
    pub report: Report<FactorsFormat>,
    #[command(flatten)]
    pub factors: FactorFiles,
}

/// The formats of `sero factors`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum FactorsFormat {
    #[default]
    Table,
    Json,
    Csv,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum TransferFormat {
    #[default]
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
    /// Grid intensity for user devices, gCO2e/kWh
    #[arg(long, value_name = "G", allow_hyphen_values = true)]
    pub grid_intensity_device: Option<f64>,
    /// Grid intensity for networks, gCO2e/kWh
    #[arg(long, value_name = "G", allow_hyphen_values = true)]
    pub grid_intensity_network: Option<f64>,
    /// Grid intensity for data centres, gCO2e/kWh
    #[arg(long, value_name = "G", allow_hyphen_values = true)]
    pub grid_intensity_data_centre: Option<f64>,
    #[command(flatten)]
    pub grid: GridChoice,
    /// Per visit: share of first visits (0–1)
    #[arg(long, value_name = "F", allow_hyphen_values = true)]
    pub first_visit_share: Option<f64>,
    /// Per visit: share of return visits (0–1)
    #[arg(long, value_name = "F", allow_hyphen_values = true)]
    pub return_visit_share: Option<f64>,
    /// Per visit: share of data loaded again on a return visit (0–1)
    #[arg(long, value_name = "F", allow_hyphen_values = true)]
    pub data_reload_ratio: Option<f64>,
    #[command(flatten)]
    pub report: Report<TransferFormat>,
    #[command(flatten)]
    pub factors: FactorFiles,
}

#[derive(Debug, Args)]
pub struct GridArgs {
    #[command(subcommand)]
    pub command: GridCommand,
}

#[derive(Debug, Subcommand)]
pub enum GridCommand {
    /// The current half hour: intensity, index, generation mix
    Now(NowArgs),
    /// The forecast by half hour, as a table and optionally an SVG chart
    Forecast(ForecastArgs),
    /// The start that gives a job the lowest mean forecast intensity
    Window(WindowArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum GridFormat {
    #[default]
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct Common {
    /// Area: `national` (default), a region (`south-wales`, `north-wales`, `wales`, `london`,
    /// …), `GB-REGION-7`, `GB-WALES` or a region id 1–17
    #[arg(long, value_name = "AREA")]
    pub region: Option<String>,
    /// A postcode's outward code (`CF10`); a full postcode is cut to it
    #[arg(long, value_name = "OUTWARD", conflicts_with = "region")]
    pub postcode: Option<String>,
    /// The Carbon Intensity API's base URL (default: $SERO_CARBON_INTENSITY_URL, else
    /// https://api.carbonintensity.org.uk)
    #[arg(long, value_name = "URL")]
    pub api_url: Option<String>,
    /// Ask nothing: show the bundled annual DESNZ UK factor
    #[arg(long)]
    pub offline: bool,
    #[command(flatten)]
    pub report: Report<GridFormat>,
}

#[derive(Debug, Args)]
pub struct NowArgs {
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Args)]
pub struct ForecastArgs {
    #[command(flatten)]
    pub common: Common,
    /// Hours ahead, 1–48
    #[arg(long, default_value_t = sero_grid::FORECAST_HOURS)]
    pub hours: u32,
    /// Also write the forecast as an SVG chart to this file
    #[arg(long, value_name = "FILE")]
    pub chart: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct WindowArgs {
    #[command(flatten)]
    pub common: Common,
    /// How long the job runs (`3h`, `90m`, `1h 30m`); rounded up to whole half hours
    #[arg(long, value_name = "DURATION")]
    pub duration: String,
    /// The job must end within this time from now (at most 48h)
    #[arg(long, value_name = "DURATION", default_value = "24h")]
    pub within: String,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The schema of this document instead of the manifest's (`sero schema --list` names them)
    #[arg(long, value_name = "NAME")]
    pub document: Option<String>,
    /// List the documents that have a schema, one name a line
    #[arg(long, conflicts_with = "document")]
    pub list: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub source: ImportSource,
}

#[derive(Debug, Subcommand)]
pub enum ImportSource {
    /// Cloud bills (AWS CUR, Azure cost export, Google billing export) to energy and emissions
    Cloud(CloudArgs),
    /// An IT estate (devices, servers, network) to annual emissions by category
    Inventory(InventoryArgs),
    /// Scaphandre's or Kepler's Prometheus metrics to energy time series
    Prometheus(PrometheusArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum CloudFormat {
    #[default]
    Table,
    /// The activity file (`sero_activity: 1`), with the summary
    Json,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SqlTarget {
    /// AWS Cost and Usage Report in Athena
    Athena,
    /// Google Cloud billing export in BigQuery
    Bigquery,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SqlDialect {
    /// The target's own SQL
    Native,
    /// DuckDB, over a local copy of the export with the same column names
    Duckdb,
}

#[derive(Debug, Args)]
pub struct CloudArgs {
    /// The billing export, or the result of the `--sql` query (CSV, CSV.gz or Parquet)
    pub file: Option<PathBuf>,
    /// Dimensions to add lines up by: day, month, account, region, service, class, usage_type,
    /// tag:NAME
    #[arg(long, default_value = "region,service", value_name = "LIST")]
    pub group_by: String,
    #[command(flatten)]
    pub report: Report<CloudFormat>,
    /// Also write the activity file (for a manifest's `from:`) here
    #[arg(long, value_name = "FILE")]
    pub activity: Option<PathBuf>,
    /// Print the aggregation query to run where the billing data is, instead of reading a file
    #[arg(long, value_enum, value_name = "TARGET")]
    pub sql: Option<SqlTarget>,
    /// The billing table the query reads
    #[arg(long, value_name = "NAME", requires = "sql")]
    pub table: Option<String>,
    /// The SQL dialect of the query
    #[arg(long, value_enum, default_value_t = SqlDialect::Native, requires = "sql")]
    pub dialect: SqlDialect,
    /// Stop after this many malformed lines
    #[arg(long, value_name = "N")]
    pub max_errors: Option<u64>,
    /// Estimate the lines that can be read even when some are malformed (they are listed in the
    /// summary); without it, any malformed line makes the command fail with exit code 2
    #[arg(long)]
    pub keep_going: bool,
    /// Whose arithmetic: CCF's methodology with sero's corrections (sero), or CCF's code as it
    /// stands, figure for figure (ccf); docs/cloud.md lists every difference
    #[arg(long, value_enum, default_value_t = CloudMethod::Sero)]
    pub method: CloudMethod,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum CloudMethod {
    /// CCF's methodology with the defects sero corrects
    #[default]
    Sero,
    /// CCF's code at the commit docs/cloud.md cites
    Ccf,
}

#[derive(Debug, Args)]
pub struct InventoryArgs {
    /// The inventory: a CSV with one line per asset type (columns in docs/inventory.md)
    pub file: PathBuf,
    #[command(flatten)]
    pub report: Report<InventoryFormat>,
    /// Also write the Tech Carbon Standard JSON (schema v0.1.0) to FILE
    #[arg(long, value_name = "FILE")]
    pub tcs: Option<PathBuf>,
    /// Also write an activity file (`sero_activity: 1`) that a manifest component reads with `from:`
    #[arg(long, value_name = "FILE")]
    pub activity: Option<PathBuf>,
    #[command(flatten)]
    pub factors: FactorFiles,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, ValueEnum)]
pub enum InventoryFormat {
    #[default]
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum PrometheusFormat {
    #[default]
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct PrometheusArgs {
    /// Exposition files (Prometheus text format 0.0.4) or exporter URLs (http://host:port/metrics)
    #[arg(required = true, value_name = "FILE|URL")]
    pub sources: Vec<String>,
    /// Read only this metric (may be repeated); default: every Scaphandre and Kepler energy and
    /// power metric
    #[arg(long = "metric", value_name = "NAME")]
    pub metrics: Vec<String>,
    /// Seconds between the files' scrapes, for files whose samples carry no timestamp (needed
    /// for power gauges)
    #[arg(long, value_name = "SECONDS")]
    pub interval: Option<f64>,
    /// How many times to scrape each URL
    #[arg(long, default_value_t = 2, value_name = "N")]
    pub scrapes: usize,
    /// Seconds between two scrapes of a URL
    #[arg(long, default_value_t = 15.0, value_name = "SECONDS")]
    pub every: f64,
    /// Seconds to wait for a URL's answer
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    pub timeout: f64,
    #[command(flatten)]
    pub report: Report<PrometheusFormat>,
    /// Write an activity file (`electricity` rows, one per series and interval); needs --metric
    #[arg(long, value_name = "FILE")]
    pub activity: Option<PathBuf>,
    /// The grid to put on the activity file's rows (default: none, so the manifest's applies)
    #[command(flatten)]
    pub grid: GridChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum EnergyFormat {
    #[default]
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct EnergyArgs {
    /// The processor's TDP in watts, for the model used when RAPL cannot be read (default:
    /// CodeCarbon's 4 W per logical CPU for a processor it does not know, stated as assumed)
    #[arg(long, value_name = "W")]
    pub tdp: Option<f64>,
    /// Where the electricity was used (default: `--country GBR`, DESNZ's UK factors; another
    /// country is Ember's annual average)
    #[command(flatten)]
    pub grid: GridChoice,
    #[command(flatten)]
    pub report: Report<EnergyFormat>,
    /// The former name of --output, kept for one release with a warning
    #[arg(
        long = "report",
        value_name = "FILE",
        hide = true,
        conflicts_with = "output"
    )]
    pub former_report: Option<PathBuf>,
    /// Write an activity file (one `electricity` row) for a manifest component's `from:`
    #[arg(long, value_name = "FILE")]
    pub activity: Option<PathBuf>,
    /// Add the RAPL DRAM zones to the packages (on some processors DRAM is already inside the
    /// package figure)
    #[arg(long)]
    pub include_dram: bool,
    /// Measure the whole platform (RAPL psys) instead of the packages
    #[arg(long)]
    pub psys: bool,
    #[command(flatten)]
    pub factors: FactorFiles,
    /// The command to run and its arguments, after `--`
    #[arg(required = true, last = true, value_name = "COMMAND")]
    pub command: Vec<OsString>,
}

#[derive(Debug, Args)]
pub struct IfArgs {
    #[command(subcommand)]
    pub command: IfCommand,
}

#[derive(Debug, Subcommand)]
pub enum IfCommand {
    /// Run a manifest (as `if-run` of @grnsft/if 1.1.0) and write the output manifest
    Run(IfRunArgs),
    /// Compare two output manifests (as `if-diff`): exit 0 if they match, 1 if not
    Diff(IfDiffArgs),
}

#[derive(Debug, Args)]
pub struct IfRunArgs {
    /// The manifest (YAML)
    pub manifest: PathBuf,
    /// Where to write the output manifest (`.yaml` is added when the name has no extension);
    /// without it the output manifest goes to standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Seed of MockObservations' random integers (the same seed gives the same observations)
    #[arg(long, default_value_t = DEFAULT_SEED)]
    pub seed: u64,
    /// Write nothing (only check that the manifest runs)
    #[arg(short = 'n', long)]
    pub no_output: bool,
}

#[derive(Debug, Args)]
pub struct IfDiffArgs {
    /// The source output manifest
    pub source: PathBuf,
    /// The target output manifest
    pub target: PathBuf,
    /// Numbers that differ by at most this fraction of the larger count as equal (0: exact)
    #[arg(long, default_value_t = 0.0, value_name = "FRACTION")]
    pub relative: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum SciFormat {
    #[default]
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct SciArgs {
    /// The service manifest
    pub manifest: PathBuf,
    /// The functional unit R: `transaction` (the manifest's functional unit, the default),
    /// `period` (the whole reporting period), or `NAME=COUNT` (another unit and how many of
    /// them the period had, such as `request=1200000`)
    #[arg(
        long,
        alias = "functional-unit",
        value_name = "R",
        default_value = "transaction"
    )]
    pub per: String,
    /// Only this channel's share of each component, per its transactions
    #[arg(long, value_name = "ID")]
    pub channel: Option<String>,
    #[command(flatten)]
    pub report: Report<SciFormat>,
    #[command(flatten)]
    pub layout: Layout,
    #[command(flatten)]
    pub factors: FactorFiles,
}

/// Where the web application's database is: the flag, else the configuration file's
/// `database`, else `sero.db` in the data folder.
#[derive(Debug, Args)]
pub struct DatabaseChoice {
    /// The database: a SQLite file or a `postgres://` URL
    #[arg(long, value_name = "PATH|URL")]
    pub database: Option<String>,
    /// The configuration file (TOML: listen, database, public_url, allow_private_addresses,
    /// log_format)
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address and port to listen on
    #[arg(long, value_name = "ADDR:PORT")]
    pub listen: Option<std::net::SocketAddr>,
    #[command(flatten)]
    pub database: DatabaseChoice,
    /// The address people reach the application at (https:// makes cookies Secure)
    #[arg(long, value_name = "URL")]
    pub public_url: Option<String>,
    /// Let page measurement reach private, loopback and link-local addresses
    #[arg(long)]
    pub allow_private_addresses: bool,
    /// Start on a throwaway database holding a demonstration organisation
    #[arg(long, conflicts_with = "database")]
    pub demo: bool,
    /// How logs are written on stderr
    #[arg(long, value_enum)]
    pub log_format: Option<LogFormat>,
}

/// The format of the server's logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Print a one-time link that creates the first administrator
    SetupLink(AdminSetupArgs),
    /// Create a person's account (the password is read from standard input)
    CreateUser(AdminUserArgs),
    /// Create an organisation
    CreateOrg(AdminOrgArgs),
    /// Give a person a role in an organisation
    AddMember(AdminMemberArgs),
    /// Create an organisation's API token and print it (once)
    CreateToken(AdminTokenArgs),
}

#[derive(Debug, Args)]
pub struct AdminSetupArgs {
    #[command(flatten)]
    pub database: DatabaseChoice,
    /// The address people reach the application at, for the link
    #[arg(long, value_name = "URL")]
    pub public_url: Option<String>,
}

#[derive(Debug, Args)]
pub struct AdminUserArgs {
    #[command(flatten)]
    pub database: DatabaseChoice,
    /// The person's email address (how they sign in)
    #[arg(long)]
    pub email: String,
    /// The person's name
    #[arg(long)]
    pub name: String,
    /// May create organisations and people on this installation
    #[arg(long)]
    pub admin: bool,
}

#[derive(Debug, Args)]
pub struct AdminOrgArgs {
    #[command(flatten)]
    pub database: DatabaseChoice,
    /// The short name in its addresses (lowercase letters, digits, hyphens)
    #[arg(long)]
    pub slug: String,
    /// The organisation's name
    #[arg(long)]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct AdminMemberArgs {
    #[command(flatten)]
    pub database: DatabaseChoice,
    /// The organisation's short name
    #[arg(long)]
    pub org: String,
    /// The person's email address
    #[arg(long)]
    pub email: String,
    /// viewer, editor or admin
    #[arg(long, value_enum)]
    pub role: RoleArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RoleArg {
    Viewer,
    Editor,
    Admin,
}

#[derive(Debug, Args)]
pub struct AdminTokenArgs {
    #[command(flatten)]
    pub database: DatabaseChoice,
    /// The organisation's short name
    #[arg(long)]
    pub org: String,
    /// The token's name (what it is for)
    #[arg(long)]
    pub name: String,
    /// read or write
    #[arg(long, value_enum, default_value = "read")]
    pub scope: ScopeArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScopeArg {
    Read,
    Write,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy (a new file)
    pub destination: PathBuf,
    #[command(flatten)]
    pub database: DatabaseChoice,
}

/// Where the web application is, which organisation, and the API token.
#[derive(Debug, Args)]
pub struct ServerArgs {
    /// The web application's address (or SERO_SERVER)
    #[arg(long, value_name = "URL")]
    pub server: Option<String>,
    /// The organisation's short name (else the token's organisation)
    #[arg(long, value_name = "SLUG")]
    pub org: Option<String>,
    /// A file holding the API token (else SERO_TOKEN)
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PushArgs {
    /// The manifest (YAML, TOML or JSON)
    pub manifest: PathBuf,
    #[command(flatten)]
    pub server: ServerArgs,
    /// The service's short name (else made from the manifest's file name); made on first push
    #[arg(long, value_name = "SLUG")]
    pub service: Option<String>,
    /// What changed, for the version history
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,
    /// An activity file the manifest references (repeat for several)
    #[arg(long = "file", value_name = "ACTIVITY")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PullArgs {
    /// The service's short name
    pub service: String,
    #[command(flatten)]
    pub server: ServerArgs,
    /// The version's number (else the latest)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..))]
    pub version: Option<i64>,
    /// Where to write the manifest (else standard output)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}
