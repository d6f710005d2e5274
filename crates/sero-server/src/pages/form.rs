//! The guided service form: a service described field by field (what a transaction is, the
//! period, the channels and their volumes, components chosen from the model registry with each
//! input's unit, range and default beside its field) for people who have never seen YAML.
//!
//! The form and the manifest are two views of one thing: the form is written out as a YAML
//! manifest, with comments naming what each field said, and saved through the same path as an
//! uploaded manifest ([`super::services::save_manifest`]); a version whose manifest stays within
//! what the form shows opens in the form again. Without JavaScript: adding a channel or a
//! component, or showing the inputs of the model chosen, is a submit button that sends the whole
//! form back, re-rendered with what it held.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use maud::{Markup, html};
use sero_core::impact::Element;
use sero_core::model::{DefaultValue, InputKind, InputSpec, ModelSpec};
use sero_core::models::Registry;
use sero_i18n::{Message, msg};
use sero_manifest::tree::{self, Format, Node, NodeKind, Scalar};
use sero_store::{Author, Role, Service};

use super::services::{Refused, Save, SaveTo, save_manifest};
use super::{here, member};
use crate::App;
use crate::assess::{self, Problem};
use crate::auth::Signed;
use crate::error::AppError;
use crate::layout::{csrf_field, page};
use crate::words::Words;

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/o/{org}/services/new/form", get(new_form).post(post_new))
        .route("/o/{org}/s/{service}/form", get(edit_form).post(post_edit))
}

/// The most channels, and the most components, one form holds.
pub const MAX_ROWS: usize = 50;
/// The longest text a field of the form keeps.
const MAX_FIELD: usize = 500;

/// The GHG Protocol scopes a component may be given (`scope`): 1, 2 and the 15 categories of
/// Scope 3 (GHG Protocol Corporate Value Chain (Scope 3) Standard, WRI/WBCSD, 2011).
const SCOPES: [&str; 17] = [
    "1", "2", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10", "3.11",
    "3.12", "3.13", "3.14", "3.15",
];

/// What the form holds: everything it shows, as the person typed it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServiceForm {
    pub name: String,
    pub organisation: String,
    pub functional_unit: String,
    pub description: String,
    pub start: String,
    pub end: String,
    pub channels: Vec<ChannelRow>,
    pub components: Vec<ComponentRow>,
    /// What changed (the version's message).
    pub message: String,
}

/// One channel of the form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChannelRow {
    pub id: String,
    pub name: String,
    pub transactions: String,
    /// Element keys (`citizen-travel`) that do not apply to the channel.
    pub not_applicable: Vec<String>,
    /// Ticked "remove this channel".
    pub remove: bool,
}

/// One component of the form: a model with its inputs, in a channel or shared.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ComponentRow {
    pub id: String,
    pub name: String,
    pub model: String,
    /// The model whose inputs the form showed (differs from `model` when another model was
    /// chosen and its inputs not shown yet).
    pub shown: String,
    /// A channel id, or empty for a component shared by every channel.
    pub channel: String,
    /// `period` or `transaction`.
    pub basis: String,
    /// Empty (the model's scopes) or one of [`SCOPES`].
    pub scope: String,
    /// Input name → value as typed (only non-empty values are kept).
    pub inputs: Vec<(String, String)>,
    /// Ticked "remove this component".
    pub remove: bool,
}

impl ComponentRow {
    pub fn input(&self, name: &str) -> &str {
        self.inputs
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.as_str())
    }

    fn is_blank(&self) -> bool {
        self.id.trim().is_empty()
            && self.name.trim().is_empty()
            && self.model.is_empty()
            && self.inputs.iter().all(|(_, v)| v.trim().is_empty())
    }
}

impl ChannelRow {
    fn is_blank(&self) -> bool {
        self.id.trim().is_empty()
            && self.name.trim().is_empty()
            && self.transactions.trim().is_empty()
    }
}

/// What the button pressed asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Write the manifest, assess and save it.
    Save,
    AddChannel,
    AddComponent,
    /// Show the form again as it is (the inputs of the models chosen).
    Refresh,
}

/// A problem with one field: its id (the anchor the summary links to) and what is wrong.
pub type FieldError = (String, Message);

impl ServiceForm {
    /// A new service: one empty channel, one empty component, and this financial year
    /// (1 April to 31 March, the UK public sector's accounting year).
    pub fn blank(today: jiff::civil::Date) -> ServiceForm {
        let (start, end) = financial_year(today);
        ServiceForm {
            start: start.to_string(),
            end: end.to_string(),
            channels: vec![ChannelRow::default()],
            components: vec![ComponentRow {
                basis: "period".to_owned(),
                ..ComponentRow::default()
            }],
            ..ServiceForm::default()
        }
    }

    /// The form as sent, and the button pressed.
    pub fn from_fields(fields: &[(String, String)]) -> (ServiceForm, Action) {
        let map: HashMap<&str, &str> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let get = |key: &str| -> String {
            let value = map.get(key).copied().unwrap_or("");
            let value = value.replace("\r\n", "\n");
            value.chars().take(MAX_FIELD).collect()
        };
        let mut form = ServiceForm {
            name: get("name"),
            organisation: get("organisation"),
            functional_unit: get("functional_unit"),
            description: get("description"),
            start: get("start"),
            end: get("end"),
            message: get("message"),
            ..ServiceForm::default()
        };
        for i in 0..MAX_ROWS {
            let p = format!("channel-{i}-");
            if !map.contains_key(format!("{p}id").as_str()) {
                break;
            }
            form.channels.push(ChannelRow {
                id: get(&format!("{p}id")),
                name: get(&format!("{p}name")),
                transactions: get(&format!("{p}transactions")),
                not_applicable: Element::ALL
                    .iter()
                    .map(|e| e.key())
                    .filter(|k| map.contains_key(format!("{p}na-{k}").as_str()))
                    .map(str::to_owned)
                    .collect(),
                remove: map.contains_key(format!("{p}remove").as_str()),
            });
        }
        for i in 0..MAX_ROWS {
            let p = format!("component-{i}-");
            if !map.contains_key(format!("{p}id").as_str()) {
                break;
            }
            let input_prefix = format!("{p}input-");
            let mut inputs: Vec<(String, String)> = fields
                .iter()
                .filter_map(|(k, _)| k.strip_prefix(&input_prefix))
                .map(|name| (name.to_owned(), get(&format!("{input_prefix}{name}"))))
                .filter(|(_, v)| !v.trim().is_empty())
                .collect();
            inputs.dedup_by(|a, b| a.0 == b.0);
            form.components.push(ComponentRow {
                id: get(&format!("{p}id")),
                name: get(&format!("{p}name")),
                model: get(&format!("{p}model")),
                shown: get(&format!("{p}shown")),
                channel: get(&format!("{p}channel")),
                basis: get(&format!("{p}basis")),
                scope: get(&format!("{p}scope")),
                inputs,
                remove: map.contains_key(format!("{p}remove").as_str()),
            });
        }
        let action = match map.get("action").copied() {
            Some("add-channel") => Action::AddChannel,
            Some("add-component") => Action::AddComponent,
            Some(a) if a.starts_with("show-") => Action::Refresh,
            _ => Action::Save,
        };
        (form, action)
    }

    /// Drops the rows ticked for removal, and on save the rows left entirely blank.
    fn tidy(&mut self, saving: bool) {
        self.channels
            .retain(|c| !(c.remove || (saving && c.is_blank())));
        self.components
            .retain(|c| !(c.remove || (saving && c.is_blank())));
    }

    /// A version's manifest as the form, when everything it says is something the form shows;
    /// otherwise why not.
    pub fn from_manifest(
        text: &str,
        format: Format,
        registry: &Registry,
    ) -> Result<ServiceForm, Message> {
        let root = tree::parse(text, format).map_err(|_| msg!("web-form-beyond-unreadable"))?;
        let beyond = |key: &str| msg!("web-form-beyond-key", key = key);
        let mut form = ServiceForm::default();
        let top = root
            .as_map()
            .ok_or_else(|| msg!("web-form-beyond-unreadable"))?;
        for entry in top {
            match entry.key.as_str() {
                "sero" => {}
                "service" => {
                    for e in map_of(&entry.value, "service")? {
                        let value = scalar_text(&e.value)
                            .ok_or_else(|| beyond(&format!("service.{}", e.key)))?;
                        match e.key.as_str() {
                            "name" => form.name = value,
                            "organisation" => form.organisation = value,
                            "functional_unit" => form.functional_unit = value,
                            "description" => form.description = value,
                            other => return Err(beyond(&format!("service.{other}"))),
                        }
                    }
                }
                "period" => {
                    for e in map_of(&entry.value, "period")? {
                        let value = scalar_text(&e.value)
                            .ok_or_else(|| beyond(&format!("period.{}", e.key)))?;
                        match e.key.as_str() {
                            "start" => form.start = value,
                            "end" => form.end = value,
                            other => return Err(beyond(&format!("period.{other}"))),
                        }
                    }
                }
                "channels" => {
                    let items = entry.value.as_seq().ok_or_else(|| beyond("channels"))?;
                    for (i, item) in items.iter().enumerate() {
                        let at = |key: &str| beyond(&format!("channels[{}].{key}", i + 1));
                        let mut row = ChannelRow::default();
                        for e in map_of(item, &format!("channels[{}]", i + 1))? {
                            match e.key.as_str() {
                                "not_applicable" => {
                                    let list = match &e.value.kind {
                                        NodeKind::Seq(list) => list.as_slice(),
                                        NodeKind::Scalar(Scalar::Null) => &[],
                                        _ => return Err(at(&e.key)),
                                    };
                                    for element in list {
                                        let key = element.as_str().ok_or_else(|| at(&e.key))?;
                                        if !Element::ALL.iter().any(|x| x.key() == key) {
                                            return Err(at(&e.key));
                                        }
                                        row.not_applicable.push(key.to_owned());
                                    }
                                }
                                key => {
                                    let value = scalar_text(&e.value).ok_or_else(|| at(key))?;
                                    match key {
                                        "id" => row.id = value,
                                        "name" => row.name = value,
                                        "transactions" => row.transactions = value,
                                        other => return Err(at(other)),
                                    }
                                }
                            }
                        }
                        form.channels.push(row);
                    }
                }
                "components" => {
                    let items = entry.value.as_seq().ok_or_else(|| beyond("components"))?;
                    for (i, item) in items.iter().enumerate() {
                        form.components.push(component_of(text, item, i, registry)?);
                    }
                }
                other => return Err(beyond(other)),
            }
        }
        if form.channels.len() > MAX_ROWS || form.components.len() > MAX_ROWS {
            return Err(msg!("web-form-beyond-rows", maximum = MAX_ROWS));
        }
        Ok(form)
    }

    /// The form's own checks: required fields, numbers, dates, ids, the channel of each
    /// component, the inputs of each model. The manifest reader checks the rest.
    pub fn check(&self, registry: &Registry) -> Vec<FieldError> {
        let mut errors: Vec<FieldError> = Vec::new();
        let mut need = |id: &str, value: &str, message: Message| {
            if value.trim().is_empty() {
                errors.push((id.to_owned(), message));
            }
        };
        need("name", &self.name, msg!("web-form-error-name"));
        need(
            "functional_unit",
            &self.functional_unit,
            msg!("web-form-error-functional-unit"),
        );
        let start = date(&self.start);
        let end = date(&self.end);
        if start.is_none() {
            errors.push((
                "start".to_owned(),
                msg!("web-form-error-date", field = msg!("web-form-start")),
            ));
        }
        if end.is_none() {
            errors.push((
                "end".to_owned(),
                msg!("web-form-error-date", field = msg!("web-form-end")),
            ));
        }
        if let (Some(start), Some(end)) = (start, end)
            && end < start
        {
            errors.push(("end".to_owned(), msg!("web-form-error-end-before-start")));
        }
        if self.channels.is_empty() {
            errors.push(("add-channel".to_owned(), msg!("web-form-error-no-channel")));
        }
        let mut seen: Vec<&str> = Vec::new();
        for (i, c) in self.channels.iter().enumerate() {
            let n = i + 1;
            let field = format!("channel-{i}-id");
            let id = c.id.trim();
            if id.is_empty() {
                errors.push((field, msg!("web-form-error-channel-id", number = n)));
            } else if !valid_id(id) {
                errors.push((field, msg!("web-form-error-id-chars", id = id)));
            } else if seen.contains(&id) {
                errors.push((field, msg!("web-form-error-channel-twice", id = id)));
            } else {
                seen.push(id);
            }
            let field = format!("channel-{i}-transactions");
            match number(&c.transactions) {
                Some(t) if t >= 0.0 => {}
                Some(_) => errors.push((
                    field,
                    msg!("web-form-error-transactions-negative", number = n),
                )),
                None if c.transactions.trim().is_empty() => {
                    errors.push((field, msg!("web-form-error-transactions", number = n)));
                }
                None => errors.push((
                    field,
                    msg!("web-form-error-transactions-number", number = n),
                )),
            }
        }
        if self.components.is_empty() {
            errors.push((
                "add-component".to_owned(),
                msg!("web-form-error-no-component"),
            ));
        }
        let mut ids: Vec<&str> = Vec::new();
        for (i, c) in self.components.iter().enumerate() {
            let n = i + 1;
            let p = format!("component-{i}-");
            let id = c.id.trim();
            if id.is_empty() {
                errors.push((
                    format!("{p}id"),
                    msg!("web-form-error-component-id", number = n),
                ));
            } else if !valid_id(id) {
                errors.push((format!("{p}id"), msg!("web-form-error-id-chars", id = id)));
            } else if ids.contains(&id) {
                errors.push((
                    format!("{p}id"),
                    msg!("web-form-error-component-twice", id = id),
                ));
            } else {
                ids.push(id);
            }
            if !c.channel.is_empty() && !self.channels.iter().any(|ch| ch.id.trim() == c.channel) {
                errors.push((
                    format!("{p}channel"),
                    msg!("web-form-error-channel-gone", id = c.channel.as_str()),
                ));
            }
            let Ok(model) = registry.find(&c.model) else {
                errors.push((
                    format!("{p}model"),
                    msg!("web-form-error-model", number = n),
                ));
                continue;
            };
            if c.shown != c.model {
                errors.push((
                    format!("{p}model"),
                    msg!("web-form-error-model-changed", model = c.model.as_str()),
                ));
                continue;
            }
            for input in model.spec().inputs {
                let field = format!("{p}input-{}", input.name);
                let value = c.input(input.name).trim();
                if value.is_empty() {
                    if input.required {
                        errors.push((
                            field,
                            msg!("web-form-error-input-required", input = input.name),
                        ));
                    }
                    continue;
                }
                let problem = match input.kind {
                    InputKind::Quantity(_) if quantity(value).is_none() => {
                        Some(msg!("web-form-error-input-number", input = input.name))
                    }
                    InputKind::Text { choices }
                        if !choices.is_empty() && !choices.contains(&value) =>
                    {
                        Some(msg!("web-form-error-input-choice", input = input.name))
                    }
                    InputKind::Bool if !matches!(value, "true" | "false") => {
                        Some(msg!("web-form-error-input-choice", input = input.name))
                    }
                    InputKind::Points | InputKind::Shares { .. } => {
                        Some(msg!("web-form-input-manifest-only"))
                    }
                    _ => None,
                };
                if let Some(problem) = problem {
                    errors.push((field, problem));
                }
            }
        }
        errors
    }

    /// The manifest the form says, as YAML with comments naming the fields (in `words`'
    /// language), and where each field's value was written (so an error the manifest reader
    /// finds can be shown at its field).
    pub fn to_manifest(
        &self,
        words: &Words,
        registry: &Registry,
    ) -> (String, Vec<(Range<usize>, String)>) {
        let mut w = Writer::default();
        for line in words.t(msg!("web-form-yaml-head")).lines() {
            w.comment(0, line);
        }
        w.line(0, "sero: 1", None);
        w.line(0, "service:", None);
        w.value(
            2,
            "name",
            Value::text(&self.name),
            "name",
            &words.t(msg!("web-form-service-name")),
        );
        if !self.organisation.trim().is_empty() {
            w.value(
                2,
                "organisation",
                Value::text(&self.organisation),
                "organisation",
                &words.t(msg!("web-form-organisation")),
            );
        }
        w.value(
            2,
            "functional_unit",
            Value::text(&self.functional_unit),
            "functional_unit",
            &words.t(msg!("web-form-functional-unit")),
        );
        if !self.description.trim().is_empty() {
            w.value(
                2,
                "description",
                Value::text(&self.description),
                "description",
                &words.t(msg!("web-form-description")),
            );
        }
        w.line(0, "period:", None);
        w.value(
            2,
            "start",
            Value::text(&self.start),
            "start",
            &words.t(msg!("web-form-start")),
        );
        w.value(
            2,
            "end",
            Value::text(&self.end),
            "end",
            &words.t(msg!("web-form-end")),
        );
        w.line(0, "channels:", None);
        for (i, c) in self.channels.iter().enumerate() {
            let p = format!("channel-{i}-");
            w.comment(2, &words.t(msg!("web-form-channel-legend", number = i + 1)));
            w.value(
                2,
                "- id",
                Value::text(&c.id),
                &format!("{p}id"),
                &words.t(msg!("web-form-channel-id")),
            );
            if !c.name.trim().is_empty() {
                w.value(
                    4,
                    "name",
                    Value::text(&c.name),
                    &format!("{p}name"),
                    &words.t(msg!("web-form-channel-name")),
                );
            }
            let transactions =
                number(&c.transactions).map_or_else(|| Value::text(&c.transactions), Value::Number);
            w.value(
                4,
                "transactions",
                transactions,
                &format!("{p}transactions"),
                &words.t(msg!("web-form-transactions")),
            );
            if !c.not_applicable.is_empty() {
                let list = c
                    .not_applicable
                    .iter()
                    .map(|k| json_string(k))
                    .collect::<Vec<_>>()
                    .join(", ");
                w.line(
                    4,
                    &format!(
                        "not_applicable: [{list}]  # {}",
                        words.t(msg!("web-form-not-applicable"))
                    ),
                    Some(&format!("{p}na")),
                );
            }
        }
        w.line(0, "components:", None);
        for (i, c) in self.components.iter().enumerate() {
            let p = format!("component-{i}-");
            w.comment(
                2,
                &words.t(msg!("web-form-component-legend", number = i + 1)),
            );
            w.value(
                2,
                "- id",
                Value::text(&c.id),
                &format!("{p}id"),
                &words.t(msg!("web-form-component-id")),
            );
            if !c.name.trim().is_empty() {
                w.value(
                    4,
                    "name",
                    Value::text(&c.name),
                    &format!("{p}name"),
                    &words.t(msg!("web-form-component-name")),
                );
            }
            w.value(
                4,
                "model",
                Value::text(&c.model),
                &format!("{p}model"),
                &words.t(msg!("web-form-model")),
            );
            if !c.channel.is_empty() {
                w.value(
                    4,
                    "channel",
                    Value::text(&c.channel),
                    &format!("{p}channel"),
                    &words.t(msg!("web-form-component-channel")),
                );
            }
            if !c.basis.is_empty() {
                w.value(
                    4,
                    "basis",
                    Value::text(&c.basis),
                    &format!("{p}basis"),
                    &words.t(msg!("web-form-basis")),
                );
            }
            if !c.scope.is_empty() {
                w.value(
                    4,
                    "scope",
                    Value::text(&c.scope),
                    &format!("{p}scope"),
                    &words.t(msg!("web-form-scope")),
                );
            }
            let spec = registry.find(&c.model).ok().map(|m| m.spec());
            let inputs: Vec<(&InputSpec, &str)> = spec
                .map(|s| {
                    s.inputs
                        .iter()
                        .map(|input| (input, c.input(input.name).trim()))
                        .collect()
                })
                .unwrap_or_default();
            if inputs.iter().any(|(_, v)| !v.is_empty()) {
                w.line(4, "inputs:", None);
            }
            for (input, value) in &inputs {
                if value.is_empty() {
                    let default = default_text(words, input);
                    w.comment(
                        6,
                        &words.t(msg!(
                            "web-form-yaml-blank",
                            input = input.name,
                            default = default
                        )),
                    );
                    continue;
                }
                let value = match input.kind {
                    InputKind::Quantity(_) | InputKind::IntensityOrCountry => {
                        number(value).map_or_else(|| Value::text(value), Value::Number)
                    }
                    InputKind::Bool if *value == "true" => Value::Bool(true),
                    InputKind::Bool if *value == "false" => Value::Bool(false),
                    _ => Value::text(value),
                };
                let label = match unit_text(words, input) {
                    Some(unit) => {
                        words.t(msg!("web-form-yaml-input", input = input.name, unit = unit))
                    }
                    None => input.name.to_owned(),
                };
                w.value(
                    6,
                    input.name,
                    value,
                    &format!("{p}input-{}", input.name),
                    &label,
                );
            }
        }
        (w.text, w.fields)
    }
}

fn map_of<'a>(node: &'a Node, what: &str) -> Result<&'a [tree::Entry], Message> {
    node.as_map()
        .ok_or_else(|| msg!("web-form-beyond-key", key = what))
}

fn component_of(
    text: &str,
    item: &Node,
    i: usize,
    registry: &Registry,
) -> Result<ComponentRow, Message> {
    let at = |key: &str| {
        msg!(
            "web-form-beyond-key",
            key = format!("components[{}].{key}", i + 1)
        )
    };
    let mut row = ComponentRow {
        basis: "period".to_owned(),
        ..ComponentRow::default()
    };
    let entries = map_of(item, &format!("components[{}]", i + 1))?;
    let mut inputs = None;
    for e in entries {
        match e.key.as_str() {
            "inputs" => inputs = Some(&e.value),
            key => {
                let mut value = scalar_text(&e.value).ok_or_else(|| at(key))?;
                if key == "scope" && e.value.as_f64().is_some() {
                    // As written: `3.10` is category 10, not the number 3.1.
                    value = text
                        .get(e.value.span.start..e.value.span.end)
                        .unwrap_or("")
                        .to_owned();
                }
                match key {
                    "id" => row.id = value,
                    "name" => row.name = value,
                    "model" => row.model = value,
                    "channel" => row.channel = value,
                    "basis" => row.basis = value,
                    "scope" if SCOPES.contains(&value.as_str()) => row.scope = value,
                    other => return Err(at(other)),
                }
            }
        }
    }
    let model = registry.find(&row.model).map_err(|_| at("model"))?;
    row.shown = row.model.clone();
    if let Some(inputs) = inputs.filter(|n| !n.is_null()) {
        for e in map_of(inputs, &format!("components[{}].inputs", i + 1))? {
            let key = format!("inputs.{}", e.key);
            let spec = model.spec().input(&e.key).ok_or_else(|| at(&key))?;
            if matches!(spec.kind, InputKind::Points | InputKind::Shares { .. }) {
                return Err(at(&key));
            }
            let value = scalar_text(&e.value).ok_or_else(|| at(&key))?;
            if !value.is_empty() {
                row.inputs.push((e.key.clone(), value));
            }
        }
    }
    Ok(row)
}

/// A scalar as the form shows it; `None` for a list or a mapping.
fn scalar_text(node: &Node) -> Option<String> {
    Some(match node.as_scalar()? {
        Scalar::Null => String::new(),
        Scalar::Bool(b) => b.to_string(),
        Scalar::Number(n) => n.to_string(),
        Scalar::Str(s) => s.clone(),
    })
}

/// An id a manifest accepts for a channel or a component: no `/`, no spaces around it.
fn valid_id(id: &str) -> bool {
    !id.contains('/') && id.len() <= 100
}

/// 1 April to 31 March of the financial year `today` is in.
pub fn financial_year(today: jiff::civil::Date) -> (jiff::civil::Date, jiff::civil::Date) {
    let year = if today.month() >= 4 {
        today.year()
    } else {
        today.year() - 1
    };
    (
        jiff::civil::date(year, 4, 1),
        jiff::civil::date(year + 1, 3, 31),
    )
}

/// A day written `YYYY-MM-DD`.
fn date(text: &str) -> Option<jiff::civil::Date> {
    let text = text.trim();
    if text.len() != 10 {
        return None;
    }
    text.parse().ok()
}

/// A number as people type it: `26000`, `26,000`, `2.5`.
pub fn number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != '_' && !c.is_whitespace())
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// A quantity: a number, or a number followed by a unit (`2.4 MB`, `45 W`, `30%`), which the
/// manifest reader converts.
fn quantity(text: &str) -> Option<()> {
    if number(text).is_some() {
        return Some(());
    }
    let split = text.find(|c: char| c.is_alphabetic() || c == '%')?;
    number(&text[..split]).map(|_| ())
}

/// A value written into the manifest.
enum Value {
    Text(String),
    Number(f64),
    Bool(bool),
}

impl Value {
    fn text(text: &str) -> Value {
        Value::Text(text.trim().to_owned())
    }

    fn yaml(&self) -> String {
        match self {
            Value::Text(t) => json_string(t),
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
        }
    }
}

/// A double-quoted YAML scalar (JSON's string syntax is YAML 1.2's double-quoted style).
fn json_string(text: &str) -> String {
    serde_json::Value::String(text.to_owned()).to_string()
}

/// The YAML being written, with the byte range of each field's line.
#[derive(Default)]
struct Writer {
    text: String,
    fields: Vec<(Range<usize>, String)>,
}

impl Writer {
    fn line(&mut self, indent: usize, line: &str, field: Option<&str>) {
        let start = self.text.len();
        self.text.push_str(&" ".repeat(indent));
        self.text.push_str(line);
        if let Some(field) = field {
            self.fields
                .push((start..self.text.len() + 1, field.to_owned()));
        }
        self.text.push('\n');
    }

    fn comment(&mut self, indent: usize, text: &str) {
        self.line(indent, &format!("# {}", one_line(text)), None);
    }

    fn value(&mut self, indent: usize, key: &str, value: Value, field: &str, label: &str) {
        let line = format!("{key}: {}  # {}", value.yaml(), one_line(label));
        self.line(indent, &line, Some(field));
    }
}

fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

/// An input's unit as the form shows it, if it has one.
fn unit_text(words: &Words, input: &InputSpec) -> Option<String> {
    match input.kind {
        InputKind::Quantity(u) if u.symbol == "1" => None,
        InputKind::Quantity(u) => Some(u.symbol.to_owned()),
        InputKind::IntensityOrCountry => Some(words.t(msg!("web-form-unit-intensity"))),
        _ => None,
    }
}

/// What an input left blank becomes.
fn default_text(words: &Words, input: &InputSpec) -> String {
    match input.default {
        Some(DefaultValue::Number(n)) => sero_core::model::format_number(n),
        Some(DefaultValue::Text(t)) => t.to_owned(),
        Some(DefaultValue::Bool(true)) => words.t(msg!("web-form-yes")),
        Some(DefaultValue::Bool(false)) => words.t(msg!("web-form-no")),
        Some(DefaultValue::Described(d)) => d.to_owned(),
        None if input.required => words.t(msg!("web-form-required")),
        None => words.t(msg!("web-form-no-default")),
    }
}

/// The hints of an input: what it is, its unit, its limits and usual range, and its default.
fn input_hints(words: &Words, input: &InputSpec) -> Vec<String> {
    let doc = input.doc.trim_end();
    let mut hints = vec![if doc.ends_with(['.', ')']) {
        doc.to_owned()
    } else {
        format!("{doc}.")
    }];
    if let Some(unit) = unit_text(words, input) {
        hints.push(words.t(msg!("web-form-unit", unit = unit)));
    }
    let f = sero_core::model::format_number;
    match (input.min, input.max) {
        (Some(min), Some(max)) => {
            hints.push(words.t(msg!("web-form-range", min = f(min), max = f(max))))
        }
        (Some(min), None) => hints.push(words.t(msg!("web-form-range-min", min = f(min)))),
        (None, Some(max)) => hints.push(words.t(msg!("web-form-range-max", max = f(max)))),
        (None, None) => {}
    }
    if let Some((low, high)) = input.usual {
        hints.push(words.t(msg!("web-form-usual", low = f(low), high = f(high))));
    }
    if input.whole {
        hints.push(words.t(msg!("web-form-whole")));
    }
    if input.required {
        hints.push(words.t(msg!("web-form-required")));
    } else {
        hints.push(words.t(msg!(
            "web-form-default",
            default = default_text(words, input)
        )));
    }
    hints
}

/// Everything a rendering of the form needs besides the form itself.
struct View<'a> {
    words: &'a Words,
    registry: &'a Registry,
    action: &'a str,
    csrf: &'a str,
    /// Field errors, rendered.
    errors: &'a [(String, String)],
    /// The manifest reader's error, rendered, with the generated manifest.
    manifest_problem: Option<(&'a str, &'a str)>,
    /// For a service that exists: its name (the form then saves a version).
    existing: Option<&'a str>,
}

impl View<'_> {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, e)| e.as_str())
    }

    /// `aria-describedby` for a field with a hint.
    fn described(&self, field: &str, hint: bool) -> Option<String> {
        let mut ids = Vec::new();
        if hint {
            ids.push(format!("{field}-hint"));
        }
        if self.error(field).is_some() {
            ids.push(format!("{field}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    fn error_line(&self, field: &str) -> Markup {
        html! {
            @if let Some(e) = self.error(field) {
                p class="error-message" id=(format!("{field}-error")) {
                    span class="visually-hidden" { (self.words.t(msg!("web-form-error-prefix"))) " " }
                    (e)
                }
            }
        }
    }

    fn text_field(
        &self,
        field: &str,
        label: &str,
        hint: Option<&str>,
        value: &str,
        class: &str,
    ) -> Markup {
        html! {
            div class=(if self.error(field).is_some() { "field field-error" } else { "field" }) {
                label for=(field) { (label) }
                @if let Some(hint) = hint {
                    p class="hint" id=(format!("{field}-hint")) { (hint) }
                }
                (self.error_line(field))
                input id=(field) name=(field) type="text" class=(class) value=(value) maxlength=(MAX_FIELD) aria-describedby=[self.described(field, hint.is_some())];
            }
        }
    }

    fn select(
        &self,
        field: &str,
        label: &str,
        hint: Option<&str>,
        options: &[(String, String)],
        value: &str,
    ) -> Markup {
        html! {
            div class=(if self.error(field).is_some() { "field field-error" } else { "field" }) {
                label for=(field) { (label) }
                @if let Some(hint) = hint {
                    p class="hint" id=(format!("{field}-hint")) { (hint) }
                }
                (self.error_line(field))
                select id=(field) name=(field) aria-describedby=[self.described(field, hint.is_some())] {
                    @for (v, text) in options {
                        option value=(v) selected[v == value] { (text) }
                    }
                }
            }
        }
    }

    fn render(&self, form: &ServiceForm) -> Markup {
        let words = self.words;
        let t = |m: Message| words.t(m);
        html! {
            @if !self.errors.is_empty() || self.manifest_problem.is_some() {
                div class="problems" role="alert" id="problems" tabindex="-1" {
                    h2 { (t(msg!("web-problems-heading"))) }
                    ul {
                        @for (field, e) in self.errors {
                            li { a href=(format!("#{field}")) { (e) } }
                        }
                    }
                    @if let Some((diagnostic, _)) = self.manifest_problem {
                        p { (t(msg!("web-form-manifest-problem"))) }
                        pre class="diagnostic" tabindex="0" { (diagnostic) }
                    }
                }
            }
            form method="post" action=(self.action) novalidate {
                (csrf_field(self.csrf))
                fieldset {
                    legend { h2 { (t(msg!("web-form-service-legend"))) } }
                    (self.text_field("name", &t(msg!("web-form-service-name")), Some(&t(msg!("web-form-service-name-hint"))), &form.name, "wide"))
                    (self.text_field("organisation", &t(msg!("web-form-organisation")), Some(&t(msg!("web-form-organisation-hint"))), &form.organisation, "wide"))
                    (self.text_field("functional_unit", &t(msg!("web-form-functional-unit")), Some(&t(msg!("web-form-functional-unit-hint"))), &form.functional_unit, ""))
                    div class="field" {
                        label for="description" { (t(msg!("web-form-description"))) }
                        textarea id="description" name="description" rows="3" maxlength=(MAX_FIELD) { (form.description) }
                    }
                }
                fieldset {
                    legend { h2 { (t(msg!("web-form-period-legend"))) } }
                    p class="hint" { (t(msg!("web-form-period-hint"))) }
                    (self.date_field("start", &t(msg!("web-form-start")), &form.start))
                    (self.date_field("end", &t(msg!("web-form-end")), &form.end))
                }
                h2 { (t(msg!("web-form-channels-heading"))) }
                p class="hint" { (t(msg!("web-form-channels-hint"))) }
                @for (i, c) in form.channels.iter().enumerate() {
                    (self.channel(i, c))
                }
                p { button type="submit" id="add-channel" name="action" value="add-channel" class="secondary" { (t(msg!("web-form-add-channel"))) } }
                h2 { (t(msg!("web-form-components-heading"))) }
                p class="hint" { (t(msg!("web-form-components-hint"))) }
                @for (i, c) in form.components.iter().enumerate() {
                    (self.component(i, c, form))
                }
                p { button type="submit" id="add-component" name="action" value="add-component" class="secondary" { (t(msg!("web-form-add-component"))) } }
                h2 { (t(msg!("web-form-save-heading"))) }
                @if self.existing.is_some() {
                    p { (t(msg!("web-form-save-existing"))) }
                }
                (self.text_field("message", &t(msg!("web-field-message")), None, &form.message, "wide"))
                button type="submit" name="action" value="save" { (t(msg!("web-save-version"))) }
            }
            @if let Some((_, manifest)) = self.manifest_problem {
                details {
                    summary { (t(msg!("web-form-generated"))) }
                    pre tabindex="0" { (manifest) }
                }
            }
        }
    }

    fn date_field(&self, field: &str, label: &str, value: &str) -> Markup {
        let words = self.words;
        html! {
            div class=(if self.error(field).is_some() { "field field-error" } else { "field" }) {
                label for=(field) { (label) }
                p class="hint" id=(format!("{field}-hint")) { (words.t(msg!("web-form-date-hint"))) }
                (self.error_line(field))
                input id=(field) name=(field) type="date" value=(value) aria-describedby=[self.described(field, true)];
            }
        }
    }

    fn channel(&self, i: usize, c: &ChannelRow) -> Markup {
        let words = self.words;
        let t = |m: Message| words.t(m);
        let p = format!("channel-{i}-");
        html! {
            fieldset class="row" id=(format!("{p}fieldset")) {
                legend { h3 { (t(msg!("web-form-channel-legend", number = i + 1))) } }
                (self.text_field(&format!("{p}id"), &t(msg!("web-form-channel-id")), Some(&t(msg!("web-form-channel-id-hint"))), &c.id, ""))
                (self.text_field(&format!("{p}name"), &t(msg!("web-form-channel-name")), None, &c.name, "wide"))
                (self.text_field(&format!("{p}transactions"), &t(msg!("web-form-transactions")), Some(&t(msg!("web-form-transactions-hint"))), &c.transactions, ""))
                fieldset class="checkboxes" id=(format!("{p}na")) {
                    legend { (t(msg!("web-form-not-applicable"))) }
                    p class="hint" { (t(msg!("web-form-not-applicable-hint"))) }
                    @for e in Element::ALL {
                        @let field = format!("{p}na-{}", e.key());
                        div class="checkbox" {
                            input type="checkbox" id=(field) name=(field) value="on" checked[c.not_applicable.iter().any(|k| k == e.key())];
                            label for=(field) { (words.m(&e.message())) }
                        }
                    }
                }
                div class="checkbox" {
                    input type="checkbox" id=(format!("{p}remove")) name=(format!("{p}remove")) value="on";
                    label for=(format!("{p}remove")) { (t(msg!("web-form-remove-channel", number = i + 1))) }
                }
            }
        }
    }

    fn component(&self, i: usize, c: &ComponentRow, form: &ServiceForm) -> Markup {
        let words = self.words;
        let t = |m: Message| words.t(m);
        let p = format!("component-{i}-");
        let mut models = vec![(String::new(), t(msg!("web-form-model-choose")))];
        models.extend(self.registry.iter().map(|m| {
            let spec = m.spec();
            (spec.name.to_owned(), spec.name.to_owned())
        }));
        let mut channels = vec![(String::new(), t(msg!("web-form-shared")))];
        channels.extend(
            form.channels
                .iter()
                .filter(|ch| !ch.id.trim().is_empty())
                .map(|ch| {
                    let name = if ch.name.trim().is_empty() {
                        ch.id.clone()
                    } else {
                        ch.name.clone()
                    };
                    (ch.id.trim().to_owned(), name)
                }),
        );
        if !c.channel.is_empty() && !channels.iter().any(|(v, _)| *v == c.channel) {
            channels.push((c.channel.clone(), c.channel.clone()));
        }
        let bases = vec![
            ("period".to_owned(), t(msg!("web-form-basis-period"))),
            (
                "transaction".to_owned(),
                t(msg!("web-form-basis-transaction")),
            ),
        ];
        let mut scopes = vec![(String::new(), t(msg!("web-form-scope-model")))];
        scopes.extend(
            SCOPES
                .iter()
                .map(|s| ((*s).to_owned(), t(msg!("web-form-scope-n", scope = *s)))),
        );
        let shown: Option<&'static ModelSpec> = self.registry.find(&c.model).ok().map(|m| m.spec());
        html! {
            fieldset class="row" id=(format!("{p}fieldset")) {
                legend { h3 { (t(msg!("web-form-component-legend", number = i + 1))) } }
                (self.text_field(&format!("{p}id"), &t(msg!("web-form-component-id")), Some(&t(msg!("web-form-component-id-hint"))), &c.id, ""))
                (self.text_field(&format!("{p}name"), &t(msg!("web-form-component-name")), None, &c.name, "wide"))
                (self.select(&format!("{p}channel"), &t(msg!("web-form-component-channel")), Some(&t(msg!("web-form-component-channel-hint"))), &channels, &c.channel))
                (self.select(&format!("{p}model"), &t(msg!("web-form-model")), Some(&t(msg!("web-form-model-hint"))), &models, &c.model))
                input type="hidden" name=(format!("{p}shown")) value=(shown.map_or("", |s| s.name));
                p { button type="submit" name="action" value=(format!("show-{i}")) class="secondary" { (t(msg!("web-form-show-inputs"))) } }
                @if let Some(spec) = shown {
                    div class="model" {
                        p class="hint" { (spec.summary) }
                        (self.select(&format!("{p}basis"), &t(msg!("web-form-basis")), Some(&t(msg!("web-form-basis-hint"))), &bases, if c.basis.is_empty() { "period" } else { &c.basis }))
                        (self.select(&format!("{p}scope"), &t(msg!("web-form-scope")), Some(&t(msg!("web-form-scope-hint", scopes = spec.scopes))), &scopes, &c.scope))
                        fieldset class="inputs" {
                            legend { (t(msg!("web-form-inputs-legend", model = spec.name))) }
                            @for input in spec.inputs {
                                (self.input(&p, input, c.input(input.name)))
                            }
                        }
                    }
                } @else {
                    input type="hidden" name=(format!("{p}basis")) value=(c.basis);
                    input type="hidden" name=(format!("{p}scope")) value=(c.scope);
                }
                div class="checkbox" {
                    input type="checkbox" id=(format!("{p}remove")) name=(format!("{p}remove")) value="on";
                    label for=(format!("{p}remove")) { (t(msg!("web-form-remove-component", number = i + 1))) }
                }
            }
        }
    }

    fn input(&self, p: &str, input: &InputSpec, value: &str) -> Markup {
        let words = self.words;
        let field = format!("{p}input-{}", input.name);
        let hints = input_hints(words, input);
        let hint = hints.join(" ");
        match input.kind {
            InputKind::Points | InputKind::Shares { .. } => html! {
                div class="field" {
                    p class="label" { (input.name) }
                    p class="hint" { (input.doc) " " (words.t(msg!("web-form-input-manifest-only"))) }
                }
            },
            InputKind::Bool => {
                let options = vec![
                    (String::new(), words.t(msg!("web-form-blank-default"))),
                    ("true".to_owned(), words.t(msg!("web-form-yes"))),
                    ("false".to_owned(), words.t(msg!("web-form-no"))),
                ];
                self.select(&field, input.name, Some(&hint), &options, value)
            }
            InputKind::Text { choices } if !choices.is_empty() => {
                let mut options = vec![(String::new(), words.t(msg!("web-form-blank-default")))];
                options.extend(choices.iter().map(|c| ((*c).to_owned(), (*c).to_owned())));
                self.select(&field, input.name, Some(&hint), &options, value)
            }
            _ => self.text_field(&field, input.name, Some(&hint), value, ""),
        }
    }
}

/// A manifest error at the field whose value it points into, if any.
fn field_of(problem: &Problem, fields: &[(Range<usize>, String)]) -> Option<String> {
    let Problem::Manifest(e) = problem else {
        return None;
    };
    let at = e.diagnostic.span?.start;
    fields
        .iter()
        .find(|(range, _)| range.contains(&at))
        .map(|(_, f)| f.clone())
}

/// The organisation (editors and above) and, for an existing service, the service.
async fn place(
    app: &App,
    signed: &Signed,
    org: &str,
    service: Option<&str>,
) -> Result<(sero_store::Membership, Option<Service>), AppError> {
    let membership = member(app, signed, org, Role::Editor).await?;
    let service = match service {
        None => None,
        Some(slug) => Some(
            app.store
                .service(membership.org.id, slug)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
    };
    Ok((membership, service))
}

fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

async fn new_form(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path(org): Path<String>,
) -> Result<Response, AppError> {
    let (membership, _) = place(&app, &signed, &org, None).await?;
    let form = ServiceForm::blank(today());
    let action = format!("/o/{}/services/new/form", membership.org.slug);
    Ok(show(
        &app,
        &words,
        &signed,
        uri.path(),
        &action,
        None,
        &form,
        &[],
        None,
        StatusCode::OK,
    ))
}

async fn edit_form(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path((org, service)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (membership, service) = place(&app, &signed, &org, Some(&service)).await?;
    let service = service.ok_or(AppError::NotFound)?;
    let versions = app.store.versions(membership.org.id, service.id).await?;
    let latest = versions
        .first()
        .map(|v| v.number)
        .ok_or(AppError::NotFound)?;
    let version = app
        .store
        .version(membership.org.id, service.id, latest)
        .await?
        .ok_or(AppError::NotFound)?;
    let format = assess::format_of(&version.format).unwrap_or(Format::Yaml);
    let base = format!("/o/{}/s/{}", membership.org.slug, service.slug);
    match ServiceForm::from_manifest(&version.manifest, format, &app.registry) {
        Ok(form) => {
            let action = format!("{base}/form");
            Ok(show(
                &app,
                &words,
                &signed,
                uri.path(),
                &action,
                Some(&service.name),
                &form,
                &[],
                None,
                StatusCode::OK,
            ))
        }
        Err(reason) => {
            let body = html! {
                div class="note" {
                    p { (words.t(msg!("web-form-beyond", number = latest))) }
                    p { (words.m(&reason)) }
                }
                p { a href=(format!("{base}#new-version")) { (words.t(msg!("web-form-to-manifest-editor"))) } }
            };
            let title = words.t(msg!(
                "web-form-title-existing",
                name = service.name.as_str()
            ));
            Ok(page(&words, Some(&here(uri.path(), &signed)), &title, body).into_response())
        }
    }
}

async fn post_new(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path(org): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    signed.check(field(&fields, "csrf"))?;
    let (membership, _) = place(&app, &signed, &org, None).await?;
    let action = format!("/o/{}/services/new/form", membership.org.slug);
    submit(
        &app,
        &words,
        &signed,
        uri.path(),
        &action,
        &membership,
        None,
        &fields,
    )
    .await
}

async fn post_edit(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path((org, service)): Path<(String, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    signed.check(field(&fields, "csrf"))?;
    let (membership, service) = place(&app, &signed, &org, Some(&service)).await?;
    let service = service.ok_or(AppError::NotFound)?;
    let action = format!("/o/{}/s/{}/form", membership.org.slug, service.slug);
    submit(
        &app,
        &words,
        &signed,
        uri.path(),
        &action,
        &membership,
        Some(&service),
        &fields,
    )
    .await
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

/// A form sent: re-rendered with a row more or the inputs of the models chosen, or checked,
/// written as a manifest and saved.
#[allow(clippy::too_many_arguments)]
async fn submit(
    app: &Arc<App>,
    words: &Words,
    signed: &Signed,
    path: &str,
    action: &str,
    membership: &sero_store::Membership,
    service: Option<&Service>,
    fields: &[(String, String)],
) -> Result<Response, AppError> {
    let (mut form, pressed) = ServiceForm::from_fields(fields);
    let existing = service.map(|s| s.name.as_str());
    form.tidy(pressed == Action::Save);
    match pressed {
        Action::AddChannel if form.channels.len() < MAX_ROWS => {
            form.channels.push(ChannelRow::default())
        }
        Action::AddComponent if form.components.len() < MAX_ROWS => {
            form.components.push(ComponentRow {
                basis: "period".to_owned(),
                ..ComponentRow::default()
            })
        }
        _ => {}
    }
    if pressed != Action::Save {
        // The models chosen now have their inputs shown.
        for c in &mut form.components {
            c.shown = c.model.clone();
        }
        return Ok(show(
            app,
            words,
            signed,
            path,
            action,
            existing,
            &form,
            &[],
            None,
            StatusCode::OK,
        ));
    }
    let errors = form.check(&app.registry);
    if !errors.is_empty() {
        let errors: Vec<(String, String)> =
            errors.into_iter().map(|(f, m)| (f, words.m(&m))).collect();
        return Ok(show(
            app,
            words,
            signed,
            path,
            action,
            existing,
            &form,
            &errors,
            None,
            StatusCode::BAD_REQUEST,
        ));
    }
    let (manifest, at) = form.to_manifest(words, &app.registry);
    let to = match service {
        Some(service) => SaveTo::Version(service),
        None => SaveTo::NewService { name: &form.name },
    };
    let save = Save {
        manifest: manifest.clone(),
        format: Format::Yaml,
        files: Vec::new(),
        message: form.message.clone(),
    };
    let author = Author::User(signed.session.user.id);
    match save_manifest(app, membership, author, to, save).await? {
        Ok(saved) => Ok(Redirect::to(&saved.path).into_response()),
        Err(refused) => {
            let status = refused.status();
            let (text, _) = refused.shown(words);
            let mut errors = Vec::new();
            let manifest_problem = match &refused {
                Refused::Problem(problem) => {
                    let headline = match problem {
                        Problem::Manifest(e) => words.m(&e.diagnostic.message),
                        Problem::Request(m) => words.m(m),
                    };
                    if let Some(field) = field_of(problem, &at) {
                        errors.push((field, headline));
                    }
                    Some(text)
                }
                Refused::NameNeeded(_) | Refused::Exists(_) => {
                    errors.push(("name".to_owned(), text));
                    None
                }
            };
            let problem = manifest_problem.as_deref().map(|d| (d, manifest.as_str()));
            Ok(show(
                app, words, signed, path, action, existing, &form, &errors, problem, status,
            ))
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn show(
    app: &App,
    words: &Words,
    signed: &Signed,
    path: &str,
    action: &str,
    existing: Option<&str>,
    form: &ServiceForm,
    errors: &[(String, String)],
    manifest_problem: Option<(&str, &str)>,
    status: StatusCode,
) -> Response {
    let view = View {
        words,
        registry: &app.registry,
        action,
        csrf: signed.csrf(),
        errors,
        manifest_problem,
        existing,
    };
    let title = match existing {
        Some(name) => words.t(msg!("web-form-title-existing", name = name)),
        None => words.t(msg!("web-form-title")),
    };
    let body = html! {
        p { (words.t(msg!("web-form-intro"))) }
        (view.render(form))
    };
    (status, page(words, Some(&here(path, signed)), &title, body)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scope_written_as_a_number_is_read_as_written() {
        let manifest = "service: {name: A, functional_unit: visit}\n\
                        period: {start: 2025-04-01, end: 2026-03-31}\n\
                        channels: [{id: online, transactions: 10}]\n\
                        components:\n  - id: power\n    model: electricity\n    scope: 3.10\n    inputs: {energy: 5}\n";
        let form = ServiceForm::from_manifest(manifest, Format::Yaml, &Registry::bundled())
            .unwrap_or_else(|m| panic!("{m:?}"));
        assert_eq!(form.components[0].scope, "3.10");
        assert_eq!(form.components[0].input("energy"), "5");
    }

    #[test]
    fn the_financial_year_runs_from_april_to_march() {
        let (start, end) = financial_year(jiff::civil::date(2026, 3, 31));
        assert_eq!(
            (start.to_string(), end.to_string()),
            ("2025-04-01".into(), "2026-03-31".into())
        );
        let (start, end) = financial_year(jiff::civil::date(2026, 4, 1));
        assert_eq!(
            (start.to_string(), end.to_string()),
            ("2026-04-01".into(), "2027-03-31".into())
        );
    }

    #[test]
    fn numbers_are_read_as_people_type_them() {
        assert_eq!(number("26,000"), Some(26000.0));
        assert_eq!(number(" 2.5 "), Some(2.5));
        assert_eq!(number("lots"), None);
        assert_eq!(number("inf"), None);
        assert!(quantity("2.4 MB").is_some());
        assert!(quantity("MB").is_none());
    }
}
