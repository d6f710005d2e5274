//! Writes [`Value`]s as YAML in the style of `js-yaml`'s `dump` (block
//! style, two-space indent, the same choice between plain and quoted
//! scalars, numbers as JavaScript prints them), streaming to a writer.

use std::io::{self, Write};

use crate::pool::{Pool, Sym};
use crate::value::{Map, Obs, Value};

pub struct Emitter<'p, W: Write> {
    pool: &'p Pool,
    out: W,
    buf: String,
    /// How each interned string is written, found on first use.
    styles: Vec<u8>,
}

const FLUSH_AT: usize = 1 << 16;

impl<'p, W: Write> Emitter<'p, W> {
    pub fn new(pool: &'p Pool, out: W) -> Self {
        Emitter {
            pool,
            out,
            buf: String::with_capacity(FLUSH_AT * 2),
            styles: Vec::new(),
        }
    }

    pub fn finish(mut self) -> io::Result<W> {
        self.flush()?;
        self.out.flush()?;
        Ok(self.out)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.write_all(self.buf.as_bytes())?;
        self.buf.clear();
        Ok(())
    }

    fn maybe_flush(&mut self) -> io::Result<()> {
        if self.buf.len() >= FLUSH_AT {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes a whole document whose root is a map.
    pub fn document(&mut self, root: &Map) -> io::Result<()> {
        if root.entries.is_empty() {
            self.buf.push_str("{}\n");
        } else {
            self.map_block(root, 0, true)?;
            self.buf.push('\n');
        }
        self.flush()
    }

    fn newline(&mut self, indent: usize) {
        const SPACES: &str = "                                                                ";
        self.buf.push('\n');
        let mut left = indent;
        while left > 0 {
            let n = left.min(SPACES.len());
            self.buf.push_str(&SPACES[..n]);
            left -= n;
        }
    }

    fn sym(&mut self, sym: Sym) {
        const UNKNOWN: u8 = 0;
        const PLAIN: u8 = 1;
        const SINGLE: u8 = 2;
        const OTHER: u8 = 3;
        let i = sym.0 as usize;
        if i >= self.styles.len() {
            self.styles.resize(i + 1, UNKNOWN);
        }
        let text = self.pool.str(sym);
        if self.styles[i] == UNKNOWN {
            self.styles[i] = match choose(text) {
                Style::Plain => PLAIN,
                Style::Single if !text.contains('\'') => SINGLE,
                _ => OTHER,
            };
        }
        match self.styles[i] {
            PLAIN => self.buf.push_str(text),
            SINGLE => {
                self.buf.push('\'');
                self.buf.push_str(text);
                self.buf.push('\'');
            }
            _ => render_string(&mut self.buf, text),
        }
    }

    fn is_block(value: &Value) -> bool {
        match value {
            Value::Map(m) => !m.entries.is_empty(),
            Value::Seq(s) => !s.items.is_empty(),
            Value::Table(t) => !t.is_empty(),
            _ => false,
        }
    }

    fn scalar(&mut self, value: &Value) {
        match value {
            Value::Undefined | Value::Null => self.buf.push_str("null"),
            Value::Bool(b) => self.buf.push_str(if *b { "true" } else { "false" }),
            Value::Num(n) => crate::jsnum::write_yaml(&mut self.buf, *n),
            Value::Str(s) => self.sym(*s),
            Value::Date(ms) => crate::time::write_iso(&mut self.buf, *ms),
            Value::Map(_) => self.buf.push_str("{}"),
            Value::Seq(_) | Value::Table(_) => self.buf.push_str("[]"),
        }
    }

    fn entry(&mut self, key: Sym, value: &Value, indent: usize) -> io::Result<()> {
        self.sym(key);
        self.buf.push(':');
        if Self::is_block(value) {
            self.block(value, indent + 2, false)
        } else {
            self.buf.push(' ');
            self.scalar(value);
            Ok(())
        }
    }

    fn block(&mut self, value: &Value, indent: usize, inline: bool) -> io::Result<()> {
        match value {
            Value::Map(m) => self.map_block(m, indent, inline),
            Value::Seq(s) => {
                for (i, item) in s.items.iter().enumerate() {
                    if i > 0 || !inline {
                        self.newline(indent);
                    }
                    self.buf.push_str("- ");
                    if Self::is_block(item) {
                        self.block(item, indent + 2, true)?;
                    } else {
                        self.scalar(item);
                    }
                    self.maybe_flush()?;
                }
                Ok(())
            }
            Value::Table(rows) => {
                for (i, row) in rows.iter().enumerate() {
                    if i > 0 || !inline {
                        self.newline(indent);
                    }
                    self.buf.push_str("- ");
                    self.obs_block(row, indent + 2)?;
                    self.maybe_flush()?;
                }
                Ok(())
            }
            other => {
                self.scalar(other);
                Ok(())
            }
        }
    }

    fn map_block(&mut self, map: &Map, indent: usize, inline: bool) -> io::Result<()> {
        let mut first = true;
        for e in &map.entries {
            if matches!(e.value, Value::Undefined) {
                continue;
            }
            if !first || !inline {
                self.newline(indent);
            }
            first = false;
            self.entry(e.key, &e.value, indent)?;
        }
        if first {
            self.buf.push_str("{}");
        }
        Ok(())
    }

    fn obs_block(&mut self, obs: &Obs, indent: usize) -> io::Result<()> {
        let keys = self.pool.keys(obs.shape);
        let mut first = true;
        for (&key, value) in keys.iter().zip(&obs.vals) {
            if matches!(value, Value::Undefined) {
                continue;
            }
            if !first {
                self.newline(indent);
            }
            first = false;
            self.entry(key, value, indent)?;
        }
        if first {
            self.buf.push_str("{}");
        }
        Ok(())
    }
}

/// Writes `value` as a YAML document to a string.
pub fn to_string(pool: &Pool, root: &Map) -> String {
    let mut e = Emitter::new(pool, Vec::new());
    let _ = e.document(root);
    e.finish()
        .ok()
        .and_then(|v| String::from_utf8(v).ok())
        .unwrap_or_default()
}

fn is_printable(c: char) -> bool {
    let c = c as u32;
    (0x20..=0x7e).contains(&c)
        || ((0xa1..=0xd7ff).contains(&c) && c != 0x2028 && c != 0x2029)
        || ((0xe000..=0xfffd).contains(&c) && c != 0xfeff)
        || (0x10000..=0x10ffff).contains(&c)
}

fn is_ns_char_or_ws(c: char) -> bool {
    is_printable(c) && c != '\u{feff}'
}

fn plain_safe(c: char, prev: Option<char>) -> bool {
    let ns_or_ws = is_ns_char_or_ws(c);
    let ns = ns_or_ws && c != ' ' && c != '\t';
    let prev_ns = prev.is_some_and(|p| is_ns_char_or_ws(p) && p != ' ' && p != '\t');
    (ns_or_ws && !matches!(c, ',' | '[' | ']' | '{' | '}') && c != '#' && (prev != Some(':') || ns))
        || (prev_ns && c == '#')
        || (prev == Some(':') && ns)
}

fn plain_safe_first(c: char) -> bool {
    is_printable(c)
        && c != '\u{feff}'
        && !matches!(
            c,
            ' ' | '\t'
                | '-'
                | '?'
                | ':'
                | ','
                | '['
                | ']'
                | '{'
                | '}'
                | '#'
                | '&'
                | '*'
                | '!'
                | '|'
                | '='
                | '>'
                | '\''
                | '"'
                | '%'
                | '@'
                | '`'
        )
}

/// Strings that would load back as another type (js-yaml's implicit types
/// and the YAML 1.1 booleans it quotes for compatibility).
fn ambiguous(s: &str) -> bool {
    if matches!(
        s,
        "" | "~"
            | "null"
            | "Null"
            | "NULL"
            | "true"
            | "True"
            | "TRUE"
            | "false"
            | "False"
            | "FALSE"
            | "y"
            | "Y"
            | "yes"
            | "Yes"
            | "YES"
            | "on"
            | "On"
            | "ON"
            | "n"
            | "N"
            | "no"
            | "No"
            | "NO"
            | "off"
            | "Off"
            | "OFF"
            | "<<"
    ) {
        return true;
    }
    let first = s.as_bytes()[0];
    if first.is_ascii_digit() || matches!(first, b'-' | b'+' | b'.') {
        return crate::scalar::resolve_int(s).is_some()
            || crate::scalar::resolve_float(s).is_some()
            || crate::time::parse_yaml_timestamp(s).is_some();
    }
    false
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Single,
    Double,
}

/// js-yaml's choice of style for a one-line string.
fn choose(s: &str) -> Style {
    let mut plain = match (s.chars().next(), s.chars().last()) {
        (Some(first), Some(last)) => {
            plain_safe_first(first) && last != ' ' && last != '\t' && last != ':'
        }
        _ => false,
    };
    let mut prev = None;
    for c in s.chars() {
        if !is_printable(c) {
            return Style::Double;
        }
        plain = plain && plain_safe(c, prev);
        prev = Some(c);
    }
    if plain && !ambiguous(s) {
        Style::Plain
    } else {
        Style::Single
    }
}

/// js-yaml's scalar style for a string: plain, single-quoted, or (for
/// non-printable characters and line breaks) double-quoted.
pub fn render_string(out: &mut String, s: &str) {
    let style = choose(s);
    let double = style == Style::Double;
    let plain = style == Style::Plain;
    if double {
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '\r' => out.push_str("\\r"),
                c if is_printable(c) => out.push(c),
                c => {
                    let n = c as u32;
                    if n <= 0xff {
                        out.push_str(&format!("\\x{n:02X}"));
                    } else if n <= 0xffff {
                        out.push_str(&format!("\\u{n:04X}"));
                    } else {
                        out.push_str(&format!("\\U{n:08X}"));
                    }
                }
            }
        }
        out.push('"');
    } else if plain {
        out.push_str(s);
    } else {
        out.push('\'');
        out.push_str(&s.replace('\'', "''"));
        out.push('\'');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_like_js_yaml() {
        let cases = [
            ("2024-01-01T00:00:00.000Z", "'2024-01-01T00:00:00.000Z'"),
            ("2024-02-26 00:00:00", "'2024-02-26 00:00:00'"),
            ("y", "'y'"),
            ("12", "'12'"),
            ("a: b", "'a: b'"),
            ("", "''"),
            ("it's", "it's"),
            ("*", "'*'"),
            ("null", "'null'"),
            ("@x", "'@x'"),
            ("a #b", "'a #b'"),
            ("1e5", "'1e5'"),
            ("cpu/utilization", "cpu/utilization"),
            ("2023-08-06T00:00", "2023-08-06T00:00"),
            ("line\nnext", "\"line\\nnext\""),
        ];
        for (s, want) in cases {
            let mut out = String::new();
            render_string(&mut out, s);
            assert_eq!(out, want, "{s}");
        }
    }
}
