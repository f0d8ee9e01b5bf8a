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
    assert!(
        embedded().message_ids(Locale::En).len() > 100,
        "English has {} messages",
        embedded().message_ids(Locale::En).len()
    );
    assert!(documents().message_ids(Locale::En).len() > 20);
    // The portal's texts and the PDFs' (`invoice-document.ftl`), each complete.
    for texts in [embedded(), documents()] {
        every_locale_has_the_messages_and_variables_of_english_in(texts);
    }
}

fn every_locale_has_the_messages_and_variables_of_english_in(texts: &Texts) {
    let english = texts.message_ids(Locale::En);
    for locale in Locale::ALL {
        // The dashboard's messages are in its own languages only.
        let partial = |id: &&str| !DASHBOARD_LOCALES.contains(&locale) && id.starts_with(DASHBOARD_PREFIX);
        let english: Vec<&str> = english.iter().copied().filter(|id| !partial(id)).collect();
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
fn romanian_months_take_de_from_twenty() {
    // CLDR `few` is 0 and 2–19; from 20 the noun takes "de". CLDR's `few` also has
    // 101–119, 201–219…, which intl_pluralrules 7.0.2 leaves out (its rule tests the
    // number, not the number mod 100), so only a period of 101–119, 201–219 or 301–319
    // days (the API allows up to 365) reads `102 de zile` for `102 zile`.
    assert_eq!(every_months(Locale::Ro, 1), "€5 la fiecare 1 lună");
    assert_eq!(every_months(Locale::Ro, 2), "€5 la fiecare 2 luni");
    assert_eq!(every_months(Locale::Ro, 19), "€5 la fiecare 19 luni");
    assert_eq!(every_months(Locale::Ro, 20), "€5 la fiecare 20 de luni");
}

#[test]
fn slovak_months_follow_the_plural_rules() {
    // Unlike Czech's and Polish's `few`, Slovak's stops at 4: 22 is `other`.
    assert_eq!(every_months(Locale::Sk, 1), "€5 každý 1 mesiac");
    assert_eq!(every_months(Locale::Sk, 3), "€5 každé 3 mesiace");
    assert_eq!(every_months(Locale::Sk, 6), "€5 každých 6 mesiacov");
    assert_eq!(every_months(Locale::Sk, 22), "€5 každých 22 mesiacov");
}

#[test]
fn croatian_months_follow_the_last_digit() {
    // `one` and `few` go by the last digit except for the teens: 21 is `one`, 12 `other`.
    assert_eq!(every_months(Locale::Hr, 1), "€5 svaki 1 mjesec");
    assert_eq!(every_months(Locale::Hr, 3), "€5 svaka 3 mjeseca");
    assert_eq!(every_months(Locale::Hr, 6), "€5 svakih 6 mjeseci");
    assert_eq!(every_months(Locale::Hr, 12), "€5 svakih 12 mjeseci");
    assert_eq!(every_months(Locale::Hr, 21), "€5 svaki 21 mjesec");
    assert_eq!(every_months(Locale::Hr, 24), "€5 svaka 24 mjeseca");
}

#[test]
fn hungarian_and_bulgarian_months_have_a_singular_and_a_plural() {
    assert_eq!(every_months(Locale::Hu, 1), "€5 havonta");
    assert_eq!(every_months(Locale::Hu, 3), "€5 3 havonta");
    assert_eq!(every_months(Locale::Bg, 1), "€5 на всеки 1 месец");
    assert_eq!(every_months(Locale::Bg, 3), "€5 на всеки 3 месеца");
}

#[test]
fn languages_without_plural_forms_write_the_number_alone() {
    assert_eq!(every_months(Locale::Id, 1), "€5 setiap 1 bulan");
    assert_eq!(every_months(Locale::Vi, 6), "€5 mỗi 6 tháng");
    assert_eq!(every_months(Locale::Th, 6), "€5 ทุก 6 เดือน");
    assert_eq!(every_months(Locale::ZhHant, 6), "每 6 個月 €5");
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
    // Fluent trims a message's blanks unless they are a placeable (`{ " " }`): a label
    // followed by a value on the page keeps its space.
    let texts = Texts::parse([(Locale::En, "shell", "label = Status:{ \" \" }\n")]).expect("valid Fluent");
    assert_eq!(texts.format(Locale::En, "label", &[]).as_deref(), Some("Status: "));
}

#[test]
fn the_documents_texts_are_apart_from_the_portals() {
    assert_eq!(
        documents()
            .format(Locale::De, "invoice-document-period", &[])
            .as_deref(),
        Some("Leistungszeitraum")
    );
    assert_eq!(
        documents()
            .format(Locale::Fr, "invoice-document-invoice", &[])
            .as_deref(),
        Some("Facture")
    );
    assert_eq!(embedded().format(Locale::Fr, "invoice-document-invoice", &[]), None);
    assert!(!source_of(Locale::Fr).contains("invoice-document-"));
    assert!(
        documents()
            .message_ids(Locale::Fr)
            .iter()
            .all(|id| id.starts_with("invoice-document-"))
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
