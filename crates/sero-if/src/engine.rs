//! `if-run`: validate the manifest, initialize the plugins, compute every
//! node (observe, regroup, compute), aggregate, explain, and assemble the
//! output manifest.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use sero_message::msg;

use crate::aggregation::{AggMethod, Aggregation};
use crate::builtin::Ctx;
use crate::builtins;
use crate::error::{IfError, Result};
use crate::plugin::Plugin;
use crate::pool::{Pool, Sym};
use crate::value::{Entry, Map, Obs, Seq, Value, seq_of};
use crate::zod::Issues;

/// How a run is set up.
#[derive(Clone, Debug)]
pub struct Options {
    /// Seed of `MockObservations`' random integers.
    pub seed: u64,
    /// Where relative CSV paths are also looked for (the manifest's directory).
    pub search_dirs: Vec<PathBuf>,
    /// Written into `execution.command`.
    pub command: String,
    /// Written into `execution.environment.date-time`.
    pub date_time: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            seed: 0,
            search_dirs: Vec::new(),
            command: "sero if run".into(),
            date_time: String::new(),
        }
    }
}

/// The result of a run: the output manifest and, if it failed, why.
pub struct Run {
    pub pool: Pool,
    pub document: Map,
    pub error: Option<IfError>,
    pub warnings: Vec<String>,
}

/// Why a manifest could not be read at all (IF writes no output then).
#[derive(Debug, Clone)]
pub struct LoadError {
    /// Character index in the text.
    pub at: usize,
    pub message: String,
    pub problem: crate::yaml::Problem,
}

struct Names {
    name: Sym,
    description: Sym,
    tags: Sym,
    explainer: Sym,
    explain: Sym,
    aggregation: Sym,
    initialize: Sym,
    execution: Sym,
    tree: Sym,
    plugins: Sym,
    children: Sym,
    inputs: Sym,
    outputs: Sym,
    aggregated: Sym,
    pipeline: Sym,
    defaults: Sym,
    observe: Sym,
    regroup: Sym,
    compute: Sym,
    timestamp: Sym,
    duration: Sym,
    status: Sym,
    error: Sym,
}

impl Names {
    fn new(pool: &mut Pool) -> Names {
        let mut s = |t: &str| pool.sym(t);
        Names {
            name: s("name"),
            description: s("description"),
            tags: s("tags"),
            explainer: s("explainer"),
            explain: s("explain"),
            aggregation: s("aggregation"),
            initialize: s("initialize"),
            execution: s("execution"),
            tree: s("tree"),
            plugins: s("plugins"),
            children: s("children"),
            inputs: s("inputs"),
            outputs: s("outputs"),
            aggregated: s("aggregated"),
            pipeline: s("pipeline"),
            defaults: s("defaults"),
            observe: s("observe"),
            regroup: s("regroup"),
            compute: s("compute"),
            timestamp: s("timestamp"),
            duration: s("duration"),
            status: s("status"),
            error: s("error"),
        }
    }
}

fn map_value(map: Map) -> Value {
    Value::Map(Rc::new(map))
}

fn str_value(pool: &mut Pool, s: &str) -> Value {
    Value::str(pool, s)
}

/// Parses and runs a manifest.
pub fn run(text: &str, options: &Options) -> std::result::Result<Run, LoadError> {
    run_impl(Cow::Borrowed(text), &|| Some(text.to_string()), options)
}

/// Reads, parses and runs a manifest file, read whole only when it holds at most
/// [`sero_limits::IF_FILE_SIZE`] bytes of UTF-8. The text is let go once parsed (and read again
/// only if the run fails, to write the manifest as read).
pub fn run_file(
    path: &std::path::Path,
    options: &Options,
) -> std::result::Result<std::result::Result<Run, LoadError>, sero_limits::ReadError> {
    let limit = &sero_limits::IF_FILE_SIZE;
    let text = sero_limits::read_text_within(path, limit)?;
    Ok(run_impl(
        Cow::Owned(text),
        &|| sero_limits::read_text_within(path, limit).ok(),
        options,
    ))
}

fn run_impl(
    text: Cow<'_, str>,
    reread: &dyn Fn() -> Option<String>,
    options: &Options,
) -> std::result::Result<Run, LoadError> {
    let mut pool = Pool::new();
    let root = crate::yaml::parse(&text, &mut pool).map_err(|e| LoadError {
        at: e.at,
        message: e.message,
        problem: e.problem,
    })?;
    drop(text);
    let Value::Map(root) = root else {
        return Err(LoadError {
            at: 0,
            message: "the manifest is not a YAML mapping".into(),
            problem: crate::yaml::Problem::NotAMapping,
        });
    };
    let names = Names::new(&mut pool);
    let execution = execution_block(&mut pool, options);
    let mut env_manifest = Rc::try_unwrap(root).unwrap_or_else(|r| (*r).clone());
    env_manifest.set(names.execution, map_value(execution.clone()));
    let explainer = matches!(env_manifest.get(names.explainer), Some(Value::Bool(true)));
    let mut engine = Engine {
        explainer,
        names,
        aggregation: Aggregation::default(),
        plugins: HashMap::new(),
        explain: Vec::new(),
        rng: ChaCha20Rng::seed_from_u64(options.seed),
        search_dirs: options.search_dirs.clone(),
        warnings: Vec::new(),
    };
    // The tree is taken out so that computing it shares nothing with the
    // manifest as read (which a failed run writes: it is read again then).
    let tree = env_manifest.remove(engine.names.tree);
    let result = engine.run(&env_manifest, tree, &mut pool);
    let mut warnings = std::mem::take(&mut engine.warnings);
    warnings.append(&mut engine.aggregation.warnings);
    let n = &engine.names;
    match result {
        Ok(document) => Ok(Run {
            pool,
            document,
            error: None,
            warnings,
        }),
        Err(error) => {
            // IF writes the manifest as read, with `execution.status: fail`
            // and the error, and the tree moved last.
            let raw = reread().map(|text| crate::yaml::parse(&text, &mut pool));
            let mut doc = match raw {
                Some(Ok(Value::Map(m))) => Rc::try_unwrap(m).unwrap_or_else(|m| (*m).clone()),
                _ => env_manifest,
            };
            doc.set(n.execution, map_value(execution));
            if let Some(Value::Map(exec)) = doc.get(n.execution).cloned() {
                let mut exec = (*exec).clone();
                let fail = str_value(&mut pool, "fail");
                exec.set(n.status, fail);
                let text = error.js_string();
                let e = str_value(&mut pool, &text);
                exec.set(n.error, e);
                doc.set(n.execution, map_value(exec));
            }
            if let Some(tree) = doc.remove(n.tree) {
                doc.entries.push(Entry {
                    key: n.tree,
                    at: 0,
                    value: tree,
                });
            }
            Ok(Run {
                pool,
                document: doc,
                error: Some(error),
                warnings,
            })
        }
    }
}

fn execution_block(pool: &mut Pool, options: &Options) -> Map {
    let mut env = Map::new(0);
    let text = |pool: &mut Pool, s: &str| Value::str(pool, s);
    let fields: [(&str, &str); 5] = [
        ("if-version", concat!("sero ", env!("CARGO_PKG_VERSION"))),
        ("os", std::env::consts::OS),
        ("os-version", std::env::consts::ARCH),
        ("node-version", "none"),
        ("date-time", &options.date_time),
    ];
    for (k, v) in fields {
        let key = pool.sym(k);
        let value = text(pool, v);
        env.set(key, value);
    }
    let key = pool.sym("dependencies");
    env.set(key, seq_of(Vec::new()));
    let mut exec = Map::new(0);
    for (k, v) in [("status", "success"), ("command", options.command.as_str())] {
        let key = pool.sym(k);
        let value = text(pool, v);
        exec.set(key, value);
    }
    let key = pool.sym("environment");
    exec.set(key, map_value(env));
    exec
}

struct Engine {
    names: Names,
    explainer: bool,
    aggregation: Aggregation,
    plugins: HashMap<Sym, Plugin>,
    explain: Vec<(Sym, Map)>,
    rng: ChaCha20Rng,
    search_dirs: Vec<PathBuf>,
    warnings: Vec<String>,
}

#[derive(Clone)]
struct Inherited {
    pipeline: Option<Value>,
    defaults: Option<Value>,
    child_names: Vec<Sym>,
}

fn manifest_error(message: String) -> IfError {
    IfError::new("ManifestValidationError", message)
}

impl Engine {
    fn run(&mut self, manifest: &Map, tree: Option<Value>, pool: &mut Pool) -> Result<Map> {
        let mut with_tree = manifest.clone();
        if let Some(t) = &tree {
            with_tree.set(self.names.tree, t.clone());
        }
        let context = self.validate(&with_tree, pool)?;
        drop(with_tree);
        self.initialize(&context, pool)?;
        let mut tree = match tree {
            Some(Value::Map(m)) => Rc::try_unwrap(m).unwrap_or_else(|m| (*m).clone()),
            _ => Map::new(0),
        };
        let inherited = Inherited {
            pipeline: None,
            defaults: None,
            child_names: Vec::new(),
        };
        self.compute_node(&mut tree, inherited, pool)?;
        if let Some(Value::Map(agg)) = context.get(self.names.aggregation) {
            let metrics: Vec<Sym> = agg
                .get_str(pool, "metrics")
                .and_then(Value::as_seq)
                .map(|s| s.items.iter().filter_map(Value::as_sym).collect())
                .unwrap_or_default();
            let kind = agg
                .get_str(pool, "type")
                .and_then(|v| v.as_str(pool))
                .unwrap_or("")
                .to_string();
            self.aggregate_node(&mut tree, &metrics, &kind, pool)?;
        }
        let mut out = context;
        if matches!(manifest.get(self.names.explainer), Some(Value::Bool(true))) {
            let mut explain = Map::new(0);
            for (name, entry) in &self.explain {
                explain.set(*name, map_value(entry.clone()));
            }
            out.set(self.names.explain, map_value(explain));
        }
        out.entries.push(Entry {
            key: self.names.tree,
            at: 0,
            value: map_value(tree),
        });
        Ok(out)
    }

    /// The manifest schema (`validateManifest`): the context in schema order,
    /// unknown top-level keys dropped.
    fn validate(&self, manifest: &Map, pool: &mut Pool) -> Result<Map> {
        let n = &self.names;
        let mut issues = Issues::default();
        let mut out = Map::new(manifest.at);
        let get = |k: Sym| manifest.get(k).filter(|v| !matches!(v, Value::Undefined));
        issues.string("name", get(n.name), pool, false);
        if let Some(v) = get(n.name) {
            out.set(n.name, v.clone());
        }
        match get(n.description) {
            None => {}
            Some(v @ (Value::Null | Value::Str(_))) => out.set(n.description, v.clone()),
            other => issues.type_issue("description", "string", other),
        }
        match get(n.tags) {
            None => {}
            Some(Value::Null) => out.set(n.tags, Value::Null),
            Some(Value::Map(t)) => {
                let mut tags = Map::new(t.at);
                for k in ["kind", "complexity", "category"] {
                    match t.get_str(pool, k) {
                        None | Some(Value::Undefined) => {}
                        Some(v @ (Value::Null | Value::Str(_))) => {
                            let key = pool.sym(k);
                            tags.set(key, v.clone());
                        }
                        other => issues.type_issue(&format!("tags.{k}"), "string", other),
                    }
                }
                out.set(n.tags, map_value(tags));
            }
            other => issues.type_issue("tags", "object", other),
        }
        match get(n.explainer) {
            None => {}
            Some(v @ Value::Bool(_)) => out.set(n.explainer, v.clone()),
            other => issues.type_issue("explainer", "boolean", other),
        }
        match get(n.explain) {
            None => {}
            Some(v @ Value::Map(_)) => out.set(n.explain, v.clone()),
            other => issues.type_issue("explain", "object", other),
        }
        match get(n.aggregation) {
            None => {}
            Some(Value::Null) => out.set(n.aggregation, Value::Null),
            Some(Value::Map(a)) => {
                let mut agg = Map::new(a.at);
                let metrics = a.get_str(pool, "metrics");
                if issues.array("aggregation.metrics", metrics, |i, p, v| {
                    i.string(p, Some(v), pool, false);
                }) && let Some(m) = metrics
                {
                    let k = pool.sym("metrics");
                    agg.set(k, m.clone());
                }
                let kind = a.get_str(pool, "type");
                if issues.enumeration(
                    "aggregation.type",
                    kind,
                    &["horizontal", "time", "vertical", "component", "both"],
                    pool,
                ) && let Some(t) = kind
                {
                    let k = pool.sym("type");
                    agg.set(k, t.clone());
                }
                if let Some(skip) = a.get_str(pool, "skip-components")
                    && issues.array("aggregation.skip-components", Some(skip), |i, p, v| {
                        i.string(p, Some(v), pool, false);
                    })
                {
                    let k = pool.sym("skip-components");
                    agg.set(k, skip.clone());
                }
                out.set(n.aggregation, map_value(agg));
            }
            other => issues.type_issue("aggregation", "object", other),
        }
        match get(n.initialize) {
            Some(Value::Map(init)) => {
                let mut init_out = Map::new(init.at);
                match init.get(n.plugins) {
                    Some(Value::Map(plugins)) => {
                        let mut plugins_out = Map::new(plugins.at);
                        for e in &plugins.entries {
                            let path = format!("initialize.plugins.{}", pool.str(e.key));
                            match &e.value {
                                Value::Undefined => {}
                                Value::Map(p) => {
                                    let normalized =
                                        self.validate_plugin(p, &path, &mut issues, pool);
                                    plugins_out.entries.push(Entry {
                                        key: e.key,
                                        at: e.at,
                                        value: map_value(normalized),
                                    });
                                }
                                other => issues.type_issue(&path, "object", Some(other)),
                            }
                        }
                        init_out.set(n.plugins, map_value(plugins_out));
                    }
                    other => issues.type_issue("initialize.plugins", "object", other),
                }
                out.set(n.initialize, map_value(init_out));
            }
            other => issues.type_issue("initialize", "object", other),
        }
        if let Some(v) = get(n.execution) {
            out.set(n.execution, v.clone());
        }
        match get(n.tree) {
            Some(Value::Map(_)) => {}
            other => issues.type_issue("tree", "object", other),
        }
        issues.finish_in("ManifestValidationError", manifest, pool)?;
        Ok(out)
    }

    fn validate_plugin(&self, p: &Map, path: &str, issues: &mut Issues, pool: &mut Pool) -> Map {
        let mut out = Map::new(p.at);
        for k in ["path", "method"] {
            let v = p.get_str(pool, k);
            if issues.string(&format!("{path}.{k}"), v, pool, false)
                && let Some(v) = v
            {
                let key = pool.sym(k);
                out.set(key, v.clone());
            }
        }
        match p.get_str(pool, "mapping") {
            None | Some(Value::Undefined) => {}
            Some(Value::Map(m)) => {
                for e in &m.entries {
                    issues.string(
                        &format!("{path}.mapping.{}", pool.str(e.key)),
                        Some(&e.value),
                        pool,
                        false,
                    );
                }
                let key = pool.sym("mapping");
                out.set(key, Value::Map(m.clone()));
            }
            other => issues.type_issue(&format!("{path}.mapping"), "object", other),
        }
        match p.get_str(pool, "config") {
            None | Some(Value::Undefined) => {}
            Some(v @ Value::Map(_)) => {
                let key = pool.sym("config");
                out.set(key, v.clone());
            }
            other => issues.type_issue(&format!("{path}.config"), "object", other),
        }
        match p.get_str(pool, "parameter-metadata") {
            None | Some(Value::Undefined) => {}
            Some(Value::Map(pm)) => {
                let mut pm_out = Map::new(pm.at);
                for side in ["inputs", "outputs"] {
                    match pm.get_str(pool, side) {
                        None | Some(Value::Undefined) => {}
                        Some(Value::Null) => {
                            let key = pool.sym(side);
                            pm_out.set(key, Value::Null);
                        }
                        Some(Value::Map(params)) => {
                            let mut params_out = Map::new(params.at);
                            for e in &params.entries {
                                let ppath =
                                    format!("{path}.parameter-metadata.{side}.{}", pool.str(e.key));
                                let Value::Map(meta) = &e.value else {
                                    issues.type_issue(&ppath, "object", Some(&e.value));
                                    continue;
                                };
                                let mut meta_out = Map::new(meta.at);
                                for k in ["unit", "description"] {
                                    let v = meta.get_str(pool, k);
                                    if issues.string(&format!("{ppath}.{k}"), v, pool, false)
                                        && let Some(v) = v
                                    {
                                        let key = pool.sym(k);
                                        meta_out.set(key, v.clone());
                                    }
                                }
                                match meta.get_str(pool, "aggregation-method") {
                                    Some(Value::Map(am)) => {
                                        let mut am_out = Map::new(am.at);
                                        for k in ["time", "component"] {
                                            let v = am.get_str(pool, k);
                                            if issues.enumeration(
                                                &format!("{ppath}.aggregation-method.{k}"),
                                                v,
                                                &["sum", "avg", "none", "copy"],
                                                pool,
                                            ) && let Some(v) = v
                                            {
                                                let key = pool.sym(k);
                                                am_out.set(key, v.clone());
                                            }
                                        }
                                        let key = pool.sym("aggregation-method");
                                        meta_out.set(key, map_value(am_out));
                                    }
                                    other => issues.type_issue(
                                        &format!("{ppath}.aggregation-method"),
                                        "object",
                                        other,
                                    ),
                                }
                                params_out.entries.push(Entry {
                                    key: e.key,
                                    at: e.at,
                                    value: map_value(meta_out),
                                });
                            }
                            let key = pool.sym(side);
                            pm_out.set(key, map_value(params_out));
                        }
                        other => issues.type_issue(
                            &format!("{path}.parameter-metadata.{side}"),
                            "object",
                            other,
                        ),
                    }
                }
                let key = pool.sym("parameter-metadata");
                out.set(key, map_value(pm_out));
            }
            other => issues.type_issue(&format!("{path}.parameter-metadata"), "object", other),
        }
        out
    }

    /// Loads every plugin of `initialize.plugins` and registers the
    /// aggregation methods of its parameters.
    fn initialize(&mut self, context: &Map, pool: &mut Pool) -> Result<()> {
        let n = &self.names;
        let Some(Value::Map(init)) = context.get(n.initialize) else {
            return Ok(());
        };
        let Some(Value::Map(plugins)) = init.get(n.plugins) else {
            return Ok(());
        };
        for e in &plugins.entries {
            let Value::Map(p) = &e.value else { continue };
            let name = pool.str(e.key).to_string();
            let method = p
                .get_str(pool, "method")
                .and_then(|v| v.as_str(pool))
                .unwrap_or("")
                .to_string();
            let path = p
                .get_str(pool, "path")
                .and_then(|v| v.as_str(pool))
                .unwrap_or("")
                .to_string();
            if method.is_empty() {
                return Err(IfError::new(
                    "MissingPluginMethodError",
                    "Initalization param 'method' is missing.",
                )
                .at(e.at));
            }
            if path.is_empty() {
                return Err(IfError::new(
                    "MissingPluginPathError",
                    "Initalization param 'path' is missing.",
                )
                .at(e.at));
            }
            if path != "builtin" {
                return Err(IfError::new(
                    "PluginInitializationError",
                    format!("Provided module `{path}:{method}` is invalid or not found. sero runs only the Impact Framework builtins\n"),
                )
                .at(e.at)
                .hint(msg!(
                    "if-hint-module",
                    plugin = name.to_string(),
                    method = method.to_string(),
                    path = path.to_string()
                )));
            }
            let Some(builtin) = builtins::find(&method) else {
                let known: Vec<&str> = builtins::names().collect();
                return Err(IfError::new("TypeError", "plugin is not a function")
                    .at(e.at)
                    .hint(msg!(
                        "if-hint-unknown-builtin",
                        plugin = name.to_string(),
                        method = method.to_string(),
                        builtins = known.join(", ")
                    )));
            };
            if let Some(refusal) = builtin.refusal(&name) {
                return Err(refusal.at(e.at));
            }
            let mut inputs_meta: Vec<(Sym, Value)> = Vec::new();
            let mut outputs_meta: Vec<(Sym, Value)> = Vec::new();
            if let Some(text) = builtin.metadata()
                && let Ok(Value::Map(m)) = crate::yaml::parse(text, pool)
            {
                if let Some(Value::Map(i)) = m.get_str(pool, "inputs") {
                    inputs_meta = i.entries.iter().map(|e| (e.key, e.value.clone())).collect();
                }
                if let Some(Value::Map(o)) = m.get_str(pool, "outputs") {
                    outputs_meta = o.entries.iter().map(|e| (e.key, e.value.clone())).collect();
                }
            }
            if let Some(Value::Map(pm)) = p.get_str(pool, "parameter-metadata") {
                if let Some(Value::Map(i)) = pm.get_str(pool, "inputs") {
                    for e in &i.entries {
                        match inputs_meta.iter_mut().find(|(k, _)| *k == e.key) {
                            Some(slot) => slot.1 = e.value.clone(),
                            None => inputs_meta.push((e.key, e.value.clone())),
                        }
                    }
                }
                if let Some(Value::Map(o)) = pm.get_str(pool, "outputs") {
                    outputs_meta = o.entries.iter().map(|e| (e.key, e.value.clone())).collect();
                }
            }
            for (k, meta) in inputs_meta.iter().chain(outputs_meta.iter()) {
                let am = meta
                    .as_map()
                    .and_then(|m| m.get_str(pool, "aggregation-method"))
                    .and_then(Value::as_map);
                let method_of = |side: &str| {
                    am.and_then(|a| a.get_str(pool, side))
                        .and_then(|v| v.as_str(pool))
                        .and_then(AggMethod::parse)
                        .unwrap_or(AggMethod::None)
                };
                let pair = (method_of("time"), method_of("component"));
                self.aggregation.methods.insert(*k, pair);
            }
            let mapping: Vec<(String, String)> = match p.get_str(pool, "mapping") {
                Some(Value::Map(m)) => m
                    .entries
                    .iter()
                    .map(|e| (pool.str(e.key).to_string(), e.value.to_js_string(pool)))
                    .collect(),
                _ => Vec::new(),
            };
            let config = p.get_str(pool, "config").and_then(Value::as_map).cloned();
            self.plugins.insert(
                e.key,
                Plugin {
                    name,
                    at: e.at,
                    builtin,
                    config,
                    mapping: std::cell::RefCell::new(mapping),
                    inputs_meta,
                    outputs_meta,
                },
            );
        }
        Ok(())
    }

    fn plugin_names(&self, pipeline: &Value, phase: Sym, pool: &Pool) -> Option<Vec<(Sym, u32)>> {
        let Value::Map(p) = pipeline else { return None };
        match p.entry(phase)?.value.clone() {
            Value::Seq(s) => Some(
                s.items
                    .iter()
                    .map(|v| match v {
                        Value::Str(s) => (*s, 0),
                        _ => (Sym(u32::MAX), 0),
                    })
                    .collect(),
            ),
            Value::Null | Value::Undefined => None,
            _ => {
                let _ = pool;
                Some(Vec::new())
            }
        }
    }

    fn get_plugin(&self, name: Sym, pool: &Pool, at: u32) -> Result<&Plugin> {
        let text = if name.0 == u32::MAX {
            "undefined"
        } else {
            pool.str(name)
        };
        self.plugins.get(&name).ok_or_else(|| {
            IfError::new(
                "PluginInitializationError",
                format!("Not initalized plugin: {text}. Check if {text} is in 'manifest.initalize.plugins'."),
            )
            .at(at)
            .hint(msg!("if-hint-not-initialized", plugin = text.to_string()))
        })
    }

    fn run_plugin(
        &mut self,
        name: Sym,
        inputs: Vec<Obs>,
        pool: &mut Pool,
        at: u32,
    ) -> Result<Vec<Obs>> {
        self.get_plugin(name, pool, at)?;
        let plugin = self.plugins.remove(&name).expect("checked above");
        let mut warnings = Vec::new();
        let result = {
            let mut ctx = Ctx {
                pool,
                aggregation: &mut self.aggregation,
                rng: &mut self.rng,
                search_dirs: &self.search_dirs,
                warnings: &mut warnings,
            };
            plugin.execute(&mut ctx, inputs)
        };
        self.warnings.extend(warnings);
        let explained = if self.explainer {
            self.add_explain(&plugin, pool)
        } else {
            Ok(())
        };
        self.plugins.insert(name, plugin);
        let out = result?;
        explained?;
        Ok(out)
    }

    /// `addExplainData`: records the plugin's metadata and refuses a
    /// parameter declared with two units or two aggregation methods.
    fn add_explain(&mut self, plugin: &Plugin, pool: &mut Pool) -> Result<()> {
        let name = pool.sym(&plugin.name);
        let mut stored: Vec<(Sym, Value)> = Vec::new();
        for (_, entry) in &self.explain {
            for side in ["inputs", "outputs"] {
                if let Some(Value::Map(m)) = entry.get_str(pool, side) {
                    for e in &m.entries {
                        if !stored.iter().any(|(k, _)| *k == e.key) {
                            stored.push((e.key, e.value.clone()));
                        }
                    }
                }
            }
        }
        let unit_of = |v: &Value, pool: &Pool| {
            v.as_map()
                .and_then(|m| m.get_str(pool, "unit"))
                .map(|u| u.to_js_string(pool))
        };
        let methods_of = |v: &Value, pool: &Pool| {
            let am = v
                .as_map()
                .and_then(|m| m.get_str(pool, "aggregation-method"))
                .and_then(Value::as_map);
            (
                am.and_then(|a| a.get_str(pool, "time"))
                    .map(|v| v.to_js_string(pool)),
                am.and_then(|a| a.get_str(pool, "component"))
                    .map(|v| v.to_js_string(pool)),
            )
        };
        let mut all: Vec<(Sym, Value)> = plugin.inputs_meta.clone();
        for (k, v) in &plugin.outputs_meta {
            match all.iter_mut().find(|(s, _)| s == k) {
                Some(slot) => slot.1 = v.clone(),
                None => all.push((*k, v.clone())),
            }
        }
        let explain = self.explain_entry_check(&all, &stored, pool, unit_of, methods_of);
        if plugin.inputs_meta.is_empty() && plugin.outputs_meta.is_empty() {
            return explain;
        }
        let mut entry = Map::new(0);
        let to_map = |list: &[(Sym, Value)]| {
            let mut m = Map::new(0);
            for (k, v) in list {
                m.set(*k, v.clone());
            }
            map_value(m)
        };
        if !plugin.inputs_meta.is_empty() {
            entry.set(self.names.inputs, to_map(&plugin.inputs_meta));
        }
        if !plugin.outputs_meta.is_empty() {
            entry.set(self.names.outputs, to_map(&plugin.outputs_meta));
        }
        explain?;
        match self.explain.iter_mut().find(|(k, _)| *k == name) {
            Some(slot) => slot.1 = entry,
            None => self.explain.push((name, entry)),
        }
        Ok(())
    }

    fn explain_entry_check(
        &self,
        all: &[(Sym, Value)],
        stored: &[(Sym, Value)],
        pool: &Pool,
        unit_of: impl Fn(&Value, &Pool) -> Option<String>,
        methods_of: impl Fn(&Value, &Pool) -> (Option<String>, Option<String>),
    ) -> Result<()> {
        for (k, meta) in all {
            let Some((_, old)) = stored.iter().find(|(s, _)| s == k) else {
                continue;
            };
            let param = pool.str(*k);
            if unit_of(old, pool) != unit_of(meta, pool) {
                return Err(manifest_error(format!(
                    "Your manifest uses two instances of `{param}` with different units. Please check that you are using consistent units for `{param}` throughout your manifest."
                )));
            }
            if methods_of(old, pool) != methods_of(meta, pool) {
                return Err(manifest_error(format!(
                    "Your manifest uses two instances of `{param}` with different 'aggregation-method'. Please check that you are using right 'aggregation-method' for `{param}` throughout your manifest."
                )));
            }
        }
        Ok(())
    }

    fn merge_defaults(&self, inputs: &mut [Obs], defaults: &Option<Value>, pool: &mut Pool) {
        let Some(Value::Map(defaults)) = defaults else {
            return;
        };
        for obs in inputs.iter_mut() {
            for e in &defaults.entries {
                match obs.position(pool, e.key) {
                    Some(i) => {
                        if obs.vals[i].is_nullish() {
                            obs.vals[i] = e.value.clone();
                        }
                    }
                    None => obs.set(pool, e.key, e.value.clone()),
                }
            }
        }
    }

    /// A node's observations, borrowed when they are already compact.
    fn rows<'v>(
        &self,
        value: Option<&'v Value>,
        pool: &mut Pool,
        at: u32,
    ) -> Result<Cow<'v, [Obs]>> {
        match value {
            Some(Value::Table(t)) => Ok(Cow::Borrowed(t.as_slice())),
            other => Ok(Cow::Owned(self.to_obs(other, pool, at)?)),
        }
    }

    fn to_obs(&self, value: Option<&Value>, pool: &mut Pool, at: u32) -> Result<Vec<Obs>> {
        match value {
            None | Some(Value::Undefined) | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Table(t)) => Ok((**t).clone()),
            Some(Value::Seq(s)) => s
                .items
                .iter()
                .enumerate()
                .map(|(i, item)| match item {
                    Value::Map(m) => Ok(Obs::from_map(pool, m)),
                    other => Err(crate::error::input_validation(format!(
                        "inputs[{i}] is {}, not an observation (a mapping of parameters)",
                        other.type_name()
                    ))
                    .at(s.at)),
                })
                .collect(),
            Some(other) => Err(IfError::new("TypeError", "inputs.map is not a function")
                .at(at)
                .hint(msg!(
                    "if-hint-inputs-list",
                    kind = other.type_name().to_string()
                ))),
        }
    }

    fn compute_node(
        &mut self,
        node: &mut Map,
        mut params: Inherited,
        pool: &mut Pool,
    ) -> Result<()> {
        let n_pipeline = self.names.pipeline;
        let own_pipeline = node.get(n_pipeline).filter(|v| v.truthy(pool)).cloned();
        let pipeline = own_pipeline.clone().or(params.pipeline.clone());
        let defaults = node
            .get(self.names.defaults)
            .filter(|v| v.truthy(pool))
            .cloned()
            .or(params.defaults.clone());
        if node.get_str(pool, "config").is_some() {
            self.warnings.push(
                "You have included node-level config in your manifest. IF no longer supports node-level config. The manifest should be refactored to accept all its node-level config from config or input data.".into(),
            );
        }
        if own_pipeline.is_some() {
            params.child_names.clear();
        }
        if node
            .get(self.names.children)
            .is_some_and(|v| v.truthy(pool))
        {
            // Taken out and put back, so that the children are not shared
            // (and copied) while they are computed.
            let slot = node
                .entries
                .iter_mut()
                .find(|e| e.key == self.names.children)
                .map(|e| std::mem::replace(&mut e.value, Value::Undefined));
            let Some(Value::Map(children)) = slot else {
                return Ok(());
            };
            let mut children = Rc::try_unwrap(children).unwrap_or_else(|c| (*c).clone());
            let result =
                self.traverse(&mut children, &params.child_names, pipeline, defaults, pool);
            node.set(self.names.children, map_value(children));
            return result;
        }
        let at = node.at;
        let mut storage = self.to_obs(node.get(self.names.inputs), pool, at)?;
        if let Some(Value::Seq(_)) = node.get(self.names.inputs) {
            // The inputs as read, compact (the same values, written the same way).
            node.set(self.names.inputs, Value::Table(Rc::new(storage.clone())));
        }
        let pipeline = pipeline.unwrap_or(Value::Undefined);
        // Room for the defaults and what the plugins add, so values are not
        // reallocated plugin after plugin.
        let extra = match &defaults {
            Some(Value::Map(d)) => d.entries.len(),
            _ => 0,
        } + self
            .plugin_names(&pipeline, self.names.compute, pool)
            .map_or(0, |c| {
                // SciEmbodied adds the fields it defaults (ssd, hdd, gpu, usage-ratio).
                let defaults = c
                    .iter()
                    .filter_map(|(name, _)| self.plugins.get(name))
                    .map(|p| p.builtin.extra_fields())
                    .max()
                    .unwrap_or(0);
                c.len() + defaults
            })
            + 1;
        for o in storage.iter_mut() {
            o.vals.reserve_exact(extra);
        }
        let old_style = match &pipeline {
            Value::Seq(_) => true,
            Value::Map(m) => m.entries.is_empty(),
            _ => false,
        };
        if old_style {
            self.warnings.push("You're using an old style manifest. Please update for phased execution. More information can be found here: \nhttps://if.greensoftware.foundation/major-concepts/imp-file".into());
        }
        if let Some(observe) = self.plugin_names(&pipeline, self.names.observe, pool) {
            for (name, _) in &observe {
                storage = self.run_plugin(*name, storage, pool, at)?;
            }
            let mut merged = storage.clone();
            self.merge_defaults(&mut merged, &defaults, pool);
            node.set(self.names.inputs, Value::Table(Rc::new(merged)));
        }
        if !storage.is_empty() {
            self.merge_defaults(&mut storage, &defaults, pool);
        }
        if let Some(groups) = self.regroup_groups(&pipeline, pool)?
            && !self.is_regrouped(&groups, &storage, &params.child_names, pool)
        {
            let children = self.regroup(&storage, &groups, pool)?;
            node.remove(self.names.inputs);
            node.remove(self.names.outputs);
            let mut children = children;
            let mut child_pipeline = match &pipeline {
                Value::Map(m) => (**m).clone(),
                _ => Map::new(0),
            };
            child_pipeline.set(self.names.regroup, Value::Undefined);
            // The observe phase has run (IF empties the list as it runs it).
            if child_pipeline.get(self.names.observe).is_some() {
                child_pipeline.set(self.names.observe, seq_of(Vec::new()));
            }
            self.traverse(
                &mut children,
                &params.child_names,
                Some(map_value(child_pipeline)),
                defaults,
                pool,
            )?;
            node.set(self.names.children, map_value(children));
            return Ok(());
        }
        if let Some(compute) = self.plugin_names(&pipeline, self.names.compute, pool) {
            for (name, _) in &compute {
                let before_empty = storage.is_empty();
                storage = self.run_plugin(*name, storage, pool, at)?;
                if before_empty && !storage.is_empty() {
                    self.merge_defaults(&mut storage, &defaults, pool);
                }
            }
            if !compute.is_empty() {
                for o in storage.iter_mut() {
                    o.vals.shrink_to_fit();
                }
                node.set(self.names.outputs, Value::Table(Rc::new(storage)));
            }
        }
        Ok(())
    }

    fn traverse(
        &mut self,
        children: &mut Map,
        child_names: &[Sym],
        pipeline: Option<Value>,
        defaults: Option<Value>,
        pool: &mut Pool,
    ) -> Result<()> {
        for e in children.entries.iter_mut() {
            let mut names = child_names.to_vec();
            names.push(e.key);
            let params = Inherited {
                pipeline: pipeline.clone(),
                defaults: defaults.clone(),
                child_names: names,
            };
            match &mut e.value {
                Value::Map(m) => {
                    let m = Rc::make_mut(m);
                    if m.at == 0 {
                        m.at = e.at;
                    }
                    self.compute_node(m, params, pool)?;
                }
                other => {
                    // A child that is not a mapping: IF reads `undefined` fields from it.
                    let _ = other;
                }
            }
        }
        Ok(())
    }

    fn regroup_groups(&self, pipeline: &Value, pool: &Pool) -> Result<Option<Vec<Sym>>> {
        let Value::Map(p) = pipeline else {
            return Ok(None);
        };
        let Some(v) = p.get(self.names.regroup).filter(|v| v.truthy(pool)) else {
            return Ok(None);
        };
        let bad = || {
            crate::error::input_validation(
                "\"regroup\" parameter is not an array or should contain at least one key. Error code: invalid_type.",
            )
        };
        match v {
            Value::Seq(s) => {
                if s.items.is_empty() {
                    return Err(crate::error::input_validation(
                        "\"regroup\" parameter is array must contain at least 1 element(s). Error code: too_small.",
                    ));
                }
                let mut out = Vec::new();
                for item in &s.items {
                    match item {
                        Value::Str(s) => out.push(*s),
                        _ => return Err(bad()),
                    }
                }
                Ok(Some(out))
            }
            _ => Err(bad()),
        }
    }

    fn is_regrouped(
        &self,
        groups: &[Sym],
        inputs: &[Obs],
        child_names: &[Sym],
        pool: &Pool,
    ) -> bool {
        if child_names.len() < groups.len() {
            return false;
        }
        let names = &child_names[child_names.len() - groups.len()..];
        inputs.iter().all(|input| {
            groups
                .iter()
                .zip(names)
                .all(|(g, name)| matches!(input.get(pool, *g), Some(Value::Str(s)) if s == name))
        })
    }

    fn regroup(&self, inputs: &[Obs], groups: &[Sym], pool: &mut Pool) -> Result<Map> {
        let mut root = Group::default();
        for input in inputs {
            let mut node = &mut root;
            for g in groups {
                let v = input.get(pool, *g).cloned().unwrap_or(Value::Undefined);
                if !v.truthy(pool) {
                    return Err(IfError::new(
                        "InvalidGroupingError",
                        format!("Invalid group {}.", pool.str(*g)),
                    )
                    .at(input.at)
                    .hint(msg!("if-hint-regroup")));
                }
                let t = v.to_js_string(pool);
                let key = pool.sym(&t);
                let i = match node.children.iter().position(|(k, _)| *k == key) {
                    Some(i) => i,
                    None => {
                        node.children.push((key, Group::default()));
                        node.children.len() - 1
                    }
                };
                node = &mut node.children[i].1;
            }
            node.inputs.push(input.clone());
        }
        Ok(root.into_children(&self.names))
    }

    fn aggregate_node(
        &self,
        node: &mut Map,
        metrics: &[Sym],
        kind: &str,
        pool: &mut Pool,
    ) -> Result<()> {
        let n = &self.names;
        let children = node.get(n.children).filter(|v| v.truthy(pool)).cloned();
        if let Some(Value::Map(children)) = &children {
            let mut children = (**children).clone();
            for e in children.entries.iter_mut() {
                if let Value::Map(m) = &mut e.value {
                    self.aggregate_node(Rc::make_mut(m), metrics, kind, pool)?;
                }
            }
            node.set(n.children, map_value(children));
        }
        let children = node.get(n.children).filter(|v| v.truthy(pool)).cloned();
        match children {
            None => {
                if matches!(kind, "horizontal" | "time" | "both") {
                    if node.get(n.outputs).is_none() {
                        return Err(IfError::new(
                            "TypeError",
                            "Cannot read properties of undefined (reading 'reduce')",
                        )
                        .at(node.at)
                        .hint(msg!("if-hint-leaf-outputs")));
                    }
                    let value = node.get(n.outputs).cloned();
                    let outputs = self.rows(value.as_ref(), pool, node.at)?;
                    let aggregated = self.aggregate_outputs(&outputs, metrics, false, pool)?;
                    node.set(n.aggregated, map_value(aggregated.to_map(pool)));
                }
            }
            Some(Value::Map(children)) => {
                if matches!(kind, "vertical" | "component" | "both") {
                    let values: Vec<Option<Value>> = children
                        .entries
                        .iter()
                        .map(|e| e.value.as_map().and_then(|m| m.get(n.outputs)).cloned())
                        .collect();
                    let mut child_outputs: Vec<Option<Cow<[Obs]>>> = Vec::new();
                    for v in &values {
                        child_outputs.push(match v {
                            Some(v) => Some(self.rows(Some(v), pool, node.at)?),
                            None => None,
                        });
                    }
                    let Some(Some(first)) = child_outputs.first() else {
                        return Err(IfError::new(
                            "TypeError",
                            "Cannot read properties of undefined (reading 'length')",
                        )
                        .at(node.at));
                    };
                    let mut outputs = Vec::with_capacity(first.len());
                    for i in 0..first.len() {
                        let mut slice = Vec::with_capacity(child_outputs.len());
                        for c in &child_outputs {
                            match c.as_ref().and_then(|c| c.get(i)) {
                                Some(o) => slice.push(o.clone()),
                                None => {
                                    let metric =
                                        metrics.first().map_or("timestamp", |m| pool.str(*m));
                                    return Err(IfError::new(
                                        "TypeError",
                                        format!("Cannot use 'in' operator to search for '{metric}' in undefined"),
                                    )
                                    .at(node.at)
                                    .hint(msg!("if-hint-children-outputs")));
                                }
                            }
                        }
                        outputs.push(self.aggregate_outputs(&slice, metrics, true, pool)?);
                    }
                    let aggregated = self.aggregate_outputs(&outputs, metrics, false, pool)?;
                    node.set(n.outputs, Value::Table(Rc::new(outputs)));
                    node.set(n.aggregated, map_value(aggregated.to_map(pool)));
                }
            }
            Some(_) => {}
        }
        Ok(())
    }

    /// `aggregateOutputsIntoOne`.
    fn aggregate_outputs(
        &self,
        outputs: &[Obs],
        metrics: &[Sym],
        temporal: bool,
        pool: &mut Pool,
    ) -> Result<Obs> {
        let n = &self.names;
        let mut with_time: Vec<Sym> = metrics.to_vec();
        with_time.push(n.timestamp);
        with_time.push(n.duration);
        let methods: Vec<AggMethod> = metrics
            .iter()
            .map(|m| {
                let (time, component) = self.aggregation_methods(*m);
                if temporal { component } else { time }
            })
            .collect();
        // Running values: a sum as a number, a copied value as itself.
        let mut sums: Vec<Option<f64>> = vec![None; metrics.len()];
        let mut copies: Vec<Option<Value>> = vec![None; with_time.len()];
        let mut order: Vec<usize> = Vec::new();
        let last = outputs.len().saturating_sub(1);
        let mut cached: Option<(crate::pool::Shape, Vec<Option<usize>>)> = None;
        for (index, output) in outputs.iter().enumerate() {
            let positions = match &cached {
                Some((shape, p)) if *shape == output.shape => p,
                _ => {
                    let p = with_time
                        .iter()
                        .map(|m| output.position(pool, *m))
                        .collect();
                    cached = Some((output.shape, p));
                    &cached.as_ref().expect("just set").1
                }
            };
            for (mi, &metric) in with_time.iter().enumerate() {
                let Some(pos) = positions[mi] else {
                    return Err(IfError::new(
                        "MissingAggregationParamError",
                        format!(
                            "Aggregation metric {} is not found in inputs[{index}].",
                            pool.str(metric)
                        ),
                    )
                    .at(output.at)
                    .hint(msg!("if-hint-metric")));
                };
                let value = &output.vals[pos];
                if mi >= metrics.len() {
                    if temporal {
                        if copies[mi].is_none() {
                            order.push(mi);
                        }
                        copies[mi] = Some(value.clone());
                    }
                    continue;
                }
                match methods[mi] {
                    AggMethod::None => continue,
                    AggMethod::Copy => {
                        if copies[mi].is_none() && sums[mi].is_none() {
                            order.push(mi);
                        }
                        copies[mi] = Some(value.clone());
                        sums[mi] = None;
                        continue;
                    }
                    method => {
                        if copies[mi].is_none() && sums[mi].is_none() {
                            order.push(mi);
                        }
                        let add = match value {
                            Value::Num(x) => *x,
                            other => crate::jsnum::parse_float(&other.to_js_string(pool)),
                        };
                        let mut next = sums[mi].unwrap_or(0.0) + add;
                        if index == last && method == AggMethod::Avg {
                            next /= outputs.len() as f64;
                        }
                        sums[mi] = Some(next);
                    }
                }
            }
        }
        let mut acc = Obs::new(0);
        for mi in order {
            let value = match (sums.get(mi).copied().flatten(), &copies[mi]) {
                (Some(x), _) => Value::Num(x),
                (None, Some(v)) => v.clone(),
                (None, None) => continue,
            };
            acc.set(pool, with_time[mi], value);
        }
        Ok(acc)
    }

    fn aggregation_methods(&self, metric: Sym) -> (AggMethod, AggMethod) {
        self.aggregation
            .methods
            .get(&metric)
            .copied()
            .unwrap_or((AggMethod::Copy, AggMethod::Copy))
    }
}

/// Observations grouped by the values of the regroup keys, in first-seen order.
#[derive(Default)]
struct Group {
    children: Vec<(Sym, Group)>,
    inputs: Vec<Obs>,
}

impl Group {
    fn into_children(self, names: &Names) -> Map {
        let mut out = Map::new(0);
        for (key, group) in self.children {
            let mut node = Map::new(0);
            if !group.children.is_empty() {
                node.set(names.children, map_value(group.into_children(names)));
            } else {
                node.set(names.inputs, Value::Table(Rc::new(group.inputs)));
            }
            out.entries.push(Entry {
                key,
                at: 0,
                value: map_value(node),
            });
        }
        out
    }
}

/// Unused `Seq` constructor kept for symmetry with `value::seq_of`.
#[allow(dead_code)]
fn empty_seq() -> Value {
    Value::Seq(Rc::new(Seq::default()))
}
