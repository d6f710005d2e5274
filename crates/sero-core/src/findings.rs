//! Findings: what to fix first on a measured page, each from what was measured (headers,
//! content types, sizes, rendered image sizes, coverage), with the bytes at stake, the bytes
//! and grams a fix would save where the measurement lets sero say, and the W3C Web
//! Sustainability Guidelines success criterion it relates to.
//!
//! sero never guesses a saving: where the measurement cannot tell (how much smaller an image
//! would be as AVIF needs re-encoding it), the saving is `None` and the finding says so.

use crate::Message;
use crate::msg;
use crate::page::{PageMeasurement, Resource};

/// A W3C Web Sustainability Guidelines success criterion.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Criterion {
    pub id: &'static str,
    pub title: &'static str,
    pub url: &'static str,
}

/// One thing to fix. Its title and detail are messages the binary renders in the reader's
/// language; the id and the criterion are data.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub id: &'static str,
    pub title: Message,
    pub detail: Message,
    pub resources: Vec<String>,
    /// Bytes of the resources concerned (first view).
    pub bytes_at_stake: u64,
    /// Bytes a fix would save per first view, when the measurement tells.
    pub bytes_saved: Option<u64>,
    /// Grams CO2e a fix would save per first view.
    pub co2e_g_saved: Option<f64>,
    pub criterion: Criterion,
}

impl Finding {
    /// True when a fix is estimated to save bytes: only such findings are "fix first".
    pub fn fix_first(&self) -> bool {
        self.bytes_saved.is_some_and(|bytes| bytes > 0)
    }
}

/// Thresholds sero uses (its own choices, stated in `docs/page.md`).
pub const MIN_IMAGE_BYTES: u64 = 10_000;
pub const OVERSIZED_RATIO: f64 = 1.5;
pub const MIN_TEXT_BYTES: u64 = 1_400;
pub const MIN_UNUSED_SCRIPT_BYTES: u64 = 20_000;

fn is_legacy_image(mime: &str) -> bool {
    matches!(
        mime,
        "image/jpeg" | "image/jpg" | "image/png" | "image/gif" | "image/bmp" | "image/tiff"
    )
}

fn is_text(mime: &str) -> bool {
    mime.starts_with("text/")
        || matches!(
            mime,
            "application/javascript"
                | "application/x-javascript"
                | "application/json"
                | "application/ld+json"
                | "application/xml"
                | "image/svg+xml"
                | "application/manifest+json"
        )
}

/// True when the headers let a browser reuse the response on a later visit.
pub fn cacheable(resource: &Resource) -> bool {
    let control = resource
        .cache_control
        .as_deref()
        .unwrap_or("")
        .to_ascii_lowercase();
    if control.contains("no-store") || control.contains("no-cache") {
        return false;
    }
    let max_age = control.split(',').find_map(|d| {
        let d = d.trim();
        d.strip_prefix("max-age=")
            .or_else(|| d.strip_prefix("s-maxage="))
            .and_then(|v| v.trim().parse::<u64>().ok())
    });
    match max_age {
        Some(age) => age > 0,
        None => resource.has_expires,
    }
}

/// The findings for `page`, largest estimated saving first, then those without a saving; `grams_per_byte` turns bytes into grams
/// (the page's data-transfer estimate divided by its bytes).
pub fn findings(page: &PageMeasurement, grams_per_byte: f64, criteria: &Criteria) -> Vec<Finding> {
    let first = &page.first_view.resources;
    let mut found = Vec::new();
    let mut push =
        |id, title: Message, detail: Message, rs: Vec<&Resource>, saved: Option<u64>, criterion| {
            if rs.is_empty() {
                return;
            }
            let bytes_at_stake = rs.iter().map(|r| r.transfer_bytes).sum();
            found.push(Finding {
                id,
                title,
                detail,
                resources: rs.iter().map(|r| r.url.clone()).collect(),
                bytes_at_stake,
                bytes_saved: saved,
                co2e_g_saved: saved.map(|b| b as f64 * grams_per_byte),
                criterion,
            });
        };

    // Images larger than displayed: the pixels not shown are bytes not needed, in proportion.
    let mut oversized = Vec::new();
    let mut oversized_saving = 0.0;
    for image in &page.images {
        let natural = f64::from(image.natural_width) * f64::from(image.natural_height);
        let rendered = f64::from(image.rendered_width) * f64::from(image.rendered_height);
        if rendered <= 0.0 || natural <= rendered * OVERSIZED_RATIO * OVERSIZED_RATIO {
            continue;
        }
        if let Some(r) = first.iter().find(|r| r.url == image.url && !r.from_cache) {
            oversized_saving += r.transfer_bytes as f64 * (1.0 - rendered / natural);
            oversized.push(r);
        }
    }
    push(
        "oversized-images",
        msg!("page-finding-oversized-images"),
        msg!(
            "page-finding-oversized-images-detail",
            ratio = OVERSIZED_RATIO
        ),
        oversized,
        Some(oversized_saving.round() as u64),
        criteria.oversized_images,
    );

    let legacy: Vec<&Resource> = first
        .iter()
        .filter(|r| is_legacy_image(&r.mime_type) && r.transfer_bytes >= MIN_IMAGE_BYTES)
        .collect();
    push(
        "modern-image-formats",
        msg!("page-finding-modern-image-formats"),
        msg!("page-finding-modern-image-formats-detail"),
        legacy,
        None,
        criteria.modern_image_formats,
    );

    let uncompressed: Vec<&Resource> = first
        .iter()
        .filter(|r| {
            is_text(&r.mime_type)
                && r.transfer_bytes >= MIN_TEXT_BYTES
                && r.content_encoding
                    .as_deref()
                    .is_none_or(|e| e.is_empty() || e == "identity")
                && !r.from_cache
        })
        .collect();
    push(
        "uncompressed-text",
        msg!("page-finding-uncompressed-text"),
        msg!("page-finding-uncompressed-text-detail"),
        uncompressed,
        None,
        criteria.compression,
    );

    // Not cacheable: what a repeat visit downloads again is measured in the repeat view.
    let uncacheable: Vec<&Resource> = first
        .iter()
        .filter(|r| r.resource_type != "Document" && !r.from_cache && !cacheable(r))
        .collect();
    let refetched = page.repeat_view.as_ref().map(|repeat| {
        repeat
            .resources
            .iter()
            .filter(|r| !r.from_cache && uncacheable.iter().any(|u| u.url == r.url))
            .map(|r| r.transfer_bytes)
            .sum::<u64>()
    });
    push(
        "cache-headers",
        msg!("page-finding-cache-headers"),
        msg!("page-finding-cache-headers-detail"),
        uncacheable,
        refetched,
        criteria.caching,
    );

    let mut unused_scripts = Vec::new();
    let mut unused_saving = 0.0;
    for coverage in page
        .coverage
        .iter()
        .filter(|c| c.unused_bytes >= MIN_UNUSED_SCRIPT_BYTES && c.total_bytes > 0)
    {
        if let Some(r) = first
            .iter()
            .find(|r| r.url == coverage.url && !r.from_cache)
        {
            unused_saving += r.transfer_bytes as f64 * coverage.unused_bytes as f64
                / coverage.total_bytes as f64;
            unused_scripts.push(r);
        }
    }
    push(
        "unused-javascript",
        msg!("page-finding-unused-javascript"),
        msg!("page-finding-unused-javascript-detail"),
        unused_scripts,
        Some(unused_saving.round() as u64),
        criteria.unused_javascript,
    );

    let fonts: Vec<&Resource> = first
        .iter()
        .filter(|r| r.resource_type == "Font" && !r.from_cache)
        .collect();
    let font_bytes = fonts.iter().map(|r| r.transfer_bytes).sum();
    push(
        "web-fonts",
        msg!("page-finding-web-fonts"),
        msg!("page-finding-web-fonts-detail"),
        fonts,
        Some(font_bytes),
        criteria.fonts,
    );

    let third: Vec<&Resource> = first
        .iter()
        .filter(|r| !r.first_party && !r.from_cache)
        .collect();
    let third_bytes = third.iter().map(|r| r.transfer_bytes).sum();
    push(
        "third-party",
        msg!("page-finding-third-party"),
        msg!("page-finding-third-party-detail"),
        third,
        Some(third_bytes),
        criteria.third_party,
    );

    let media: Vec<&Resource> = if page.autoplay_videos.is_empty() {
        Vec::new()
    } else {
        first
            .iter()
            .filter(|r| r.resource_type == "Media" && !r.from_cache)
            .collect()
    };
    let media_bytes = media.iter().map(|r| r.transfer_bytes).sum();
    push(
        "autoplay-video",
        msg!("page-finding-autoplay-video"),
        msg!(
            "page-finding-autoplay-video-detail",
            count = page.autoplay_videos.len()
        ),
        media,
        Some(media_bytes),
        criteria.autoplay,
    );

    // Largest saving first; a finding that saves nothing, or whose saving sero cannot tell,
    // comes after every one that saves something, the larger at stake first.
    found.sort_by(|a, b| {
        b.fix_first()
            .cmp(&a.fix_first())
            .then(b.bytes_saved.unwrap_or(0).cmp(&a.bytes_saved.unwrap_or(0)))
            .then(b.bytes_at_stake.cmp(&a.bytes_at_stake))
            .then(a.id.cmp(b.id))
    });
    found
}

/// The criterion each finding relates to.
#[derive(Clone, Copy, Debug)]
pub struct Criteria {
    pub oversized_images: Criterion,
    pub modern_image_formats: Criterion,
    pub compression: Criterion,
    pub caching: Criterion,
    pub unused_javascript: Criterion,
    pub fonts: Criterion,
    pub third_party: Criterion,
    pub autoplay: Criterion,
}

/// The criteria of the W3C Web Sustainability Guidelines, Group Note Draft of 2026-06-09
/// (w3c/sustainableweb-wsg `guidelines.json`, commit 001c5eb), with the Draft Note of
/// December 2025's codes in brackets. Anchors are the criteria's ids in that edition.
pub const WSG_2026: Criteria = Criteria {
    oversized_images: Criterion {
        id: "optimized-media (UX11-2)",
        title: "Optimized media",
        url: concat!(
            "https://www.w3.org/TR/web-sustainability-guidelines/",
            "#optimized-media"
        ),
    },
    modern_image_formats: Criterion {
        id: "optimized-media (UX11-2)",
        title: "Optimized media",
        url: concat!(
            "https://www.w3.org/TR/web-sustainability-guidelines/",
            "#optimized-media"
        ),
    },
    compression: Criterion {
        id: "server-side-compression (HIS03-1)",
        title: "Server-side compression",
        url: concat!(
            "https://www.w3.org/TR/web-sustainability-guidelines/",
            "#server-side-compression"
        ),
    },
    caching: Criterion {
        id: "caching-resources (HIS02-1)",
        title: "Caching resources",
        url: concat!(
            "https://www.w3.org/TR/web-sustainability-guidelines/",
            "#caching-resources"
        ),
    },
    unused_javascript: Criterion {
        id: "remove-redundancy (WD04-1)",
        title: "Remove redundancy",
        url: concat!(
            "https://www.w3.org/TR/web-sustainability-guidelines/",
            "#remove-redundancy"
        ),
    },
    fonts: Criterion {
        id: "pre-installed-typefaces (UX13-1)",
        title: "Pre-installed typefaces",
        url: concat!(
            "https://www.w3.org/TR/web-sustainability-guidelines/",
            "#pre-installed-typefaces"
        ),
    },
    third_party: Criterion {
        id: "assess-and-reduce (WD06-1)",
        title: "Assess and reduce",
        url: concat!(
            "https://www.w3.org/TR/web-sustainability-guidelines/",
            "#assess-and-reduce"
        ),
    },
    autoplay: Criterion {
        id: "user-controlled-media (UX11-4)",
        title: "User-controlled media",
        url: concat!(
            "https://www.w3.org/TR/web-sustainability-guidelines/",
            "#user-controlled-media"
        ),
    },
};

/// The criterion a carbon budget relates to.
pub const WSG_BUDGET: Criterion = Criterion {
    id: "performance-budget (BSPM25-2)",
    title: "Performance budget",
    url: concat!(
        "https://www.w3.org/TR/web-sustainability-guidelines/",
        "#performance-budget"
    ),
};
