use std::collections::HashSet;

use paylera_shared::ErrorCode;

use super::eu::COUNTRIES;
use super::*;

fn ok(kind: &str, value: &str) -> ValidTaxId {
    parse(kind, value).unwrap_or_else(|err| panic!("{kind} {value:?} should be valid: {err:?}"))
}

fn err(kind: &str, value: &str) -> Invalid {
    parse(kind, value).expect_err(&format!("{kind} {value:?} should be refused"))
}

/// (type, a real or check-digit-valid value as people write it, canonical form, country).
const VALID: &[(&str, &str, &str, &str)] = &[
    ("ae_trn", "100 2345 6789 0003", "100234567890003", "AE"),
    ("ar_cuit", "20-26756539-3", "20-26756539-3", "AR"),
    ("ar_cuit", "30500010912", "30-50001091-2", "AR"),
    ("au_abn", "51 824 753 556", "51824753556", "AU"),
    ("au_abn", "53 004 085 616", "53004085616", "AU"),
    ("au_arn", "123 456 789 012", "123456789012", "AU"),
    ("br_cnpj", "11.222.333/0001-81", "11.222.333/0001-81", "BR"),
    ("br_cnpj", "11222333000181", "11.222.333/0001-81", "BR"),
    ("br_cnpj", "12.abc.345/01de-35", "12.ABC.345/01DE-35", "BR"),
    ("br_cpf", "111.444.777-35", "111.444.777-35", "BR"),
    ("br_cpf", "11144477735", "111.444.777-35", "BR"),
    ("ca_bn", "123 456 782", "123456782", "CA"),
    ("ca_gst_hst", "123456782 RT 0001", "123456782RT0001", "CA"),
    ("ca_qst", "1234567890 TQ 0001", "1234567890TQ0001", "CA"),
    ("ch_uid", "CHE-116.281.710", "CHE116281710", "CH"),
    ("ch_uid", "116281710", "CHE116281710", "CH"),
    ("ch_vat", "CHE-116.281.710 MWST", "CHE116281710", "CH"),
    ("ch_vat", "che-116.281.710 tva", "CHE116281710", "CH"),
    ("ch_vat", "CHE116281710IVA", "CHE116281710", "CH"),
    ("ch_vat", "CHE-116.281.710", "CHE116281710", "CH"),
    ("cl_tin", "60.803.000-K", "60.803.000-K", "CL"),
    ("cl_tin", "60803000k", "60.803.000-K", "CL"),
    ("cl_tin", "1234567-4", "1.234.567-4", "CL"),
    ("eu_oss_vat", "EU 372 123 456", "EU372123456", "IE"),
    ("eu_vat", "DE 136 695 976", "DE136695976", "DE"),
    ("gb_vat", "GB 980 7806 84", "GB980780684", "GB"),
    ("gb_vat", "980780684", "GB980780684", "GB"),
    ("hk_br", "1234 5678", "12345678", "HK"),
    ("hr_oib", "HR33392005961", "33392005961", "HR"),
    ("hr_oib", "33392005961", "33392005961", "HR"),
    ("in_gst", "27AAPFU0939F1ZV", "27AAPFU0939F1ZV", "IN"),
    ("in_gst", "27 aapfu 0939 f1zv", "27AAPFU0939F1ZV", "IN"),
    ("is_vat", "12345", "12345", "IS"),
    ("jp_cn", "7000012050002", "7000012050002", "JP"),
    ("jp_cn", "7-0000-1205-0002", "7000012050002", "JP"),
    ("kr_brn", "124-81-00998", "124-81-00998", "KR"),
    ("kr_brn", "2208162517", "220-81-62517", "KR"),
    ("mx_rfc", "abc010203ab9", "ABC010203AB9", "MX"),
    ("mx_rfc", "GODE 561231 GR8", "GODE561231GR8", "MX"),
    ("mx_rfc", "ÑA&010229AB1", "ÑA&010229AB1", "MX"),
    ("no_vat", "NO 923 609 016 MVA", "923609016MVA", "NO"),
    ("no_vat", "923609016", "923609016MVA", "NO"),
    ("no_voec", "2024201", "2024201", "NO"),
    ("nz_gst", "49-091-850", "049091850", "NZ"),
    ("nz_gst", "35-901-981", "035901981", "NZ"),
    ("nz_gst", "136-410-132", "136410132", "NZ"),
    ("ru_inn", "7707083893", "7707083893", "RU"),
    ("ru_inn", "500100732259", "500100732259", "RU"),
    ("sa_vat", "300000000000003", "300000000000003", "SA"),
    ("sg_gst", "M2-0012345-X", "M20012345X", "SG"),
    ("sg_gst", "200312345A", "200312345A", "SG"),
    ("sg_uen", "53412345K", "53412345K", "SG"),
    ("sg_uen", "201912345W", "201912345W", "SG"),
    ("sg_uen", "T08LL0001A", "T08LL0001A", "SG"),
    ("tw_vat", "22099131", "22099131", "TW"),
    ("tw_vat", "04595257", "04595257", "TW"),
    ("us_ein", "12-3456789", "12-3456789", "US"),
    ("us_ein", "943 123 456", "94-3123456", "US"),
    ("za_vat", "4123456789", "4123456789", "ZA"),
];

/// (type, a value of the wrong shape).
const MALFORMED: &[(&str, &str)] = &[
    ("ae_trn", "12345678901234"),
    ("ar_cuit", "20-2675653-3"),
    ("au_abn", "5182475355"),
    ("au_arn", "1234567890123"),
    ("br_cnpj", "11.222.333/0001-8"),
    ("br_cnpj", "11.222.333/0001-AB"),
    ("br_cpf", "111.444.777-3"),
    ("br_cpf", "111.111.111-11"),
    ("ca_bn", "12345678"),
    ("ca_gst_hst", "123456782RP0001"),
    ("ca_qst", "123456789TQ0001"),
    ("ch_uid", "CHE-116.281.710 MWST"),
    ("ch_vat", "CHE-116.281.71"),
    ("ch_vat", "CHE-116.281.710 VAT"),
    ("cl_tin", "123456-7"),
    ("cl_tin", "12.345.678-X"),
    ("eu_oss_vat", "EU37212345"),
    ("eu_vat", "D"),
    ("eu_vat", "DE13669597"),
    ("gb_vat", "GB98078068"),
    ("gb_vat", "GBGD500"),
    ("gb_vat", "GBHA499"),
    ("hk_br", "1234567"),
    ("hr_oib", "3339200596"),
    ("in_gst", "27AAPFU0939F1AV"),
    ("in_gst", "40AAPFU0939F1ZV"),
    ("in_gst", "27AAPFU0939F0ZV"),
    ("is_vat", "1234"),
    ("jp_cn", "700001205000"),
    ("kr_brn", "124-81-0099"),
    ("mx_rfc", "AB010203AB9"),
    ("mx_rfc", "ABC011303AB9"),
    ("mx_rfc", "ABC010230AB9"),
    ("mx_rfc", "A1C010203AB9"),
    ("no_vat", "92360901MVA"),
    ("no_voec", "12345678"),
    ("nz_gst", "1234567"),
    ("nz_gst", "09999999"),
    ("ru_inn", "77070838931"),
    ("sa_vat", "123456789012343"),
    ("sa_vat", "312345678900002"),
    ("sg_gst", "M1234567X"),
    ("sg_uen", "T08L10001A"),
    ("sg_uen", "A08LL0001A"),
    ("tw_vat", "2209913"),
    ("us_ein", "12-345678"),
    ("us_ein", "12-34567890"),
    ("za_vat", "3123456789"),
];

/// (type, a real or valid number, the same with one digit changed).
const ALTERED: &[(&str, &str, &str)] = &[
    ("ar_cuit", "20-26756539-3", "20-26756539-4"),
    ("au_abn", "51 824 753 556", "51 824 753 557"),
    ("br_cnpj", "11.222.333/0001-81", "11.222.333/0001-82"),
    ("br_cnpj", "12.ABC.345/01DE-35", "12.ABC.345/01DF-35"),
    ("br_cpf", "111.444.777-35", "111.444.777-36"),
    ("ca_bn", "123456782", "123456783"),
    ("ca_gst_hst", "123456782RT0001", "123456783RT0001"),
    ("ch_uid", "CHE-116.281.710", "CHE-116.281.711"),
    ("ch_vat", "CHE-116.281.710 MWST", "CHE-116.281.711 MWST"),
    ("cl_tin", "60.803.000-K", "60.803.000-1"),
    ("gb_vat", "GB980780684", "GB980780685"),
    ("gb_vat", "GB980780684001", "GB980780685001"),
    ("hr_oib", "33392005961", "33392005962"),
    ("in_gst", "27AAPFU0939F1ZV", "27AAPFU0939F1ZW"),
    ("jp_cn", "7000012050002", "8000012050002"),
    ("kr_brn", "124-81-00998", "124-81-00999"),
    ("no_vat", "923609016MVA", "923609017MVA"),
    ("nz_gst", "49-091-850", "49-091-851"),
    ("nz_gst", "136410132", "136410133"),
    ("ru_inn", "7707083893", "7707083894"),
    ("ru_inn", "500100732259", "500100732258"),
    ("tw_vat", "22099131", "22099132"),
];

/// (prefix, a real number, the same with a check digit changed — `None` when
/// the country is format only or the number is a format-only variant).
const EU_REAL: &[(&str, &str, Option<&str>)] = &[
    ("AT", "ATU13585627", Some("ATU13585628")),
    ("BE", "BE0411905847", Some("BE0411905848")),
    ("BG", "BG175074752", Some("BG175074753")),
    ("BG", "BG7523169263", None),
    ("CY", "CY10259033P", Some("CY10259033Q")),
    ("CZ", "CZ25123891", Some("CZ25123892")),
    ("CZ", "CZ7103192745", None),
    ("DE", "DE136695976", Some("DE136695977")),
    ("DK", "DK13585628", Some("DK13585629")),
    ("EE", "EE100931558", Some("EE100931559")),
    ("EL", "EL094259216", Some("EL094259217")),
    ("ES", "ESA13585625", None),
    ("ES", "ESX2482300W", None),
    ("FI", "FI20774740", Some("FI20774741")),
    ("FR", "FR40303265045", Some("FR41303265045")),
    ("FR", "FRK7399859412", None),
    ("HR", "HR33392005961", Some("HR33392005962")),
    ("HU", "HU12892312", Some("HU12892313")),
    ("IE", "IE6433435F", Some("IE6433435E")),
    ("IE", "IE6433435OA", Some("IE6433435OB")),
    ("IE", "IE8D79739I", Some("IE8D79739J")),
    ("IT", "IT00743110157", Some("IT00743110158")),
    ("LT", "LT119511515", Some("LT119511516")),
    ("LT", "LT100001919017", Some("LT100001919018")),
    ("LU", "LU15027442", Some("LU15027443")),
    ("LV", "LV40003521600", Some("LV40003521601")),
    ("MT", "MT11679112", Some("MT11679113")),
    ("NL", "NL004495445B01", None),
    ("PL", "PL5260250274", Some("PL5260250275")),
    ("PT", "PT501964843", Some("PT501964844")),
    ("RO", "RO18547290", Some("RO18547291")),
    ("SE", "SE556036079301", Some("SE556036079401")),
    ("SI", "SI50223054", Some("SI50223055")),
    ("SK", "SK2022749619", Some("SK2022749610")),
    ("XI", "XI980780684", Some("XI980780685")),
];

#[test]
fn a_valid_value_of_every_type_normalises_to_its_canonical_form() {
    for &(kind, input, canonical, country) in VALID {
        let valid = ok(kind, input);
        assert_eq!(valid.kind.as_str(), kind);
        assert_eq!(valid.value, canonical, "{kind} {input:?}");
        assert_eq!(valid.country, country, "{kind} {input:?}");
    }
    let covered: HashSet<&str> = VALID.iter().map(|(kind, ..)| *kind).collect();
    for kind in TaxIdType::ALL {
        assert!(
            covered.contains(kind.as_str()),
            "no valid example for {}",
            kind.as_str()
        );
    }
}

#[test]
fn a_real_vat_number_of_every_eu_country_normalises_to_its_canonical_form() {
    for &(prefix, number, _) in EU_REAL {
        let spaced: String = number.chars().flat_map(|c| [c, ' ']).collect::<String>().to_lowercase();
        let valid = ok("eu_vat", &spaced);
        assert_eq!(valid.value, number);
        assert_eq!(valid.kind, TaxIdType::EuVat);
        let iso = COUNTRIES.iter().find(|c| c.prefix == prefix).expect("listed").iso;
        assert_eq!(valid.country, iso, "{number}");
    }
    let covered: HashSet<&str> = EU_REAL.iter().map(|(prefix, ..)| *prefix).collect();
    for country in COUNTRIES {
        assert!(
            covered.contains(country.prefix),
            "no real number for {}",
            country.prefix
        );
    }
}

#[test]
fn every_eu_member_state_is_listed_once_and_its_example_is_canonical() {
    let prefixes: HashSet<&str> = COUNTRIES.iter().map(|c| c.prefix).collect();
    assert_eq!(prefixes.len(), COUNTRIES.len());
    assert_eq!(COUNTRIES.len(), 28, "27 member states and XI");
    for country in COUNTRIES {
        let valid = ok("eu_vat", country.example);
        assert_eq!(valid.value, country.example);
        assert_eq!(valid.country, country.iso);
    }
}

#[test]
fn a_malformed_value_of_every_type_is_tax_id_invalid_with_the_expected_format() {
    for &(kind, value) in MALFORMED {
        let invalid = err(kind, value);
        assert_eq!(
            invalid.code,
            ErrorCode::TaxIdInvalid,
            "{kind} {value:?}: {}",
            invalid.message
        );
        assert_eq!(invalid.param, "value");
        let hint = TaxIdType::parse(kind).expect("known").format_hint();
        assert!(invalid.message.contains(kind), "{}", invalid.message);
        assert!(
            invalid.message.contains(hint) || kind == "us_ein" || kind == "eu_vat",
            "{}",
            invalid.message
        );
    }
    let covered: HashSet<&str> = MALFORMED.iter().map(|(kind, ..)| *kind).collect();
    for kind in TaxIdType::ALL {
        assert!(
            covered.contains(kind.as_str()),
            "no malformed example for {}",
            kind.as_str()
        );
    }
}

#[test]
fn a_malformed_eu_vat_number_names_its_country_format_and_example() {
    for country in COUNTRIES {
        let invalid = err("eu_vat", &format!("{}1", country.prefix));
        assert_eq!(invalid.code, ErrorCode::TaxIdInvalid);
        assert_eq!(invalid.param, "value");
        assert!(invalid.message.contains(country.name), "{}", invalid.message);
        assert!(invalid.message.contains(country.example), "{}", invalid.message);
    }
    let german = err("eu_vat", "DE12345678");
    assert_eq!(
        german.message,
        "Invalid eu_vat value: VAT numbers from Germany are DE followed by 9 digits, such as DE123456788."
    );
    for bad in [
        "ESA1234567",
        "ES123456789",
        "NL123456789A01",
        "ATX12345678",
        "BE2123456789",
        "FRIO123456789",
    ] {
        assert_eq!(err("eu_vat", bad).code, ErrorCode::TaxIdInvalid, "{bad}");
    }
}

#[test]
fn an_altered_check_digit_is_tax_id_checksum_invalid_for_every_checksummed_type() {
    for &(kind, valid, altered) in ALTERED {
        ok(kind, valid);
        let invalid = err(kind, altered);
        assert_eq!(
            invalid.code,
            ErrorCode::TaxIdChecksumInvalid,
            "{kind} {altered:?}: {}",
            invalid.message
        );
        assert_eq!(invalid.param, "value");
    }
}

#[test]
fn an_altered_check_digit_is_tax_id_checksum_invalid_for_every_checked_eu_country() {
    for &(_, valid, altered) in EU_REAL {
        ok("eu_vat", valid);
        if let Some(altered) = altered {
            let invalid = err("eu_vat", altered);
            assert_eq!(
                invalid.code,
                ErrorCode::TaxIdChecksumInvalid,
                "{altered}: {}",
                invalid.message
            );
            assert_eq!(invalid.param, "value");
        }
    }
    for country in COUNTRIES {
        let altered = EU_REAL
            .iter()
            .any(|(prefix, _, altered)| *prefix == country.prefix && altered.is_some());
        assert_eq!(
            country.checked(),
            altered,
            "{}: checked countries need an altered number",
            country.prefix
        );
    }
}

#[test]
fn an_unknown_type_is_tax_id_type_unsupported_on_param_type() {
    for kind in ["xx_vat", "EU_VAT", "", " eu_vat"] {
        let invalid = err(kind, "DE136695976");
        assert_eq!(invalid.code, ErrorCode::TaxIdTypeUnsupported);
        assert_eq!(invalid.param, "type");
    }
    assert!(err(&"x".repeat(10_000), "1").message.len() < 200);
}

#[test]
fn an_empty_or_blank_value_is_parameter_missing_on_param_value() {
    for value in ["", "   ", "\t\n"] {
        let invalid = err("eu_vat", value);
        assert_eq!(invalid.code, ErrorCode::ParameterMissing);
        assert_eq!(invalid.param, "value");
        assert_eq!(invalid.message, "Missing required param: value.");
    }
    assert_eq!(err("eu_vat", " - . / ").code, ErrorCode::TaxIdInvalid);
}

#[test]
fn all_has_at_least_24_types_with_unique_wire_names_that_parse_back() {
    assert!(TaxIdType::ALL.len() >= 24, "{}", TaxIdType::ALL.len());
    let names: HashSet<&str> = TaxIdType::ALL.iter().map(|kind| kind.as_str()).collect();
    assert_eq!(names.len(), TaxIdType::ALL.len());
    let mut sorted: Vec<&str> = TaxIdType::ALL.iter().map(|kind| kind.as_str()).collect();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        TaxIdType::ALL.iter().map(|kind| kind.as_str()).collect::<Vec<_>>(),
        "ALL is in wire order"
    );
    for &kind in TaxIdType::ALL {
        assert_eq!(TaxIdType::parse(kind.as_str()), Some(kind));
        assert!(!kind.description().is_empty());
        assert!(
            kind.country()
                .is_none_or(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()))
        );
    }
    assert_eq!(TaxIdType::EuVat.country(), None);
    assert_eq!(TaxIdType::GbVat.country(), Some("GB"));
}

#[test]
fn every_format_hint_parses_with_its_own_type_and_is_already_canonical() {
    for &kind in TaxIdType::ALL {
        let valid = ok(kind.as_str(), kind.format_hint());
        assert_eq!(valid.value, kind.format_hint(), "{}", kind.as_str());
        assert_eq!(
            Some(valid.country.as_str()).filter(|_| kind.country().is_some()),
            kind.country()
        );
    }
}

#[test]
fn canonical_values_parse_to_themselves() {
    for &(kind, _, canonical, _) in VALID {
        assert_eq!(ok(kind, canonical).value, canonical, "{kind}");
    }
}

#[test]
fn greek_vat_numbers_accept_gr_and_normalise_to_el() {
    let valid = ok("eu_vat", "GR 094 259 216");
    assert_eq!(valid.value, "EL094259216");
    assert_eq!(valid.country, "GR");
    assert_eq!(ok("eu_vat", "el094259216").value, "EL094259216");
}

#[test]
fn gb_numbers_are_refused_as_eu_vat_with_a_pointer_to_gb_vat() {
    let invalid = err("eu_vat", "GB980780684");
    assert_eq!(invalid.code, ErrorCode::TaxIdInvalid);
    assert!(invalid.message.contains("gb_vat"), "{}", invalid.message);
    let unknown = err("eu_vat", "US123456789");
    assert!(
        unknown.message.contains("US is not the VAT prefix"),
        "{}",
        unknown.message
    );
}

#[test]
fn northern_ireland_xi_numbers_are_eu_vat_issued_by_gb() {
    let valid = ok("eu_vat", "XI 980 7806 84");
    assert_eq!((valid.value.as_str(), valid.country.as_str()), ("XI980780684", "GB"));
}

#[test]
fn gb_vat_accepts_branch_government_and_health_authority_numbers() {
    assert_eq!(ok("gb_vat", "GB 980 7806 84 001").value, "GB980780684001");
    assert_eq!(ok("gb_vat", "GBGD001").value, "GBGD001");
    assert_eq!(ok("gb_vat", "gbha599").value, "GBHA599");
    assert_eq!(ok("gb_vat", "GB123456727").value, "GB123456727");
}

#[test]
fn swiss_vat_drops_the_language_suffix_and_uid_refuses_it() {
    for suffix in ["MWST", "TVA", "IVA", "TPV"] {
        assert_eq!(ok("ch_vat", &format!("CHE-116.281.710 {suffix}")).value, "CHE116281710");
    }
    assert_eq!(err("ch_uid", "CHE-116.281.710 TVA").code, ErrorCode::TaxIdInvalid);
}

#[test]
fn us_ein_refuses_prefixes_the_irs_does_not_assign() {
    for prefix in [
        "00", "07", "08", "09", "17", "18", "19", "28", "29", "49", "69", "70", "78", "79", "89", "96", "97",
    ] {
        let invalid = err("us_ein", &format!("{prefix}-1234567"));
        assert_eq!(invalid.code, ErrorCode::TaxIdInvalid, "{prefix}");
        assert!(
            invalid.message.contains(&format!("{prefix} is not a prefix")),
            "{}",
            invalid.message
        );
    }
    for prefix in ["01", "10", "20", "27", "30", "50", "80", "98", "99"] {
        assert_eq!(
            ok("us_ein", &format!("{prefix}1234567")).value,
            format!("{prefix}-1234567")
        );
    }
}

#[test]
fn brazilian_numbers_with_one_repeated_digit_are_invalid() {
    for digit in '0'..='9' {
        assert_eq!(
            err("br_cpf", &digit.to_string().repeat(11)).code,
            ErrorCode::TaxIdInvalid
        );
        assert_eq!(
            err("br_cnpj", &digit.to_string().repeat(14)).code,
            ErrorCode::TaxIdInvalid
        );
    }
}

#[test]
fn taiwanese_numbers_with_a_7_in_seventh_place_may_count_28_as_1() {
    // 12345670 totals 34: valid only because 28 may count as 1 (34 + 1 = 35).
    assert_eq!(ok("tw_vat", "12345670").value, "12345670");
    assert_eq!(err("tw_vat", "12345672").code, ErrorCode::TaxIdChecksumInvalid);
}

#[test]
fn nz_gst_pads_8_digit_numbers_and_falls_back_to_the_secondary_weights() {
    assert_eq!(ok("nz_gst", "49091850").value, "049091850");
    assert_eq!(ok("nz_gst", "049091850").value, "049091850");
    // 136410132: the primary weights give 10, the secondary ones the check digit 2.
    assert_eq!(ok("nz_gst", "136410132").value, "136410132");
    assert_eq!(err("nz_gst", "9125568").code, ErrorCode::TaxIdInvalid);
}

#[test]
fn french_vat_numbers_with_an_alphanumeric_key_are_format_checked_only() {
    assert_eq!(ok("eu_vat", "FR K7 399859412").value, "FRK7399859412");
    assert_eq!(err("eu_vat", "FRO7399859412").code, ErrorCode::TaxIdInvalid);
}

#[test]
fn separators_case_and_unicode_spaces_and_dashes_are_ignored() {
    assert_eq!(ok("eu_vat", "  de\u{a0}136\u{2013}695.976/ ").value, "DE136695976");
    assert_eq!(ok("au_abn", "51\u{2009}824\u{2009}753\u{2009}556").value, "51824753556");
    assert_eq!(ok("us_ein", "12\u{2212}3456789").value, "12-3456789");
}

#[test]
fn the_eu_oss_number_takes_its_country_from_the_member_state_code() {
    assert_eq!(ok("eu_oss_vat", "EU528123456").country, "NL");
    assert_eq!(ok("eu_oss_vat", "eu276000001").country, "DE");
    let invalid = err("eu_oss_vat", "EU840123456");
    assert_eq!(invalid.code, ErrorCode::TaxIdInvalid);
    assert!(invalid.message.contains("840"), "{}", invalid.message);
}

#[test]
fn odd_characters_are_invalid_for_every_type_never_a_panic() {
    let odd = [
        "€",
        "DE13669597６",
        "ÄÖÜ",
        "+*",
        "ÑÑÑÑÑÑÑÑÑÑÑÑ",
        "1234567890123456789012345678901234567890",
        "ß",
        "\u{0}",
    ];
    for &kind in TaxIdType::ALL {
        for value in odd {
            let invalid = err(kind.as_str(), value);
            assert_eq!(invalid.code, ErrorCode::TaxIdInvalid, "{} {value:?}", kind.as_str());
        }
    }
}

#[test]
fn every_prefix_of_a_valid_value_is_refused_without_a_panic() {
    for &(kind, _, canonical, _) in VALID {
        let compact = compact(canonical);
        for end in (0..compact.len()).filter(|&end| compact.is_char_boundary(end)) {
            let _ = parse(kind, &compact[..end]);
        }
    }
    for country in COUNTRIES {
        for end in 0..country.example.len() {
            let _ = parse("eu_vat", &country.example[..end]);
        }
    }
}

// Properties over generated input: what the examples above show for a few values,
// for any value. Case counts stay modest: these run in every unit-test step.
mod properties;
