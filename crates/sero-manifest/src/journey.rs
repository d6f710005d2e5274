//! Journey files: a scripted path through a service (`sero journey`), read with the same
//! located tree and messages as manifests, so a mistake points at file:line:column.
//!
//! The reader only checks the file's shape; whether a selector matches or a URL answers is
//! found out in the browser.

use sero_core::{Message, msg};

use crate::diagnostic::Diagnostic;
use crate::manifest::{LoadError, ManifestError};
use crate::read;
use crate::tree::{self, Format, Node, Span};

/// The journey file format version this sero reads.
pub const FORMAT_VERSION: f64 = 1.0;

pub const TOP_KEYS: &[&str] = &["sero", "journey", "start", "steps"];
pub const STEP_KEYS: &[&str] = &["name", "navigate", "click", "fill", "submit", "wait_for"];
/// The keys of a step that are actions; a step has exactly one.
pub const ACTION_KEYS: &[&str] = &["navigate", "click", "fill", "submit"];
pub const FILL_KEYS: &[&str] = &["selector", "value"];

pub use sero_core::journey::{Action, Journey, JourneyStep as Step};

/// Reads a journey from text. `name` is the path shown in messages.
pub fn parse(text: &str, name: &str, format: Format) -> Result<Journey, ManifestError> {
    read_journey(text, format).map_err(|diagnostic| ManifestError::new(diagnostic, name, text))
}

/// Reads a journey file (YAML, or TOML or JSON by its extension).
pub fn load(path: &std::path::Path) -> Result<Journey, LoadError> {
    let name = path.display().to_string();
    let text =
        crate::tree::read_source(path).map_err(|e| crate::manifest::source_error(e, &name))?;
    parse(&text, &name, Format::from_path(&name)).map_err(LoadError::Manifest)
}

fn read_journey(text: &str, format: Format) -> Result<Journey, Diagnostic> {
    let root = tree::parse(text, format)?;
    if root.is_null() {
        return Err(Diagnostic::at(root.span, msg!("manifest-journey-empty"))
            .with_hint(msg!("manifest-journey-empty-hint")));
    }
    let what = &msg!("manifest-what-journey-file");
    let entries = read::map(&root, what)?;
    read::known_keys(entries, TOP_KEYS, what)?;
    if let Some(version) = read::optional(entries, "sero") {
        let v = read::number(version, &msg!("manifest-what-journey-version"))?;
        if v != FORMAT_VERSION {
            return Err(Diagnostic::at(
                version.span,
                msg!(
                    "manifest-journey-version-unsupported",
                    version = v.to_string()
                ),
            )
            .with_hint(msg!("manifest-version-hint")));
        }
    }
    let name = read::text(
        read::required(&root, entries, "journey", what)?,
        &msg!("manifest-what-journey-name"),
    )?;
    let start = url(
        read::required(&root, entries, "start", what)?,
        &read::key("start"),
    )?;
    let steps_node = read::required(&root, entries, "steps", what)?;
    let items = read::seq(steps_node, &read::key("steps"))?;
    let steps = items.iter().map(read_step).collect::<Result<Vec<_>, _>>()?;
    Ok(Journey { name, start, steps })
}

fn read_step(node: &Node) -> Result<Step, Diagnostic> {
    let what = &msg!("manifest-what-step");
    let entries = read::map(node, what)?;
    read::known_keys(entries, STEP_KEYS, what)?;
    let name = read::text(
        read::required(node, entries, "name", what)?,
        &msg!("manifest-what-step-name"),
    )?;
    let actions: Vec<(&str, Span, &Node)> = entries
        .iter()
        .filter(|entry| ACTION_KEYS.contains(&entry.key.as_str()))
        .map(|entry| (entry.key.as_str(), entry.key_span, &entry.value))
        .collect();
    let (key, _, value) = match actions.as_slice() {
        [] => {
            return Err(Diagnostic::at(
                read::start_of(node),
                msg!("manifest-step-no-action", step = &name),
            )
            .with_label(msg!("manifest-step-no-action-label"))
            .with_hint(msg!("manifest-step-no-action-hint")));
        }
        [only] => *only,
        [(first, _, _), (second, second_span, _), ..] => {
            return Err(Diagnostic::at(
                *second_span,
                msg!(
                    "manifest-step-two-actions",
                    step = &name,
                    first = *first,
                    second = *second
                ),
            )
            .with_label(msg!("manifest-step-two-actions-label"))
            .with_hint(msg!("manifest-step-two-actions-hint")));
        }
    };
    let action = match key {
        "navigate" => Action::Navigate(url(value, &read::key("navigate"))?),
        "click" => Action::Click(read::text(value, &selector_of("click"))?),
        "submit" => Action::Submit(read::text(value, &selector_of("submit"))?),
        _ => {
            let fill_key = &read::key("fill");
            let fill = read::map(value, fill_key)?;
            read::known_keys(fill, FILL_KEYS, fill_key)?;
            let selector = read::text(
                read::required(value, fill, "selector", fill_key)?,
                &msg!("manifest-what-fill-key", key = "selector"),
            )?;
            // An empty value is a real thing to type (it clears the field), so it is read as
            // a scalar rather than with `read::text`, which refuses empty text.
            let value_node = read::required(value, fill, "value", fill_key)?;
            let value_text = match value_node.as_scalar() {
                Some(tree::Scalar::Str(text)) => text.clone(),
                _ => read::text(value_node, &msg!("manifest-what-fill-key", key = "value"))?,
            };
            Action::Fill {
                selector,
                value: value_text,
            }
        }
    };
    let wait_for = read::optional(entries, "wait_for")
        .map(|n| read::text(n, &selector_of("wait_for")))
        .transpose()?;
    Ok(Step {
        name,
        action,
        wait_for,
    })
}

/// `` `click` (a CSS selector) ``: what an action's selector is, in messages.
fn selector_of(key: &str) -> Message {
    msg!("manifest-what-selector", key = key)
}

fn url(node: &Node, what: &Message) -> Result<String, Diagnostic> {
    let text = read::text(node, what)?;
    if text.starts_with("http://") || text.starts_with("https://") {
        Ok(text)
    } else {
        Err(Diagnostic::at(
            node.span,
            msg!("manifest-not-a-url", what = what.clone(), value = &text),
        )
        .with_hint(msg!("manifest-url-hint")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The refusal: its message, its location and its hints.
    fn error(text: &str) -> (Message, String, Vec<Message>) {
        let error = parse(text, "j.yaml", Format::Yaml).expect_err("the journey is refused");
        (
            error.diagnostic.message,
            error.location,
            error.diagnostic.hints,
        )
    }

    #[test]
    fn reads_every_action() {
        let journey = parse(
            "sero: 1\njourney: Apply\nstart: https://a.org/\nsteps:\n\
             - {name: Go, navigate: 'https://a.org/b'}\n\
             - {name: Click, click: '#start'}\n\
             - {name: Fill, fill: {selector: '#name', value: ''}}\n\
             - {name: Send, submit: form, wait_for: '#done'}\n",
            "j.yaml",
            Format::Yaml,
        )
        .unwrap();
        assert_eq!(journey.name, "Apply");
        assert_eq!(journey.start, "https://a.org/");
        let actions: Vec<_> = journey.steps.iter().map(|s| s.action.clone()).collect();
        assert_eq!(
            actions,
            [
                Action::Navigate("https://a.org/b".into()),
                Action::Click("#start".into()),
                Action::Fill {
                    selector: "#name".into(),
                    value: String::new()
                },
                Action::Submit("form".into()),
            ]
        );
        assert_eq!(journey.steps[3].wait_for.as_deref(), Some("#done"));
    }

    #[test]
    fn refuses_steps_without_or_with_two_actions_and_unknown_keys() {
        let base = "journey: J\nstart: https://a.org/\nsteps:\n";
        let (none, at, _) = error(&format!("{base}  - name: Nothing\n"));
        assert_eq!(none, msg!("manifest-step-no-action", step = "Nothing"));
        assert_eq!(at, "j.yaml:4:5");
        let (two, at, _) = error(&format!(
            "{base}  - name: Both\n    click: a\n    submit: form\n"
        ));
        assert_eq!(
            two,
            msg!(
                "manifest-step-two-actions",
                step = "Both",
                first = "click",
                second = "submit"
            )
        );
        assert_eq!(at, "j.yaml:6:5");
        let (_, _, hints) = error(&format!(
            "{base}  - name: T\n    click: a\n    wait-for: b\n"
        ));
        assert_eq!(
            hints,
            [msg!("manifest-did-you-mean", suggestion = "wait_for")]
        );
        let (start, _, _) = error("journey: J\nstart: a.org\nsteps: []\n");
        assert_eq!(
            start,
            msg!(
                "manifest-not-a-url",
                what = msg!("manifest-what-key", key = "start"),
                value = "a.org"
            )
        );
    }
}
