//! The blocking client: requests, retries, range splitting and the cache.

use std::path::PathBuf;
use std::time::Duration;

use jiff::{SignedDuration, Timestamp};
use sero_http::{Timeouts, ureq};
use sero_support::EnvVars;

use crate::api::{self, HalfHour, Now, Series};
use crate::area::Area;
use crate::cache::{self, CacheFile, Entry, LastNow};
use crate::error::GridError;
use sero_message::{Message, msg};

/// The Carbon Intensity API.
pub const DEFAULT_URL: &str = "https://api.carbonintensity.org.uk";
/// The longest range the API serves in one call (`/intensity/{from}/{to}`: "max range 14
/// days", API documentation).
pub const MAX_RANGE_DAYS: i64 = 14;
/// How far ahead the API forecasts, in hours (`/intensity/{from}/fw48h`: "up to 2 days
/// ahead", API documentation, https://carbon-intensity.github.io/api-definitions/).
pub const FORECAST_HOURS: u32 = 48;
/// How long a forecast half hour is kept before it is asked again (the API updates its
/// forecasts every half hour).
pub const FORECAST_TTL: Duration = Duration::from_secs(30 * 60);

const HALF_HOUR: SignedDuration = SignedDuration::from_secs(1800);

/// How the client talks to the API.
#[derive(Clone, Debug)]
pub struct Config {
    /// The API's base URL, without a trailing slash.
    pub base_url: String,
    /// The longest a request may take, connection and answer together.
    pub timeout: Duration,
    /// How many times a request is tried when it times out or gets a 5xx answer.
    pub tries: u32,
    /// The wait before the second try; it doubles before each further try.
    pub backoff: Duration,
    /// The cache directory; `None` keeps nothing.
    pub cache_dir: Option<PathBuf>,
    /// How long a forecast half hour is kept in the cache.
    pub forecast_ttl: Duration,
    /// The clock: `None` reads the system's; tests fix it.
    pub now: Option<Timestamp>,
}

impl Config {
    /// The API at `api_url` when given, else `$SERO_CARBON_INTENSITY_URL`, else
    /// [`DEFAULT_URL`]; a 10 s timeout, 3 tries 0.5 s and 1 s apart, the cache in
    /// [`sero_support::cache_dir`], forecasts kept 30 minutes.
    pub fn from_env(api_url: Option<&str>) -> Config {
        let base_url = api_url
            .map(str::to_owned)
            .or_else(|| EnvVars::SERO_CARBON_INTENSITY_URL.get())
            .unwrap_or_else(|| DEFAULT_URL.to_owned());
        Config {
            base_url: base_url.trim_end_matches('/').to_owned(),
            timeout: Duration::from_secs(10),
            tries: 3,
            backoff: Duration::from_millis(500),
            cache_dir: sero_support::cache_dir(),
            forecast_ttl: FORECAST_TTL,
            now: None,
        }
    }
}

/// A blocking client of the Carbon Intensity API with its cache.
pub struct Client {
    config: Config,
    agent: ureq::Agent,
}

/// What one request failed with, and whether to try again.
struct Failure {
    error: GridError,
    retry: bool,
}

impl Client {
    pub fn new(config: Config) -> Client {
        let agent = sero_http::agent(Timeouts::total(config.timeout));
        Client { config, agent }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    fn clock(&self) -> Timestamp {
        self.config.now.unwrap_or_else(Timestamp::now)
    }

    /// The half hours from `from` to `to` (widened to whole half hours in UTC), oldest first,
    /// without gaps or duplicates among those the API published. Each carries the forecast and,
    /// where the API published one (national, past half hours), the estimated actual:
    /// [`HalfHour::value`] is the actual where published, else the forecast. Ranges longer
    /// than 14 days are asked in several calls; half hours already in the cache are not asked
    /// again.
    pub fn intensity(
        &self,
        area: &Area,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<HalfHour>, GridError> {
        let from = floor_half_hour(from);
        let to = ceil_half_hour(to);
        if from >= to {
            return Err(GridError::Request {
                detail: msg!(
                    "grid-error-empty-range",
                    from = api::format_time(from),
                    to = api::format_time(to)
                ),
            });
        }
        let mut cache = self.load(area);
        let now = self.clock();
        let stale = self.stale_spans(&cache, area, from, to, now);
        let mut changed = false;
        let chunks = stale
            .into_iter()
            .flat_map(|(span_from, span_to)| split_range(span_from, span_to));
        for (chunk_from, chunk_to) in chunks {
            let path = range_path(area, chunk_from, chunk_to);
            match self.fetch(&path, area) {
                Ok(series) => {
                    store(&mut cache, series, now, Some((chunk_from, chunk_to)));
                    changed = true;
                }
                Err(error) => {
                    // Keep what earlier calls brought, so that a retry asks only the rest.
                    if changed {
                        self.save(area, &cache);
                    }
                    return Err(error);
                }
            }
        }
        if changed {
            self.save(area, &cache);
        }
        Ok(slice(&cache, from, to))
    }

    /// The latest half hour the API gives for `area`, with its index, generation mix and
    /// region name. The national `/intensity` gives the latest *complete* half hour rather than
    /// the current one; the answer is kept until the current half hour ends (or the forecast
    /// lifetime passes), so a second call within it makes no request.
    pub fn now(&self, area: &Area) -> Result<Now, GridError> {
        let now = self.clock();
        let current = floor_half_hour(now);
        let mut cache = self.load(area);
        let cached = cache
            .last_now
            .as_ref()
            .filter(|last| {
                floor_half_hour(last.fetched) == current
                    && now
                        .duration_since(last.fetched)
                        .try_into()
                        .is_ok_and(|age: Duration| age < self.config.forecast_ttl)
            })
            .and_then(|last| cache.half_hours.get(&last.key))
            .filter(|e| !e.generation_mix.is_empty());
        let national = *area == Area::National;
        let entry = match cached {
            Some(entry) => entry.clone(),
            None => {
                let mut series = self.fetch(&now_path(area), area)?;
                if national {
                    let mix = self
                        .fetch_with(&format!("{}/generation", self.config.base_url), |b| {
                            api::parse_generation(b)
                        })?;
                    if let Some(first) = series.periods.first_mut() {
                        first.1 = mix;
                    }
                }
                let Some((half_hour, generation_mix)) = series.periods.first().cloned() else {
                    return Err(GridError::Malformed {
                        url: format!("{}{}", self.config.base_url, now_path(area)),
                        detail: msg!("grid-detail-no-half-hour"),
                    });
                };
                store(&mut cache, series, now, None);
                cache.last_now = Some(LastNow {
                    key: half_hour.from.as_second(),
                    fetched: now,
                });
                self.save(area, &cache);
                Entry {
                    half_hour,
                    generation_mix,
                    fetched: now,
                }
            }
        };
        let mut generation_mix = entry.generation_mix;
        generation_mix.sort_by(|a, b| b.percent.total_cmp(&a.percent));
        Ok(Now {
            area: area.clone(),
            region_id: cache.region_id,
            region_name: cache.region_name.clone().unwrap_or_else(|| area.name()),
            dno_region: cache.dno_region.clone(),
            half_hour: entry.half_hour,
            generation_mix,
        })
    }

    /// The forecast for the next `hours` hours (at most 48, the API's horizon) from the start
    /// of the current half hour, in one `fw48h` call unless the cache holds it all.
    pub fn forecast(&self, area: &Area, hours: u32) -> Result<Vec<HalfHour>, GridError> {
        let hours = hours.clamp(1, FORECAST_HOURS);
        let now = self.clock();
        let from = floor_half_hour(now);
        let to = from + SignedDuration::from_hours(i64::from(hours));
        let mut cache = self.load(area);
        if !self.stale_spans(&cache, area, from, to, now).is_empty() {
            let series = self.fetch(&forecast_path(area, from), area)?;
            store(
                &mut cache,
                series,
                now,
                Some((
                    from,
                    from + SignedDuration::from_hours(i64::from(FORECAST_HOURS)),
                )),
            );
            self.save(area, &cache);
        }
        Ok(slice(&cache, from, to))
    }

    fn load(&self, area: &Area) -> CacheFile {
        let path = self.cache_path(area);
        cache::load(path.as_deref(), &self.config.base_url)
    }

    /// Saves the cache; a cache that cannot be written only costs requests next time.
    fn save(&self, area: &Area, cache: &CacheFile) {
        if let Some(path) = self.cache_path(area) {
            let _ = cache::save(&path, cache);
        }
    }

    fn cache_path(&self, area: &Area) -> Option<PathBuf> {
        self.config
            .cache_dir
            .as_deref()
            .map(|dir| cache::path(dir, &area.cache_key()))
    }

    /// The runs of half hours between `from` and `to` that the cache lacks or holds stale.
    fn stale_spans(
        &self,
        cache: &CacheFile,
        area: &Area,
        from: Timestamp,
        to: Timestamp,
        now: Timestamp,
    ) -> Vec<(Timestamp, Timestamp)> {
        let national = *area == Area::National;
        let mut spans: Vec<(Timestamp, Timestamp)> = Vec::new();
        let mut t = from;
        while t < to {
            let fresh = cache
                .half_hours
                .get(&t.as_second())
                .is_some_and(|e| e.fresh(now, self.config.forecast_ttl, national));
            if !fresh {
                match spans.last_mut() {
                    Some((_, end)) if *end == t => *end = t + HALF_HOUR,
                    _ => spans.push((t, t + HALF_HOUR)),
                }
            }
            t += HALF_HOUR;
        }
        spans
    }

    fn fetch(&self, path: &str, area: &Area) -> Result<Series, GridError> {
        let url = format!("{}{path}", self.config.base_url);
        match area {
            Area::National => self.fetch_with(&url, api::parse_national),
            Area::Region(id) => self.fetch_with(&url, |b| api::parse_regional(b, Some(*id))),
            Area::Postcode(_) => self.fetch_with(&url, |b| api::parse_regional(b, None)),
        }
    }

    /// GETs `url`, trying again after a timeout or a 5xx answer, and reads the body with
    /// `parse`.
    fn fetch_with<T>(
        &self,
        url: &str,
        parse: impl Fn(&[u8]) -> Result<T, String>,
    ) -> Result<T, GridError> {
        let tries = self.config.tries.max(1);
        let mut wait = self.config.backoff;
        let mut attempt = 1;
        loop {
            match self.get_once(url) {
                Ok(body) => {
                    return parse(&body).map_err(|detail| GridError::Malformed {
                        url: url.to_owned(),
                        detail: msg!("grid-detail-json", error = detail),
                    });
                }
                Err(failure) if failure.retry && attempt < tries => {
                    std::thread::sleep(wait);
                    wait = wait.saturating_mul(2);
                    attempt += 1;
                }
                Err(failure) => {
                    return Err(match failure.error {
                        GridError::Unreachable { base_url, detail } => GridError::Unreachable {
                            base_url,
                            detail: if attempt > 1 {
                                msg!("grid-detail-after-tries", detail = detail, tries = attempt)
                            } else {
                                detail
                            },
                        },
                        other => other,
                    });
                }
            }
        }
    }

    fn get_once(&self, url: &str) -> Result<Vec<u8>, Failure> {
        let unreachable = |detail: Message, retry: bool| Failure {
            error: GridError::Unreachable {
                base_url: self.config.base_url.clone(),
                detail,
            },
            retry,
        };
        let transport = |error: ureq::Error| match error {
            ureq::Error::Timeout(_) => unreachable(
                msg!(
                    "grid-detail-timed-out",
                    seconds = sero_message::Arg::Exact(self.config.timeout.as_secs_f64())
                ),
                true,
            ),
            ureq::Error::Io(io)
                if matches!(
                    io.kind(),
                    std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
                ) =>
            {
                unreachable(
                    msg!(
                        "grid-detail-timed-out",
                        seconds = sero_message::Arg::Exact(self.config.timeout.as_secs_f64())
                    ),
                    true,
                )
            }
            ureq::Error::Io(io)
                if matches!(
                    io.kind(),
                    std::io::ErrorKind::ConnectionReset
                        | std::io::ErrorKind::ConnectionAborted
                        | std::io::ErrorKind::UnexpectedEof
                ) =>
            {
                unreachable(msg!("grid-detail-transport", error = io.to_string()), true)
            }
            other => unreachable(
                msg!("grid-detail-transport", error = other.to_string()),
                false,
            ),
        };
        let mut response = self
            .agent
            .get(url)
            .header("Accept", "application/json")
            .call()
            .map_err(transport)?;
        let status = response.status().as_u16();
        let body = response
            .body_mut()
            .with_config()
            .limit(50_000_000)
            .read_to_vec()
            .map_err(transport)?;
        if status >= 500 {
            return Err(unreachable(
                msg!("grid-detail-status", status = status),
                true,
            ));
        }
        if status != 200 {
            let (code, message) = api::parse_error(&body).unwrap_or((None, None));
            return Err(Failure {
                error: GridError::Api {
                    url: url.to_owned(),
                    status,
                    code,
                    message,
                },
                retry: false,
            });
        }
        Ok(body)
    }
}

/// Puts the half hours of `series` into the cache; when `within` is given, only those that
/// start inside it (the API's answers can begin with the half hour before the one asked).
fn store(
    cache: &mut CacheFile,
    series: Series,
    now: Timestamp,
    within: Option<(Timestamp, Timestamp)>,
) {
    if series.region_id.is_some() {
        cache.region_id = series.region_id;
    }
    if series.region_name.is_some() {
        cache.region_name = series.region_name;
    }
    if series.dno_region.is_some() {
        cache.dno_region = series.dno_region;
    }
    for (half_hour, generation_mix) in series.periods {
        if within.is_some_and(|(from, to)| half_hour.from < from || half_hour.from >= to) {
            continue;
        }
        let key = half_hour.from.as_second();
        // Keep a known mix when a later answer (a range) carries none.
        let generation_mix = if generation_mix.is_empty() {
            cache
                .half_hours
                .get(&key)
                .filter(|e| e.half_hour.from == half_hour.from)
                .map(|e| e.generation_mix.clone())
                .unwrap_or_default()
        } else {
            generation_mix
        };
        cache.half_hours.insert(
            key,
            Entry {
                half_hour,
                generation_mix,
                fetched: now,
            },
        );
    }
}

fn slice(cache: &CacheFile, from: Timestamp, to: Timestamp) -> Vec<HalfHour> {
    cache
        .half_hours
        .range(from.as_second()..to.as_second())
        .map(|(_, e)| e.half_hour.clone())
        .collect()
}

/// `t` rounded down to a half hour (UTC).
pub(crate) fn floor_half_hour(t: Timestamp) -> Timestamp {
    let s = t.as_second().div_euclid(1800) * 1800;
    Timestamp::from_second(s).unwrap_or(t)
}

/// `t` rounded up to a half hour (UTC).
pub(crate) fn ceil_half_hour(t: Timestamp) -> Timestamp {
    let floor = floor_half_hour(t);
    if floor == t { t } else { floor + HALF_HOUR }
}

/// `from`..`to` cut into ranges of at most [`MAX_RANGE_DAYS`], end to end.
pub(crate) fn split_range(from: Timestamp, to: Timestamp) -> Vec<(Timestamp, Timestamp)> {
    let step = SignedDuration::from_hours(24 * MAX_RANGE_DAYS);
    let mut ranges = Vec::new();
    let mut start = from;
    while start < to {
        let end = (start + step).min(to);
        ranges.push((start, end));
        start = end;
    }
    ranges
}

fn area_suffix(area: &Area) -> String {
    match area {
        Area::National => String::new(),
        Area::Region(id) => format!("/regionid/{id}"),
        Area::Postcode(outward) => format!("/postcode/{outward}"),
    }
}

fn range_path(area: &Area, from: Timestamp, to: Timestamp) -> String {
    let (from, to) = (api::format_time(from), api::format_time(to));
    match area {
        Area::National => format!("/intensity/{from}/{to}"),
        _ => format!("/regional/intensity/{from}/{to}{}", area_suffix(area)),
    }
}

fn forecast_path(area: &Area, from: Timestamp) -> String {
    let from = api::format_time(from);
    match area {
        Area::National => format!("/intensity/{from}/fw48h"),
        _ => format!("/regional/intensity/{from}/fw48h{}", area_suffix(area)),
    }
}

fn now_path(area: &Area) -> String {
    match area {
        Area::National => "/intensity".to_owned(),
        Area::Region(15) => "/regional/england".to_owned(),
        Area::Region(16) => "/regional/scotland".to_owned(),
        Area::Region(17) => "/regional/wales".to_owned(),
        Area::Region(id) => format!("/regional/regionid/{id}"),
        Area::Postcode(outward) => format!("/regional/postcode/{outward}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn half_hour_alignment() {
        assert_eq!(
            floor_half_hour(t("2024-03-01T10:47:12Z")),
            t("2024-03-01T10:30:00Z")
        );
        assert_eq!(
            ceil_half_hour(t("2024-03-01T10:47:12Z")),
            t("2024-03-01T11:00:00Z")
        );
        assert_eq!(
            ceil_half_hour(t("2024-03-01T11:00:00Z")),
            t("2024-03-01T11:00:00Z")
        );
    }

    #[test]
    fn thirty_days_in_three_calls_end_to_end() {
        let ranges = split_range(t("2024-01-01T00:00Z"), t("2024-01-31T00:00Z"));
        assert_eq!(
            ranges,
            vec![
                (t("2024-01-01T00:00Z"), t("2024-01-15T00:00Z")),
                (t("2024-01-15T00:00Z"), t("2024-01-29T00:00Z")),
                (t("2024-01-29T00:00Z"), t("2024-01-31T00:00Z")),
            ]
        );
    }

    proptest::proptest! {
        #[test]
        fn ranges_are_split_end_to_end_within_the_limit(
            start in 0i64..2_000_000_000,
            half_hours in 1i64..5000,
        ) {
            let from = Timestamp::from_second(start - start.rem_euclid(1800)).unwrap();
            let to = from + SignedDuration::from_mins(30 * half_hours);
            let ranges = split_range(from, to);
            proptest::prop_assert_eq!(ranges.first().map(|r| r.0), Some(from));
            proptest::prop_assert_eq!(ranges.last().map(|r| r.1), Some(to));
            for pair in ranges.windows(2) {
                proptest::prop_assert_eq!(pair[0].1, pair[1].0);
            }
            for (a, b) in &ranges {
                proptest::prop_assert!(a < b);
                proptest::prop_assert!(b.duration_since(*a) <= SignedDuration::from_hours(24 * MAX_RANGE_DAYS));
            }
            let expected_calls = (half_hours + 14 * 48 - 1) / (14 * 48);
            proptest::prop_assert_eq!(ranges.len() as i64, expected_calls);
        }
    }

    #[test]
    fn paths_for_each_area() {
        let from = t("2024-01-01T00:00Z");
        let to = t("2024-01-02T00:00Z");
        assert_eq!(
            range_path(&Area::National, from, to),
            "/intensity/2024-01-01T00:00Z/2024-01-02T00:00Z"
        );
        assert_eq!(
            range_path(&Area::Region(7), from, to),
            "/regional/intensity/2024-01-01T00:00Z/2024-01-02T00:00Z/regionid/7"
        );
        assert_eq!(
            forecast_path(&Area::Postcode("CF10".into()), from),
            "/regional/intensity/2024-01-01T00:00Z/fw48h/postcode/CF10"
        );
        assert_eq!(now_path(&Area::Region(17)), "/regional/wales");
    }
}
