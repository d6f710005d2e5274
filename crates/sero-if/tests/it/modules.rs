//! The crate's modules depend one way: read from the source, every module's
//! imports (`crate::…`, `super::…`, a parent naming its child) point only at
//! modules listed before it in `lib.rs`'s dependency order, so no module
//! imports one that imports it back.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path (`engine`, `builtins::sum`) to the text of its file, without
/// `#[cfg(test)]` code and comments.
fn modules(src: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut dirs = vec![src.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path
                .strip_prefix(src)
                .expect("under src")
                .with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
                parts.pop();
            }
            let text = std::fs::read_to_string(&path).expect("a source file");
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            let code: String = code
                .lines()
                .map(|l| l.split("//").next().unwrap_or(""))
                .collect::<Vec<_>>()
                .join("\n");
            out.insert(parts.join("::"), code);
        }
    }
    out
}

/// The longest known module that a path (`a::b::Item`) starts with.
fn resolve(names: &BTreeSet<String>, segments: &[&str]) -> Option<String> {
    (1..=segments.len())
        .rev()
        .map(|i| segments[..i].join("::"))
        .find(|m| names.contains(m))
}

/// Paths following `prefix` in `code` (`crate::` gives `engine::Run`, …).
fn paths_after<'a>(code: &'a str, prefix: &str) -> Vec<Vec<&'a str>> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices(prefix) {
        let before = code[..i].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = &code[i + prefix.len()..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        out.push(rest[..end].split("::").filter(|s| !s.is_empty()).collect());
    }
    out
}

fn dependencies(mods: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let names: BTreeSet<String> = mods.keys().filter(|m| !m.is_empty()).cloned().collect();
    let mut deps = BTreeMap::new();
    for (module, code) in mods {
        if module.is_empty() {
            continue;
        }
        let parent: Vec<&str> = module.split("::").collect();
        let parent = &parent[..parent.len() - 1];
        let mut found = BTreeSet::new();
        for path in paths_after(code, "crate::") {
            found.extend(resolve(&names, &path));
        }
        for path in paths_after(code, "super::") {
            let full: Vec<&str> = parent.iter().copied().chain(path).collect();
            found.extend(
                resolve(&names, &full).or_else(|| (!parent.is_empty()).then(|| parent.join("::"))),
            );
        }
        for child in names.iter().filter(|n| {
            n.strip_prefix(&format!("{module}::"))
                .is_some_and(|rest| !rest.contains("::"))
        }) {
            let short = child.rsplit("::").next().unwrap_or(child);
            if !paths_after(code, &format!("{short}::")).is_empty() {
                found.insert(child.clone());
            }
        }
        found.remove(module);
        deps.insert(module.clone(), found);
    }
    deps
}

/// The order `lib.rs` documents: the backticked names of its numbered list,
/// `builtins::<name>` standing for every builtin file.
fn documented_order(lib: &str, names: &BTreeSet<String>) -> Vec<String> {
    let mut order = Vec::new();
    let mut in_list = false;
    for line in lib.lines() {
        let Some(doc) = line.strip_prefix("//!") else {
            if in_list {
                break;
            }
            continue;
        };
        let doc = doc.trim();
        if doc.starts_with("1. ") {
            in_list = true;
        }
        if !in_list {
            continue;
        }
        if doc.is_empty() {
            break;
        }
        for (i, name) in doc.split('`').enumerate() {
            if i % 2 == 0 {
                continue;
            }
            if name == "builtins::<name>" {
                order.extend(
                    names
                        .iter()
                        .filter(|n| n.starts_with("builtins::"))
                        .cloned(),
                );
            } else {
                order.push(name.to_string());
            }
        }
    }
    order
}

#[test]
fn every_module_depends_only_on_modules_listed_before_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mods = modules(&src);
    let deps = dependencies(&mods);
    let names: BTreeSet<String> = deps.keys().cloned().collect();
    assert!(
        names.contains("engine") && names.contains("builtins::time_sync"),
        "the source was read: {names:?}"
    );
    let lib = std::fs::read_to_string(src.join("lib.rs")).expect("lib.rs");
    let order = documented_order(&lib, &names);
    let listed: BTreeSet<String> = order.iter().cloned().collect();
    assert_eq!(listed, names, "lib.rs lists every module once");
    assert_eq!(order.len(), names.len(), "lib.rs lists every module once");
    let position = |m: &str| order.iter().position(|o| o == m).expect("listed");
    let backwards: Vec<String> = deps
        .iter()
        .flat_map(|(m, ds)| {
            ds.iter()
                .filter(|d| position(d) >= position(m))
                .map(move |d| format!("{m} -> {d}"))
        })
        .collect();
    assert!(
        backwards.is_empty(),
        "imports against lib.rs's order (a circle, or a stale list): {backwards:?}"
    );
}

#[test]
fn the_graph_sees_an_import_circle() {
    let mut mods = BTreeMap::new();
    mods.insert(String::new(), String::new());
    mods.insert("a".to_string(), "use crate::b::Thing;".to_string());
    mods.insert("b".to_string(), "fn f() { crate::a::g() }".to_string());
    mods.insert("c".to_string(), "mod d; use d::X;".to_string());
    mods.insert("c::d".to_string(), "use super::Y;".to_string());
    let deps = dependencies(&mods);
    assert!(deps["a"].contains("b") && deps["b"].contains("a"));
    assert!(deps["c"].contains("c::d") && deps["c::d"].contains("c"));
}
