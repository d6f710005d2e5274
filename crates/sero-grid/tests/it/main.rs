//! sero-grid against a loopback server that replays the Carbon Intensity API's documented
//! response shapes.

mod client;
mod window;

use std::time::Duration;

use jiff::{SignedDuration, Timestamp};
use sero_grid::{Client, Config};
use sero_test_server::{Fixture, Server};

pub fn t(text: &str) -> Timestamp {
    text.parse().unwrap()
}

/// The API's time form, `YYYY-MM-DDThh:mmZ`.
pub fn api_time(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%MZ").to_string()
}

pub fn json(body: String) -> Fixture {
    Fixture::new("application/json", body)
}

/// A client of `server` with a fresh cache directory, short timeouts and backoff, and the
/// clock fixed at `now`.
pub fn client(server: &Server, cache: &tempfile::TempDir, now: Timestamp) -> Client {
    Client::new(Config {
        base_url: server.url(""),
        timeout: Duration::from_millis(500),
        tries: 3,
        backoff: Duration::from_millis(10),
        cache_dir: Some(cache.path().to_owned()),
        forecast_ttl: Duration::from_secs(30 * 60),
        now: Some(now),
    })
}

/// The intensity of the half hour starting at `t`: a pattern of whole numbers that differs
/// from one half hour to the next.
pub fn forecast_at(t: Timestamp) -> i64 {
    100 + (t.as_second() / 1800) % 97
}

/// The half hours `from`, `from + 30 min`, … before `to`, as `(from, to)` texts.
pub fn periods(from: Timestamp, to: Timestamp) -> Vec<(Timestamp, Timestamp)> {
    let step = SignedDuration::from_mins(30);
    let mut out = Vec::new();
    let mut t = from;
    while t < to {
        out.push((t, t + step));
        t += step;
    }
    out
}

/// A national intensity body (`{"data":[{from,to,intensity}]}`) for the half hours from
/// `from` to `to`, with actuals 3 below the forecast when `actuals`.
pub fn national_body(from: Timestamp, to: Timestamp, actuals: bool) -> String {
    let items: Vec<String> = periods(from, to)
        .into_iter()
        .map(|(a, b)| {
            let f = forecast_at(a);
            let actual = if actuals {
                format!("{}", f - 3)
            } else {
                "null".to_owned()
            };
            format!(
                r#"{{"from":"{}","to":"{}","intensity":{{"forecast":{f},"actual":{actual},"index":"moderate"}}}}"#,
                api_time(a),
                api_time(b)
            )
        })
        .collect();
    format!(r#"{{"data":[{}]}}"#, items.join(","))
}

/// A "Regional ID" body for region `id` over the half hours from `from` to `to`.
pub fn region_id_body(id: u8, name: &str, from: Timestamp, to: Timestamp) -> String {
    let items: Vec<String> = periods(from, to)
        .into_iter()
        .map(|(a, b)| {
            format!(
                r#"{{"from":"{}","to":"{}","intensity":{{"forecast":{},"index":"low"}},"generationmix":[{{"fuel":"gas","perc":40.5}},{{"fuel":"wind","perc":59.5}}]}}"#,
                api_time(a),
                api_time(b),
                forecast_at(a)
            )
        })
        .collect();
    format!(
        r#"{{"data":{{"regionid":{id},"dnoregion":"DNO {name}","shortname":"{name}","data":[{}]}}}}"#,
        items.join(",")
    )
}
