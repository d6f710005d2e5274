//! The areas the Carbon Intensity API knows: Great Britain as a whole, its 17 regions (14 DNO
//! regions and the three nations), and postcode outward codes.

use std::fmt;
use std::str::FromStr;

use sero_message::{Message, msg};

/// The API's name of the national area, as written in JSON documents.
const NATIONAL_NAME: &str = "Great Britain";

/// One of the API's regions: its `regionid`, the `shortname` of the API's documentation
/// (carbon-intensity.github.io/api-definitions, "Region IDs"), and the kebab-case name sero
/// accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    pub id: u8,
    pub shortname: &'static str,
    pub slug: &'static str,
}

/// The 17 regions, by `regionid`. Region 6 is the SP Manweb distribution area, North Wales with
/// Merseyside and Cheshire; 15–17 are the nations England, Scotland and Wales.
pub const REGIONS: [Region; 17] = [
    region(1, "North Scotland", "north-scotland"),
    region(2, "South Scotland", "south-scotland"),
    region(3, "North West England", "north-west-england"),
    region(4, "North East England", "north-east-england"),
    region(5, "Yorkshire", "yorkshire"),
    region(6, "North Wales", "north-wales"),
    region(7, "South Wales", "south-wales"),
    region(8, "West Midlands", "west-midlands"),
    region(9, "East Midlands", "east-midlands"),
    region(10, "East England", "east-england"),
    region(11, "South West England", "south-west-england"),
    region(12, "South England", "south-england"),
    region(13, "London", "london"),
    region(14, "South East England", "south-east-england"),
    region(15, "England", "england"),
    region(16, "Scotland", "scotland"),
    region(17, "Wales", "wales"),
];

const fn region(id: u8, shortname: &'static str, slug: &'static str) -> Region {
    Region {
        id,
        shortname,
        slug,
    }
}

/// The region with `regionid` `id`, if it is one of the 17.
pub fn region_by_id(id: u8) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.id == id)
}

/// Where to ask the grid's carbon intensity for.
///
/// Parsed from what users and manifests write ([`FromStr`]): `national` or `GB`; a region's
/// kebab-case name (`south-wales`, `north-wales`, `wales`, `london`, …, see [`REGIONS`]);
/// `GB-REGION-7`; `GB-WALES`, `GB-ENGLAND`, `GB-SCOTLAND`; a bare region id (`7`); or a
/// postcode outward code (`CF10`; a full postcode such as `CF10 1EP` is cut to its outward code,
/// see [`Area::parse_with_note`]). [`Display`](fmt::Display) writes the form that parses back:
/// `national`, the region's kebab-case name, or the outward code.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Area {
    /// Great Britain as a whole (the API's national endpoints, which also publish actuals).
    National,
    /// A region by `regionid`, 1–17 (always one of [`REGIONS`] when parsed).
    Region(u8),
    /// The region of a postcode outward code, upper case without spaces (`CF10`).
    Postcode(String),
}

/// Why a text is not an area: [`AreaError::message`] and [`AreaError::hint`] give the sentence
/// and the hint; [`fmt::Display`] their neutral forms, for logs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaError {
    pub input: String,
    pub suggestion: Option<String>,
}

impl AreaError {
    pub fn message(&self) -> Message {
        msg!("grid-error-unknown-area", area = self.input.as_str())
    }

    pub fn hint(&self) -> Message {
        match &self.suggestion {
            Some(name) => msg!("grid-hint-area-suggestion", suggestion = name.as_str()),
            None => msg!("grid-hint-area"),
        }
    }
}

impl fmt::Display for AreaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message().neutral())
    }
}

impl std::error::Error for AreaError {}

impl Area {
    /// Parses an area as [`FromStr`] does, and returns the note to show when the text was
    /// changed on the way (a full postcode cut to its outward code).
    pub fn parse_with_note(input: &str) -> Result<(Area, Option<Message>), AreaError> {
        let trimmed = input.trim();
        let key = trimmed.to_ascii_lowercase().replace(['_', ' '], "-");
        let unknown = || AreaError {
            input: trimmed.to_owned(),
            suggestion: suggest(&key),
        };
        if trimmed.is_empty() {
            return Err(unknown());
        }
        match key.as_str() {
            "national" | "gb" | "great-britain" => return Ok((Area::National, None)),
            "gb-wales" => return Ok((Area::Region(17), None)),
            "gb-england" => return Ok((Area::Region(15), None)),
            "gb-scotland" => return Ok((Area::Region(16), None)),
            _ => {}
        }
        if let Some(region) = REGIONS.iter().find(|r| r.slug == key) {
            return Ok((Area::Region(region.id), None));
        }
        let id_text = key.strip_prefix("gb-region-").unwrap_or(&key);
        if !id_text.is_empty() && id_text.bytes().all(|b| b.is_ascii_digit()) {
            return match id_text.parse::<u8>().ok().and_then(region_by_id) {
                Some(region) => Ok((Area::Region(region.id), None)),
                None => Err(AreaError {
                    input: trimmed.to_owned(),
                    suggestion: None,
                }),
            };
        }
        match postcode_outward(trimmed) {
            Some((outward, cut)) => {
                let note = cut.then(|| {
                    msg!(
                        "grid-note-postcode-cut",
                        given = trimmed,
                        outward = outward.as_str()
                    )
                });
                Ok((Area::Postcode(outward), note))
            }
            None => Err(unknown()),
        }
    }

    /// The region's `regionid`, when the area is a region.
    pub fn region_id(&self) -> Option<u8> {
        match self {
            Area::Region(id) => Some(*id),
            _ => None,
        }
    }

    /// The area's name in JSON documents: `Great Britain`, the region's short name (a proper
    /// noun, the API's), or `postcode CF10`.
    pub fn name(&self) -> String {
        match self {
            Area::National => NATIONAL_NAME.to_owned(),
            Area::Region(id) => {
                region_by_id(*id).map_or_else(|| format!("region {id}"), |r| r.shortname.to_owned())
            }
            Area::Postcode(outward) => format!("postcode {outward}"),
        }
    }

    /// The cache's file stem for this area (`national`, `region-7`, `postcode-CF10`).
    pub(crate) fn cache_key(&self) -> String {
        match self {
            Area::National => "national".to_owned(),
            Area::Region(id) => format!("region-{id}"),
            Area::Postcode(outward) => format!("postcode-{outward}"),
        }
    }
}

impl FromStr for Area {
    type Err = AreaError;

    fn from_str(input: &str) -> Result<Area, AreaError> {
        Area::parse_with_note(input).map(|(area, _)| area)
    }
}

impl serde::Serialize for Area {
    /// As its [`Display`](fmt::Display) form, which parses back.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl fmt::Display for Area {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Area::National => f.write_str("national"),
            Area::Region(id) => match region_by_id(*id) {
                Some(region) => f.write_str(region.slug),
                None => write!(f, "GB-REGION-{id}"),
            },
            Area::Postcode(outward) => f.write_str(outward),
        }
    }
}

/// The outward code of a UK postcode (`CF10`, `SW1A`, `M1`), and whether an inward code was
/// cut off (`CF10 1EP` → `CF10`). `None` when the text is not shaped like a postcode.
fn postcode_outward(input: &str) -> Option<(String, bool)> {
    let compact: String = input
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if !compact.is_ascii() {
        return None;
    }
    let is_outward = |s: &str| {
        // An outward code is 2–4 characters: one or two letters, a digit, then an optional
        // letter or digit.
        let bytes = s.as_bytes();
        let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        (2..=4).contains(&bytes.len())
            && (1..=2).contains(&letters)
            && bytes.get(letters).is_some_and(u8::is_ascii_digit)
            && bytes[letters + 1..]
                .iter()
                .all(|b| b.is_ascii_alphanumeric())
    };
    // A full postcode ends in an inward code: a digit and two letters.
    let len = compact.len();
    if len >= 5 {
        let (outward, inward) = compact.split_at(len - 3);
        let inward = inward.as_bytes();
        if inward[0].is_ascii_digit()
            && inward[1..].iter().all(u8::is_ascii_alphabetic)
            && is_outward(outward)
        {
            return Some((outward.to_owned(), true));
        }
    }
    is_outward(&compact).then_some((compact, false))
}

/// The closest known area name to `key`, when one is close enough to be a typo.
fn suggest(key: &str) -> Option<String> {
    let names =
        REGIONS
            .iter()
            .map(|r| r.slug)
            .chain(["national", "gb-wales", "gb-england", "gb-scotland"]);
    sero_support::did_you_mean(key, names).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_area() {
        let cases = [
            ("national", Area::National),
            ("GB", Area::National),
            ("south-wales", Area::Region(7)),
            ("South Wales", Area::Region(7)),
            ("north-wales", Area::Region(6)),
            ("wales", Area::Region(17)),
            ("GB-WALES", Area::Region(17)),
            ("GB-ENGLAND", Area::Region(15)),
            ("GB-SCOTLAND", Area::Region(16)),
            ("GB-REGION-7", Area::Region(7)),
            ("13", Area::Region(13)),
            ("london", Area::Region(13)),
            ("cf10", Area::Postcode("CF10".into())),
            ("SW1A", Area::Postcode("SW1A".into())),
            ("M1", Area::Postcode("M1".into())),
        ];
        for (text, area) in cases {
            assert_eq!(text.parse::<Area>(), Ok(area), "{text}");
        }
    }

    #[test]
    fn display_parses_back() {
        let areas = std::iter::once(Area::National)
            .chain(REGIONS.iter().map(|r| Area::Region(r.id)))
            .chain([Area::Postcode("CF10".into())]);
        for area in areas {
            assert_eq!(area.to_string().parse::<Area>(), Ok(area.clone()));
        }
    }

    #[test]
    fn a_full_postcode_is_cut_with_a_note() {
        let (area, note) = Area::parse_with_note("CF10 1EP").unwrap();
        assert_eq!(area, Area::Postcode("CF10".into()));
        let note = note.expect("a note");
        assert_eq!(note.id(), "grid-note-postcode-cut");
        assert_eq!(note.get("given"), Some(&"CF10 1EP".into()));
        assert_eq!(note.get("outward"), Some(&"CF10".into()));
        assert_eq!(Area::parse_with_note("CF10").unwrap().1, None);
    }

    #[test]
    fn unknown_names_suggest_the_nearest() {
        let error = "south-wale".parse::<Area>().unwrap_err();
        assert_eq!(error.suggestion.as_deref(), Some("south-wales"));
        assert_eq!(
            error.hint(),
            msg!("grid-hint-area-suggestion", suggestion = "south-wales")
        );
        let error = "GB-REGION-18".parse::<Area>().unwrap_err();
        assert_eq!(error.suggestion, None);
        assert!("0".parse::<Area>().is_err());
        assert!("".parse::<Area>().is_err());
        assert!("atlantis".parse::<Area>().is_err());
    }
}
