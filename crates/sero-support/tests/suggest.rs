//! The "did you mean" helper, on the kinds of words sero's hints suggest.

use sero_support::did_you_mean;

#[test]
fn picks_the_closest_sensible_candidate() {
    let keys = ["name", "region", "regions", "channels", "replicas"];
    assert_eq!(did_you_mean("chanels", keys), Some("channels"));
    assert_eq!(did_you_mean("regoin", keys), Some("region"));
    assert_eq!(did_you_mean("Regions", keys), Some("regions"));
    assert_eq!(did_you_mean("replica", keys), Some("replicas"));
    assert_eq!(did_you_mean("zzz", keys), None);
    // A word that is a candidate is never suggested to itself; the nearest other one is.
    assert_eq!(did_you_mean("region", keys), Some("regions"));
    // Two-letter words are not "close" to every other two-letter word.
    assert_eq!(did_you_mean("ab", ["xy"]), None);
    assert_eq!(did_you_mean("x", std::iter::empty()), None);
}

#[test]
fn ties_go_to_similarity_then_to_the_earlier_candidate() {
    // Both one edit away; `kwh` shares more with `kWh` than with `MWh` once case is ignored.
    assert_eq!(did_you_mean("kwh", ["MWh", "kWh"]), Some("kWh"));
    // The same distance and similarity: the first listed wins, in either order.
    assert_eq!(did_you_mean("ab1", ["ab2", "ab3"]), Some("ab2"));
    assert_eq!(did_you_mean("ab1", ["ab3", "ab2"]), Some("ab3"));
}

#[test]
fn serves_areas_columns_and_long_words_sharing_a_prefix() {
    let areas = [
        "north-scotland",
        "south-wales",
        "north-wales",
        "london",
        "national",
    ];
    assert_eq!(did_you_mean("south-wale", areas), Some("south-wales"));
    assert_eq!(did_you_mean("gb-region-18", areas), None);
    let columns = ["asset", "count", "embodied_kg", "power_w", "life_years"];
    assert_eq!(did_you_mean("embodied_kgs", columns), Some("embodied_kg"));
    assert_eq!(did_you_mean("Life_Year", columns), Some("life_years"));
    // Jaro-Winkler catches a long word whose end is wrong by more than two edits.
    assert_eq!(
        did_you_mean("electricityxyz", ["electricity", "paper"]),
        Some("electricity")
    );
}

#[test]
fn a_very_long_word_is_not_compared() {
    // Two 200 KB strings one edit apart: comparing them would take minutes (Levenshtein is
    // the product of the lengths); the limit answers at once.
    let long = "a".repeat(200_000);
    let other = format!("{long}b");
    let started = std::time::Instant::now();
    assert_eq!(did_you_mean(&long, [other.as_str()]), None);
    assert_eq!(
        did_you_mean("unit", [other.as_str(), "units"]),
        Some("units")
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
    // At the limit, words are still compared.
    let max = sero_limits::SUGGESTION_LENGTH.get_usize();
    let word = "b".repeat(max);
    let near = format!("{}c", "b".repeat(max - 1));
    assert_eq!(did_you_mean(&word, [near.as_str()]), Some(near.as_str()));
}
