//! The simulated test-mode card processor.
//!
//! Paylera never keeps a card number: [`tokenize`] swaps a validated card for an
//! opaque token plus the card's [`Behaviour`] — the processor's private
//! knowledge of how the card acts, which is all later verifications and charges
//! need. The test-card numbers ([`TEST_CARDS`]) are Stripe-compatible; every
//! other valid number simply succeeds.

use paylera_shared::ErrorCode;

use super::Invalid;
use super::card::ValidCard;
use super::ids::random_base62;

/// The decline codes the simulator produces and what customers are told.
/// (`lost_card` gets the generic sentence on purpose: a fraudster learns nothing.)
pub const DECLINE_CODES: &[(&str, &str)] = &[
    ("generic_decline", "Your card was declined."),
    ("insufficient_funds", "Your card has insufficient funds."),
    ("lost_card", "Your card was declined."),
    ("expired_card", "Your card has expired."),
];

/// The customer-facing sentence for a decline code (the generic one for codes
/// not in [`DECLINE_CODES`]).
pub fn decline_message(decline_code: &str) -> &'static str {
    DECLINE_CODES
        .iter()
        .find(|(code, _)| *code == decline_code)
        .map_or("Your card was declined.", |(_, message)| message)
}

/// The static form of a known decline code.
fn known_decline_code(decline_code: &str) -> Option<&'static str> {
    DECLINE_CODES
        .iter()
        .map(|(code, _)| *code)
        .find(|code| *code == decline_code)
}

/// How a test card behaves (the processor's private knowledge, keyed by its token).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Behaviour {
    /// Attaches and charges without trouble.
    Succeeds,
    /// The zero-amount verification on attach is declined.
    DeclinedOnAttach { decline_code: &'static str },
    /// Attaching needs the customer to authenticate once; charges then succeed.
    AuthenticationOnAttach,
    /// Attaching and every charge need the customer to authenticate.
    AuthenticationEveryCharge,
    /// Attaches fine; every charge is declined.
    ChargesDecline { decline_code: &'static str },
}

impl Behaviour {
    /// Every behaviour the simulator knows (each parametrised variant once per
    /// entry of [`DECLINE_CODES`]).
    pub const ALL: &'static [Behaviour] = &[
        Self::Succeeds,
        Self::DeclinedOnAttach {
            decline_code: "generic_decline",
        },
        Self::DeclinedOnAttach {
            decline_code: "insufficient_funds",
        },
        Self::DeclinedOnAttach {
            decline_code: "lost_card",
        },
        Self::DeclinedOnAttach {
            decline_code: "expired_card",
        },
        Self::AuthenticationOnAttach,
        Self::AuthenticationEveryCharge,
        Self::ChargesDecline {
            decline_code: "generic_decline",
        },
        Self::ChargesDecline {
            decline_code: "insufficient_funds",
        },
        Self::ChargesDecline {
            decline_code: "lost_card",
        },
        Self::ChargesDecline {
            decline_code: "expired_card",
        },
    ];

    /// The stable string for storage: `succeeds`,
    /// `declined_on_attach:generic_decline`, `authentication_on_attach`,
    /// `authentication_every_charge`, `charges_decline:insufficient_funds`, ….
    ///
    /// A decline code outside [`DECLINE_CODES`] cannot be named statically and
    /// is stored as `generic_decline`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Succeeds => "succeeds",
            Self::AuthenticationOnAttach => "authentication_on_attach",
            Self::AuthenticationEveryCharge => "authentication_every_charge",
            Self::DeclinedOnAttach { decline_code } => match decline_code {
                "insufficient_funds" => "declined_on_attach:insufficient_funds",
                "lost_card" => "declined_on_attach:lost_card",
                "expired_card" => "declined_on_attach:expired_card",
                _ => "declined_on_attach:generic_decline",
            },
            Self::ChargesDecline { decline_code } => match decline_code {
                "insufficient_funds" => "charges_decline:insufficient_funds",
                "lost_card" => "charges_decline:lost_card",
                "expired_card" => "charges_decline:expired_card",
                _ => "charges_decline:generic_decline",
            },
        }
    }

    /// The behaviour named by [`Behaviour::as_str`]; `None` for anything else
    /// (including unknown decline codes).
    pub fn parse(stored: &str) -> Option<Self> {
        match stored.split_once(':') {
            None => match stored {
                "succeeds" => Some(Self::Succeeds),
                "authentication_on_attach" => Some(Self::AuthenticationOnAttach),
                "authentication_every_charge" => Some(Self::AuthenticationEveryCharge),
                _ => None,
            },
            Some(("declined_on_attach", code)) => {
                known_decline_code(code).map(|decline_code| Self::DeclinedOnAttach { decline_code })
            }
            Some(("charges_decline", code)) => {
                known_decline_code(code).map(|decline_code| Self::ChargesDecline { decline_code })
            }
            Some(_) => None,
        }
    }
}

/// A card number the simulator treats specially.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TestCard {
    /// Digits only (spaces and hyphens are accepted when typed).
    pub number: &'static str,
    /// As [`super::card::Brand::as_str`].
    pub brand: &'static str,
    pub behaviour: Behaviour,
    pub description: &'static str,
}

const fn test_card(
    number: &'static str,
    brand: &'static str,
    behaviour: Behaviour,
    description: &'static str,
) -> TestCard {
    TestCard {
        number,
        brand,
        behaviour,
        description,
    }
}

/// The test cards (Stripe-compatible numbers). Any other valid number succeeds.
pub const TEST_CARDS: &[TestCard] = &[
    test_card("4242424242424242", "visa", Behaviour::Succeeds, "Visa: succeeds."),
    test_card(
        "4000056655665556",
        "visa",
        Behaviour::Succeeds,
        "Visa (debit): succeeds.",
    ),
    test_card(
        "5555555555554444",
        "mastercard",
        Behaviour::Succeeds,
        "Mastercard: succeeds.",
    ),
    test_card(
        "2223003122003222",
        "mastercard",
        Behaviour::Succeeds,
        "Mastercard (2-series): succeeds.",
    ),
    test_card(
        "378282246310005",
        "amex",
        Behaviour::Succeeds,
        "American Express: succeeds.",
    ),
    test_card(
        "6011111111111117",
        "discover",
        Behaviour::Succeeds,
        "Discover: succeeds.",
    ),
    test_card("3566002020360505", "jcb", Behaviour::Succeeds, "JCB: succeeds."),
    test_card(
        "4000000000000002",
        "visa",
        Behaviour::DeclinedOnAttach {
            decline_code: "generic_decline",
        },
        "Declined when attached (generic_decline).",
    ),
    test_card(
        "4000000000009995",
        "visa",
        Behaviour::DeclinedOnAttach {
            decline_code: "insufficient_funds",
        },
        "Declined when attached (insufficient_funds).",
    ),
    test_card(
        "4000000000009987",
        "visa",
        Behaviour::DeclinedOnAttach {
            decline_code: "lost_card",
        },
        "Declined when attached (lost_card).",
    ),
    test_card(
        "4000000000000069",
        "visa",
        Behaviour::DeclinedOnAttach {
            decline_code: "expired_card",
        },
        "Declined when attached as expired (expired_card), whatever expiry date is given.",
    ),
    test_card(
        "4000002500003155",
        "visa",
        Behaviour::AuthenticationOnAttach,
        "Requires authentication when attached; charges then succeed.",
    ),
    test_card(
        "4000002760003184",
        "visa",
        Behaviour::AuthenticationEveryCharge,
        "Requires authentication when attached and on every charge.",
    ),
    test_card(
        "4000000000000341",
        "visa",
        Behaviour::ChargesDecline {
            decline_code: "generic_decline",
        },
        "Attaches fine; every charge is declined (generic_decline).",
    ),
    test_card(
        "4000000000009235",
        "visa",
        Behaviour::ChargesDecline {
            decline_code: "insufficient_funds",
        },
        "Attaches fine; every charge is declined (insufficient_funds).",
    ),
];

/// The test card with these digits, if it is one.
pub fn find_test_card(digits: &str) -> Option<&'static TestCard> {
    TEST_CARDS.iter().find(|card| card.number == digits)
}

/// What the processor hands back for a card: an opaque token (the only handle
/// Paylera keeps) and how the card will behave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tokenized {
    /// `tok_` + 24 base62 characters.
    pub token: String,
    pub behaviour: Behaviour,
}

/// Swaps a validated card for a token. The behaviour comes from the test-card
/// table; every other valid number succeeds.
pub fn tokenize(card: &ValidCard) -> Tokenized {
    let behaviour = find_test_card(card.number.expose_digits()).map_or(Behaviour::Succeeds, |test| test.behaviour);
    Tokenized {
        token: format!("tok_{}", random_base62(24)),
        behaviour,
    }
}

/// Verifying a card as it is attached to a customer (a zero-amount authorisation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verification {
    Approved,
    /// The customer must pass the authentication challenge before the card
    /// can be used ([`complete_authentication`]).
    RequiresAuthentication,
}

/// The zero-amount authorisation run when a card is attached. A decline is
/// `card_declined` on param `card`, with the decline code.
pub fn verify_on_attach(behaviour: Behaviour) -> Result<Verification, Invalid> {
    match behaviour {
        Behaviour::Succeeds | Behaviour::ChargesDecline { .. } => Ok(Verification::Approved),
        Behaviour::AuthenticationOnAttach | Behaviour::AuthenticationEveryCharge => {
            Ok(Verification::RequiresAuthentication)
        }
        Behaviour::DeclinedOnAttach { decline_code } => Err(declined(decline_code)),
    }
}

fn declined(decline_code: &str) -> Invalid {
    Invalid {
        decline_code: Some(decline_code.to_owned()),
        ..Invalid::new("card", ErrorCode::CardDeclined, decline_message(decline_code))
    }
}

/// Charging a stored card off-session (used by invoices in the next issue).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChargeOutcome {
    Succeeded,
    /// The customer must authenticate this payment before it can go through.
    RequiresAction,
    Declined {
        decline_code: &'static str,
        message: &'static str,
    },
}

/// Charges a stored card off-session. The simulated outcome depends only on
/// the behaviour; the amount is taken because a real processor needs it
/// (callers charge only positive amounts).
pub fn charge(behaviour: Behaviour, _amount_minor: i64) -> ChargeOutcome {
    match behaviour {
        Behaviour::Succeeds | Behaviour::AuthenticationOnAttach => ChargeOutcome::Succeeded,
        Behaviour::AuthenticationEveryCharge => ChargeOutcome::RequiresAction,
        // A card declined on attach is never stored; if one were, it declines.
        Behaviour::ChargesDecline { decline_code } | Behaviour::DeclinedOnAttach { decline_code } => {
            ChargeOutcome::Declined {
                decline_code,
                message: decline_message(decline_code),
            }
        }
    }
}

/// A customer's answer to the simulated authentication challenge: approving
/// passes, refusing is `authentication_failed` (no param).
pub fn complete_authentication(approve: bool) -> Result<(), Invalid> {
    if approve {
        Ok(())
    } else {
        Err(Invalid::new(
            "",
            ErrorCode::AuthenticationFailed,
            "We couldn't verify your card. Try again or use a different card.",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::super::card::tests::{SAMPLES, date, input, random_number};
    use super::super::card::{Brand, CardInput, validate};
    use super::*;

    fn valid(number: &str) -> ValidCard {
        validate(&input(number), date(2025, 6, 15)).expect(number)
    }

    #[test]
    fn every_test_card_validates_and_tokenizes_to_its_behaviour() {
        for test in TEST_CARDS {
            let card = valid(test.number);
            assert_eq!(card.brand.as_str(), test.brand, "{}", test.description);
            assert_eq!(Brand::parse(test.brand), Some(card.brand));
            let tokenized = tokenize(&card);
            assert_eq!(tokenized.behaviour, test.behaviour, "{}", test.description);
            let body = tokenized.token.strip_prefix("tok_").expect("token prefix");
            assert_eq!(body.len(), 24);
            assert!(body.bytes().all(|b| b.is_ascii_alphanumeric()));
        }
    }

    #[test]
    fn test_cards_are_unique_and_stored_as_digits() {
        for (i, test) in TEST_CARDS.iter().enumerate() {
            assert!(test.number.bytes().all(|b| b.is_ascii_digit()), "{}", test.description);
            assert!(TEST_CARDS[i + 1..].iter().all(|other| other.number != test.number));
        }
    }

    #[test]
    fn test_cards_typed_with_spaces_behave_the_same() {
        let card = validate(&input("4000 0000 0000 0002"), date(2025, 6, 15)).expect("valid");
        assert_eq!(
            tokenize(&card).behaviour,
            Behaviour::DeclinedOnAttach {
                decline_code: "generic_decline"
            }
        );
    }

    #[test]
    fn any_other_valid_number_succeeds_and_tokens_differ() {
        for &(prefix, len, _) in SAMPLES {
            let number = random_number(prefix, len);
            if find_test_card(&number).is_none() {
                assert_eq!(tokenize(&valid(&number)).behaviour, Behaviour::Succeeds);
            }
        }
        let card = valid("4242424242424242");
        assert_ne!(tokenize(&card).token, tokenize(&card).token);
    }

    #[test]
    fn behaviour_strings_round_trip_for_all_behaviours() {
        for &behaviour in Behaviour::ALL {
            assert_eq!(
                Behaviour::parse(behaviour.as_str()),
                Some(behaviour),
                "{}",
                behaviour.as_str()
            );
        }
        for test in TEST_CARDS {
            assert!(Behaviour::ALL.contains(&test.behaviour));
        }
        let strings: Vec<_> = Behaviour::ALL.iter().map(|b| b.as_str()).collect();
        for (i, s) in strings.iter().enumerate() {
            assert!(!strings[i + 1..].contains(s), "{s} is not unique");
        }
        assert_eq!(
            Behaviour::DeclinedOnAttach {
                decline_code: "generic_decline"
            }
            .as_str(),
            "declined_on_attach:generic_decline"
        );
        for bad in [
            "",
            "succeeds:",
            "declined_on_attach",
            "declined_on_attach:nope",
            "charges_decline:",
            "Succeeds",
        ] {
            assert_eq!(Behaviour::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn attach_is_approved_declined_or_needs_authentication() {
        assert_eq!(verify_on_attach(Behaviour::Succeeds), Ok(Verification::Approved));
        assert_eq!(
            verify_on_attach(Behaviour::ChargesDecline {
                decline_code: "generic_decline"
            }),
            Ok(Verification::Approved)
        );
        assert_eq!(
            verify_on_attach(Behaviour::AuthenticationOnAttach),
            Ok(Verification::RequiresAuthentication)
        );
        assert_eq!(
            verify_on_attach(Behaviour::AuthenticationEveryCharge),
            Ok(Verification::RequiresAuthentication)
        );
        for (code, message) in [
            ("generic_decline", "Your card was declined."),
            ("insufficient_funds", "Your card has insufficient funds."),
            ("lost_card", "Your card was declined."),
            ("expired_card", "Your card has expired."),
        ] {
            let e = verify_on_attach(Behaviour::DeclinedOnAttach { decline_code: code }).expect_err(code);
            assert_eq!((e.param.as_str(), e.code), ("card", ErrorCode::CardDeclined));
            assert_eq!(e.decline_code.as_deref(), Some(code));
            assert_eq!(e.message, message);
        }
    }

    #[test]
    fn charges_follow_the_behaviour() {
        assert_eq!(charge(Behaviour::Succeeds, 1000), ChargeOutcome::Succeeded);
        assert_eq!(
            charge(Behaviour::AuthenticationOnAttach, 1000),
            ChargeOutcome::Succeeded
        );
        assert_eq!(
            charge(Behaviour::AuthenticationEveryCharge, 1000),
            ChargeOutcome::RequiresAction
        );
        assert_eq!(
            charge(
                Behaviour::ChargesDecline {
                    decline_code: "insufficient_funds"
                },
                1000
            ),
            ChargeOutcome::Declined {
                decline_code: "insufficient_funds",
                message: "Your card has insufficient funds."
            }
        );
        assert_eq!(
            charge(
                Behaviour::ChargesDecline {
                    decline_code: "generic_decline"
                },
                1
            ),
            ChargeOutcome::Declined {
                decline_code: "generic_decline",
                message: "Your card was declined."
            }
        );
    }

    #[test]
    fn the_test_cards_play_out_as_documented() {
        let play = |number: &str| {
            let behaviour = tokenize(&valid(number)).behaviour;
            (
                verify_on_attach(behaviour).map_err(|e| e.decline_code),
                charge(behaviour, 2000),
            )
        };
        assert_eq!(
            play("4242424242424242"),
            (Ok(Verification::Approved), ChargeOutcome::Succeeded)
        );
        assert_eq!(play("4000000000009987").0, Err(Some("lost_card".to_owned())));
        assert_eq!(play("4000000000000069").0, Err(Some("expired_card".to_owned())));
        assert_eq!(
            play("4000002500003155"),
            (Ok(Verification::RequiresAuthentication), ChargeOutcome::Succeeded)
        );
        assert_eq!(
            play("4000002760003184"),
            (Ok(Verification::RequiresAuthentication), ChargeOutcome::RequiresAction)
        );
        assert!(matches!(
            play("4000000000000341"),
            (
                Ok(Verification::Approved),
                ChargeOutcome::Declined {
                    decline_code: "generic_decline",
                    ..
                }
            )
        ));
        assert!(matches!(
            play("4000000000009235"),
            (
                Ok(Verification::Approved),
                ChargeOutcome::Declined {
                    decline_code: "insufficient_funds",
                    ..
                }
            )
        ));
    }

    #[test]
    fn authentication_passes_when_approved_and_fails_when_refused() {
        assert_eq!(complete_authentication(true), Ok(()));
        let e = complete_authentication(false).expect_err("refused");
        assert_eq!(e.code, ErrorCode::AuthenticationFailed);
        assert!(e.decline_code.is_none());
    }

    #[test]
    fn tokens_and_errors_never_contain_the_number() {
        let mut numbers: Vec<String> = TEST_CARDS.iter().map(|t| t.number.to_owned()).collect();
        numbers.extend(SAMPLES.iter().map(|&(prefix, len, _)| random_number(prefix, len)));
        for number in &numbers {
            let card = valid(number);
            let tokenized = tokenize(&card);
            let mut shown = format!("{card:?} {:?} {tokenized:?}", card.number);
            shown.push_str(&format!(
                "{:?} {:?}",
                verify_on_attach(tokenized.behaviour),
                charge(tokenized.behaviour, 500)
            ));
            let expired = CardInput {
                exp_year: 2020,
                ..input(number)
            };
            shown.push_str(&format!("{expired:?} {:?}", validate(&expired, date(2025, 6, 15))));
            assert!(!shown.contains(number.as_str()), "{shown}");
        }
    }
}
