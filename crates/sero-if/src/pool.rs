//! Interned strings and observation shapes.
//!
//! Every key and every string value is interned once as a [`Sym`], so values
//! are small and `Copy`-like, and string equality is an integer comparison.
//! Observations store their values in a plain vector; the ordered list of
//! their keys is a shared *shape* (as JavaScript engines do with hidden
//! classes), so 100,000 observations with the same keys store them once.

use std::collections::HashMap;
use std::rc::Rc;

/// An interned string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(pub u32);

/// The ordered keys of an observation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Shape(pub u32);

#[derive(Default)]
pub struct Pool {
    names: Vec<Rc<str>>,
    index: HashMap<Rc<str>, u32>,
    shapes: Vec<Rc<[Sym]>>,
    shape_index: HashMap<Rc<[Sym]>, u32>,
    transitions: HashMap<(u32, Sym), u32>,
}

impl Pool {
    pub fn new() -> Pool {
        let mut pool = Pool::default();
        pool.shape_of(&[]);
        pool
    }

    pub fn sym(&mut self, text: &str) -> Sym {
        if let Some(&id) = self.index.get(text) {
            return Sym(id);
        }
        let id = self.names.len() as u32;
        let name: Rc<str> = Rc::from(text);
        self.names.push(name.clone());
        self.index.insert(name, id);
        Sym(id)
    }

    /// The symbol of `text` if it was ever interned.
    pub fn find(&self, text: &str) -> Option<Sym> {
        self.index.get(text).map(|&id| Sym(id))
    }

    pub fn str(&self, sym: Sym) -> &str {
        &self.names[sym.0 as usize]
    }

    pub const EMPTY: Shape = Shape(0);

    pub fn keys(&self, shape: Shape) -> &[Sym] {
        &self.shapes[shape.0 as usize]
    }

    pub fn shape_of(&mut self, keys: &[Sym]) -> Shape {
        if let Some(&id) = self.shape_index.get(keys) {
            return Shape(id);
        }
        let id = self.shapes.len() as u32;
        let keys: Rc<[Sym]> = Rc::from(keys);
        self.shapes.push(keys.clone());
        self.shape_index.insert(keys, id);
        Shape(id)
    }

    /// The shape with `key` appended.
    pub fn with_key(&mut self, shape: Shape, key: Sym) -> Shape {
        if let Some(&id) = self.transitions.get(&(shape.0, key)) {
            return Shape(id);
        }
        let mut keys = self.keys(shape).to_vec();
        keys.push(key);
        let next = self.shape_of(&keys);
        self.transitions.insert((shape.0, key), next.0);
        next
    }

    /// The shape with the key at `position` removed.
    pub fn without(&mut self, shape: Shape, position: usize) -> Shape {
        let mut keys = self.keys(shape).to_vec();
        keys.remove(position);
        self.shape_of(&keys)
    }
}
