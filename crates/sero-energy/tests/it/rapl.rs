use sero_energy::rapl::{self, Meter, RaplError, Selection, ZoneKind, delta_uj};

use crate::{set_energy, zone};

const MAX: u64 = 262_143_328_850;

#[test]
fn delta_without_and_with_a_wrap() {
    assert_eq!(delta_uj(1_000, 5_000, MAX), 4_000);
    // Kepler's and CodeCarbon's correction: (max − before) + after.
    assert_eq!(delta_uj(MAX - 1_000, 500, MAX), 1_500);
    assert_eq!(delta_uj(7, 7, MAX), 0);
}

#[test]
fn discovers_packages_and_subzones_flat_and_nested() {
    let root = tempfile::tempdir().unwrap();
    zone(root.path(), "intel-rapl:0", "package-0", 10, MAX);
    zone(root.path(), "intel-rapl:0:0", "core", 10, MAX);
    zone(root.path(), "intel-rapl:1", "package-1", 10, MAX);
    // A subzone only nested inside its package, as under /sys/devices/virtual/powercap.
    zone(
        &root.path().join("intel-rapl:1"),
        "intel-rapl:1:1",
        "dram",
        10,
        65_532_610_987,
    );
    // The control-type directory and unrelated entries are ignored.
    std::fs::create_dir(root.path().join("intel-rapl")).unwrap();
    std::fs::create_dir(root.path().join("dtpm")).unwrap();
    let zones = rapl::discover(root.path()).unwrap();
    let ids: Vec<&str> = zones.iter().map(|z| z.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "intel-rapl:0",
            "intel-rapl:0:0",
            "intel-rapl:1",
            "intel-rapl:1:1"
        ]
    );
    let kinds: Vec<ZoneKind> = zones.iter().map(|z| z.kind).collect();
    assert_eq!(
        kinds,
        [
            ZoneKind::Package,
            ZoneKind::Core,
            ZoneKind::Package,
            ZoneKind::Dram
        ]
    );
    assert_eq!(zones[3].max_range_uj, 65_532_610_987);
}

#[test]
fn selection_never_counts_a_zone_twice() {
    let root = tempfile::tempdir().unwrap();
    zone(root.path(), "intel-rapl:0", "package-0", 0, MAX);
    zone(root.path(), "intel-rapl:0:0", "core", 0, MAX);
    zone(root.path(), "intel-rapl:0:1", "uncore", 0, MAX);
    zone(root.path(), "intel-rapl:0:2", "dram", 0, MAX);
    zone(root.path(), "intel-rapl:1", "psys", 0, MAX);
    // The same package through MMIO.
    zone(root.path(), "intel-rapl-mmio:0", "package-0", 0, MAX);
    let zones = rapl::discover(root.path()).unwrap();
    let ids = |selection| -> Vec<String> {
        rapl::select(&zones, selection)
            .into_iter()
            .map(|z| z.id)
            .collect()
    };
    assert_eq!(ids(Selection::default()), ["intel-rapl:0"]);
    assert_eq!(
        ids(Selection {
            include_dram: true,
            prefer_psys: false
        }),
        ["intel-rapl:0", "intel-rapl:0:2"]
    );
    assert_eq!(
        ids(Selection {
            include_dram: true,
            prefer_psys: true
        }),
        ["intel-rapl:1"]
    );
}

#[test]
fn psys_is_used_when_there_is_no_package() {
    let root = tempfile::tempdir().unwrap();
    zone(root.path(), "intel-rapl:1", "psys", 0, MAX);
    let zones = rapl::discover(root.path()).unwrap();
    let selected = rapl::select(&zones, Selection::default());
    assert_eq!(selected.len(), 1);
    assert_eq!(selected[0].kind, ZoneKind::Psys);
}

#[test]
fn meter_adds_several_packages_and_corrects_a_wrap() {
    let root = tempfile::tempdir().unwrap();
    zone(root.path(), "intel-rapl:0", "package-0", 1_000_000, MAX);
    zone(
        root.path(),
        "intel-rapl:1",
        "package-1",
        MAX - 2_000_000,
        MAX,
    );
    let zones = rapl::select(&rapl::discover(root.path()).unwrap(), Selection::default());
    let mut meter = Meter::start(zones).unwrap();
    set_energy(root.path(), "intel-rapl:0", 4_000_000);
    set_energy(root.path(), "intel-rapl:1", 1_000_000); // wrapped: 2 J + 1 J
    meter.sample().unwrap();
    set_energy(root.path(), "intel-rapl:0", 4_500_000);
    set_energy(root.path(), "intel-rapl:1", 1_250_000);
    meter.sample().unwrap();
    assert_eq!(meter.zone_joules(), [3.5, 3.25]);
    assert_eq!(meter.joules(), 6.75);
    assert_eq!(meter.wraps, 1);
    assert_eq!(meter.readings, 3);
}

#[test]
fn an_unreadable_counter_names_the_file_and_the_permission_hint() {
    // The tests may run as root, who can read a file whatever its mode, so unreadability is
    // simulated with a directory where the counter file should be (reading it fails with
    // "Is a directory", as a root-only file fails with "Permission denied" for others).
    let root = tempfile::tempdir().unwrap();
    zone(root.path(), "intel-rapl:0", "package-0", 0, MAX);
    let counter = root.path().join("intel-rapl:0/energy_uj");
    std::fs::remove_file(&counter).unwrap();
    std::fs::create_dir(&counter).unwrap();
    let zones = rapl::discover(root.path()).unwrap();
    let error = Meter::start(zones).unwrap_err();
    assert!(
        matches!(&error, RaplError::Unreadable { path, .. } if *path == counter),
        "{error:?}"
    );
    assert!(
        error.to_string().contains("intel-rapl:0/energy_uj"),
        "{error}"
    );
    assert_eq!(error.hint().id(), "energy-hint-rapl-permission");
}

#[test]
fn a_missing_counter_and_a_garbled_one_are_errors() {
    let root = tempfile::tempdir().unwrap();
    zone(root.path(), "intel-rapl:0", "package-0", 0, MAX);
    std::fs::remove_file(root.path().join("intel-rapl:0/energy_uj")).unwrap();
    let zones = rapl::discover(root.path()).unwrap();
    assert!(matches!(
        Meter::start(zones.clone()),
        Err(RaplError::Unreadable { .. })
    ));
    std::fs::write(root.path().join("intel-rapl:0/energy_uj"), "12 joules\n").unwrap();
    let error = Meter::start(zones).unwrap_err();
    assert!(matches!(error, RaplError::Malformed { ref content, .. } if content == "12 joules"));
}

#[test]
fn no_powercap_tree_is_no_zones() {
    let root = tempfile::tempdir().unwrap();
    assert!(matches!(
        rapl::discover(&root.path().join("absent")),
        Err(RaplError::NoZones { .. })
    ));
    assert!(matches!(
        rapl::discover(root.path()),
        Err(RaplError::NoZones { .. })
    ));
}
