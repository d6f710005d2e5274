//! `notification`: the emails, text messages and letters a service sends per transaction (a
//! digital service still posts letters).
//!
//! Email figures are popular-science estimates (Mike Berners-Lee), marked as such. No published
//! figure exists for a text message, so SMS count only with the user's factor. Letters are
//! `paper` plus `post`.

use sero_message::{Arg, msg};

use crate::impact::{DataQuality, Element, Impact, Kind, Scope};
use crate::model::{
    Context, DefaultValue, InputKind, InputSpec, Inputs, Model, ModelError, ModelSpec,
    format_number,
};
use crate::units::{G_CO2E, ONE};

use super::paper::{PaperUse, paper_impact};
use super::post::post_impact;

pub struct Notification;

static INPUTS: [InputSpec; 6] = [
    InputSpec::new(
        "emails",
        InputKind::Quantity(&ONE),
        "Emails sent, per unit of the basis",
    )
    .default(DefaultValue::Number(0.0))
    .min(0.0),
    InputSpec::new(
        "email_size",
        InputKind::Text {
            choices: &["short", "long"],
        },
        "Short (a notice) or long (with an attachment)",
    )
    .default(DefaultValue::Text("short")),
    InputSpec::new(
        "sms",
        InputKind::Quantity(&ONE),
        "Text messages sent, per unit of the basis",
    )
    .default(DefaultValue::Number(0.0))
    .min(0.0),
    InputSpec::new(
        "sms_factor",
        InputKind::Quantity(&G_CO2E),
        "Emissions of one text message (gCO2e): no published figure, so give your provider's",
    )
    .min(0.0),
    InputSpec::new(
        "letters",
        InputKind::Quantity(&ONE),
        "Letters posted, per unit of the basis",
    )
    .default(DefaultValue::Number(0.0))
    .min(0.0),
    InputSpec::new(
        "sheets_per_letter",
        InputKind::Quantity(&ONE),
        "A4 sheets in each letter (one DL envelope each)",
    )
    .default(DefaultValue::Number(1.0))
    .min(0.0),
];

static SPEC: ModelSpec = ModelSpec {
    name: "notification",
    summary: "Emails, text messages and letters sent per transaction",
    formula: "emails × email gCO2e + sms × your sms gCO2e + letters × (paper + envelope + postal delivery)",
    inputs: &INPUTS,
    factors: &[
        "email/",
        "paper/",
        "post/letter",
        "desnz/2025/paper-",
        "desnz/2025/waste-paper-",
    ],
    scopes: "email and SMS: Scope 3 cat 1 (purchased services); letters as `paper` and `post`",
};

impl Model for Notification {
    fn spec(&self) -> &'static ModelSpec {
        &SPEC
    }

    fn check(&self, inputs: &Inputs) -> Result<(), ModelError> {
        if inputs.number("sms").unwrap_or(0.0) > 0.0 && inputs.number("sms_factor").is_none() {
            return Err(ModelError::InvalidInput {
                name: "sms_factor".to_owned(),
                reason: msg!("manifest-input-sms-factor"),
            });
        }
        Ok(())
    }

    fn evaluate(&self, inputs: &Inputs, ctx: &mut Context<'_>) -> Result<Impact, ModelError> {
        self.check(inputs)?;
        ctx.formula(|| SPEC.formula.to_owned());
        let mut impact = Impact::new(DataQuality::Modelled);
        let emails = inputs.number("emails").unwrap_or(0.0);
        if emails > 0.0 {
            let id = match inputs.text("email_size") {
                Some("long") => "email/long",
                _ => "email/short",
            };
            let grams = ctx.factor(id, &G_CO2E)?;
            ctx.step(|| {
                format!(
                    "{} emails × {} gCO2e ({id})",
                    format_number(emails),
                    format_number(grams)
                )
            });
            impact = impact.part(
                Element::Network,
                "email",
                Kind::Operational,
                Scope::Scope3(1),
                emails * grams / 1000.0,
                0.0,
            );
        }
        let sms = inputs.number("sms").unwrap_or(0.0);
        if sms > 0.0 {
            let grams = inputs.number("sms_factor").unwrap_or(0.0);
            let drawn = ctx.uncertain("sms_factor", grams, grams * 0.5, grams * 1.5);
            ctx.assume(|| msg!("assumed-sms-spread", percent = Arg::Exact(50.0)));
            impact = impact.part(
                Element::Network,
                "text messages",
                Kind::Operational,
                Scope::Scope3(1),
                sms * drawn / 1000.0,
                0.0,
            );
        }
        let letters = inputs.number("letters").unwrap_or(0.0);
        if letters > 0.0 {
            let sheets = letters * inputs.number("sheets_per_letter").unwrap_or(1.0);
            let paper = paper_impact(
                ctx,
                &PaperUse {
                    sheets,
                    grams_per_sheet: None,
                    envelopes: letters,
                    envelope_grams: None,
                    recycled: false,
                    end_of_life: "closed-loop",
                    desnz_year: 2025,
                },
            )?;
            impact.parts.extend(paper.parts);
            ctx.assume(|| msg!("assumed-notification-letters"));
            impact
                .parts
                .extend(post_impact(ctx, letters, "letter")?.parts);
        }
        Ok(impact)
    }
}
