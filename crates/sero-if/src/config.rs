//! A plugin's configuration as the builtins see it.

use crate::pool::{Pool, Sym};
use crate::value::Value;

/// A plugin's configuration: its top-level entries in order.
#[derive(Clone, Debug, Default)]
pub struct Config(pub Vec<(Sym, Value)>);

impl Config {
    pub fn get(&self, key: Sym) -> Option<&Value> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    pub fn get_str<'a>(&'a self, pool: &Pool, key: &str) -> Option<&'a Value> {
        pool.find(key).and_then(|k| self.get(k))
    }

    pub fn set(&mut self, key: Sym, value: Value) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(e) => e.1 = value,
            None => self.0.push((key, value)),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entries under `keys`, in that order: what a zod object schema
    /// keeps of a config.
    pub fn pick<'k>(&self, pool: &mut Pool, keys: impl IntoIterator<Item = &'k str>) -> Config {
        let mut out = Config::default();
        for name in keys {
            let key = pool.sym(name);
            if let Some(v) = self.get(key) {
                out.0.push((key, v.clone()));
            }
        }
        out
    }

    /// `{...self, ...other}`.
    pub fn overlay(&self, other: &Config) -> Config {
        let mut out = self.clone();
        for (k, v) in &other.0 {
            out.set(*k, v.clone());
        }
        out
    }
}
