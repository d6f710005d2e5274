//! Fills that stay distinguishable without colour.
//!
//! Each segment key gets a colour and a pattern drawn over it, chosen by the key's position in
//! the chart, so a reader who cannot tell the colours apart, or a greyscale print, still tells
//! the segments apart and matches them with the legend.

/// The Okabe–Ito palette, safe for the common colour-vision deficiencies: Okabe, M. and Ito, K.
/// (2008), "Color Universal Design (CUD): how to make figures and presentations that are
/// friendly to colorblind people", <https://jfly.uni-koeln.de/color/>. Its eighth colour, black,
/// is left out because it would hide the pattern. Each colour comes with the ink its pattern is
/// drawn in: black on the light colours, white on the dark blue.
const PALETTE: [(&str, &str); 7] = [
    ("#E69F00", "#000"), // orange
    ("#56B4E9", "#000"), // sky blue
    ("#009E73", "#000"), // bluish green
    ("#F0E442", "#000"), // yellow
    ("#0072B2", "#fff"), // blue
    ("#D55E00", "#000"), // vermillion
    ("#CC79A7", "#000"), // reddish purple
];

/// The marks of each pattern on an 8 × 8 tile, in the tile's ink. Twelve patterns and seven
/// colours: the first seven keys differ in both, the first twelve (more than the elements of a
/// service's delivery) differ in pattern, and no two of the first 84 share both.
const PATTERNS: [Marks; 12] = [
    Marks::Lines("M0,8L8,0M-2,2L2,-2M6,10L10,6"), // diagonal hatch
    Marks::Dots,
    Marks::Lines("M0,4H8"), // horizontal lines
    Marks::Lines("M0,8L8,0M-2,2L2,-2M6,10L10,6M0,0L8,8M-2,6L2,10M6,-2L10,2"), // cross-hatch
    Marks::Lines("M4,0V8"), // vertical lines
    Marks::None,            // solid
    Marks::Lines("M0,0L8,8M-2,6L2,10M6,-2L10,2"), // back-diagonal hatch
    Marks::Lines("M0,4H8M4,0V8"), // grid
    Marks::Lines("M0,2H8M0,6H8"), // double horizontal lines
    Marks::Lines("M0,6L2,2L4,6L6,2L8,6"), // zigzag
    Marks::Lines("M0,0H4V4H0ZM4,4H8V8H4Z"), // checker outline
    Marks::Lines("M2,0V8M6,0V8"), // double vertical lines
];

enum Marks {
    None,
    Dots,
    Lines(&'static str),
}

/// The id of the `<pattern>` for the key at `index`. It depends on the index alone and the
/// pattern with it, so two charts inlined in one HTML page may share ids harmlessly.
pub(crate) fn fill_id(index: usize) -> String {
    format!("sero-fill-{index}")
}

/// The `<pattern>` element for the key at `index`: its colour as the tile's background, its
/// pattern over it.
pub(crate) fn pattern_element(index: usize) -> String {
    let (colour, ink) = PALETTE[index % PALETTE.len()];
    let marks = match PATTERNS[index % PATTERNS.len()] {
        Marks::None => String::new(),
        Marks::Dots => format!(
            r#"<circle cx="2" cy="2" r="1.3" fill="{ink}" fill-opacity="0.6"/><circle cx="6" cy="6" r="1.3" fill="{ink}" fill-opacity="0.6"/>"#
        ),
        Marks::Lines(path) => format!(
            r#"<path d="{path}" stroke="{ink}" stroke-opacity="0.6" stroke-width="1.5" fill="none"/>"#
        ),
    };
    format!(
        r#"<pattern id="{id}" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="{colour}"/>{marks}</pattern>"#,
        id = fill_id(index)
    )
}
