//! Cloud bills to energy and emissions, with Cloud Carbon Footprint's methodology.
//!
//! `sero import cloud` reads an AWS Cost and Usage Report (CSV, CSV.gz), an Azure cost export or a
//! Google Cloud billing export in one streaming pass, classifies each line as CCF does
//! (compute, storage, networking, memory, or unknown), estimates its energy (kWh, PUE included),
//! its operational emissions with CCF's grid factors and its embodied emissions, and adds the lines
//! up by the dimensions asked for. Memory holds one entry per group and per distinct usage type,
//! never one per line. [`sql`] writes the aggregation query CCF runs on Athena or BigQuery, whose
//! result this crate reads too.

pub mod aggregate;
pub mod classify;
pub mod coefficients;
pub mod file;
pub mod format;
pub mod parquet_input;
pub mod sql;
pub mod text;

pub use aggregate::{Dim, Grid, Group, Options, Report, Summary, aggregate_csv};
pub use coefficients::Coefficients;
pub use file::{PARALLEL_FROM_BYTES, aggregate_file};
pub use format::Format;

/// Whose arithmetic to follow.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Method {
    /// CCF's methodology with the defects sero corrects (each listed in docs/cloud.md).
    #[default]
    Sero,
    /// CCF's code as it stands at the commit docs/cloud.md cites, figure for figure.
    Ccf,
}

impl Method {
    /// The name used on the command line and in JSON (`sero`, `ccf`).
    pub fn key(self) -> &'static str {
        match self {
            Method::Sero => "sero",
            Method::Ccf => "ccf",
        }
    }
}

/// A cloud provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Provider {
    Aws,
    Azure,
    Gcp,
}

impl Provider {
    pub fn parse(text: &str) -> Option<Provider> {
        match text.trim().to_ascii_lowercase().as_str() {
            "aws" => Some(Provider::Aws),
            "azure" => Some(Provider::Azure),
            "gcp" | "google" => Some(Provider::Gcp),
            _ => None,
        }
    }

    /// The short name used in grid values and JSON (`aws`).
    pub fn key(self) -> &'static str {
        match self {
            Provider::Aws => "aws",
            Provider::Azure => "azure",
            Provider::Gcp => "gcp",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Provider::Aws => "AWS",
            Provider::Azure => "Azure",
            Provider::Gcp => "Google Cloud",
        }
    }
}

/// Opens a billing file: plain CSV, or gzip-compressed CSV (by content, whatever its name).
pub fn open(path: &std::path::Path) -> std::io::Result<Box<dyn std::io::Read>> {
    open_with(path, |f| f)
}

/// Like [`open`], with the file wrapped by `wrap` first (to count the bytes read).
pub fn open_with<R: std::io::Read + 'static>(
    path: &std::path::Path,
    wrap: impl FnOnce(std::fs::File) -> R,
) -> std::io::Result<Box<dyn std::io::Read>> {
    use std::io::{BufRead, BufReader};
    let file = std::fs::File::open(path)?;
    let mut reader = BufReader::with_capacity(1 << 20, wrap(file));
    let gzip = reader.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    // Every line within `sero_limits::RECORD_LENGTH`, after decompression: a line that never
    // ends is refused at the limit, not read into memory.
    Ok(if gzip {
        Box::new(sero_limits::LineBound::new(
            BufReader::with_capacity(1 << 20, flate2::bufread::MultiGzDecoder::new(reader)),
            1,
        ))
    } else {
        Box::new(sero_limits::LineBound::new(reader, 1))
    })
}
