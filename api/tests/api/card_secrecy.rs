//! Property: for random valid cards, the card number never reaches the database,
//! any log line at any level, or any event payload.

use paylera_shared::{event::EventFilter, list::ListParams, payment_method::CardParams};
use proptest::{prelude::*, test_runner::TestRunner};

use crate::helpers::{captured_logs, card, spawn_app};

/// A random Luhn-valid number of a real brand's prefix and length.
fn card_number() -> impl Strategy<Value = String> {
    let prefixes = prop_oneof![
        Just(("4".to_owned(), 16)),
        (51u32..=55).prop_map(|p| (p.to_string(), 16)),
        Just(("2221".to_owned(), 16)),
        Just(("2720".to_owned(), 16)),
        Just(("34".to_owned(), 15)),
        Just(("37".to_owned(), 15)),
        Just(("6011".to_owned(), 16)),
        Just(("65".to_owned(), 16)),
        Just(("3530".to_owned(), 16)),
    ];
    (prefixes, proptest::collection::vec(0u8..10, 19)).prop_map(|((prefix, len), digits)| {
        let mut number: Vec<u8> = prefix.bytes().map(|b| b - b'0').collect();
        number.extend(digits.into_iter().take(len - 1 - number.len()));
        let sum: u32 = number
            .iter()
            .rev()
            .enumerate()
            .map(|(i, &d)| {
                let d = u32::from(d);
                if i % 2 == 0 {
                    if d * 2 > 9 { d * 2 - 9 } else { d * 2 }
                } else {
                    d
                }
            })
            .sum();
        number.push(u8::try_from((10 - sum % 10) % 10).expect("digit"));
        number.into_iter().map(|d| char::from(b'0' + d)).collect()
    })
}

#[test]
fn no_card_number_ever_reaches_the_database_logs_or_events() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (app, tenant, customer) = runtime.block_on(async {
        let app = spawn_app().await;
        let tenant = app.tenant("Acme").await;
        let customer = tenant.create_customer("ada@example.com").await;
        (app, tenant, customer)
    });
    let mut runner = TestRunner::new(ProptestConfig {
        cases: 24,
        ..ProptestConfig::default()
    });
    let numbers = std::cell::RefCell::new(Vec::new());
    runner
        .run(
            &(card_number(), any::<bool>(), 1i64..=12, 2030i64..2045),
            |(number, spaced, month, year)| {
                let typed = if spaced {
                    number
                        .as_bytes()
                        .chunks(4)
                        .map(|c| String::from_utf8_lossy(c).into_owned())
                        .collect::<Vec<_>>()
                        .join(" ")
                } else {
                    number.clone()
                };
                let mut request = card(&typed, Some(&customer));
                let cvc = if number.starts_with("34") || number.starts_with("37") {
                    "4321"
                } else {
                    "987"
                };
                request.card = CardParams {
                    number: typed,
                    exp_month: month,
                    exp_year: year,
                    cvc: Some(cvc.into()),
                };
                let pm = runtime
                    .block_on(tenant.api.create_payment_method(&request))
                    .expect("a valid card is accepted");
                prop_assert_eq!(pm.card.last4.as_str(), &number[number.len() - 4..]);
                runtime
                    .block_on(tenant.api.detach_payment_method(&pm.id))
                    .expect("detached");
                numbers.borrow_mut().push(number);
                Ok(())
            },
        )
        .expect("every random card is accepted");

    let (database, events) = runtime.block_on(async {
        let events = tenant
            .api
            .list_events(&EventFilter::default(), &ListParams::limit(100))
            .await
            .expect("events");
        (app.database_text().await, serde_json::to_string(&events).expect("json"))
    });
    let logs = captured_logs();
    assert!(!logs.is_empty(), "logs are captured");
    assert!(
        events.contains("customer.payment_method_attached"),
        "the events were written"
    );
    for number in numbers.borrow().iter() {
        assert!(!database.contains(number.as_str()), "card number found in the database");
        assert!(!logs.contains(number.as_str()), "card number found in the logs");
        assert!(!events.contains(number.as_str()), "card number found in an event");
        let grouped = number
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            !logs.contains(&grouped) && !database.contains(&grouped),
            "spaced card number found"
        );
    }
}
