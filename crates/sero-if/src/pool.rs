//! Interned strings and observation shapes.
//!
//! Every key and every string value is interned once as a [`Sym`], so values
//! are small and `Copy`-like, and string equality is an integer comparison.
//! Observations store their values in a plain vector; the ordered list of
//! their keys is a shared *shape* (as JavaScript engines do with hidden
//! classes), so 100,000 observations with the same keys store them once.

use std::cell::Cell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

/// FxHash (as in rustc): fast for the short keys and integers hashed here.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// An interned string.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(pub u32);

/// The ordered keys of an observation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Shape(pub u32);

#[derive(Default)]
pub struct Pool {
    names: Vec<Rc<str>>,
    index: FxMap<Rc<str>, u32>,
    shapes: Vec<Rc<[Sym]>>,
    shape_index: FxMap<Rc<[Sym]>, u32>,
    transitions: FxMap<(u32, Sym), u32>,
    /// Recent transitions, direct-mapped by (shape, key): plugins add the
    /// same keys to one shape after another.
    recent: Vec<(u32, u32, u32)>,
    /// Recent key positions, direct-mapped by (shape, key).
    positions: Vec<Cell<(u32, u32, u32)>>,
}

const RECENT: usize = 64;
const POSITIONS: usize = 1024;

fn slot(shape: u32, key: u32, size: usize) -> usize {
    (shape.wrapping_mul(0x9e37_79b9) ^ key.wrapping_mul(0x85eb_ca6b)) as usize & (size - 1)
}

impl Pool {
    pub fn new() -> Pool {
        let mut pool = Pool {
            recent: vec![(u32::MAX, 0, 0); RECENT],
            positions: (0..POSITIONS)
                .map(|_| Cell::new((u32::MAX, 0, 0)))
                .collect(),
            ..Pool::default()
        };
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

    /// Where `key` is among the keys of `shape`.
    pub fn position(&self, shape: Shape, key: Sym) -> Option<usize> {
        let i = slot(shape.0, key.0, POSITIONS);
        if let Some(cell) = self.positions.get(i) {
            let (s, k, p) = cell.get();
            if s == shape.0 && k == key.0 {
                return (p != u32::MAX).then_some(p as usize);
            }
            let found = self.keys(shape).iter().position(|&x| x == key);
            cell.set((shape.0, key.0, found.map_or(u32::MAX, |p| p as u32)));
            return found;
        }
        self.keys(shape).iter().position(|&x| x == key)
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
        let i = slot(shape.0, key.0, RECENT);
        if let Some(&(s, k, next)) = self.recent.get(i)
            && s == shape.0
            && k == key.0
        {
            return Shape(next);
        }
        if let Some(&id) = self.transitions.get(&(shape.0, key)) {
            if let Some(e) = self.recent.get_mut(i) {
                *e = (shape.0, key.0, id);
            }
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
