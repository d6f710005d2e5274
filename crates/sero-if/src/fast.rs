//! A fast reader for the YAML that manifests are made of: block mappings
//! and sequences, flow `{…}` and `[…]`, plain and quoted one-line scalars,
//! comments. Anything else (anchors, tags, block scalars, multi-line plain
//! scalars, merge keys, non-ASCII text, errors) returns `None`, and the
//! manifest is read by the full `saphyr-parser` reader instead, which also
//! words every syntax error.
//!
//! Both readers resolve scalars the same way (`scalar::resolve_plain`) and
//! give the same positions (the character index of a key, of the first key
//! of a block mapping, of `{`, `[` or `-`).

use std::rc::Rc;

use crate::pool::{Pool, Sym};
use crate::scalar::resolve_plain;
use crate::value::{At, Entry, Keys, Map, Seq, Value};

struct P<'a, 'p> {
    b: &'a [u8],
    text: &'a str,
    i: usize,
    line_start: usize,
    pool: &'p mut Pool,
    /// Set just before the value of `inputs:` or `outputs:` is read: a list of
    /// mappings there becomes a table of observations as it is read.
    want_table: bool,
    inputs: Sym,
    outputs: Sym,
    /// Lists and mappings open around the current position: past [`sero_limits::DEPTH`]
    /// this reader gives up, and the full reader refuses the document with its position.
    depth: usize,
}

/// Items of a sequence, kept as observations while they are all mappings.
struct Items {
    table: bool,
    rows: Vec<crate::value::Obs>,
    items: Vec<Value>,
}

impl Items {
    fn new(table: bool) -> Items {
        Items {
            table,
            rows: Vec::new(),
            items: Vec::new(),
        }
    }

    fn push(&mut self, item: Value, pool: &mut Pool) {
        if self.table {
            if let Value::Map(m) = &item {
                self.rows.push(crate::value::Obs::from_map(pool, m));
                return;
            }
            self.table = false;
            for row in self.rows.drain(..) {
                self.items.push(Value::Map(Rc::new(row.to_map(pool))));
            }
        }
        self.items.push(item);
    }

    fn finish(mut self, at: At) -> Value {
        if self.table && !self.rows.is_empty() {
            self.rows.shrink_to_fit();
            return Value::Table(Rc::new(self.rows));
        }
        self.items.shrink_to_fit();
        Value::Seq(Rc::new(Seq {
            at,
            items: self.items,
        }))
    }
}

type R<T> = Option<T>;

pub fn parse(text: &str, pool: &mut Pool) -> Option<Value> {
    if !text.is_ascii() || text.len() > u32::MAX as usize {
        return None;
    }
    let mut p = P {
        b: text.as_bytes(),
        text,
        i: 0,
        line_start: 0,
        want_table: false,
        inputs: pool.sym("inputs"),
        outputs: pool.sym("outputs"),
        depth: 0,
        pool,
    };
    p.skip_blank_lines();
    if p.b[p.i..].starts_with(b"---") {
        let after = p.b.get(p.i + 3).copied();
        if !matches!(after, None | Some(b'\n') | Some(b'\r')) {
            return None;
        }
        p.i += 3;
        p.end_of_line()?;
        p.skip_blank_lines();
    }
    if p.i >= p.b.len() {
        return Some(Value::Null);
    }
    if p.col() != 0 {
        return None;
    }
    let value = p.block_node(0)?;
    p.skip_blank_lines();
    if p.i < p.b.len() {
        return None;
    }
    Some(value)
}

fn is_flow_indicator(c: u8) -> bool {
    matches!(c, b',' | b'[' | b']' | b'{' | b'}')
}

impl P<'_, '_> {
    fn col(&self) -> usize {
        self.i - self.line_start
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn at(&self) -> At {
        self.i as At
    }

    fn skip_spaces(&mut self) {
        while self.peek() == Some(b' ') {
            self.i += 1;
        }
    }

    /// Skips the rest of the line (spaces and an optional comment) and the
    /// line break. Fails if anything else is left on the line.
    fn end_of_line(&mut self) -> R<()> {
        self.skip_spaces();
        match self.peek() {
            None => Some(()),
            Some(b'#') => {
                while let Some(c) = self.peek() {
                    if c == b'\n' {
                        break;
                    }
                    self.i += 1;
                }
                self.newline()
            }
            Some(b'\r' | b'\n') => self.newline(),
            _ => None,
        }
    }

    fn newline(&mut self) -> R<()> {
        if self.peek() == Some(b'\r') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'\n') => {
                self.i += 1;
                self.line_start = self.i;
                Some(())
            }
            None => Some(()),
            _ => None,
        }
    }

    /// Moves to the first content character of the next non-blank,
    /// non-comment line (staying put if already on content).
    fn skip_blank_lines(&mut self) {
        loop {
            let save = (self.i, self.line_start);
            self.skip_spaces();
            match self.peek() {
                Some(b'#') | Some(b'\r') | Some(b'\n') => {
                    if self.end_of_line().is_none() {
                        (self.i, self.line_start) = save;
                        return;
                    }
                }
                _ => return,
            }
        }
    }

    /// A block node whose first line starts at the current position.
    fn block_node(&mut self, indent: usize) -> R<Value> {
        let c = self.peek()?;
        if c == b'\t' {
            return None;
        }
        if c == b'-' && matches!(self.b.get(self.i + 1), Some(b' ' | b'\n' | b'\r') | None) {
            return self.block_seq(self.col());
        }
        if self.line_has_key()? {
            return self.block_map(self.col().max(indent));
        }
        let v = self.inline_value(indent)?;
        Some(v)
    }

    /// Whether the rest of the line is `key: …`.
    fn line_has_key(&self) -> R<bool> {
        let mut j = self.i;
        let b = self.b;
        match b.get(j) {
            Some(b'{' | b'[') => return Some(false),
            Some(b'"') | Some(b'\'') => {
                let q = b[j];
                j += 1;
                while j < b.len() && b[j] != q && b[j] != b'\n' {
                    if q == b'"' && b[j] == b'\\' {
                        j += 1;
                    }
                    if q == b'\'' && b[j] == b'\'' && b.get(j + 1) == Some(&b'\'') {
                        j += 1;
                    }
                    j += 1;
                }
                j += 1;
                while b.get(j) == Some(&b' ') {
                    j += 1;
                }
                return Some(
                    b.get(j) == Some(&b':')
                        && matches!(b.get(j + 1), Some(b' ' | b'\n' | b'\r') | None),
                );
            }
            Some(b'?' | b'&' | b'*' | b'!' | b'|' | b'>' | b'%' | b'@' | b'`') => return None,
            _ => {}
        }
        while j < b.len() && b[j] != b'\n' {
            if b[j] == b':' && matches!(b.get(j + 1), Some(b' ' | b'\n' | b'\r') | None) {
                return Some(true);
            }
            if b[j] == b'#' && j > 0 && b[j - 1] == b' ' {
                return Some(false);
            }
            j += 1;
        }
        Some(false)
    }

    fn key(&mut self) -> R<(Sym, At)> {
        let at = self.at();
        let c = self.peek()?;
        let sym = if c == b'"' || c == b'\'' {
            self.quoted_sym()?
        } else {
            let start = self.i;
            while let Some(c) = self.peek() {
                if c == b':'
                    && matches!(
                        self.b.get(self.i + 1),
                        Some(b' ' | b'\n' | b'\r' | b',' | b'}' | b']') | None
                    )
                {
                    break;
                }
                if c == b'\n' || c == b'\r' {
                    return None;
                }
                self.i += 1;
            }
            let raw = self.text[start..self.i].trim_end_matches(' ');
            if raw.is_empty()
                || raw == "<<"
                || raw.starts_with(['&', '*', '!', '?', '|', '>', '%', '@', '`', '-'])
            {
                return None;
            }
            match resolve_plain(raw, self.pool) {
                Value::Str(s) => s,
                Value::Null => self.pool.sym("null"),
                other => {
                    let t = other.to_js_string(self.pool);
                    self.pool.sym(&t)
                }
            }
        };
        self.skip_spaces();
        if self.peek() != Some(b':') {
            return None;
        }
        self.i += 1;
        Some((sym, at))
    }

    /// Enters a list or mapping: `None` past the depth limit.
    fn enter(&mut self) -> R<()> {
        self.depth += 1;
        (self.depth <= sero_limits::DEPTH.get_usize()).then_some(())
    }

    fn block_map(&mut self, indent: usize) -> R<Value> {
        self.enter()?;
        let value = self.block_map_in(indent);
        self.depth -= 1;
        value
    }

    fn block_seq(&mut self, indent: usize) -> R<Value> {
        self.enter()?;
        let value = self.block_seq_in(indent);
        self.depth -= 1;
        value
    }

    fn flow(&mut self) -> R<Value> {
        self.enter()?;
        let value = self.flow_in();
        self.depth -= 1;
        value
    }

    fn block_map_in(&mut self, indent: usize) -> R<Value> {
        let mut map = Map::new(self.at());
        let mut keys = Keys::default();
        loop {
            let (key, key_at) = self.key()?;
            self.want_table = key == self.inputs || key == self.outputs;
            let value = self.value_after_key(indent);
            self.want_table = false;
            let value = value?;
            if !keys.fresh(&map.entries, key) {
                return None;
            }
            map.entries.push(Entry {
                key,
                at: key_at,
                value,
            });
            self.skip_blank_lines();
            if self.i >= self.b.len() {
                break;
            }
            let col = self.col();
            if col < indent {
                break;
            }
            if col > indent {
                return None;
            }
            if self.peek() == Some(b'-')
                && matches!(self.b.get(self.i + 1), Some(b' ' | b'\n' | b'\r') | None)
            {
                // A sequence at the mapping's indentation ends the mapping only
                // when it belongs to an enclosing sequence.
                break;
            }
        }
        Some(Value::Map(Rc::new(map)))
    }

    /// The value after `key:`: on the same line, or a block on the next lines.
    fn value_after_key(&mut self, indent: usize) -> R<Value> {
        self.skip_spaces();
        match self.peek() {
            None => Some(Value::Null),
            Some(b'#' | b'\n' | b'\r') => {
                self.end_of_line()?;
                self.skip_blank_lines();
                if self.i >= self.b.len() {
                    return Some(Value::Null);
                }
                let col = self.col();
                let dash = self.peek() == Some(b'-')
                    && matches!(self.b.get(self.i + 1), Some(b' ' | b'\n' | b'\r') | None);
                if col > indent || (col == indent && dash) {
                    if col == indent && dash {
                        return self.block_seq(col);
                    }
                    return self.block_node(col);
                }
                Some(Value::Null)
            }
            Some(_) => self.inline_value(indent),
        }
    }

    /// A value that starts on the current line and must end on it: flow,
    /// quoted or plain.
    fn inline_value(&mut self, indent: usize) -> R<Value> {
        let v = match self.peek()? {
            b'{' | b'[' => self.flow()?,
            b'"' | b'\'' => {
                let s = self.quoted()?;
                Value::str(self.pool, &s)
            }
            b'&' | b'*' | b'!' | b'|' | b'>' | b'%' | b'@' | b'`' | b'?' | b'\t' => return None,
            _ => {
                let start = self.i;
                while let Some(c) = self.peek() {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    if c == b'#' && self.b[self.i - 1] == b' ' {
                        break;
                    }
                    if c == b':'
                        && matches!(self.b.get(self.i + 1), Some(b' ' | b'\n' | b'\r') | None)
                    {
                        return None;
                    }
                    self.i += 1;
                }
                let raw = self.text[start..self.i].trim_end_matches(' ');
                if raw.starts_with("- ") || raw == "-" {
                    return None;
                }
                resolve_plain(raw, self.pool)
            }
        };
        self.end_of_line()?;
        // A more indented line after a plain scalar would continue it.
        let save = (self.i, self.line_start);
        self.skip_blank_lines();
        let continues = self.i < self.b.len()
            && self.col() > indent
            && !matches!(v, Value::Map(_) | Value::Seq(_));
        (self.i, self.line_start) = save;
        if continues {
            // Content more indented than the key: a multi-line scalar or bad
            // indentation; let the full reader decide.
            let save = (self.i, self.line_start);
            self.skip_blank_lines();
            let col = self.col();
            (self.i, self.line_start) = save;
            if col > indent {
                return None;
            }
        }
        Some(v)
    }

    fn block_seq_in(&mut self, indent: usize) -> R<Value> {
        let at = self.at();
        let mut seq = Items::new(std::mem::take(&mut self.want_table));
        loop {
            // At `-`.
            self.i += 1;
            self.skip_spaces();
            let item = match self.peek() {
                None => Value::Null,
                Some(b'#' | b'\n' | b'\r') => {
                    self.end_of_line()?;
                    self.skip_blank_lines();
                    if self.i < self.b.len() && self.col() > indent {
                        let col = self.col();
                        self.block_node(col)?
                    } else {
                        Value::Null
                    }
                }
                Some(b'-')
                    if matches!(self.b.get(self.i + 1), Some(b' ' | b'\n' | b'\r') | None) =>
                {
                    let col = self.col();
                    self.block_seq(col)?
                }
                Some(_) => {
                    if self.line_has_key()? {
                        let col = self.col();
                        self.block_map(col)?
                    } else {
                        self.inline_value(indent)?
                    }
                }
            };
            seq.push(item, self.pool);
            self.skip_blank_lines();
            if self.i >= self.b.len() || self.col() != indent {
                if self.i < self.b.len() && self.col() > indent {
                    return None;
                }
                break;
            }
            if !(self.peek() == Some(b'-')
                && matches!(self.b.get(self.i + 1), Some(b' ' | b'\n' | b'\r') | None))
            {
                break;
            }
        }
        Some(seq.finish(at))
    }

    fn skip_flow_space(&mut self) -> R<()> {
        loop {
            match self.peek() {
                Some(b' ') => self.i += 1,
                Some(b'\r' | b'\n') => self.newline()?,
                Some(b'#') if self.i > 0 && matches!(self.b[self.i - 1], b' ' | b'\n') => {
                    while let Some(c) = self.peek() {
                        if c == b'\n' {
                            break;
                        }
                        self.i += 1;
                    }
                }
                Some(b'\t') => return None,
                _ => return Some(()),
            }
        }
    }

    fn flow_in(&mut self) -> R<Value> {
        match self.peek()? {
            b'{' => {
                self.want_table = false;
                let mut map = Map::new(self.at());
                let mut keys = Keys::default();
                self.i += 1;
                loop {
                    self.skip_flow_space()?;
                    if self.peek()? == b'}' {
                        self.i += 1;
                        break;
                    }
                    let key_at = self.at();
                    let key = match self.flow_scalar(true)? {
                        Value::Str(s) => s,
                        Value::Null => self.pool.sym("null"),
                        other => {
                            let t = other.to_js_string(self.pool);
                            self.pool.sym(&t)
                        }
                    };
                    if self.pool.str(key) == "<<" {
                        return None;
                    }
                    self.skip_flow_space()?;
                    let value = if self.peek()? == b':' {
                        self.i += 1;
                        self.skip_flow_space()?;
                        match self.peek()? {
                            b',' | b'}' => Value::Null,
                            _ => self.flow_value()?,
                        }
                    } else {
                        Value::Null
                    };
                    if !keys.fresh(&map.entries, key) {
                        return None;
                    }
                    map.entries.push(Entry {
                        key,
                        at: key_at,
                        value,
                    });
                    self.skip_flow_space()?;
                    match self.peek()? {
                        b',' => self.i += 1,
                        b'}' => {
                            self.i += 1;
                            break;
                        }
                        _ => return None,
                    }
                }
                Some(Value::Map(Rc::new(map)))
            }
            b'[' => {
                let at = self.at();
                let mut seq = Items::new(std::mem::take(&mut self.want_table));
                self.i += 1;
                loop {
                    self.skip_flow_space()?;
                    if self.peek()? == b']' {
                        self.i += 1;
                        break;
                    }
                    let v = self.flow_value()?;
                    self.skip_flow_space()?;
                    match self.peek()? {
                        b',' => self.i += 1,
                        b']' => {
                            self.i += 1;
                            seq.push(v, self.pool);
                            break;
                        }
                        // `[a: b]` (a single-pair mapping) and anything else.
                        _ => return None,
                    }
                    seq.push(v, self.pool);
                }
                Some(seq.finish(at))
            }
            _ => None,
        }
    }

    fn flow_value(&mut self) -> R<Value> {
        match self.peek()? {
            b'{' | b'[' => self.flow(),
            _ => self.flow_scalar(false),
        }
    }

    fn flow_scalar(&mut self, key: bool) -> R<Value> {
        match self.peek()? {
            b'"' | b'\'' => Some(Value::Str(self.quoted_sym()?)),
            b'&' | b'*' | b'!' | b'|' | b'>' | b'%' | b'@' | b'`' | b'?' | b'{' | b'[' => None,
            _ => {
                let start = self.i;
                while let Some(c) = self.peek() {
                    if is_flow_indicator(c) || c == b'\n' || c == b'\r' {
                        break;
                    }
                    if c == b':'
                        && matches!(
                            self.b.get(self.i + 1),
                            Some(b' ' | b',' | b']' | b'}' | b'\n' | b'\r') | None
                        )
                    {
                        break;
                    }
                    if c == b'#' && self.b[self.i - 1] == b' ' {
                        return None;
                    }
                    self.i += 1;
                }
                let raw = self.text[start..self.i].trim_end_matches(' ');
                if !key && matches!(self.peek(), Some(b'\n' | b'\r')) {
                    // A plain scalar may go on on the next line; let the full reader do it.
                    let save = (self.i, self.line_start);
                    self.skip_flow_space()?;
                    let next = self.peek();
                    (self.i, self.line_start) = save;
                    if !matches!(next, Some(b',' | b']' | b'}')) {
                        return None;
                    }
                }
                if raw.is_empty() && !key {
                    return None;
                }
                Some(resolve_plain(raw, self.pool))
            }
        }
    }

    /// A quoted scalar, interned.
    fn quoted_sym(&mut self) -> R<Sym> {
        let q = self.peek()?;
        // Fast path: no escapes before the closing quote.
        let start = self.i + 1;
        let mut j = start;
        while j < self.b.len() {
            let c = self.b[j];
            if c == q {
                let doubled = q == b'\'' && self.b.get(j + 1) == Some(&b'\'');
                if !doubled {
                    let sym = self.pool.sym(&self.text[start..j]);
                    self.i = j + 1;
                    return Some(sym);
                }
                break;
            }
            if c == b'\\' && q == b'"' || c == b'\n' || c == b'\r' {
                break;
            }
            j += 1;
        }
        let s = self.quoted()?;
        Some(self.pool.sym(&s))
    }

    fn quoted(&mut self) -> R<String> {
        let q = self.peek()?;
        self.i += 1;
        let mut out = String::new();
        loop {
            let c = self.peek()?;
            match c {
                b'\n' | b'\r' => return None,
                _ if c == q => {
                    if q == b'\'' && self.b.get(self.i + 1) == Some(&b'\'') {
                        out.push('\'');
                        self.i += 2;
                        continue;
                    }
                    self.i += 1;
                    return Some(out);
                }
                b'\\' if q == b'"' => {
                    let e = *self.b.get(self.i + 1)?;
                    self.i += 2;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'n' => '\n',
                        b't' => '\t',
                        b'r' => '\r',
                        b'0' => '\0',
                        b' ' => ' ',
                        b'x' | b'u' | b'U' => {
                            let n = match e {
                                b'x' => 2,
                                b'u' => 4,
                                _ => 8,
                            };
                            let hex = self.text.get(self.i..self.i + n)?;
                            self.i += n;
                            char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
                        }
                        _ => return None,
                    };
                    out.push(ch);
                }
                _ => {
                    out.push(c as char);
                    self.i += 1;
                }
            }
        }
    }
}
