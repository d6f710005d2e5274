//! The laws every estimate must obey, as property tests over random inputs.

use proptest::prelude::*;

use sero_core::evaluate::{Options, assess};
use sero_core::model::{Context, InputValue, Inputs};
use sero_core::models::Registry;
use sero_core::models::data_transfer::{Method, Per, TransferRequest, estimate_transfer};
use sero_core::service::{Basis, Channel, Component, ComponentKind, Date, Period, Service};

fn transfer(method: Method, per: Per, bytes: f64, green: bool) -> f64 {
    let library = super::library();
    let mut request = TransferRequest::new(method, bytes);
    request.per = per;
    request.green = green;
    let mut ctx = Context::explaining(library, 8760.0);
    estimate_transfer(&request, &mut ctx).unwrap().co2e_g
}

fn method_and_per() -> impl Strategy<Value = (Method, Per)> {
    prop_oneof![
        Just((Method::SwdV4, Per::Byte)),
        Just((Method::SwdV4, Per::Visit)),
        Just((Method::SwdV3, Per::Byte)),
        Just((Method::SwdV3, Per::Visit)),
        Just((Method::OneByte, Per::Byte)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn more_bytes_never_less_co2((method, per) in method_and_per(), a in 0.0..1e11f64, b in 0.0..1e11f64, green: bool) {
        let (small, large) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(transfer(method, per, small, green) <= transfer(method, per, large, green));
    }

    #[test]
    fn green_hosting_never_more_than_grey((method, per) in method_and_per(), bytes in 0.0..1e11f64) {
        prop_assert!(transfer(method, per, bytes, true) <= transfer(method, per, bytes, false));
    }

    #[test]
    fn per_unit_times_volume_is_the_total(online in 1.0..1e6f64, paper in 1.0..1e6f64, minutes in 0.0..120.0f64, kwh in 0.0..1e5f64, share in 0.0..=1.0f64) {
        let service = service(online, paper, minutes, kwh, share);
        let a = assess(&service, &Registry::bundled(), super::library(), Options::default());
        let total = a.co2e_kg();
        prop_assert!((a.per_unit_kg() * a.transactions - total).abs() <= 1e-9 * total.abs().max(1e-12));
        let components: f64 = a.components.iter().map(|c| c.co2e_kg()).sum();
        prop_assert!((components - total).abs() <= 1e-9 * total.abs().max(1e-12));
        let channels: f64 = a.channels.iter().map(|c| c.co2e_kg).sum();
        prop_assert!((channels - total).abs() <= 1e-9 * total.abs().max(1e-12));
        for c in &a.channels {
            prop_assert!((c.per_transaction_kg() * c.transactions - c.co2e_kg).abs() <= 1e-9 * c.co2e_kg.abs().max(1e-12));
        }
    }

    #[test]
    fn scaling_the_volume_scales_per_transaction_components(online in 1.0..1e6f64, factor in 1.0..100.0f64, minutes in 0.1..120.0f64) {
        let small = assess(&service(online, 10.0, minutes, 0.0, 1.0), &Registry::bundled(), super::library(), Options::default());
        let large = assess(&service(online * factor, 10.0, minutes, 0.0, 1.0), &Registry::bundled(), super::library(), Options::default());
        let device = |a: &sero_core::Assessment| a.components.iter().find(|c| c.id == "devices").unwrap().co2e_kg();
        prop_assert!((device(&large) - device(&small) * factor).abs() <= 1e-9 * device(&large));
    }
}

#[test]
fn zero_in_zero_out() {
    for (method, per) in [
        (Method::SwdV4, Per::Byte),
        (Method::SwdV4, Per::Visit),
        (Method::SwdV3, Per::Byte),
        (Method::SwdV3, Per::Visit),
        (Method::OneByte, Per::Byte),
    ] {
        assert_eq!(transfer(method, per, 0.0, false), 0.0, "{method:?} {per:?}");
    }
    let a = assess(
        &service(1000.0, 10.0, 0.0, 0.0, 1.0),
        &Registry::bundled(),
        super::library(),
        Options {
            samples: 50,
            seed: 3,
            explain: true,
        },
    );
    assert_eq!(a.co2e_kg(), 0.0);
    assert_eq!(a.energy_kwh(), 0.0);
    let interval = a.interval.unwrap();
    assert_eq!((interval.low, interval.high), (0.0, 0.0));
}

/// A two-channel service: devices per online transaction, metered electricity shared by both.
pub fn service(online: f64, paper: f64, minutes: f64, kwh: f64, share: f64) -> Service {
    let mut devices = Component::leaf(
        "devices",
        "end-user-device",
        Inputs::new()
            .with("device", InputValue::Text("laptop".to_owned()))
            .with("minutes", InputValue::Number(minutes)),
    );
    devices.channel = Some("online".to_owned());
    devices.basis = Some(Basis::Transaction);
    let mut electricity = Component::leaf(
        "server-room",
        "electricity",
        Inputs::new().with("energy", InputValue::Number(kwh)),
    );
    electricity.share = Some(share);
    let group = Component {
        id: "it".to_owned(),
        name: None,
        kind: ComponentKind::Group(vec![devices, electricity]),
        channel: None,
        basis: None,
        share: None,
        allocation: None,
        scope: None,
        covers: None,
    };
    Service {
        name: "Test service".to_owned(),
        organisation: None,
        functional_unit: "application".to_owned(),
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
        channels: vec![
            Channel {
                id: "online".to_owned(),
                name: "Online".to_owned(),
                transactions: online,
                not_applicable: Vec::new(),
            },
            Channel {
                id: "paper".to_owned(),
                name: "Paper".to_owned(),
                transactions: paper,
                not_applicable: Vec::new(),
            },
        ],
        components: vec![group],
    }
}
