//! Values as JavaScript sees them after `js-yaml` loads a manifest.

use std::rc::Rc;

use crate::pool::{Pool, Shape, Sym};

/// One YAML value. Scalars are 16 bytes; collections are shared.
#[derive(Clone, Debug)]
pub enum Value {
    /// JavaScript `undefined` (a key that exists with no value); never written.
    Undefined,
    Null,
    Bool(bool),
    Num(f64),
    Str(Sym),
    /// A YAML timestamp (a JavaScript `Date`), milliseconds since 1970 UTC.
    Date(f64),
    Seq(Rc<Seq>),
    Map(Rc<Map>),
    /// Observations (inputs or outputs of a node) in their compact form.
    Table(Rc<Vec<Obs>>),
}

/// A position in the manifest: a character index (0 when unknown).
pub type At = u32;

#[derive(Clone, Debug, Default)]
pub struct Seq {
    pub at: At,
    pub items: Vec<Value>,
}

/// A sequence value of `items` (at no position).
pub fn seq_of(items: Vec<Value>) -> Value {
    Value::Seq(Rc::new(Seq { at: 0, items }))
}

#[derive(Clone, Debug)]
pub struct Entry {
    pub key: Sym,
    pub at: At,
    pub value: Value,
}

#[derive(Clone, Debug, Default)]
pub struct Map {
    pub at: At,
    pub entries: Vec<Entry>,
}

impl Map {
    pub fn new(at: At) -> Map {
        Map {
            at,
            entries: Vec::new(),
        }
    }

    pub fn entry(&self, key: Sym) -> Option<&Entry> {
        self.entries.iter().find(|e| e.key == key)
    }

    pub fn get(&self, key: Sym) -> Option<&Value> {
        self.entry(key).map(|e| &e.value)
    }

    /// Looks a key up by name (for keys that may never have been interned).
    pub fn get_str<'a>(&'a self, pool: &Pool, key: &str) -> Option<&'a Value> {
        pool.find(key).and_then(|k| self.get(k))
    }

    /// JavaScript assignment: replaces in place or appends.
    pub fn set(&mut self, key: Sym, value: Value) {
        if let Some(e) = self.entries.iter_mut().find(|e| e.key == key) {
            e.value = value;
        } else {
            self.entries.push(Entry { key, at: 0, value });
        }
    }

    pub fn remove(&mut self, key: Sym) -> Option<Value> {
        let pos = self.entries.iter().position(|e| e.key == key)?;
        Some(self.entries.remove(pos).value)
    }
}

/// The duplicate-key check of a mapping being read: a scan while it is small, a set once it
/// is not, so that a mapping of a million keys is read in linear time, not quadratic.
#[derive(Default)]
pub struct Keys {
    set: Option<
        std::collections::HashSet<Sym, std::hash::BuildHasherDefault<crate::pool::FxHasher>>,
    >,
}

impl Keys {
    /// Whether `key` is not yet among `entries` (the mapping's entries so far); remembers it.
    pub fn fresh(&mut self, entries: &[Entry], key: Sym) -> bool {
        if entries.len() < 16 {
            return !entries.iter().any(|e| e.key == key);
        }
        let set = self.set.get_or_insert_with(Default::default);
        // Entries added without this check (merge keys) are taken in again.
        if set.len() != entries.len() {
            set.clear();
            set.extend(entries.iter().map(|e| e.key));
        }
        set.insert(key)
    }
}

/// One observation: values in the order of its shape's keys.
#[derive(Clone, Debug)]
pub struct Obs {
    pub shape: Shape,
    /// Where the observation came from in the manifest (0 when generated).
    pub at: At,
    pub vals: Vec<Value>,
}

impl Obs {
    pub fn new(at: At) -> Obs {
        Obs {
            shape: Pool::EMPTY,
            at,
            vals: Vec::new(),
        }
    }

    pub fn position(&self, pool: &Pool, key: Sym) -> Option<usize> {
        pool.position(self.shape, key)
    }

    pub fn get<'a>(&'a self, pool: &Pool, key: Sym) -> Option<&'a Value> {
        self.position(pool, key).map(|i| &self.vals[i])
    }

    /// `key in obs`.
    pub fn has(&self, pool: &Pool, key: Sym) -> bool {
        self.position(pool, key).is_some()
    }

    pub fn set(&mut self, pool: &mut Pool, key: Sym, value: Value) {
        match self.position(pool, key) {
            Some(i) => self.vals[i] = value,
            None => {
                self.shape = pool.with_key(self.shape, key);
                self.vals.push(value);
            }
        }
    }

    pub fn remove(&mut self, pool: &mut Pool, key: Sym) -> Option<Value> {
        let i = self.position(pool, key)?;
        self.shape = pool.without(self.shape, i);
        Some(self.vals.remove(i))
    }

    pub fn from_map(pool: &mut Pool, map: &Map) -> Obs {
        let keys: Vec<Sym> = map.entries.iter().map(|e| e.key).collect();
        Obs {
            shape: pool.shape_of(&keys),
            at: map.at,
            vals: map.entries.iter().map(|e| e.value.clone()).collect(),
        }
    }

    pub fn to_map(&self, pool: &Pool) -> Map {
        Map {
            at: self.at,
            entries: pool
                .keys(self.shape)
                .iter()
                .zip(&self.vals)
                .map(|(&key, value)| Entry {
                    key,
                    at: 0,
                    value: value.clone(),
                })
                .collect(),
        }
    }

    /// `{...self, ...other}` in JavaScript.
    pub fn spread(&mut self, pool: &mut Pool, other: &Obs) {
        let keys = pool.keys(other.shape).to_vec();
        for (key, value) in keys.into_iter().zip(&other.vals) {
            self.set(pool, key, value.clone());
        }
    }
}

impl Value {
    pub fn str(pool: &mut Pool, text: &str) -> Value {
        Value::Str(pool.sym(text))
    }

    pub fn as_num(&self) -> Option<f64> {
        match self {
            Value::Num(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_sym(&self) -> Option<Sym> {
        match self {
            Value::Str(s) => Some(*s),
            _ => None,
        }
    }

    pub fn as_str<'a>(&self, pool: &'a Pool) -> Option<&'a str> {
        match self {
            Value::Str(s) => Some(pool.str(*s)),
            _ => None,
        }
    }

    pub fn as_map(&self) -> Option<&Map> {
        match self {
            Value::Map(m) => Some(m),
            _ => None,
        }
    }

    pub fn as_seq(&self) -> Option<&Seq> {
        match self {
            Value::Seq(s) => Some(s),
            _ => None,
        }
    }

    pub fn is_nullish(&self) -> bool {
        matches!(self, Value::Null | Value::Undefined)
    }

    /// JavaScript truthiness.
    pub fn truthy(&self, pool: &Pool) -> bool {
        match self {
            Value::Undefined | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Num(n) => *n != 0.0 && !n.is_nan(),
            Value::Str(s) => !pool.str(*s).is_empty(),
            Value::Date(_) | Value::Seq(_) | Value::Map(_) | Value::Table(_) => true,
        }
    }

    /// JavaScript `Number(value)`.
    pub fn to_number(&self, pool: &Pool) -> f64 {
        match self {
            Value::Undefined => f64::NAN,
            Value::Null => 0.0,
            Value::Bool(b) => f64::from(u8::from(*b)),
            Value::Num(n) => *n,
            Value::Str(s) => crate::jsnum::parse_number(pool.str(*s)),
            Value::Date(ms) => *ms,
            Value::Seq(s) => match s.items.as_slice() {
                [] => 0.0,
                [one] => one.to_number(pool),
                _ => f64::NAN,
            },
            Value::Map(_) | Value::Table(_) => f64::NAN,
        }
    }

    /// JavaScript `typeof`, with `Date`, arrays and maps as "object".
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Undefined => "undefined",
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Num(_) => "number",
            Value::Str(_) => "string",
            Value::Date(_) => "date",
            Value::Seq(_) | Value::Table(_) => "array",
            Value::Map(_) => "object",
        }
    }

    /// JavaScript `String(value)` for scalars.
    pub fn to_js_string(&self, pool: &Pool) -> String {
        match self {
            Value::Undefined => "undefined".into(),
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Num(n) => crate::jsnum::to_js_string(*n),
            Value::Str(s) => pool.str(*s).to_string(),
            Value::Date(ms) => crate::time::format_iso(*ms),
            Value::Seq(s) => s
                .items
                .iter()
                .map(|v| match v {
                    Value::Null | Value::Undefined => String::new(),
                    v => v.to_js_string(pool),
                })
                .collect::<Vec<_>>()
                .join(","),
            Value::Map(_) | Value::Table(_) => "[object Object]".into(),
        }
    }

    /// JavaScript loose equality (`==`) for the values CSV lookups compare.
    pub fn loose_eq(&self, other: &Value, pool: &Pool) -> bool {
        use Value::*;
        match (self, other) {
            (Undefined | Null, Undefined | Null) => true,
            (Undefined | Null, _) | (_, Undefined | Null) => false,
            (Num(a), Num(b)) => a == b,
            (Str(a), Str(b)) => a == b,
            (Bool(a), Bool(b)) => a == b,
            (Num(_) | Str(_) | Bool(_), Num(_) | Str(_) | Bool(_)) => {
                self.to_number(pool) == other.to_number(pool)
            }
            _ => false,
        }
    }
}
