//! Tests of the Impact Framework engine: each builtin on small cases worked
//! out by hand (with IF's quirks), aggregation, TimeSync, seeded mocks,
//! located errors, the YAML reader and writer, and properties.

mod aggregation;
mod builtins;
mod errors;
mod mock;
mod modules;
mod properties;
mod time_sync;
mod yaml;

use sero_if::pool::Pool;
use sero_if::value::{Map, Value};
use sero_if::{IfError, Options};

/// A finished run: the output manifest and its error, if any.
pub struct Out {
    pub pool: Pool,
    pub doc: Map,
    pub error: Option<IfError>,
}

pub fn run(text: &str) -> Out {
    run_with(text, &Options::default())
}

pub fn run_with(text: &str, options: &Options) -> Out {
    let r = sero_if::run(text, options).expect("the manifest parses");
    Out {
        pool: r.pool,
        doc: r.document,
        error: r.error,
    }
}

impl Out {
    #[track_caller]
    pub fn ok(self) -> Out {
        if let Some(e) = &self.error {
            panic!("run failed: {e}");
        }
        self
    }

    #[track_caller]
    pub fn failed(&self) -> &IfError {
        self.error.as_ref().expect("the run must fail")
    }

    /// A value at a dotted path (`tree.children.a.outputs.0.carbon`).
    pub fn get(&self, path: &str) -> Option<Value> {
        let mut current = Value::Map(std::rc::Rc::new(self.doc.clone()));
        for part in path.split('.') {
            current = match &current {
                Value::Map(m) => m.get(self.pool.find(part)?)?.clone(),
                Value::Seq(s) => s.items.get(part.parse::<usize>().ok()?)?.clone(),
                Value::Table(t) => Value::Map(std::rc::Rc::new(
                    t.get(part.parse::<usize>().ok()?)?.to_map(&self.pool),
                )),
                _ => return None,
            };
        }
        Some(current)
    }

    #[track_caller]
    pub fn num(&self, path: &str) -> f64 {
        match self.get(path) {
            Some(Value::Num(n)) => n,
            other => panic!("{path}: expected a number, got {other:?}"),
        }
    }

    #[track_caller]
    pub fn text(&self, path: &str) -> String {
        match self.get(path) {
            Some(Value::Str(s)) => self.pool.str(s).to_string(),
            other => panic!("{path}: expected a string, got {other:?}"),
        }
    }

    pub fn len(&self, path: &str) -> usize {
        match self.get(path) {
            Some(Value::Table(t)) => t.len(),
            Some(Value::Seq(s)) => s.items.len(),
            _ => 0,
        }
    }

    pub fn yaml(&self) -> String {
        sero_if::emit::to_string(&self.pool, &self.doc)
    }
}

/// A manifest with one plugin and one node with the given inputs (YAML lines).
pub fn one_plugin(method: &str, config: &str, inputs: &str) -> String {
    format!(
        "name: t\ninitialize:\n  plugins:\n    p:\n      method: {method}\n      path: builtin\n      config: {config}\ntree:\n  children:\n    a:\n      pipeline:\n        compute: [p]\n      inputs:\n{inputs}"
    )
}
