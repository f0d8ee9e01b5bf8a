//! Rules for customer fields: what a create or update may contain and how it is
//! normalised. The default payment method is checked by the route (it needs the
//! store); everything else is here.

use paylera_shared::{
    ErrorCode,
    customer::{Address, CreateCustomerRequest, Metadata, UpdateCustomerRequest},
};

use super::{Invalid, address, metadata};

pub const MAX_EMAIL_LEN: usize = 254;
pub const MAX_NAME_LEN: usize = 256;
pub const MAX_LOCALES: usize = 10;

/// A customer's editable fields, validated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustomerFields {
    pub email: Option<String>,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub address: Option<Address>,
    pub preferred_locales: Vec<String>,
    pub metadata: Metadata,
}

/// Checks and normalises a create request.
pub fn validate_new(params: CreateCustomerRequest) -> Result<CustomerFields, Invalid> {
    Ok(CustomerFields {
        email: email(params.email)?,
        name: name(params.name)?,
        phone: phone(params.phone)?,
        address: params
            .address
            .map(|a| address::validate(&a).map_err(|e| e.under("address")))
            .transpose()?,
        preferred_locales: locales(params.preferred_locales.unwrap_or_default())?,
        metadata: metadata::validate(params.metadata.unwrap_or_default())?,
    })
}

/// Applies a partial update to `current`: absent fields are kept, `null` clears.
pub fn apply_update(current: CustomerFields, params: UpdateCustomerRequest) -> Result<CustomerFields, Invalid> {
    Ok(CustomerFields {
        email: params
            .email
            .try_map(|v| email(Some(v)))?
            .apply(current.email.map(Some))
            .flatten(),
        name: params
            .name
            .try_map(|v| name(Some(v)))?
            .apply(current.name.map(Some))
            .flatten(),
        phone: params
            .phone
            .try_map(|v| phone(Some(v)))?
            .apply(current.phone.map(Some))
            .flatten(),
        address: params
            .address
            .try_map(|a| address::validate(&a).map_err(|e| e.under("address")))?
            .apply(current.address),
        preferred_locales: match params.preferred_locales {
            Some(list) => locales(list)?,
            None => current.preferred_locales,
        },
        metadata: match params.metadata {
            Some(update) => metadata::merge(current.metadata, update)?,
            None => current.metadata,
        },
    })
}

fn non_blank(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// A pragmatic email check: one `@`, a non-empty local part, a dotted domain,
/// no spaces, at most 254 bytes. (Deliverability is the merchant's concern.)
pub(crate) fn email(value: Option<String>) -> Result<Option<String>, Invalid> {
    let Some(email) = non_blank(value) else { return Ok(None) };
    let invalid = || {
        Invalid::new(
            "email",
            ErrorCode::ParameterInvalid,
            format!("Invalid email address: '{email}'."),
        )
    };
    if email.len() > MAX_EMAIL_LEN || email.chars().any(char::is_whitespace) {
        return Err(invalid());
    }
    let (local, domain) = email.split_once('@').ok_or_else(invalid)?;
    let domain_ok = !domain.contains('@')
        && domain.contains('.')
        && domain
            .split('.')
            .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'));
    if local.is_empty() || !domain_ok {
        return Err(invalid());
    }
    Ok(Some(email))
}

fn name(value: Option<String>) -> Result<Option<String>, Invalid> {
    let name = non_blank(value);
    if name.as_ref().is_some_and(|n| n.chars().count() > MAX_NAME_LEN) {
        return Err(Invalid::new(
            "name",
            ErrorCode::ParameterInvalid,
            format!("name must be at most {MAX_NAME_LEN} characters."),
        ));
    }
    Ok(name)
}

/// Digits with the usual separators, 7–15 digits (E.164's range), optional leading `+`.
fn phone(value: Option<String>) -> Result<Option<String>, Invalid> {
    let Some(phone) = non_blank(value) else { return Ok(None) };
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let allowed = phone
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || " -().".contains(c) || (c == '+' && i == 0));
    if !allowed || !(7..=15).contains(&digits) {
        return Err(Invalid::new(
            "phone",
            ErrorCode::ParameterInvalid,
            "Phone numbers have 7 to 15 digits, optionally a leading + and spaces, dashes or parentheses.",
        ));
    }
    Ok(Some(phone))
}

/// BCP 47 tags, normalised (`fr-ca` → `fr-CA`, `zh-hant-tw` → `zh-Hant-TW`), without duplicates.
fn locales(list: Vec<String>) -> Result<Vec<String>, Invalid> {
    if list.len() > MAX_LOCALES {
        return Err(Invalid::new(
            "preferred_locales",
            ErrorCode::ParameterInvalid,
            format!("At most {MAX_LOCALES} preferred locales."),
        ));
    }
    let mut normalised: Vec<String> = Vec::with_capacity(list.len());
    for (i, tag) in list.iter().enumerate() {
        let tag = normalise_locale(tag).ok_or_else(|| {
            Invalid::new(
                format!("preferred_locales.{i}"),
                ErrorCode::ParameterInvalid,
                format!("'{tag}' is not a language tag such as `en`, `fr-CA` or `zh-Hant-TW`."),
            )
        })?;
        if !normalised.contains(&tag) {
            normalised.push(tag);
        }
    }
    Ok(normalised)
}

fn normalise_locale(tag: &str) -> Option<String> {
    let mut parts = tag.trim().split(['-', '_']);
    let language = parts
        .next()
        .filter(|l| (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_alphabetic()))?;
    let mut out = language.to_ascii_lowercase();
    for part in parts {
        if !(2..=8).contains(&part.len()) || !part.chars().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        out.push('-');
        match part.len() {
            2 => out.push_str(&part.to_ascii_uppercase()),
            4 => {
                let mut chars = part.chars();
                out.extend(chars.next().map(|c| c.to_ascii_uppercase()));
                out.push_str(&chars.as_str().to_ascii_lowercase());
            }
            _ => out.push_str(&part.to_ascii_lowercase()),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use paylera_shared::{customer::AddressParams, patch::Patch};

    use super::*;

    fn create(email: Option<&str>, name: Option<&str>) -> CreateCustomerRequest {
        CreateCustomerRequest {
            email: email.map(Into::into),
            name: name.map(Into::into),
            ..Default::default()
        }
    }

    #[test]
    fn blanks_become_absent_and_values_are_trimmed() {
        let new = validate_new(create(Some("  ada@example.com "), Some("  "))).expect("valid");
        assert_eq!(new.email.as_deref(), Some("ada@example.com"));
        assert_eq!(new.name, None);
    }

    #[test]
    fn malformed_emails_are_refused_with_the_param() {
        for bad in [
            "ada",
            "ada@",
            "@example.com",
            "ada@example",
            "a da@example.com",
            "a@b@c.com",
            "ada@-x.com",
        ] {
            let err = validate_new(create(Some(bad), None)).expect_err(bad);
            assert_eq!(err.param, "email", "{bad}");
        }
    }

    #[test]
    fn overlong_names_are_refused() {
        let long = "n".repeat(MAX_NAME_LEN + 1);
        assert_eq!(validate_new(create(None, Some(&long))).expect_err("long").param, "name");
    }

    #[test]
    fn phones_need_seven_to_fifteen_digits() {
        let ok = |p: &str| {
            validate_new(CreateCustomerRequest {
                phone: Some(p.into()),
                ..Default::default()
            })
        };
        assert!(ok("+1 (415) 555-0100").is_ok());
        assert_eq!(ok("12345").expect_err("short").param, "phone");
        assert_eq!(ok("call me").expect_err("letters").param, "phone");
        assert_eq!(ok("1+2345678").expect_err("plus inside").param, "phone");
    }

    #[test]
    fn locales_are_normalised_and_bad_ones_named_by_index() {
        let request = CreateCustomerRequest {
            preferred_locales: Some(vec!["fr-ca".into(), "zh_hant_tw".into(), "FR-CA".into(), "en".into()]),
            ..Default::default()
        };
        assert_eq!(
            validate_new(request).expect("valid").preferred_locales,
            ["fr-CA", "zh-Hant-TW", "en"]
        );
        let bad = CreateCustomerRequest {
            preferred_locales: Some(vec!["en".into(), "english!".into()]),
            ..Default::default()
        };
        assert_eq!(validate_new(bad).expect_err("bad").param, "preferred_locales.1");
    }

    #[test]
    fn address_errors_are_prefixed_with_address() {
        let request = CreateCustomerRequest {
            address: Some(AddressParams {
                country: Some("XX".into()),
                ..Default::default()
            }),
            ..Default::default()
        };
        let err = validate_new(request).expect_err("bad country");
        assert_eq!(err.param, "address.country");
        assert_eq!(err.code, ErrorCode::InvalidCountry);
    }

    #[test]
    fn an_update_keeps_absent_fields_clears_nulls_and_sets_values() {
        let current = validate_new(create(Some("a@example.com"), Some("Ada"))).expect("valid");
        let update = UpdateCustomerRequest {
            email: Patch::Null,
            name: Patch::Absent,
            phone: Patch::Value("+44 20 7946 0958".into()),
            ..Default::default()
        };
        let updated = apply_update(current, update).expect("valid");
        assert_eq!(updated.email, None);
        assert_eq!(updated.name.as_deref(), Some("Ada"));
        assert_eq!(updated.phone.as_deref(), Some("+44 20 7946 0958"));
    }

    // Properties over generated input. Case counts stay modest: these run in every
    // unit-test step.
    mod properties {
        use paylera_shared::ids::CustomerId;
        use proptest::prelude::*;

        use super::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]

            /// Any email is stored trimmed with one `@`, a non-empty local part, a dotted
            /// domain of non-empty labels, no white space and at most 254 bytes — or
            /// refused on `email`.
            #[test]
            fn any_email_is_stored_in_shape_or_refused_on_email(
                raw in prop_oneof!["\\PC{0,30}", "[a-z.+]{0,8}@[a-z\\-.]{0,12}", " [a-z]{1,5}@[a-z]{1,5}\\.[a-z]{2,3} "],
            ) {
                match email(Some(raw.clone())) {
                    Ok(None) => prop_assert!(raw.trim().is_empty()),
                    Ok(Some(stored)) => {
                        prop_assert_eq!(stored.as_str(), raw.trim());
                        prop_assert!(stored.len() <= MAX_EMAIL_LEN && !stored.chars().any(char::is_whitespace));
                        let (local, domain) = stored.split_once('@').expect("an @");
                        prop_assert!(!local.is_empty() && !domain.contains('@') && domain.contains('.'));
                        prop_assert!(domain.split('.').all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-')));
                    }
                    Err(e) => prop_assert_eq!((e.param.as_str(), e.code), ("email", ErrorCode::ParameterInvalid)),
                }
            }

            /// Any phone is stored trimmed with 7–15 digits, only digits, spaces, `-().`
            /// and at most a leading `+` — or refused on `phone`.
            #[test]
            fn any_phone_is_stored_in_shape_or_refused_on_phone(
                raw in prop_oneof!["\\PC{0,20}", "\\+?[0-9 ()\\-.+]{0,22}"],
            ) {
                match phone(Some(raw.clone())) {
                    Ok(None) => prop_assert!(raw.trim().is_empty()),
                    Ok(Some(stored)) => {
                        prop_assert_eq!(stored.as_str(), raw.trim());
                        let digits = stored.chars().filter(char::is_ascii_digit).count();
                        prop_assert!((7..=15).contains(&digits));
                        prop_assert!(stored.chars().all(|c| c.is_ascii_digit() || " -().+".contains(c)));
                        prop_assert!(!stored[1..].contains('+'));
                    }
                    Err(e) => prop_assert_eq!((e.param.as_str(), e.code), ("phone", ErrorCode::ParameterInvalid)),
                }
            }

            /// Normalising a language tag twice changes nothing.
            #[test]
            fn a_normalised_locale_is_a_fixed_point(tag in prop_oneof!["\\PC{0,16}", "[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8}){0,3}"]) {
                if let Some(normalised) = normalise_locale(&tag) {
                    prop_assert_eq!(normalise_locale(&normalised), Some(normalised.clone()));
                }
            }

            /// A customer id parses exactly when it is `cus_` and 1–64 ASCII letters and
            /// digits, and reads back as the same text.
            #[test]
            fn a_customer_id_parses_exactly_when_it_is_cus_and_up_to_64_alphanumerics(
                id in prop_oneof!["\\PC{0,12}", "(cus|evt|CUS)_[A-Za-z0-9]{0,66}", "cus_[A-Za-z0-9_/.%\\-]{1,8}"],
            ) {
                let body = id.strip_prefix("cus_");
                let expected = body.is_some_and(|b| (1..=64).contains(&b.len()) && b.bytes().all(|c| c.is_ascii_alphanumeric()));
                match CustomerId::parse(&id) {
                    Ok(parsed) => {
                        prop_assert!(expected);
                        prop_assert_eq!(parsed.to_string(), id);
                    }
                    Err(e) => {
                        prop_assert!(!expected);
                        prop_assert_eq!(e.prefix, "cus");
                    }
                }
            }
        }
    }
}
