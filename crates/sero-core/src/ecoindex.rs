//! EcoIndex (GreenIT / CNUMR), exactly as `ecoindex-compute` 5.10.0 computes it
//! (`components/ecoindex/compute/ecoindex.py`, quantile tables in `data/quantiles.py`,
//! https://github.com/cnumr/ecoindex_python_fullstack): a score from 0 to 100 from a page's DOM
//! size, request count and transferred kilobytes, a grade A–G, and the greenhouse gases and
//! water EcoIndex attributes to a page view.

/// `quantiles_dom`, `quantiles_req`, `quantiles_size` (KB): 21 entries each.
pub const QUANTILES_DOM: [f64; 21] = [
    0.0, 47.0, 75.0, 159.0, 233.0, 298.0, 358.0, 417.0, 476.0, 537.0, 603.0, 674.0, 753.0, 843.0,
    949.0, 1076.0, 1237.0, 1459.0, 1801.0, 2479.0, 594601.0,
];
pub const QUANTILES_REQ: [f64; 21] = [
    0.0, 2.0, 15.0, 25.0, 34.0, 42.0, 49.0, 56.0, 63.0, 70.0, 78.0, 86.0, 95.0, 105.0, 117.0,
    130.0, 147.0, 170.0, 205.0, 281.0, 3920.0,
];
pub const QUANTILES_SIZE: [f64; 21] = [
    0.0, 1.37, 144.7, 319.53, 479.46, 631.97, 783.38, 937.91, 1098.62, 1265.47, 1448.32, 1648.27,
    1876.08, 2142.06, 2465.37, 2866.31, 3401.59, 4155.73, 5400.08, 8037.54, 223212.26,
];
/// Grade thresholds: a score strictly above the bound earns the grade (`data/grades.py`).
const GRADES: [(&str, f64); 6] = [
    ("A", 80.0),
    ("B", 70.0),
    ("C", 55.0),
    ("D", 40.0),
    ("E", 25.0),
    ("F", 10.0),
];

/// Position of `value` in a quantile table, interpolated linearly (`get_quantile`).
pub fn quantile(table: &[f64], value: f64) -> f64 {
    for i in 1..table.len() {
        if value < table[i] {
            return (i - 1) as f64 + (value - table[i - 1]) / (table[i] - table[i - 1]);
        }
    }
    (table.len() - 1) as f64
}

/// The EcoIndex of a page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EcoIndex {
    /// The score before rounding (as the GreenIT browser extension keeps it).
    pub raw_score: f64,
    /// The score rounded half to even, as Python's `round` (what ecoindex.fr shows).
    pub score: f64,
    pub grade: &'static str,
    /// Greenhouse gases per page view, gCO2e: `2 + 2 × (50 − score) / 100`, rounded to 0.01.
    pub ges_g: f64,
    /// Water per page view, centilitres: `3 + 3 × (50 − score) / 100`, rounded to 0.01.
    pub water_cl: f64,
}

/// EcoIndex of `dom` elements, `requests` and `size_kb` kilobytes (bytes / 1000).
pub fn ecoindex(dom: f64, requests: f64, size_kb: f64) -> EcoIndex {
    let q_dom = quantile(&QUANTILES_DOM, dom);
    let q_req = quantile(&QUANTILES_REQ, requests);
    let q_size = quantile(&QUANTILES_SIZE, size_kb);
    let raw_score = 100.0 - 5.0 * (3.0 * q_dom + 2.0 * q_req + q_size) / 6.0;
    let score = raw_score.round_ties_even();
    let grade = GRADES
        .iter()
        .find(|(_, bound)| score > *bound)
        .map_or("G", |(grade, _)| grade);
    EcoIndex {
        raw_score,
        score,
        grade,
        ges_g: round_2(2.0 + 2.0 * (50.0 - score) / 100.0),
        water_cl: round_2(3.0 + 3.0 * (50.0 - score) / 100.0),
    }
}

/// Python's `round(100 * x) / 100` (half to even on the scaled value).
fn round_2(value: f64) -> f64 {
    (100.0 * value).round_ties_even() / 100.0
}
