//! RAPL energy counters through Linux powercap.
//!
//! Each zone is a directory under the powercap root (`/sys/class/powercap`):
//! `intel-rapl:<socket>` is a package, `intel-rapl:<socket>:<n>` a subzone of it (core, uncore,
//! dram), `intel-rapl-mmio:<n>` the same package read through MMIO on newer Intel parts. Each has
//! `name` (`package-0`, `core`, `uncore`, `dram`, `psys`), `energy_uj` (a counter in µJ) and
//! `max_energy_range_uj` (where the counter wraps to zero). AMD processors use the same names
//! since Linux 5.8. Sources: Linux kernel documentation, "Power Capping Framework"
//! (<https://docs.kernel.org/power/powercap/powercap.html>); Scaphandre 1.0,
//! `src/sensors/powercap_rapl.rs` (<https://github.com/hubblo-org/scaphandre>).
//!
//! **Which zones are summed** (so nothing is counted twice), following CodeCarbon 3.x's
//! defaults (`codecarbon/core/cpu.py`, <https://github.com/mlco2/codecarbon>) and Scaphandre's
//! notes on RAPL domains (`docs_src/explanations/rapl-domains.md`):
//! - every *package* zone, once per package (a package read both through MSR and MMIO counts
//!   once, the MSR zone);
//! - never `core` or `uncore`: they are parts of their package;
//! - `dram` only when asked ([`Selection::include_dram`]): on some processors DRAM is inside
//!   the package figure, on others not, and the kernel does not say which;
//! - `psys` (the whole platform, Skylake and later) only when there is no package zone, or when
//!   asked ([`Selection::prefer_psys`]), and then *instead of* the packages, never with them.
//!
//! **Wrap-around:** a counter that reads less than before has wrapped; the energy is
//! `max_energy_range_uj − before + after`, as Kepler (`internal/monitor/node.go`,
//! `calculateEnergyDelta`, <https://github.com/sustainable-computing-io/kepler>) and CodeCarbon
//! (`codecarbon/core/rapl.py`) compute it. Scaphandre instead drops such a sample. A counter
//! can wrap more than once between two readings (a 280 W package every ~234 s, CodeCarbon's
//! `docs/explanation/rapl.md`), so callers read the zones at least once a second during a
//! measurement ([`crate::measure`] does).

use std::path::{Path, PathBuf};

use sero_message::{Message, msg};

use crate::text;

/// What a zone measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZoneKind {
    Package,
    Core,
    Uncore,
    Dram,
    Psys,
    Other,
}

impl ZoneKind {
    fn from_name(name: &str) -> ZoneKind {
        let name = name.to_ascii_lowercase();
        if name.starts_with("package") {
            ZoneKind::Package
        } else if name == "core" {
            ZoneKind::Core
        } else if name == "uncore" {
            ZoneKind::Uncore
        } else if name == "dram" {
            ZoneKind::Dram
        } else if name == "psys" {
            ZoneKind::Psys
        } else {
            ZoneKind::Other
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ZoneKind::Package => "package",
            ZoneKind::Core => "core",
            ZoneKind::Uncore => "uncore",
            ZoneKind::Dram => "dram",
            ZoneKind::Psys => "psys",
            ZoneKind::Other => "other",
        }
    }
}

/// One powercap zone.
#[derive(Clone, Debug, PartialEq)]
pub struct Zone {
    /// The zone's directory.
    pub dir: PathBuf,
    /// The directory's name (`intel-rapl:0:2`).
    pub id: String,
    /// The zone's `name` file (`package-0`, `dram`).
    pub name: String,
    pub kind: ZoneKind,
    /// Read through MMIO (`intel-rapl-mmio:N`) rather than MSR.
    pub mmio: bool,
    /// The counter's wrap point, in µJ.
    pub max_range_uj: u64,
}

impl Zone {
    pub fn energy_path(&self) -> PathBuf {
        self.dir.join("energy_uj")
    }

    /// Reads the counter, in µJ.
    pub fn read_uj(&self) -> Result<u64, RaplError> {
        read_number(&self.energy_path())
    }
}

/// Why RAPL could not be read.
#[derive(Debug, thiserror::Error)]
pub enum RaplError {
    #[error("no RAPL zone under `{}` (no `intel-rapl:N` directory)", root.display())]
    NoZones { root: PathBuf },
    #[error("cannot read `{}`: {reason}", path.display())]
    Unreadable { path: PathBuf, reason: String },
    #[error("`{}` should hold a whole number of microjoules, not `{content}`", path.display())]
    Malformed { path: PathBuf, content: String },
}

impl RaplError {
    /// What went wrong, for the reader.
    pub fn message(&self) -> Message {
        match self {
            RaplError::NoZones { root } => {
                msg!("energy-error-no-rapl", root = root.display().to_string())
            }
            RaplError::Unreadable { path, reason } => msg!(
                "energy-error-cannot-read",
                path = path.display().to_string(),
                reason = reason
            ),
            RaplError::Malformed { path, content } => msg!(
                "energy-error-rapl-malformed",
                path = path.display().to_string(),
                content = content
            ),
        }
    }

    /// What to do about it.
    pub fn hint(&self) -> Message {
        match self {
            RaplError::NoZones { .. } => text::hint_no_rapl(),
            RaplError::Unreadable { .. } => text::hint_rapl_permission(),
            RaplError::Malformed { .. } => text::hint_rapl_malformed(),
        }
    }
}

fn read_text(path: &Path) -> Result<String, RaplError> {
    std::fs::read_to_string(path).map_err(|e| RaplError::Unreadable {
        path: path.to_owned(),
        reason: e.to_string(),
    })
}

fn read_number(path: &Path) -> Result<u64, RaplError> {
    let content = read_text(path)?;
    content.trim().parse().map_err(|_| RaplError::Malformed {
        path: path.to_owned(),
        content: content.trim().chars().take(40).collect(),
    })
}

/// `intel-rapl:0` → (false, [0]); `intel-rapl:0:2` → (false, [0, 2]); `intel-rapl-mmio:0`
/// → (true, [0]); anything else → None.
fn parse_id(id: &str) -> Option<(bool, Vec<u32>)> {
    let (mmio, rest) = if let Some(rest) = id.strip_prefix("intel-rapl-mmio:") {
        (true, rest)
    } else {
        (false, id.strip_prefix("intel-rapl:")?)
    };
    let numbers: Option<Vec<u32>> = rest.split(':').map(|n| n.parse().ok()).collect();
    let numbers = numbers?;
    (1..=2).contains(&numbers.len()).then_some((mmio, numbers))
}

/// Finds every RAPL zone under `root`, packages and subzones, in a stable order. Subzones are
/// found both flat in `root` (as in `/sys/class/powercap`) and nested in their package's
/// directory (as under `/sys/devices/virtual/powercap/intel-rapl`).
pub fn discover(root: &Path) -> Result<Vec<Zone>, RaplError> {
    let mut dirs: Vec<(String, PathBuf)> = Vec::new();
    let entries = match std::fs::read_dir(root) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(RaplError::NoZones {
                root: root.to_owned(),
            });
        }
        Err(e) => {
            return Err(RaplError::Unreadable {
                path: root.to_owned(),
                reason: e.to_string(),
            });
        }
    };
    for entry in entries.flatten() {
        let id = entry.file_name().to_string_lossy().into_owned();
        if parse_id(&id).is_some() {
            let path = entry.path();
            // Nested subzones.
            if let Ok(children) = std::fs::read_dir(&path) {
                for child in children.flatten() {
                    let child_id = child.file_name().to_string_lossy().into_owned();
                    if parse_id(&child_id).is_some_and(|(_, n)| n.len() == 2) {
                        dirs.push((child_id, child.path()));
                    }
                }
            }
            dirs.push((id, path));
        }
    }
    dirs.sort_by_key(|(id, _)| parse_id(id));
    dirs.dedup_by(|a, b| a.0 == b.0);
    if dirs.is_empty() {
        return Err(RaplError::NoZones {
            root: root.to_owned(),
        });
    }
    let mut zones = Vec::new();
    for (id, dir) in dirs {
        let Some((mmio, _)) = parse_id(&id) else {
            continue;
        };
        let name = read_text(&dir.join("name"))?.trim().to_owned();
        let max_range_uj = read_number(&dir.join("max_energy_range_uj"))?;
        zones.push(Zone {
            kind: ZoneKind::from_name(&name),
            dir,
            id,
            name,
            mmio,
            max_range_uj,
        });
    }
    Ok(zones)
}

/// Which zones to add up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Add the `dram` zones to the packages.
    pub include_dram: bool,
    /// Use `psys` (the whole platform) instead of the packages when there is one.
    pub prefer_psys: bool,
}

/// The zones to add up, by the rules in this module's documentation.
pub fn select(zones: &[Zone], selection: Selection) -> Vec<Zone> {
    let psys: Vec<Zone> = zones
        .iter()
        .filter(|z| z.kind == ZoneKind::Psys)
        .cloned()
        .collect();
    let mut packages: Vec<Zone> = Vec::new();
    for zone in zones.iter().filter(|z| z.kind == ZoneKind::Package) {
        // The same package through MSR and MMIO: keep one (MSR zones sort first).
        if !packages.iter().any(|p| p.name == zone.name) {
            packages.push(zone.clone());
        }
    }
    if !psys.is_empty() && (selection.prefer_psys || packages.is_empty()) {
        return psys;
    }
    if selection.include_dram {
        packages.extend(zones.iter().filter(|z| z.kind == ZoneKind::Dram).cloned());
    }
    packages
}

/// The energy between two readings of one counter, in µJ, correcting one wrap.
pub fn delta_uj(before: u64, after: u64, max_range_uj: u64) -> u64 {
    if after >= before {
        after - before
    } else {
        max_range_uj.saturating_sub(before) + after
    }
}

/// Readings of a set of zones over time, with the energy accumulated between them.
#[derive(Clone, Debug)]
pub struct Meter {
    zones: Vec<Zone>,
    last: Vec<u64>,
    total_uj: Vec<u64>,
    /// How many times a counter was found to have wrapped.
    pub wraps: usize,
    /// How many readings were taken (the first included).
    pub readings: usize,
}

impl Meter {
    /// Takes the first reading of `zones`.
    pub fn start(zones: Vec<Zone>) -> Result<Meter, RaplError> {
        let last = zones
            .iter()
            .map(Zone::read_uj)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Meter {
            total_uj: vec![0; zones.len()],
            zones,
            last,
            wraps: 0,
            readings: 1,
        })
    }

    /// Reads every zone again and adds the energy since the last reading.
    pub fn sample(&mut self) -> Result<(), RaplError> {
        for (i, zone) in self.zones.iter().enumerate() {
            let now = zone.read_uj()?;
            if now < self.last[i] {
                self.wraps += 1;
            }
            self.total_uj[i] += delta_uj(self.last[i], now, zone.max_range_uj);
            self.last[i] = now;
        }
        self.readings += 1;
        Ok(())
    }

    pub fn zones(&self) -> &[Zone] {
        &self.zones
    }

    /// Energy of each zone since the start, in joules, in the order of [`Meter::zones`].
    pub fn zone_joules(&self) -> Vec<f64> {
        self.total_uj.iter().map(|uj| *uj as f64 / 1e6).collect()
    }

    /// Energy of all zones since the start, in joules.
    pub fn joules(&self) -> f64 {
        self.total_uj.iter().map(|uj| *uj as f64).sum::<f64>() / 1e6
    }
}
