use super::*;

fn every_months(locale: Locale, count: i64) -> String {
    embedded()
        .format(
            locale,
            "subscription-every-months",
            &[("amount", Arg::Text("€5")), ("count", Arg::Number(count))],
        )
        .expect("the message exists")
}

#[test]
fn every_file_parses_without_error() {
    let files = FILES.iter().map(|(tag, name, source)| {
        let locale = Locale::ALL
            .into_iter()
            .find(|l| l.tag() == *tag)
            .unwrap_or_else(|| panic!("locales/{tag} is not a Locale"));
        (locale, *name, *source)
    });
    if let Err(errors) = Texts::parse(files) {
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("{}", errors.join("\n"));
    }
}

#[test]
fn every_locale_has_the_messages_and_variables_of_english() {
    let texts = embedded();
    let english = texts.message_ids(Locale::En);
    assert!(english.len() > 100, "English has {} messages", english.len());
    for locale in Locale::ALL {
        let mut ids = texts.message_ids(locale);
        ids.sort_unstable();
        let mut expected = english.clone();
        expected.sort_unstable();
        assert_eq!(ids, expected, "{} has other messages than English", locale.tag());
        for id in &english {
            assert_eq!(
                texts.variables(locale, id),
                texts.variables(Locale::En, id),
                "{} {id} has other variables than English",
                locale.tag()
            );
        }
    }
}

#[test]
fn czech_months_follow_the_plural_rules() {
    assert_eq!(every_months(Locale::Cs, 1), "€5 každý 1 měsíc");
    assert_eq!(every_months(Locale::Cs, 3), "€5 každé 3 měsíce");
    assert_eq!(every_months(Locale::Cs, 6), "€5 každých 6 měsíců");
}

#[test]
fn arabic_months_have_the_singular_dual_few_and_many_forms() {
    assert_eq!(every_months(Locale::Ar, 1), "€5 كل شهر");
    assert_eq!(every_months(Locale::Ar, 2), "€5 كل شهرين");
    assert_eq!(every_months(Locale::Ar, 3), "€5 كل 3 أشهر");
    assert_eq!(every_months(Locale::Ar, 12), "€5 كل 12 شهرًا");
}

#[test]
fn polish_months_follow_the_plural_rules() {
    assert_eq!(every_months(Locale::Pl, 2), "€5 co 2 miesiące");
    assert_eq!(every_months(Locale::Pl, 5), "€5 co 5 miesięcy");
    assert_eq!(every_months(Locale::Pl, 22), "€5 co 22 miesiące");
}

#[test]
fn english_months_are_singular_for_one() {
    assert_eq!(every_months(Locale::En, 1), "€5 every 1 month");
    assert_eq!(every_months(Locale::En, 6), "€5 every 6 months");
}

#[test]
fn ukrainian_and_hebrew_intervals_agree_with_the_number() {
    let every = |locale, id, count| {
        embedded()
            .format(
                locale,
                id,
                &[("amount", Arg::Text("€5")), ("count", Arg::Number(count))],
            )
            .expect("the message exists")
    };
    assert_eq!(every(Locale::Uk, "subscription-every-days", 2), "€5 кожні 2 дні");
    assert_eq!(every(Locale::Uk, "subscription-every-days", 5), "€5 кожні 5 днів");
    assert_eq!(every(Locale::He, "subscription-every-weeks", 2), "€5 כל שבועיים");
    assert_eq!(every(Locale::He, "subscription-every-weeks", 3), "€5 כל 3 שבועות");
}

#[test]
fn text_arguments_are_inserted_as_written_without_isolation_marks() {
    let text = embedded()
        .format(Locale::En, "shell-return-to", &[("merchant", Arg::Text("0042 Shop"))])
        .expect("the message exists");
    assert_eq!(text, "Return to 0042 Shop");
}

#[test]
fn blanks_at_the_ends_of_a_text_survive() {
    assert_eq!(
        embedded().format(Locale::En, "shell-api-status-label", &[]).as_deref(),
        Some("API status: ")
    );
}

#[test]
fn a_locale_the_texts_do_not_have_answers_in_their_first_one() {
    let texts =
        Texts::parse([(Locale::Fr, "shell", "shell-brand-name = Paylera\nhello = Bonjour\n")]).expect("valid Fluent");
    assert_eq!(texts.format(Locale::De, "hello", &[]).as_deref(), Some("Bonjour"));
    assert_eq!(texts.format(Locale::Fr, "missing", &[]), None);
}

#[test]
fn a_broken_file_is_reported_with_its_name() {
    let errors = Texts::parse([(Locale::Cs, "shell", "ok = fine\nbroken = { $count\n")]).expect_err("a syntax error");
    assert!(errors.iter().all(|e| e.file == "cs/shell.ftl"), "{errors:?}");
}

#[test]
fn message_ids_are_the_catalogue_and_key_in_kebab_case() {
    assert_eq!(
        message_id("SubscriptionText", "EveryMonths"),
        "subscription-every-months"
    );
    assert_eq!(message_id("PaymentMethodsText", "CVCHint"), "payment-methods-cvc-hint");
    assert_eq!(message_id("Key", "ApiStatusLabel"), "shell-api-status-label");
    assert_eq!(message_id("AddressText", "Line1Label"), "address-line1-label");
    assert_eq!(message_id("Text", "Heading"), "text-heading");
}
