//! Which host a URL names, and whether two hosts belong to the same site.
//!
//! The rule is deliberately simple, because sero carries no copy of the Public Suffix List: two
//! hosts are the same party when they are equal, or when their registrable domains are equal.
//! The registrable domain of a name is its last two labels (`www.example.org` → `example.org`),
//! or its last three when the second-to-last label is one of the common second-level public
//! suffixes in [`SECOND_LEVEL_SUFFIXES`] (`www.example.gov.wales` → `example.gov.wales`,
//! `cdn.example.co.uk` → `example.co.uk`). An IP address is its own registrable domain, so
//! `127.0.0.1` and `127.0.0.2` are different parties; ports never matter. Private suffixes
//! (`github.io`, `cloudfront.net`) are not known: `a.github.io` and `b.github.io` count as the
//! same party.

use std::net::IpAddr;

/// Second-level labels under which registrations are made (`co.uk`, `gov.wales`, `com.au`).
pub const SECOND_LEVEL_SUFFIXES: &[&str] = &[
    "ac", "co", "com", "edu", "gob", "go", "gouv", "gov", "govt", "ltd", "me", "mil", "ne", "net",
    "nhs", "or", "org", "plc", "police", "sch",
];

/// The host of an absolute URL, lower-case, without port, user or IPv6 brackets; `None` for a
/// URL without an authority (`data:`, `about:blank`).
pub fn host_of(url: &str) -> Option<String> {
    let (_, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let authority = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    let host = if let Some(bracketed) = authority.strip_prefix('[') {
        bracketed.split(']').next().unwrap_or_default()
    } else {
        authority.split(':').next().unwrap_or_default()
    };
    (!host.is_empty()).then(|| host.trim_end_matches('.').to_ascii_lowercase())
}

/// The part of a host name under which it was registered (see the module docs).
pub fn registrable_domain(host: &str) -> &str {
    if host.parse::<IpAddr>().is_ok() {
        return host;
    }
    let labels: Vec<&str> = host.split('.').collect();
    let keep = if labels.len() >= 3 && SECOND_LEVEL_SUFFIXES.contains(&labels[labels.len() - 2]) {
        3
    } else {
        2
    };
    if labels.len() <= keep {
        return host;
    }
    let skipped: usize = labels[..labels.len() - keep]
        .iter()
        .map(|label| label.len() + 1)
        .sum();
    &host[skipped..]
}

/// True when `host` belongs to the same party as the page's host.
pub fn same_party(host: &str, page_host: &str) -> bool {
    host == page_host || registrable_domain(host) == registrable_domain(page_host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(
            host_of("https://WWW.Example.org:8443/a?b#c").as_deref(),
            Some("www.example.org")
        );
        assert_eq!(
            host_of("http://user:pw@example.org/").as_deref(),
            Some("example.org")
        );
        assert_eq!(host_of("http://[::1]:8080/x").as_deref(), Some("::1"));
        assert_eq!(
            host_of("http://127.0.0.1:3000").as_deref(),
            Some("127.0.0.1")
        );
        assert_eq!(host_of("data:image/png;base64,AAAA"), None);
        assert_eq!(host_of("about:blank"), None);
    }

    #[test]
    fn registrable_domains() {
        assert_eq!(registrable_domain("www.example.org"), "example.org");
        assert_eq!(registrable_domain("example.org"), "example.org");
        assert_eq!(registrable_domain("localhost"), "localhost");
        assert_eq!(
            registrable_domain("www.example.gov.wales"),
            "example.gov.wales"
        );
        assert_eq!(
            registrable_domain("cdn.static.example.co.uk"),
            "example.co.uk"
        );
        assert_eq!(registrable_domain("co.uk"), "co.uk");
        assert_eq!(registrable_domain("127.0.0.1"), "127.0.0.1");
        assert_eq!(registrable_domain("::1"), "::1");
    }

    #[test]
    fn parties() {
        assert!(same_party("static.example.org", "www.example.org"));
        assert!(same_party("example.org", "www.example.org"));
        assert!(!same_party("cdn.other.net", "www.example.org"));
        assert!(!same_party("other.gov.wales", "www.example.gov.wales"));
        assert!(!same_party("127.0.0.2", "127.0.0.1"));
    }
}
