//! Integration tests of the `sero` binary, compiled as one test binary (`it`).
//!
//! Every test runs the real executable in a fresh temporary directory, the way a user would,
//! and checks its exit code, standard output and standard error. Any file whose name can appear
//! in a message is copied into that directory and given to `sero` by a relative path, so
//! snapshots never contain temporary paths; the workspace's examples are read where they are.
//!
//! - [`broken`]: manifests that must be refused with a message pointing at file:line:column.
//! - [`estimate`]: the examples in every output format, the uncertainty interval, `--factors`.
//! - [`commands`]: `init`, `models`, `factors` and `schema`.
//! - [`compare`]: `compare` on the four-channel example: per-channel figures, boundary gaps,
//!   `--shift` scenarios, `--chart`, and refused shifts.
//! - [`page`]: `page` against pages served on loopback: bytes, findings, budgets, errors.
//! - [`transfer`]: the CO2.js-compatible calculator against reference values.
//! - [`schema`]: every JSON document a command writes against its JSON Schema (and every
//!   document any test reads through [`Run::json`]).
//! - [`boavizta`]: the `end-user-device`, `server` and `cloud` models against BoaviztAPI 2.5.0 on
//!   the same inputs (needs `SERO_BOAVIZTAPI_PYTHON`, see `scripts/test`).
//! - [`webapp`]: `sero serve` driven over HTTP: the isolation matrix of organisations,
//!   durability under SIGKILL, and security checks (on SQLite, and on PostgreSQL when
//!   `SERO_TEST_POSTGRES_URL` is set).
//! - [`if_parity`]: `if run` against the Impact Framework 1.1.0 on every example manifest it
//!   ships and on generated ones (needs `SERO_IF_DIR`, see `scripts/if-reference`).

mod accounting;
mod api;
mod boavizta;
mod broken;
mod cli;
mod commands;
mod compare;
mod energy;
mod estimate;
mod grid;
mod html_report;
mod if_parity;
mod impact_framework;
mod import_cloud;
mod import_inventory;
mod journey;
mod limits;
mod page;
mod schema;
mod sci;
mod transfer;
mod web_measure;
mod webapp;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The time `Sandbox::run` gives documents as `produced_at` (2026-01-01T00:00:00Z).
const SOURCE_DATE_EPOCH: &str = "1767225600";

/// What one run of `sero` produced.
#[derive(Debug)]
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    /// The standard output of a run that must have succeeded.
    #[track_caller]
    fn success(self) -> String {
        assert_eq!(
            self.code, 0,
            "sero failed\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self.stdout
    }

    /// The standard output of a successful run, parsed as JSON and checked against the schema
    /// of the document it names (`sero schema --document NAME`).
    #[track_caller]
    fn json(self) -> Value {
        let stdout = self.success();
        let value: Value = serde_json::from_str(&stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{stdout}"));
        // A JSON Schema (`sero schema`) is not a document of sero's.
        if value.get("$schema").is_none() {
            schema::assert_valid(&value);
        }
        value
    }

    /// The standard error of a run that must have been refused as bad input (exit code 2)
    /// without printing anything on standard output.
    #[track_caller]
    fn refused(self) -> String {
        assert_eq!(
            self.code, 2,
            "expected exit code 2\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        assert_eq!(self.stdout, "", "a refused run prints nothing on stdout");
        self.stderr
    }
}

/// A temporary working directory in which `sero` runs.
struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Self {
        Sandbox {
            dir: tempfile::tempdir().expect("a temporary directory"),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes `text` to `name` in the sandbox.
    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.path(name), text).expect("write into the sandbox");
    }

    fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).expect("read from the sandbox")
    }

    /// Copies `fixtures/<relative>` into the sandbox under its file name, and returns that name.
    fn copy_fixture(&self, relative: &str) -> String {
        let source = fixture(relative);
        let name = source
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a fixture has a file name")
            .to_owned();
        std::fs::copy(&source, self.path(&name))
            .unwrap_or_else(|e| panic!("copy {}: {e}", source.display()));
        name
    }

    /// Runs `sero` with `args` in the sandbox.
    fn run<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Run {
        self.run_with(args, &[])
    }

    /// Runs `sero` with `args` and the environment variables `vars` (set after the sandbox's
    /// own, so they win).
    fn run_with<S: AsRef<std::ffi::OsStr>>(&self, args: &[S], vars: &[(&str, &str)]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_sero"))
            .args(args)
            .envs(vars.iter().copied())
            // The greencheck API is never contacted in tests: its cache lives in the sandbox,
            // and its default address is a loopback port where nothing listens.
            .env("SERO_CACHE_DIR", self.path("cache"))
            .env("SERO_GREENCHECK_URL", "http://127.0.0.1:9")
            .env("SERO_CARBON_INTENSITY_URL", "http://127.0.0.1:9")
            // Documents say when they were produced: pinned, so two runs give the same bytes.
            .env("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)
            // Reports in English, laid out for 100 columns, whatever the machine's locale and
            // terminal; tests of Welsh or of other widths say so (`--lang cy`, `COLUMNS`).
            .env_remove("SERO_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .env("COLUMNS", "100")
            .envs(vars.iter().copied())
            .current_dir(self.dir.path())
            .output()
            .expect("run sero");
        Run {
            code: output
                .status
                .code()
                .expect("sero was not killed by a signal"),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        }
    }
}

/// A file under `tests/it/fixtures/`.
fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/it/fixtures")
        .join(relative)
}

/// A manifest of the workspace's `examples/` directory.
fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name)
}

/// Asserts that `a` and `b` agree to within `relative` of the larger magnitude.
#[track_caller]
fn assert_close(a: f64, b: f64, relative: f64, what: &str) {
    let scale = a.abs().max(b.abs());
    assert!(
        (a - b).abs() <= relative * scale,
        "{what}: {a} and {b} differ by more than {relative} relative"
    );
}

/// A number from a JSON document, with a readable failure.
#[track_caller]
fn number(value: &Value, pointer: &str) -> f64 {
    value
        .pointer(pointer)
        .and_then(Value::as_f64)
        .unwrap_or_else(|| panic!("no number at `{pointer}`"))
}
