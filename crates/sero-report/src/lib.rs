//! sero's charts, rendered as SVG text.
//!
//! The comparison sero exists for, the carbon footprint of one transaction through each channel
//! of a service, reads best as a picture: one bar per channel, split into what the footprint is
//! made of, with the uncertainty drawn over it. This crate draws that picture.
//!
//! It never does I/O: no files, no terminal, no clock. Each function takes values and returns the
//! SVG document as a `String`, the same bytes for the same input, so callers can write it where
//! they like and tests can snapshot it. Charts are readable without colour: every segment has a
//! pattern as well as a colour, and the legend shows both.

mod format;
mod line_chart;
mod stacked_bars;
mod style;

pub use line_chart::{LineChart, Point, line_chart_svg};
pub use stacked_bars::{Bar, Segment, StackedBars, stacked_bars_svg};
