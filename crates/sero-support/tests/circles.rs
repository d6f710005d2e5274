//! No module circles: within each crate of the workspace, no module reaches back to itself
//! through the `crate::…`, `super::…` and `self::…` paths of the others.
//!
//! Each file under a crate's `src/` is a module. A path from module `m` to module `t` is an
//! edge between the two children of their nearest common ancestor that hold them (a path
//! between a module and its own ancestor or descendant is no edge: a parent declares its
//! children and re-exports their items). Names a module re-exports (`pub use x::Y`) are followed
//! to the module that defines them. Code under `#[cfg(test)]` is left out: it is not part of
//! the library's structure. A strongly connected set of two or more modules is a circle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Circles allowed for a while, each with the reason. A listed circle that is no longer found
/// fails the test, so the list cannot go stale. Empty: no crate of the workspace has one.
const ALLOWED: &[(&str, &[&str])] = &[];

type ModPath = Vec<String>;
/// A path as written, and whether it is a public re-export.
type Written = (Vec<String>, bool);

/// A module: its path from the crate root and its code without comments, literals and tests.
struct Module {
    path: ModPath,
    code: String,
}

/// Comments, string and character literals replaced by spaces, so that braces and paths in
/// them do not count.
fn strip_literals(source: &str) -> String {
    let bytes = source.as_bytes();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    while i < bytes.len() {
        let rest = &source[i..];
        if rest.starts_with("//") {
            let end = rest.find('\n').map_or(source.len(), |n| i + n);
            i = end;
        } else if rest.starts_with("/*") {
            let mut depth = 0;
            let mut j = i;
            while j < bytes.len() {
                if source[j..].starts_with("/*") {
                    depth += 1;
                    j += 2;
                } else if source[j..].starts_with("*/") {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            out.push(' ');
            i = j;
        } else if let Some(hashes) = raw_string_start(rest) {
            let open = 1 + hashes + 1 + usize::from(rest.starts_with('b'));
            let close = format!("\"{}", "#".repeat(hashes));
            let end = rest[open..]
                .find(&close)
                .map_or(source.len(), |n| i + open + n + close.len());
            out.push_str("\"\"");
            i = end;
        } else if rest.starts_with('"') || rest.starts_with("b\"") {
            let mut j = i + if rest.starts_with('b') { 2 } else { 1 };
            while j < bytes.len() && bytes[j] != b'"' {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            out.push_str("\"\"");
            i = j + 1;
        } else if rest.starts_with('\'') {
            // A character literal ('x', '\n', '\u{7b}') or a lifetime ('a).
            let chars: Vec<char> = rest.chars().take(12).collect();
            if chars.get(1) == Some(&'\\') {
                let end = rest[2..].find('\'').map_or(source.len(), |n| i + 2 + n + 1);
                out.push_str("' '");
                i = end;
            } else if chars.get(2) == Some(&'\'') {
                out.push_str("' '");
                i += 1 + chars[1].len_utf8() + 1;
            } else {
                out.push('\'');
                i += 1;
            }
        } else {
            let c = rest.chars().next().expect("not at the end");
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// `r"`, `r#"`, `br##"`…: the number of `#`.
fn raw_string_start(rest: &str) -> Option<usize> {
    let after = rest.strip_prefix("br").or_else(|| rest.strip_prefix('r'))?;
    let hashes = after.len() - after.trim_start_matches('#').len();
    after[hashes..].starts_with('"').then_some(hashes)
}

/// The index just after the item that starts at `start` (up to its `;` or its closing brace).
fn item_end(code: &str, start: usize) -> usize {
    let mut depth = 0usize;
    for (offset, c) in code[start..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return start + offset + 1;
                }
            }
            ';' if depth == 0 => return start + offset + 1,
            _ => {}
        }
    }
    code.len()
}

/// `code` without the items under `#[cfg(test)]`, and the names of the `mod x;` among them.
fn strip_tests(code: &str) -> (String, Vec<String>) {
    let mut out = String::new();
    let mut test_modules = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = at + "#[cfg(test)]".len();
        let end = item_end(rest, after);
        let item = rest[after..end].trim();
        if let Some(name) = item
            .trim_start_matches("pub ")
            .strip_prefix("mod ")
            .and_then(|m| m.strip_suffix(';'))
        {
            test_modules.push(name.trim().to_owned());
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    (out, test_modules)
}

/// The modules of the crate whose sources are in `src`.
fn modules(src: &Path) -> Vec<Module> {
    let mut files = Vec::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("a readable source folder") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let mut found: Vec<(ModPath, String, Vec<String>)> = files
        .into_iter()
        .map(|file| {
            let relative = file.strip_prefix(src).expect("a file under src");
            let mut path: ModPath = relative
                .with_extension("")
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            if matches!(
                path.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                path.pop();
            }
            let source = std::fs::read_to_string(&file).expect("a readable source file");
            let (code, tests) = strip_tests(&strip_literals(&source));
            (path, code, tests)
        })
        .collect();
    // Files declared as `#[cfg(test)] mod x;` are tests too.
    let test_files: BTreeSet<ModPath> = found
        .iter()
        .flat_map(|(path, _, tests)| {
            tests.iter().map(move |t| {
                let mut p = path.clone();
                p.push(t.clone());
                p
            })
        })
        .collect();
    found.retain(|(path, _, _)| !test_files.iter().any(|t| path.starts_with(t)));
    found
        .into_iter()
        .map(|(path, code, _)| Module { path, code })
        .collect()
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The paths a `use` tree names (`a::{b, c::d as e, self}` gives `a::b`, `a::c::d` and `a`).
fn expand_use(tree: &str) -> Vec<Vec<String>> {
    fn split_top(list: &str) -> Vec<&str> {
        let mut parts = Vec::new();
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in list.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    parts.push(&list[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        parts.push(&list[start..]);
        parts
    }
    let tree: String = tree.split_whitespace().collect::<Vec<_>>().join(" ");
    let tree = tree.trim();
    if tree.is_empty() {
        return Vec::new();
    }
    if let Some(open) = tree.find('{') {
        let prefix: Vec<String> = tree[..open]
            .split("::")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        split_top(inner)
            .into_iter()
            .flat_map(expand_use)
            .map(|tail| {
                let mut path = prefix.clone();
                path.extend(tail.into_iter().filter(|s| s != "self"));
                path
            })
            .collect()
    } else {
        let path = tree.split(" as ").next().unwrap_or(tree);
        vec![
            path.split("::")
                .map(str::trim)
                .filter(|s| !s.is_empty() && *s != "*")
                .map(str::to_owned)
                .collect(),
        ]
    }
}

/// The paths in `code`, each with whether it is a public re-export (`pub use`).
fn paths(code: &str) -> Vec<Written> {
    let mut out = Vec::new();
    let mut rest = String::new();
    let mut i = 0;
    let bytes = code.as_bytes();
    // `use` items first (their trees may hold braces and several paths).
    while i < code.len() {
        let at_word = i == 0 || !is_ident_char(bytes[i - 1] as char);
        if at_word
            && code[i..].starts_with("use ")
            && let Some(end) = code[i..].find(';')
        {
            let before = code[..i].trim_end();
            let public = before.ends_with("pub") || before.ends_with(')');
            for path in expand_use(&code[i + 4..i + end]) {
                out.push((path, public));
            }
            i += end + 1;
            continue;
        }
        let c = code[i..].chars().next().expect("not at the end");
        rest.push(c);
        i += c.len_utf8();
    }
    // Then paths in expressions and types.
    let rb = rest.as_bytes();
    for start in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(found) = rest[from..].find(start) {
            let at = from + found;
            from = at + start.len();
            if at > 0 && (is_ident_char(rb[at - 1] as char) || rb[at - 1] == b':') {
                continue;
            }
            let mut end = at;
            while end < rest.len() {
                let c = rb[end] as char;
                if is_ident_char(c) || (c == ':' && rest[end..].starts_with("::")) {
                    end += if c == ':' { 2 } else { 1 };
                } else {
                    break;
                }
            }
            let path: Vec<String> = rest[at..end]
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            out.push((path, false));
        }
    }
    out
}

/// `path` as written in module `from`, made absolute (from the crate root); `None` for paths
/// outside the crate.
fn absolute(from: &[String], path: &[String], children: &BTreeSet<ModPath>) -> Option<ModPath> {
    let first = path.first()?;
    let mut base: ModPath;
    let mut rest = path;
    match first.as_str() {
        "crate" => {
            base = Vec::new();
            rest = &path[1..];
        }
        "super" | "self" => {
            base = from.to_vec();
            while let Some(step) = rest.first() {
                match step.as_str() {
                    "super" => {
                        base.pop()?;
                    }
                    "self" => {}
                    _ => break,
                }
                rest = &rest[1..];
            }
        }
        _ => {
            // A child module named without `self::` (`use text::X` in the parent of `text`).
            let mut child = from.to_vec();
            child.push(first.clone());
            if !children.contains(&child) {
                return None;
            }
            base = from.to_vec();
        }
    }
    base.extend(rest.iter().cloned());
    Some(base)
}

/// The modules of one crate and the edges between sibling modules, each with one example
/// (`from`, the path as made absolute).
struct Graph {
    nodes: BTreeSet<ModPath>,
    edges: BTreeMap<ModPath, BTreeMap<ModPath, String>>,
}

fn graph(modules: &[Module]) -> Graph {
    let nodes: BTreeSet<ModPath> = modules.iter().map(|m| m.path.clone()).collect();
    let all_paths: Vec<(ModPath, Vec<Written>)> = modules
        .iter()
        .map(|m| (m.path.clone(), paths(&m.code)))
        .collect();
    // Names each module re-exports: (module, name) → absolute path.
    let mut reexports: BTreeMap<(ModPath, String), ModPath> = BTreeMap::new();
    for (module, paths) in &all_paths {
        for (path, public) in paths {
            if !public {
                continue;
            }
            if let Some(target) = absolute(module, path, &nodes)
                && let Some(name) = target.last()
            {
                reexports.insert((module.clone(), name.clone()), target);
            }
        }
    }
    // The module a path lands in: its longest prefix that is a module, following re-exports.
    let resolve = |path: &ModPath| -> ModPath {
        let mut path = path.clone();
        for _ in 0..8 {
            let mut prefix = path.clone();
            while !nodes.contains(&prefix) {
                prefix.pop();
            }
            match path.get(prefix.len()) {
                Some(name) => match reexports.get(&(prefix.clone(), name.clone())) {
                    Some(target) if *target != path => {
                        let mut next = target.clone();
                        next.extend(path[prefix.len() + 1..].iter().cloned());
                        path = next;
                    }
                    _ => return prefix,
                },
                None => return prefix,
            }
        }
        path
    };
    let mut edges: BTreeMap<ModPath, BTreeMap<ModPath, String>> = BTreeMap::new();
    for (module, paths) in &all_paths {
        for (path, _) in paths {
            let Some(target_path) = absolute(module, path, &nodes) else {
                continue;
            };
            let target = resolve(&target_path);
            let common = module
                .iter()
                .zip(&target)
                .take_while(|(a, b)| a == b)
                .count();
            if common == module.len() || common == target.len() {
                continue; // the same module, an ancestor or a descendant
            }
            let from = module[..=common].to_vec();
            let to = target[..=common].to_vec();
            edges
                .entry(from)
                .or_default()
                .entry(to)
                .or_insert_with(|| format!("{} uses {}", show(module), target_path.join("::")));
        }
    }
    Graph { nodes, edges }
}

fn show(path: &[String]) -> String {
    if path.is_empty() {
        "crate".to_owned()
    } else {
        path.join("::")
    }
}

/// The circles of `graph`: its strongly connected sets of two or more modules (Tarjan), each
/// sorted, with the edges that make it.
fn circles(graph: &Graph) -> Vec<(Vec<ModPath>, Vec<String>)> {
    struct State<'g> {
        graph: &'g Graph,
        index: BTreeMap<&'g ModPath, usize>,
        low: BTreeMap<&'g ModPath, usize>,
        stack: Vec<&'g ModPath>,
        on_stack: BTreeSet<&'g ModPath>,
        next: usize,
        found: Vec<Vec<ModPath>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g ModPath) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on_stack.insert(v);
        if let Some(targets) = s.graph.edges.get(v) {
            for w in targets.keys() {
                if !s.index.contains_key(w) {
                    visit(s, w);
                    let low = s.low[v].min(s.low[w]);
                    s.low.insert(v, low);
                } else if s.on_stack.contains(w) {
                    let low = s.low[v].min(s.index[w]);
                    s.low.insert(v, low);
                }
            }
        }
        if s.low[v] == s.index[v] {
            let mut set = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                set.push(w.clone());
                if w == v {
                    break;
                }
            }
            if set.len() > 1 {
                set.sort();
                s.found.push(set);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        found: Vec::new(),
    };
    let mut all: BTreeSet<&ModPath> = graph.nodes.iter().collect();
    all.extend(graph.edges.keys());
    for v in all {
        if !state.index.contains_key(v) {
            visit(&mut state, v);
        }
    }
    let mut found = state.found;
    found.sort();
    found
        .into_iter()
        .map(|set| {
            let members: BTreeSet<&ModPath> = set.iter().collect();
            let mut why = Vec::new();
            for from in &set {
                for (to, example) in graph.edges.get(from).into_iter().flatten() {
                    if members.contains(to) {
                        why.push(format!("{} → {} ({example})", show(from), show(to)));
                    }
                }
            }
            (set, why)
        })
        .collect()
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the workspace folder")
}

#[test]
fn no_crate_has_a_module_circle() {
    let crates_dir = workspace().join("crates");
    let mut names: Vec<String> = std::fs::read_dir(&crates_dir)
        .expect("the crates folder")
        .map(|e| {
            e.expect("a folder entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| crates_dir.join(name).join("src").is_dir())
        .collect();
    names.sort();
    assert!(names.len() >= 10, "too few crates found: {names:?}");
    let mut failures = Vec::new();
    let mut allowed_seen = BTreeSet::new();
    for name in &names {
        let modules = modules(&crates_dir.join(name).join("src"));
        for (set, why) in circles(&graph(&modules)) {
            let members: Vec<String> = set.iter().map(|m| show(m)).collect();
            let allowed = ALLOWED.iter().position(|(krate, circle)| {
                krate == name
                    && circle
                        .iter()
                        .copied()
                        .eq(members.iter().map(String::as_str))
            });
            match allowed {
                Some(index) => {
                    allowed_seen.insert(index);
                }
                None => failures.push(format!(
                    "{name}: circle {}:\n    {}",
                    members.join(" ↔ "),
                    why.join("\n    ")
                )),
            }
        }
    }
    for (index, (krate, circle)) in ALLOWED.iter().enumerate() {
        if !allowed_seen.contains(&index) {
            failures.push(format!(
                "{krate}: the allowed circle {} is gone (or changed): take it off ALLOWED",
                circle.join(" ↔ ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Builds the modules of a crate from `(file under src, source)` pairs.
fn crate_of(files: &[(&str, &str)]) -> Vec<Module> {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (file, source) in files {
        let path = dir.path().join(file);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("a folder");
        std::fs::write(path, source).expect("a written file");
    }
    modules(dir.path())
}

fn circle_names(modules: &[Module]) -> Vec<Vec<String>> {
    circles(&graph(modules))
        .into_iter()
        .map(|(set, _)| set.iter().map(|m| show(m)).collect())
        .collect()
}

#[test]
fn a_deliberate_circle_is_found_and_named() {
    let modules = crate_of(&[
        ("lib.rs", "mod a;\nmod b;\nmod c;\nmod d;\n"),
        ("a.rs", "use crate::b::Thing;\npub struct A;\n"),
        // Through a grouped `use` tree and a path in an expression.
        ("b.rs", "use crate::{d, c::{self, C}};\npub struct Thing;\n"),
        (
            "c.rs",
            "pub struct C;\npub fn f() { let _ = super::a::A; }\n",
        ),
        ("d.rs", "pub struct D;\n"),
    ]);
    assert_eq!(circle_names(&modules), [["a", "b", "c"]]);
    let (_, why) = &circles(&graph(&modules))[0];
    assert!(
        why.iter().any(|w| w.starts_with("c → a (c uses a::A)")),
        "{why:?}"
    );
}

#[test]
fn circles_between_nested_modules_and_through_reexports_are_found() {
    let modules = crate_of(&[
        ("lib.rs", "mod models;\nmod text;\npub use text::Words;\n"),
        (
            "models/mod.rs",
            "mod grid;\nmod paper;\npub use grid::Grid;\n",
        ),
        // paper → grid through the parent's re-export; grid → paper directly.
        (
            "models/grid.rs",
            "pub struct Grid;\nfn f() { super::paper::g() }\n",
        ),
        ("models/paper.rs", "use super::Grid;\npub fn g() {}\n"),
        // text ↔ models through the root's re-export of `Words`.
        ("text.rs", "pub struct Words;\nuse crate::models::Grid;\n"),
    ]);
    assert_eq!(circle_names(&modules), [["models::grid", "models::paper"]]);
    let with_text = crate_of(&[
        ("lib.rs", "mod models;\nmod text;\npub use text::Words;\n"),
        (
            "models/mod.rs",
            "pub struct Grid;\nfn f(_: crate::Words) {}\n",
        ),
        ("text.rs", "pub struct Words;\nuse crate::models::Grid;\n"),
    ]);
    assert_eq!(circle_names(&with_text), [["models", "text"]]);
}

#[test]
fn comments_literals_tests_and_parents_make_no_circle() {
    let modules = crate_of(&[
        ("lib.rs", "mod a;\nmod b;\n"),
        (
            "a.rs",
            "use crate::b::B;\n// crate::b is fine, and so is super::b below\n\
             pub fn f() -> &'static str { \"crate::b::B {\" }\n\
             pub const C: char = '{';\n",
        ),
        (
            "b.rs",
            "pub struct B;\n/* use crate::a::f; */\nfn g<'a>(x: &'a str) -> &'a str { x }\n\
             #[cfg(test)]\nmod tests {\n    use crate::a::f;\n    #[test]\n    fn t() { f(); }\n}\n",
        ),
    ]);
    assert_eq!(circle_names(&modules), Vec::<Vec<String>>::new());
}
