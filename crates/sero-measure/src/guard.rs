//! Which addresses a page measured on a server may reach.
//!
//! A server that measures any URL an editor types would let that editor read its own network:
//! `http://169.254.169.254/` (a cloud's metadata service, with credentials), `http://localhost`,
//! a database on `10.0.0.5`. The guard refuses addresses in the special-purpose ranges below
//! **after** the host name is resolved, so that a public name that resolves to a private
//! address is refused too, and returns the addresses it checked: the caller connects to one of
//! those and never looks the name up again (a second lookup could answer differently, which
//! is how DNS rebinding works).
//!
//! The ranges are those of IANA's special-purpose address registries that are not the public
//! internet: IANA, "IPv4 Special-Purpose Address Registry" (RFC 6890 and updates), and
//! "IPv6 Special-Purpose Address Registry", both last updated 2024,
//! <https://www.iana.org/assignments/iana-ipv4-special-registry/> and
//! <https://www.iana.org/assignments/iana-ipv6-special-registry/>; multicast from RFC 5771 and
//! RFC 4291 section 2.7; `3fff::/20` from RFC 9637 (2024).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use sero_message::{Message, msg};

/// What a server may reach when it measures a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    /// Reach private, loopback, link-local, shared (carrier-grade NAT) and unique-local
    /// addresses too: for a server that measures an intranet on purpose. Unspecified,
    /// multicast, broadcast, documentation and reserved addresses stay refused: no page is
    /// served from them.
    pub allow_private: bool,
    /// Socket addresses reached whatever their range (tests serve pages on loopback ports).
    pub allow: Vec<SocketAddr>,
}

/// Why an address is refused: the special-purpose range it is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Range {
    /// `0.0.0.0/8` ("this network") and `::/128`.
    Unspecified,
    /// `127.0.0.0/8` and `::1/128`.
    Loopback,
    /// `10.0.0.0/8`, `172.16.0.0/12`, `192.168.0.0/16`.
    Private,
    /// `100.64.0.0/10`, shared address space (carrier-grade NAT, RFC 6598).
    Shared,
    /// `169.254.0.0/16` (cloud metadata services included) and `fe80::/10`.
    LinkLocal,
    /// `fc00::/7` (unique local) and `fec0::/10` (the former site-local).
    UniqueLocal,
    /// `224.0.0.0/4` and `ff00::/8`.
    Multicast,
    /// `255.255.255.255/32`.
    Broadcast,
    /// `192.0.2.0/24`, `198.51.100.0/24`, `203.0.113.0/24`, `2001:db8::/32`, `3fff::/20`.
    Documentation,
    /// Other special-purpose ranges: `192.0.0.0/24` (protocol assignments), `198.18.0.0/15`
    /// (benchmarking), `240.0.0.0/4` (reserved), `100::/64` (discard), `64:ff9b:1::/48`
    /// (local NAT64), `::/96` (the deprecated IPv4-compatible form), `2001::/23` (protocol
    /// assignments, Teredo included).
    Reserved,
}

impl Range {
    /// Whether [`Policy::allow_private`] lets the range through.
    pub fn is_private_use(self) -> bool {
        matches!(
            self,
            Range::Loopback
                | Range::Private
                | Range::Shared
                | Range::LinkLocal
                | Range::UniqueLocal
        )
    }

    /// The translated name of the range.
    pub fn message(self) -> Message {
        match self {
            Range::Unspecified => msg!("guard-range-unspecified"),
            Range::Loopback => msg!("guard-range-loopback"),
            Range::Private => msg!("guard-range-private"),
            Range::Shared => msg!("guard-range-shared"),
            Range::LinkLocal => msg!("guard-range-link-local"),
            Range::UniqueLocal => msg!("guard-range-unique-local"),
            Range::Multicast => msg!("guard-range-multicast"),
            Range::Broadcast => msg!("guard-range-broadcast"),
            Range::Documentation => msg!("guard-range-documentation"),
            Range::Reserved => msg!("guard-range-reserved"),
        }
    }
}

/// The special-purpose range `ip` is in, or `None` for a public address. An IPv6 address that
/// carries an IPv4 address (`::ffff:0:0/96` mapped, `64:ff9b::/96` NAT64, `2002::/16` 6to4)
/// is judged by the IPv4 address it carries.
pub fn range_of(ip: IpAddr) -> Option<Range> {
    match ip {
        IpAddr::V4(v4) => range_of_v4(v4),
        IpAddr::V6(v6) => range_of_v6(v6),
    }
}

fn in_v4(ip: Ipv4Addr, network: [u8; 4], prefix: u32) -> bool {
    let mask = u32::MAX.checked_shl(32 - prefix).unwrap_or(0);
    u32::from(ip) & mask == u32::from(Ipv4Addr::from(network)) & mask
}

fn in_v6(ip: Ipv6Addr, network: [u16; 8], prefix: u32) -> bool {
    let mask = u128::MAX.checked_shl(128 - prefix).unwrap_or(0);
    u128::from(ip) & mask == u128::from(Ipv6Addr::from(network)) & mask
}

fn range_of_v4(ip: Ipv4Addr) -> Option<Range> {
    const RANGES: [([u8; 4], u32, Range); 15] = [
        ([0, 0, 0, 0], 8, Range::Unspecified),
        ([10, 0, 0, 0], 8, Range::Private),
        ([100, 64, 0, 0], 10, Range::Shared),
        ([127, 0, 0, 0], 8, Range::Loopback),
        ([169, 254, 0, 0], 16, Range::LinkLocal),
        ([172, 16, 0, 0], 12, Range::Private),
        ([192, 0, 0, 0], 24, Range::Reserved),
        ([192, 0, 2, 0], 24, Range::Documentation),
        ([192, 168, 0, 0], 16, Range::Private),
        ([198, 18, 0, 0], 15, Range::Reserved),
        ([198, 51, 100, 0], 24, Range::Documentation),
        ([203, 0, 113, 0], 24, Range::Documentation),
        ([224, 0, 0, 0], 4, Range::Multicast),
        ([255, 255, 255, 255], 32, Range::Broadcast),
        ([240, 0, 0, 0], 4, Range::Reserved),
    ];
    RANGES
        .iter()
        .find(|(network, prefix, _)| in_v4(ip, *network, *prefix))
        .map(|(_, _, range)| *range)
}

fn range_of_v6(ip: Ipv6Addr) -> Option<Range> {
    let segments = ip.segments();
    let embedded = |high: u16, low: u16| {
        Ipv4Addr::new(
            (high >> 8) as u8,
            (high & 0xff) as u8,
            (low >> 8) as u8,
            (low & 0xff) as u8,
        )
    };
    if ip.is_unspecified() {
        return Some(Range::Unspecified);
    }
    if ip.is_loopback() {
        return Some(Range::Loopback);
    }
    // `::ffff:a.b.c.d` (mapped) and `64:ff9b::a.b.c.d` (NAT64) reach the IPv4 address.
    if in_v6(ip, [0, 0, 0, 0, 0, 0xffff, 0, 0], 96)
        || in_v6(ip, [0x64, 0xff9b, 0, 0, 0, 0, 0, 0], 96)
    {
        return range_of_v4(embedded(segments[6], segments[7]));
    }
    // `2002:a.b.c.d::/48` (6to4) reaches the relay of the IPv4 address.
    if in_v6(ip, [0x2002, 0, 0, 0, 0, 0, 0, 0], 16) {
        return range_of_v4(embedded(segments[1], segments[2]));
    }
    const RANGES: [([u16; 8], u32, Range); 10] = [
        ([0, 0, 0, 0, 0, 0, 0, 0], 96, Range::Reserved),
        ([0x64, 0xff9b, 1, 0, 0, 0, 0, 0], 48, Range::Reserved),
        ([0x100, 0, 0, 0, 0, 0, 0, 0], 64, Range::Reserved),
        ([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0], 32, Range::Documentation),
        ([0x2001, 0, 0, 0, 0, 0, 0, 0], 23, Range::Reserved),
        ([0x3fff, 0, 0, 0, 0, 0, 0, 0], 20, Range::Documentation),
        ([0xfc00, 0, 0, 0, 0, 0, 0, 0], 7, Range::UniqueLocal),
        ([0xfe80, 0, 0, 0, 0, 0, 0, 0], 10, Range::LinkLocal),
        ([0xfec0, 0, 0, 0, 0, 0, 0, 0], 10, Range::UniqueLocal),
        ([0xff00, 0, 0, 0, 0, 0, 0, 0], 8, Range::Multicast),
    ];
    RANGES
        .iter()
        .find(|(network, prefix, _)| in_v6(ip, *network, *prefix))
        .map(|(_, _, range)| *range)
}

impl Policy {
    /// Whether `address` may be reached, or the range that refuses it.
    pub fn check(&self, address: SocketAddr) -> Result<(), Range> {
        if self.allow.contains(&address) {
            return Ok(());
        }
        match range_of(address.ip()) {
            None => Ok(()),
            Some(range) if self.allow_private && range.is_private_use() => Ok(()),
            Some(range) => Err(range),
        }
    }
}

/// A connection the guard refused: the host as asked for, the address it resolved to and the
/// range that address is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub host: String,
    pub port: u16,
    pub address: SocketAddr,
    pub range: Range,
}

impl Refusal {
    /// What a person reads: the host, the address and its range.
    pub fn message(&self) -> Message {
        msg!(
            "guard-refused",
            host = self.host.clone(),
            address = self.address.ip().to_string(),
            range = self.range.message()
        )
    }

    /// How to measure such a page anyway.
    pub fn hint(&self) -> Message {
        if self.range.is_private_use() {
            msg!("guard-refused-hint-private")
        } else {
            msg!("guard-refused-hint")
        }
    }
}

/// Why a host could not be reached.
#[derive(Clone, Debug, PartialEq)]
pub enum Denied {
    /// One of its addresses is in a refused range (the first such address).
    Refused(Refusal),
    /// It does not resolve (or resolves to nothing).
    Unresolved { host: String, reason: String },
    /// Its addresses passed, but none accepted a connection.
    Unreachable { host: String, port: u16 },
}

impl Denied {
    /// What a person reads.
    pub fn message(&self) -> Message {
        match self {
            Denied::Refused(refusal) => refusal.message(),
            Denied::Unresolved { host, reason } => {
                msg!(
                    "guard-unresolved",
                    host = host.clone(),
                    reason = reason.clone()
                )
            }
            Denied::Unreachable { host, port } => {
                msg!(
                    "guard-unreachable",
                    host = host.clone(),
                    port = i64::from(*port)
                )
            }
        }
    }
}

/// Resolves `host` (a name, an IPv4 address or a bracketed or bare IPv6 address) and checks
/// every address it resolves to: all must pass, so that a name that answers with a public and
/// a private address is refused. Returns the checked addresses, in the resolver's order; the
/// caller connects to these and looks nothing up again.
pub async fn resolve(host: &str, port: u16, policy: &Policy) -> Result<Vec<SocketAddr>, Denied> {
    let bare = host
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
        .unwrap_or(host);
    let addresses: Vec<SocketAddr> = match bare.parse::<IpAddr>() {
        Ok(ip) => vec![SocketAddr::new(ip, port)],
        Err(_) => match tokio::net::lookup_host((bare, port)).await {
            Ok(found) => found.collect(),
            Err(error) => {
                return Err(Denied::Unresolved {
                    host: host.to_owned(),
                    reason: error.to_string(),
                });
            }
        },
    };
    if addresses.is_empty() {
        return Err(Denied::Unresolved {
            host: host.to_owned(),
            reason: "no address".to_owned(),
        });
    }
    for address in &addresses {
        // A mapped address connects as the IPv4 address it carries: check and allow-list it so.
        let address = match address.ip() {
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => SocketAddr::new(IpAddr::V4(v4), address.port()),
                None => *address,
            },
            IpAddr::V4(_) => *address,
        };
        if let Err(range) = policy.check(address) {
            return Err(Denied::Refused(Refusal {
                host: host.to_owned(),
                port,
                address,
                range,
            }));
        }
    }
    Ok(addresses)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v4(text: &str) -> Option<Range> {
        range_of(text.parse().unwrap())
    }

    /// The first and last address of each IPv4 range, and the public neighbours just outside.
    #[test]
    fn ipv4_ranges_edges() {
        let cases: &[(&str, &str, Range, &[&str])] = &[
            ("0.0.0.0", "0.255.255.255", Range::Unspecified, &["1.0.0.0"]),
            (
                "10.0.0.0",
                "10.255.255.255",
                Range::Private,
                &["9.255.255.255", "11.0.0.0"],
            ),
            (
                "100.64.0.0",
                "100.127.255.255",
                Range::Shared,
                &["100.63.255.255", "100.128.0.0"],
            ),
            (
                "127.0.0.0",
                "127.255.255.255",
                Range::Loopback,
                &["126.255.255.255", "128.0.0.0"],
            ),
            (
                "169.254.0.0",
                "169.254.255.255",
                Range::LinkLocal,
                &["169.253.255.255", "169.255.0.0"],
            ),
            (
                "172.16.0.0",
                "172.31.255.255",
                Range::Private,
                &["172.15.255.255", "172.32.0.0"],
            ),
            (
                "192.0.0.0",
                "192.0.0.255",
                Range::Reserved,
                &["191.255.255.255", "192.0.1.0"],
            ),
            (
                "192.0.2.0",
                "192.0.2.255",
                Range::Documentation,
                &["192.0.1.255", "192.0.3.0"],
            ),
            (
                "192.168.0.0",
                "192.168.255.255",
                Range::Private,
                &["192.167.255.255", "192.169.0.0"],
            ),
            (
                "198.18.0.0",
                "198.19.255.255",
                Range::Reserved,
                &["198.17.255.255", "198.20.0.0"],
            ),
            (
                "198.51.100.0",
                "198.51.100.255",
                Range::Documentation,
                &["198.51.99.255", "198.51.101.0"],
            ),
            (
                "203.0.113.0",
                "203.0.113.255",
                Range::Documentation,
                &["203.0.112.255", "203.0.114.0"],
            ),
            (
                "224.0.0.0",
                "239.255.255.255",
                Range::Multicast,
                &["223.255.255.255"],
            ),
            ("240.0.0.0", "255.255.255.254", Range::Reserved, &[]),
        ];
        for (first, last, range, outside) in cases {
            assert_eq!(v4(first), Some(*range), "{first}");
            assert_eq!(v4(last), Some(*range), "{last}");
            for public in *outside {
                assert_eq!(v4(public), None, "{public} is public");
            }
        }
        assert_eq!(v4("255.255.255.255"), Some(Range::Broadcast));
        assert_eq!(
            v4("169.254.169.254"),
            Some(Range::LinkLocal),
            "cloud metadata"
        );
        assert_eq!(v4("8.8.8.8"), None);
    }

    #[test]
    fn ipv6_ranges_edges() {
        let cases: &[(&str, &str, Range)] = &[
            ("::", "::", Range::Unspecified),
            ("::1", "::1", Range::Loopback),
            ("::2", "::ffff", Range::Reserved),
            ("100::", "100::ffff:ffff:ffff:ffff", Range::Reserved),
            (
                "2001:db8::",
                "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff",
                Range::Documentation,
            ),
            (
                "2001::",
                "2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff",
                Range::Reserved,
            ),
            (
                "3fff::",
                "3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff",
                Range::Documentation,
            ),
            (
                "fc00::",
                "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
                Range::UniqueLocal,
            ),
            (
                "fe80::",
                "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
                Range::LinkLocal,
            ),
            (
                "fec0::",
                "feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
                Range::UniqueLocal,
            ),
            (
                "ff00::",
                "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
                Range::Multicast,
            ),
            (
                "64:ff9b:1::",
                "64:ff9b:1:ffff:ffff:ffff:ffff:ffff",
                Range::Reserved,
            ),
        ];
        for (first, last, range) in cases {
            assert_eq!(v4(first), Some(*range), "{first}");
            assert_eq!(v4(last), Some(*range), "{last}");
        }
        for public in [
            "2001:200::",
            "2001:db7:ffff:ffff:ffff:ffff:ffff:ffff",
            "2001:db9::",
            "3ffe:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
            "4000::",
            "fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
            "2a00:1450:4009::1",
            "::1:0:0:0",
        ] {
            assert_eq!(v4(public), None, "{public} is public");
        }
    }

    /// Forms that carry an IPv4 address are judged by it.
    #[test]
    fn ipv6_forms_carrying_ipv4() {
        assert_eq!(v4("::ffff:127.0.0.1"), Some(Range::Loopback));
        assert_eq!(v4("::ffff:169.254.169.254"), Some(Range::LinkLocal));
        assert_eq!(v4("::ffff:10.1.2.3"), Some(Range::Private));
        assert_eq!(v4("::ffff:0.0.0.0"), Some(Range::Unspecified));
        assert_eq!(v4("::ffff:8.8.8.8"), None);
        assert_eq!(v4("64:ff9b::192.168.1.1"), Some(Range::Private));
        assert_eq!(v4("64:ff9b::8.8.4.4"), None);
        assert_eq!(v4("2002:7f00:1::"), Some(Range::Loopback));
        assert_eq!(v4("2002:a00:1::1"), Some(Range::Private));
        assert_eq!(v4("2002:808:808::"), None);
    }

    #[test]
    fn policy_allows_private_use_only_when_asked() {
        let loopback: SocketAddr = "127.0.0.1:8080".parse().unwrap();
        let metadata: SocketAddr = "169.254.169.254:80".parse().unwrap();
        let multicast: SocketAddr = "224.0.0.1:80".parse().unwrap();
        let public: SocketAddr = "8.8.8.8:443".parse().unwrap();
        let strict = Policy::default();
        assert_eq!(strict.check(loopback), Err(Range::Loopback));
        assert_eq!(strict.check(metadata), Err(Range::LinkLocal));
        assert_eq!(strict.check(public), Ok(()));
        let open = Policy {
            allow_private: true,
            allow: Vec::new(),
        };
        assert_eq!(open.check(loopback), Ok(()));
        assert_eq!(open.check(metadata), Ok(()));
        assert_eq!(open.check(multicast), Err(Range::Multicast));
        let listed = Policy {
            allow_private: false,
            allow: vec![loopback],
        };
        assert_eq!(listed.check(loopback), Ok(()));
        assert_eq!(
            listed.check("127.0.0.1:8081".parse().unwrap()),
            Err(Range::Loopback),
            "the allow-list holds socket addresses: another port is refused"
        );
    }

    #[tokio::test]
    async fn resolves_then_checks() {
        let strict = Policy::default();
        let Err(Denied::Refused(refusal)) = resolve("localhost", 80, &strict).await else {
            panic!("localhost resolves to loopback and is refused");
        };
        assert_eq!(refusal.host, "localhost");
        assert_eq!(refusal.range, Range::Loopback);
        assert!(refusal.address.ip().is_loopback(), "{refusal:?}");
        let Err(Denied::Refused(refusal)) = resolve("[::1]", 443, &strict).await else {
            panic!("[::1] is refused");
        };
        assert_eq!(refusal.address, "[::1]:443".parse().unwrap());
        let Err(Denied::Refused(refusal)) = resolve("::ffff:7f00:1", 80, &strict).await else {
            panic!("a mapped loopback address is refused");
        };
        assert_eq!(refusal.address, "127.0.0.1:80".parse().unwrap());
        assert_eq!(
            resolve("8.8.8.8", 443, &strict).await,
            Ok(vec!["8.8.8.8:443".parse().unwrap()]),
            "an address literal is not looked up"
        );
    }
}
