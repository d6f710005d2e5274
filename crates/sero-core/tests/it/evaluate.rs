//! The evaluator on hand-built services: volumes, shares, channel attribution, scopes, the
//! explain trail, Monte Carlo reproducibility, and broken data giving errors, not panics.

use sero_core::Arg;
use sero_core::evaluate::{Options, assess};
use sero_core::factor::{Citation, Factor, FactorSet, Spread};
use sero_core::impact::{Kind, Scope};
use sero_core::model::{InputValue, Inputs, ModelError};
use sero_core::models::Registry;
use sero_core::service::{Basis, Component};

use super::laws::service;

/// Evaluates with the bundled models and factors, central value only.
fn run(s: &sero_core::service::Service) -> sero_core::Assessment {
    assess(
        s,
        &Registry::bundled(),
        super::library(),
        Options::default(),
    )
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1e-300)
}

#[test]
fn electricity_uses_desnz_2025_with_td_losses() {
    let a = run(&service(100.0, 100.0, 0.0, 1000.0, 1.0));
    let room = a.components.iter().find(|c| c.id == "server-room").unwrap();
    // 1000 kWh × (0.17700 + 0.01853) kgCO2e/kWh, DESNZ 2025 condensed set.
    assert!(
        close(room.co2e_kg(), 1000.0 * 0.17700 + 1000.0 * 0.01853),
        "{}",
        room.co2e_kg()
    );
    let scopes: Vec<Scope> = room.impact.parts.iter().map(|p| p.scope).collect();
    assert_eq!(scopes, vec![Scope::Scope2, Scope::Scope3(3)]);
    assert_eq!(room.impact.energy_kwh(), 1000.0);
    assert!(
        room.explanation
            .factors
            .iter()
            .any(|f| f.id == "desnz/2025/electricity-generation"
                && f.citation.url.contains("gov.uk"))
    );
}

#[test]
fn shared_component_is_split_by_transactions_unless_allocated() {
    let a = run(&service(300.0, 100.0, 0.0, 1000.0, 0.5));
    let room = a.components.iter().find(|c| c.id == "server-room").unwrap();
    assert!(close(room.co2e_kg(), 500.0 * (0.17700 + 0.01853)));
    assert_eq!(room.channel_weights.dense(2), vec![0.75, 0.25]);
    let online = a.channels.iter().find(|c| c.id == "online").unwrap();
    assert!(close(online.co2e_kg, room.co2e_kg() * 0.75));

    let mut allocated = service(300.0, 100.0, 0.0, 1000.0, 0.5);
    let sero_core::service::ComponentKind::Group(children) = &mut allocated.components[0].kind
    else {
        unreachable!()
    };
    children[1].allocation = Some(vec![("online".to_owned(), 0.1), ("paper".to_owned(), 0.9)]);
    let a = run(&allocated);
    let paper = a.channels.iter().find(|c| c.id == "paper").unwrap();
    let room = a.components.iter().find(|c| c.id == "server-room").unwrap();
    assert!(close(paper.co2e_kg, room.co2e_kg() * 0.9));
}

#[test]
fn per_transaction_device_use_follows_the_archetype() {
    let a = run(&service(1000.0, 0.0, 30.0, 0.0, 1.0));
    let devices = a.components.iter().find(|c| c.id == "devices").unwrap();
    assert_eq!(devices.path, "it/devices");
    assert_eq!(devices.volume, 1000.0);
    // Laptop (medians of manufacturers' sheets, devices.yaml): 10.1 W; 241 kgCO2e over
    // 4 years × 1,856 h.
    let hours = 0.5;
    let energy = hours * 10.1 / 1000.0;
    let embodied = 241.0 * hours / (4.0 * 1856.0);
    assert!(close(devices.unit_impact.energy_kwh(), energy));
    assert!(close(
        devices.unit_impact.kind_co2e_kg(Kind::Embodied),
        embodied
    ));
    assert!(close(
        devices.co2e_kg(),
        devices.unit_impact.co2e_kg() * 1000.0
    ));
}

#[test]
fn scope_override_replaces_every_part() {
    let mut s = service(10.0, 10.0, 0.0, 100.0, 1.0);
    s.components[0].scope = Some(Scope::Scope3(1));
    let a = run(&s);
    assert!(
        a.by_scope()
            .iter()
            .all(|(scope, _)| *scope == Scope::Scope3(1))
    );
}

#[test]
fn monte_carlo_is_reproducible_and_brackets_the_central_value() {
    let s = service(1000.0, 200.0, 20.0, 5000.0, 0.3);
    let run = |seed| {
        assess(
            &s,
            &Registry::bundled(),
            super::library(),
            Options {
                samples: 2000,
                seed,
                explain: true,
            },
        )
    };
    let first = run(7);
    let again = run(7);
    let other = run(8);
    let i = first.interval.unwrap();
    assert_eq!(i, again.interval.unwrap());
    assert_ne!(i, other.interval.unwrap());
    assert!(
        i.low < first.co2e_kg() && first.co2e_kg() < i.high,
        "{i:?} {}",
        first.co2e_kg()
    );
    for c in &first.components {
        let ci = c.interval.unwrap();
        assert!(ci.low <= c.co2e_kg() && c.co2e_kg() <= ci.high);
    }
}

#[test]
fn a_factor_without_spread_gives_a_point_interval() {
    let mut library = super::library().clone();
    for id in [
        "desnz/2025/electricity-generation",
        "desnz/2025/electricity-td-losses",
    ] {
        let mut f = sero_core::factor::FactorLibrary::get(&library, id)
            .unwrap()
            .clone();
        f.low = f.value;
        f.high = f.value;
        f.spread = Spread::Published;
        library.insert(f);
    }
    let a = assess(
        &service(10.0, 10.0, 0.0, 100.0, 1.0),
        &Registry::bundled(),
        &library,
        Options {
            samples: 100,
            seed: 1,
            explain: true,
        },
    );
    let i = a.interval.unwrap();
    assert!(
        close(i.low, a.co2e_kg()) && close(i.high, a.co2e_kg()),
        "{i:?}"
    );
}

#[test]
fn a_missing_factor_is_an_error_on_the_component_not_a_panic() {
    let empty = FactorSet::new();
    let a = assess(
        &service(10.0, 10.0, 5.0, 100.0, 1.0),
        &Registry::bundled(),
        &empty,
        Options {
            samples: 10,
            seed: 1,
            explain: true,
        },
    );
    assert!(a.components.iter().all(|c| c.error.is_some()));
    assert_eq!(a.co2e_kg(), 0.0);
    assert!(
        a.all_warnings()
            .iter()
            .any(|w| w.id() == "warning-component-not-estimated"
                && matches!(w.get("error"), Some(Arg::Message(m)) if m.id() == "model-error-missing-factor"))
    );
}

/// A component left out names itself by its `name:` and id, with its model's reason; the
/// same message is among the warnings and the failures.
#[test]
fn a_component_left_out_is_named_with_its_reason() {
    let mut s = service(10.0, 10.0, 5.0, 100.0, 1.0);
    let mut mystery = Component::leaf("mystery", "quantum", Inputs::new());
    mystery.name = Some("Quantum kiosk".to_owned());
    s.components.push(mystery);
    let a = run(&s);
    let failures = a.failures();
    assert_eq!(failures.len(), 1, "{failures:?}");
    let failure = &failures[0];
    assert_eq!(failure.id(), "warning-named-component-not-estimated");
    assert!(matches!(failure.get("name"), Some(Arg::Text(n)) if n == "Quantum kiosk"));
    assert!(matches!(failure.get("component"), Some(Arg::Text(c)) if c == "mystery"));
    assert!(
        matches!(failure.get("error"), Some(Arg::Message(m)) if m.id() == "model-error-unknown-model")
    );
    assert!(a.all_warnings().contains(failure));
    // The estimated components are not failures.
    assert!(
        a.components
            .iter()
            .filter(|c| c.id != "mystery")
            .all(|c| c.not_estimated().is_none())
    );
}

#[test]
fn unknown_model_and_bad_inputs_are_reported() {
    let mut s = service(10.0, 10.0, 5.0, 100.0, 1.0);
    s.components
        .push(Component::leaf("mystery", "quantum", Inputs::new()));
    s.components.push(Component::leaf(
        "negative",
        "electricity",
        Inputs::new().with("energy", InputValue::Number(-4.0)),
    ));
    s.components.push(Component::leaf(
        "nan",
        "electricity",
        Inputs::new().with("energy", InputValue::Number(f64::NAN)),
    ));
    let a = run(&s);
    let error = |id: &str| {
        a.components
            .iter()
            .find(|c| c.id == id)
            .unwrap()
            .error
            .clone()
            .unwrap()
    };
    assert!(
        error("mystery")
            .to_string()
            .contains("unknown model `quantum`")
    );
    let reason = |id: &str| match error(id) {
        ModelError::InvalidInput { reason, .. } => reason.id(),
        other => panic!("{other:?}"),
    };
    assert_eq!(reason("negative"), "manifest-input-outside-range");
    assert_eq!(reason("nan"), "manifest-input-not-finite");
    assert!(a.co2e_kg().is_finite());
}

#[test]
fn user_factor_overrides_change_the_result() {
    let mut library = super::library().clone();
    library.insert(Factor {
        id: "desnz/2025/electricity-generation".to_owned(),
        description: "test override".to_owned(),
        value: 0.5,
        unit: "kgCO2e/kWh".to_owned(),
        low: 0.5,
        high: 0.5,
        spread: Spread::Published,
        citation: Citation::default(),
        licence: String::new(),
        data_year: None,
        tags: vec![],
    });
    let mut s = service(10.0, 10.0, 0.0, 100.0, 1.0);
    s.components[0].basis = Some(Basis::Period);
    let a = assess(&s, &Registry::bundled(), &library, Options::default());
    assert!(close(a.co2e_kg(), 100.0 * 0.5 + 100.0 * 0.01853));
}

#[test]
fn server_power_interpolates_between_idle_and_max() {
    let inputs = Inputs::new()
        .with("count", InputValue::Number(2.0))
        .with("idle_power", InputValue::Number(100.0))
        .with("max_power", InputValue::Number(300.0))
        .with("utilisation", InputValue::Number(0.25))
        .with("hours", InputValue::Number(1000.0))
        .with("pue", InputValue::Number(1.5))
        .with("embodied", InputValue::Number(1000.0))
        .with("lifetime", InputValue::Number(5.0))
        .with("grid", InputValue::Number(200.0));
    let mut s = service(10.0, 10.0, 0.0, 0.0, 1.0);
    s.components = vec![Component::leaf("servers", "server", inputs)];
    let a = run(&s);
    let c = &a.components[0];
    assert_eq!(c.error, None);
    // 2 × (100 + 200 × 0.25) W × 1000 h × 1.5 = 450 kWh; × 200 g/kWh = 90 kg.
    assert!(close(c.impact.energy_kwh(), 450.0));
    assert!(close(c.impact.kind_co2e_kg(Kind::Operational), 90.0));
    // Embodied: 2 × 1000 kg × 8760 h / (5 × 8760 h) = 400 kg for a 365-day period.
    assert!(close(c.impact.kind_co2e_kg(Kind::Embodied), 400.0));
}

#[test]
fn a_server_without_power_draws_the_cited_archetype_and_says_so() {
    let inputs = Inputs::new()
        .with("utilisation", InputValue::Number(0.3))
        .with("pue", InputValue::Number(1.0))
        .with("grid", InputValue::Number(200.0));
    let mut s = service(10.0, 10.0, 0.0, 0.0, 1.0);
    s.components = vec![Component::leaf("servers", "server", inputs)];
    let a = run(&s);
    let c = &a.components[0];
    assert_eq!(c.error, None);
    // `server/power`: the median of 48 rack servers' yearly typical energy consumption over
    // every hour of the year, 174 W (devices.yaml), for the 8,760 hours of the period.
    assert!(close(c.impact.energy_kwh(), 174.0 * 8760.0 / 1000.0));
    let assumed = c
        .assumptions
        .iter()
        .find(|m| m.id() == "assumed-server-power")
        .expect("the default power is said");
    assert_eq!(assumed.get("watts"), Some(&sero_core::Arg::Exact(174.0)));
    assert!(
        c.explanation
            .factors
            .iter()
            .any(|f| f.id == "server/power" && f.citation.url.contains("Boavizta"))
    );
    // One of the two powers alone is still refused: it is not clear what the other would be.
    let mut half = service(10.0, 10.0, 0.0, 0.0, 1.0);
    half.components = vec![Component::leaf(
        "servers",
        "server",
        Inputs::new()
            .with("utilisation", InputValue::Number(0.3))
            .with("idle_power", InputValue::Number(100.0)),
    )];
    assert!(run(&half).components[0].error.is_some());
}

#[test]
fn server_power_curve_replaces_interpolation() {
    let points = vec![(0.0, 50.0), (0.5, 150.0), (1.0, 200.0)];
    assert_eq!(
        sero_core::models::server::power_on_curve(&points, 0.25),
        Some(100.0)
    );
    assert_eq!(
        sero_core::models::server::power_on_curve(&points, 0.75),
        Some(175.0)
    );
    assert_eq!(
        sero_core::models::server::power_on_curve(&points, 2.0),
        Some(200.0)
    );
    assert_eq!(sero_core::models::server::power_on_curve(&[], 0.5), None);
}

#[test]
fn devices_counted_twice_are_flagged() {
    let mut s = service(100.0, 10.0, 10.0, 0.0, 1.0);
    let mut pages = Component::leaf(
        "pages",
        "data-transfer",
        Inputs::new().with("bytes", InputValue::Number(2e6)),
    );
    pages.channel = Some("online".to_owned());
    pages.basis = Some(Basis::Transaction);
    s.components.push(pages.clone());
    let a = run(&s);
    assert!(
        a.warnings
            .iter()
            .any(|w| w.id() == "warning-devices-counted-twice"
                && w.get("transfer") == Some(&Arg::Text("pages".to_owned()))),
        "{:?}",
        a.warnings
    );
    pages.kind = sero_core::service::ComponentKind::Leaf {
        model: "data-transfer".to_owned(),
        inputs: Inputs::new()
            .with("bytes", InputValue::Number(2e6))
            .with("include_device", InputValue::Bool(false)),
    };
    s.components.pop();
    s.components.push(pages);
    let a = run(&s);
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

/// `electricity` (what `sero energy` and `sero import prometheus` weigh measured energy with)
/// gives the result a manifest's `electricity` component gives, and refuses what it refuses.
#[test]
fn electricity_alone_is_a_manifest_component() {
    let registry = Registry::bundled();
    for (grid, text) in [
        (InputValue::Text("GBR".to_owned()), "GBR"),
        (InputValue::Text("IRL".to_owned()), "IRL"),
        (InputValue::Number(250.0), "250"),
    ] {
        let alone =
            sero_core::evaluate::electricity(12.5, grid.clone(), &registry, super::library());
        assert_eq!(alone.error, None, "{text}");
        let service = super::manifest(&format!(
            "service: {{name: Energy, functional_unit: run}}\n\
             period: {{start: 2026-01-01, end: 2026-01-01}}\n\
             channels: [{{id: run, transactions: 1}}]\n\
             components:\n\
             \x20 - {{id: run, model: electricity, inputs: {{energy: 12.5 kWh, grid: {text}}}}}\n"
        ));
        let component = &run(&service).components[0];
        assert_eq!(alone.co2e_kg(), component.co2e_kg(), "{text}");
        assert_eq!(alone.impact.energy_kwh(), 12.5, "{text}");
        assert_eq!(alone.inputs.get("grid"), Some(&grid));
        assert!(!alone.explanation.factors.is_empty() || text == "250");
        let double = sero_core::evaluate::electricity(25.0, grid, &registry, super::library());
        assert!((double.co2e_kg() - 2.0 * alone.co2e_kg()).abs() < 1e-12 * double.co2e_kg());
    }
    let negative = sero_core::evaluate::electricity(
        1.0,
        InputValue::Number(-5.0),
        &registry,
        super::library(),
    );
    assert!(negative.error.is_some());
    assert_eq!(negative.co2e_kg(), 0.0);
}

#[test]
fn twenty_thousand_channels_by_twenty_thousand_components_keep_sparse_weights() {
    use sero_core::evaluate::ChannelWeights;
    use sero_core::service::Channel;
    // Dense, this was a table of 400 million weights (3.2 GB): the process aborted.
    let n = 20_000;
    let mut s = service(100.0, 100.0, 0.0, 1.0, 1.0);
    s.channels = (0..n)
        .map(|i| Channel {
            id: format!("c{i}"),
            name: format!("C{i}"),
            transactions: 10.0,
            not_applicable: Vec::new(),
        })
        .collect();
    s.components = (0..n)
        .map(|i| {
            let mut c = Component::leaf(
                &format!("k{i}"),
                "electricity",
                Inputs::new().with("energy", InputValue::Number(1.0)),
            );
            // Two components belong to the whole service; the rest to one channel each.
            if i >= 2 {
                c.channel = Some(format!("c{i}"));
            }
            c
        })
        .collect();
    let a = run(&s);
    assert!(a.components.iter().all(|c| c.error.is_none()));
    let (ChannelWeights::ByTransactions(first), ChannelWeights::ByTransactions(second)) = (
        &a.components[0].channel_weights,
        &a.components[1].channel_weights,
    ) else {
        panic!("the shared components are split by transactions");
    };
    assert!(std::sync::Arc::ptr_eq(first, second), "one table, shared");
    assert_eq!(a.components[5].channel_weights, ChannelWeights::One(5));
    let per_channel = 1.0 * (0.17700 + 0.01853);
    // Channel 5: its own component and its share (1/20,000) of the two shared ones.
    assert!(close(
        a.channels[5].co2e_kg,
        per_channel + 2.0 * per_channel / n as f64
    ));
}
