//! Components read from an activity file: `from: cloud-usage.json`, optionally with
//! `where: {"tag:service": blue-badge}` and `model:`.
//!
//! An activity file (written by `sero import cloud|inventory|prometheus` and `sero energy`) is
//! `{"sero_activity": 1, "model": …, "rows": [{"labels": {…}, "model": …, "inputs": {…}}]}`. The
//! reader keeps the rows whose labels match every `where` pair, groups them by model and by their
//! inputs that are not quantities (a grid, a device type), adds up the quantities of each group
//! (in the input's unit), and makes one component per group: a leaf when there is one group, a
//! group node of leaves `<id>-1`, `<id>-2`, … otherwise. A file or filter that matches nothing
//! is an error, never a silent zero.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use sero_core::impact::Scope;
use sero_core::model::{InputKind, InputValue, Inputs};
use sero_core::service::{Component, ComponentKind};
use sero_core::units::{Dimension, G_PER_KWH, QuantityError, Unit, convert, parse_quantity};

use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::manifest::{Schema, describe_input};
use crate::read;
use crate::tree::{self, Node, Scalar, Span};

/// The activity file format version this sero reads.
pub const ACTIVITY_VERSION: f64 = 1.0;

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
    let doc: Value = serde_json::from_str(&text).map_err(|e| {
        at(format!("`{}` is not JSON: {e}", path.display())).with_hint(hint_write())
    })?;
    match doc.get("sero_activity").and_then(Value::as_f64) {
        Some(v) if v == ACTIVITY_VERSION => {}
        Some(v) => {
            return Err(at(format!(
                "`{}` is activity format version {v}; this sero reads version 1",
                path.display()
            )));
        }
        None => {
            return Err(at(format!(
                "`{}` is not an activity file (it has no `sero_activity`)",
                path.display()
            ))
            .with_hint(hint_write()));
        }
    }
    let file_model = doc.get("model").and_then(Value::as_str);
    let Some(rows) = doc.get("rows").and_then(Value::as_array) else {
        return Err(at(format!("`{}` has no `rows` list", path.display())));
    };

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

    let label_matches = |row: &Value| {
        filters.iter().all(
            |(key, wanted, _)| match row.get("labels").and_then(|l| l.get(key)) {
                Some(Value::String(s)) => s == wanted,
                Some(Value::Number(n)) => {
                    n.as_f64().map(|n| n.to_string()).as_deref() == Some(wanted)
                }
                Some(Value::Bool(b)) => b.to_string() == *wanted,
                _ => false,
            },
        )
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
        let Some(model_name) = row.get("model").and_then(Value::as_str).or(file_model) else {
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
        let Some(inputs) = row.get("inputs").and_then(Value::as_object) else {
            return Err(row_at("the row has no `inputs` object".to_owned()));
        };
        let mut sums: Vec<(&'static str, f64)> = Vec::new();
        let mut fixed = Inputs::new();
        let mut key = model_name.to_owned();
        let mut distinct = Vec::new();
        let scope = match row.get("scope") {
            None | Some(Value::Null) => None,
            Some(value) => {
                let text = match value {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                let scope = Scope::parse(&text).ok_or_else(|| {
                    row_at(format!("`scope`: `{text}` is not a GHG Protocol scope")).with_hint(
                        "write `scope-1`, `scope-2` or `scope-3-cat-N` with a category N from 1 to 15",
                    )
                })?;
                key.push_str(&format!("\u{1f}scope={}", scope.key()));
                distinct.push(scope.key());
                Some(scope)
            }
        };
        for (name, value) in inputs {
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
                .filter_map(|r| r.get("labels").and_then(|l| l.get(key)))
                .map(|v| match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
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
fn quantity(value: &Value, unit: &Unit) -> Result<f64, String> {
    match value {
        Value::Number(n) => n.as_f64().ok_or_else(|| "not a number".to_owned()),
        Value::String(s) => match parse_quantity(s, unit) {
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
        other => Err(format!("expected a quantity, found `{other}`")),
    }
}

/// A value that is not added up: it sets the group apart.
fn fixed_value(
    schema: &Schema<'_>,
    name: &str,
    kind: InputKind,
    value: &Value,
) -> Result<InputValue, String> {
    match (kind, value) {
        (InputKind::Bool, Value::Bool(b)) => Ok(InputValue::Bool(*b)),
        (InputKind::Text { choices }, Value::String(s)) => {
            if !choices.is_empty() && !choices.contains(&s.as_str()) {
                return Err(format!("`{s}` is not one of {}", choices.join(", ")));
            }
            Ok(InputValue::Text(s.clone()))
        }
        (InputKind::IntensityOrCountry, Value::Number(n)) => n
            .as_f64()
            .map(InputValue::Number)
            .ok_or_else(|| "not a number".to_owned()),
        (InputKind::IntensityOrCountry, Value::String(s))
            if s.trim()
                .starts_with(|c: char| c.is_ascii_digit() || c == '.') =>
        {
            parse_quantity(s, &G_PER_KWH)
                .map(InputValue::Number)
                .map_err(|e| e.to_string())
        }
        (InputKind::IntensityOrCountry, Value::String(s)) => {
            crate::manifest::named_grid(schema, name, s)
                .map(InputValue::Text)
                .map_err(|(reason, _)| reason)
        }
        (_, other) => Err(format!("unexpected value `{other}`")),
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
