//! The tests of `webhook`.

use super::*;
use proptest::prelude::*;

fn secret() -> SigningSecret {
    // The example secret of the Standard Webhooks specification.
    SigningSecret::parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").expect("valid")
}

#[test]
fn signatures_match_the_specifications_example() {
    let body = br#"{"test": 2432232314}"#;
    assert_eq!(
        secret().sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1_614_265_330, body),
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    );
}

#[test]
fn generated_secrets_are_prefixed_random_and_parse_back() {
    let a = SigningSecret::generate();
    let b = SigningSecret::generate();
    assert!(a.expose().starts_with("whsec_"));
    assert_ne!(a, b);
    assert_eq!(SigningSecret::parse(a.expose()), Some(a.clone()));
    assert!(!format!("{a:?}").contains(&a.expose()[6..]), "Debug hides the secret");
    assert_eq!(SigningSecret::parse("whsec_c2hvcnQ="), None, "too short");
    assert_eq!(SigningSecret::parse("sk_test_x"), None);
}

#[test]
fn the_header_carries_one_signature_per_secret_current_first() {
    let old = SigningSecret::generate();
    let new = SigningSecret::generate();
    let header = signature_header(&[&new, &old], "evt_1", 5, b"{}");
    let parts: Vec<&str> = header.split(' ').collect();
    assert_eq!(parts, [new.sign("evt_1", 5, b"{}"), old.sign("evt_1", 5, b"{}")]);
}

#[test]
fn the_schedule_spans_about_three_days_in_fourteen_attempts() {
    let total: u64 = SCHEDULE.iter().map(Duration::as_secs).sum();
    assert_eq!(total, 75 * 3600 + 36 * 60 + 10);
    assert!((2.5 * 86400.0..3.5 * 86400.0).contains(&(total as f64)));
    assert_eq!(nominal_delay(0), None);
    assert_eq!(nominal_delay(1), Some(Duration::from_secs(10)));
    assert_eq!(nominal_delay(13), Some(Duration::from_secs(12 * 3600)));
    assert_eq!(nominal_delay(14), None, "the 14th failure is the last");
    assert_eq!(failing_window().as_secs(), total * 8 / 10);
    // Never shrinking: backoff.
    assert!(SCHEDULE.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn retry_after_is_honoured_when_longer_than_the_schedule() {
    let now = DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z")
        .expect("time")
        .with_timezone(&Utc);
    let roll = 200; // factor 1.0
    let at = next_attempt(1, now, Some(Duration::from_secs(120)), roll).expect("scheduled");
    assert_eq!((at - now).num_seconds(), 120);
    let at = next_attempt(1, now, Some(Duration::from_secs(1)), roll).expect("scheduled");
    assert_eq!((at - now).num_seconds(), 10, "a shorter ask never hurries the schedule");
    let at = next_attempt(1, now, Some(Duration::from_secs(10 * 86400)), roll).expect("scheduled");
    assert_eq!((at - now).num_seconds(), 86400, "capped at a day");
    assert_eq!(next_attempt(14, now, None, roll), None);
}

#[test]
fn retry_after_takes_seconds_or_an_http_date() {
    let now = DateTime::parse_from_rfc3339("2015-10-21T07:28:00Z")
        .expect("time")
        .with_timezone(&Utc);
    assert_eq!(parse_retry_after("120", now), Some(Duration::from_secs(120)));
    assert_eq!(
        parse_retry_after("Wed, 21 Oct 2015 07:30:00 GMT", now),
        Some(Duration::from_secs(120))
    );
    assert_eq!(
        parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now),
        Some(Duration::ZERO)
    );
    assert_eq!(parse_retry_after("soon", now), None);
}

#[test]
fn statuses_decide_the_verdict() {
    assert_eq!(verdict(Some(200)), Verdict::Delivered);
    assert_eq!(verdict(Some(204)), Verdict::Delivered);
    assert_eq!(verdict(Some(301)), Verdict::Retry, "redirects are not followed");
    assert_eq!(verdict(Some(410)), Verdict::Gone);
    assert_eq!(verdict(Some(500)), Verdict::Retry);
    assert_eq!(verdict(None), Verdict::Retry);
}

#[test]
fn addresses_are_classified() {
    let class = |s: &str| classify(s.parse().expect("ip"));
    assert_eq!(class("8.8.8.8"), AddressClass::Public);
    assert_eq!(class("2606:4700::1111"), AddressClass::Public);
    assert_eq!(class("10.1.2.3"), AddressClass::Private);
    assert_eq!(class("172.16.0.1"), AddressClass::Private);
    assert_eq!(class("192.168.1.1"), AddressClass::Private);
    assert_eq!(class("100.64.0.1"), AddressClass::Private);
    assert_eq!(class("fd00::1"), AddressClass::Private);
    assert_eq!(class("127.0.0.1"), AddressClass::Loopback);
    assert_eq!(class("::1"), AddressClass::Loopback);
    assert_eq!(class("169.254.169.254"), AddressClass::LinkLocal);
    assert_eq!(class("fe80::1"), AddressClass::LinkLocal);
    assert_eq!(class("::ffff:127.0.0.1"), AddressClass::Loopback);
    assert_eq!(class("::ffff:10.0.0.1"), AddressClass::Private);
    assert_eq!(class("64:ff9b::a9fe:a9fe"), AddressClass::LinkLocal);
    assert_eq!(class("64:ff9b:1::a00:1"), AddressClass::Private, "local-use NAT64");
    assert_eq!(class("2002:7f00:1::1"), AddressClass::Loopback, "6to4 of 127.0.0.1");
    assert_eq!(
        class("2002:a9fe:a9fe::1"),
        AddressClass::LinkLocal,
        "6to4 of the metadata address"
    );
    assert_eq!(
        class("2002:0808:0808::1"),
        AddressClass::Public,
        "6to4 of a public relay"
    );
    // Teredo: client 10.0.0.1 inverted is f5ff:fffe.
    assert_eq!(
        class("2001:0:4136:e378:8000:63bf:f5ff:fffe"),
        AddressClass::Private,
        "Teredo client"
    );
    assert_eq!(
        class("2001:0:7f00:1:8000:63bf:f7f7:f7f7"),
        AddressClass::Loopback,
        "Teredo server"
    );
    assert_eq!(class("fec0::1"), AddressClass::Private, "site-local");
    assert_eq!(class("0.0.0.0"), AddressClass::Forbidden);
    assert_eq!(class("::"), AddressClass::Forbidden);
    assert_eq!(class("255.255.255.255"), AddressClass::Forbidden);
    assert_eq!(class("224.0.0.1"), AddressClass::Forbidden);
}

#[test]
fn live_mode_endpoints_are_https_only() {
    let live = TargetPolicy::for_tenant(false, true);
    assert!(validate_url("http://hooks.example.com/paylera", live).is_err());
    assert!(validate_url("https://hooks.example.com/paylera", live).is_ok());
    let test = TargetPolicy::for_tenant(true, false);
    assert!(validate_url("http://hooks.example.com/paylera", test).is_ok());
}

#[test]
fn private_targets_need_test_mode_and_the_setting() {
    let loopback: IpAddr = "127.0.0.1".parse().expect("ip");
    assert!(!TargetPolicy::for_tenant(true, false).allows(loopback));
    assert!(!TargetPolicy::for_tenant(false, true).allows(loopback));
    assert!(TargetPolicy::for_tenant(true, true).allows(loopback));
    let nothing: IpAddr = "0.0.0.0".parse().expect("ip");
    assert!(!TargetPolicy::for_tenant(true, true).allows(nothing), "never");
}

#[test]
fn urls_are_checked_for_shape_and_literal_addresses() {
    let strict = TargetPolicy {
        allow_private: false,
        https_only: false,
    };
    let relaxed = TargetPolicy {
        allow_private: true,
        https_only: false,
    };
    assert!(validate_url("https://hooks.example.com/paylera", strict).is_ok());
    assert!(validate_url("ftp://example.com", strict).is_err());
    assert!(validate_url("https://user:pw@example.com", strict).is_err());
    assert!(validate_url("/relative", strict).is_err());
    assert!(validate_url("http://127.0.0.1:9000/hook", strict).is_err());
    assert!(validate_url("http://[::1]/hook", strict).is_err());
    assert!(validate_url("http://localhost/hook", strict).is_err());
    assert!(validate_url("http://169.254.169.254/latest/meta-data", strict).is_err());
    assert!(validate_url("http://127.0.0.1:9000/hook", relaxed).is_ok());
    assert!(validate_url("http://0.0.0.0/hook", relaxed).is_err());
}

#[test]
fn event_filters_match_by_type_or_star() {
    let star = vec!["*".to_owned()];
    let some = vec!["customer.updated".to_owned()];
    assert!(EventType::ALL.iter().all(|kind| matches(&star, *kind)));
    assert!(matches(&some, EventType::CustomerUpdated));
    assert!(!matches(&some, EventType::CustomerCreated));
    assert!(validate_enabled_events(&[]).is_err());
    assert!(validate_enabled_events(&["Customer.Updated".to_owned()]).is_err());
    assert!(validate_enabled_events(&["customer.tax_id.created".to_owned()]).is_ok());
}

#[test]
fn every_event_type_may_be_subscribed_to_but_a_well_shaped_unknown_name_may_not() {
    let every: Vec<String> = EventType::ALL.iter().map(|kind| kind.to_string()).collect();
    assert!(validate_enabled_events(&every).is_ok());
    assert!(validate_enabled_events(&["customer.exploded".to_owned()]).is_err());
}

#[test]
fn excerpts_are_bounded_and_valid_text() {
    let long = "é".repeat(2000);
    let cut = excerpt(long.as_bytes());
    assert!(cut.len() <= RESPONSE_EXCERPT_BYTES);
    assert!(cut.chars().all(|c| c == 'é' || c == '\u{fffd}'));
}

proptest! {
    #[test]
    fn any_jittered_schedule_lasts_at_least_the_failing_window(rolls in proptest::collection::vec(any::<u64>(), 13)) {
        let span: u64 = (1..=13u32).map(|f| retry_delay(f, rolls[(f - 1) as usize]).expect("in schedule").as_secs()).sum();
        prop_assert!(span >= failing_window().as_secs());
    }

    #[test]
    fn jittered_delays_stay_within_twenty_percent(failures in 1u32..=13, roll in any::<u64>()) {
        let nominal = nominal_delay(failures).expect("in schedule").as_secs();
        let delay = retry_delay(failures, roll).expect("in schedule").as_secs();
        prop_assert!(delay * 1000 >= nominal * 800 && delay * 1000 <= nominal * 1200);
    }

    #[test]
    fn a_signature_changes_with_any_byte_of_the_body(body in proptest::collection::vec(any::<u8>(), 1..256), at in 0usize..256, flip in 1u8..=255) {
        let s = secret();
        let mut tampered = body.clone();
        let i = at % body.len();
        tampered[i] ^= flip;
        prop_assert_ne!(s.sign("evt_1", 1, &body), s.sign("evt_1", 1, &tampered));
    }

    #[test]
    fn no_ipv4_mapped_address_escapes_its_class(a in any::<u32>()) {
        let v4 = Ipv4Addr::from(a);
        prop_assert_eq!(classify(IpAddr::V6(v4.to_ipv6_mapped())), classify(IpAddr::V4(v4)));
    }
}
