//! How much of each script the page ran, from V8's precise block coverage.
//!
//! `Profiler.takePreciseCoverage` reports, per script, every function with ranges of source
//! offsets and how often each ran. Ranges nest (a block inside a function inside the script's
//! top-level range, which spans the whole source), and the innermost range decides: a function
//! that never ran is a count-0 range inside the count-1 top level. The algorithm is the one of
//! Puppeteer's `convertToDisjointRanges`, which Chrome DevTools' coverage panel also follows:
//! sweep the range boundaries with a stack of counts and add up the stretches whose innermost
//! count is above zero.
//!
//! Offsets count UTF-16 code units of the decoded script, so "bytes" here are characters of the
//! source: equal to bytes for ASCII sources (nearly every minified script), below them for
//! scripts with other characters. Totals are the source length (the top-level range's end), not
//! the transferred size.

use std::collections::BTreeMap;

use sero_core::page::Coverage;

/// One range of a function's coverage: `[start, end)` in source offsets, and its run count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub start: u64,
    pub end: u64,
    pub count: u64,
}

/// Length of the source (the largest end offset) and how much of it ran.
pub fn used_and_total(ranges: &[Range]) -> (u64, u64) {
    let total = ranges.iter().map(|range| range.end).max().unwrap_or(0);
    #[derive(Clone, Copy)]
    struct Point {
        offset: u64,
        closing: bool,
        length: u64,
        count: u64,
    }
    let mut points: Vec<Point> = ranges
        .iter()
        .filter(|range| range.end > range.start)
        .flat_map(|range| {
            let length = range.end - range.start;
            [
                Point {
                    offset: range.start,
                    closing: false,
                    length,
                    count: range.count,
                },
                Point {
                    offset: range.end,
                    closing: true,
                    length,
                    count: range.count,
                },
            ]
        })
        .collect();
    // At one offset: close before open; open outer ranges first, close inner ranges first.
    points.sort_by(|a, b| {
        a.offset
            .cmp(&b.offset)
            .then(b.closing.cmp(&a.closing))
            .then(if a.closing {
                a.length.cmp(&b.length)
            } else {
                b.length.cmp(&a.length)
            })
    });
    let mut counts: Vec<u64> = Vec::new();
    let mut used = 0;
    let mut last_offset = 0;
    for point in points {
        if counts.last().is_some_and(|&count| count > 0) {
            used += point.offset - last_offset;
        }
        last_offset = point.offset;
        if point.closing {
            counts.pop();
        } else {
            counts.push(point.count);
        }
    }
    (used, total)
}

/// Coverage per script URL, in first-seen order. Scripts without a URL (our own evaluations,
/// `eval`) are left out; several scripts with one URL (the inline scripts of a page) are added
/// up.
pub fn by_url(scripts: impl IntoIterator<Item = (String, Vec<Range>)>) -> Vec<Coverage> {
    let mut order: Vec<String> = Vec::new();
    let mut sums: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for (url, ranges) in scripts {
        if url.is_empty() || !(url.starts_with("http://") || url.starts_with("https://")) {
            continue;
        }
        let (used, total) = used_and_total(&ranges);
        let sum = sums.entry(url.clone()).or_insert_with(|| {
            order.push(url);
            (0, 0)
        });
        sum.0 += used;
        sum.1 += total;
    }
    order
        .into_iter()
        .map(|url| {
            let (used, total) = sums[&url];
            Coverage {
                url,
                total_bytes: total,
                unused_bytes: total.saturating_sub(used),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(start: u64, end: u64, count: u64) -> Range {
        Range { start, end, count }
    }

    #[test]
    fn an_uncalled_function_is_unused() {
        // Top level 0..100 ran; function 10..40 never ran; function 50..90 ran but its block
        // 60..70 did not.
        let ranges = [
            range(0, 100, 1),
            range(10, 40, 0),
            range(50, 90, 1),
            range(60, 70, 0),
        ];
        assert_eq!(used_and_total(&ranges), (60, 100));
    }

    #[test]
    fn adjacent_and_empty_ranges() {
        let ranges = [
            range(0, 10, 1),
            range(0, 5, 0),
            range(5, 10, 2),
            range(10, 10, 0),
        ];
        assert_eq!(used_and_total(&ranges), (5, 10));
        assert_eq!(used_and_total(&[]), (0, 0));
    }

    #[test]
    fn sums_scripts_of_one_url_and_skips_unnamed_ones() {
        let coverage = by_url([
            ("https://a/page".to_owned(), vec![range(0, 10, 1)]),
            (String::new(), vec![range(0, 50, 1)]),
            (
                "https://a/app.js".to_owned(),
                vec![range(0, 100, 1), range(0, 30, 0)],
            ),
            (
                "https://a/page".to_owned(),
                vec![range(0, 20, 1), range(5, 20, 0)],
            ),
        ]);
        let summary: Vec<_> = coverage
            .iter()
            .map(|c| (c.url.as_str(), c.total_bytes, c.unused_bytes))
            .collect();
        assert_eq!(
            summary,
            [("https://a/page", 30, 15), ("https://a/app.js", 100, 30)]
        );
    }
}
