//! Every target's function over every file of its corpus and of its regressions: a brief run
//! of each fuzz target in the ordinary test suite (no AFL needed). A file that panics fails the
//! test, named with its target. A folder named after no target fails too, so a renamed target
//! cannot leave its inputs unreplayed.

use std::path::Path;

fn inputs(folder: &str, target: &str) -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(folder)
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .map(|e| e.expect("a readable folder").path())
        .filter(|p| p.is_file() && p.file_name().is_none_or(|n| n != "README.md"))
        .collect();
    files.sort();
    files
}

fn replay(folder: &str) -> usize {
    let mut count = 0;
    for (name, function) in sero_fuzz::TARGETS {
        for path in inputs(folder, name) {
            let data = std::fs::read(&path).expect("a readable input");
            let result = std::panic::catch_unwind(|| function(&data));
            assert!(
                result.is_ok(),
                "target {name} panicked on {}",
                path.display()
            );
            count += 1;
        }
    }
    count
}

#[test]
fn every_corpus_input_reads_without_a_panic() {
    let count = replay("corpus");
    // Each target has seeds.
    for (name, _) in sero_fuzz::TARGETS {
        assert!(
            !inputs("corpus", name).is_empty(),
            "target {name} has no seed in corpus/{name}"
        );
    }
    assert!(count >= sero_fuzz::TARGETS.len());
}

#[test]
fn every_regression_input_reads_without_a_panic() {
    replay("regressions");
}

#[test]
fn every_folder_is_a_target() {
    for folder in ["corpus", "regressions"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("a readable folder").path();
            if path.is_dir() {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                assert!(
                    sero_fuzz::target(&name).is_some(),
                    "{folder}/{name} is named after no target"
                );
            }
        }
    }
}
