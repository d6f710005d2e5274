//! Fuzz targets: one plain function per reader of user files. Each takes the bytes of a file,
//! runs the reader the command line runs on it and checks what the reader promises: it never
//! panics, and an error that carries a position points inside the file. A broken promise is a
//! panic, which the fuzzer records as a crash.
//!
//! The functions are called by the AFL binaries in the repository's `fuzz/` folder
//! (`scripts/fuzz`) and, over every file of `corpus/<target>/` and `regressions/<target>/`, by
//! this crate's `replay` test, so a finding once fixed stays fixed.
//!
//! Text readers get the bytes as UTF-8 or nothing: the command line refuses a file that is not
//! UTF-8 before any reader sees it. Readers that take a path (factor files, cloud bills) get a
//! file in the temporary folder, so the path the command line takes is the one fuzzed (the
//! detection of gzip and Parquet by content included).

use std::io::Write;
use std::path::PathBuf;
use std::sync::OnceLock;

use sero_core::{FactorSet, Registry};
use sero_manifest::diagnostic::{Diagnostic, SourceFile};
use sero_manifest::manifest::{ManifestError, Schema};
use sero_manifest::tree::Format;

/// A target: its name (the folder of its corpus and regressions) and its function.
pub type Target = (&'static str, fn(&[u8]));

/// Every target, by name.
pub const TARGETS: &[Target] = &[
    ("manifest_yaml", manifest_yaml),
    ("manifest_toml", manifest_toml),
    ("manifest_json", manifest_json),
    ("factors", factors),
    ("activity", activity),
    ("journey", journey),
    ("if_read", if_read),
    ("if_run", if_run),
    ("cloud_csv", cloud_csv),
    ("cloud_gzip", cloud_gzip),
    ("cloud_parquet", cloud_parquet),
    ("inventory", inventory),
    ("prometheus", prometheus),
    ("sitemap", sitemap),
];

/// The target called `name`.
pub fn target(name: &str) -> Option<fn(&[u8])> {
    TARGETS.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// The most output `if_run` may write for one input before it counts as a runaway: IF
/// manifests that fit in a fuzzer's input (kilobytes) have no business writing more.
pub const MAX_IF_OUTPUT: u64 = 64 << 20;

fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(Registry::bundled)
}

fn library() -> &'static FactorSet {
    static LIBRARY: OnceLock<FactorSet> = OnceLock::new();
    LIBRARY.get_or_init(|| sero_factors::bundled().expect("the bundled factors load"))
}

/// A message rendered without a catalogue: its id and arguments, which is all the renderer
/// needs to lay out a located error.
fn words(message: &sero_core::Message) -> String {
    format!("{message:?}")
}

/// A located diagnostic's spans lie inside the text, on character boundaries; rendering it
/// (source line, underline) succeeds.
fn check_diagnostic(diagnostic: &Diagnostic, name: &str, text: &str) {
    let spans = diagnostic.span.iter().chain(
        diagnostic
            .notes
            .iter()
            .filter_map(|(span, _)| span.as_ref()),
    );
    for span in spans {
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "span {}..{} outside a text of {} bytes",
            span.start,
            span.end,
            text.len()
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "span {}..{} cuts a character",
            span.start,
            span.end
        );
    }
    let rendered = diagnostic.render(&SourceFile::new(name, text), &words);
    assert!(!rendered.is_empty());
}

fn check_manifest_error(error: &ManifestError) {
    check_diagnostic(&error.diagnostic, &error.name, &error.text);
    assert!(error.location.starts_with(&error.name));
}

fn manifest(data: &[u8], name: &str, format: Format) {
    let Some(text) = text(data) else { return };
    let library = library();
    let exists = |id: &str| sero_core::FactorLibrary::get(library, id).is_some();
    let schema = Schema {
        registry: registry(),
        factor_exists: &exists,
    };
    // `sero check` and `sero estimate` look for a starter's placeholder first.
    let _ = sero_manifest::placeholder::first(text, format);
    if let Err(error) = sero_manifest::manifest::parse(text, name, format, &schema) {
        check_manifest_error(&error);
    }
}

/// A manifest in YAML (`sero check`, `sero estimate`).
pub fn manifest_yaml(data: &[u8]) {
    manifest(data, "fuzz.yaml", Format::Yaml);
}

/// A manifest in TOML.
pub fn manifest_toml(data: &[u8]) {
    manifest(data, "fuzz.toml", Format::Toml);
}

/// A manifest in JSON.
pub fn manifest_json(data: &[u8]) {
    manifest(data, "fuzz.json", Format::Json);
}

/// A file in the temporary folder holding an input, removed when dropped. One folder per
/// process (AFL runs one input at a time in each).
struct Scratch {
    dir: PathBuf,
    path: PathBuf,
}

impl Scratch {
    fn new(name: &str, data: &[u8]) -> Scratch {
        let dir = std::env::temp_dir().join(format!("sero-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("the temporary folder is writable");
        let path = dir.join(name);
        let mut file = std::fs::File::create(&path).expect("a scratch file can be created");
        file.write_all(data).expect("the scratch file is written");
        Scratch { dir, path }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
        let _ = std::fs::remove_dir(&self.dir);
    }
}

/// A user's factor file (`--factors FILE`), in YAML.
pub fn factors(data: &[u8]) {
    if text(data).is_none() {
        return;
    }
    let file = Scratch::new("factors.yaml", data);
    match sero_factors::load_file(&file.path) {
        Ok(factors) => {
            let mut set = library().clone();
            sero_factors::apply_overrides(&mut set, factors);
        }
        Err(sero_factors::LoadError::Invalid(error)) => check_manifest_error(&error),
        Err(sero_factors::LoadError::Io { .. }) => {}
    }
}

/// An activity file (what a manifest's `from:` reads).
pub fn activity(data: &[u8]) {
    let Some(text) = text(data) else { return };
    if let Err(error) = sero_manifest::activity::parse(text, "fuzz.activity.json") {
        check_diagnostic(&error.diagnostic, &error.name, &error.text);
    }
}

/// A journey file (`sero journey`), in YAML.
pub fn journey(data: &[u8]) {
    let Some(text) = text(data) else { return };
    if let Err(error) = sero_manifest::journey::parse(text, "fuzz.journey.yaml", Format::Yaml) {
        check_manifest_error(&error);
    }
}

/// The Impact Framework manifest reader alone (`sero if run`'s first step, `sero if diff`).
pub fn if_read(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let mut pool = sero_if::pool::Pool::new();
    if let Err(error) = sero_if::yaml::parse(text, &mut pool) {
        assert!(
            error.at <= text.chars().count(),
            "error at character {} of a text of {}",
            error.at,
            text.chars().count()
        );
    }
}

/// A writer that counts, and refuses to go past [`MAX_IF_OUTPUT`].
struct Capped(u64);

impl Write for Capped {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len() as u64;
        assert!(
            self.0 <= MAX_IF_OUTPUT,
            "`if run` wrote more than {MAX_IF_OUTPUT} bytes of output"
        );
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// `sero if run` end to end: read, run with the builtins (no search folder, so a relative
/// CSV path of `CSVLookup` finds nothing; URLs are never fetched), write the output manifest.
pub fn if_run(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let options = sero_if::Options::default();
    match sero_if::run(text, &options) {
        Ok(run) => {
            let mut emitter = sero_if::emit::Emitter::new(&run.pool, Capped(0));
            emitter
                .document(&run.document)
                .expect("writing to memory cannot fail");
            emitter.finish().expect("writing to memory cannot fail");
        }
        Err(error) => assert!(error.at <= text.chars().count()),
    }
}

fn cloud(data: &[u8], name: &str) {
    let file = Scratch::new(name, data);
    let coefficients = cloud_coefficients();
    // Both methods, chosen by the input itself so that a finding replays the same way.
    let method = if data.len().is_multiple_of(2) {
        sero_cloud::Method::Ccf
    } else {
        sero_cloud::Method::Sero
    };
    let options = sero_cloud::Options {
        group_by: vec![sero_cloud::Dim::Region, sero_cloud::Dim::Service],
        max_errors: None,
        method,
    };
    let lines = data.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    if let Ok(report) = sero_cloud::aggregate_file(
        coefficients,
        &file.path,
        options,
        // Two threads: a Parquet file of several row groups takes the two-thread path.
        2,
        sero_cloud::PARALLEL_FROM_BYTES,
        &mut |_| {},
    ) {
        let summary = &report.summary;
        assert!(summary.lines_used <= summary.lines_read);
        if name.ends_with(".csv") {
            // A malformed line of a plain CSV file is one of its lines.
            for malformed in &summary.malformed {
                assert!(
                    (1..=lines).contains(&malformed.line),
                    "malformed line {} of a file of {lines} lines",
                    malformed.line
                );
            }
        }
    }
}

fn cloud_coefficients() -> &'static sero_cloud::Coefficients {
    static COEFFICIENTS: OnceLock<sero_cloud::Coefficients> = OnceLock::new();
    COEFFICIENTS.get_or_init(sero_cloud::Coefficients::bundled)
}

/// A cloud bill as plain CSV (`sero import cloud`).
pub fn cloud_csv(data: &[u8]) {
    cloud(data, "bill.csv");
}

/// A cloud bill as gzip-compressed CSV. Inputs that do not start with gzip's magic bytes are
/// left to `cloud_csv`.
pub fn cloud_gzip(data: &[u8]) {
    if data.starts_with(&[0x1f, 0x8b]) {
        cloud(data, "bill.csv.gz");
    }
}

/// A cloud bill as Parquet. Inputs that are not Parquet (by content) are left to `cloud_csv`.
pub fn cloud_parquet(data: &[u8]) {
    if sero_cloud::parquet_input::is_parquet(data) {
        cloud(data, "bill.parquet");
    }
}

/// An IT estate inventory (`sero import inventory`): read, checked and estimated.
pub fn inventory(data: &[u8]) {
    let Some(text) = text(data) else { return };
    // The reader ends a line at `\n`, `\r\n` or a lone `\r`, as editors do.
    let lines = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .split('\n')
        .count();
    let errors = match sero_inventory::parse(text) {
        Ok(rows) => match sero_inventory::estimate(&rows, library()) {
            Ok(_) => return,
            Err(errors) => errors,
        },
        Err(errors) => errors,
    };
    for error in errors {
        assert!(
            (1..=lines).contains(&error.line),
            "row error on line {} of a file of {lines} lines",
            error.line
        );
    }
}

/// Prometheus text exposition (`sero import prometheus`): each part of the input between two
/// blank lines is one scrape, a second apart, read as energy series.
pub fn prometheus(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let mut scrapes = Vec::new();
    for (i, body) in text.split("\n\n\n").enumerate() {
        match sero_energy::prometheus::parse(body) {
            Ok(exposition) => scrapes.push(sero_energy::series::Scrape {
                source: format!("scrape-{i}.prom"),
                time_ms: Some(i as i64 * 1000),
                relative: true,
                exposition,
            }),
            Err(error) => {
                let lines: Vec<&str> = body.split('\n').collect();
                assert!(
                    (1..=lines.len()).contains(&error.line),
                    "error on line {} of a text of {} lines",
                    error.line,
                    lines.len()
                );
                let width = lines[error.line - 1].chars().count() + 1;
                assert!(
                    (1..=width).contains(&error.column),
                    "error at column {} of a line of {width} characters",
                    error.column
                );
                return;
            }
        }
    }
    let _ = sero_energy::series::energy(&scrapes, &[]);
}

/// A sitemap (`sero page --sitemap`).
pub fn sitemap(data: &[u8]) {
    let Some(text) = text(data) else { return };
    if let Err(error) = sero_manifest::sitemap::urls(text) {
        let at = error.pos();
        assert!(at.row >= 1 && at.col >= 1);
        assert!(at.row as usize <= text.split('\n').count());
    }
}
