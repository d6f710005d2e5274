//! The Welsh county council example estate.

use sero_inventory::assets::GgcClass;
use sero_inventory::export::class_totals;

use super::{assert_close, inventory};

fn example() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/welsh-council-estate.csv"
    );
    std::fs::read_to_string(path).expect("the example estate")
}

#[test]
fn the_example_totals_are_the_sums_of_its_rows() {
    let inv = inventory(&example());
    assert_eq!(inv.rows.len(), 19);
    let rows: f64 = inv
        .rows
        .iter()
        .map(|r| r.embodied_kg + r.operational_kg + r.waste_kg)
        .sum();
    assert_close(inv.co2e_kg(), rows, "total");
    let categories: f64 = inv.by_category().iter().map(|(_, kg)| kg).sum();
    assert_close(categories, rows, "by Tech Carbon Standard category");
    let classes: f64 = GgcClass::ALL
        .into_iter()
        .map(|c| class_totals(&inv, c).co2e_kg())
        .sum();
    assert_close(classes, rows, "by Greening Government ICT class");
    // Every row used a published figure or its own; none was estimated from nothing.
    assert!(inv.rows.iter().all(|r| !r.factors.is_empty()));
    assert!(inv.rows.iter().all(|r| r.co2e_kg() >= 0.0));
}

#[test]
fn the_example_first_laptop_line_by_hand() {
    let inv = inventory(&example());
    let laptops = &inv.rows[0];
    assert_eq!(
        (laptops.line, laptops.asset, laptops.count),
        (10, "laptop", 3600.0)
    );
    // Laptop: 241 kgCO2e over 4 years; 10.1 W for 1,856 hours a year.
    assert_close(laptops.embodied_kg, 3600.0 * 241.0 / 4.0, "embodied");
    assert_close(
        laptops.operational_kg,
        3600.0 * 10.1 * 1856.0 / 1000.0 * super::DESNZ_2025_WITH_LOSSES,
        "operational",
    );
}
