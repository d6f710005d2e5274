use std::time::Duration;

use jiff::SignedDuration;
use sero_grid::{Area, Client, Config, GridError, Index};
use sero_message::{Arg, msg};
use sero_test_server::{Fixture, Server};

use crate::{api_time, client, forecast_at, json, national_body, periods, region_id_body, t};

/// `GET /intensity`, verbatim from the API's documentation.
const INTENSITY: &str = include_str!("../data/intensity.json");

/// `GET /generation` in the documented shape.
const GENERATION: &str = r#"{"data":{"from":"2018-01-20T12:00Z","to":"2018-01-20T12:30Z",
  "generationmix":[{"fuel":"biomass","perc":4.8},{"fuel":"coal","perc":2.5},
    {"fuel":"imports","perc":8.2},{"fuel":"gas","perc":46.5},{"fuel":"nuclear","perc":16.6},
    {"fuel":"other","perc":0.3},{"fuel":"hydro","perc":0.9},{"fuel":"solar","perc":1.4},
    {"fuel":"wind","perc":18.8}]}}"#;

/// `GET /regional/wales`, verbatim from the API's documentation.
const WALES: &str = include_str!("../data/regional-wales.json");

/// `GET /regional/postcode/RG10`, verbatim from the API's documentation.
const POSTCODE: &str = include_str!("../data/regional-postcode-rg10.json");

const ERROR_400: &str =
    r#"{"error":{"code":"400 Bad Request","message":"Please enter a valid region ID."}}"#;

fn server_with(routes: Vec<(&str, Fixture)>) -> Server {
    Server::start("127.0.0.1", routes)
}

#[test]
fn national_now_with_the_generation_mix() {
    let server = server_with(vec![
        ("/intensity", json(INTENSITY.into())),
        ("/generation", json(GENERATION.into())),
    ]);
    let cache = tempfile::tempdir().unwrap();
    let client = client(&server, &cache, t("2018-01-20T12:10:00Z"));
    let now = client.now(&Area::National).unwrap();
    assert_eq!(now.region_name, "Great Britain");
    assert_eq!(now.region_id, None);
    assert_eq!(now.half_hour.from, t("2018-01-20T12:00:00Z"));
    assert_eq!(now.half_hour.forecast, Some(266.0));
    assert_eq!(now.half_hour.actual, Some(263.0));
    assert_eq!(now.half_hour.value(), Some(263.0));
    assert_eq!(now.half_hour.index, Some(Index::Moderate));
    assert_eq!(now.generation_mix.len(), 9);
    // Largest share first.
    assert_eq!(now.generation_mix[0].fuel, "gas");
    assert_eq!(now.generation_mix[0].percent, 46.5);
    assert_eq!(now.generation_mix[1].fuel, "wind");
    assert_eq!(now.generation_mix[8].fuel, "other");

    // The same half hour again: from the cache, no request.
    let again = client.now(&Area::National).unwrap();
    assert_eq!(again, now);
    assert_eq!(server.requests(), ["/intensity", "/generation"]);
}

#[test]
fn now_is_kept_until_the_half_hour_ends() {
    let server = server_with(vec![
        ("/intensity", json(INTENSITY.into())),
        ("/generation", json(GENERATION.into())),
    ]);
    let cache = tempfile::tempdir().unwrap();
    // The API answers with the latest complete half hour (12:00–12:30) during the next one.
    let at = |time: &str| {
        client(&server, &cache, t(time))
            .now(&Area::National)
            .unwrap()
    };
    let first = at("2018-01-20T12:35:00Z");
    assert_eq!(first.half_hour.from, t("2018-01-20T12:00:00Z"));
    assert_eq!(at("2018-01-20T12:59:59Z"), first);
    assert_eq!(server.requests().len(), 2, "{:?}", server.requests());
    // A new half hour: asked again.
    at("2018-01-20T13:00:00Z");
    assert_eq!(server.requests().len(), 4, "{:?}", server.requests());
}

#[test]
fn wales_postcode_and_region_id_shapes() {
    let region_6 = POSTCODE
        .replace(r#""regionid":3"#, r#""regionid":6"#)
        .replace("North West England", "North Wales")
        .replace("Electricity North West", "SP Manweb");
    let server = server_with(vec![
        ("/regional/wales", json(WALES.into())),
        ("/regional/postcode/RG10", json(POSTCODE.into())),
        ("/regional/regionid/6", json(region_6)),
    ]);
    let cache = tempfile::tempdir().unwrap();
    let client = client(&server, &cache, t("2018-01-20T12:29:59Z"));

    let wales = client.now(&"wales".parse().unwrap()).unwrap();
    assert_eq!(
        (wales.region_id, wales.region_name.as_str()),
        (Some(17), "Wales")
    );
    assert_eq!(wales.half_hour.forecast, Some(266.0));
    assert_eq!(wales.half_hour.actual, None);
    assert_eq!(wales.generation_mix.len(), 9);
    assert_eq!(wales.generation_mix[1].fuel, "solar");
    assert_eq!(wales.generation_mix[1].percent, 18.1);

    let postcode = client.now(&"RG10".parse().unwrap()).unwrap();
    assert_eq!(postcode.region_id, Some(3));
    assert_eq!(postcode.region_name, "North West England");
    assert_eq!(
        postcode.dno_region.as_deref(),
        Some("Electricity North West")
    );

    let north_wales = client.now(&"north-wales".parse().unwrap()).unwrap();
    assert_eq!(north_wales.region_id, Some(6));
    assert_eq!(north_wales.dno_region.as_deref(), Some("SP Manweb"));
    assert_eq!(
        server.requests(),
        [
            "/regional/wales",
            "/regional/postcode/RG10",
            "/regional/regionid/6"
        ]
    );
}

#[test]
fn thirty_days_in_three_calls_joined_without_gaps_or_duplicates() {
    let (from, to) = (t("2024-01-01T00:00Z"), t("2024-01-31T00:00Z"));
    let chunks = [
        (t("2024-01-01T00:00Z"), t("2024-01-15T00:00Z")),
        (t("2024-01-15T00:00Z"), t("2024-01-29T00:00Z")),
        (t("2024-01-29T00:00Z"), t("2024-01-31T00:00Z")),
    ];
    let paths: Vec<String> = chunks
        .iter()
        .map(|(a, b)| {
            format!(
                "/regional/intensity/{}/{}/regionid/7",
                api_time(*a),
                api_time(*b)
            )
        })
        .collect();
    // Like the API, each answer also holds the half hour that ends where the range starts.
    let half_hour = SignedDuration::from_mins(30);
    let routes: Vec<(&str, Fixture)> = paths
        .iter()
        .zip(chunks)
        .map(|(path, (a, b))| {
            (
                path.as_str(),
                json(region_id_body(7, "South Wales", a - half_hour, b)),
            )
        })
        .collect();
    let server = server_with(routes);
    let cache = tempfile::tempdir().unwrap();
    let client = client(&server, &cache, t("2024-02-01T09:00:00Z"));
    let area: Area = "south-wales".parse().unwrap();

    let series = client.intensity(&area, from, to).unwrap();
    assert_eq!(series.len(), 30 * 48);
    let expected: Vec<_> = periods(from, to);
    for (hh, (a, b)) in series.iter().zip(&expected) {
        assert_eq!((hh.from, hh.to), (*a, *b));
        assert_eq!(hh.forecast, Some(forecast_at(*a) as f64));
        assert_eq!(hh.value(), hh.forecast, "no regional actuals");
    }
    assert_eq!(server.requests(), paths);

    // The same range again, and a part of it: all from the cache.
    let again = client.intensity(&area, from, to).unwrap();
    assert_eq!(again, series);
    let part = client
        .intensity(&area, t("2024-01-10T10:10:00Z"), t("2024-01-10T11:00:00Z"))
        .unwrap();
    assert_eq!(part.len(), 2);
    assert_eq!(part[0].from, t("2024-01-10T10:00:00Z"));
    assert_eq!(server.requests().len(), 3, "{:?}", server.requests());

    // A new client on the same cache directory (a second run): still no request.
    let second_run = crate::client(&server, &cache, t("2024-02-01T09:05:00Z"));
    assert_eq!(second_run.intensity(&area, from, to).unwrap(), series);
    assert_eq!(server.requests().len(), 3);
}

#[test]
fn only_the_missing_half_hours_are_asked() {
    let day = |d: u8| t(&format!("2024-03-{d:02}T00:00Z"));
    let path = |a, b| format!("/intensity/{}/{}", api_time(a), api_time(b));
    let first = path(day(1), day(3));
    let rest = path(day(3), day(4));
    let server = server_with(vec![
        (first.as_str(), json(national_body(day(1), day(3), true))),
        (rest.as_str(), json(national_body(day(3), day(4), true))),
    ]);
    let cache = tempfile::tempdir().unwrap();
    let client = client(&server, &cache, t("2024-03-10T00:00:00Z"));
    let two_days = client.intensity(&Area::National, day(1), day(3)).unwrap();
    assert_eq!(two_days.len(), 96);
    assert_eq!(two_days[0].actual, Some((forecast_at(day(1)) - 3) as f64));
    assert_eq!(two_days[0].value(), two_days[0].actual);
    let three_days = client.intensity(&Area::National, day(1), day(4)).unwrap();
    assert_eq!(three_days.len(), 144);
    assert_eq!(server.requests(), [first, rest]);
}

#[test]
fn forecasts_expire_after_half_an_hour() {
    let now = t("2024-05-01T10:05:00Z");
    let from = t("2024-05-01T10:00:00Z");
    let later_from = t("2024-05-01T10:30:00Z");
    let path = |a| format!("/regional/intensity/{}/fw48h/regionid/17", api_time(a));
    let (first, second) = (path(from), path(later_from));
    let hours = SignedDuration::from_hours(48);
    let server = server_with(vec![
        (
            first.as_str(),
            json(region_id_body(17, "Wales", from, from + hours)),
        ),
        (
            second.as_str(),
            json(region_id_body(17, "Wales", later_from, later_from + hours)),
        ),
    ]);
    let cache = tempfile::tempdir().unwrap();
    let area = Area::Region(17);

    let forecast = client(&server, &cache, now).forecast(&area, 24).unwrap();
    assert_eq!(forecast.len(), 48);
    assert_eq!(forecast[0].from, from);
    assert_eq!(forecast[47].to, from + SignedDuration::from_hours(24));
    // Ten minutes later, the same half hour: from the cache.
    let again = client(&server, &cache, t("2024-05-01T10:15:00Z"))
        .forecast(&area, 24)
        .unwrap();
    assert_eq!(again, forecast);
    assert_eq!(server.requests(), std::slice::from_ref(&first));
    // Forty minutes later the forecast has expired: asked again, from the new half hour.
    let later = client(&server, &cache, t("2024-05-01T10:45:00Z"))
        .forecast(&area, 24)
        .unwrap();
    assert_eq!(later[0].from, later_from);
    assert_eq!(server.requests(), [first, second]);
}

#[test]
fn an_error_body_is_shown_and_not_retried() {
    let server = server_with(vec![(
        "/regional/regionid/7",
        json(ERROR_400.into()).status(400),
    )]);
    let cache = tempfile::tempdir().unwrap();
    let error = client(&server, &cache, t("2024-01-01T00:00Z"))
        .now(&Area::Region(7))
        .unwrap_err();
    assert!(
        matches!(&error, GridError::Api { status: 400, code: Some(code), message: Some(message), .. }
            if code == "400 Bad Request" && message == "Please enter a valid region ID."),
        "{error:?}"
    );
    let message = error.message();
    assert_eq!(message.id(), "grid-error-api-refused-because");
    assert_eq!(message.get("refusal"), Some(&"400 Bad Request".into()));
    assert_eq!(
        message.get("reason"),
        Some(&"Please enter a valid region ID.".into())
    );
    assert_eq!(error.hint(), msg!("grid-hint-api-error"));
    assert!(!error.is_offline());
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn a_500_then_success_is_retried() {
    let server = server_with(vec![
        (
            "/intensity",
            json(r#"{"error":{"code":"500 Internal Server Error","message":"oops"}}"#.into())
                .status(500)
                .then(json(INTENSITY.into())),
        ),
        ("/generation", json(GENERATION.into())),
    ]);
    let cache = tempfile::tempdir().unwrap();
    let now = client(&server, &cache, t("2018-01-20T12:00Z"))
        .now(&Area::National)
        .unwrap();
    assert_eq!(now.half_hour.forecast, Some(266.0));
    assert_eq!(
        server.requests(),
        ["/intensity", "/intensity", "/generation"]
    );
}

#[test]
fn a_500_always_gives_up_after_three_tries_with_the_offline_message() {
    let server = server_with(vec![("/intensity", json("{}".into()).status(500))]);
    let cache = tempfile::tempdir().unwrap();
    let error = client(&server, &cache, t("2018-01-20T12:00Z"))
        .now(&Area::National)
        .unwrap_err();
    assert!(error.is_offline(), "{error:?}");
    assert_eq!(
        error.message(),
        msg!(
            "grid-error-unreachable",
            url = server.url(""),
            detail = msg!(
                "grid-detail-after-tries",
                detail = msg!("grid-detail-status", status = 500_u16),
                tries = 3_u32
            )
        )
    );
    assert_eq!(error.hint(), msg!("grid-hint-offline"));
    assert_eq!(server.requests(), ["/intensity"; 3]);
}

#[test]
fn a_slow_answer_times_out_and_is_retried() {
    let server = server_with(vec![(
        "/regional/regionid/7",
        json(POSTCODE.replace(r#""regionid":3"#, r#""regionid":7"#)).delay(Duration::from_secs(3)),
    )]);
    let cache = tempfile::tempdir().unwrap();
    let mut config = Config::from_env(Some(&server.url("")));
    config.timeout = Duration::from_millis(200);
    config.tries = 2;
    config.backoff = Duration::from_millis(10);
    config.cache_dir = Some(cache.path().to_owned());
    let started = std::time::Instant::now();
    let error = Client::new(config).now(&Area::Region(7)).unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "the client waited"
    );
    assert!(error.is_offline(), "{error:?}");
    let GridError::Unreachable { detail, .. } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(detail.id(), "grid-detail-after-tries");
    assert_eq!(detail.get("tries"), Some(&Arg::Count(2)));
    let Some(Arg::Message(inner)) = detail.get("detail") else {
        panic!("{detail:?}");
    };
    assert_eq!(
        **inner,
        msg!("grid-detail-timed-out", seconds = Arg::Exact(0.2))
    );
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn a_closed_port_is_unreachable_at_once() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mut config = Config::from_env(Some(&format!("http://127.0.0.1:{port}/")));
    config.cache_dir = None;
    assert_eq!(config.base_url, format!("http://127.0.0.1:{port}"));
    let error = Client::new(config).now(&Area::National).unwrap_err();
    assert!(error.is_offline());
    let message = error.message();
    assert_eq!(message.id(), "grid-error-unreachable");
    assert_eq!(
        message.get("url"),
        Some(&Arg::Text(format!("http://127.0.0.1:{port}")))
    );
}

#[test]
fn an_answer_that_is_not_the_documented_json() {
    let server = server_with(vec![("/regional/postcode/CF10", json("<html>".into()))]);
    let cache = tempfile::tempdir().unwrap();
    let error = client(&server, &cache, t("2024-01-01T00:00Z"))
        .now(&"CF10 1EP".parse().unwrap())
        .unwrap_err();
    assert!(matches!(error, GridError::Malformed { .. }), "{error:?}");
    let message = error.message();
    assert_eq!(message.id(), "grid-error-malformed");
    assert!(
        matches!(message.get("url"), Some(Arg::Text(url)) if url.ends_with("/regional/postcode/CF10")),
        "{message:?}"
    );
    assert_eq!(error.hint(), msg!("grid-hint-malformed"));
}

#[test]
fn a_reversed_range_is_refused_without_a_request() {
    let server = server_with(vec![]);
    let cache = tempfile::tempdir().unwrap();
    let error = client(&server, &cache, t("2024-01-01T00:00Z"))
        .intensity(
            &Area::National,
            t("2024-01-02T00:00Z"),
            t("2024-01-01T00:00Z"),
        )
        .unwrap_err();
    assert!(matches!(error, GridError::Request { .. }), "{error:?}");
    assert!(server.requests().is_empty());
}

#[test]
fn a_failure_midway_keeps_the_half_hours_already_fetched() {
    let (from, mid, to) = (
        t("2024-01-01T00:00Z"),
        t("2024-01-15T00:00Z"),
        t("2024-01-20T00:00Z"),
    );
    let first = format!("/intensity/{}/{}", api_time(from), api_time(mid));
    let second = format!("/intensity/{}/{}", api_time(mid), api_time(to));
    let server = server_with(vec![
        (first.as_str(), json(national_body(from, mid, true))),
        (
            second.as_str(),
            json(ERROR_400.into())
                .status(400)
                .then(json(national_body(mid, to, true))),
        ),
    ]);
    let cache = tempfile::tempdir().unwrap();
    let client = client(&server, &cache, t("2024-02-01T00:00Z"));
    let error = client.intensity(&Area::National, from, to).unwrap_err();
    assert!(
        matches!(error, GridError::Api { status: 400, .. }),
        "{error:?}"
    );
    let series = client.intensity(&Area::National, from, to).unwrap();
    assert_eq!(series.len(), 19 * 48);
    assert_eq!(server.requests(), [first, second.clone(), second]);
}
