//! Channels compared (`sero_core::compare`) on services built in code with the offline-channel
//! models, and each of those models' central value worked out by hand from its factors.

use proptest::prelude::*;

use sero_core::Assessment;
use sero_core::compare::{self, Gap, Shift, ShiftError};
use sero_core::evaluate::ComponentResult;
use sero_core::evaluate::{Options, assess, interval};
use sero_core::impact::{Element, Scope};
use sero_core::model::{InputValue, Inputs};
use sero_core::models::Registry;
use sero_core::service::{Basis, Channel, Component, ComponentKind, Date, Period, Service};

/// DESNZ 2025 condensed set, UK electricity: generation (Scope 2) and T&D losses, kgCO2e/kWh.
const UK_ELECTRICITY_KG_PER_KWH: f64 = 0.17700 + 0.01853;

fn number(value: f64) -> InputValue {
    InputValue::Number(value)
}

fn text(value: &str) -> InputValue {
    InputValue::Text(value.to_owned())
}

fn shares(pairs: &[(&str, f64)]) -> InputValue {
    InputValue::Shares(pairs.iter().map(|(m, s)| ((*m).to_owned(), *s)).collect())
}

fn channel(id: &str, name: &str, transactions: f64) -> Channel {
    Channel {
        id: id.to_owned(),
        name: name.to_owned(),
        transactions,
        not_applicable: Vec::new(),
    }
}

/// A leaf per transaction of one channel (or of every channel when `channel` is `None`).
fn per_transaction(id: &str, model: &str, inputs: Inputs, channel: Option<&str>) -> Component {
    let mut component = Component::leaf(id, model, inputs);
    component.channel = channel.map(str::to_owned);
    component.basis = Some(Basis::Transaction);
    component
}

fn service_of(channels: Vec<Channel>, components: Vec<Component>) -> Service {
    Service {
        name: "Renew a library card".to_owned(),
        organisation: None,
        functional_unit: "renewal".to_owned(),
        period: Period {
            start: Date {
                year: 2025,
                month: 4,
                day: 1,
            },
            end: Date {
                year: 2026,
                month: 3,
                day: 31,
            },
        },
        channels,
        components,
    }
}

/// Three channels, each made of the new models, plus staff time shared per transaction and a
/// building's electricity shared over the period.
fn three_channels(online: f64, paper: f64, counter: f64) -> Service {
    let components = vec![
        per_transaction(
            "emails",
            "notification",
            Inputs::new().with("emails", number(2.0)),
            Some("online"),
        ),
        Component {
            id: "paper-route".to_owned(),
            name: None,
            kind: ComponentKind::Group(vec![
                Component::leaf(
                    "form",
                    "paper",
                    Inputs::new()
                        .with("sheets", number(4.0))
                        .with("envelopes", number(1.0)),
                ),
                Component::leaf(
                    "form-post",
                    "post",
                    Inputs::new().with("items", number(1.0)),
                ),
                Component::leaf(
                    "post-room",
                    "staff-time",
                    Inputs::new()
                        .with("minutes", number(10.0))
                        .with("office_energy_per_hour", number(0.38)),
                ),
            ]),
            channel: Some("paper".to_owned()),
            basis: Some(Basis::Transaction),
            share: None,
            allocation: None,
            scope: None,
            covers: None,
        },
        per_transaction(
            "trip",
            "travel",
            Inputs::new().with("distance", number(5.0)).with(
                "modes",
                shares(&[("car", 0.7), ("bus", 0.2), ("walk", 0.1)]),
            ),
            Some("counter"),
        ),
        per_transaction(
            "visit",
            "building-visit",
            Inputs::new()
                .with("annual_energy", number(100_000.0))
                .with("annual_visits", number(10_000.0)),
            Some("counter"),
        ),
        per_transaction(
            "casework",
            "staff-time",
            Inputs::new()
                .with("minutes", number(15.0))
                .with("workplace", text("home")),
            None,
        ),
        Component::leaf(
            "civic-centre",
            "electricity",
            Inputs::new().with("energy", number(2_000.0)),
        ),
    ];
    service_of(
        vec![
            channel("online", "Online", online),
            channel("paper", "Paper", paper),
            channel("counter", "Counter", counter),
        ],
        components,
    )
}

fn central(service: &Service) -> Assessment {
    assess(
        service,
        &Registry::bundled(),
        super::library(),
        Options::default(),
    )
}

fn sampled(service: &Service, seed: u64) -> Assessment {
    assess(
        service,
        &Registry::bundled(),
        super::library(),
        Options {
            samples: 200,
            seed,
            explain: false,
        },
    )
}

#[track_caller]
fn assert_close(a: f64, b: f64, relative: f64, what: &str) {
    assert!(
        (a - b).abs() <= relative * a.abs().max(b.abs()).max(1e-300),
        "{what}: {a} and {b} differ by more than {relative} relative"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn channel_profiles_add_up(online in 1.0..1e6f64, paper in 1.0..1e6f64, counter in 1.0..1e6f64) {
        let service = three_channels(online, paper, counter);
        let assessment = central(&service);
        prop_assert!(assessment.components.iter().all(|c| c.error.is_none()));
        let profiles = compare::profiles(&assessment, &service);
        prop_assert_eq!(profiles.len(), 3);
        let total = assessment.co2e_kg();
        let mut sum = 0.0;
        for (profile, result) in profiles.iter().zip(&assessment.channels) {
            prop_assert_eq!(&profile.id, &result.id);
            prop_assert_eq!(profile.co2e_kg, result.co2e_kg);
            let relative = (profile.per_transaction_kg * profile.transactions - profile.co2e_kg).abs()
                / profile.co2e_kg;
            prop_assert!(relative <= 1e-9, "{}: per transaction × transactions off by {relative}", profile.id);
            let elements: f64 = profile.by_element.iter().map(|(_, kg)| kg).sum();
            let relative = (elements - profile.per_transaction_kg).abs() / profile.per_transaction_kg;
            prop_assert!(relative <= 1e-9, "{}: elements off by {relative}", profile.id);
            sum += profile.co2e_kg;
        }
        prop_assert!((sum - total).abs() <= 1e-9 * total, "channels {sum} against total {total}");
    }
}

#[test]
fn profiles_list_each_channels_elements_in_order() {
    let service = three_channels(1000.0, 400.0, 100.0);
    let profiles = compare::profiles(&central(&service), &service);
    let elements =
        |i: usize| -> Vec<Element> { profiles[i].by_element.iter().map(|(e, _)| *e).collect() };
    // Every channel has the shared casework (staff time at home and a laptop's manufacture) and
    // its share of the civic centre's electricity (`other`).
    assert_eq!(
        elements(0),
        [
            Element::Network,
            Element::StaffTime,
            Element::StaffDevice,
            Element::Other
        ]
    );
    assert_eq!(
        elements(1),
        [
            Element::StaffTime,
            Element::StaffDevice,
            Element::Paper,
            Element::Post,
            Element::Other
        ]
    );
    assert_eq!(
        elements(2),
        [
            Element::CitizenTravel,
            Element::StaffTime,
            Element::StaffDevice,
            Element::Building,
            Element::Other
        ]
    );
    // Two short emails per online transaction: 2 × 0.3 g.
    assert_close(
        profiles[0].element_kg(Element::Network),
        0.0006,
        1e-12,
        "emails",
    );
    // The civic centre's 2,000 kWh is split by transactions, so it is the same per transaction
    // in every channel.
    for profile in &profiles {
        assert_close(
            profile.element_kg(Element::Other),
            2_000.0 * UK_ELECTRICITY_KG_PER_KWH / 1500.0,
            1e-12,
            &profile.id,
        );
    }
    assert_eq!(profiles[0].element_kg(Element::Building), 0.0);
    assert!(!profiles[0].includes(Element::Building));
}

#[test]
fn profile_intervals_are_the_channel_intervals_per_transaction() {
    let service = three_channels(1000.0, 400.0, 100.0);
    let assessment = sampled(&service, 3);
    for (profile, result) in compare::profiles(&assessment, &service)
        .iter()
        .zip(&assessment.channels)
    {
        let total = profile.interval.expect("an interval");
        let per = profile.per_transaction_interval.expect("an interval");
        assert_eq!(Some(total), result.interval);
        assert_close(per.low * profile.transactions, total.low, 1e-12, "low");
        assert_close(per.high * profile.transactions, total.high, 1e-12, "high");
        assert!(per.low < profile.per_transaction_kg && profile.per_transaction_kg < per.high);
    }
}

/// Two channels: citizens travel to the counter; the online channel has no travel, and shares
/// a building's electricity (`other`) with it.
fn travel_service(online_not_applicable: Vec<Element>, online: f64) -> Service {
    let mut online_channel = channel("online", "Online", online);
    online_channel.not_applicable = online_not_applicable;
    service_of(
        vec![online_channel, channel("counter", "Counter", 100.0)],
        vec![
            per_transaction(
                "trip",
                "travel",
                Inputs::new()
                    .with("distance", number(5.0))
                    .with("modes", shares(&[("car", 1.0)])),
                Some("counter"),
            ),
            // Only in the counter channel: `other` is never a gap.
            {
                let mut kiosk = Component::leaf(
                    "kiosk",
                    "electricity",
                    Inputs::new().with("energy", number(300.0)),
                );
                kiosk.channel = Some("counter".to_owned());
                kiosk
            },
        ],
    )
}

#[test]
fn gaps_name_an_element_one_channel_leaves_out() {
    let service = travel_service(Vec::new(), 1000.0);
    let gaps = compare::gaps(&compare::profiles(&central(&service), &service));
    assert_eq!(
        gaps,
        [Gap {
            channel_id: "online".to_owned(),
            channel: "Online".to_owned(),
            element: Element::CitizenTravel,
            included_by_ids: vec!["counter".to_owned()],
            included_by: vec!["Counter".to_owned()],
        }]
    );
}

#[test]
fn no_gap_for_an_element_declared_not_applicable() {
    let service = travel_service(vec![Element::CitizenTravel], 1000.0);
    let profiles = compare::profiles(&central(&service), &service);
    assert_eq!(profiles[0].not_applicable, [Element::CitizenTravel]);
    assert_eq!(compare::gaps(&profiles), []);
}

#[test]
fn no_gap_for_a_channel_without_transactions() {
    let service = travel_service(Vec::new(), 0.0);
    assert_eq!(
        compare::gaps(&compare::profiles(&central(&service), &service)),
        []
    );
}

#[test]
fn shifted_moves_a_fraction_of_the_volume() {
    let service = three_channels(1000.0, 400.0, 100.0);
    let shift = |from: &str, to: &str, fraction: f64| Shift {
        from: from.to_owned(),
        to: to.to_owned(),
        fraction,
    };
    let (scenario, moved) = compare::shifted(&service, &[shift("paper", "online", 0.25)]).unwrap();
    assert_eq!(moved, [100.0]);
    let volumes: Vec<f64> = scenario.channels.iter().map(|c| c.transactions).collect();
    assert_eq!(volumes, [1100.0, 300.0, 100.0]);
    assert_eq!(scenario.total_transactions(), service.total_transactions());
    assert_eq!(
        service.channels[1].transactions, 400.0,
        "the service is left as it was"
    );
    assert_eq!(scenario.components, service.components);

    // Each shift takes its fraction of the volume left by the ones before.
    let (scenario, moved) = compare::shifted(
        &service,
        &[
            shift("paper", "online", 0.5),
            shift("paper", "counter", 0.5),
        ],
    )
    .unwrap();
    assert_eq!(moved, [200.0, 100.0]);
    let volumes: Vec<f64> = scenario.channels.iter().map(|c| c.transactions).collect();
    assert_eq!(volumes, [1200.0, 100.0, 200.0]);

    // The ends of the range are allowed.
    let (scenario, moved) = compare::shifted(&service, &[shift("counter", "paper", 1.0)]).unwrap();
    assert_eq!(moved, [100.0]);
    assert_eq!(scenario.channels[2].transactions, 0.0);
    let (scenario, moved) = compare::shifted(&service, &[shift("counter", "paper", 0.0)]).unwrap();
    assert_eq!(moved, [0.0]);
    assert_eq!(scenario, service);

    for (bad, error) in [
        (
            shift("post", "online", 0.1),
            ShiftError::UnknownChannel("post".to_owned()),
        ),
        (
            shift("paper", "web", 0.1),
            ShiftError::UnknownChannel("web".to_owned()),
        ),
        (shift("paper", "online", 1.5), ShiftError::Fraction(150.0)),
        (shift("paper", "online", -0.1), ShiftError::Fraction(-10.0)),
        (
            shift("paper", "online", f64::NAN),
            ShiftError::Fraction(f64::NAN),
        ),
        (
            shift("paper", "paper", 0.1),
            ShiftError::SameChannel("paper".to_owned()),
        ),
    ] {
        let refused = compare::shifted(&service, &[shift("online", "counter", 0.1), bad.clone()]);
        match (refused, &error) {
            (Err(ShiftError::Fraction(found)), ShiftError::Fraction(expected))
                if expected.is_nan() =>
            {
                assert!(found.is_nan(), "{bad:?}: {found}");
            }
            (refused, _) => assert_eq!(refused, Err(error), "{bad:?}"),
        }
    }
    assert_eq!(
        ShiftError::Fraction(150.0).to_string(),
        "a shift moves between 0% and 100% of a channel's transactions, not 150%"
    );
}

#[test]
fn saving_is_before_minus_after_with_an_interval_taken_draw_by_draw() {
    let service = three_channels(1000.0, 400.0, 100.0);
    let (scenario, _) = compare::shifted(
        &service,
        &[Shift {
            from: "counter".to_owned(),
            to: "online".to_owned(),
            fraction: 0.5,
        }],
    )
    .unwrap();
    let before = sampled(&service, 11);
    let after = sampled(&scenario, 11);
    let saving = compare::saving(&before, &after);
    assert_eq!(saving.before_kg, before.co2e_kg());
    assert_eq!(saving.after_kg, after.co2e_kg());
    assert_eq!(saving.saving_kg, before.co2e_kg() - after.co2e_kg());
    assert!(
        saving.saving_kg > 0.0,
        "a counter visit costs more than a form online"
    );
    let range = saving.interval.expect("an interval from the draws");
    assert!(
        range.low < saving.saving_kg && saving.saving_kg < range.high,
        "{range:?} should contain {}",
        saving.saving_kg
    );
    let differences: Vec<f64> = before
        .total_draws
        .iter()
        .zip(&after.total_draws)
        .map(|(b, a)| b - a)
        .collect();
    assert_eq!(differences.len(), 200);
    assert_eq!(range, interval(differences));
    // The uncertainty both share (the building, the staff time, the electricity) cancels:
    // the saving is known far better than either total.
    let before_range = before.interval.unwrap();
    assert!(range.high - range.low < 0.5 * (before_range.high - before_range.low));

    // With the same seed, a shift of nothing saves exactly nothing in every draw.
    let (unchanged, _) = compare::shifted(
        &service,
        &[Shift {
            from: "counter".to_owned(),
            to: "online".to_owned(),
            fraction: 0.0,
        }],
    )
    .unwrap();
    let nothing = compare::saving(&before, &sampled(&unchanged, 11));
    assert_eq!(nothing.saving_kg, 0.0);
    let range = nothing.interval.unwrap();
    assert_eq!((range.low, range.high), (0.0, 0.0));

    // No draws, no interval; draws of different lengths are not paired.
    assert_eq!(
        compare::saving(&central(&service), &central(&scenario)).interval,
        None
    );
    let mut fewer = sampled(&scenario, 11);
    fewer.total_draws.pop();
    assert_eq!(compare::saving(&before, &fewer).interval, None);
}

// Each new model's central value, by hand from the bundled factors.

/// The one component of a service that runs `model` once over the period.
fn evaluate(model: &str, inputs: Inputs) -> ComponentResult {
    let service = service_of(
        vec![channel("online", "Online", 1.0)],
        vec![Component::leaf("it", model, inputs)],
    );
    let mut assessment = central(&service);
    let component = assessment.components.remove(0);
    assert_eq!(component.error, None, "{model}");
    component
}

/// The component's kgCO2e by element.
fn kg_of(component: &ComponentResult, element: Element) -> f64 {
    component
        .impact
        .parts
        .iter()
        .filter(|p| p.element == element)
        .map(|p| p.co2e_kg)
        .sum()
}

#[test]
fn travel_by_car_there_and_back() {
    let trip = evaluate(
        "travel",
        Inputs::new()
            .with("distance", number(10.0))
            .with("modes", shares(&[("car", 1.0)])),
    );
    // DESNZ 2025 business travel, average car of unknown fuel: 0.16725 kgCO2e per km, 20 km.
    assert_close(trip.co2e_kg(), 20.0 * 0.16725, 1e-12, "car");
    assert_eq!(kg_of(&trip, Element::CitizenTravel), trip.co2e_kg());
    assert!(
        trip.impact
            .parts
            .iter()
            .all(|p| p.scope == Scope::Scope3(11))
    );
}

#[test]
fn travel_by_a_split_of_modes_with_shared_cars_and_well_to_tank() {
    let trip = evaluate(
        "travel",
        Inputs::new()
            .with("distance", number(10.0))
            .with(
                "modes",
                shares(&[("car", 0.6), ("bus", 0.3), ("walk", 0.1)]),
            )
            .with("return_trip", InputValue::Bool(false))
            .with("car_occupancy", number(2.0))
            .with("well_to_tank", InputValue::Bool(true))
            .with("who", text("staff")),
    );
    // 10 km one way: car 0.16725 (+ 0.04399 WTT) per vehicle-km over 2 people; bus 0.10385
    // (+ 0.02649 WTT) per passenger-km; walking nothing.
    let direct = 10.0 * (0.6 * 0.16725 / 2.0 + 0.3 * 0.10385);
    let upstream = 10.0 * (0.6 * 0.04399 / 2.0 + 0.3 * 0.02649);
    assert_close(trip.co2e_kg(), direct + upstream, 1e-12, "mixed modes");
    assert_close(trip.impact.parts[0].co2e_kg, direct, 1e-12, "direct");
    assert_close(
        trip.impact.parts[1].co2e_kg,
        upstream,
        1e-12,
        "well-to-tank",
    );
    assert_eq!(kg_of(&trip, Element::StaffTravel), trip.co2e_kg());
    assert!(
        trip.impact
            .parts
            .iter()
            .all(|p| p.scope == Scope::Scope3(6))
    );
}

#[test]
fn staff_time_at_home() {
    let hour = evaluate(
        "staff-time",
        Inputs::new()
            .with("minutes", number(60.0))
            .with("workplace", text("home")),
    );
    // DESNZ homeworking 0.33378 kgCO2e per FTE hour (it includes the workstation's
    // electricity), plus an hour of a laptop's manufacture: 241 kgCO2e over 4 years × 1,856 h.
    let embodied = 241.0 * 1.0 / (4.0 * 1856.0);
    assert_close(hour.co2e_kg(), 0.33378 + embodied, 1e-12, "home");
    assert_close(
        kg_of(&hour, Element::StaffTime),
        0.33378,
        1e-12,
        "homeworking",
    );
    assert_close(
        kg_of(&hour, Element::StaffDevice),
        embodied,
        1e-12,
        "laptop",
    );
    assert_eq!(hour.impact.energy_kwh(), 0.0);
}

#[test]
fn staff_time_in_an_office() {
    let hour = evaluate(
        "staff-time",
        Inputs::new()
            .with("minutes", number(60.0))
            .with("office_energy_per_hour", number(0.38)),
    );
    // 0.38 kWh of the building per desk-hour and a laptop's 10.1 W for an hour, at the UK grid,
    // plus the laptop's manufacture.
    let building = 0.38 * UK_ELECTRICITY_KG_PER_KWH;
    let laptop = 0.0101 * UK_ELECTRICITY_KG_PER_KWH + 241.0 / (4.0 * 1856.0);
    assert_close(kg_of(&hour, Element::StaffTime), building, 1e-12, "office");
    assert_close(kg_of(&hour, Element::StaffDevice), laptop, 1e-12, "laptop");
    assert_close(hour.impact.energy_kwh(), 0.38 + 0.0101, 1e-12, "kWh");
}

#[test]
fn paper_sheets() {
    let sheets = evaluate("paper", Inputs::new().with("sheets", number(10.0)));
    // 10 A4 sheets of 80 g/m² (4.99 g each) = 49.9 g; DESNZ 2025 primary paper 1,345.08
    // kgCO2e/t, and closed-loop recycling at end of life 4.68568 kgCO2e/t.
    let tonnes = 10.0 * 4.99 / 1e6;
    assert_close(
        sheets.co2e_kg(),
        tonnes * 1345.08 + tonnes * 4.68568,
        1e-12,
        "paper",
    );
    assert_close(
        sheets.impact.parts[0].co2e_kg,
        tonnes * 1345.08,
        1e-12,
        "production",
    );
    assert_close(
        sheets.impact.parts[1].co2e_kg,
        tonnes * 4.68568,
        1e-12,
        "end of life",
    );
    assert_eq!(kg_of(&sheets, Element::Paper), sheets.co2e_kg());
}

#[test]
fn post_letters() {
    let letters = evaluate("post", Inputs::new().with("items", number(2.0)));
    // 26 gCO2e a letter (derived from Royal Mail's 2005/06 data).
    assert_close(letters.co2e_kg(), 0.052, 1e-12, "letters");
    assert_eq!(kg_of(&letters, Element::Post), letters.co2e_kg());
    let parcel = evaluate("post", Inputs::new().with("item", text("parcel")));
    // Royal Mail 2024-25: 165 gCO2e a parcel.
    assert_close(parcel.co2e_kg(), 0.165, 1e-12, "parcel");
}

#[test]
fn building_visit_shares_the_buildings_year() {
    let visit = evaluate(
        "building-visit",
        Inputs::new()
            .with("annual_energy", number(100_000.0))
            .with("annual_visits", number(10_000.0))
            .with("annual_other_co2e", number(50_000.0)),
    );
    // 10 kWh a visit at the UK grid, and 5 kgCO2e a visit of the building's gas.
    assert_close(
        kg_of(&visit, Element::Building),
        10.0 * UK_ELECTRICITY_KG_PER_KWH + 5.0,
        1e-12,
        "visit",
    );
    assert_close(visit.impact.energy_kwh(), 10.0, 1e-12, "kWh");
    let scopes: Vec<Scope> = visit.impact.parts.iter().map(|p| p.scope).collect();
    assert_eq!(scopes, [Scope::Scope2, Scope::Scope3(3), Scope::Scope1]);
}

#[test]
fn notification_emails_and_letters() {
    let emails = evaluate("notification", Inputs::new().with("emails", number(3.0)));
    // 0.3 gCO2e a short email (Berners-Lee).
    assert_close(emails.co2e_kg(), 0.0009, 1e-12, "emails");
    assert_eq!(kg_of(&emails, Element::Network), emails.co2e_kg());

    let letter = evaluate("notification", Inputs::new().with("letters", number(1.0)));
    // One A4 sheet (4.99 g) in a DL envelope (4.5 g), made and recycled, and delivered (26 g).
    let tonnes = (4.99 + 4.5) / 1e6;
    assert_close(
        kg_of(&letter, Element::Paper),
        tonnes * (1345.08 + 4.68568),
        1e-12,
        "paper",
    );
    assert_close(kg_of(&letter, Element::Post), 0.026, 1e-12, "post");

    let texts = evaluate(
        "notification",
        Inputs::new()
            .with("sms", number(3.0))
            .with("sms_factor", number(0.02)),
    );
    assert_close(texts.co2e_kg(), 3.0 * 0.02 / 1000.0, 1e-12, "sms");
}

#[test]
fn phone_call_with_the_suppliers_telephony_figure() {
    let call = evaluate(
        "phone-call",
        Inputs::new()
            .with("minutes", number(10.0))
            .with("handler_minutes", number(15.0))
            .with("telephony_per_minute", number(2.0))
            .with("office_energy_per_hour", number(0.38))
            .with("device", text("none")),
    );
    // 10 minutes × 2 gCO2e of telephony; a quarter of a desk-hour of the office's 0.38 kWh.
    assert_close(kg_of(&call, Element::Network), 0.02, 1e-12, "telephony");
    assert_close(
        kg_of(&call, Element::StaffTime),
        0.25 * 0.38 * UK_ELECTRICITY_KG_PER_KWH,
        1e-12,
        "handler",
    );
    assert_eq!(kg_of(&call, Element::StaffDevice), 0.0);
}

/// The report of the Welsh example: each part against the functions it is made of, the
/// summary against its definition, and the scenarios against assessments of shifted services.
#[test]
fn report_of_the_welsh_example_gathers_profiles_gaps_contrasts_and_scenarios() {
    use sero_core::compare::{ScenarioOf, report};
    let service = super::example("blue-badge-wales.yaml");
    let registry = Registry::bundled();
    let options = Options {
        samples: 50,
        seed: 7,
        explain: false,
    };
    let before = assess(&service, &registry, super::library(), options);
    let shifts = [
        Shift {
            from: "paper".to_owned(),
            to: "online".to_owned(),
            fraction: 0.25,
        },
        Shift {
            from: "phone".to_owned(),
            to: "online".to_owned(),
            fraction: 0.5,
        },
    ];
    let r = report(&service, &before, &registry, super::library(), &shifts).unwrap();
    assert_eq!((r.samples, r.seed), (50, 7));
    assert_eq!(r.functional_unit, service.functional_unit);
    let profiles = compare::profiles(&before, &service);
    assert_eq!(r.channels.len(), profiles.len());
    for (a, b) in r.channels.iter().zip(&profiles) {
        assert_eq!((&a.id, a.per_transaction_kg), (&b.id, b.per_transaction_kg));
        assert_eq!(a.by_element, b.by_element);
    }
    assert_eq!(r.gaps, compare::gaps(&profiles));
    for e in Element::ALL {
        assert_eq!(
            r.elements.contains(&e),
            profiles.iter().any(|p| p.includes(e)),
            "{e:?}"
        );
    }
    // Every channel but the lowest, against the lowest.
    let lowest = profiles
        .iter()
        .min_by(|a, b| a.per_transaction_kg.total_cmp(&b.per_transaction_kg))
        .unwrap();
    assert_eq!(r.contrasts.len(), profiles.len() - 1);
    for c in &r.contrasts {
        assert_eq!(c.baseline_id, lowest.id);
        let p = profiles.iter().find(|p| p.id == c.channel_id).unwrap();
        assert_eq!(c.ratio, p.per_transaction_kg / lowest.per_transaction_kg);
        assert!(c.ratio > 1.0);
        assert!(!c.mostly.is_empty() && c.mostly.len() <= 3);
        let difference = |e: Element| p.element_kg(e) - lowest.element_kg(e);
        for pair in c.mostly.windows(2) {
            assert!(difference(pair[0]) >= difference(pair[1]), "{:?}", c.mostly);
        }
        assert!(c.mostly.iter().all(|e| difference(*e) > 0.0));
    }
    // One scenario per shift, then both together; each saving as an assessment of the
    // shifted service gives it.
    assert_eq!(
        r.scenarios.iter().map(|s| s.of).collect::<Vec<_>>(),
        [
            ScenarioOf::Shift(0),
            ScenarioOf::Shift(1),
            ScenarioOf::AllTogether
        ]
    );
    for (scenario, applied) in r
        .scenarios
        .iter()
        .zip([&shifts[..1], &shifts[1..], &shifts[..]])
    {
        let (shifted, moved) = compare::shifted(&service, applied).unwrap();
        let after = assess(&shifted, &registry, super::library(), options);
        assert_eq!(scenario.saving, compare::saving(&before, &after));
        assert_eq!(scenario.transactions_moved, moved.iter().sum::<f64>());
        assert!(scenario.saving.saving_kg > 0.0);
        assert!(scenario.saving.interval.is_some());
    }
    let paper = service.channels.iter().find(|c| c.id == "paper").unwrap();
    assert_eq!(r.scenarios[0].transactions_moved, paper.transactions * 0.25);
}

#[test]
fn report_names_the_scenario_that_cannot_be_built() {
    use sero_core::compare::{ScenarioError, ScenarioOf, report};
    let service = super::example("blue-badge-wales.yaml");
    let registry = Registry::bundled();
    let before = assess(&service, &registry, super::library(), Options::default());
    let shift = |from: &str, to: &str, fraction: f64| Shift {
        from: from.to_owned(),
        to: to.to_owned(),
        fraction,
    };
    let error = report(
        &service,
        &before,
        &registry,
        super::library(),
        &[shift("paper", "online", 0.1), shift("phone", "fax", 0.1)],
    )
    .unwrap_err();
    assert_eq!(
        error,
        ScenarioError {
            of: ScenarioOf::Shift(1),
            error: ShiftError::UnknownChannel("fax".to_owned())
        }
    );
    // A fraction above 100% is refused, naming its shift.
    let error = report(
        &service,
        &before,
        &registry,
        super::library(),
        &[shift("paper", "online", 1.5)],
    )
    .unwrap_err();
    assert_eq!(error.of, ScenarioOf::Shift(0));
    assert_eq!(error.error, ShiftError::Fraction(150.0));
}

fn profile(id: &str, transactions: f64, by_element: &[(Element, f64)]) -> compare::ChannelProfile {
    let per: f64 = by_element.iter().map(|(_, kg)| kg).sum();
    compare::ChannelProfile {
        id: id.to_owned(),
        name: format!("channel {id}"),
        transactions,
        co2e_kg: per * transactions,
        interval: None,
        per_transaction_kg: per,
        per_transaction_interval: None,
        by_element: by_element.to_vec(),
        not_applicable: Vec::new(),
    }
}

/// The summary as data: ratio to the lowest channel, and as few elements as make 60% of the
/// difference (at most three), largest first.
#[test]
fn contrasts_name_the_elements_that_make_the_difference() {
    let contrasts = compare::contrasts(&[
        profile(
            "b",
            10.0,
            &[
                (Element::Hosting, 1.0),
                (Element::Paper, 5.0),
                (Element::Post, 3.0),
                (Element::Building, 1.0),
            ],
        ),
        profile("a", 100.0, &[(Element::Hosting, 1.0)]),
        // No transactions: neither compared nor the baseline.
        profile("idle", 0.0, &[(Element::Hosting, 0.1)]),
        profile(
            "c",
            5.0,
            &[
                (Element::Hosting, 0.5),
                (Element::StaffTime, 1.0),
                (Element::Paper, 1.0),
                (Element::Post, 1.0),
                (Element::Building, 1.0),
            ],
        ),
    ]);
    assert_eq!(contrasts.len(), 2);
    let b = &contrasts[0];
    assert_eq!((b.channel_id.as_str(), b.baseline_id.as_str()), ("b", "a"));
    assert_eq!(b.ratio, 10.0);
    // Paper is 5/9 of the difference, under 60%: post joins it.
    assert_eq!(b.mostly, [Element::Paper, Element::Post]);
    // Four equal differences of 1 (hosting is lower than the baseline's): three at most.
    let c = &contrasts[1];
    assert_eq!(c.channel_id, "c");
    assert_eq!(c.ratio, 4.5);
    assert_eq!(c.mostly.len(), 3);
    assert!(!c.mostly.contains(&Element::Hosting));
    // Without an active channel there is nothing to say.
    assert!(compare::contrasts(&[profile("idle", 0.0, &[(Element::Hosting, 1.0)])]).is_empty());
}
