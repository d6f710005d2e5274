//! `NOTICE` lists every bundled dataset: each file under a crate's `data/` folder has an entry
//! (a `## `path`` heading) with its licence and attribution, and no entry names a file that is
//! gone.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every file under `crates/*/data/`, as a path from the repository's root with `/`.
fn data_files(root: &Path) -> BTreeSet<String> {
    fn walk(dir: &Path, relative: &str, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = format!("{relative}/{name}");
            if entry.file_type().unwrap().is_dir() {
                walk(&entry.path(), &path, out);
            } else {
                out.insert(path);
            }
        }
    }
    let mut files = BTreeSet::new();
    for krate in std::fs::read_dir(root.join("crates")).unwrap() {
        let krate = krate.unwrap();
        let data = krate.path().join("data");
        if data.is_dir() {
            let name = krate.file_name().to_string_lossy().into_owned();
            walk(&data, &format!("crates/{name}/data"), &mut files);
        }
    }
    files
}

/// The entries of NOTICE: the file each `## `…`` heading names, with its text.
fn entries(notice: &str) -> Vec<(String, String)> {
    let mut entries: Vec<(String, String)> = Vec::new();
    let mut in_entry = false;
    for line in notice.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            in_entry = heading.starts_with('`') && heading.ends_with('`');
            if in_entry {
                entries.push((heading.trim_matches('`').to_owned(), String::new()));
            }
        } else if in_entry && let Some((_, text)) = entries.last_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    entries
}

#[test]
fn every_bundled_data_file_has_an_entry_with_its_licence_and_attribution() {
    let root = root();
    let notice = std::fs::read_to_string(root.join("NOTICE")).expect("NOTICE at the root");
    let entries = entries(&notice);
    let listed: BTreeSet<String> = entries.iter().map(|(path, _)| path.clone()).collect();
    let files = data_files(&root);
    assert!(
        files.iter().any(|f| f.ends_with("devices.yaml")),
        "the walk found the data folders: {files:?}"
    );
    let missing: Vec<&String> = files.difference(&listed).collect();
    assert!(
        missing.is_empty(),
        "bundled data files with no entry in NOTICE (add `## `path`` with What:, Licence: and Attribution:): {missing:?}"
    );
    let stale: Vec<&String> = listed.difference(&files).collect();
    assert!(
        stale.is_empty(),
        "NOTICE lists files that do not exist: {stale:?}"
    );
    for (path, text) in &entries {
        for field in ["What:", "Licence:", "Attribution:"] {
            assert!(
                text.lines().any(|l| l.starts_with(field)),
                "the NOTICE entry of `{path}` has no `{field}` line"
            );
        }
    }
}

#[test]
fn a_file_without_an_entry_is_found() {
    // The same check on a made-up tree: a data file that NOTICE does not name is reported.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("crates/demo/data/sub")).unwrap();
    std::fs::write(dir.path().join("crates/demo/data/sub/table.csv"), "a\n").unwrap();
    std::fs::write(dir.path().join("crates/demo/data/listed.csv"), "a\n").unwrap();
    let files = data_files(dir.path());
    let notice = "## `crates/demo/data/listed.csv`\nWhat: x\nLicence: y\nAttribution: z\n";
    let listed: BTreeSet<String> = entries(notice).into_iter().map(|(p, _)| p).collect();
    let missing: Vec<&String> = files.difference(&listed).collect();
    assert_eq!(missing, vec!["crates/demo/data/sub/table.csv"]);
}
