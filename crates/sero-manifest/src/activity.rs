//! Activity files: the one writer ([`to_json`]) and the one reader ([`parse`]) of
//! `sero_core::activity::ActivityFile`, and the components a manifest makes of one with
//! `from: cloud-usage.json`, optionally with `where: {"tag:service": blue-badge}` and `model:`.
//!
//! An activity file (written by `sero import cloud|inventory|prometheus` and `sero energy`) is
//! `{"sero_activity": 1, "model": …, "rows": [{"labels": {…}, "model": …, "inputs": {…}}]}`;
//! the reader goes through the located tree, so a wrong type or a missing key is reported at its
//! file:line:column. Resolving `from:` keeps the rows whose labels match every `where` pair,
//! groups them by model and by their inputs that are not quantities (a grid, a device type),
//! adds up the quantities of each group (in the input's unit), and makes one component per
//! group: a leaf when there is one group, a group node of leaves `<id>-1`, `<id>-2`, …
//! otherwise. A file or filter that matches nothing is an error, never a silent zero.

use std::collections::HashMap;
use std::path::Path;

use serde_json::{Map, Value, json};

use sero_core::impact::Scope;
use sero_core::model::{InputKind, InputValue, Inputs};
use sero_core::service::{Component, ComponentKind};
use sero_core::units::{Dimension, G_PER_KWH, QuantityError, Unit, convert, parse_quantity};

pub use sero_core::activity::{ACTIVITY_VERSION, ActivityFile, ActivityRow, ActivityValue};

use sero_core::{Message, msg};

use crate::diagnostic::{Diagnostic, Renderer, SourceFile, quoted, suggestion};
use crate::inputs::{Schema, describe_input, named_grid};
use crate::read;
use crate::tree::{self, Format, Node, Scalar, Span};

/// The keys of a row that are not figures.
pub const ROW_KEYS: &[&str] = &["labels", "model", "scope", "inputs"];

/// The activity file as JSON: the one writer of `sero_activity` documents. Commands may add
/// keys of their own beside these (a summary); the reader ignores keys it does not know at
/// the top level.
pub fn to_json(file: &ActivityFile) -> Map<String, Value> {
    let mut root = Map::new();
    root.insert("sero_activity".to_owned(), json!(ACTIVITY_VERSION));
    root.insert("produced_by".to_owned(), json!(file.produced_by));
    if let Some(model) = &file.model {
        root.insert("model".to_owned(), json!(model));
    }
    let rows = file.rows.iter().map(row_json).collect();
    root.insert("rows".to_owned(), Value::Array(rows));
    root
}

fn row_json(row: &ActivityRow) -> Value {
    let mut entry = Map::new();
    let labels = row
        .labels
        .iter()
        .map(|(k, v)| (k.clone(), Value::String(v.clone())))
        .collect();
    entry.insert("labels".to_owned(), Value::Object(labels));
    if let Some(model) = &row.model {
        entry.insert("model".to_owned(), json!(model));
    }
    if let Some(scope) = row.scope {
        entry.insert("scope".to_owned(), json!(scope.key()));
    }
    let inputs = row
        .inputs
        .iter()
        .map(|(k, v)| {
            let value = match v {
                ActivityValue::Number(n) => json!(n),
                ActivityValue::Text(t) => json!(t),
                ActivityValue::Bool(b) => json!(b),
            };
            (k.clone(), value)
        })
        .collect();
    entry.insert("inputs".to_owned(), Value::Object(inputs));
    for (name, value) in &row.figures {
        entry.insert(name.clone(), figure_json(*value));
    }
    Value::Object(entry)
}

/// A figure: whole numbers (counts of lines) without a decimal point.
fn figure_json(value: f64) -> Value {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        json!(value as i64)
    } else {
        json!(value)
    }
}

/// An activity file that could not be read: the diagnostic with the file it points into,
/// rendered with file:line:column by [`ActivityError::render`]. `Display` is the neutral form,
/// for logs.
#[derive(Debug, thiserror::Error)]
#[error("{location}: {diagnostic}")]
pub struct ActivityError {
    pub diagnostic: Box<Diagnostic>,
    /// The name shown in messages (the path as given).
    pub name: String,
    /// The text of the file.
    pub text: String,
    /// `file:line:column` (or the file alone).
    pub location: String,
}

impl ActivityError {
    /// The error as `rustc`-style text, its messages rendered by `words`.
    pub fn render(&self, words: Renderer<'_>) -> String {
        self.diagnostic
            .render(&SourceFile::new(&self.name, &self.text), words)
    }
}

/// Reads an activity file from its text; `name` is the path shown in messages.
pub fn parse(text: &str, name: &str) -> Result<ActivityFile, ActivityError> {
    parse_node(text).map_err(|diagnostic| {
        let file = SourceFile::new(name, text);
        ActivityError {
            location: diagnostic.location(&file),
            diagnostic: Box::new(diagnostic),
            name: name.to_owned(),
            text: text.to_owned(),
        }
    })
}

fn parse_node(text: &str) -> Result<ActivityFile, Diagnostic> {
    let root = tree::parse(text, Format::Json)?;
    let what = &msg!("manifest-what-activity-file");
    let entries = read::map(&root, what)?;
    let Some(version) = read::optional(entries, "sero_activity") else {
        return Err(
            Diagnostic::at(read::start_of(&root), msg!("manifest-not-activity-file"))
                .with_label(msg!("manifest-not-activity-file-label"))
                .with_hint(hint_write()),
        );
    };
    let v = read::number(version, &msg!("manifest-what-activity-version"))?;
    if v != f64::from(ACTIVITY_VERSION) {
        return Err(Diagnostic::at(
            version.span,
            msg!(
                "manifest-activity-version-unsupported",
                version = v.to_string()
            ),
        )
        .with_hint(msg!(
            "manifest-activity-version-hint",
            version = ACTIVITY_VERSION
        )));
    }
    let produced_by = match read::optional(entries, "produced_by") {
        None => String::new(),
        Some(node) => match node.as_scalar() {
            Some(Scalar::Str(s)) => s.clone(),
            _ => read::text(node, &read::key("produced_by"))?,
        },
    };
    let model = read::optional(entries, "model")
        .map(|n| read::text(n, &msg!("manifest-what-file-model")))
        .transpose()?;
    let rows_node = read::required(&root, entries, "rows", what)?;
    let rows = read::seq(rows_node, &read::key("rows"))?
        .iter()
        .map(read_row)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ActivityFile {
        produced_by,
        model,
        rows,
    })
}

fn read_row(node: &Node) -> Result<ActivityRow, Diagnostic> {
    let what = &msg!("manifest-what-row");
    let entries = read::map(node, what)?;
    let mut row = ActivityRow::default();
    if let Some(labels) = read::optional(entries, "labels") {
        for entry in read::map(labels, &read::key("labels"))? {
            let value = match entry.value.as_scalar() {
                Some(Scalar::Str(s)) => s.clone(),
                Some(Scalar::Number(n)) if n.is_finite() => n.to_string(),
                Some(Scalar::Bool(b)) => b.to_string(),
                _ => {
                    return Err(Diagnostic::at(
                        entry.value.span,
                        msg!("manifest-label-must-be-text", label = &entry.key),
                    )
                    .with_label(read::found(&entry.value)));
                }
            };
            row.labels.push((entry.key.clone(), value));
        }
    }
    row.model = read::optional(entries, "model")
        .map(|n| read::text(n, &msg!("manifest-what-row-model")))
        .transpose()?;
    if let Some(scope) = read::optional(entries, "scope") {
        let text = read::text(scope, &read::key("scope"))?;
        row.scope = Some(Scope::parse(&text).ok_or_else(|| {
            Diagnostic::at(scope.span, msg!("manifest-row-not-a-scope", value = &text))
                .with_hint(msg!("manifest-row-scope-hint"))
        })?);
    }
    let inputs = read::required(node, entries, "inputs", what)?;
    for entry in read::map(inputs, &read::key("inputs"))? {
        let value = match entry.value.as_scalar() {
            Some(Scalar::Number(n)) if n.is_finite() => ActivityValue::Number(*n),
            Some(Scalar::Str(s)) => ActivityValue::Text(s.clone()),
            Some(Scalar::Bool(b)) => ActivityValue::Bool(*b),
            _ => {
                return Err(Diagnostic::at(
                    entry.value.span,
                    msg!("manifest-row-input-kind", input = &entry.key),
                )
                .with_label(read::found(&entry.value))
                .with_hint(msg!("manifest-row-input-kind-hint")));
            }
        };
        row.inputs.push((entry.key.clone(), value));
    }
    for entry in entries
        .iter()
        .filter(|e| !ROW_KEYS.contains(&e.key.as_str()))
    {
        let value = read::number(
            &entry.value,
            &msg!("manifest-what-row-figure", key = &entry.key),
        )
        .map_err(|d| {
            d.with_hint(msg!(
                "manifest-row-keys-hint",
                keys = quoted(ROW_KEYS.iter().copied())
            ))
        })?;
        row.figures.push((entry.key.clone(), value));
    }
    Ok(row)
}

/// One component's worth of rows: the model and the summed inputs.
pub struct ActivityGroup {
    pub model: String,
    pub inputs: Inputs,
    /// The inputs that set this group apart (for its name).
    pub distinct: Vec<String>,
    pub rows: usize,
    /// The GHG scope the rows give (`"scope": "scope-3-cat-1"`), when they give one.
    pub scope: Option<Scope>,
}

fn hint_write() -> Message {
    msg!("manifest-activity-write-hint")
}

/// Reads the rows of the component at `node` (whose entries hold `from`).
pub fn read(
    schema: &Schema<'_>,
    base: &Path,
    node: &Node,
    entries: &[tree::Entry],
    id: &str,
) -> Result<Vec<ActivityGroup>, Diagnostic> {
    let Some(from_node) = read::optional(entries, "from") else {
        let where_node = read::optional(entries, "where").map_or(node.span, |n| n.span);
        return Err(
            Diagnostic::at(where_node, msg!("manifest-where-without-from", id = id))
                .with_hint(msg!("manifest-where-without-from-hint")),
        );
    };
    for key in ["inputs", "components"] {
        if let Some(e) = entries.iter().find(|e| e.key == key) {
            return Err(Diagnostic::at(
                e.key_span,
                msg!("manifest-from-and-key", id = id, key = key),
            )
            .with_hint(msg!("manifest-from-and-key-hint")));
        }
    }
    let file = read::text(from_node, &read::key("from"))?;
    let path = base.join(&file);
    let shown = path.display().to_string();
    let at = |message: Message| Diagnostic::at(from_node.span, message);
    let text = crate::tree::read_source(&path).map_err(|e| match e {
        crate::tree::SourceError::Io(e) => at(msg!(
            "manifest-cannot-read-activity",
            path = &shown,
            error = e.to_string()
        ))
        .with_hint(hint_write()),
        other => crate::tree::refusal(&other, &shown, Some(from_node.span)),
    })?;
    let doc = parse(&text, &shown).map_err(|e| {
        let mut d = at(msg!(
            "manifest-unreadable-activity",
            path = &shown,
            location = &e.location
        ))
        .with_note(msg!(
            "manifest-activity-error-note",
            location = &e.location,
            message = e.diagnostic.message.clone()
        ));
        d.hints.extend(e.diagnostic.hints.iter().cloned());
        d
    })?;
    let rows = &doc.rows;

    // `where`: label → wanted value (numbers compare as written).
    let mut filters: Vec<(String, String, Span)> = Vec::new();
    let where_node = read::optional(entries, "where");
    if let Some(w) = where_node {
        for entry in read::map(w, &read::key("where"))? {
            let wanted = match entry.value.as_scalar() {
                Some(Scalar::Str(s)) => s.clone(),
                Some(Scalar::Number(_)) => entry
                    .value
                    .as_f64()
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
                Some(Scalar::Bool(b)) => b.to_string(),
                _ => {
                    return Err(Diagnostic::at(
                        entry.value.span,
                        msg!("manifest-where-value", key = &entry.key),
                    ));
                }
            };
            filters.push((entry.key.clone(), wanted, entry.value.span));
        }
    }
    let wanted_model = read::optional(entries, "model")
        .map(|n| read::text(n, &read::key("model")).map(|m| (m, n.span)))
        .transpose()?;

    let label_matches = |row: &ActivityRow| {
        filters
            .iter()
            .all(|(key, wanted, _)| row.label(key) == Some(wanted.as_str()))
    };

    let mut order: Vec<String> = Vec::new();
    let mut groups: HashMap<String, ActivityGroup> = HashMap::new();
    for (index, row) in rows.iter().enumerate() {
        if !label_matches(row) {
            continue;
        }
        let row_at = |message: Message| {
            at(msg!(
                "manifest-row-error",
                path = &shown,
                row = index + 1,
                message = message
            ))
        };
        let Some(model_name) = row.model(&doc) else {
            return Err(row_at(msg!("manifest-row-no-model")));
        };
        if let Some((wanted, span)) = &wanted_model
            && wanted != model_name
        {
            return Err(Diagnostic::at(
                *span,
                msg!(
                    "manifest-model-mismatch",
                    wanted = wanted,
                    model = model_name,
                    path = &shown,
                    row = index + 1
                ),
            )
            .with_hint(msg!("manifest-model-mismatch-hint")));
        }
        let Some(model) = schema.registry.get(model_name) else {
            return Err(row_at(msg!("manifest-unknown-model", model = model_name))
                .with_hint(msg!("manifest-models-listed-hint")));
        };
        let spec = model.spec();
        let mut sums: Vec<(&'static str, f64)> = Vec::new();
        let mut fixed = Inputs::new();
        let mut key = model_name.to_owned();
        let mut distinct = Vec::new();
        let scope = row.scope;
        if let Some(scope) = scope {
            key.push_str(&format!("\u{1f}scope={}", scope.key()));
            distinct.push(scope.key());
        }
        for (name, value) in &row.inputs {
            let Some(input) = spec.input(name) else {
                let names: Vec<&str> = spec.inputs.iter().map(|i| i.name).collect();
                let mut d = row_at(msg!(
                    "manifest-no-such-input",
                    model = spec.name,
                    input = name
                ));
                let hint = suggestion(name, names.iter().copied());
                if hint.id() == "manifest-did-you-mean" {
                    d = d.with_hint(hint);
                }
                return Err(d);
            };
            let what = msg!("manifest-what-input", input = name);
            let reason = |reason: Message| {
                row_at(msg!(
                    "manifest-value-reason",
                    what = what.clone(),
                    reason = reason
                ))
            };
            match input.kind {
                InputKind::Quantity(unit) => {
                    let v = quantity(value, unit).map_err(reason)?;
                    if input.min.is_some_and(|m| v < m) {
                        return Err(reason(msg!(
                            "manifest-below-its-minimum",
                            value = v.to_string()
                        )));
                    }
                    sums.push((input.name, v));
                }
                other => {
                    let v = fixed_value(schema, input.name, other, value).map_err(reason)?;
                    let shown = v.display(input.unit_symbol());
                    key.push_str(&format!("\u{1f}{name}={shown}"));
                    distinct.push(format!("{name} {shown}"));
                    fixed.set(input.name, v);
                }
            }
        }
        let group = groups.entry(key.clone()).or_insert_with(|| {
            order.push(key.clone());
            ActivityGroup {
                model: model_name.to_owned(),
                inputs: fixed,
                distinct,
                rows: 0,
                scope,
            }
        });
        group.rows += 1;
        for (name, v) in sums {
            let total = group.inputs.number(name).unwrap_or(0.0) + v;
            group.inputs.set(name, InputValue::Number(total));
        }
    }
    if order.is_empty() {
        let span = where_node.map_or(from_node.span, |n| n.span);
        let mut d = Diagnostic::at(
            span,
            if filters.is_empty() {
                msg!("manifest-no-rows", path = &shown)
            } else {
                msg!("manifest-no-row-matches", path = &shown)
            },
        );
        if let Some((key, _, _)) = filters.first() {
            let mut seen: Vec<String> = rows
                .iter()
                .filter_map(|r| r.label(key))
                .map(str::to_owned)
                .collect();
            seen.sort();
            seen.dedup();
            d = if seen.is_empty() {
                d.with_hint(msg!("manifest-no-label-hint", key = key))
            } else {
                d.with_hint(msg!(
                    "manifest-label-values-hint",
                    key = key,
                    values = quoted(seen.iter().take(12).map(String::as_str))
                ))
            };
        } else {
            d = d.with_hint(hint_write());
        }
        return Err(d);
    }
    let mut out = Vec::new();
    for key in order {
        let group = groups.remove(&key).expect("grouped");
        let model = schema.registry.get(&group.model).expect("checked above");
        let spec = model.spec();
        for input in spec.inputs.iter().filter(|i| i.required) {
            if group.inputs.get(input.name).is_none() {
                return Err(at(msg!(
                    "manifest-rows-missing-input",
                    path = &shown,
                    model = spec.name,
                    input = input.name
                ))
                .with_hint(describe_input(spec, input)));
            }
        }
        if let Err(e) = model.check(&group.inputs) {
            return Err(at(msg!(
                "manifest-rows-model-error",
                model = spec.name,
                path = &shown,
                error = e.message()
            )));
        }
        out.push(group);
    }
    Ok(out)
}

/// A quantity from a JSON number (already in `unit`) or text with a unit. Emissions written
/// as a mass (`0.957 g`) are taken as CO2e.
fn quantity(value: &ActivityValue, unit: &Unit) -> Result<f64, Message> {
    match value {
        ActivityValue::Number(n) => Ok(*n),
        ActivityValue::Text(s) => match parse_quantity(s, unit) {
            Ok(v) => Ok(v),
            Err(QuantityError::WrongDimension {
                unit: from,
                found: Dimension::Mass,
                expected: Dimension::Emissions,
            }) => {
                let number: f64 = s
                    .trim()
                    .trim_end_matches(from)
                    .trim()
                    .replace(',', "")
                    .parse()
                    .map_err(|_| msg!("manifest-quantity-not-a-number", value = s))?;
                let grams = convert(number, from, &sero_core::units::GRAM)
                    .map_err(|e| crate::inputs::quantity_error(&e))?;
                Ok(grams * sero_core::units::G_CO2E.in_base / unit.in_base)
            }
            Err(e) => Err(crate::inputs::quantity_error(&e)),
        },
        ActivityValue::Bool(b) => Err(msg!("manifest-expected-quantity", value = b.to_string())),
    }
}

/// A value that is not added up: it sets the group apart.
fn fixed_value(
    schema: &Schema<'_>,
    name: &str,
    kind: InputKind,
    value: &ActivityValue,
) -> Result<InputValue, Message> {
    match (kind, value) {
        (InputKind::Bool, ActivityValue::Bool(b)) => Ok(InputValue::Bool(*b)),
        (InputKind::Text { choices }, ActivityValue::Text(s)) => {
            if !choices.is_empty() && !choices.contains(&s.as_str()) {
                return Err(msg!(
                    "manifest-value-not-one-of",
                    value = s,
                    choices = choices.join(", ")
                ));
            }
            Ok(InputValue::Text(s.clone()))
        }
        (InputKind::IntensityOrCountry, ActivityValue::Number(n)) => Ok(InputValue::Number(*n)),
        (InputKind::IntensityOrCountry, ActivityValue::Text(s))
            if s.trim()
                .starts_with(|c: char| c.is_ascii_digit() || c == '.') =>
        {
            parse_quantity(s, &G_PER_KWH)
                .map(InputValue::Number)
                .map_err(|e| crate::inputs::quantity_error(&e))
        }
        (InputKind::IntensityOrCountry, ActivityValue::Text(s)) => named_grid(schema, name, s)
            .map(InputValue::Text)
            .map_err(|(reason, _)| reason),
        (_, ActivityValue::Number(n)) => {
            Err(msg!("manifest-unexpected-value", value = n.to_string()))
        }
        (_, ActivityValue::Text(s)) => Err(msg!(
            "manifest-unexpected-value",
            value = format!("\"{s}\"")
        )),
        (_, ActivityValue::Bool(b)) => {
            Err(msg!("manifest-unexpected-value", value = b.to_string()))
        }
    }
}

/// The component kind for the groups: one leaf, or a group of leaves `<id>-1`, `<id>-2`, ….
pub fn component_kind(
    groups: Vec<ActivityGroup>,
    id: &str,
    seen: &mut HashMap<String, Span>,
    span: Span,
) -> Result<(ComponentKind, Option<Scope>), Diagnostic> {
    if groups.len() == 1 {
        let group = groups.into_iter().next().expect("one group");
        let kind = ComponentKind::Leaf {
            model: group.model,
            inputs: group.inputs,
        };
        return Ok((kind, group.scope));
    }
    let mut children = Vec::new();
    for (n, group) in groups.into_iter().enumerate() {
        let child_id = format!("{id}-{}", n + 1);
        if seen.contains_key(&child_id) {
            return Err(
                Diagnostic::at(span, msg!("manifest-child-id-used", id = &child_id))
                    .with_hint(msg!("manifest-child-id-used-hint", id = id)),
            );
        }
        seen.insert(child_id.clone(), span);
        let name = if group.distinct.is_empty() {
            format!("{} ({} rows)", group.model, group.rows)
        } else {
            format!("{}, {}", group.model, group.distinct.join(", "))
        };
        let mut child = Component::leaf(&child_id, &group.model, group.inputs);
        child.name = Some(name);
        child.scope = group.scope;
        children.push(child);
    }
    Ok((ComponentKind::Group(children), None))
}
