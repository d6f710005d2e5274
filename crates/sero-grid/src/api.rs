//! The API's data: half hours of intensity, the index, the generation mix, and the readers of
//! the documented response bodies (carbon-intensity.github.io/api-definitions): national
//! (`{"data":[{from,to,intensity}]}`), generation (`{"data":{from,to,generationmix}}`),
//! "Regional From-To" (`{"data":[{from,to,regions:[…]}]}`), "Regional ID"
//! (`{"data":[{regionid,dnoregion,shortname,postcode?,data:[…]}]}`; `data` is an object rather
//! than an array in some of the API's answers, and both are read) and the error body
//! (`{"error":{"code","message"}}`).

use std::fmt;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// The API's band for an intensity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Index {
    #[serde(rename = "very low")]
    VeryLow,
    Low,
    Moderate,
    High,
    #[serde(rename = "very high")]
    VeryHigh,
}

impl Index {
    /// The API's words: `very low`, `low`, `moderate`, `high`, `very high`.
    pub fn as_str(self) -> &'static str {
        match self {
            Index::VeryLow => "very low",
            Index::Low => "low",
            Index::Moderate => "moderate",
            Index::High => "high",
            Index::VeryHigh => "very high",
        }
    }
}

impl fmt::Display for Index {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One half-hour settlement period, in gCO2/kWh (CO2 only, from generation).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HalfHour {
    /// Start, on a half hour in UTC.
    pub from: Timestamp,
    /// End, 30 minutes after `from`.
    pub to: Timestamp,
    /// The forecast intensity, gCO2/kWh.
    pub forecast: Option<f64>,
    /// The estimated actual intensity from metered generation, gCO2/kWh; only the national
    /// endpoints publish it, and only for past half hours.
    pub actual: Option<f64>,
    pub index: Option<Index>,
}

impl HalfHour {
    /// The intensity to account with: the actual where published, else the forecast.
    pub fn value(&self) -> Option<f64> {
        self.actual.or(self.forecast)
    }
}

/// One fuel's share of generation, in percent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FuelShare {
    pub fuel: String,
    pub percent: f64,
}

/// The current half hour of an area, with its generation mix.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Now {
    pub area: Area,
    /// The API's `regionid` (none for the national answer).
    pub region_id: Option<u8>,
    /// The API's `shortname`, or `Great Britain` for the national answer.
    pub region_name: String,
    /// The API's `dnoregion`, when it gave one.
    pub dno_region: Option<String>,
    pub half_hour: HalfHour,
    /// The generation mix, largest share first (in the API's order when equal).
    pub generation_mix: Vec<FuelShare>,
}

use crate::area::Area;

// ---- wire format ----

#[derive(Deserialize)]
struct WireIntensity {
    forecast: Option<f64>,
    actual: Option<f64>,
    /// Read as text, so that a word the API may add one day leaves the index unknown rather
    /// than failing the whole answer.
    index: Option<String>,
}

impl Index {
    /// The index for one of the API's words, `None` for any other.
    pub fn from_api(word: &str) -> Option<Index> {
        match word.trim().to_ascii_lowercase().as_str() {
            "very low" => Some(Index::VeryLow),
            "low" => Some(Index::Low),
            "moderate" => Some(Index::Moderate),
            "high" => Some(Index::High),
            "very high" => Some(Index::VeryHigh),
            _ => None,
        }
    }
}

#[derive(Deserialize)]
struct WirePeriod {
    from: String,
    to: String,
    intensity: Option<WireIntensity>,
    #[serde(default)]
    generationmix: Vec<WireFuel>,
}

#[derive(Deserialize)]
struct WireFuel {
    fuel: String,
    perc: f64,
}

#[derive(Deserialize)]
struct WireRegion {
    regionid: u8,
    dnoregion: Option<String>,
    shortname: Option<String>,
    intensity: Option<WireIntensity>,
    #[serde(default)]
    generationmix: Vec<WireFuel>,
}

#[derive(Deserialize)]
struct WireFromTo {
    from: String,
    to: String,
    regions: Vec<WireRegion>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany<T> {
    Many(Vec<T>),
    One(T),
}

impl<T> OneOrMany<T> {
    fn into_vec(self) -> Vec<T> {
        match self {
            OneOrMany::Many(items) => items,
            OneOrMany::One(item) => vec![item],
        }
    }
}

#[derive(Deserialize)]
struct WireRegionId {
    regionid: u8,
    dnoregion: Option<String>,
    shortname: Option<String>,
    data: OneOrMany<WirePeriod>,
}

#[derive(Deserialize)]
struct Data<T> {
    data: T,
}

#[derive(Deserialize)]
struct WireErrorBody {
    error: WireError,
}

#[derive(Deserialize)]
struct WireError {
    code: Option<String>,
    message: Option<String>,
}

/// The half hours of an answer and, for regional answers, the region it described.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Series {
    pub region_id: Option<u8>,
    pub region_name: Option<String>,
    pub dno_region: Option<String>,
    /// Each half hour with its generation mix (empty where the answer had none).
    pub periods: Vec<(HalfHour, Vec<FuelShare>)>,
}

/// Reads a time in the API's forms (`2018-01-20T12:00Z`, with or without seconds or offset).
pub(crate) fn parse_time(text: &str) -> Result<Timestamp, String> {
    if let Ok(t) = text.parse::<Timestamp>() {
        return Ok(t);
    }
    // `YYYY-MM-DDThh:mmZ` without seconds.
    if let Some(stem) = text.strip_suffix('Z')
        && let Ok(t) = format!("{stem}:00Z").parse::<Timestamp>()
    {
        return Ok(t);
    }
    Err(format!("`{text}` is not a time"))
}

/// The API's time form for a path, `YYYY-MM-DDThh:mmZ`.
pub(crate) fn format_time(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%MZ").to_string()
}

fn half_hour(from: &str, to: &str, intensity: Option<WireIntensity>) -> Result<HalfHour, String> {
    let intensity = intensity.unwrap_or(WireIntensity {
        forecast: None,
        actual: None,
        index: None,
    });
    Ok(HalfHour {
        from: parse_time(from)?,
        to: parse_time(to)?,
        forecast: intensity.forecast,
        actual: intensity.actual,
        index: intensity.index.as_deref().and_then(Index::from_api),
    })
}

fn mix(fuels: Vec<WireFuel>) -> Vec<FuelShare> {
    fuels
        .into_iter()
        .map(|f| FuelShare {
            fuel: f.fuel,
            percent: f.perc,
        })
        .collect()
}

fn json<'a, T: Deserialize<'a>>(body: &'a [u8]) -> Result<T, String> {
    serde_json::from_slice(body).map_err(|e| e.to_string())
}

/// A national intensity answer (`/intensity…`).
pub(crate) fn parse_national(body: &[u8]) -> Result<Series, String> {
    let data: Data<OneOrMany<WirePeriod>> = json(body)?;
    let periods = data
        .data
        .into_vec()
        .into_iter()
        .map(|p| {
            Ok((
                half_hour(&p.from, &p.to, p.intensity)?,
                mix(p.generationmix),
            ))
        })
        .collect::<Result<_, String>>()?;
    Ok(Series {
        region_id: None,
        region_name: None,
        dno_region: None,
        periods,
    })
}

/// The national generation mix (`/generation`): `{"data":{from,to,generationmix}}`.
pub(crate) fn parse_generation(body: &[u8]) -> Result<Vec<FuelShare>, String> {
    let data: Data<OneOrMany<WirePeriod>> = json(body)?;
    data.data
        .into_vec()
        .into_iter()
        .next()
        .map(|p| mix(p.generationmix))
        .ok_or_else(|| "the answer has no half hour".to_owned())
}

/// A regional answer in either documented shape, for the region `want` (or the only region
/// the answer holds when `want` is `None`).
pub(crate) fn parse_regional(body: &[u8], want: Option<u8>) -> Result<Series, String> {
    let value: serde_json::Value = json(body)?;
    let first = value
        .get("data")
        .map(|d| match d {
            serde_json::Value::Array(items) => items.first().cloned(),
            other => Some(other.clone()),
        })
        .ok_or_else(|| "the answer has no `data`".to_owned())?;
    let is_from_to = first.as_ref().is_some_and(|f| f.get("regions").is_some());
    if is_from_to {
        let data: Data<OneOrMany<WireFromTo>> = json(body)?;
        let mut series = Series {
            region_id: want,
            region_name: None,
            dno_region: None,
            periods: Vec::new(),
        };
        for period in data.data.into_vec() {
            let region = match want {
                Some(id) => period.regions.into_iter().find(|r| r.regionid == id),
                None => period.regions.into_iter().next(),
            };
            let Some(region) = region else {
                return Err(format!(
                    "the answer for {} has no region {}",
                    period.from,
                    want.map_or_else(String::new, |id| id.to_string())
                ));
            };
            series.region_id = Some(region.regionid);
            series.region_name = region.shortname;
            series.dno_region = region.dnoregion;
            series.periods.push((
                half_hour(&period.from, &period.to, region.intensity)?,
                mix(region.generationmix),
            ));
        }
        Ok(series)
    } else {
        let data: Data<OneOrMany<WireRegionId>> = json(body)?;
        let regions = data.data.into_vec();
        let region = match want {
            Some(id) => regions.into_iter().find(|r| r.regionid == id),
            None => regions.into_iter().next(),
        }
        .ok_or_else(|| "the answer names no region".to_owned())?;
        let periods = region
            .data
            .into_vec()
            .into_iter()
            .map(|p| {
                Ok((
                    half_hour(&p.from, &p.to, p.intensity)?,
                    mix(p.generationmix),
                ))
            })
            .collect::<Result<_, String>>()?;
        Ok(Series {
            region_id: Some(region.regionid),
            region_name: region.shortname,
            dno_region: region.dnoregion,
            periods,
        })
    }
}

/// The API's error body, `{"error":{"code","message"}}`: its code and message.
pub(crate) fn parse_error(body: &[u8]) -> Option<(Option<String>, Option<String>)> {
    let body: WireErrorBody = serde_json::from_slice(body).ok()?;
    Some((body.error.code, body.error.message))
}

#[cfg(test)]
mod tests {
    use super::*;

    // The API documentation's example bodies, shared with the integration tests.
    const NATIONAL: &str = include_str!("../tests/data/intensity.json");

    const WALES: &str = include_str!("../tests/data/regional-wales.json");

    const POSTCODE: &str = include_str!("../tests/data/regional-postcode-rg10.json");

    #[test]
    fn national_shape() {
        let series = parse_national(NATIONAL.as_bytes()).unwrap();
        let (hh, _) = &series.periods[0];
        assert_eq!(hh.from.to_string(), "2018-01-20T12:00:00Z");
        assert_eq!(hh.to.to_string(), "2018-01-20T12:30:00Z");
        assert_eq!((hh.forecast, hh.actual), (Some(266.0), Some(263.0)));
        assert_eq!(hh.value(), Some(263.0));
        assert_eq!(hh.index, Some(Index::Moderate));
    }

    #[test]
    fn regional_from_to_shape() {
        let series = parse_regional(WALES.as_bytes(), Some(17)).unwrap();
        assert_eq!(series.region_name.as_deref(), Some("Wales"));
        let (hh, mix) = &series.periods[0];
        assert_eq!((hh.forecast, hh.actual), (Some(266.0), None));
        assert_eq!(mix.len(), 9);
        assert_eq!(mix[8].fuel, "solar");
        assert_eq!(mix[8].percent, 18.1);
        assert!(parse_regional(WALES.as_bytes(), Some(7)).is_err());
    }

    #[test]
    fn regional_id_shape() {
        let series = parse_regional(POSTCODE.as_bytes(), None).unwrap();
        assert_eq!(series.region_id, Some(3));
        assert_eq!(series.dno_region.as_deref(), Some("Electricity North West"));
        assert_eq!(series.periods[0].1[1].fuel, "wind");
    }

    #[test]
    fn an_unknown_index_word_leaves_the_index_unknown() {
        let body = NATIONAL.replace("moderate", "extreme");
        let series = parse_national(body.as_bytes()).unwrap();
        assert_eq!(series.periods[0].0.index, None);
        assert_eq!(series.periods[0].0.forecast, Some(266.0));
        assert_eq!(Index::from_api("Very High"), Some(Index::VeryHigh));
    }

    #[test]
    fn error_body() {
        let body = br#"{"error":{"code":"400 Bad Request","message":"Please enter a valid date"}}"#;
        assert_eq!(
            parse_error(body),
            Some((
                Some("400 Bad Request".into()),
                Some("Please enter a valid date".into())
            ))
        );
        assert_eq!(parse_error(b"<html>"), None);
    }

    #[test]
    fn times_round_trip_in_the_api_form() {
        let t = parse_time("2018-01-20T12:00Z").unwrap();
        assert_eq!(format_time(t), "2018-01-20T12:00Z");
        assert!(parse_time("yesterday").is_err());
    }
}
