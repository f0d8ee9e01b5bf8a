//! Idempotency keys the portal sends with the API calls that create or move something.
//!
//! A key is 128 random bits (`ik_` and 32 hex digits), never derived from an id: a key
//! anyone can work out (`portal-resubscribe-sub_…`) lets whoever guesses it first
//! decide what the customer's request answers, and makes a second, deliberate action on
//! the same object a replay of the first.
//!
//! - A form gets its key when it is rendered ([`form_key`], carried in the hidden
//!   [`FIELD`]): a double submit of the same form replays the first answer instead of
//!   acting twice. After a failed attempt the form gets a new key, so trying again is a
//!   new attempt (without JavaScript the page is rendered again anyway).
//! - The server function checks what the form sent ([`or_fresh`], server side) and
//!   makes a fresh key when it is missing or is not one of ours: a call without a form
//!   still never sends a predictable key.
//!
//! On the server the bits come from the CSPRNG (`rand`); in the browser from
//! `crypto.getRandomValues`. Where that fails the field is empty and the server makes
//! the key.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The name of the hidden field carrying a form's key.
pub const FIELD: &str = "idempotency_key";

/// The prefix of the portal's keys.
const PREFIX: &str = "ik_";

/// Random bytes in a key (128 bits).
const RANDOM_BYTES: usize = 16;

/// A fresh key, or an empty string when no random source answered (browser only).
pub fn new_key() -> String {
    random_bytes().map_or_else(String::new, |bytes| {
        let mut key = String::with_capacity(PREFIX.len() + 2 * RANDOM_BYTES);
        key.push_str(PREFIX);
        for byte in bytes {
            key.push_str(&format!("{byte:02x}"));
        }
        key
    })
}

/// Whether `key` has the shape of a key made by [`new_key`].
pub fn is_key(key: &str) -> bool {
    key.strip_prefix(PREFIX).is_some_and(|hex| {
        hex.len() == 2 * RANDOM_BYTES && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// The key a form sent when it is one of ours, else a fresh one (server side).
#[cfg(feature = "ssr")]
pub fn or_fresh(sent: Option<&str>) -> String {
    match sent.map(str::trim) {
        Some(key) if is_key(key) => key.to_owned(),
        _ => new_key(),
    }
}

#[cfg(feature = "ssr")]
fn random_bytes() -> Option<[u8; RANDOM_BYTES]> {
    use rand::RngCore as _;
    let mut bytes = [0_u8; RANDOM_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    Some(bytes)
}

#[cfg(all(not(feature = "ssr"), any(feature = "hydrate", feature = "csr")))]
fn random_bytes() -> Option<[u8; RANDOM_BYTES]> {
    let mut bytes = [0_u8; RANDOM_BYTES];
    let crypto = web_sys::window()?.crypto().ok()?;
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}

/// A build with none of the three modes has no random source: the server makes keys.
#[cfg(not(any(feature = "ssr", feature = "hydrate", feature = "csr")))]
fn random_bytes() -> Option<[u8; RANDOM_BYTES]> {
    None
}

/// The key of a form that submits `action`: made now, renewed after a failed attempt.
pub fn form_key<I>(action: ServerAction<I>) -> RwSignal<String>
where
    I: ServerFn + Clone + Send + Sync + 'static,
    I::Output: Clone + Send + Sync + 'static,
    I::Error: Clone + Send + Sync + 'static,
{
    let key = RwSignal::new(new_key());
    Effect::new(move |_| {
        if matches!(action.value().get(), Some(Err(_))) {
            key.set(new_key());
        }
    });
    key
}

/// The hidden field carrying `key` (see [`form_key`]).
#[component]
pub fn IdempotencyField(key: RwSignal<String>) -> impl IntoView {
    // A hidden input's `value` property is its attribute: one reactive attribute serves
    // the server's HTML and the browser's renewals.
    view! { <input type="hidden" name=FIELD value=move || key.get()/> }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_128_random_bits_and_never_repeats() {
        let (first, second) = (new_key(), new_key());
        assert!(is_key(&first), "{first}");
        assert_eq!(first.len(), 3 + 32);
        assert_ne!(first, second);
    }

    #[test]
    fn a_sent_key_is_kept_only_when_it_is_one_of_ours() {
        let key = new_key();
        assert_eq!(or_fresh(Some(&key)), key);
        for sent in [
            None,
            Some(""),
            Some("portal-resubscribe-sub_1"),
            Some("ik_0123"),
            Some("ik_ZZ"),
        ] {
            let fresh = or_fresh(sent);
            assert!(is_key(&fresh), "{sent:?}");
            assert_ne!(Some(fresh.as_str()), sent);
        }
        let upper = format!("ik_{}", "A".repeat(32));
        assert_ne!(or_fresh(Some(&upper)), upper);
    }
}
