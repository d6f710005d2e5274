//! Tests of sero-energy against real files: fake powercap trees and `/proc` files in temporary
//! directories, the running machine's `/proc`, real commands, captured exposition text of
//! Scaphandre and Kepler, and a loopback HTTP server.
//!
//! - [`rapl`]: discovery, zone selection, wrap-around, unreadable counters.
//! - [`procfs`]: `/proc/stat`, `/proc/<pid>/stat` and `/proc/cpuinfo`.
//! - [`http`]: fetching from a loopback exporter.
//! - [`laws`]: property tests of wrap correction, escaping and counter intervals.
//! - [`measure`]: commands measured through a fake powercap tree and by the TDP model.
//! - [`prometheus`]: the exposition parser.
//! - [`series`]: energy per interval from counters and gauges, resets, errors.

mod http;
mod laws;
mod measure;
mod procfs;
mod prometheus;
mod rapl;
mod series;

use std::path::Path;

/// A fake powercap zone: `dir/id/{name,energy_uj,max_energy_range_uj}`.
pub fn zone(root: &Path, id: &str, name: &str, energy_uj: u64, max_uj: u64) {
    let dir = root.join(id);
    std::fs::create_dir_all(&dir).expect("zone directory");
    std::fs::write(dir.join("name"), format!("{name}\n")).expect("name");
    std::fs::write(dir.join("energy_uj"), format!("{energy_uj}\n")).expect("energy_uj");
    std::fs::write(dir.join("max_energy_range_uj"), format!("{max_uj}\n")).expect("max");
}

/// Sets a fake zone's counter.
pub fn set_energy(root: &Path, id: &str, energy_uj: u64) {
    std::fs::write(root.join(id).join("energy_uj"), format!("{energy_uj}\n")).expect("energy_uj");
}

/// A fixture's text.
pub fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/it/fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
