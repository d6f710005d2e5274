//! Rows computed by hand from the archetypes of `devices.yaml` (medians of manufacturers'
//! product carbon footprint sheets) and the DESNZ 2025 UK electricity factors.

use sero_core::Arg;
use sero_inventory::assets::{GgcClass, TcsCategory};

use super::{DESNZ_2025_WITH_LOSSES, assert_close, inventory};

#[test]
fn a_laptop_is_embodied_over_life_plus_its_electricity() {
    let inv = inventory("asset,count\nlaptop,1\n");
    let row = &inv.rows[0];
    // Laptop: 241 kgCO2e over 4 years; 10.1 W for 1,856 hours a year.
    assert_close(row.embodied_kg, 241.0 / 4.0, "embodied");
    assert_close(row.energy_kwh, 10.1 * 1856.0 / 1000.0, "energy");
    assert_close(
        row.operational_kg,
        10.1 * 1856.0 / 1000.0 * DESNZ_2025_WITH_LOSSES,
        "operational",
    );
    assert_eq!(row.upstream, Some(TcsCategory::EmployeeHardware));
    assert_eq!(row.operational, TcsCategory::OnsiteEmployeeHardware);
    assert_eq!(row.ggc, GgcClass::EndUserDevices);
}

#[test]
fn counts_hours_and_overrides_scale_the_row() {
    let inv = inventory(
        "asset,count,hours_per_year,power_w,embodied_kg,life_years\nlaptop,10,2000,20,300,5\n",
    );
    let row = &inv.rows[0];
    assert_close(row.embodied_kg, 10.0 * 300.0 / 5.0, "embodied");
    assert_close(row.energy_kwh, 10.0 * 20.0 * 2000.0 / 1000.0, "energy");
}

#[test]
fn a_desktop_line_is_the_computer_without_its_monitor() {
    let inv = inventory("asset,count\ndesktop,2\nmonitor,3\n");
    // Desktop 301 kg / 4 years, 30.5 W; monitor 357 kg / 6 years, 22 W; 1,856 h each.
    assert_close(
        inv.rows[0].embodied_kg,
        2.0 * 301.0 / 4.0,
        "desktop embodied",
    );
    assert_close(
        inv.rows[0].energy_kwh,
        2.0 * 30.5 * 1856.0 / 1000.0,
        "desktop kWh",
    );
    assert_close(
        inv.rows[1].embodied_kg,
        3.0 * 357.0 / 6.0,
        "monitor embodied",
    );
    assert_eq!(inv.rows[1].ggc, GgcClass::Peripherals);
}

#[test]
fn an_on_premise_server_gets_the_on_premise_pue() {
    let inv = inventory("asset,count,hosting\nserver,2,on-premise\n");
    let row = &inv.rows[0];
    // Rack server: 174 W all year (the median sheet's yearly energy), PUE 1.58 (Uptime
    // Institute 2023), 1,280 kg over 4 years.
    let kwh = 2.0 * 174.0 * 8760.0 * 1.58 / 1000.0;
    assert_close(row.energy_kwh, kwh, "energy");
    assert_close(
        row.operational_kg,
        kwh * DESNZ_2025_WITH_LOSSES,
        "operational",
    );
    assert_close(row.embodied_kg, 2.0 * 1280.0 / 4.0, "embodied");
    assert_eq!(row.operational, TcsCategory::Servers);
    assert_eq!(row.ggc, GgcClass::ServersAndDataCentres);
}

#[test]
fn a_colocated_server_is_hosting_and_takes_the_given_pue() {
    let inv = inventory("asset,count,hosting,pue\nserver,1,colocation,1.3\n");
    let row = &inv.rows[0];
    assert_close(row.energy_kwh, 174.0 * 8760.0 * 1.3 / 1000.0, "energy");
    assert_eq!(row.ggc, GgcClass::Hosting);
    assert_eq!(row.upstream, Some(TcsCategory::ServerHardware));
}

#[test]
fn network_devices_run_all_year_without_pue() {
    // A switch has no open archetype: its row gives power, embodied emissions and life.
    let inv =
        inventory("asset,count,power_w,embodied_kg,life_years\nswitch,4,45,250,5\nwifi-ap,10,,,\n");
    let row = &inv.rows[0];
    assert_close(row.energy_kwh, 4.0 * 45.0 * 8760.0 / 1000.0, "energy");
    assert_close(row.embodied_kg, 4.0 * 250.0 / 5.0, "embodied");
    assert_eq!(row.upstream, Some(TcsCategory::NetworkHardware));
    assert_eq!(row.operational, TcsCategory::Networking);
    // A Wi-Fi access point: 4.17 W all year, 19 kg over 4 years (home mesh units' sheets).
    let ap = &inv.rows[1];
    assert_close(
        ap.energy_kwh,
        10.0 * 4.17 * 8760.0 / 1000.0,
        "access point energy",
    );
    assert_close(ap.embodied_kg, 10.0 * 19.0 / 4.0, "access point embodied");
    assert_eq!(ap.upstream, Some(TcsCategory::NetworkHardware));
}

#[test]
fn a_printer_takes_the_printer_archetype() {
    let inv = inventory("asset,count\nprinter,3\n");
    let row = &inv.rows[0];
    // Printer: 2.2 W averaged over the year (its yearly typical energy), 130 kg over 5 years.
    assert_close(row.energy_kwh, 3.0 * 2.2 * 8760.0 / 1000.0, "energy");
    assert_close(row.embodied_kg, 3.0 * 130.0 / 5.0, "embodied");
    assert_eq!(row.ggc, GgcClass::Peripherals);
}

#[test]
fn equipment_past_its_life_has_no_embodied_share_left() {
    let inv = inventory("asset,count,age_years\nlaptop,5,4\nlaptop,5,3.5\n");
    assert_eq!(inv.rows[0].embodied_kg, 0.0);
    assert_close(inv.rows[1].embodied_kg, 5.0 * 241.0 / 4.0, "younger");
    assert!(
        inv.assumptions()
            .iter()
            .any(|a| a.id() == "inventory-fully-amortised"
                && a.get("line") == Some(&Arg::Count(2))
                && a.get("age") == Some(&Arg::Exact(4.0)))
    );
}

#[test]
fn disposals_use_the_desnz_weee_factor_of_their_route() {
    let inv = inventory(
        "asset,count,disposed,disposal_route,disposed_kg\n\
         laptop,0,10,recycle,20\nlaptop,0,4,landfill,8\nlaptop,0,7,reuse,14\nlaptop,0,3,recycle,\n",
    );
    // DESNZ 2025, IT electrical items: open-loop 4.68568, landfill 8.98311 kgCO2e per tonne.
    assert_close(inv.rows[0].waste_kg, 0.020 * 4.68568, "recycled");
    assert_close(inv.rows[1].waste_kg, 0.008 * 8.98311, "landfill");
    assert_eq!(inv.rows[2].waste_kg, 0.0);
    assert_eq!(inv.rows[3].waste_kg, 0.0);
    assert_eq!(
        inv.rows[3].warnings[0].id(),
        "inventory-disposed-without-mass"
    );
    // End of life counts as the hardware's upstream emissions.
    assert_close(
        inv.by_category()[0].1,
        0.020 * 4.68568 + 0.008 * 8.98311,
        "employee hardware",
    );
}

#[test]
fn cloud_and_saas_lines_are_the_suppliers_electricity() {
    let inv = inventory("asset,annual_kwh,location\ncloud,1000,GBR\nsaas,500,FRA\n");
    assert_close(
        inv.rows[0].operational_kg,
        1000.0 * DESNZ_2025_WITH_LOSSES,
        "cloud",
    );
    // Ember's annual average for France as bundled with CO2.js 0.19.0: 44.18 gCO2e/kWh.
    assert_close(inv.rows[1].operational_kg, 500.0 * 44.18 / 1000.0, "saas");
    assert_eq!(inv.rows[0].operational, TcsCategory::CloudServices);
    assert_eq!(inv.rows[1].operational, TcsCategory::Saas);
    assert_eq!(inv.rows[1].upstream, None);
}

#[test]
fn category_sums_add_each_rows_parts() {
    let inv = inventory("asset,count\nlaptop,2\nmonitor,2\nwifi-ap,1\nserver,1\n");
    let by: std::collections::HashMap<_, _> = inv.by_category().into_iter().collect();
    let (laptop, monitor, switch, server) =
        (&inv.rows[0], &inv.rows[1], &inv.rows[2], &inv.rows[3]);
    assert_close(
        by[&TcsCategory::EmployeeHardware],
        laptop.embodied_kg + monitor.embodied_kg,
        "employee hardware",
    );
    assert_close(
        by[&TcsCategory::OnsiteEmployeeHardware],
        laptop.operational_kg + monitor.operational_kg,
        "onsite employee hardware",
    );
    assert_close(
        by[&TcsCategory::NetworkHardware],
        switch.embodied_kg,
        "network",
    );
    assert_close(by[&TcsCategory::Servers], server.operational_kg, "servers");
    assert_close(by.values().sum::<f64>(), inv.co2e_kg(), "sum of categories");
    assert!(!by.contains_key(&TcsCategory::Saas));
}

#[test]
fn splitting_a_line_changes_nothing() {
    for asset in [
        "laptop",
        "desktop",
        "monitor",
        "smartphone",
        "wifi-ap",
        "printer",
        "server",
    ] {
        for (a, b) in [(1, 0), (3, 4), (250, 1750)] {
            let whole = inventory(&format!("asset,count\n{asset},{}\n", a + b));
            let split = inventory(&format!("asset,count\n{asset},{a}\n{asset},{b}\n"));
            assert_close(
                whole.co2e_kg(),
                split.co2e_kg(),
                &format!("{asset} {a}+{b}"),
            );
            assert_close(
                whole.energy_kwh(),
                split.energy_kwh(),
                &format!("{asset} {a}+{b} kWh"),
            );
        }
    }
}

#[test]
fn a_server_in_the_cloud_is_a_service_line() {
    let inv = inventory("asset,hosting,annual_kwh\nserver,cloud,2000\nstorage,saas,300\n");
    assert_eq!(inv.rows[0].model, "electricity");
    assert_eq!(inv.rows[0].operational, TcsCategory::CloudServices);
    assert_eq!(inv.rows[1].operational, TcsCategory::Saas);
    assert_eq!(inv.rows[0].ggc, GgcClass::Hosting);
    assert_close(inv.rows[0].energy_kwh, 2000.0, "energy");
}

#[test]
fn storage_takes_the_server_life_and_says_it_is_assumed() {
    let inv = inventory("asset,count,power_w,embodied_kg\nstorage,2,500,3000\n");
    let row = &inv.rows[0];
    // The rack servers' median life: 4 years; on-premise PUE 1.58.
    assert_close(row.embodied_kg, 2.0 * 3000.0 / 4.0, "embodied");
    assert_close(
        row.energy_kwh,
        2.0 * 500.0 * 8760.0 * 1.58 / 1000.0,
        "energy",
    );
    assert!(
        row.assumptions
            .iter()
            .any(|a| a.id() == "inventory-assumed-storage-lifetime")
    );
}
