//! YAML to [`Value`]s with `saphyr-parser` events, resolving plain scalars
//! as `js-yaml` 4 does (its default schema: null, bool, int, float and
//! timestamp, in `scalar.rs`).

use std::collections::HashMap;
use std::rc::Rc;

use saphyr_parser::{Event, Parser, ScalarStyle};

use crate::pool::Pool;
use crate::scalar::resolve_plain;
use crate::value::{At, Entry, Keys, Map, Seq, Value};

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
    /// Lists and mappings nested deeper than [`sero_limits::DEPTH`].
    TooDeep,
    /// Aliases that would add more than [`sero_limits::ALIAS_EXPANSION`] values.
    AliasExpansion,
}

impl Problem {
    /// The limit a problem is about, if any: its message and hint are the limit's.
    pub fn limit(self) -> Option<&'static sero_limits::Limit> {
        match self {
            Problem::TooDeep => Some(&sero_limits::DEPTH),
            Problem::AliasExpansion => Some(&sero_limits::ALIAS_EXPANSION),
            _ => None,
        }
    }
}

enum Frame {
    Map {
        anchor: usize,
        map: Map,
        key: Option<(crate::pool::Sym, At)>,
        keys: Keys,
        /// Values in the mapping so far, counting what its aliases expand to.
        nodes: u64,
    },
    Seq {
        anchor: usize,
        seq: Seq,
        nodes: u64,
    },
}

impl Frame {
    fn nodes(&mut self) -> &mut u64 {
        match self {
            Frame::Map { nodes, .. } | Frame::Seq { nodes, .. } => nodes,
        }
    }
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
    // Each anchored value with the number of values it holds (aliases expanded), so that an
    // alias bomb is refused by its count, never expanded.
    let mut anchors: HashMap<usize, (Value, u64)> = HashMap::new();
    // The values aliases have added so far.
    let mut expanded: u64 = 0;
    let max_depth = sero_limits::DEPTH.get_usize();
    let merge = pool.sym("<<");
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| SyntaxError {
            at: e.marker().index(),
            message: e.info().to_string(),
            problem: Problem::Syntax,
        })?;
        let at = span.start.index() as At;
        // The values the event adds (more than one for an alias to a list or mapping).
        let mut count: u64 = 1;
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
                        anchors.insert(anchor, (value, 1));
                    }
                    continue;
                }
                if anchor > 0 {
                    anchors.insert(anchor, (value.clone(), 1));
                }
                value
            }
            Event::Alias(id) => {
                let (value, nodes) = anchors.get(&id).cloned().ok_or_else(|| SyntaxError {
                    at: at as usize,
                    message: "an alias (`*name`) refers to no finished anchor (`&name`) before it"
                        .into(),
                    problem: Problem::UnknownAlias,
                })?;
                expanded = expanded.saturating_add(nodes);
                if sero_limits::ALIAS_EXPANSION.over(expanded) {
                    return Err(SyntaxError {
                        at: at as usize,
                        message: "aliases expand to too many values".into(),
                        problem: Problem::AliasExpansion,
                    });
                }
                count = nodes;
                if let Some(Frame::Map { key, .. }) = stack.last_mut()
                    && key.is_none()
                {
                    let t = value.to_js_string(pool);
                    *key = Some((pool.sym(&t), at));
                    continue;
                }
                value
            }
            Event::MappingStart(..) | Event::SequenceStart(..) if stack.len() >= max_depth => {
                return Err(SyntaxError {
                    at: at as usize,
                    message: "lists and mappings are nested too deeply".into(),
                    problem: Problem::TooDeep,
                });
            }
            Event::MappingStart(anchor, _) => {
                stack.push(Frame::Map {
                    anchor,
                    map: Map::new(at),
                    key: None,
                    keys: Keys::default(),
                    nodes: 1,
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
                    nodes: 1,
                });
                continue;
            }
            Event::MappingEnd | Event::SequenceEnd => {
                let (anchor, value, nodes) = match stack.pop() {
                    Some(Frame::Map {
                        anchor, map, nodes, ..
                    }) => (anchor, Value::Map(Rc::new(map)), nodes),
                    Some(Frame::Seq {
                        anchor,
                        mut seq,
                        nodes,
                    }) => {
                        seq.items.shrink_to_fit();
                        (anchor, Value::Seq(Rc::new(seq)), nodes)
                    }
                    None => continue,
                };
                if anchor > 0 {
                    anchors.insert(anchor, (value.clone(), nodes));
                }
                count = nodes;
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
        if let Some(frame) = stack.last_mut() {
            let nodes = frame.nodes();
            *nodes = nodes.saturating_add(count);
        }
        match stack.last_mut() {
            None => root = Some(value),
            Some(Frame::Seq { seq, .. }) => seq.items.push(value),
            Some(Frame::Map { map, key, keys, .. }) => {
                let Some((k, key_at)) = key.take() else {
                    continue;
                };
                if k == merge {
                    merge_into(map, &value);
                    continue;
                }
                if !keys.fresh(&map.entries, k) {
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
