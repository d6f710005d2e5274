//! Helpers for reading a [`Node`] tree into typed values with located errors.
//!
//! Shared by the manifest reader and the factor-file reader so both reject unknown keys with a
//! "did you mean" hint, and both say where a wrong value is.

use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::tree::{Entry, Node, Scalar, Span};

/// The entries of a mapping, or an error saying what was expected.
pub fn map<'n>(node: &'n Node, what: &str) -> Result<&'n [Entry], Diagnostic> {
    node.as_map().ok_or_else(|| {
        Diagnostic::at(
            node.span,
            format!("{what} must be a mapping of keys to values"),
        )
        .with_label(format!("found {}", node.kind_name()))
    })
}

/// The items of a list.
pub fn seq<'n>(node: &'n Node, what: &str) -> Result<&'n [Node], Diagnostic> {
    node.as_seq().ok_or_else(|| {
        Diagnostic::at(node.span, format!("{what} must be a list"))
            .with_label(format!("found {}", node.kind_name()))
    })
}

/// Rejects keys not in `allowed`, suggesting the closest.
pub fn known_keys(entries: &[Entry], allowed: &[&str], what: &str) -> Result<(), Diagnostic> {
    for entry in entries {
        if !allowed.contains(&entry.key.as_str()) {
            let mut diagnostic = Diagnostic::at(
                entry.key_span,
                format!("unknown key `{}` in {what}", entry.key),
            )
            .with_label("not a known key here");
            diagnostic = match did_you_mean(&entry.key, allowed.iter().copied()) {
                Some(suggestion) => diagnostic.with_hint(format!("did you mean `{suggestion}`?")),
                None => diagnostic.with_hint(format!(
                    "the keys of {what} are: {}",
                    allowed
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            };
            return Err(diagnostic);
        }
    }
    Ok(())
}

/// The value of a required key.
pub fn required<'n>(
    node: &'n Node,
    entries: &'n [Entry],
    key: &str,
    what: &str,
) -> Result<&'n Node, Diagnostic> {
    entries
        .iter()
        .find(|e| e.key == key)
        .map(|e| &e.value)
        .ok_or_else(|| {
            Diagnostic::at(start_of(node), format!("{what} is missing `{key}`"))
                .with_label(format!("`{key}` is required here"))
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
pub fn text(node: &Node, what: &str) -> Result<String, Diagnostic> {
    match node.as_scalar() {
        Some(Scalar::Str(s)) if !s.trim().is_empty() => Ok(s.clone()),
        Some(Scalar::Str(_)) => Err(Diagnostic::at(node.span, format!("{what} is empty"))),
        Some(Scalar::Number(n)) if n.is_finite() => Ok(n.to_string()),
        _ => Err(Diagnostic::at(node.span, format!("{what} must be text"))
            .with_label(format!("found {}", node.kind_name()))),
    }
}

/// A finite number.
pub fn number(node: &Node, what: &str) -> Result<f64, Diagnostic> {
    match node.as_scalar() {
        Some(Scalar::Number(n)) if n.is_finite() => Ok(*n),
        Some(Scalar::Number(_)) => Err(Diagnostic::at(
            node.span,
            format!("{what} must be a finite number"),
        )
        .with_label("not a number (NaN or infinite)")),
        _ => Err(
            Diagnostic::at(node.span, format!("{what} must be a number"))
                .with_label(format!("found {}", node.kind_name())),
        ),
    }
}

/// A boolean.
pub fn boolean(node: &Node, what: &str) -> Result<bool, Diagnostic> {
    node.as_bool().ok_or_else(|| {
        Diagnostic::at(node.span, format!("{what} must be `true` or `false`"))
            .with_label(format!("found {}", node.kind_name()))
    })
}
