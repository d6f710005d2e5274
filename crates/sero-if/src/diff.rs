//! `if-diff`: compares two output manifests and reports the first
//! difference, ignoring the top-level `name`, `description` and `tags`,
//! and everything in `execution` but `status` and `error`.

use crate::pool::{Pool, Sym};
use crate::value::{Map, Value};

/// The first difference found.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    pub path: String,
    pub source: String,
    pub target: String,
}

pub struct Compare<'p> {
    pool: &'p Pool,
    /// Numbers within this relative difference count as equal (0: exact).
    relative: f64,
}

/// Top-level keys of IF's manifest schema other than name, description, tags.
const COMPARED: [&str; 6] = [
    "explainer",
    "explain",
    "aggregation",
    "initialize",
    "execution",
    "tree",
];
const PLUGIN_KEYS: [&str; 5] = ["path", "method", "mapping", "config", "parameter-metadata"];

fn truthy_bit(v: Option<&Value>, pool: &Pool) -> bool {
    match v {
        None | Some(Value::Undefined | Value::Null) => false,
        Some(Value::Num(n)) => *n != 0.0,
        Some(Value::Bool(b)) => *b,
        Some(Value::Str(s)) => !pool.str(*s).is_empty(),
        Some(_) => true,
    }
}

fn show(v: Option<&Value>, pool: &Pool) -> String {
    match v {
        None | Some(Value::Undefined) => "undefined".into(),
        Some(v) => v.to_js_string(pool),
    }
}

impl<'p> Compare<'p> {
    pub fn new(pool: &'p Pool, relative: f64) -> Self {
        Compare { pool, relative }
    }

    /// Compares two manifests.
    pub fn manifests(&self, source: &Map, target: &Map) -> Option<Difference> {
        let keys: Vec<Sym> = COMPARED.iter().filter_map(|k| self.pool.find(k)).collect();
        let filter = |m: &Map| Map {
            at: m.at,
            entries: m
                .entries
                .iter()
                .filter(|e| keys.contains(&e.key))
                .cloned()
                .collect(),
        };
        let (s, t) = (filter(source), filter(target));
        self.maps(&s, &t, "")
    }

    fn maps(&self, source: &Map, target: &Map, path: &str) -> Option<Difference> {
        let pool = self.pool;
        let mut keys: Vec<Sym> = source.entries.iter().map(|e| e.key).collect();
        for e in &target.entries {
            if !keys.contains(&e.key) {
                keys.push(e.key);
            }
        }
        keys.retain(|k| {
            let name = pool.str(*k);
            match path {
                "initialize" => name != "outputs",
                "execution" => name == "status" || name == "error",
                p if p.starts_with("initialize.plugins.") && p.matches('.').count() == 2 => {
                    PLUGIN_KEYS.contains(&name)
                }
                _ => true,
            }
        });
        for k in keys {
            let name = pool.str(k);
            let child = if path.is_empty() {
                name.to_string()
            } else {
                format!("{path}.{name}")
            };
            let diff = self.values(source.get(k), target.get(k), &child);
            if diff.is_some() {
                return diff;
            }
        }
        None
    }

    fn items(&self, v: &Value) -> Option<Vec<Value>> {
        match v {
            Value::Seq(s) => Some(s.items.clone()),
            Value::Table(t) => Some(
                t.iter()
                    .map(|o| Value::Map(std::rc::Rc::new(o.to_map(self.pool))))
                    .collect(),
            ),
            _ => None,
        }
    }

    fn values(
        &self,
        source: Option<&Value>,
        target: Option<&Value>,
        path: &str,
    ) -> Option<Difference> {
        let pool = self.pool;
        let differ = || {
            let (s_bit, t_bit) = (truthy_bit(source, pool), truthy_bit(target, pool));
            let (s, t) = if s_bit != t_bit {
                let word = |b: bool| if b { "exists" } else { "missing" }.to_string();
                (word(s_bit), word(t_bit))
            } else {
                (show(source, pool), show(target, pool))
            };
            Some(Difference {
                path: path.to_string(),
                source: s,
                target: t,
            })
        };
        let star = |v: Option<&Value>| matches!(v, Some(Value::Str(s)) if pool.str(*s) == "*");
        if star(source) || star(target) {
            return None;
        }
        match (source, target) {
            (None | Some(Value::Undefined), None | Some(Value::Undefined)) => None,
            (Some(Value::Map(a)), Some(Value::Map(b))) => self.maps(a, b, path),
            (
                Some(a @ (Value::Seq(_) | Value::Table(_))),
                Some(b @ (Value::Seq(_) | Value::Table(_))),
            ) => {
                let (a, b) = (self.items(a)?, self.items(b)?);
                for i in 0..a.len().max(b.len()) {
                    let child = if path.is_empty() {
                        i.to_string()
                    } else {
                        format!("{path}.{i}")
                    };
                    let d = self.values(a.get(i), b.get(i), &child);
                    if d.is_some() {
                        return d;
                    }
                }
                None
            }
            (Some(Value::Num(a)), Some(Value::Num(b))) => {
                let same = a == b
                    || (a.is_nan() && b.is_nan())
                    || (self.relative > 0.0
                        && (a - b).abs() <= self.relative * a.abs().max(b.abs()));
                if same { None } else { differ() }
            }
            (Some(Value::Str(a)), Some(Value::Str(b))) if a == b => None,
            (Some(Value::Bool(a)), Some(Value::Bool(b))) if a == b => None,
            (Some(Value::Null), Some(Value::Null)) => None,
            (Some(Value::Date(a)), Some(Value::Date(b))) if a == b => None,
            _ => differ(),
        }
    }
}
