//! A scripted user journey, as plain data: read from a file by `sero-manifest`, followed in a
//! browser by `sero-measure`; and the estimate of a followed journey, step by step.

use crate::factor::FactorLibrary;
use crate::model::{Context, ModelError};
use crate::models::data_transfer::{TransferRequest, estimate_transfer};

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

/// What one step transferred and its grams.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepEstimate {
    pub transfer_bytes: u64,
    pub requests: usize,
    pub co2e_g: f64,
}

/// Each step's estimate and the journey's totals.
#[derive(Clone, Debug, PartialEq)]
pub struct JourneyEstimate {
    pub steps: Vec<StepEstimate>,
    pub transfer_bytes: u64,
    pub requests: usize,
    pub co2e_g: f64,
}

/// A step that could not be estimated: its index among the steps, and why.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("step {index}: {error}")]
pub struct StepError {
    pub index: usize,
    pub error: ModelError,
}

/// Each step's grams by the Sustainable Web Design model v4 as a measured page's (per visit,
/// with `template`'s grid: [`crate::page_report::default_template`] unless one was chosen),
/// from the bytes it transferred; `steps` are (bytes, requests).
pub fn estimate(
    steps: impl IntoIterator<Item = (u64, usize)>,
    template: &TransferRequest,
    library: &dyn FactorLibrary,
) -> Result<JourneyEstimate, StepError> {
    let steps = steps
        .into_iter()
        .enumerate()
        .map(|(index, (transfer_bytes, requests))| {
            let mut request = template.clone();
            request.bytes = transfer_bytes as f64;
            let mut ctx = Context::explaining(library, 0.0);
            let co2e_g = estimate_transfer(&request, &mut ctx)
                .map_err(|error| StepError { index, error })?
                .co2e_g;
            Ok(StepEstimate {
                transfer_bytes,
                requests,
                co2e_g,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(JourneyEstimate {
        transfer_bytes: steps.iter().map(|s| s.transfer_bytes).sum(),
        requests: steps.iter().map(|s| s.requests).sum(),
        co2e_g: steps.iter().map(|s| s.co2e_g).sum(),
        steps,
    })
}
