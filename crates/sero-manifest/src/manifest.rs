//! The manifest schema: tree → [`Service`], checking everything a user can get wrong and
//! pointing at it.

use std::collections::HashMap;

use sero_core::impact::{Element, Scope};
use sero_core::model::{InputKind, InputSpec, InputValue, Inputs, ModelError};
use sero_core::service::{Basis, Channel, Component, ComponentKind, Date, Period, Service};
use sero_core::units::{FRACTION, G_PER_KWH, ONE, QuantityError, parse_quantity};

use crate::diagnostic::{Diagnostic, SourceFile, did_you_mean};
use crate::inputs::named_grid;
pub use crate::inputs::{Schema, describe_input};
use crate::read;
use crate::tree::{self, Format, Node, Scalar, Span};

/// The manifest format version this sero reads.
pub const FORMAT_VERSION: f64 = 1.0;

pub const TOP_KEYS: &[&str] = &["sero", "service", "period", "channels", "components"];
pub const SERVICE_KEYS: &[&str] = &["name", "organisation", "functional_unit", "description"];
pub const PERIOD_KEYS: &[&str] = &["start", "end"];
pub const CHANNEL_KEYS: &[&str] = &[
    "id",
    "name",
    "transactions",
    "description",
    "not_applicable",
];
pub const COMPONENT_KEYS: &[&str] = &[
    "id",
    "name",
    "description",
    "model",
    "inputs",
    "components",
    "channel",
    "basis",
    "share",
    "allocation",
    "scope",
    "covers",
    "notes",
    "from",
    "where",
];

/// A manifest that could not be read: the message is rendered with file:line:column.
#[derive(Debug, thiserror::Error)]
#[error("{rendered}")]
pub struct ManifestError {
    pub diagnostic: Box<Diagnostic>,
    pub rendered: String,
    /// `file:line:column` (or the file alone).
    pub location: String,
}

/// Reads a manifest from text. `name` is the path shown in messages.
pub fn parse(
    text: &str,
    name: &str,
    format: Format,
    schema: &Schema<'_>,
) -> Result<Service, ManifestError> {
    parse_node(text, name, format, schema).map_err(|diagnostic| {
        let file = SourceFile::new(name, text);
        ManifestError {
            rendered: diagnostic.render(&file),
            location: diagnostic.location(&file),
            diagnostic: Box::new(diagnostic),
        }
    })
}

fn parse_node(
    text: &str,
    file_name: &str,
    format: Format,
    schema: &Schema<'_>,
) -> Result<Service, Diagnostic> {
    let root = tree::parse(text, format)?;
    if root.is_null() {
        return Err(Diagnostic::at(root.span, "the manifest is empty")
            .with_hint("`sero init` writes a commented starter manifest"));
    }
    let what = "the manifest";
    let entries = read::map(&root, what)?;
    read::known_keys(entries, TOP_KEYS, what)?;
    if let Some(version) = read::optional(entries, "sero") {
        let v = read::number(version, "`sero` (the manifest format version)")?;
        if v != FORMAT_VERSION {
            return Err(Diagnostic::at(
                version.span,
                format!("manifest format version `{v}` is not supported"),
            )
            .with_hint("this sero reads version 1"));
        }
    }

    let service_node = read::required(&root, entries, "service", what)?;
    let service_entries = read::map(service_node, "`service`")?;
    read::known_keys(service_entries, SERVICE_KEYS, "`service`")?;
    let name = read::text(
        read::required(service_node, service_entries, "name", "`service`")?,
        "the service's `name`",
    )?;
    let organisation = read::optional(service_entries, "organisation")
        .map(|n| read::text(n, "`organisation`"))
        .transpose()?;
    let functional_unit = read::text(
        read::required(
            service_node,
            service_entries,
            "functional_unit",
            "`service`",
        )?,
        "`functional_unit`",
    )?;

    let period = read_period(read::required(&root, entries, "period", what)?)?;
    let channels = read_channels(read::required(&root, entries, "channels", what)?)?;

    let components_node = read::required(&root, entries, "components", what)?;
    let mut reader = ComponentReader {
        schema,
        text,
        base: std::path::Path::new(file_name)
            .parent()
            .map(std::path::Path::to_path_buf)
            .unwrap_or_default(),
        channels: &channels,
        seen: HashMap::new(),
        inherited_channel: None,
        inherited_allocation: false,
    };
    let components = reader.list(components_node, "the service")?;

    Ok(Service {
        name,
        organisation,
        functional_unit,
        period,
        channels: channels.into_iter().map(|(c, _)| c).collect(),
        components,
    })
}

fn read_date(node: &Node, what: &str) -> Result<Date, Diagnostic> {
    let text = read::text(node, what)?;
    Date::parse(&text).ok_or_else(|| {
        Diagnostic::at(node.span, format!("{what} `{text}` is not a date"))
            .with_hint("write dates as YYYY-MM-DD, for example 2025-04-01")
    })
}

fn read_period(node: &Node) -> Result<Period, Diagnostic> {
    let entries = read::map(node, "`period`")?;
    read::known_keys(entries, PERIOD_KEYS, "`period`")?;
    let start = read_date(
        read::required(node, entries, "start", "`period`")?,
        "`start`",
    )?;
    let end_node = read::required(node, entries, "end", "`period`")?;
    let end = read_date(end_node, "`end`")?;
    if end < start {
        return Err(Diagnostic::at(
            end_node.span,
            format!("the period ends ({end}) before it starts ({start})"),
        ));
    }
    Ok(Period { start, end })
}

fn read_channels(node: &Node) -> Result<Vec<(Channel, Span)>, Diagnostic> {
    let items = read::seq(node, "`channels`")?;
    if items.is_empty() {
        return Err(Diagnostic::at(node.span, "the service has no channels")
            .with_hint("add at least one, for example `- {id: online, transactions: 1000}`"));
    }
    let mut channels: Vec<(Channel, Span)> = Vec::new();
    for item in items {
        let what = "a channel";
        let entries = read::map(item, what)?;
        read::known_keys(entries, CHANNEL_KEYS, what)?;
        let id_node = read::required(item, entries, "id", what)?;
        let id = read::text(id_node, "a channel `id`")?;
        if let Some((_, first)) = channels.iter().find(|(c, _)| c.id == id) {
            return Err(
                Diagnostic::at(id_node.span, format!("duplicate channel id `{id}`"))
                    .with_note_at(*first, "first used here"),
            );
        }
        let name = read::optional(entries, "name")
            .map(|n| read::text(n, "a channel `name`"))
            .transpose()?
            .unwrap_or_else(|| id.clone());
        let transactions_node = read::required(item, entries, "transactions", what)?;
        let transactions = quantity(transactions_node, &ONE, "`transactions`")?;
        if transactions < 0.0 {
            return Err(Diagnostic::at(
                transactions_node.span,
                format!("`transactions` cannot be negative (found {transactions})"),
            )
            .with_hint("give the number of transactions in the period through this channel"));
        }
        let not_applicable = match read::optional(entries, "not_applicable") {
            Some(list) => read::seq(list, "`not_applicable`")?
                .iter()
                .map(|item| element(item, "an element in `not_applicable`"))
                .collect::<Result<Vec<_>, _>>()?,
            None => Vec::new(),
        };
        channels.push((
            Channel {
                id,
                name,
                transactions,
                not_applicable,
            },
            id_node.span,
        ));
    }
    Ok(channels)
}

/// Reads an element of a service's delivery (`hosting`, `citizen-travel`…).
fn element(node: &Node, what: &str) -> Result<Element, Diagnostic> {
    let text = read::text(node, what)?;
    Element::parse(&text).ok_or_else(|| {
        let keys = Element::keys();
        let mut d = Diagnostic::at(node.span, format!("{what}: unknown element `{text}`"));
        d = match did_you_mean(&text, keys.iter().copied()) {
            Some(s) => d.with_hint(format!("did you mean `{s}`?")),
            None => d.with_hint(format!("the elements are: {}", keys.join(", "))),
        };
        d
    })
}

/// Reads a number, or text with a unit, into `unit`.
fn quantity(node: &Node, unit: &sero_core::units::Unit, what: &str) -> Result<f64, Diagnostic> {
    match node.as_scalar() {
        Some(Scalar::Number(_)) => read::number(node, what),
        Some(Scalar::Str(text)) => parse_quantity(text, unit).map_err(|error| {
            let mut d = Diagnostic::at(node.span, format!("{what}: {error}"));
            if let QuantityError::UnknownUnit {
                suggestion: Some(s),
                ..
            } = &error
            {
                d = d.with_hint(format!("did you mean `{s}`? (units are case-sensitive)"));
            } else if unit.symbol == "fraction" {
                d = d.with_hint("write a fraction such as 0.4, or a percentage such as 40%");
            } else if !unit.symbol.is_empty() && unit.symbol != "1" {
                d = d.with_hint(format!(
                    "write a number, or a number and a unit such as `12 {}`",
                    unit.symbol
                ));
            }
            d
        }),
        _ => Err(
            Diagnostic::at(node.span, format!("{what} must be a number"))
                .with_label(format!("found {}", node.kind_name())),
        ),
    }
}

struct ComponentReader<'a, 's> {
    schema: &'a Schema<'s>,
    /// The manifest's text, to read numbers as written (`3.10` is not `3.1`).
    text: &'a str,
    /// The folder of the manifest, for files it names (`measured:`).
    base: std::path::PathBuf,
    channels: &'a [(Channel, Span)],
    seen: HashMap<String, Span>,
    /// The channel set by the enclosing groups, if any.
    inherited_channel: Option<String>,
    /// True inside a group that splits itself between channels with `allocation`.
    inherited_allocation: bool,
}

impl ComponentReader<'_, '_> {
    fn list(&mut self, node: &Node, what: &str) -> Result<Vec<Component>, Diagnostic> {
        let items = read::seq(node, what)?;
        if items.is_empty() {
            return Err(
                Diagnostic::at(node.span, format!("{what} has no components")).with_hint(
                    "a service needs at least one component; `sero init` shows examples",
                ),
            );
        }
        items.iter().map(|item| self.component(item)).collect()
    }

    fn component(&mut self, node: &Node) -> Result<Component, Diagnostic> {
        let what = "a component";
        let entries = read::map(node, what)?;
        read::known_keys(entries, COMPONENT_KEYS, what)?;
        let id_node = read::required(node, entries, "id", what)?;
        let id = read::text(id_node, "a component `id`")?;
        if id.contains('/') {
            return Err(
                Diagnostic::at(id_node.span, format!("component id `{id}` contains `/`"))
                    .with_hint("`/` separates ids in paths; use `-` instead"),
            );
        }
        if let Some(first) = self.seen.get(&id) {
            return Err(
                Diagnostic::at(id_node.span, format!("duplicate component id `{id}`"))
                    .with_note_at(*first, "first used here")
                    .with_hint("every component needs its own id, even in different groups"),
            );
        }
        self.seen.insert(id.clone(), id_node.span);
        let name = read::optional(entries, "name")
            .map(|n| read::text(n, "`name`"))
            .transpose()?;

        let channel = match read::optional(entries, "channel") {
            Some(n) => {
                let channel = read::text(n, "`channel`")?;
                if self.inherited_allocation {
                    return Err(Diagnostic::at(
                        n.span,
                        "a component inside a group with an `allocation` cannot have its own `channel`",
                    )
                    .with_hint("the group's `allocation` splits everything in it between channels; move this component out of the group, or drop the allocation"));
                }
                if !self.channels.iter().any(|(c, _)| c.id == channel) {
                    let ids = self.channels.iter().map(|(c, _)| c.id.as_str());
                    let mut d = Diagnostic::at(n.span, format!("unknown channel `{channel}`"));
                    d = match did_you_mean(&channel, ids.clone()) {
                        Some(s) => d.with_hint(format!("did you mean `{s}`?")),
                        None => d.with_hint(format!(
                            "the channels are: {}",
                            ids.map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ")
                        )),
                    };
                    return Err(d);
                }
                Some(channel)
            }
            None => None,
        };
        let basis = match read::optional(entries, "basis") {
            Some(n) => Some(match read::text(n, "`basis`")?.as_str() {
                "period" => Basis::Period,
                "transaction" => Basis::Transaction,
                other => {
                    return Err(Diagnostic::at(n.span, format!("unknown basis `{other}`"))
                        .with_hint("`period`: the inputs describe the whole period; `transaction`: one transaction, multiplied by the channel's volume"));
                }
            }),
            None => None,
        };
        let share = match read::optional(entries, "share") {
            Some(n) => Some(self.share(n, "`share`")?),
            None => None,
        };
        let allocation = match read::optional(entries, "allocation") {
            Some(n) => {
                Some(self.allocation(n, channel.is_some() || self.inherited_channel.is_some())?)
            }
            None => None,
        };
        let scope = match read::optional(entries, "scope") {
            Some(n) => {
                let text = match n.as_scalar() {
                    Some(Scalar::Number(_)) => self
                        .text
                        .get(n.span.start..n.span.end)
                        .unwrap_or_default()
                        .trim()
                        .to_owned(),
                    _ => read::text(n, "`scope`")?,
                };
                Some(Scope::parse(&text).ok_or_else(|| {
                    Diagnostic::at(n.span, format!("`{text}` is not a GHG Protocol scope"))
                        .with_hint("write `1`, `2`, or `3.N` with a Scope 3 category N from 1 to 15 (for example `3.1`)")
                })?)
            }
            None => None,
        };

        let covers = match read::optional(entries, "covers") {
            Some(n) => Some(element(n, "`covers`")?),
            None => None,
        };

        let model_node = read::optional(entries, "model");
        let children_node = read::optional(entries, "components");
        let from_file = ["from", "where"]
            .iter()
            .any(|k| read::optional(entries, k).is_some());
        // Rows of an activity file may say their GHG scope; the component's own `scope` wins.
        let mut rows_scope = None;
        let kind = match (model_node, children_node) {
            _ if from_file => {
                let (mut kind, from_rows) = self.activity(node, entries, &id)?;
                rows_scope = from_rows;
                if let (Some(_), ComponentKind::Group(children)) = (scope, &mut kind) {
                    for child in children {
                        child.scope = None;
                    }
                }
                kind
            }
            (Some(_), Some(children)) => {
                return Err(Diagnostic::at(
                    children.span,
                    format!("component `{id}` has both `model` and `components`"),
                )
                .with_hint("a component is either a leaf with a model, or a group of components"));
            }
            (None, Some(children)) => {
                if read::optional(entries, "inputs").is_some() {
                    return Err(Diagnostic::at(
                        children.span,
                        format!(
                            "group `{id}` has `inputs`, but only a component with a `model` takes inputs"
                        ),
                    ));
                }
                let outer = (self.inherited_channel.clone(), self.inherited_allocation);
                if channel.is_some() {
                    self.inherited_channel = channel.clone();
                }
                self.inherited_allocation |= allocation.is_some();
                let list = self.list(children, &format!("group `{id}`"));
                (self.inherited_channel, self.inherited_allocation) = outer;
                ComponentKind::Group(list?)
            }
            (Some(model_node), None) => self.leaf(entries, model_node)?,
            (None, None) => {
                return Err(Diagnostic::at(
                    read::start_of(node),
                    format!("component `{id}` has neither `model` nor `components`"),
                )
                .with_hint("add `model: <name>` with its `inputs` (`sero models` lists them), or `components:` for a group"));
            }
        };
        Ok(Component {
            id,
            name,
            kind,
            channel,
            basis,
            share,
            allocation,
            scope: scope.or(rows_scope),
            covers,
        })
    }

    fn share(&self, node: &Node, what: &str) -> Result<f64, Diagnostic> {
        let value = quantity(node, &FRACTION, what)?;
        if !(0.0..=1.0).contains(&value) {
            return Err(Diagnostic::at(
                node.span,
                format!(
                    "{what} must be between 0% and 100% (found {}%)",
                    sero_core::model::format_number(value * 100.0)
                ),
            )
            .with_hint("a share is a fraction such as 0.4 or a percentage such as 40%"));
        }
        Ok(value)
    }

    fn allocation(&self, node: &Node, has_channel: bool) -> Result<Vec<(String, f64)>, Diagnostic> {
        if has_channel {
            return Err(Diagnostic::at(
                node.span,
                "a component in a `channel` (its own or its group's) cannot also have an `allocation`",
            )
            .with_hint(
                "`channel` puts all of it in one channel; `allocation` splits it between several",
            ));
        }
        let entries = read::map(node, "`allocation`")?;
        let ids: Vec<&str> = self.channels.iter().map(|(c, _)| c.id.as_str()).collect();
        let mut shares = Vec::new();
        for entry in entries {
            if !ids.contains(&entry.key.as_str()) {
                let mut d = Diagnostic::at(
                    entry.key_span,
                    format!("unknown channel `{}` in `allocation`", entry.key),
                );
                if let Some(s) = did_you_mean(&entry.key, ids.iter().copied()) {
                    d = d.with_hint(format!("did you mean `{s}`?"));
                }
                return Err(d);
            }
            shares.push((
                entry.key.clone(),
                self.share(&entry.value, &format!("the share of `{}`", entry.key))?,
            ));
        }
        let sum: f64 = shares.iter().map(|(_, s)| s).sum();
        if (sum - 1.0).abs() > 1e-9 {
            return Err(Diagnostic::at(
                node.span,
                format!(
                    "the allocation adds up to {}%, not 100%",
                    sero_core::model::format_number(sum * 100.0)
                ),
            ));
        }
        Ok(shares)
    }

    fn leaf(
        &self,
        entries: &[tree::Entry],
        model_node: &Node,
    ) -> Result<ComponentKind, Diagnostic> {
        let model_name = read::text(model_node, "`model`")?;
        let Some(model) = self.schema.registry.get(&model_name) else {
            let names = self.schema.registry.names();
            let mut d = Diagnostic::at(model_node.span, format!("unknown model `{model_name}`"));
            d = match did_you_mean(&model_name, names.iter().copied()) {
                Some(s) => d.with_hint(format!("did you mean `{s}`?")),
                None => d.with_hint(format!(
                    "the models are: {} (`sero models` describes them)",
                    names
                        .iter()
                        .map(|n| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            };
            return Err(d);
        };
        let spec = model.spec();
        let mut inputs = Inputs::new();
        let inputs_node = read::optional(entries, "inputs");
        if let Some(inputs_node) = inputs_node {
            let input_entries = read::map(inputs_node, "`inputs`")?;
            for entry in input_entries {
                let Some(input) = spec.input(&entry.key) else {
                    let names: Vec<&str> = spec.inputs.iter().map(|i| i.name).collect();
                    let mut d = Diagnostic::at(
                        entry.key_span,
                        format!("model `{}` has no input `{}`", spec.name, entry.key),
                    )
                    .with_label("unknown input");
                    d = match did_you_mean(&entry.key, names.iter().copied()) {
                        Some(s) => d.with_hint(format!("did you mean `{s}`?")),
                        None => d.with_hint(format!(
                            "its inputs are: {}",
                            names
                                .iter()
                                .map(|n| format!("`{n}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )),
                    };
                    return Err(d);
                };
                if entry.value.is_null() {
                    continue;
                }
                let value = self.input_value(&entry.value, input)?;
                inputs.set(input.name, value);
            }
        }
        if let Some(measured) = inputs.text("measured").map(str::to_owned) {
            let node = inputs_node
                .and_then(|n| n.get("measured"))
                .unwrap_or(model_node);
            if inputs.get("bytes").is_some() {
                return Err(
                    Diagnostic::at(node.span, "give `bytes` or `measured`, not both")
                        .with_hint("`measured` sets `bytes` to the bytes in the file"),
                );
            }
            let bytes = self.measured_bytes(&measured, node)?;
            inputs.set("bytes", InputValue::Number(bytes));
        }
        if let Some(series) = inputs.text("series").map(str::to_owned) {
            let node = inputs_node
                .and_then(|n| n.get("series"))
                .unwrap_or(model_node);
            if inputs.get("energy").is_some() {
                return Err(
                    Diagnostic::at(node.span, "give `energy` or `series`, not both")
                        .with_hint("`series` sets `energy` to the total of the file"),
                );
            }
            let kwh = self.series_energy(&series, node)?;
            inputs.set("energy", InputValue::Number(kwh));
        }
        // Point at the `inputs:` key when there is one, else at the model's name.
        let inputs_key = entries
            .iter()
            .find(|e| e.key == "inputs")
            .map_or(model_node.span, |e| e.key_span);
        for input in spec.inputs.iter().filter(|i| i.required) {
            if inputs.get(input.name).is_none() {
                return Err(Diagnostic::at(
                    inputs_key,
                    format!("model `{}` needs input `{}`", spec.name, input.name),
                )
                .with_label(format!("`{}` is missing", input.name))
                .with_hint(describe_input(spec, input)));
            }
        }
        if let Err(error) = model.check(&inputs) {
            let at = match &error {
                ModelError::InvalidInput { name, .. } => inputs_node
                    .and_then(|n| n.as_map())
                    .and_then(|m| m.iter().find(|e| e.key == *name))
                    .map_or(inputs_key, |e| e.value.span),
                _ => inputs_key,
            };
            let label = match &error {
                ModelError::MissingInput(_) => "an input is missing",
                _ => "these inputs do not go together",
            };
            return Err(
                Diagnostic::at(at, format!("model `{}`: {error}", spec.name))
                    .with_label(label)
                    .with_hint(format!("`sero models {}` describes its inputs", spec.name)),
            );
        }
        Ok(ComponentKind::Leaf {
            model: model_name,
            inputs,
        })
    }

    /// A component read from an activity file (`from:`, filtered by `where:`): see
    /// [`crate::activity`].
    fn activity(
        &mut self,
        node: &Node,
        entries: &[tree::Entry],
        id: &str,
    ) -> Result<(ComponentKind, Option<Scope>), Diagnostic> {
        let groups = crate::activity::read(self.schema, &self.base, node, entries, id)?;
        crate::activity::component_kind(groups, id, &mut self.seen, node.span)
    }

    /// The bytes of a `sero journey` result (its total) or a `sero page` result (its pages'
    /// first views, added up).
    fn measured_bytes(&self, file: &str, node: &Node) -> Result<f64, Diagnostic> {
        let path = self.base.join(file);
        let text = std::fs::read_to_string(&path).map_err(|e| {
            Diagnostic::at(node.span, format!("cannot read `{}`: {e}", path.display()))
                .with_hint("the path is relative to the manifest; write the file with `sero journey … --format json --output FILE`")
        })?;
        let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
            Diagnostic::at(node.span, format!("`{}` is not JSON: {e}", path.display()))
        })?;
        let total = value
            .pointer("/total/transfer_bytes")
            .and_then(serde_json::Value::as_f64)
            .or_else(|| {
                value
                    .get("pages")
                    .and_then(serde_json::Value::as_array)
                    .map(|pages| {
                        pages
                            .iter()
                            .filter_map(|p| {
                                p.get("transfer_bytes").and_then(serde_json::Value::as_f64)
                            })
                            .sum()
                    })
            });
        total.filter(|b| b.is_finite() && *b >= 0.0).ok_or_else(|| {
            Diagnostic::at(
                node.span,
                format!(
                    "`{}` is not a result of `sero journey` or `sero page`",
                    path.display()
                ),
            )
            .with_hint(
                "it needs `total.transfer_bytes` (journey) or `pages[].transfer_bytes` (page)",
            )
        })
    }

    /// The total energy of an energy series file (`series:`), every row checked.
    fn series_energy(&self, file: &str, node: &Node) -> Result<f64, Diagnostic> {
        let path = self.base.join(file);
        let text = std::fs::read_to_string(&path).map_err(|e| {
            Diagnostic::at(node.span, format!("cannot read `{}`: {e}", path.display()))
                .with_hint("the path is relative to the manifest")
        })?;
        let rows = sero_core::timeseries::parse_energy_csv(&text).map_err(|e| {
            Diagnostic::at(node.span, format!("`{}` {e}", path.display())).with_hint(
                "a series has rows `from,kwh` or `from,to,kwh`, times such as `2025-04-01T00:00Z`, half-hourly or hourly",
            )
        })?;
        Ok(rows.iter().map(|r| r.kwh).sum())
    }

    fn input_value(&self, node: &Node, input: &InputSpec) -> Result<InputValue, Diagnostic> {
        let what = format!("input `{}`", input.name);
        let value = match input.kind {
            InputKind::Quantity(unit) => {
                let v = quantity(node, unit, &what)?;
                check_limits(node, input, v)?;
                InputValue::Number(v)
            }
            InputKind::Bool => InputValue::Bool(read::boolean(node, &what)?),
            InputKind::Text { choices } => {
                let text = read::text(node, &what)?;
                if !choices.is_empty() && !choices.contains(&text.as_str()) {
                    let mut d = Diagnostic::at(
                        node.span,
                        format!("{what}: `{text}` is not one of its values"),
                    );
                    d = match did_you_mean(&text, choices.iter().copied()) {
                        Some(s) => d.with_hint(format!("did you mean `{s}`?")),
                        None => d.with_hint(format!(
                            "expected one of {}",
                            choices
                                .iter()
                                .map(|c| format!("`{c}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )),
                    };
                    return Err(d);
                }
                if input.name == "factor" && !(self.schema.factor_exists)(&text) {
                    return Err(
                        Diagnostic::at(node.span, format!("unknown factor `{text}`")).with_hint(
                            "`sero factors` lists the factors; add your own with `--factors FILE`",
                        ),
                    );
                }
                InputValue::Text(text)
            }
            InputKind::IntensityOrCountry => match node.as_scalar() {
                Some(Scalar::Number(_)) => {
                    let v = read::number(node, &what)?;
                    if v < 0.0 {
                        return Err(Diagnostic::at(
                            node.span,
                            format!("{what}: a grid intensity cannot be negative"),
                        ));
                    }
                    InputValue::Number(v)
                }
                Some(Scalar::Str(text))
                    if text
                        .trim()
                        .starts_with(|c: char| c.is_ascii_digit() || c == '.') =>
                {
                    let v = quantity(node, &G_PER_KWH, &what)?;
                    if v < 0.0 {
                        return Err(Diagnostic::at(
                            node.span,
                            format!("{what}: a grid intensity cannot be negative"),
                        ));
                    }
                    InputValue::Number(v)
                }
                Some(Scalar::Str(text)) => match named_grid(self.schema, input.name, text) {
                    Ok(code) => InputValue::Text(code),
                    Err((reason, hint)) => {
                        return Err(
                            Diagnostic::at(node.span, format!("{what}: {reason}")).with_hint(hint)
                        );
                    }
                },
                _ => {
                    return Err(Diagnostic::at(
                        node.span,
                        format!("{what} must be a grid intensity or a country code"),
                    )
                    .with_label(format!("found {}", node.kind_name())));
                }
            },
            InputKind::Shares { choices } => {
                let entries = read::map(node, &what)?;
                let mut shares = Vec::new();
                for entry in entries {
                    if !choices.contains(&entry.key.as_str()) {
                        let mut d = Diagnostic::at(
                            entry.key_span,
                            format!("{what}: `{}` is not one of its choices", entry.key),
                        );
                        d = match did_you_mean(&entry.key, choices.iter().copied()) {
                            Some(s) => d.with_hint(format!("did you mean `{s}`?")),
                            None => d.with_hint(format!("the choices are: {}", choices.join(", "))),
                        };
                        return Err(d);
                    }
                    let share = quantity(
                        &entry.value,
                        &FRACTION,
                        &format!("the share of `{}`", entry.key),
                    )?;
                    if !(0.0..=1.0).contains(&share) {
                        return Err(Diagnostic::at(
                            entry.value.span,
                            format!("the share of `{}` must be between 0% and 100%", entry.key),
                        ));
                    }
                    shares.push((entry.key.clone(), share));
                }
                let sum: f64 = shares.iter().map(|(_, s)| s).fold(0.0, |a, b| a + b);
                if (sum - 1.0).abs() > 1e-9 {
                    return Err(Diagnostic::at(
                        node.span,
                        format!("{what} adds up to {}%, not 100%", sero_core::model::format_number(sum * 100.0)),
                    )
                    .with_hint("the shares must cover every trip: add the missing mode, or correct the figures"));
                }
                InputValue::Shares(shares)
            }
            InputKind::Points => {
                let items = read::seq(node, &what)?;
                let mut points = Vec::new();
                for item in items {
                    let pair = read::seq(item, "a point")?;
                    let [x, y] = pair else {
                        return Err(Diagnostic::at(
                            item.span,
                            "a point must be a pair `[utilisation, watts]`",
                        ));
                    };
                    let x = quantity(x, &FRACTION, "a point's utilisation")?;
                    let y = read::number(y, "a point's power")?;
                    if !(0.0..=1.0).contains(&x) || y < 0.0 {
                        return Err(Diagnostic::at(
                            item.span,
                            "a point needs utilisation 0–1 (or 0%–100%) and power ≥ 0 W",
                        ));
                    }
                    points.push((x, y));
                }
                if points.is_empty() {
                    return Err(Diagnostic::at(node.span, format!("{what} has no points")));
                }
                InputValue::Points(points)
            }
        };
        Ok(value)
    }
}

fn check_limits(node: &Node, input: &InputSpec, value: f64) -> Result<(), Diagnostic> {
    if input.whole && value.fract() != 0.0 {
        return Err(Diagnostic::at(
            node.span,
            format!(
                "input `{}` must be a whole number (found {value})",
                input.name
            ),
        ));
    }
    let unit = input.unit_symbol();
    let shown = |v: f64| {
        let n = sero_core::model::format_number(v);
        if unit.is_empty() || unit == "1" || unit == "fraction" {
            n
        } else {
            format!("{n} {unit}")
        }
    };
    if let Some(min) = input.min
        && value < min
    {
        return Err(Diagnostic::at(
            node.span,
            format!(
                "input `{}` must be at least {} (found {})",
                input.name,
                shown(min),
                shown(value)
            ),
        )
        .with_label(if value < 0.0 { "negative" } else { "too small" }));
    }
    if let Some(max) = input.max
        && value > max
    {
        let mut d = Diagnostic::at(
            node.span,
            format!(
                "input `{}` must be at most {} (found {})",
                input.name,
                shown(max),
                shown(value)
            ),
        )
        .with_label("too large");
        if matches!(input.kind, InputKind::Quantity(u) if u.symbol == "fraction") {
            d = d.with_hint("a fraction is 0–1; write a percentage with `%`, such as `25%`");
        }
        return Err(d);
    }
    Ok(())
}

/// Reads a file's text and parses it, choosing the format by extension.
pub fn load(path: &std::path::Path, schema: &Schema<'_>) -> Result<Service, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let name = path.display().to_string();
    parse(&text, &name, Format::from_path(&name), schema).map_err(LoadError::Manifest)
}

/// Why a manifest file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read `{path}`: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Manifest(ManifestError),
}
