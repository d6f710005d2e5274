//! The manifest schema: tree → [`Service`], checking everything a user can get wrong and
//! pointing at it.

use std::collections::HashMap;

use sero_core::impact::{Element, Scope};
use sero_core::model::{InputKind, InputSpec, InputValue, Inputs, ModelError};
use sero_core::service::{Basis, Channel, Component, ComponentKind, Date, Period, Service};
use sero_core::units::{FRACTION, G_PER_KWH, ONE, QuantityError, parse_quantity};

use sero_core::{Message, msg};

use crate::diagnostic::{Diagnostic, Renderer, SourceFile, quoted, suggestion};
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

/// A manifest that could not be read: the diagnostic with the file it points into, rendered
/// with file:line:column by [`ManifestError::render`] in the reader's language. `Display` is
/// the neutral form, for logs.
#[derive(Debug, thiserror::Error)]
#[error("{location}: {diagnostic}")]
pub struct ManifestError {
    pub diagnostic: Box<Diagnostic>,
    /// The name shown in messages (the path as given).
    pub name: String,
    /// The text of the file, for the source line under the location.
    pub text: String,
    /// `file:line:column` (or the file alone).
    pub location: String,
}

impl ManifestError {
    /// The located diagnostic, for a file `name` whose text is `text`.
    pub fn new(diagnostic: Diagnostic, name: &str, text: &str) -> Self {
        let location = diagnostic.location(&SourceFile::new(name, text));
        ManifestError {
            diagnostic: Box::new(diagnostic),
            name: name.to_owned(),
            text: text.to_owned(),
            location,
        }
    }

    /// The error as `rustc`-style text, its messages rendered by `words`.
    pub fn render(&self, words: Renderer<'_>) -> String {
        self.diagnostic
            .render(&SourceFile::new(&self.name, &self.text), words)
    }
}

/// Reads a manifest from text. `name` is the path shown in messages.
pub fn parse(
    text: &str,
    name: &str,
    format: Format,
    schema: &Schema<'_>,
) -> Result<Service, ManifestError> {
    let base = std::path::Path::new(name)
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    parse_in(text, name, format, schema, &base)
}

/// Reads a manifest from text whose activity files (`from:`) are in the folder `base`; `name` is
/// what messages call the manifest (the web application keeps a version's files in a folder of
/// its own but shows the manifest's own name).
pub fn parse_in(
    text: &str,
    name: &str,
    format: Format,
    schema: &Schema<'_>,
    base: &std::path::Path,
) -> Result<Service, ManifestError> {
    parse_node(text, format, schema, base)
        .map_err(|diagnostic| ManifestError::new(diagnostic, name, text))
}

fn parse_node(
    text: &str,
    format: Format,
    schema: &Schema<'_>,
    base: &std::path::Path,
) -> Result<Service, Diagnostic> {
    let root = tree::parse(text, format)?;
    if root.is_null() {
        return Err(Diagnostic::at(root.span, msg!("manifest-empty-manifest"))
            .with_hint(msg!("manifest-empty-manifest-hint")));
    }
    let what = &msg!("manifest-what-manifest");
    let entries = read::map(&root, what)?;
    read::known_keys(entries, TOP_KEYS, what)?;
    if let Some(version) = read::optional(entries, "sero") {
        let v = read::number(version, &msg!("manifest-what-version"))?;
        if v != FORMAT_VERSION {
            return Err(Diagnostic::at(
                version.span,
                msg!("manifest-version-unsupported", version = v.to_string()),
            )
            .with_hint(msg!("manifest-version-hint")));
        }
    }

    let service_node = read::required(&root, entries, "service", what)?;
    let service = &read::key("service");
    let service_entries = read::map(service_node, service)?;
    read::known_keys(service_entries, SERVICE_KEYS, service)?;
    let name = read::text(
        read::required(service_node, service_entries, "name", service)?,
        &msg!("manifest-what-service-name"),
    )?;
    let organisation = read::optional(service_entries, "organisation")
        .map(|n| read::text(n, &read::key("organisation")))
        .transpose()?;
    let functional_unit = read::text(
        read::required(service_node, service_entries, "functional_unit", service)?,
        &read::key("functional_unit"),
    )?;

    let period = read_period(read::required(&root, entries, "period", what)?)?;
    let channels = read_channels(read::required(&root, entries, "channels", what)?)?;

    let components_node = read::required(&root, entries, "components", what)?;
    let mut reader = ComponentReader {
        schema,
        text,
        base: base.to_path_buf(),
        channels: &channels,
        seen: HashMap::new(),
        inherited_channel: None,
        inherited_allocation: false,
    };
    let components = reader.list(components_node, &msg!("manifest-what-service"))?;

    Ok(Service {
        name,
        organisation,
        functional_unit,
        period,
        channels: channels.into_iter().map(|(c, _)| c).collect(),
        components,
    })
}

fn read_date(node: &Node, what: &Message) -> Result<Date, Diagnostic> {
    let text = read::text(node, what)?;
    Date::parse(&text).ok_or_else(|| {
        Diagnostic::at(
            node.span,
            msg!("manifest-not-a-date", what = what.clone(), value = &text),
        )
        .with_hint(msg!("manifest-date-hint"))
    })
}

fn read_period(node: &Node) -> Result<Period, Diagnostic> {
    let period = &read::key("period");
    let entries = read::map(node, period)?;
    read::known_keys(entries, PERIOD_KEYS, period)?;
    let start = read_date(
        read::required(node, entries, "start", period)?,
        &read::key("start"),
    )?;
    let end_node = read::required(node, entries, "end", period)?;
    let end = read_date(end_node, &read::key("end"))?;
    if end < start {
        return Err(Diagnostic::at(
            end_node.span,
            msg!(
                "manifest-period-backwards",
                end = end.to_string(),
                start = start.to_string()
            ),
        ));
    }
    Ok(Period { start, end })
}

fn read_channels(node: &Node) -> Result<Vec<(Channel, Span)>, Diagnostic> {
    let items = read::seq(node, &read::key("channels"))?;
    if items.is_empty() {
        return Err(Diagnostic::at(node.span, msg!("manifest-no-channels"))
            .with_hint(msg!("manifest-no-channels-hint")));
    }
    let mut channels: Vec<(Channel, Span)> = Vec::new();
    for item in items {
        let what = &msg!("manifest-what-channel");
        let entries = read::map(item, what)?;
        read::known_keys(entries, CHANNEL_KEYS, what)?;
        let id_node = read::required(item, entries, "id", what)?;
        let id = read::text(id_node, &msg!("manifest-what-channel-key", key = "id"))?;
        if let Some((_, first)) = channels.iter().find(|(c, _)| c.id == id) {
            return Err(
                Diagnostic::at(id_node.span, msg!("manifest-duplicate-channel", id = &id))
                    .with_note_at(*first, msg!("manifest-first-used")),
            );
        }
        let name = read::optional(entries, "name")
            .map(|n| read::text(n, &msg!("manifest-what-channel-key", key = "name")))
            .transpose()?
            .unwrap_or_else(|| id.clone());
        let transactions_node = read::required(item, entries, "transactions", what)?;
        let transactions = quantity(transactions_node, &ONE, &read::key("transactions"))?;
        if transactions < 0.0 {
            return Err(Diagnostic::at(
                transactions_node.span,
                msg!(
                    "manifest-negative-transactions",
                    value = transactions.to_string()
                ),
            )
            .with_hint(msg!("manifest-negative-transactions-hint")));
        }
        let not_applicable = match read::optional(entries, "not_applicable") {
            Some(list) => read::seq(list, &read::key("not_applicable"))?
                .iter()
                .map(|item| element(item, &msg!("manifest-what-not-applicable")))
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
fn element(node: &Node, what: &Message) -> Result<Element, Diagnostic> {
    let text = read::text(node, what)?;
    Element::parse(&text).ok_or_else(|| {
        let keys = Element::keys();
        let hint = match suggestion(&text, keys.iter().copied()) {
            hint if hint.id() == "manifest-did-you-mean" => hint,
            _ => msg!("manifest-elements-are", elements = keys.join(", ")),
        };
        Diagnostic::at(
            node.span,
            msg!(
                "manifest-unknown-element",
                what = what.clone(),
                value = &text
            ),
        )
        .with_hint(hint)
    })
}

/// Reads a number, or text with a unit, into `unit`.
fn quantity(node: &Node, unit: &sero_core::units::Unit, what: &Message) -> Result<f64, Diagnostic> {
    match node.as_scalar() {
        Some(Scalar::Number(_)) => read::number(node, what),
        Some(Scalar::Str(text)) => parse_quantity(text, unit).map_err(|error| {
            let mut d = Diagnostic::at(
                node.span,
                msg!(
                    "manifest-value-reason",
                    what = what.clone(),
                    reason = crate::inputs::quantity_error(&error)
                ),
            );
            if let QuantityError::UnknownUnit {
                suggestion: Some(s),
                ..
            } = &error
            {
                d = d.with_hint(msg!("manifest-unit-did-you-mean", suggestion = *s));
            } else if unit.symbol == "fraction" {
                d = d.with_hint(msg!("manifest-fraction-hint"));
            } else if !unit.symbol.is_empty() && unit.symbol != "1" {
                d = d.with_hint(msg!("manifest-unit-hint", unit = unit.symbol));
            }
            d
        }),
        _ => Err(Diagnostic::at(
            node.span,
            msg!("manifest-must-be-number", what = what.clone()),
        )
        .with_label(read::found(node))),
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
    fn list(&mut self, node: &Node, what: &Message) -> Result<Vec<Component>, Diagnostic> {
        let items = read::seq(node, what)?;
        if items.is_empty() {
            return Err(Diagnostic::at(
                node.span,
                msg!("manifest-no-components", what = what.clone()),
            )
            .with_hint(msg!("manifest-no-components-hint")));
        }
        items.iter().map(|item| self.component(item)).collect()
    }

    fn component(&mut self, node: &Node) -> Result<Component, Diagnostic> {
        let what = &msg!("manifest-what-component");
        let entries = read::map(node, what)?;
        read::known_keys(entries, COMPONENT_KEYS, what)?;
        let id_node = read::required(node, entries, "id", what)?;
        let id = read::text(id_node, &msg!("manifest-what-component-key", key = "id"))?;
        if id.contains('/') {
            return Err(
                Diagnostic::at(id_node.span, msg!("manifest-id-slash", id = &id))
                    .with_hint(msg!("manifest-id-slash-hint")),
            );
        }
        if let Some(first) = self.seen.get(&id) {
            return Err(Diagnostic::at(
                id_node.span,
                msg!("manifest-duplicate-component", id = &id),
            )
            .with_note_at(*first, msg!("manifest-first-used"))
            .with_hint(msg!("manifest-duplicate-component-hint")));
        }
        self.seen.insert(id.clone(), id_node.span);
        let name = read::optional(entries, "name")
            .map(|n| read::text(n, &read::key("name")))
            .transpose()?;

        let channel = match read::optional(entries, "channel") {
            Some(n) => {
                let channel = read::text(n, &read::key("channel"))?;
                if self.inherited_allocation {
                    return Err(
                        Diagnostic::at(n.span, msg!("manifest-channel-in-allocation"))
                            .with_hint(msg!("manifest-channel-in-allocation-hint")),
                    );
                }
                if !self.channels.iter().any(|(c, _)| c.id == channel) {
                    let ids = self.channels.iter().map(|(c, _)| c.id.as_str());
                    let hint = match suggestion(&channel, ids.clone()) {
                        hint if hint.id() == "manifest-did-you-mean" => hint,
                        _ => msg!("manifest-channels-are", channels = quoted(ids)),
                    };
                    return Err(Diagnostic::at(
                        n.span,
                        msg!("manifest-unknown-channel", channel = &channel),
                    )
                    .with_hint(hint));
                }
                Some(channel)
            }
            None => None,
        };
        let basis = match read::optional(entries, "basis") {
            Some(n) => Some(match read::text(n, &read::key("basis"))?.as_str() {
                "period" => Basis::Period,
                "transaction" => Basis::Transaction,
                other => {
                    return Err(Diagnostic::at(
                        n.span,
                        msg!("manifest-unknown-basis", basis = other),
                    )
                    .with_hint(msg!("manifest-unknown-basis-hint")));
                }
            }),
            None => None,
        };
        let share = match read::optional(entries, "share") {
            Some(n) => Some(self.share(n, &read::key("share"))?),
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
                    _ => read::text(n, &read::key("scope"))?,
                };
                Some(Scope::parse(&text).ok_or_else(|| {
                    Diagnostic::at(n.span, msg!("manifest-not-a-scope", value = &text))
                        .with_hint(msg!("manifest-scope-hint"))
                })?)
            }
            None => None,
        };

        let covers = match read::optional(entries, "covers") {
            Some(n) => Some(element(n, &read::key("covers"))?),
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
                    msg!("manifest-model-and-components", id = &id),
                )
                .with_hint(msg!("manifest-model-and-components-hint")));
            }
            (None, Some(children)) => {
                if read::optional(entries, "inputs").is_some() {
                    return Err(Diagnostic::at(
                        children.span,
                        msg!("manifest-group-inputs", id = &id),
                    ));
                }
                let outer = (self.inherited_channel.clone(), self.inherited_allocation);
                if channel.is_some() {
                    self.inherited_channel = channel.clone();
                }
                self.inherited_allocation |= allocation.is_some();
                let list = self.list(children, &msg!("manifest-what-group", id = &id));
                (self.inherited_channel, self.inherited_allocation) = outer;
                ComponentKind::Group(list?)
            }
            (Some(model_node), None) => self.leaf(entries, model_node)?,
            (None, None) => {
                return Err(Diagnostic::at(
                    read::start_of(node),
                    msg!("manifest-neither-model-nor-components", id = &id),
                )
                .with_hint(msg!("manifest-neither-model-nor-components-hint")));
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

    fn share(&self, node: &Node, what: &Message) -> Result<f64, Diagnostic> {
        let value = quantity(node, &FRACTION, what)?;
        if !(0.0..=1.0).contains(&value) {
            return Err(Diagnostic::at(
                node.span,
                msg!(
                    "manifest-share-out-of-range",
                    what = what.clone(),
                    percent = sero_core::model::format_number(value * 100.0)
                ),
            )
            .with_hint(msg!("manifest-share-hint")));
        }
        Ok(value)
    }

    fn allocation(&self, node: &Node, has_channel: bool) -> Result<Vec<(String, f64)>, Diagnostic> {
        if has_channel {
            return Err(
                Diagnostic::at(node.span, msg!("manifest-allocation-in-channel"))
                    .with_hint(msg!("manifest-allocation-in-channel-hint")),
            );
        }
        let entries = read::map(node, &read::key("allocation"))?;
        let ids: Vec<&str> = self.channels.iter().map(|(c, _)| c.id.as_str()).collect();
        let mut shares = Vec::new();
        for entry in entries {
            if !ids.contains(&entry.key.as_str()) {
                let mut d = Diagnostic::at(
                    entry.key_span,
                    msg!("manifest-unknown-allocation-channel", channel = &entry.key),
                );
                let hint = suggestion(&entry.key, ids.iter().copied());
                if hint.id() == "manifest-did-you-mean" {
                    d = d.with_hint(hint);
                }
                return Err(d);
            }
            shares.push((
                entry.key.clone(),
                self.share(
                    &entry.value,
                    &msg!("manifest-what-share-of", key = &entry.key),
                )?,
            ));
        }
        let sum: f64 = shares.iter().map(|(_, s)| s).sum();
        if (sum - 1.0).abs() > 1e-9 {
            return Err(Diagnostic::at(
                node.span,
                msg!(
                    "manifest-allocation-sum",
                    percent = sero_core::model::format_number(sum * 100.0)
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
        let model_name = read::text(model_node, &read::key("model"))?;
        let Some(model) = self.schema.registry.get(&model_name) else {
            let names = self.schema.registry.names();
            let hint = match suggestion(&model_name, names.iter().copied()) {
                hint if hint.id() == "manifest-did-you-mean" => hint,
                _ => msg!(
                    "manifest-models-are",
                    models = quoted(names.iter().copied())
                ),
            };
            return Err(Diagnostic::at(
                model_node.span,
                msg!("manifest-unknown-model", model = &model_name),
            )
            .with_hint(hint));
        };
        let spec = model.spec();
        let mut inputs = Inputs::new();
        let inputs_node = read::optional(entries, "inputs");
        if let Some(inputs_node) = inputs_node {
            let input_entries = read::map(inputs_node, &read::key("inputs"))?;
            for entry in input_entries {
                let Some(input) = spec.input(&entry.key) else {
                    let names: Vec<&str> = spec.inputs.iter().map(|i| i.name).collect();
                    let hint = match suggestion(&entry.key, names.iter().copied()) {
                        hint if hint.id() == "manifest-did-you-mean" => hint,
                        _ => msg!(
                            "manifest-inputs-are",
                            inputs = quoted(names.iter().copied())
                        ),
                    };
                    return Err(Diagnostic::at(
                        entry.key_span,
                        msg!(
                            "manifest-no-such-input",
                            model = spec.name,
                            input = &entry.key
                        ),
                    )
                    .with_label(msg!("manifest-no-such-input-label"))
                    .with_hint(hint));
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
                    Diagnostic::at(node.span, msg!("manifest-bytes-and-measured"))
                        .with_hint(msg!("manifest-bytes-and-measured-hint")),
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
                    Diagnostic::at(node.span, msg!("manifest-energy-and-series"))
                        .with_hint(msg!("manifest-energy-and-series-hint")),
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
                    msg!(
                        "manifest-needs-input",
                        model = spec.name,
                        input = input.name
                    ),
                )
                .with_label(msg!("manifest-input-missing-label", input = input.name))
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
                ModelError::MissingInput(_) => msg!("manifest-an-input-missing-label"),
                _ => msg!("manifest-inputs-conflict-label"),
            };
            return Err(Diagnostic::at(
                at,
                msg!(
                    "manifest-model-error",
                    model = spec.name,
                    error = error.message()
                ),
            )
            .with_label(label)
            .with_hint(msg!("manifest-models-describes", model = spec.name)));
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
        let text = read_named(&path, node, msg!("manifest-measured-path-hint"))?;
        let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
            Diagnostic::at(
                node.span,
                msg!(
                    "manifest-not-json",
                    path = path.display().to_string(),
                    error = e.to_string()
                ),
            )
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
                msg!("manifest-not-measured", path = path.display().to_string()),
            )
            .with_hint(msg!("manifest-not-measured-hint"))
        })
    }

    /// The total energy of an energy series file (`series:`), every row checked.
    fn series_energy(&self, file: &str, node: &Node) -> Result<f64, Diagnostic> {
        let path = self.base.join(file);
        let text = read_named(&path, node, msg!("manifest-relative-path-hint"))?;
        let rows = sero_core::timeseries::parse_energy_csv(&text).map_err(|e| {
            Diagnostic::at(
                node.span,
                msg!(
                    "manifest-bad-series",
                    path = path.display().to_string(),
                    error = e.to_string()
                ),
            )
            .with_hint(msg!("manifest-series-hint"))
        })?;
        Ok(rows.iter().map(|r| r.kwh).sum())
    }

    fn input_value(&self, node: &Node, input: &InputSpec) -> Result<InputValue, Diagnostic> {
        let what = msg!("manifest-what-input", input = input.name);
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
                    return Err(Diagnostic::at(
                        node.span,
                        msg!("manifest-not-a-value", what = what.clone(), value = &text),
                    )
                    .with_hint(suggestion(&text, choices.iter().copied())));
                }
                if input.name == "factor" && !(self.schema.factor_exists)(&text) {
                    return Err(Diagnostic::at(
                        node.span,
                        msg!("manifest-unknown-factor", factor = &text),
                    )
                    .with_hint(msg!("manifest-unknown-factor-hint")));
                }
                InputValue::Text(text)
            }
            InputKind::IntensityOrCountry => match node.as_scalar() {
                Some(Scalar::Number(_)) => {
                    let v = read::number(node, &what)?;
                    if v < 0.0 {
                        return Err(Diagnostic::at(
                            node.span,
                            msg!("manifest-negative-intensity", what = what.clone()),
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
                            msg!("manifest-negative-intensity", what = what.clone()),
                        ));
                    }
                    InputValue::Number(v)
                }
                Some(Scalar::Str(text)) => match named_grid(self.schema, input.name, text) {
                    Ok(code) => InputValue::Text(code),
                    Err((reason, hint)) => {
                        return Err(Diagnostic::at(
                            node.span,
                            msg!(
                                "manifest-value-reason",
                                what = what.clone(),
                                reason = reason
                            ),
                        )
                        .with_hint(hint));
                    }
                },
                _ => {
                    return Err(Diagnostic::at(
                        node.span,
                        msg!("manifest-must-be-grid", what = what.clone()),
                    )
                    .with_label(read::found(node)));
                }
            },
            InputKind::Shares { choices } => {
                let entries = read::map(node, &what)?;
                let mut shares = Vec::new();
                for entry in entries {
                    if !choices.contains(&entry.key.as_str()) {
                        let hint = match suggestion(&entry.key, choices.iter().copied()) {
                            hint if hint.id() == "manifest-did-you-mean" => hint,
                            _ => msg!("manifest-choices-are", choices = choices.join(", ")),
                        };
                        return Err(Diagnostic::at(
                            entry.key_span,
                            msg!(
                                "manifest-not-a-choice",
                                what = what.clone(),
                                key = &entry.key
                            ),
                        )
                        .with_hint(hint));
                    }
                    let share_of = msg!("manifest-what-share-of", key = &entry.key);
                    let share = quantity(&entry.value, &FRACTION, &share_of)?;
                    if !(0.0..=1.0).contains(&share) {
                        return Err(Diagnostic::at(
                            entry.value.span,
                            msg!("manifest-share-between", what = share_of),
                        ));
                    }
                    shares.push((entry.key.clone(), share));
                }
                let sum: f64 = shares.iter().map(|(_, s)| s).fold(0.0, |a, b| a + b);
                if (sum - 1.0).abs() > 1e-9 {
                    return Err(Diagnostic::at(
                        node.span,
                        msg!(
                            "manifest-shares-sum",
                            what = what.clone(),
                            percent = sero_core::model::format_number(sum * 100.0)
                        ),
                    )
                    .with_hint(msg!("manifest-shares-sum-hint")));
                }
                InputValue::Shares(shares)
            }
            InputKind::Points => {
                let items = read::seq(node, &what)?;
                let mut points = Vec::new();
                for item in items {
                    let pair = read::seq(item, &msg!("manifest-what-point"))?;
                    let [x, y] = pair else {
                        return Err(Diagnostic::at(item.span, msg!("manifest-point-pair")));
                    };
                    let x = quantity(x, &FRACTION, &msg!("manifest-what-point-utilisation"))?;
                    let y = read::number(y, &msg!("manifest-what-point-power"))?;
                    if !(0.0..=1.0).contains(&x) || y < 0.0 {
                        return Err(Diagnostic::at(item.span, msg!("manifest-point-range")));
                    }
                    points.push((x, y));
                }
                if points.is_empty() {
                    return Err(Diagnostic::at(
                        node.span,
                        msg!("manifest-no-points", what = what.clone()),
                    ));
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
            msg!(
                "manifest-not-whole",
                input = input.name,
                value = value.to_string()
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
            msg!(
                "manifest-below-minimum",
                input = input.name,
                min = shown(min),
                value = shown(value)
            ),
        )
        .with_label(if value < 0.0 {
            msg!("manifest-negative-label")
        } else {
            msg!("manifest-too-small-label")
        }));
    }
    if let Some(max) = input.max
        && value > max
    {
        let mut d = Diagnostic::at(
            node.span,
            msg!(
                "manifest-above-maximum",
                input = input.name,
                max = shown(max),
                value = shown(value)
            ),
        )
        .with_label(msg!("manifest-too-large-label"));
        if matches!(input.kind, InputKind::Quantity(u) if u.symbol == "fraction") {
            d = d.with_hint(msg!("manifest-fraction-range-hint"));
        }
        return Err(d);
    }
    Ok(())
}

/// The text of a file a manifest names at `node` (a measured result, an energy series): an
/// error located there when it cannot be read (with `hint`) or is too large.
fn read_named(path: &std::path::Path, node: &Node, hint: Message) -> Result<String, Diagnostic> {
    crate::tree::read_source(path).map_err(|e| match e {
        crate::tree::SourceError::Io(e) => Diagnostic::at(
            node.span,
            msg!(
                "manifest-cannot-read",
                path = path.display().to_string(),
                error = e.to_string()
            ),
        )
        .with_hint(hint),
        other => crate::tree::refusal(&other, &path.display().to_string(), Some(node.span)),
    })
}

/// Reads a file's text and parses it, choosing the format by extension.
pub fn load(path: &std::path::Path, schema: &Schema<'_>) -> Result<Service, LoadError> {
    let name = path.display().to_string();
    let text = crate::tree::read_source(path).map_err(|e| source_error(e, &name))?;
    parse(&text, &name, Format::from_path(&name), schema).map_err(LoadError::Manifest)
}

/// A file that could not be read: its I/O error, or the located refusal of a file too large.
pub(crate) fn source_error(error: crate::tree::SourceError, name: &str) -> LoadError {
    match error {
        crate::tree::SourceError::Io(source) => LoadError::Io {
            path: name.to_owned(),
            source,
        },
        other => LoadError::Manifest(ManifestError::new(
            crate::tree::refusal(&other, name, None),
            name,
            "",
        )),
    }
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
