//! Time-series accounting (`sero_core::accounting`) with intensities, series and the UK's time
//! zone handed in by a test source: weighing against hand sums, the profiles, the fallbacks,
//! and that each area's intensities are asked for once.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use sero_core::accounting::{self, AccountError, Basis, Fallback, GbArea, GridInput, Sources};
use sero_core::evaluate::{Options, assess};
use sero_core::models::Registry;
use sero_core::service::Date;
use sero_core::timeseries::{Energy, HALF_HOUR, Intensity};
use sero_core::{Assessment, Message, Service, msg};

use super::{example, library, manifest};

/// Every half hour of what is asked for, at `g` gCO2/kWh (or the reason to fall back).
struct Constant {
    g: Result<f64, Message>,
    /// Leave out every half hour before this one.
    from: Option<Timestamp>,
    asked: Vec<(GbArea, Timestamp, Timestamp)>,
    series: Vec<Energy>,
}

impl Constant {
    fn new(g: Result<f64, Message>) -> Constant {
        Constant {
            g,
            from: None,
            asked: Vec::new(),
            series: Vec::new(),
        }
    }
}

impl Sources for Constant {
    type Error = String;

    fn intensities(
        &mut self,
        area: GbArea,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<Intensity>, Message> {
        self.asked.push((area, from, to));
        let g = self.g.clone()?;
        let mut out = Vec::new();
        let mut t = from.as_second();
        while t < to.as_second() {
            let start = Timestamp::from_second(t).unwrap();
            if self.from.is_none_or(|f| start >= f) {
                out.push(Intensity {
                    from: start,
                    to: Timestamp::from_second(t + HALF_HOUR).unwrap(),
                    g_per_kwh: g,
                });
            }
            t += HALF_HOUR;
        }
        Ok(out)
    }

    fn series(&mut self, file: &str) -> Result<Vec<Energy>, String> {
        if file == "meter.csv" {
            Ok(self.series.clone())
        } else {
            Err(format!("no file {file}"))
        }
    }

    fn uk_time(&mut self) -> Result<TimeZone, String> {
        TimeZone::get("Europe/London").map_err(|e| e.to_string())
    }
}

fn assessed(service: &Service) -> Assessment {
    assess(service, &Registry::bundled(), library(), Options::default())
}

fn period(service: &Service) -> (Date, Date) {
    (service.period.start, service.period.end)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

/// Two days in January (UTC = UK time) of 96 kWh of electricity in Wales, and a letter.
fn wales(inputs: &str) -> Service {
    manifest(&format!(
        "service: {{name: Hosting test, functional_unit: request}}\n\
         period: {{start: 2025-01-01, end: 2025-01-02}}\n\
         channels: [{{id: online, transactions: 10}}]\n\
         components:\n\
         \x20 - {{id: hosting, model: electricity, inputs: {{energy: 96 kWh, grid: GB-WALES{inputs}}}}}\n\
         \x20 - {{id: letters, model: post, inputs: {{items: 1}}, basis: transaction}}\n"
    ))
}

#[test]
fn the_welsh_example_is_weighed_component_by_component() {
    let service = example("blue-badge-wales.yaml");
    let a = assessed(&service);
    let mut source = Constant::new(Ok(100.0));
    let accounts =
        accounting::account(&a, &Registry::bundled(), period(&service), &mut source).unwrap();
    // One row per estimated component, with the evaluator's paths, in its order.
    let paths: Vec<&str> = a
        .components
        .iter()
        .filter(|c| c.error.is_none())
        .map(|c| c.path.as_str())
        .collect();
    let rows: Vec<&str> = accounts.rows.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(rows, paths);
    assert_eq!(
        (accounts.to.as_second() - accounts.from.as_second()) / 86_400,
        a.period_days
    );
    let mut weighed = 0;
    for (row, c) in accounts
        .rows
        .iter()
        .zip(a.components.iter().filter(|c| c.error.is_none()))
    {
        assert_eq!(row.location_kg, c.co2e_kg(), "{}", row.path);
        match (&row.basis, &row.weighted) {
            (Basis::TimeSeries, Some(w)) => {
                weighed += 1;
                // A flat profile under a constant 100 g/kWh: every half hour covered.
                assert_eq!(w.covered, w.half_hours, "{}", row.path);
                assert_eq!(w.gap_kwh, 0.0);
                assert!(close(w.kg, w.energy_kwh * 0.1), "{}", row.path);
                assert!(row.location_generation_kg > 0.0);
                assert!(close(
                    row.time_series_kg(),
                    row.location_kg - row.location_generation_kg + w.kg
                ));
            }
            (Basis::NotGb, None) => assert_eq!(row.time_series_kg(), row.location_kg),
            other => panic!("{}: {other:?}", row.path),
        }
    }
    assert!(weighed >= 2, "{weighed}");
    // Wales has its own region; the rest of the UK uses the national series.
    let wales = accounts
        .rows
        .iter()
        .find(|r| r.grid == Some(GridInput::Place("GB-WALES".to_owned())))
        .expect("a component in Wales");
    assert_eq!(wales.area, Some(Some(17)));
    // Each area's intensities are asked for once, over the period.
    let mut areas: Vec<GbArea> = source.asked.iter().map(|(a, _, _)| *a).collect();
    let asked = areas.len();
    areas.sort();
    areas.dedup();
    assert_eq!(asked, areas.len(), "{:?}", source.asked);
    assert!(
        source
            .asked
            .iter()
            .all(|(_, f, t)| (*f, *t) == (accounts.from, accounts.to))
    );
    let sum: f64 = accounts.rows.iter().map(|r| r.time_series_kg()).sum();
    assert!(close(accounts.time_series_kg(), sum));
}

#[test]
fn office_hours_spread_the_energy_over_their_half_hours() {
    // 08:00-10:00 UK time on two January days: 8 half hours of 12 kWh.
    let service = wales(", hours_of_day: \"08:00-10:00\"");
    let a = assessed(&service);
    let mut source = Constant::new(Ok(200.0));
    let accounts =
        accounting::account(&a, &Registry::bundled(), period(&service), &mut source).unwrap();
    let w = accounts.rows[0].weighted.as_ref().unwrap();
    assert_eq!((w.half_hours, w.covered), (8, 8));
    assert!(close(w.kg, 96.0 * 0.2), "{}", w.kg);
}

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

#[test]
fn a_series_is_read_through_the_source_and_shapes_the_energy() {
    let service = wales("");
    let mut a = assessed(&service);
    // The evaluator hands back the inputs the component ran with; a `series` among them is
    // read through the source.
    a.components[0].inputs.set(
        "series",
        sero_core::InputValue::Text("meter.csv".to_owned()),
    );
    let mut source = Constant::new(Ok(100.0));
    source.series = vec![
        Energy {
            from: at("2025-01-01T10:00Z"),
            to: at("2025-01-01T11:00Z"),
            kwh: 3.0,
        },
        Energy {
            from: at("2025-01-02T10:00Z"),
            to: at("2025-01-02T10:30Z"),
            kwh: 1.0,
        },
        // Beyond the period: the span asked for widens to it.
        Energy {
            from: at("2025-01-03T00:00Z"),
            to: at("2025-01-03T00:30Z"),
            kwh: 4.0,
        },
    ];
    let accounts =
        accounting::account(&a, &Registry::bundled(), period(&service), &mut source).unwrap();
    let w = accounts.rows[0].weighted.as_ref().unwrap();
    // 96 kWh spread along a shape of 8 kWh: 12 times each row.
    assert_eq!((w.half_hours, w.covered), (4, 4));
    assert!(close(w.energy_kwh, 96.0), "{}", w.energy_kwh);
    assert!(close(w.kg, 96.0 * 0.1), "{}", w.kg);
    assert_eq!(
        source.asked,
        vec![(Some(17), accounts.from, at("2025-01-03T00:30Z"))]
    );
}

#[test]
fn half_hours_without_an_intensity_are_gaps_not_filled() {
    let service = wales("");
    let a = assessed(&service);
    let mut source = Constant::new(Ok(100.0));
    // Intensities only from noon of the second day: the first 72 half hours are gaps.
    let from = at("2025-01-01T00:00Z");
    source.from = Some(at("2025-01-02T12:00Z"));
    let accounts =
        accounting::account(&a, &Registry::bundled(), period(&service), &mut source).unwrap();
    assert_eq!(accounts.from, from);
    let w = accounts.rows[0].weighted.as_ref().unwrap();
    assert_eq!((w.half_hours, w.covered, w.gaps.len()), (96, 24, 72));
    assert!(close(w.gap_kwh, 72.0), "{}", w.gap_kwh);
    assert!(close(w.kg, 24.0 * 0.1), "{}", w.kg);
}

#[test]
fn fallbacks_keep_the_annual_figure_and_say_why() {
    let service = wales("");
    let a = assessed(&service);
    let mut offline = Constant::new(Err(msg!("accounting-reason-offline")));
    let accounts =
        accounting::account(&a, &Registry::bundled(), period(&service), &mut offline).unwrap();
    let row = &accounts.rows[0];
    assert_eq!(
        row.basis,
        Basis::Fallback(Fallback::Unavailable(msg!("accounting-reason-offline")))
    );
    assert_eq!(row.time_series_kg(), row.location_kg);
    assert_eq!(accounts.time_series_kg(), accounts.location_kg());

    // Intensities that start after the period: nothing published, not a figure without its
    // electricity.
    let mut late = Constant::new(Ok(100.0));
    late.from = Some(Timestamp::from_second(2_000_000_000).unwrap());
    let accounts =
        accounting::account(&a, &Registry::bundled(), period(&service), &mut late).unwrap();
    assert_eq!(
        accounts.rows[0].basis,
        Basis::Fallback(Fallback::NothingPublished)
    );
    // The letter has no grid: shown, not weighed.
    assert_eq!(accounts.rows[1].basis, Basis::NotGb);
    assert_eq!(accounts.rows[1].grid, None);
}

#[test]
fn a_source_error_and_a_period_out_of_range_stop_the_accounts() {
    let mut service = wales("");
    let mut a = assessed(&service);
    a.components[0].inputs.set(
        "series",
        sero_core::InputValue::Text("missing.csv".to_owned()),
    );
    let mut source = Constant::new(Ok(100.0));
    match accounting::account(&a, &Registry::bundled(), period(&service), &mut source) {
        Err(AccountError::Source(reason)) => assert_eq!(reason, "no file missing.csv"),
        other => panic!("{other:?}"),
    }
    service.period.end.year = 10_000;
    let a = assessed(&service);
    assert!(matches!(
        accounting::account(&a, &Registry::bundled(), period(&service), &mut source),
        Err(AccountError::Period { .. })
    ));
}
