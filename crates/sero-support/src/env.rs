//! Every environment variable sero reads, in one registry: its name, what it means and its
//! default. Code reads a variable only through a [`Var`] of [`EnvVars`], so a variable cannot
//! be read without being listed here, and `docs/environment.md` is checked against
//! [`EnvVars::ALL`] by this crate's tests.

use std::ffi::OsString;
use std::path::PathBuf;

/// Who a variable is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Set by people who run sero.
    User,
    /// A variable of the system that sero follows (XDG, proxies).
    Standard,
    /// Read by sero's tests, benchmarks and scripts only.
    Development,
}

/// One environment variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Var {
    name: &'static str,
    meaning: &'static str,
    default: Option<&'static str>,
    audience: Audience,
}

impl Var {
    const fn new(
        name: &'static str,
        audience: Audience,
        meaning: &'static str,
        default: Option<&'static str>,
    ) -> Var {
        Var {
            name,
            meaning,
            default,
            audience,
        }
    }

    pub const fn name(&self) -> &'static str {
        self.name
    }

    pub const fn meaning(&self) -> &'static str {
        self.meaning
    }

    /// What sero does when the variable is not set (or empty), in words.
    pub const fn default(&self) -> Option<&'static str> {
        self.default
    }

    pub const fn audience(&self) -> Audience {
        self.audience
    }

    /// The variable's value, when set and not empty.
    pub fn get_os(&self) -> Option<OsString> {
        std::env::var_os(self.name).filter(|v| !v.is_empty())
    }

    /// The variable's value, when set, not empty and valid UTF-8.
    pub fn get(&self) -> Option<String> {
        self.get_os().and_then(|v| v.into_string().ok())
    }
}

/// The registry (after uv's `EnvVars`).
pub struct EnvVars;

impl EnvVars {
    pub const SERO_CACHE_DIR: Var = Var::new(
        "SERO_CACHE_DIR",
        Audience::User,
        "the cache folder: Carbon Intensity API answers (`carbon-intensity/`) and greencheck answers (`greencheck.json`)",
        Some("`$XDG_CACHE_HOME/sero`, else `$HOME/.cache/sero`"),
    );
    pub const SERO_CARBON_INTENSITY_URL: Var = Var::new(
        "SERO_CARBON_INTENSITY_URL",
        Audience::User,
        "the Carbon Intensity API's base URL, when `--api-url` is not given",
        Some("`https://api.carbonintensity.org.uk`"),
    );
    pub const SERO_GREENCHECK_URL: Var = Var::new(
        "SERO_GREENCHECK_URL",
        Audience::User,
        "the Green Web Foundation greencheck API's base URL, when `--greencheck-url` is not given",
        Some("`https://api.thegreenwebfoundation.org`"),
    );
    pub const SERO_POWERCAP_ROOT: Var = Var::new(
        "SERO_POWERCAP_ROOT",
        Audience::User,
        "the powercap tree `sero energy` reads RAPL counters from",
        Some("`/sys/class/powercap`"),
    );
    pub const SERO_PROC_ROOT: Var = Var::new(
        "SERO_PROC_ROOT",
        Audience::User,
        "the `/proc` tree `sero energy` reads CPU time and the CPU model from (a host's `/proc` mounted in a container)",
        Some("`/proc`"),
    );
    pub const SERO_LIMIT_FILE_SIZE: Var = Var::new(
        "SERO_LIMIT_FILE_SIZE",
        Audience::User,
        "the largest file sero reads whole (manifests, factor files, journeys, activity and series files, inventories, Prometheus scrapes, URL lists), in bytes (`64MiB`, `500MB`)",
        Some("`16MiB`"),
    );
    pub const SERO_LIMIT_IF_FILE_SIZE: Var = Var::new(
        "SERO_LIMIT_IF_FILE_SIZE",
        Audience::User,
        "the largest Impact Framework manifest `sero if run` and `sero if diff` read, in bytes",
        Some("`512MiB`"),
    );
    pub const SERO_LIMIT_ALIAS_EXPANSION: Var = Var::new(
        "SERO_LIMIT_ALIAS_EXPANSION",
        Audience::User,
        "the most values YAML aliases may add to one document",
        Some("`100000`"),
    );
    pub const SERO_LIMIT_RECORD_LENGTH: Var = Var::new(
        "SERO_LIMIT_RECORD_LENGTH",
        Audience::User,
        "the longest record (a CSV row) of a cloud bill, in bytes",
        Some("`1MiB`"),
    );
    pub const SERO_LIMIT_COLUMNS: Var = Var::new(
        "SERO_LIMIT_COLUMNS",
        Audience::User,
        "the most columns in a CSV header",
        Some("`10000`"),
    );
    pub const SERO_LIMIT_OUTPUT_SIZE: Var = Var::new(
        "SERO_LIMIT_OUTPUT_SIZE",
        Audience::User,
        "the largest Impact Framework output manifest `sero if run` writes, in bytes",
        Some("`4GiB`"),
    );
    pub const SERO_LIMIT_GENERATED_POINTS: Var = Var::new(
        "SERO_LIMIT_GENERATED_POINTS",
        Audience::User,
        "the most points one Impact Framework MockObservations or TimeSync run generates",
        Some("`1000000`"),
    );
    pub const SERO_LIMIT_LIST_LENGTH: Var = Var::new(
        "SERO_LIMIT_LIST_LENGTH",
        Audience::User,
        "the most entries in a list file of `sero page` (`--urls`, `--sitemap`, `--green-list`)",
        Some("`100000`"),
    );
    pub const SERO_DATA_DIR: Var = Var::new(
        "SERO_DATA_DIR",
        Audience::User,
        "the folder of `sero serve`'s SQLite database (`sero.db`), when `--database` and the configuration file name none",
        Some("`$XDG_DATA_HOME/sero`, else `$HOME/.local/share/sero`"),
    );
    pub const XDG_DATA_HOME: Var = Var::new(
        "XDG_DATA_HOME",
        Audience::Standard,
        "the parent of sero's data folder, when `SERO_DATA_DIR` is not set",
        Some("`$HOME/.local/share`"),
    );
    pub const SERO_TOKEN: Var = Var::new(
        "SERO_TOKEN",
        Audience::User,
        "the API token of `sero push` and `sero pull` (an organisation's token made in the web application or by `sero admin create-token`)",
        None,
    );
    pub const SERO_SERVER: Var = Var::new(
        "SERO_SERVER",
        Audience::User,
        "the web application's address for `sero push` and `sero pull`, when `--server` is not given",
        None,
    );
    pub const SERO_LIMIT_PROXY_CONNECTIONS: Var = Var::new(
        "SERO_LIMIT_PROXY_CONNECTIONS",
        Audience::User,
        "the most connections open at once through the proxy that guards a page measured by the server",
        Some("`256`"),
    );
    pub const SERO_LIMIT_PROXY_HEAD_SIZE: Var = Var::new(
        "SERO_LIMIT_PROXY_HEAD_SIZE",
        Audience::User,
        "the largest request head the proxy that guards a page measured by the server reads, in bytes",
        Some("`64KiB`"),
    );
    pub const XDG_CACHE_HOME: Var = Var::new(
        "XDG_CACHE_HOME",
        Audience::Standard,
        "the parent of sero's cache folder, when `SERO_CACHE_DIR` is not set",
        Some("`$HOME/.cache`"),
    );
    pub const HOME: Var = Var::new(
        "HOME",
        Audience::Standard,
        "the home folder, for the cache folder when neither `SERO_CACHE_DIR` nor `XDG_CACHE_HOME` is set",
        None,
    );
    pub const PATH: Var = Var::new(
        "PATH",
        Audience::Standard,
        "where `sero page` looks for Chromium",
        None,
    );
    pub const SERO_LANG: Var = Var::new(
        "SERO_LANG",
        Audience::User,
        "the language of reports, errors and help: `en` (English) or `cy` (Welsh); `--lang` wins over it",
        Some("the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English"),
    );
    pub const LC_ALL: Var = Var::new(
        "LC_ALL",
        Audience::Standard,
        "the locale; its language chooses English or Welsh when neither `--lang` nor `SERO_LANG` is given",
        None,
    );
    pub const LC_MESSAGES: Var = Var::new(
        "LC_MESSAGES",
        Audience::Standard,
        "the locale of messages, read when `LC_ALL` is not set",
        None,
    );
    pub const LANG: Var = Var::new(
        "LANG",
        Audience::Standard,
        "the locale, read when neither `LC_ALL` nor `LC_MESSAGES` is set",
        None,
    );
    pub const COLUMNS: Var = Var::new(
        "COLUMNS",
        Audience::Standard,
        "the width reports are laid out for, in characters",
        Some("the terminal's width, else 100"),
    );
    pub const NO_COLOR: Var = Var::new(
        "NO_COLOR",
        Audience::Standard,
        "when set and not empty, no colour in the terminal (https://no-color.org); `--color always` wins over it",
        None,
    );
    pub const SOURCE_DATE_EPOCH: Var = Var::new(
        "SOURCE_DATE_EPOCH",
        Audience::Standard,
        "the time JSON documents say they were produced (`produced_at`), in whole seconds since 1970-01-01 UTC, for reproducible output (https://reproducible-builds.org/specs/source-date-epoch/)",
        Some("now"),
    );
    pub const ALL_PROXY: Var = Var::new(
        "ALL_PROXY",
        Audience::Standard,
        "the proxy of every HTTP request (or `all_proxy`); read by the HTTP client (`ureq`) before `HTTPS_PROXY` and `HTTP_PROXY`",
        Some("no proxy"),
    );
    pub const HTTPS_PROXY: Var = Var::new(
        "HTTPS_PROXY",
        Audience::Standard,
        "the proxy of HTTP requests when `ALL_PROXY` is not set (or `https_proxy`); it serves `http://` URLs too",
        Some("no proxy"),
    );
    pub const HTTP_PROXY: Var = Var::new(
        "HTTP_PROXY",
        Audience::Standard,
        "the proxy of HTTP requests when neither `ALL_PROXY` nor `HTTPS_PROXY` is set (or `http_proxy`)",
        Some("no proxy"),
    );
    pub const NO_PROXY: Var = Var::new(
        "NO_PROXY",
        Audience::Standard,
        "hosts reached without the proxy, separated by commas without spaces: `host`, `.domain`, `*.domain` or `*` (or `no_proxy`)",
        None,
    );
    pub const SERO_AXE_JS: Var = Var::new(
        "SERO_AXE_JS",
        Audience::Development,
        "axe-core's `axe.min.js`, for the accessibility tests of HTML reports (`scripts/axe-core` prints it)",
        None,
    );
    pub const SERO_AXE_DIR: Var = Var::new(
        "SERO_AXE_DIR",
        Audience::Development,
        "the folder `scripts/axe-core` installs axe-core into",
        Some("`$HOME/.cache/sero/axe-core-<version>`"),
    );
    pub const SERO_CHROMIUM: Var = Var::new(
        "SERO_CHROMIUM",
        Audience::Development,
        "the Chromium the accessibility tests run",
        Some("`chromium` or `chromium-browser` on `PATH`, else `/usr/bin/chromium`"),
    );
    pub const SERO_IF_DIR: Var = Var::new(
        "SERO_IF_DIR",
        Audience::Development,
        "the npm project folder holding the Impact Framework reference, for the parity tests (`scripts/if-reference` prints it)",
        None,
    );
    pub const SERO_DUCKDB_PYTHON: Var = Var::new(
        "SERO_DUCKDB_PYTHON",
        Audience::Development,
        "the Python with `duckdb` that checks `sero import cloud` in the tests and `scripts/bench-cloud`",
        Some("`python3`"),
    );
    pub const SERO_BOAVIZTAPI_PYTHON: Var = Var::new(
        "SERO_BOAVIZTAPI_PYTHON",
        Audience::Development,
        "the Python with `boaviztapi` 2.5.0 that the parity tests of the `server`, `end-user-device` and `cloud` models and `scripts/boaviztapi-compare` run",
        None,
    );
    pub const SERO_SCHEMATHESIS: Var = Var::new(
        "SERO_SCHEMATHESIS",
        Audience::Development,
        "schemathesis's `st` executable, which fuzzes the web application's JSON API from its OpenAPI document in the tests (`scripts/test` installs it)",
        None,
    );
    pub const SERO_ENERGY_BENCH_DUMP: Var = Var::new(
        "SERO_ENERGY_BENCH_DUMP",
        Audience::Development,
        "a file the exposition benchmark also writes its scrape to",
        None,
    );
    pub const SERO_BENCH_DIR: Var = Var::new(
        "SERO_BENCH_DIR",
        Audience::Development,
        "where `scripts/bench-if` writes its files",
        Some("`target/bench-if`"),
    );
    pub const SERO_BIN: Var = Var::new(
        "SERO_BIN",
        Audience::Development,
        "the `sero` binary `scripts/bench-if` runs",
        Some("a release build"),
    );

    /// Every variable, in the order of `docs/environment.md`.
    pub const ALL: &'static [Var] = &[
        EnvVars::SERO_LANG,
        EnvVars::LC_ALL,
        EnvVars::LC_MESSAGES,
        EnvVars::LANG,
        EnvVars::COLUMNS,
        EnvVars::NO_COLOR,
        EnvVars::SOURCE_DATE_EPOCH,
        EnvVars::SERO_AXE_JS,
        EnvVars::SERO_AXE_DIR,
        EnvVars::SERO_CHROMIUM,
        EnvVars::SERO_CACHE_DIR,
        EnvVars::SERO_CARBON_INTENSITY_URL,
        EnvVars::SERO_GREENCHECK_URL,
        EnvVars::SERO_POWERCAP_ROOT,
        EnvVars::SERO_PROC_ROOT,
        EnvVars::SERO_LIMIT_FILE_SIZE,
        EnvVars::SERO_LIMIT_IF_FILE_SIZE,
        EnvVars::SERO_LIMIT_ALIAS_EXPANSION,
        EnvVars::SERO_LIMIT_RECORD_LENGTH,
        EnvVars::SERO_LIMIT_COLUMNS,
        EnvVars::SERO_LIMIT_OUTPUT_SIZE,
        EnvVars::SERO_LIMIT_GENERATED_POINTS,
        EnvVars::SERO_LIMIT_LIST_LENGTH,
        EnvVars::SERO_DATA_DIR,
        EnvVars::XDG_DATA_HOME,
        EnvVars::SERO_TOKEN,
        EnvVars::SERO_SERVER,
        EnvVars::SERO_LIMIT_PROXY_CONNECTIONS,
        EnvVars::SERO_LIMIT_PROXY_HEAD_SIZE,
        EnvVars::XDG_CACHE_HOME,
        EnvVars::HOME,
        EnvVars::PATH,
        EnvVars::ALL_PROXY,
        EnvVars::HTTPS_PROXY,
        EnvVars::HTTP_PROXY,
        EnvVars::NO_PROXY,
        EnvVars::SERO_IF_DIR,
        EnvVars::SERO_DUCKDB_PYTHON,
        EnvVars::SERO_BOAVIZTAPI_PYTHON,
        EnvVars::SERO_SCHEMATHESIS,
        EnvVars::SERO_ENERGY_BENCH_DUMP,
        EnvVars::SERO_BENCH_DIR,
        EnvVars::SERO_BIN,
    ];

    /// The variable called `name`, if sero reads it.
    pub fn find(name: &str) -> Option<Var> {
        EnvVars::ALL.iter().copied().find(|v| v.name == name)
    }

    /// The Markdown tables of `docs/environment.md`, one per audience.
    pub fn markdown() -> String {
        let mut out = String::new();
        for (audience, title) in [
            (Audience::User, "For people who run sero"),
            (Audience::Standard, "Standard variables sero follows"),
            (
                Audience::Development,
                "For sero's tests, benchmarks and scripts",
            ),
        ] {
            out.push_str(&format!(
                "## {title}\n\n| variable | meaning | when not set |\n|---|---|---|\n"
            ));
            for var in EnvVars::ALL.iter().filter(|v| v.audience == audience) {
                out.push_str(&format!(
                    "| `{}` | {} | {} |\n",
                    var.name,
                    var.meaning,
                    var.default.unwrap_or("—")
                ));
            }
            out.push('\n');
        }
        out.pop();
        out
    }
}

/// sero's cache folder: `$SERO_CACHE_DIR`, else `$XDG_CACHE_HOME/sero`, else
/// `$HOME/.cache/sero`; `None` without any of them. Empty values count as not set.
pub fn cache_dir() -> Option<PathBuf> {
    cache_dir_with(Var::get_os)
}

/// sero's data folder (the web application's SQLite database): `$SERO_DATA_DIR`, else
/// `$XDG_DATA_HOME/sero`, else `$HOME/.local/share/sero`; `None` without any of them.
pub fn data_dir() -> Option<PathBuf> {
    let non_empty = |var: &Var| var.get_os().filter(|v| !v.is_empty());
    if let Some(dir) = non_empty(&EnvVars::SERO_DATA_DIR) {
        Some(PathBuf::from(dir))
    } else if let Some(dir) = non_empty(&EnvVars::XDG_DATA_HOME) {
        Some(PathBuf::from(dir).join("sero"))
    } else {
        Some(
            PathBuf::from(non_empty(&EnvVars::HOME)?)
                .join(".local")
                .join("share")
                .join("sero"),
        )
    }
}

/// [`cache_dir`] with the variables looked up by `lookup` (a value, or `None` when the variable
/// is not set or empty), so that the rule can be tested without changing the environment.
pub fn cache_dir_with(lookup: impl Fn(&Var) -> Option<OsString>) -> Option<PathBuf> {
    let non_empty = |var: &Var| lookup(var).filter(|v| !v.is_empty());
    if let Some(dir) = non_empty(&EnvVars::SERO_CACHE_DIR) {
        Some(PathBuf::from(dir))
    } else if let Some(dir) = non_empty(&EnvVars::XDG_CACHE_HOME) {
        Some(PathBuf::from(dir).join("sero"))
    } else {
        Some(
            PathBuf::from(non_empty(&EnvVars::HOME)?)
                .join(".cache")
                .join("sero"),
        )
    }
}
