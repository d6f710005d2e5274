//! Reading quantities written by people.

use sero_core::units::{BYTE, FRACTION, G_PER_KWH, KWH, MINUTE, QuantityError, parse_quantity};

#[track_caller]
fn check(text: &str, unit: &sero_core::units::Unit, expected: f64) {
    let got = parse_quantity(text, unit).unwrap_or_else(|e| panic!("{text}: {e}"));
    assert!(
        (got - expected).abs() <= 1e-12 * expected.abs(),
        "{text}: {got} != {expected}"
    );
}

#[test]
fn numbers_and_units_convert() {
    check("12", &KWH, 12.0);
    check("12 kWh", &KWH, 12.0);
    check("1.5MWh", &KWH, 1500.0);
    check("2,400 Wh", &KWH, 2.4);
    check("3600 kJ", &KWH, 1.0);
    check("2.5 MB", &BYTE, 2_500_000.0);
    check("300 KiB", &BYTE, 307_200.0);
    check("1e9", &BYTE, 1e9);
    check("25%", &FRACTION, 0.25);
    check("1.5 h", &MINUTE, 90.0);
    check("0.2 kgCO2e/kWh", &G_PER_KWH, 200.0);
}

#[test]
fn wrong_units_are_named_with_a_suggestion() {
    match parse_quantity("12 kwh", &KWH) {
        Err(QuantityError::UnknownUnit {
            unit, suggestion, ..
        }) => {
            assert_eq!(unit, "kwh");
            assert_eq!(suggestion, Some("kWh"));
        }
        other => panic!("{other:?}"),
    }
    let error = parse_quantity("3 GB", &KWH).unwrap_err().to_string();
    assert!(
        error.contains("`GB` is a unit of data size, but this takes energy"),
        "{error}"
    );
    assert!(matches!(
        parse_quantity("lots", &KWH),
        Err(QuantityError::NotANumber(_))
    ));
}
