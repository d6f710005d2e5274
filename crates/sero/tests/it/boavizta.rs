//! sero's `end-user-device`, `server` and `cloud` models against BoaviztAPI 2.5.0 on the same
//! inputs.
//!
//! BoaviztAPI (PyPI `boaviztapi`, AGPL-3.0, not bundled) runs in-process through FastAPI's test
//! client (`scripts/boaviztapi-run`), in the Python that `SERO_BOAVIZTAPI_PYTHON` names
//! (`scripts/test` installs it in sero's cache folder). Each case asks BoaviztAPI for a device's
//! or server's whole-life embodied emissions, then for one year of use at a grid factor given
//! as a number (so neither side's country data enter), gives sero the same power, hours, life and
//! embodied figure, and compares the year's use and embodied emissions within BoaviztAPI's
//! rounding: it rounds each value by the width of its min–max range (to the power of ten below a
//! tenth of the width, `round_based_on_min_max` with its 10% `uncertainty`), and to four
//! significant figures at most (`max_sig_fig`); sero's inputs taken from those rounded figures
//! add at most half a unit in the fourth figure.

use serde_json::{Value, json};

use crate::{Sandbox, number};

/// The grid factor both sides use, kgCO2e/kWh (sero takes it in gCO2e/kWh).
const GRID_KG_PER_KWH: f64 = 0.2;
/// One year of 2025, the manifest's period.
const YEAR_HOURS: f64 = 8760.0;

fn python() -> String {
    sero_support::EnvVars::SERO_BOAVIZTAPI_PYTHON.get().expect(
        "SERO_BOAVIZTAPI_PYTHON names the Python with boaviztapi 2.5.0 (scripts/test installs it)",
    )
}

/// Answers of BoaviztAPI to `requests`, in order.
fn boavizta(requests: &Value) -> Vec<Value> {
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/boaviztapi-run");
    let mut child = std::process::Command::new(python())
        .arg(script)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run scripts/boaviztapi-run");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(requests.to_string().as_bytes()).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "scripts/boaviztapi-run failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Vec<Value>>(&out.stdout).unwrap()
}

fn gwp(answer: &Value, phase: &str) -> f64 {
    number(answer, &format!("/impacts/gwp/{phase}/value"))
}

/// The step BoaviztAPI rounded `phase`'s value to (`boaviztapi/models/impact.py`,
/// `rounded_value`, and `utils/roundit.py`).
fn rounding_step(answer: &Value, phase: &str) -> f64 {
    let value = gwp(answer, phase);
    let min = number(answer, &format!("/impacts/gwp/{phase}/min"));
    let max = number(answer, &format!("/impacts/gwp/{phase}/max"));
    let order = value.abs().log10().floor();
    // Four significant figures at most.
    let mut step = 10f64.powf(order - 3.0);
    if max > min {
        let by_range = ((max - min) / 10.0).log10().floor().min(order);
        step = step.max(10f64.powf(by_range));
    }
    step
}

/// sero's `value` equals BoaviztAPI's `phase` in `answer` within its rounding, and within half a
/// unit in the fourth figure of an input taken from a rounded answer.
fn assert_within_rounding(sero: f64, answer: &Value, phase: &str, what: &str) {
    let boavizta = gwp(answer, phase);
    let tolerance = rounding_step(answer, phase) / 2.0 + 5e-4 * boavizta.abs();
    assert!(
        (sero - boavizta).abs() <= tolerance,
        "{what}: sero {sero}, BoaviztAPI {boavizta} (tolerance {tolerance})"
    );
}

/// sero's estimate of a manifest holding `components` (YAML) over 2025, as JSON.
fn sero_components(components: &str) -> Value {
    let sandbox = Sandbox::new();
    sandbox.write(
        "parity.yaml",
        &format!(
            "sero: 1\nservice:\n  name: BoaviztAPI parity\n  functional_unit: year\n\
             period:\n  start: 2025-01-01\n  end: 2025-12-31\n\
             channels:\n  - id: all\n    name: All\n    transactions: 1\n\
             components:\n{components}"
        ),
    );
    sandbox
        .run(&["estimate", "parity.yaml", "--format", "json"])
        .json()
}

fn component<'v>(estimate: &'v Value, id: &str) -> &'v Value {
    estimate["components"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no component `{id}` in {estimate}"))
}

#[test]
fn end_user_devices_equal_boaviztapi_on_the_same_inputs() {
    // (sero device, BoaviztAPI route, average power W, share of the time in use, life years)
    let devices = [
        ("laptop", "/v1/terminal/laptop", 75.0, 0.3, 4.0),
        (
            "desktop-without-monitor",
            "/v1/terminal/desktop",
            85.0,
            0.25,
            5.0,
        ),
        ("smartphone", "/v1/terminal/smartphone", 1.5, 0.15, 3.0),
        ("tablet", "/v1/terminal/tablet", 4.0, 0.1, 3.0),
        ("monitor", "/v1/peripheral/monitor", 30.0, 0.3, 6.0),
    ];
    let mut requests = Vec::new();
    for (_, route, power, ratio, life) in devices {
        let usage = json!({
            "avg_power": power,
            "use_time_ratio": ratio,
            "hours_life_time": life * YEAR_HOURS,
            "elec_factors": {"gwp": GRID_KG_PER_KWH},
        });
        // The whole life (its embodied emissions), then one year.
        for duration in [life * YEAR_HOURS, YEAR_HOURS] {
            requests.push(json!({
                "path": format!("{route}?verbose=false&criteria=gwp&duration={duration}"),
                "body": {"usage": usage},
            }));
        }
    }
    let answers = boavizta(&Value::Array(requests));
    let mut components = String::new();
    for (i, (device, _, power, ratio, life)) in devices.iter().enumerate() {
        let whole_life_embodied = gwp(&answers[2 * i], "embedded");
        // A year of use: the share of the year in use, at the same power and life.
        let minutes = ratio * YEAR_HOURS * 60.0;
        components.push_str(&format!(
            "  - id: {device}\n    channel: all\n    model: end-user-device\n    inputs:\n      device: {device}\n\
             \x20     minutes: {minutes} min\n      power: {power} W\n      embodied: {whole_life_embodied} kgCO2e\n\
             \x20     lifetime: {life} years\n      hours_per_year: {} h/year\n      grid: {}\n",
            ratio * YEAR_HOURS,
            GRID_KG_PER_KWH * 1000.0
        ));
    }
    let estimate = sero_components(&components);
    for (i, (device, ..)) in devices.iter().enumerate() {
        let year = &answers[2 * i + 1];
        let c = component(&estimate, device);
        assert_within_rounding(
            number(c, "/operational_co2e_kg"),
            year,
            "use",
            &format!("{device}: a year's use"),
        );
        assert_within_rounding(
            number(c, "/embodied_co2e_kg"),
            year,
            "embedded",
            &format!("{device}: a year's share of manufacture"),
        );
    }
}

#[test]
fn a_rack_server_equals_boaviztapi_on_the_same_inputs() {
    let usage = json!({
        "avg_power": 300.0,
        "use_time_ratio": 1.0,
        "hours_life_time": 4.0 * YEAR_HOURS,
        "elec_factors": {"gwp": GRID_KG_PER_KWH},
    });
    let requests: Vec<Value> = [4.0 * YEAR_HOURS, YEAR_HOURS]
        .iter()
        .map(|duration| {
            json!({
                "path": format!("/v1/server/?verbose=false&criteria=gwp&duration={duration}"),
                // A two-socket rack server given component by component, so that BoaviztAPI's
                // answer has no range (an archetype's ranges round its embodied figure to
                // hundreds of kilograms).
                "body": {
                    "model": {"type": "rack"},
                    "configuration": {
                        "cpu": {"units": 2, "core_units": 24, "die_size_per_core": 24.5},
                        "ram": [{"units": 12, "capacity": 32, "density": 1.79}],
                        "disk": [{"units": 1, "type": "ssd", "capacity": 400, "density": 50.6}],
                        "power_supply": {"units": 2, "unit_weight": 2.99},
                    },
                    "usage": usage,
                },
            })
        })
        .collect();
    let answers = boavizta(&Value::Array(requests));
    let embodied = gwp(&answers[0], "embedded");
    // BoaviztAPI applies no PUE to a server: PUE 1 on sero's side; a flat 300 W.
    let estimate = sero_components(&format!(
        "  - id: rack-server\n    channel: all\n    model: server\n    inputs:\n      idle_power: 300 W\n      max_power: 300 W\n\
         \x20     utilisation: 50%\n      pue: 1\n      embodied: {embodied} kgCO2e\n      lifetime: 4 years\n\
         \x20     grid: {}\n",
        GRID_KG_PER_KWH * 1000.0
    ));
    let c = component(&estimate, "rack-server");
    assert_within_rounding(
        number(c, "/operational_co2e_kg"),
        &answers[1],
        "use",
        "rack server: a year's use",
    );
    assert_within_rounding(
        number(c, "/embodied_co2e_kg"),
        &answers[1],
        "embedded",
        "rack server: a year's share of manufacture",
    );
    // 300 W × 8,760 h × 0.2 kgCO2e/kWh = 525.6 kg: neither side adds anything to the use phase.
    let by_hand = 300.0 * YEAR_HOURS / 1000.0 * GRID_KG_PER_KWH;
    assert!((number(c, "/operational_co2e_kg") - by_hand).abs() < 1e-9);
}

#[test]
fn a_cloud_instance_equals_boaviztapi_on_the_same_inputs() {
    let answers = boavizta(&json!([{
        "path": format!("/v1/cloud/instance?verbose=true&criteria=gwp&duration={YEAR_HOURS}"),
        "body": {
            "provider": "aws",
            "instance_type": "m5.large",
            // BoaviztAPI 2.5.0's cloud route ignores `elec_factors`: the country's factor, which
            // its verbose answer gives, goes to sero as a number.
            "usage": {"time_workload": 50, "usage_location": "GBR"},
        },
    }]));
    let year = &answers[0];
    let grid_g_per_kwh = number(year, "/verbose/gwp_factor/value") * 1000.0;
    // BoaviztAPI's average power of the instance (unrounded in its verbose answer) is the
    // energy sero's cloud model takes from a bill; BoaviztAPI applies no PUE to cloud
    // instances. The embodied share is given to sero as BoaviztAPI computed it.
    let watts = number(year, "/verbose/avg_power/value");
    let energy_kwh = watts * YEAR_HOURS / 1000.0;
    let embodied = gwp(year, "embedded");
    let estimate = sero_components(&format!(
        "  - id: m5-large\n    channel: all\n    model: cloud\n    inputs:\n      energy: {energy_kwh} kWh\n\
         \x20     embodied: {embodied} kgCO2e\n      grid: {grid_g_per_kwh}\n"
    ));
    let c = component(&estimate, "m5-large");
    assert_within_rounding(
        number(c, "/operational_co2e_kg"),
        year,
        "use",
        "m5.large: a year's use",
    );
    assert!((number(c, "/energy_kwh") - energy_kwh).abs() <= 1e-9 * energy_kwh);
}
