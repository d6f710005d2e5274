//! YAML to [`Value`]s with `saphyr-parser` events, resolving plain scalars
//! as `js-yaml` 4 does (its default schema: null, bool, int, float and
//! timestamp, in `scalar.rs`).

use std::collections::HashMap;
use std::rc::Rc;

use saphyr_parser::{Event, Parser, ScalarStyle};

use crate::pool::Pool;
use crate::scalar::resolve_plain;
use crate::value::{At, Entry, Map, Seq, Value};

/// A YAML syntax error at a character index.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub at: usize,
    /// js-yaml's words, as IF writes them.
    pub message: String,
    pub problem: Problem,
}

/// What is wrong with a manifest that cannot be read, for a caller to choose its hint by (the
/// message's words are IF's, not for branching on).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The YAML does not parse.
    Syntax,
    /// An alias names no anchor defined before it.
    UnknownAlias,
    /// A mapping has the same key twice.
    DuplicateKey,
    /// The document is not a mapping.
    NotAMapping,
}

enum Frame {
    Map {
        anchor: usize,
        map: Map,
        key: Option<(crate::pool::Sym, At)>,
    },
    Seq {
        anchor: usize,
        seq: Seq,
    },
}

/// Parses one YAML document: with the fast reader when the text keeps to
/// what it reads, else with `saphyr-parser`.
pub fn parse(text: &str, pool: &mut Pool) -> Result<Value, SyntaxError> {
    if let Some(v) = crate::fast::parse(text, pool) {
        return Ok(v);
    }
    parse_full(text, pool)
}

/// Whether the fast reader reads `text` (for tests and tools).
pub fn fast_accepts(text: &str) -> bool {
    crate::fast::parse(text, &mut Pool::new()).is_some()
}

/// Parses one YAML document with `saphyr-parser`.
pub fn parse_full(text: &str, pool: &mut Pool) -> Result<Value, SyntaxError> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut root: Option<Value> = None;
    let mut anchors: HashMap<usize, Value> = HashMap::new();
    let merge = pool.sym("<<");
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| SyntaxError {
            at: e.marker().index(),
            message: e.info().to_string(),
            problem: Problem::Syntax,
        })?;
        let at = span.start.index() as At;
        let value = match event {
            Event::Scalar(text, style, anchor, tag) => {
                let quoted = style != ScalarStyle::Plain;
                let tag_suffix = tag.as_ref().map(|t| t.suffix.as_str());
                let value = match tag_suffix {
                    Some("str") => Value::str(pool, &text),
                    _ if quoted => Value::str(pool, &text),
                    _ => resolve_plain(&text, pool),
                };
                // A mapping key is kept as text.
                if let Some(Frame::Map { key, .. }) = stack.last_mut()
                    && key.is_none()
                {
                    let name = match &value {
                        Value::Str(s) => *s,
                        Value::Null if !quoted && text.is_empty() => pool.sym("null"),
                        other => {
                            let t = other.to_js_string(pool);
                            pool.sym(&t)
                        }
                    };
                    *key = Some((name, at));
                    if anchor > 0 {
                        anchors.insert(anchor, value);
                    }
                    continue;
                }
                if anchor > 0 {
                    anchors.insert(anchor, value.clone());
                }
                value
            }
            Event::Alias(id) => {
                let value = anchors.get(&id).cloned().ok_or_else(|| SyntaxError {
                    at: at as usize,
                    message: "an alias (`*name`) refers to no finished anchor (`&name`) before it"
                        .into(),
                    problem: Problem::UnknownAlias,
                })?;
                if let Some(Frame::Map { key, .. }) = stack.last_mut()
                    && key.is_none()
                {
                    let t = value.to_js_string(pool);
                    *key = Some((pool.sym(&t), at));
                    continue;
                }
                value
            }
            Event::MappingStart(anchor, _) => {
                stack.push(Frame::Map {
                    anchor,
                    map: Map::new(at),
                    key: None,
                });
                continue;
            }
            Event::SequenceStart(anchor, _) => {
                stack.push(Frame::Seq {
                    anchor,
                    seq: Seq {
                        at,
                        items: Vec::new(),
                    },
                });
                continue;
            }
            Event::MappingEnd | Event::SequenceEnd => {
                let (anchor, value) = match stack.pop() {
                    Some(Frame::Map { anchor, map, .. }) => (anchor, Value::Map(Rc::new(map))),
                    Some(Frame::Seq { anchor, mut seq }) => {
                        seq.items.shrink_to_fit();
                        (anchor, Value::Seq(Rc::new(seq)))
                    }
                    None => continue,
                };
                if anchor > 0 {
                    anchors.insert(anchor, value.clone());
                }
                value
            }
            Event::DocumentStart(_) | Event::StreamStart | Event::Nothing => continue,
            Event::DocumentEnd => {
                if root.is_some() {
                    break;
                }
                continue;
            }
            Event::StreamEnd => break,
        };
        match stack.last_mut() {
            None => root = Some(value),
            Some(Frame::Seq { seq, .. }) => seq.items.push(value),
            Some(Frame::Map { map, key, .. }) => {
                let Some((k, key_at)) = key.take() else {
                    continue;
                };
                if k == merge {
                    merge_into(map, &value);
                    continue;
                }
                if map.entries.iter().any(|e| e.key == k) {
                    return Err(SyntaxError {
                        at: key_at as usize,
                        message: format!("duplicated mapping key `{}`", pool.str(k)),
                        problem: Problem::DuplicateKey,
                    });
                }
                map.entries.push(Entry {
                    key: k,
                    at: key_at,
                    value,
                });
            }
        }
    }
    Ok(root.unwrap_or(Value::Undefined))
}

fn merge_into(map: &mut Map, source: &Value) {
    match source {
        Value::Map(m) => {
            for e in &m.entries {
                if map.entry(e.key).is_none() {
                    map.entries.push(e.clone());
                }
            }
        }
        Value::Seq(s) => {
            for item in &s.items {
                merge_into(map, item);
            }
        }
        _ => {}
    }
}

/// 1-based line and column of a character index.
pub fn line_col(text: &str, char_index: usize) -> (usize, usize) {
    let mut line = 1;
    let mut col = 1;
    for (i, c) in text.chars().enumerate() {
        if i == char_index {
            break;
        }
        if c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    (line, col)
}
