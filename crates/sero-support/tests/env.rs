//! The registry of environment variables: the cache folder rule, the documentation, and that
//! no variable is read or named without being registered.

use std::collections::BTreeSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use sero_support::env::Audience;
use sero_support::{EnvVars, Var, cache_dir_with};

fn lookup<'a>(pairs: &'a [(&str, &str)]) -> impl Fn(&Var) -> Option<OsString> + 'a {
    move |var: &Var| {
        pairs
            .iter()
            .find(|(name, _)| *name == var.name())
            .map(|(_, value)| OsString::from(value))
    }
}

#[test]
fn the_cache_folder_is_sero_cache_dir_then_xdg_then_home() {
    let all = [
        ("SERO_CACHE_DIR", "/c/sero"),
        ("XDG_CACHE_HOME", "/x"),
        ("HOME", "/h"),
    ];
    assert_eq!(cache_dir_with(lookup(&all)), Some(PathBuf::from("/c/sero")));
    assert_eq!(
        cache_dir_with(lookup(&all[1..])),
        Some(PathBuf::from("/x/sero"))
    );
    assert_eq!(
        cache_dir_with(lookup(&all[2..])),
        Some(PathBuf::from("/h/.cache/sero"))
    );
    assert_eq!(cache_dir_with(lookup(&[])), None);
    // An empty value counts as not set.
    let empty = [
        ("SERO_CACHE_DIR", ""),
        ("XDG_CACHE_HOME", ""),
        ("HOME", "/h"),
    ];
    assert_eq!(
        cache_dir_with(lookup(&empty)),
        Some(PathBuf::from("/h/.cache/sero"))
    );
}

#[test]
fn a_variable_is_read_from_the_process_environment_when_not_empty() {
    // PATH is set wherever tests run; its value is what the registry returns.
    let path = std::env::var_os("PATH").filter(|p| !p.is_empty());
    assert!(path.is_some(), "PATH is not set");
    assert_eq!(EnvVars::PATH.get_os(), path);
    assert_eq!(EnvVars::PATH.get(), path.and_then(|p| p.into_string().ok()));
}

#[test]
fn the_registry_has_each_name_once_with_a_meaning() {
    let mut names = BTreeSet::new();
    for var in EnvVars::ALL {
        assert!(names.insert(var.name()), "{} is listed twice", var.name());
        assert!(!var.meaning().is_empty(), "{} has no meaning", var.name());
        assert_eq!(EnvVars::find(var.name()), Some(*var));
        let ours = var.name().starts_with("SERO_");
        assert_eq!(
            ours,
            var.audience() != Audience::Standard,
            "{}: sero's own variables start with SERO_, standard ones do not",
            var.name()
        );
    }
    assert_eq!(EnvVars::find("SERO_NOT_A_VARIABLE"), None);
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the workspace folder")
}

const BEGIN: &str = "<!-- generated from sero_support::EnvVars::markdown(); do not edit -->";
const END: &str = "<!-- end of the generated tables -->";

#[test]
fn docs_environment_md_lists_the_registry() {
    let path = workspace().join("docs/environment.md");
    let text = std::fs::read_to_string(&path).expect("docs/environment.md");
    let start = text.find(BEGIN).expect("the start marker") + BEGIN.len();
    let end = text.find(END).expect("the end marker");
    let listed = text[start..end].trim();
    let expected = EnvVars::markdown();
    assert!(
        listed == expected.trim(),
        "docs/environment.md is out of date; put this between its markers:\n{expected}"
    );
}

/// Files of the workspace that may name variables: sources, manifests, scripts and docs.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a readable folder") {
        let path = entry.expect("a folder entry").path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        if path.is_dir() {
            if !matches!(
                name.as_deref(),
                Some("target" | ".git" | "fixtures" | "data")
            ) {
                files(&path, out);
            }
        } else {
            out.push(path);
        }
    }
}

#[test]
fn every_sero_variable_the_workspace_names_is_registered() {
    let root = workspace();
    let mut paths = Vec::new();
    for dir in ["crates", "scripts", "docs", ".ci"] {
        if root.join(dir).is_dir() {
            files(&root.join(dir), &mut paths);
        }
    }
    paths.extend(["README.md", "ARCHITECTURE.md"].map(|f| root.join(f)));
    // This file names made-up variables on purpose.
    let own_tests = root.join("crates/sero-support/tests");
    paths.retain(|p| !p.starts_with(&own_tests));
    let mut unknown = BTreeSet::new();
    let mut seen = BTreeSet::new();
    for path in &paths {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue; // not text
        };
        let mut rest = text.as_str();
        while let Some(at) = rest.find("SERO_") {
            let end = rest[at..]
                .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
                .map_or(rest.len(), |n| at + n);
            let name = &rest[at..end];
            let before = rest[..at].chars().next_back();
            // `SERO_` alone is the prefix, as prose names it (`SERO_…`).
            if name != "SERO_" && !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
                seen.insert(name.to_owned());
                if EnvVars::find(name).is_none() {
                    unknown.insert(format!("{name} in {}", path.display()));
                }
            }
            rest = &rest[end..];
        }
    }
    assert!(
        unknown.is_empty(),
        "not in sero_support::EnvVars: {unknown:?}"
    );
    // And the registry holds no variable that nothing names any more.
    for var in EnvVars::ALL
        .iter()
        .filter(|v| v.name().starts_with("SERO_"))
    {
        assert!(seen.contains(var.name()), "{} is named nowhere", var.name());
    }
}

#[test]
fn only_the_registry_reads_the_environment() {
    let root = workspace();
    let mut paths = Vec::new();
    files(&root.join("crates"), &mut paths);
    let own = root.join("crates/sero-support/src/env.rs");
    let mut readers = Vec::new();
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
    {
        if *path == own || path.starts_with(root.join("crates/sero-support/tests")) {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("a source file");
        let in_src = path
            .strip_prefix(&root)
            .expect("under the workspace")
            .components()
            .nth(2)
            .is_some_and(|c| c.as_os_str() == "src");
        for (number, line) in text.lines().enumerate() {
            let reads = line.contains("env::var(") || line.contains("env::var_os(");
            // In libraries and the binary, every read goes through the registry; tests and
            // benchmarks may read standard variables (PATH) but not sero's own.
            if reads && (in_src || line.contains("\"SERO_")) {
                readers.push(format!(
                    "{}:{}: {}",
                    path.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        readers.is_empty(),
        "read these through sero_support::EnvVars:\n{}",
        readers.join("\n")
    );
}
