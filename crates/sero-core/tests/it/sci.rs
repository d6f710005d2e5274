//! The Software Carbon Intensity (`sero_core::sci`) of the example services: the score against
//! its definition, the boundary against the assessment's parts, channels against the service,
//! and the refusals.

use sero_core::evaluate::{Options, assess};
use sero_core::impact::{Element, Kind};
use sero_core::models::Registry;
use sero_core::sci::{self, Coverage, Per, SciError, UnitName};
use sero_core::{Assessment, Service};

use super::{example, library};

fn assessed(service: &Service) -> Assessment {
    assess(service, &Registry::bundled(), library(), Options::default())
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1e-300)
}

/// O, M and E of the software boundary, added part by part straight from the assessment.
fn by_hand(a: &Assessment) -> (f64, f64, f64) {
    let (mut o, mut m, mut e) = (0.0, 0.0, 0.0);
    for c in a.components.iter().filter(|c| c.error.is_none()) {
        for p in c
            .impact
            .parts
            .iter()
            .filter(|p| sci::in_software(p.element))
        {
            match p.kind {
                Kind::Operational => {
                    o += p.co2e_kg;
                    e += p.energy_kwh;
                }
                Kind::Embodied => m += p.co2e_kg,
            }
        }
    }
    (o, m, e)
}

#[test]
fn score_is_operational_plus_embodied_per_unit() {
    for name in ["blue-badge-wales.yaml", "report-a-pothole.toml"] {
        let a = assessed(&example(name));
        let report = sci::score(&a, &Per::Transaction, None).unwrap();
        let terms = report.terms();
        let (o, m, e) = by_hand(&a);
        assert!(o > 0.0 && m > 0.0 && e > 0.0, "{name}: {o} {m} {e}");
        let r = a.transactions;
        assert_eq!(report.unit.count, r);
        assert_eq!(
            report.unit.name,
            UnitName::Transactions(a.functional_unit.clone())
        );
        assert!(close(terms.score_g, (o + m) * 1000.0 / r), "{name}");
        assert!(close(terms.o_g, o * 1000.0 / r), "{name}");
        assert!(close(terms.m_g, m * 1000.0 / r), "{name}");
        assert!(close(terms.e_kwh, e / r), "{name}");
        // SCI = ((E × I) + M) / R, with O = E × I + what has no energy.
        let i = terms.i_g_per_kwh.expect("the examples use electricity");
        assert!(close(terms.e_kwh * i, terms.o_energy_based_g), "{name}");
        assert!(
            close(terms.o_energy_based_g + terms.o_other_g, terms.o_g),
            "{name}"
        );
        assert!(close(terms.score_g, terms.o_g + terms.m_g), "{name}");
        // The boundary splits the service's footprint without losing any of it.
        assert!(close(report.total_kg, a.co2e_kg()), "{name}");
        assert!(
            close(
                report.o_kg() + report.m_kg() + report.outside_kg(),
                a.co2e_kg()
            ),
            "{name}"
        );
    }
}

#[test]
fn other_units_scale_the_same_footprint() {
    let a = assessed(&example("blue-badge-wales.yaml"));
    let per_transaction = sci::score(&a, &Per::Transaction, None).unwrap().terms();
    let period = sci::score(&a, &Per::Period, None).unwrap();
    assert_eq!(
        period.unit.name,
        UnitName::Period {
            days: a.period_days
        }
    );
    assert_eq!(period.unit.name.basis(), "period");
    assert!(close(
        period.terms().score_g,
        per_transaction.score_g * a.transactions
    ));
    let per = Per::parse("request=1200000", &a.functional_unit).unwrap();
    let requests = sci::score(&a, &per, None).unwrap();
    assert_eq!(requests.unit.name, UnitName::Given("request".to_owned()));
    assert!(close(
        requests.terms().score_g * 1_200_000.0,
        period.terms().score_g
    ));
}

#[test]
fn boundary_lists_every_element_with_its_components() {
    let a = assessed(&example("blue-badge-wales.yaml"));
    let report = sci::score(&a, &Per::Transaction, None).unwrap();
    for (element, sums) in &report.elements {
        let expected: Vec<&str> = a
            .components
            .iter()
            .filter(|c| c.error.is_none() && c.impact.parts.iter().any(|p| p.element == *element))
            .map(|c| c.path.as_str())
            .collect();
        assert_eq!(sums.components, expected, "{element:?}");
    }
    let inside: Vec<Element> = report.inside().map(|(e, _)| *e).collect();
    let outside: Vec<Element> = report.outside().map(|(e, _)| *e).collect();
    assert!(inside.contains(&Element::Hosting), "{inside:?}");
    assert!(outside.contains(&Element::Paper), "{outside:?}");
    assert!(outside.contains(&Element::CitizenTravel), "{outside:?}");
    assert!(inside.iter().all(|e| sci::in_software(*e)));
    assert!(outside.iter().all(|e| sci::outside(*e).is_some()));
    // The checklist says "in" exactly for what the service models.
    let checklist = report.checklist();
    let status = |item: &str| checklist.iter().find(|i| i.item == item).unwrap().coverage;
    assert_eq!(status("compute"), Coverage::In);
    assert_eq!(status("networking equipment"), Coverage::In);
    assert_eq!(status("end-user devices"), Coverage::In);
    assert_eq!(status("monitoring"), Coverage::NotModelled);
    assert_eq!(checklist.len(), 18);
}

#[test]
fn channels_add_up_to_the_service() {
    let a = assessed(&example("blue-badge-wales.yaml"));
    let service = sci::score(&a, &Per::Period, None).unwrap();
    let mut sum = 0.0;
    for channel in &a.channels {
        let report = sci::score(&a, &Per::Transaction, Some(&channel.id)).unwrap();
        assert_eq!(report.unit.count, channel.transactions);
        assert_eq!(
            report.channel,
            Some((channel.id.clone(), channel.name.clone()))
        );
        sum += report.terms().score_g * channel.transactions;
    }
    let whole = service.terms().score_g;
    assert!((sum - whole).abs() < 1e-9 * whole, "{sum} {whole}");
}

#[test]
fn zero_units_and_unknown_channels_are_errors() {
    let mut service = example("blue-badge-wales.yaml");
    service.channels[1].transactions = 0.0;
    let a = assessed(&service);
    let id = a.channels[1].id.clone();
    assert_eq!(
        sci::score(&a, &Per::Transaction, Some(&id)).unwrap_err(),
        SciError::NoUnits(0.0)
    );
    let given = Per::Given {
        name: "request".to_owned(),
        count: 0.0,
    };
    assert_eq!(
        sci::score(&a, &given, None).unwrap_err(),
        SciError::NoUnits(0.0)
    );
    // Per period R is 1, whatever the channel's volume.
    assert!(sci::score(&a, &Per::Period, Some(&id)).is_ok());
    match sci::score(&a, &Per::Transaction, Some("nope")).unwrap_err() {
        SciError::UnknownChannel { id, known } => {
            assert_eq!(id, "nope");
            assert_eq!(
                known,
                a.channels.iter().map(|c| c.id.clone()).collect::<Vec<_>>()
            );
        }
        other => panic!("{other:?}"),
    }
}
