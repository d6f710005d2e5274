//! Journey files: a scripted path through a service (`sero journey`), read with the same
//! located tree and messages as manifests, so a mistake points at file:line:column.
//!
//! The reader only checks the file's shape; whether a selector matches or a URL answers is
//! found out in the browser.

use crate::diagnostic::{Diagnostic, SourceFile};
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
    read_journey(text, format).map_err(|diagnostic| {
        let file = SourceFile::new(name, text);
        ManifestError {
            rendered: diagnostic.render(&file),
            location: diagnostic.location(&file),
            diagnostic: Box::new(diagnostic),
        }
    })
}

/// Reads a journey file (YAML, or TOML or JSON by its extension).
pub fn load(path: &std::path::Path) -> Result<Journey, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let name = path.display().to_string();
    parse(&text, &name, Format::from_path(&name)).map_err(LoadError::Manifest)
}

fn read_journey(text: &str, format: Format) -> Result<Journey, Diagnostic> {
    let root = tree::parse(text, format)?;
    if root.is_null() {
        return Err(Diagnostic::at(root.span, "the journey file is empty")
            .with_hint("a journey needs `journey`, `start` and `steps`; see docs/journey.md"));
    }
    let what = "the journey file";
    let entries = read::map(&root, what)?;
    read::known_keys(entries, TOP_KEYS, what)?;
    if let Some(version) = read::optional(entries, "sero") {
        let v = read::number(version, "`sero` (the journey format version)")?;
        if v != FORMAT_VERSION {
            return Err(Diagnostic::at(
                version.span,
                format!("journey format version `{v}` is not supported"),
            )
            .with_hint("this sero reads version 1"));
        }
    }
    let name = read::text(
        read::required(&root, entries, "journey", what)?,
        "the journey's name (`journey`)",
    )?;
    let start = url(read::required(&root, entries, "start", what)?, "`start`")?;
    let steps_node = read::required(&root, entries, "steps", what)?;
    let items = read::seq(steps_node, "`steps`")?;
    let steps = items.iter().map(read_step).collect::<Result<Vec<_>, _>>()?;
    Ok(Journey { name, start, steps })
}

fn read_step(node: &Node) -> Result<Step, Diagnostic> {
    let what = "a step";
    let entries = read::map(node, what)?;
    read::known_keys(entries, STEP_KEYS, what)?;
    let name = read::text(
        read::required(node, entries, "name", what)?,
        "a step's `name`",
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
                format!("step `{name}` has no action"),
            )
            .with_label("an action is needed here")
            .with_hint("give the step one of `navigate`, `click`, `fill` or `submit`"));
        }
        [only] => *only,
        [(first, _, _), (second, second_span, _), ..] => {
            return Err(Diagnostic::at(
                *second_span,
                format!("step `{name}` has two actions, `{first}` and `{second}`"),
            )
            .with_label("a second action")
            .with_hint("split it into two steps, one action each"));
        }
    };
    let action = match key {
        "navigate" => Action::Navigate(url(value, "`navigate`")?),
        "click" => Action::Click(read::text(value, "`click` (a CSS selector)")?),
        "submit" => Action::Submit(read::text(value, "`submit` (a CSS selector)")?),
        _ => {
            let fill = read::map(value, "`fill`")?;
            read::known_keys(fill, FILL_KEYS, "`fill`")?;
            let selector = read::text(
                read::required(value, fill, "selector", "`fill`")?,
                "`fill`'s `selector`",
            )?;
            // An empty value is a real thing to type (it clears the field), so it is read as
            // a scalar rather than with `read::text`, which refuses empty text.
            let value_node = read::required(value, fill, "value", "`fill`")?;
            let value_text = match value_node.as_scalar() {
                Some(tree::Scalar::Str(text)) => text.clone(),
                _ => read::text(value_node, "`fill`'s `value`")?,
            };
            Action::Fill {
                selector,
                value: value_text,
            }
        }
    };
    let wait_for = read::optional(entries, "wait_for")
        .map(|n| read::text(n, "`wait_for` (a CSS selector)"))
        .transpose()?;
    Ok(Step {
        name,
        action,
        wait_for,
    })
}

fn url(node: &Node, what: &str) -> Result<String, Diagnostic> {
    let text = read::text(node, what)?;
    if text.starts_with("http://") || text.starts_with("https://") {
        Ok(text)
    } else {
        Err(Diagnostic::at(
            node.span,
            format!("{what} `{text}` is not an http:// or https:// URL"),
        )
        .with_hint("write the whole URL, for example `https://www.example.gov.uk/start`"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        parse(text, "j.yaml", Format::Yaml)
            .expect_err("the journey is refused")
            .rendered
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
        let none = error(&format!("{base}  - name: Nothing\n"));
        assert!(none.contains("step `Nothing` has no action"), "{none}");
        assert!(none.contains("j.yaml:4:5"), "{none}");
        let two = error(&format!(
            "{base}  - name: Both\n    click: a\n    submit: form\n"
        ));
        assert!(
            two.contains("has two actions, `click` and `submit`"),
            "{two}"
        );
        assert!(two.contains("j.yaml:6:5"), "{two}");
        let typo = error(&format!(
            "{base}  - name: T\n    click: a\n    wait-for: b\n"
        ));
        assert!(typo.contains("did you mean `wait_for`?"), "{typo}");
        let start = error("journey: J\nstart: a.org\nsteps: []\n");
        assert!(start.contains("not an http:// or https:// URL"), "{start}");
    }
}
