//! A scripted user journey, as plain data: read from a file by `sero-manifest`, followed in a
//! browser by `sero-measure`.

/// A scripted journey: open `start`, then take the steps in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Journey {
    pub name: String,
    pub start: String,
    pub steps: Vec<JourneyStep>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct JourneyStep {
    pub name: String,
    pub action: Action,
    /// A CSS selector that must match an element before the step is over.
    pub wait_for: Option<String>,
}

/// What a step does; selectors are CSS selectors.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Load a URL, waiting for its `load` event.
    Navigate(String),
    /// Click the first element that matches.
    Click(String),
    /// Set the value of the first matching field, firing `input` and `change`.
    Fill { selector: String, value: String },
    /// Submit the first matching form (`requestSubmit`, so its validation and submit handlers
    /// run) and wait for the page it leads to.
    Submit(String),
}

impl Action {
    /// `navigate`, `click`, `fill` or `submit`.
    pub fn kind(&self) -> &'static str {
        match self {
            Action::Navigate(_) => "navigate",
            Action::Click(_) => "click",
            Action::Fill { .. } => "fill",
            Action::Submit(_) => "submit",
        }
    }

    /// The URL or selector the action applies to (never a filled-in value, which may be
    /// personal).
    pub fn target(&self) -> &str {
        match self {
            Action::Navigate(target)
            | Action::Click(target)
            | Action::Submit(target)
            | Action::Fill {
                selector: target, ..
            } => target,
        }
    }
}
