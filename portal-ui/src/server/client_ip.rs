//! The customer's address, as the API's rate limits need it.
//!
//! The TCP peer is the customer's browser, or — in production — the load balancer in
//! front of the portal. A load balancer says who its client was in `X-Forwarded-For`,
//! but anyone can send that header, so it is believed only from a peer inside
//! `PAYLERA_TRUSTED_PROXIES` ([`TrustedProxies`], comma-separated CIDRs, empty by
//! default):
//!
//! - the peer is not a trusted proxy: the peer's address, whatever the header says;
//! - the peer is a trusted proxy: the header's addresses (every `X-Forwarded-For`
//!   line, in order) are read from the right, each proxy having appended the address
//!   it saw; the first one that is not itself a trusted proxy is the customer. A value
//!   that is not an address stops the walk at the last trusted hop: it was written by
//!   the client, not by a proxy. When every address is a trusted proxy, the left-most.
//!
//! The portal sends the address to the API on the link exchange (`paylera-client-ip`,
//! see `upstream`), which believes it only with the portal's service key.

use std::net::{IpAddr, Ipv6Addr};

use http::HeaderMap;

/// One `address/prefix` block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cidr {
    network: IpAddr,
    prefix: u8,
}

impl Cidr {
    /// `a.b.c.d/n`, `x::y/n`, or a bare address (a block of one).
    fn parse(raw: &str) -> Option<Self> {
        let (addr, prefix) = match raw.split_once('/') {
            Some((addr, prefix)) => (addr, Some(prefix)),
            None => (raw, None),
        };
        let network: IpAddr = addr.trim().parse().ok()?;
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(prefix) => {
                let prefix = prefix.trim();
                // Digits only: `+8` or ` 8` are typos, not prefixes.
                if prefix.is_empty() || !prefix.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                prefix.parse::<u8>().ok().filter(|p| *p <= max)?
            }
            None => max,
        };
        Some(Self { network, prefix })
    }

    fn contains(self, ip: IpAddr) -> bool {
        match (self.network, canonical(ip)) {
            (IpAddr::V4(network), IpAddr::V4(ip)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.prefix)).unwrap_or(0);
                u32::from(network) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(network), IpAddr::V6(ip)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(self.prefix)).unwrap_or(0);
                u128::from(network) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// An IPv4 address written as IPv6 (`::ffff:a.b.c.d`, how a dual-stack socket reports
/// an IPv4 peer) as the IPv4 address it is.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

/// The proxies whose `X-Forwarded-For` the portal believes (`PAYLERA_TRUSTED_PROXIES`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<Cidr>);

impl TrustedProxies {
    /// Parses a comma-separated list of CIDRs (`10.0.0.0/8, 192.168.1.7, fd00::/8`);
    /// empty means none. The error names the entry that is not one.
    pub fn parse(raw: &str) -> Result<Self, String> {
        raw.split(',')
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .map(|entry| {
                Cidr::parse(entry).ok_or_else(|| format!("{entry:?} is not a CIDR (e.g. 10.0.0.0/8 or fd00::/8)"))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Self)
    }

    /// Whether no proxy is trusted.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `ip` is inside one of the blocks.
    pub fn contains(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|cidr| cidr.contains(ip))
    }

    /// The customer's address for a request from `peer` with `headers` (see the module
    /// docs).
    pub fn client_ip(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = canonical(peer);
        if !self.contains(peer) {
            return peer;
        }
        let forwarded: Vec<&str> = headers
            .get_all("x-forwarded-for")
            .iter()
            .map(|value| value.to_str().unwrap_or("?"))
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .collect();
        let mut client = peer;
        for entry in forwarded.into_iter().rev() {
            let Some(ip) = parse_forwarded(entry) else {
                return client;
            };
            client = ip;
            if !self.contains(ip) {
                return ip;
            }
        }
        client
    }
}

/// An address as a proxy writes it in `X-Forwarded-For`: bare, or with a port
/// (`203.0.113.9:443`, `[2001:db8::1]:443`).
fn parse_forwarded(entry: &str) -> Option<IpAddr> {
    if let Ok(ip) = entry.parse::<IpAddr>() {
        return Some(canonical(ip));
    }
    if let Ok(socket) = entry.parse::<std::net::SocketAddr>() {
        return Some(canonical(socket.ip()));
    }
    entry
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
        .and_then(|inner| inner.parse::<Ipv6Addr>().ok())
        .map(|v6| canonical(IpAddr::V6(v6)))
}

#[cfg(test)]
mod tests {
    use http::HeaderValue;

    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("an address")
    }

    fn xff(values: &[&'static str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append("x-forwarded-for", HeaderValue::from_static(value));
        }
        headers
    }

    fn trusted(raw: &str) -> TrustedProxies {
        TrustedProxies::parse(raw).expect("valid CIDRs")
    }

    #[test]
    fn cidrs_are_parsed_and_anything_else_is_refused_naming_the_entry() {
        let proxies = trusted(" 10.0.0.0/8, 192.168.1.7 ,fd00::/8,");
        assert!(proxies.contains(ip("10.200.3.4")));
        assert!(proxies.contains(ip("192.168.1.7")));
        assert!(!proxies.contains(ip("192.168.1.8")));
        assert!(proxies.contains(ip("fd12::1")));
        assert!(!proxies.contains(ip("fe80::1")));
        assert!(proxies.contains(ip("::ffff:10.1.2.3")), "an IPv4-mapped peer");
        assert!(trusted("").is_empty());
        assert!(trusted("0.0.0.0/0").contains(ip("8.8.8.8")));

        for bad in [
            "10.0.0.0/33",
            "fd00::/129",
            "10.0.0/8",
            "10.0.0.0/",
            "10.0.0.0/+8",
            "proxy.internal",
            "10.0.0.0/8/9",
        ] {
            let err = TrustedProxies::parse(&format!("10.0.0.0/8,{bad}")).expect_err(bad);
            assert!(err.contains(bad), "{err}");
        }
    }

    #[test]
    fn a_spoofed_header_from_an_untrusted_peer_is_ignored() {
        let peer = ip("203.0.113.9");
        let spoofed = xff(&["198.51.100.1"]);

        assert_eq!(TrustedProxies::default().client_ip(peer, &spoofed), peer);
        assert_eq!(trusted("10.0.0.0/8").client_ip(peer, &spoofed), peer);
    }

    #[test]
    fn without_a_header_a_trusted_peer_is_the_address() {
        let peer = ip("10.0.0.2");
        assert_eq!(trusted("10.0.0.0/8").client_ip(peer, &HeaderMap::new()), peer);
    }

    #[test]
    fn a_chain_through_two_trusted_proxies_gives_the_right_most_untrusted_address() {
        // customer 198.51.100.7 → proxy 10.0.0.5 → proxy 10.0.0.2 → portal; the customer
        // also sent a forged header, which sits left of what the proxies appended.
        let headers = xff(&["1.2.3.4, 198.51.100.7", "10.0.0.5"]);
        let proxies = trusted("10.0.0.0/8");

        assert_eq!(proxies.client_ip(ip("10.0.0.2"), &headers), ip("198.51.100.7"));
        assert_eq!(proxies.client_ip(ip("::ffff:10.0.0.2"), &headers), ip("198.51.100.7"));
    }

    #[test]
    fn a_value_that_is_not_an_address_stops_at_the_last_trusted_hop() {
        let proxies = trusted("10.0.0.0/8");
        assert_eq!(
            proxies.client_ip(ip("10.0.0.2"), &xff(&["junk, 10.0.0.5"])),
            ip("10.0.0.5")
        );
        assert_eq!(proxies.client_ip(ip("10.0.0.2"), &xff(&["junk"])), ip("10.0.0.2"));
    }

    #[test]
    fn addresses_with_ports_are_read_and_an_all_trusted_chain_gives_the_left_most() {
        let proxies = trusted("10.0.0.0/8");
        assert_eq!(
            proxies.client_ip(ip("10.0.0.2"), &xff(&["[2001:db8::1]:443, 10.0.0.5:80"])),
            ip("2001:db8::1")
        );
        assert_eq!(
            proxies.client_ip(ip("10.0.0.2"), &xff(&["10.9.9.9, 10.0.0.5"])),
            ip("10.9.9.9")
        );
    }
}
