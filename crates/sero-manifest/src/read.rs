//! Helpers for reading a [`Node`] tree into typed values with located errors.
//!
//! Shared by the manifest reader and the factor-file reader so both reject unknown keys with a
//! "did you mean" hint, and both say where a wrong value is.

use sero_core::{Message, msg};

use crate::diagnostic::{Diagnostic, quoted, suggestion};
use crate::tree::{Entry, Node, Scalar, Span};

/// What a value is, named in messages: a key in backticks (`` `service` ``).
pub fn key(key: &str) -> Message {
    msg!("manifest-what-key", key = key)
}

/// "found a list": the label under a value of the wrong kind.
pub fn found(node: &Node) -> Message {
    msg!("manifest-found", kind = node.kind())
}

/// The entries of a mapping, or an error saying what was expected.
pub fn map<'n>(node: &'n Node, what: &Message) -> Result<&'n [Entry], Diagnostic> {
    node.as_map().ok_or_else(|| {
        Diagnostic::at(
            node.span,
            msg!("manifest-must-be-mapping", what = what.clone()),
        )
        .with_label(found(node))
    })
}

/// The items of a list.
pub fn seq<'n>(node: &'n Node, what: &Message) -> Result<&'n [Node], Diagnostic> {
    node.as_seq().ok_or_else(|| {
        Diagnostic::at(
            node.span,
            msg!("manifest-must-be-list", what = what.clone()),
        )
        .with_label(found(node))
    })
}

/// Rejects keys not in `allowed`, suggesting the closest.
pub fn known_keys(entries: &[Entry], allowed: &[&str], what: &Message) -> Result<(), Diagnostic> {
    for entry in entries {
        if !allowed.contains(&entry.key.as_str()) {
            let diagnostic = Diagnostic::at(
                entry.key_span,
                msg!(
                    "manifest-unknown-key",
                    key = &entry.key,
                    what = what.clone()
                ),
            )
            .with_label(msg!("manifest-unknown-key-label"));
            let hint = match suggestion(&entry.key, allowed.iter().copied()) {
                hint if hint.id() == "manifest-did-you-mean" => hint,
                _ => msg!(
                    "manifest-keys-of",
                    what = what.clone(),
                    keys = quoted(allowed.iter().copied())
                ),
            };
            return Err(diagnostic.with_hint(hint));
        }
    }
    Ok(())
}

/// The value of a required key.
pub fn required<'n>(
    node: &'n Node,
    entries: &'n [Entry],
    key: &str,
    what: &Message,
) -> Result<&'n Node, Diagnostic> {
    entries
        .iter()
        .find(|e| e.key == key)
        .map(|e| &e.value)
        .ok_or_else(|| {
            Diagnostic::at(
                start_of(node),
                msg!("manifest-missing-key", what = what.clone(), key = key),
            )
            .with_label(msg!("manifest-missing-key-label", key = key))
        })
}

/// The value of an optional key (a null value counts as absent).
pub fn optional<'n>(entries: &'n [Entry], key: &str) -> Option<&'n Node> {
    entries
        .iter()
        .find(|e| e.key == key)
        .map(|e| &e.value)
        .filter(|v| !v.is_null())
}

/// The span of a node's first character, for "missing key" errors.
pub fn start_of(node: &Node) -> Span {
    Span::new(node.span.start, node.span.start + 1.min(node.span.len()))
}

/// A text value. Numbers and booleans are accepted and turned into their text.
pub fn text(node: &Node, what: &Message) -> Result<String, Diagnostic> {
    match node.as_scalar() {
        Some(Scalar::Str(s)) if !s.trim().is_empty() => Ok(s.clone()),
        Some(Scalar::Str(_)) => Err(Diagnostic::at(
            node.span,
            msg!("manifest-empty", what = what.clone()),
        )),
        Some(Scalar::Number(n)) if n.is_finite() => Ok(n.to_string()),
        _ => Err(Diagnostic::at(
            node.span,
            msg!("manifest-must-be-text", what = what.clone()),
        )
        .with_label(found(node))),
    }
}

/// A finite number.
pub fn number(node: &Node, what: &Message) -> Result<f64, Diagnostic> {
    match node.as_scalar() {
        Some(Scalar::Number(n)) if n.is_finite() => Ok(*n),
        Some(Scalar::Number(_)) => Err(Diagnostic::at(
            node.span,
            msg!("manifest-must-be-finite", what = what.clone()),
        )
        .with_label(msg!("manifest-not-finite-label"))),
        _ => Err(Diagnostic::at(
            node.span,
            msg!("manifest-must-be-number", what = what.clone()),
        )
        .with_label(found(node))),
    }
}

/// A boolean.
pub fn boolean(node: &Node, what: &Message) -> Result<bool, Diagnostic> {
    node.as_bool().ok_or_else(|| {
        Diagnostic::at(
            node.span,
            msg!("manifest-must-be-boolean", what = what.clone()),
        )
        .with_label(found(node))
    })
}
