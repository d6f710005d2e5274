//! `paper`: printed forms and letters — the paper's production, the optional energy of
//! printing, envelopes, and the paper's end of life, by the DESNZ material-use and waste
//! factors.
//!
//! A sheet's mass defaults to an A4 sheet of 80 g/m² paper (4.99 g, derived from ISO 216) and
//! an envelope's to a DL envelope (4.5 g, derived from ISO 269 with an assumed allowance for
//! flaps). No published factor gives the energy of printing a page, so it counts only when the
//! user gives it.

use sero_message::msg;

use crate::impact::{DataQuality, Element, Impact, Kind, Scope, Stage};
use crate::model::{
    Context, DefaultValue, InputKind, InputSpec, Inputs, Model, ModelError, ModelSpec,
    format_number,
};
use crate::units::{GRAM, KG_PER_TONNE, KWH, ONE};

use super::grid;

pub struct Paper;

const END_OF_LIFE: &[&str] = &["closed-loop", "incineration", "composting", "landfill"];

/// What is printed, for [`paper_impact`].
pub struct PaperUse<'i> {
    pub sheets: f64,
    pub grams_per_sheet: Option<f64>,
    pub envelopes: f64,
    pub envelope_grams: Option<f64>,
    pub recycled: bool,
    pub end_of_life: &'i str,
    pub desnz_year: i64,
}

/// Production and end of life of the paper in `usage`.
pub fn paper_impact(ctx: &mut Context<'_>, usage: &PaperUse<'_>) -> Result<Impact, ModelError> {
    let sheet_g = match usage.grams_per_sheet {
        Some(g) => g,
        None => ctx.factor("paper/a4-80gsm-sheet", &GRAM)?,
    };
    let envelope_g = if usage.envelopes > 0.0 {
        match usage.envelope_grams {
            Some(g) => g,
            None => ctx.factor("paper/dl-envelope", &GRAM)?,
        }
    } else {
        0.0
    };
    let tonnes = (usage.sheets * sheet_g + usage.envelopes * envelope_g) / 1e6;
    let material_id = if usage.recycled {
        format!("desnz/{}/paper-closed-loop", usage.desnz_year)
    } else {
        format!("desnz/{}/paper-primary", usage.desnz_year)
    };
    let material = ctx.factor(&material_id, &KG_PER_TONNE)?;
    // DESNZ waste factors are bundled from the 2025 set only.
    let waste_id = format!("desnz/2025/waste-paper-{}", usage.end_of_life);
    let waste = ctx.factor(&waste_id, &KG_PER_TONNE)?;
    ctx.step(|| {
        format!(
            "{} sheets × {} g + {} envelopes × {} g = {} kg of paper; × {} kgCO2e/t ({material_id}); end of life × {} kgCO2e/t ({waste_id})",
            format_number(usage.sheets),
            format_number(sheet_g),
            format_number(usage.envelopes),
            format_number(envelope_g),
            format_number(tonnes * 1000.0),
            format_number(material),
            format_number(waste)
        )
    });
    Ok(Impact::new(DataQuality::Modelled)
        .part(
            Element::Paper,
            "paper production",
            Kind::Embodied,
            Scope::Scope3(1),
            tonnes * material,
            0.0,
        )
        .part_at(
            Stage::EndOfLife,
            Element::Paper,
            "paper end of life",
            Kind::Embodied,
            Scope::Scope3(5),
            tonnes * waste,
            0.0,
        ))
}

static INPUTS: [InputSpec; 12] = [
    InputSpec::new("sheets", InputKind::Quantity(&ONE), "Sheets printed, per unit of the basis")
        .required()
        .min(0.0)
        .usual(0.0, 200.0),
    InputSpec::new("sheet_grams", InputKind::Quantity(&GRAM), "Mass of one sheet")
        .default(DefaultValue::Described("A4 80 g/m²: factor `paper/a4-80gsm-sheet`"))
        .min(0.0),
    InputSpec::new("envelopes", InputKind::Quantity(&ONE), "Envelopes, per unit of the basis")
        .default(DefaultValue::Number(0.0))
        .min(0.0),
    InputSpec::new("envelope_grams", InputKind::Quantity(&GRAM), "Mass of one envelope")
        .default(DefaultValue::Described("DL envelope: factor `paper/dl-envelope`"))
        .min(0.0),
    InputSpec::new(
        "content",
        InputKind::Text {
            choices: &["primary", "recycled"],
        },
        "Virgin (primary) paper, or recycled content (DESNZ closed-loop)",
    )
    .default(DefaultValue::Text("primary")),
    InputSpec::new(
        "end_of_life",
        InputKind::Text {
            choices: END_OF_LIFE,
        },
        "What happens to the paper afterwards (DESNZ waste routes)",
    )
    .default(DefaultValue::Text("closed-loop")),
    InputSpec::new(
        "printing_energy_per_sheet",
        InputKind::Quantity(&KWH),
        "Printer electricity per sheet (kWh); no published factor, so printing counts only when given",
    )
    .min(0.0)
    .usual(0.0, 0.05),
    InputSpec::new(
        "paper_year",
        InputKind::Quantity(&ONE),
        "Edition of the DESNZ paper factors: 2023, 2024 or 2025",
    )
    .default(DefaultValue::Number(2025.0))
    .min(2023.0)
    .max(2025.0)
    .whole(),
    grid::GRID,
    grid::DESNZ_YEAR,
    grid::TRANSMISSION_LOSSES,
    grid::WELL_TO_TANK,
];

static SPEC: ModelSpec = ModelSpec {
    name: "paper",
    summary: "Printed paper and envelopes: DESNZ material-use factors for production, DESNZ waste factors for end of life, and printing energy when known",
    formula: "tonnes = (sheets × sheet g + envelopes × envelope g) / 1e6; production = tonnes × DESNZ paper factor; end of life = tonnes × DESNZ waste factor; printing = sheets × kWh per sheet × grid",
    inputs: &INPUTS,
    factors: &["desnz/2025/paper-", "desnz/2025/waste-paper-", "paper/"],
    scopes: "production: Scope 3 cat 1 (purchased goods); end of life: Scope 3 cat 5 (waste); printing electricity: Scope 2",
};

impl Model for Paper {
    fn spec(&self) -> &'static ModelSpec {
        &SPEC
    }

    fn evaluate(&self, inputs: &Inputs, ctx: &mut Context<'_>) -> Result<Impact, ModelError> {
        let sheets = inputs.required_number("sheets")?;
        ctx.formula(|| SPEC.formula.to_owned());
        let usage = PaperUse {
            sheets,
            grams_per_sheet: inputs.number("sheet_grams"),
            envelopes: inputs.number("envelopes").unwrap_or(0.0),
            envelope_grams: inputs.number("envelope_grams"),
            recycled: inputs.text("content") == Some("recycled"),
            end_of_life: inputs.text("end_of_life").unwrap_or("closed-loop"),
            desnz_year: inputs.number("paper_year").unwrap_or(2025.0) as i64,
        };
        let mut impact = paper_impact(ctx, &usage)?;
        match inputs.number("printing_energy_per_sheet") {
            Some(kwh) => impact.parts.extend(grid::electricity_parts(
                ctx,
                inputs,
                sheets * kwh,
                Scope::Scope2,
                Element::Paper,
                "printing",
            )?),
            None => ctx.assume(|| msg!("assumed-no-printing-energy")),
        }
        Ok(impact)
    }
}
