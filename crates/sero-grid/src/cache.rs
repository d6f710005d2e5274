//! The half hours already fetched, one JSON file per area: `{dir}/carbon-intensity/{area}.json`.
//!
//! A half hour with an actual is kept for good; a half hour that had already ended when it was
//! fetched is kept for good too for regional areas (the API publishes no regional actuals, so
//! it will not change); anything else (forecasts, national half hours still awaiting their
//! actual) is asked again once it is older than the forecast lifetime.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::api::{FuelShare, HalfHour};

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub(crate) struct CacheFile {
    /// The API the half hours came from; a cache of another API is ignored.
    pub source: String,
    pub region_id: Option<u8>,
    pub region_name: Option<String>,
    pub dno_region: Option<String>,
    /// By the half hour's start, in seconds since 1970.
    pub half_hours: BTreeMap<i64, Entry>,
    /// The half hour of the last "now" answer, and when it was asked.
    #[serde(default)]
    pub last_now: Option<LastNow>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct LastNow {
    pub key: i64,
    pub fetched: Timestamp,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Entry {
    pub half_hour: HalfHour,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub generation_mix: Vec<FuelShare>,
    pub fetched: Timestamp,
}

impl Entry {
    pub fn fresh(&self, now: Timestamp, ttl: Duration, national: bool) -> bool {
        if self.half_hour.actual.is_some() {
            return true;
        }
        if !national && self.half_hour.to <= self.fetched {
            return true;
        }
        now.duration_since(self.fetched)
            .try_into()
            .is_ok_and(|age: Duration| age < ttl)
    }
}

pub(crate) fn path(dir: &Path, key: &str) -> PathBuf {
    dir.join("carbon-intensity").join(format!("{key}.json"))
}

/// The cache at `path` when it holds half hours of `source`; empty otherwise (also when
/// missing or damaged: it is rewritten on save).
pub(crate) fn load(path: Option<&Path>, source: &str) -> CacheFile {
    path.and_then(|p| std::fs::read(p).ok())
        .and_then(|bytes| serde_json::from_slice::<CacheFile>(&bytes).ok())
        .filter(|c| c.source == source)
        .unwrap_or_else(|| CacheFile {
            source: source.to_owned(),
            ..CacheFile::default()
        })
}

/// Writes the cache beside its place and renames it, so that two runs never leave half a file.
pub(crate) fn save(path: &Path, cache: &CacheFile) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let bytes = serde_json::to_vec(cache).map_err(std::io::Error::other)?;
    let temporary = path.with_extension(format!("json.{}.tmp", std::process::id()));
    std::fs::write(&temporary, bytes)?;
    std::fs::rename(&temporary, path)
}
