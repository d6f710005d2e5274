//! The body of `sero estimate --format json` (documented in docs/json-output.md), which
//! `output::document` stamps. Keys carry their units; the layout changes only with
//! `schema_version`.

use serde_json::{Value, json};

use sero_core::evaluate::{Assessment, ComponentResult, Interval};
use sero_core::impact::{Kind, Scope};

fn finite(value: f64) -> Value {
    if value.is_finite() {
        json!(value)
    } else {
        Value::Null
    }
}

fn low(i: Option<Interval>) -> Value {
    i.map_or(Value::Null, |i| finite(i.low))
}

fn high(i: Option<Interval>) -> Value {
    i.map_or(Value::Null, |i| finite(i.high))
}

fn scope_json(scope: Scope) -> Value {
    let category = match scope {
        Scope::Scope3(c) => json!(c),
        _ => Value::Null,
    };
    let number = match scope {
        Scope::Scope1 => 1,
        Scope::Scope2 => 2,
        Scope::Scope3(_) => 3,
    };
    json!({"key": scope.key(), "scope": number, "category": category, "category_name": scope.category_name()})
}

fn component(c: &ComponentResult, total: f64) -> Value {
    let parts: Vec<Value> = c
        .impact
        .parts
        .iter()
        .map(|p| {
            json!({
                "element": p.element.key(),
                "label": p.label,
                "kind": match p.kind { Kind::Operational => "operational", Kind::Embodied => "embodied" },
                "scope": p.scope.key(),
                "stage": p.stage.key(),
                "co2e_kg": finite(p.co2e_kg),
                "energy_kwh": finite(p.energy_kwh),
            })
        })
        .collect();
    let e = &c.explanation;
    json!({
        "id": c.id,
        "path": c.path,
        "name": c.name,
        "model": c.model,
        "channel": c.channel,
        "basis": c.basis.key(),
        "volume": finite(c.volume),
        "share": finite(c.share),
        "co2e_kg": finite(c.co2e_kg()),
        "co2e_kg_low": low(c.interval),
        "co2e_kg_high": high(c.interval),
        "co2e_kg_per_basis_unit": finite(c.unit_impact.co2e_kg()),
        "operational_co2e_kg": finite(c.impact.kind_co2e_kg(Kind::Operational)),
        "embodied_co2e_kg": finite(c.impact.kind_co2e_kg(Kind::Embodied)),
        "energy_kwh": finite(c.impact.energy_kwh()),
        "share_of_total": if c.error.is_none() && total != 0.0 { finite(c.co2e_kg() / total) } else { Value::Null },
        "data_quality": c.impact.quality.key(),
        "parts": parts,
        "explain": {
            "formula": e.formula,
            "inputs": e.inputs.iter().map(|i| json!({"name": i.name, "value": i.shown(), "default": i.defaulted})).collect::<Vec<_>>(),
            "factors": e.factors.iter().map(|f| super::document::factor(f)).collect::<Vec<_>>(),
            "steps": e.steps,
        },
        "assumptions": super::said(&c.assumptions),
        "warnings": super::said(&c.warnings),
        "error": c.error.as_ref().map(|e| crate::i18n::tr(&e.message())),
    })
}

/// The whole document.
pub fn document(a: &Assessment, notes: &[String]) -> Value {
    let total = a.co2e_kg();
    let channels: Vec<Value> = a
        .channels
        .iter()
        .map(|c| {
            let per = c.interval.map(|i| Interval {
                low: i.low / c.transactions,
                high: i.high / c.transactions,
            });
            json!({
                "id": c.id,
                "name": c.name,
                "transactions": c.transactions,
                "co2e_kg": finite(c.co2e_kg),
                "co2e_kg_low": low(c.interval),
                "co2e_kg_high": high(c.interval),
                "co2e_kg_per_transaction": finite(c.per_transaction_kg()),
                "co2e_kg_per_transaction_low": low(per),
                "co2e_kg_per_transaction_high": high(per),
            })
        })
        .collect();
    let mut hotspots: Vec<&str> = a.hotspots().iter().map(|c| c.path.as_str()).collect();
    hotspots.truncate(a.components.len());
    let mut assumptions = notes.to_vec();
    assumptions.extend(super::assumption_lines(a));
    json!({
        "service": {
            "name": a.service,
            "organisation": a.organisation,
            "functional_unit": a.functional_unit,
        },
        "period": {"days": a.period_days},
        "transactions": a.transactions,
        "uncertainty": {
            "method": "monte-carlo, triangular distributions over each factor's low–value–high; 5th and 95th percentiles",
            "samples": a.options.samples,
            "seed": a.options.seed,
        },
        "total": {
            "co2e_kg": finite(total),
            "co2e_kg_low": low(a.interval),
            "co2e_kg_high": high(a.interval),
            "operational_co2e_kg": finite(a.kind_co2e_kg(Kind::Operational)),
            "embodied_co2e_kg": finite(a.kind_co2e_kg(Kind::Embodied)),
            "energy_kwh": finite(a.energy_kwh()),
        },
        "per_functional_unit": {
            "co2e_kg": finite(a.per_unit_kg()),
            "co2e_kg_low": low(a.per_unit_interval()),
            "co2e_kg_high": high(a.per_unit_interval()),
        },
        "by_scope": a.by_scope().into_iter().map(|(s, v)| {
            let mut entry = scope_json(s);
            entry["co2e_kg"] = finite(v);
            entry
        }).collect::<Vec<_>>(),
        "by_stage": a.by_stage().into_iter().map(|(s, v)| json!({"stage": s.key(), "co2e_kg": finite(v)})).collect::<Vec<_>>(),
        "by_data_quality": a.by_quality().into_iter().map(|(q, v)| json!({"data_quality": q.key(), "co2e_kg": finite(v)})).collect::<Vec<_>>(),
        "channels": channels,
        "hotspots": hotspots,
        "components": a.components.iter().map(|c| component(c, total)).collect::<Vec<_>>(),
        "assumptions": assumptions,
        "warnings": super::said(&a.all_warnings()),
    })
}
