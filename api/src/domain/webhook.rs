//! Webhook rules, framework-free: Standard Webhooks signatures, the retry schedule
//! (exponential backoff with jitter over about three days), `Retry-After`, which
//! target addresses the dispatcher may connect to, and the payload's shape.
//!
//! Invariants: the body that is signed is the body that is sent ([`payload`] is the
//! only serialiser); a secret is `whsec_` + base64 of 32 random bytes and never
//! appears in `Debug` output; private, loopback and link-local addresses are refused
//! unless the caller explicitly allows them ([`TargetPolicy`]).

use std::{
    net::{IpAddr, Ipv4Addr, Ipv6Addr},
    time::Duration,
};

use base64::{Engine as _, engine::general_purpose::STANDARD as BASE64};
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use paylera_shared::{
    event::{Event, EventType},
    version::ApiVersion,
};
use rand::Rng;
use sha2::Sha256;

/// The prefix of signing secrets.
pub const SECRET_PREFIX: &str = "whsec_";
/// Random bytes in a new secret (the spec allows 24–64).
pub const SECRET_BYTES: usize = 32;
/// How long a rotated-out secret keeps signing, unless the rotation says otherwise.
pub const DEFAULT_ROTATION_OVERLAP: Duration = Duration::from_secs(24 * 60 * 60);
/// The longest overlap a rotation may ask for.
pub const MAX_ROTATION_OVERLAP: Duration = Duration::from_secs(7 * 24 * 60 * 60);
/// Bytes of a response body kept in the delivery log.
pub const RESPONSE_EXCERPT_BYTES: usize = 1024;
/// The longest `Retry-After` honoured; longer asks are cut to this.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 60 * 60);

/// A signing secret. `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct SigningSecret(String);

impl std::fmt::Debug for SigningSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SigningSecret(whsec_…)")
    }
}

impl SigningSecret {
    /// A fresh secret from the OS-seeded CSPRNG.
    pub fn generate() -> Self {
        let mut bytes = [0u8; SECRET_BYTES];
        rand::rng().fill(&mut bytes[..]);
        Self(format!("{SECRET_PREFIX}{}", BASE64.encode(bytes)))
    }

    /// Parses a stored secret (`whsec_` + base64 of 24–64 bytes).
    pub fn parse(text: &str) -> Option<Self> {
        let key = BASE64.decode(text.strip_prefix(SECRET_PREFIX)?).ok()?;
        (24..=64).contains(&key.len()).then(|| Self(text.to_owned()))
    }

    /// The secret as shown to the merchant (once) and stored.
    pub fn expose(&self) -> &str {
        &self.0
    }

    fn key(&self) -> Vec<u8> {
        self.0
            .strip_prefix(SECRET_PREFIX)
            .and_then(|b64| BASE64.decode(b64).ok())
            .unwrap_or_default()
    }

    /// `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`.
    pub fn sign(&self, id: &str, timestamp: i64, body: &[u8]) -> String {
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.key()) else {
            return String::new();
        };
        mac.update(id.as_bytes());
        mac.update(b".");
        mac.update(timestamp.to_string().as_bytes());
        mac.update(b".");
        mac.update(body);
        format!("v1,{}", BASE64.encode(mac.finalize().into_bytes()))
    }
}

/// The `webhook-signature` header: one signature per secret, space-separated (the
/// current secret first, then a rotated-out one still inside its overlap).
pub fn signature_header(secrets: &[&SigningSecret], id: &str, timestamp: i64, body: &[u8]) -> String {
    secrets
        .iter()
        .map(|s| s.sign(id, timestamp, body))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The request body: the event exactly as the API returns it (`id`, `type`,
/// `created`, `data.object`, `data.previous_attributes`, `source`,
/// `portal_session`, `request.idempotency_key`).
/// In `version`'s shapes (the tenant's pinned version, ADR 0015).
pub fn payload(event: &Event, version: ApiVersion) -> Vec<u8> {
    let mut value = serde_json::to_value(event).unwrap_or_default();
    super::versions::downgrade(&mut value, version);
    serde_json::to_vec(&value).unwrap_or_default()
}

/// Whether an endpoint subscribed to `enabled` wants events of `kind`.
pub fn matches(enabled: &[String], kind: EventType) -> bool {
    enabled.iter().any(|e| e == "*" || e == kind.as_str())
}

/// Checks an `enabled_events` list: non-empty, `*` or names of [`EventType::ALL`]
/// (a misspelt name would otherwise subscribe to nothing, silently).
pub fn validate_enabled_events(enabled: &[String]) -> Result<(), String> {
    if enabled.is_empty() {
        return Err("enabled_events needs at least one event type, or `*` for all.".to_owned());
    }
    if enabled.len() > 100 {
        return Err("enabled_events takes at most 100 entries.".to_owned());
    }
    for kind in enabled {
        if kind != "*" && kind.parse::<EventType>().is_err() {
            return Err(format!(
                "`{kind}` is not an event type (e.g. `customer.updated`, or `*`)."
            ));
        }
    }
    Ok(())
}

// ----------------------------------------------------------------------------
// The retry schedule
// ----------------------------------------------------------------------------

/// The delay before retry `n` (index 0 is the wait after the first failed attempt).
/// 14 attempts in all; without jitter the last one runs 75 h 36 min after the first.
pub const SCHEDULE: [Duration; 13] = [
    Duration::from_secs(10),
    Duration::from_secs(60),
    Duration::from_secs(5 * 60),
    Duration::from_secs(30 * 60),
    Duration::from_secs(60 * 60),
    Duration::from_secs(2 * 60 * 60),
    Duration::from_secs(4 * 60 * 60),
    Duration::from_secs(8 * 60 * 60),
    Duration::from_secs(12 * 60 * 60),
    Duration::from_secs(12 * 60 * 60),
    Duration::from_secs(12 * 60 * 60),
    Duration::from_secs(12 * 60 * 60),
    Duration::from_secs(12 * 60 * 60),
];

/// Jitter: each delay is scaled by a factor in `[0.8, 1.2]`, in permille.
pub const JITTER_PERMILLE: u64 = 200;

/// The shortest span the whole schedule can take (every delay jittered down):
/// an endpoint failing without a success for this long has failed "the whole
/// window", and is disabled when a delivery gives up.
pub fn failing_window() -> Duration {
    let total: u64 = SCHEDULE.iter().map(Duration::as_secs).sum();
    Duration::from_secs(total * (1000 - JITTER_PERMILLE) / 1000)
}

/// The nominal delay after `failures` failed attempts, or `None` when the schedule
/// is exhausted (`failures` ≥ 14).
pub fn nominal_delay(failures: u32) -> Option<Duration> {
    let index = usize::try_from(failures.checked_sub(1)?).ok()?;
    SCHEDULE.get(index).copied()
}

/// The delay after `failures` failed attempts with jitter `roll` (any `u64`; the
/// dispatcher passes a random one): nominal × (0.8 + 0.4 × (roll mod 401)/400).
pub fn retry_delay(failures: u32, roll: u64) -> Option<Duration> {
    let nominal = nominal_delay(failures)?.as_secs();
    let permille = 1000 - JITTER_PERMILLE + roll % (2 * JITTER_PERMILLE + 1);
    Some(Duration::from_secs(nominal * permille / 1000))
}

/// When to try next after a failure at `now`: the jittered schedule, but never
/// before the receiver's `Retry-After` (capped at [`MAX_RETRY_AFTER`]).
pub fn next_attempt(
    failures: u32,
    now: DateTime<Utc>,
    retry_after: Option<Duration>,
    roll: u64,
) -> Option<DateTime<Utc>> {
    let scheduled = retry_delay(failures, roll)?;
    let wait = retry_after.map_or(scheduled, |asked| scheduled.max(asked.min(MAX_RETRY_AFTER)));
    Some(now + chrono::Duration::seconds(i64::try_from(wait.as_secs()).unwrap_or(i64::MAX / 2)))
}

/// Parses `Retry-After`: delta-seconds or an HTTP date (relative to `now`).
pub fn parse_retry_after(value: &str, now: DateTime<Utc>) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = DateTime::parse_from_rfc2822(value).ok()?.with_timezone(&Utc);
    Some((at - now).to_std().unwrap_or_default())
}

/// What an attempt's outcome means for its delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// 2xx: delivered.
    Delivered,
    /// `410 Gone`: the receiver asked us to stop; the endpoint is disabled.
    Gone,
    /// Anything else (non-2xx, redirect, timeout, connection error, refused target): retry.
    Retry,
}

/// The verdict for an HTTP status (`None`: no response at all).
pub fn verdict(status: Option<u16>) -> Verdict {
    match status {
        Some(200..=299) => Verdict::Delivered,
        Some(410) => Verdict::Gone,
        _ => Verdict::Retry,
    }
}

/// The first `RESPONSE_EXCERPT_BYTES` of a response body, cut on a character boundary.
pub fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(RESPONSE_EXCERPT_BYTES)]);
    let mut text = text.into_owned();
    while text.len() > RESPONSE_EXCERPT_BYTES {
        text.pop();
    }
    text
}

// ----------------------------------------------------------------------------
// Target addresses (SSRF protection)
// ----------------------------------------------------------------------------

/// What kind of address an IP is, as far as the dispatcher cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressClass {
    /// A globally routable address.
    Public,
    /// RFC 1918, unique-local `fc00::/7`, shared CGNAT `100.64.0.0/10`.
    Private,
    /// `127.0.0.0/8`, `::1`.
    Loopback,
    /// `169.254.0.0/16` (cloud metadata lives here), `fe80::/10`.
    LinkLocal,
    /// Never a target: unspecified, broadcast, multicast, reserved, documentation,
    /// benchmarking, `0.0.0.0/8`.
    Forbidden,
}

/// Classifies an address. IPv4-mapped, IPv4-compatible and NAT64 IPv6 addresses are
/// classified by the IPv4 address they carry.
pub fn classify(ip: IpAddr) -> AddressClass {
    match ip {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => classify_v6(v6),
    }
}

fn classify_v4(ip: Ipv4Addr) -> AddressClass {
    let [a, b, c, _] = ip.octets();
    if ip.is_loopback() {
        AddressClass::Loopback
    } else if ip.is_link_local() {
        AddressClass::LinkLocal
    } else if ip.is_private() || (a == 100 && (64..128).contains(&b)) {
        AddressClass::Private
    } else if a == 0
        || ip.is_broadcast()
        || ip.is_multicast()
        || a >= 240
        || ip.is_documentation()
        || (a == 198 && (b == 18 || b == 19))
        || (a == 192 && b == 0 && c == 0)
        || (a == 192 && b == 88 && c == 99)
    {
        AddressClass::Forbidden
    } else {
        AddressClass::Public
    }
}

fn classify_v6(ip: Ipv6Addr) -> AddressClass {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return classify_v4(v4);
    }
    let segments = ip.segments();
    let v4 = |hi: u16, lo: u16| Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo));
    // NAT64 (64:ff9b::/96, and the local-use 64:ff9b:1::/48) carries an IPv4
    // address in its last 32 bits.
    if segments[..6] == [0x64, 0xff9b, 0, 0, 0, 0] || segments[..3] == [0x64, 0xff9b, 1] {
        let [.., hi, lo] = segments;
        return classify_v4(v4(hi, lo));
    }
    // 6to4 (2002::/16) carries the IPv4 address of its relay in bits 16–47.
    if segments[0] == 0x2002 {
        return classify_v4(v4(segments[1], segments[2]));
    }
    // Teredo (2001:0::/32): the client's IPv4 address, inverted, in the last 32 bits;
    // the server's in bits 32–63. Either may point inside; the worse one decides.
    if segments[0] == 0x2001 && segments[1] == 0 {
        let [.., hi, lo] = segments;
        let client = classify_v4(v4(!hi, !lo));
        let server = classify_v4(v4(segments[2], segments[3]));
        return if client == AddressClass::Public { server } else { client };
    }
    // Site-local (fec0::/10, deprecated but still routed by some stacks).
    if segments[0] & 0xffc0 == 0xfec0 {
        return AddressClass::Private;
    }
    if ip.is_loopback() {
        AddressClass::Loopback
    } else if ip.is_unspecified() || ip.is_multicast() {
        AddressClass::Forbidden
    } else if segments[0] & 0xffc0 == 0xfe80 {
        AddressClass::LinkLocal
    } else if segments[0] & 0xfe00 == 0xfc00 {
        AddressClass::Private
    } else if segments[0] == 0x2001 && segments[1] == 0x0db8 {
        AddressClass::Forbidden
    } else if segments[..6] == [0, 0, 0, 0, 0, 0] {
        // IPv4-compatible (deprecated): judge the IPv4 address inside.
        let [.., hi, lo] = segments;
        classify_v4(Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo)))
    } else {
        AddressClass::Public
    }
}

/// Which addresses a delivery may connect to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TargetPolicy {
    /// Private, loopback and link-local targets are allowed: only for a tenant in
    /// test mode, and only when the operator set
    /// `PAYLERA_WEBHOOKS_ALLOW_PRIVATE_TARGETS`.
    pub allow_private: bool,
    /// Only `https` URLs: live mode.
    pub https_only: bool,
}

impl TargetPolicy {
    /// The policy for an endpoint's mode: private targets need test mode *and* the
    /// operator's setting; live mode is `https` only.
    pub fn for_tenant(test_mode: bool, setting_allows_private: bool) -> Self {
        Self {
            allow_private: test_mode && setting_allows_private,
            https_only: !test_mode,
        }
    }

    /// Whether the dispatcher may connect to `ip`.
    pub fn allows(self, ip: IpAddr) -> bool {
        match classify(ip) {
            AddressClass::Public => true,
            AddressClass::Private | AddressClass::Loopback | AddressClass::LinkLocal => self.allow_private,
            AddressClass::Forbidden => false,
        }
    }
}

/// Checks an endpoint URL's shape: absolute `http`/`https`, a host, no user
/// information, at most 2048 characters; an IP-literal host must pass `policy`.
/// (Host names are checked again on every delivery, after DNS resolution.)
pub fn validate_url(text: &str, policy: TargetPolicy) -> Result<url::Url, String> {
    if text.len() > 2048 {
        return Err("The URL is longer than 2048 characters.".to_owned());
    }
    let url = url::Url::parse(text).map_err(|err| format!("Not an absolute URL: {err}."))?;
    if !matches!(url.scheme(), "https" | "http") {
        return Err("The URL must use https (or http).".to_owned());
    }
    if policy.https_only && url.scheme() != "https" {
        return Err("A live-mode endpoint must use https.".to_owned());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("The URL must not carry credentials.".to_owned());
    }
    let Some(host) = url.host() else {
        return Err("The URL has no host.".to_owned());
    };
    let literal = match host {
        url::Host::Ipv4(ip) => Some(IpAddr::V4(ip)),
        url::Host::Ipv6(ip) => Some(IpAddr::V6(ip)),
        url::Host::Domain(name) => {
            if name.eq_ignore_ascii_case("localhost") || name.to_ascii_lowercase().ends_with(".localhost") {
                Some(IpAddr::V4(Ipv4Addr::LOCALHOST))
            } else {
                None
            }
        }
    };
    if let Some(ip) = literal
        && !policy.allows(ip)
    {
        return Err(format!(
            "The URL points at a {} address, which webhooks may not target.",
            describe(classify(ip))
        ));
    }
    Ok(url)
}

/// A human word for an address class (error messages, the delivery log).
pub fn describe(class: AddressClass) -> &'static str {
    match class {
        AddressClass::Public => "public",
        AddressClass::Private => "private",
        AddressClass::Loopback => "loopback",
        AddressClass::LinkLocal => "link-local",
        AddressClass::Forbidden => "reserved",
    }
}

#[cfg(test)]
mod tests;
