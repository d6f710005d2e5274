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

use crate::diagnostic::{Diagnostic, SourceFile, did_you_mean};
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

/// An activity file that could not be read: the message names file:line:column.
#[derive(Debug, thiserror::Error)]
#[error("{rendered}")]
pub struct ActivityError {
    pub diagnostic: Box<Diagnostic>,
    pub rendered: String,
    /// `file:line:column` (or the file alone).
    pub location: String,
}

/// Reads an activity file from its text; `name` is the path shown in messages.
pub fn parse(text: &str, name: &str) -> Result<ActivityFile, ActivityError> {
    parse_node(text).map_err(|diagnostic| {
        let file = SourceFile::new(name, text);
        ActivityError {
            rendered: diagnostic.render(&file),
            location: diagnostic.location(&file),
            diagnostic: Box::new(diagnostic),
        }
    })
}

fn parse_node(text: &str) -> Result<ActivityFile, Diagnostic> {
    let root = tree::parse(text, Format::Json)?;
    let what = "an activity file";
    let entries = read::map(&root, what)?;
    let Some(version) = read::optional(entries, "sero_activity") else {
        return Err(
            Diagnostic::at(read::start_of(&root), "this is not an activity file")
                .with_label("it has no `sero_activity`")
                .with_hint(hint_write()),
        );
    };
    let v = read::number(version, "`sero_activity` (the activity format version)")?;
    if v != f64::from(ACTIVITY_VERSION) {
        return Err(Diagnostic::at(
            version.span,
            format!("activity format version `{v}` is not supported"),
        )
        .with_hint(format!("this sero reads version {ACTIVITY_VERSION}")));
    }
    let produced_by = match read::optional(entries, "produced_by") {
        None => String::new(),
        Some(node) => match node.as_scalar() {
            Some(Scalar::Str(s)) => s.clone(),
            _ => read::text(node, "`produced_by`")?,
        },
    };
    let model = read::optional(entries, "model")
        .map(|n| read::text(n, "the file's `model`"))
        .transpose()?;
    let rows_node = read::required(&root, entries, "rows", what)?;
    let rows = read::seq(rows_node, "`rows`")?
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
    let what = "a row";
    let entries = read::map(node, what)?;
    let mut row = ActivityRow::default();
    if let Some(labels) = read::optional(entries, "labels") {
        for entry in read::map(labels, "`labels`")? {
            let value = match entry.value.as_scalar() {
                Some(Scalar::Str(s)) => s.clone(),
                Some(Scalar::Number(n)) if n.is_finite() => n.to_string(),
                Some(Scalar::Bool(b)) => b.to_string(),
                _ => {
                    return Err(Diagnostic::at(
                        entry.value.span,
                        format!("the label `{}` must be text", entry.key),
                    )
                    .with_label(format!("found {}", entry.value.kind_name())));
                }
            };
            row.labels.push((entry.key.clone(), value));
        }
    }
    row.model = read::optional(entries, "model")
        .map(|n| read::text(n, "the row's `model`"))
        .transpose()?;
    if let Some(scope) = read::optional(entries, "scope") {
        let text = read::text(scope, "`scope`")?;
        row.scope = Some(Scope::parse(&text).ok_or_else(|| {
            Diagnostic::at(
                scope.span,
                format!("`scope`: `{text}` is not a GHG Protocol scope"),
            )
            .with_hint(
                "write `scope-1`, `scope-2` or `scope-3-cat-N` with a category N from 1 to 15",
            )
        })?);
    }
    let inputs = read::required(node, entries, "inputs", what)?;
    for entry in read::map(inputs, "`inputs`")? {
        let value = match entry.value.as_scalar() {
            Some(Scalar::Number(n)) if n.is_finite() => ActivityValue::Number(*n),
            Some(Scalar::Str(s)) => ActivityValue::Text(s.clone()),
            Some(Scalar::Bool(b)) => ActivityValue::Bool(*b),
            _ => {
                return Err(Diagnostic::at(
                    entry.value.span,
                    format!("input `{}` must be a number, text or true/false", entry.key),
                )
                .with_label(format!("found {}", entry.value.kind_name()))
                .with_hint("write a quantity as text with its unit, such as `12.5 kWh`"));
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
            &format!("`{}` (a figure beside the row's inputs)", entry.key),
        )
        .map_err(|d| {
            d.with_hint(format!(
                "a row's keys are {} and figures (numbers) for people",
                ROW_KEYS
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
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

fn hint_write() -> &'static str {
    "write it with `sero import cloud FILE --activity usage.json` (or the inventory, prometheus or energy import); the path is relative to the manifest"
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
        return Err(Diagnostic::at(
            where_node,
            format!("component `{id}` has `where` without `from`"),
        )
        .with_hint("`where` filters the rows of the activity file named by `from`"));
    };
    for key in ["inputs", "components"] {
        if let Some(e) = entries.iter().find(|e| e.key == key) {
            return Err(Diagnostic::at(
                e.key_span,
                format!("component `{id}` has both `from` and `{key}`"),
            )
            .with_hint("a component with `from` takes its inputs from the activity file; filter its rows with `where`"));
        }
    }
    let file = read::text(from_node, "`from`")?;
    let path = base.join(&file);
    let at = |message: String| Diagnostic::at(from_node.span, message);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        at(format!(
            "cannot read activity file `{}`: {e}",
            path.display()
        ))
        .with_hint(hint_write())
    })?;
    let doc = parse(&text, &path.display().to_string()).map_err(|e| {
        at(format!(
            "`{}` is not a readable activity file: {}",
            path.display(),
            e.location
        ))
        .with_note(e.rendered.trim_end().to_owned())
    })?;
    let rows = &doc.rows;

    // `where`: label → wanted value (numbers compare as written).
    let mut filters: Vec<(String, String, Span)> = Vec::new();
    let where_node = read::optional(entries, "where");
    if let Some(w) = where_node {
        for entry in read::map(w, "`where`")? {
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
                        format!(
                            "`where`: the value of `{}` must be text or a number",
                            entry.key
                        ),
                    ));
                }
            };
            filters.push((entry.key.clone(), wanted, entry.value.span));
        }
    }
    let wanted_model = read::optional(entries, "model")
        .map(|n| read::text(n, "`model`").map(|m| (m, n.span)))
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
        let row_at = |message: String| {
            at(format!(
                "`{}`, row {}: {message}",
                path.display(),
                index + 1
            ))
        };
        let Some(model_name) = row.model(&doc) else {
            return Err(row_at(
                "the row has no `model` (nor has the file)".to_owned(),
            ));
        };
        if let Some((wanted, span)) = &wanted_model
            && wanted != model_name
        {
            return Err(Diagnostic::at(
                *span,
                format!(
                    "`model: {wanted}` does not match the activity rows, which are `{model_name}` (`{}`, row {})",
                    path.display(),
                    index + 1
                ),
            )
            .with_hint("leave `model` out: the rows say which model they use"));
        }
        let Some(model) = schema.registry.get(model_name) else {
            return Err(row_at(format!("unknown model `{model_name}`"))
                .with_hint("`sero models` lists the models this sero knows"));
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
                let mut d = row_at(format!("model `{}` has no input `{name}`", spec.name));
                if let Some(s) = did_you_mean(name, names.iter().copied()) {
                    d = d.with_hint(format!("did you mean `{s}`?"));
                }
                return Err(d);
            };
            let what = format!("input `{name}`");
            match input.kind {
                InputKind::Quantity(unit) => {
                    let v = quantity(value, unit).map_err(|e| row_at(format!("{what}: {e}")))?;
                    if input.min.is_some_and(|m| v < m) {
                        return Err(row_at(format!("{what}: {v} is below its minimum")));
                    }
                    sums.push((input.name, v));
                }
                other => {
                    let v = fixed_value(schema, input.name, other, value)
                        .map_err(|e| row_at(format!("{what}: {e}")))?;
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
                format!("`{}` has no rows", path.display())
            } else {
                format!("no row of `{}` matches this `where`", path.display())
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
                d.with_hint(format!("no row has the label `{key}`; group the import by it (for example `--group-by {key}`)"))
            } else {
                d.with_hint(format!(
                    "`{key}` takes the values {}",
                    seen.iter()
                        .take(12)
                        .map(|s| format!("`{s}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
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
                return Err(at(format!(
                    "the rows of `{}` for model `{}` have no input `{}`",
                    path.display(),
                    spec.name,
                    input.name
                ))
                .with_hint(describe_input(spec, input)));
            }
        }
        if let Err(e) = model.check(&group.inputs) {
            return Err(at(format!(
                "model `{}` (from `{}`): {e}",
                spec.name,
                path.display()
            )));
        }
        out.push(group);
    }
    Ok(out)
}

/// A quantity from a JSON number (already in `unit`) or text with a unit. Emissions written
/// as a mass (`0.957 g`) are taken as CO2e.
fn quantity(value: &ActivityValue, unit: &Unit) -> Result<f64, String> {
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
                    .map_err(|_| format!("`{s}` is not a number"))?;
                let grams =
                    convert(number, from, &sero_core::units::GRAM).map_err(|e| e.to_string())?;
                Ok(grams * sero_core::units::G_CO2E.in_base / unit.in_base)
            }
            Err(e) => Err(e.to_string()),
        },
        ActivityValue::Bool(b) => Err(format!("expected a quantity, found `{b}`")),
    }
}

/// A value that is not added up: it sets the group apart.
fn fixed_value(
    schema: &Schema<'_>,
    name: &str,
    kind: InputKind,
    value: &ActivityValue,
) -> Result<InputValue, String> {
    match (kind, value) {
        (InputKind::Bool, ActivityValue::Bool(b)) => Ok(InputValue::Bool(*b)),
        (InputKind::Text { choices }, ActivityValue::Text(s)) => {
            if !choices.is_empty() && !choices.contains(&s.as_str()) {
                return Err(format!("`{s}` is not one of {}", choices.join(", ")));
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
                .map_err(|e| e.to_string())
        }
        (InputKind::IntensityOrCountry, ActivityValue::Text(s)) => named_grid(schema, name, s)
            .map(InputValue::Text)
            .map_err(|(reason, _)| reason),
        (_, ActivityValue::Number(n)) => Err(format!("unexpected value `{n}`")),
        (_, ActivityValue::Text(s)) => Err(format!("unexpected value `\"{s}\"`")),
        (_, ActivityValue::Bool(b)) => Err(format!("unexpected value `{b}`")),
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
            return Err(Diagnostic::at(span, format!("component id `{child_id}` is already used"))
                .with_hint(format!("the rows of `{id}` become `{id}-1`, `{id}-2`, …; rename the other component")));
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
