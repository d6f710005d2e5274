//! Sitemaps (`sero page --sitemap`): the addresses of a sitemap's `<loc>` elements, in order.
//! A sitemap index's `<loc>`s are taken the same way (sero does not fetch the sitemaps it
//! names).

/// Why a sitemap could not be read: the XML error, with the line and column it points at.
pub type Error = roxmltree::Error;

/// The addresses a sitemap lists (each `<loc>`'s text, trimmed), in document order.
pub fn urls(text: &str) -> Result<Vec<String>, Error> {
    let document = roxmltree::Document::parse(text)?;
    Ok(document
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .map(|t| t.trim().to_owned())
        .collect())
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_every_loc_in_order() {
        let text = r#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc> https://example.gov.uk/a </loc></url>
  <url><loc>https://example.gov.uk/b</loc><lastmod>2026-01-01</lastmod></url>
</urlset>"#;
        assert_eq!(
            super::urls(text).unwrap(),
            ["https://example.gov.uk/a", "https://example.gov.uk/b"]
        );
    }

    #[test]
    fn a_broken_sitemap_is_located() {
        let error = super::urls("<urlset>\n  <url><loc>x</url>\n</urlset>").unwrap_err();
        let at = error.pos();
        // At the `</url>` that closes `<loc>`.
        assert_eq!((at.row, at.col), (2, 14));
    }
}
