//! Rules for products and prices.

use paylera_shared::{
    ErrorCode,
    catalog::{CreatePriceRequest, CreateProductRequest, Recurring, UpdateProductRequest},
    customer::Metadata,
    money::Currency,
};

use super::{Invalid, currency, metadata};

pub const MAX_NAME_LEN: usize = 250;
pub const MAX_DESCRIPTION_LEN: usize = 1000;
pub const MAX_FEATURES: usize = 15;
pub const MAX_FEATURE_LEN: usize = 80;
pub const MAX_FAMILY_LEN: usize = 64;
pub const MAX_RANK: i64 = 1_000_000;
/// 11 digits of minor units: ample for any recurring price, far from `i64` overflow
/// when multiplied by quantities and periods.
pub const MAX_UNIT_AMOUNT: i64 = 99_999_999_999;

/// A product's editable fields, validated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProductFields {
    pub name: String,
    pub description: Option<String>,
    pub features: Vec<String>,
    pub family: Option<String>,
    pub rank: i64,
    pub active: bool,
    pub metadata: Metadata,
}

pub fn validate_new_product(params: CreateProductRequest) -> Result<ProductFields, Invalid> {
    Ok(ProductFields {
        name: product_name(params.name)?,
        description: description(params.description)?,
        features: features(params.features.unwrap_or_default())?,
        family: family(params.family)?,
        rank: rank(params.rank.unwrap_or(0))?,
        active: true,
        metadata: metadata::validate(params.metadata.unwrap_or_default())?,
    })
}

pub fn apply_product_update(current: ProductFields, params: UpdateProductRequest) -> Result<ProductFields, Invalid> {
    Ok(ProductFields {
        name: params.name.map(product_name).transpose()?.unwrap_or(current.name),
        description: params
            .description
            .try_map(|d| description(Some(d)))?
            .apply(current.description.map(Some))
            .flatten(),
        features: params.features.map(features).transpose()?.unwrap_or(current.features),
        family: params
            .family
            .try_map(|f| family(Some(f)))?
            .apply(current.family.map(Some))
            .flatten(),
        rank: params.rank.map(rank).transpose()?.unwrap_or(current.rank),
        active: params.active.unwrap_or(current.active),
        metadata: match params.metadata {
            Some(update) => metadata::merge(current.metadata, update)?,
            None => current.metadata,
        },
    })
}

fn product_name(name: String) -> Result<String, Invalid> {
    let name = name.trim().to_owned();
    if name.is_empty() {
        return Err(Invalid::new(
            "name",
            ErrorCode::ParameterMissing,
            "A product needs a name.",
        ));
    }
    if name.chars().count() > MAX_NAME_LEN {
        return Err(Invalid::new(
            "name",
            ErrorCode::ParameterInvalid,
            format!("name must be at most {MAX_NAME_LEN} characters."),
        ));
    }
    Ok(name)
}

fn description(value: Option<String>) -> Result<Option<String>, Invalid> {
    let value = value.map(|d| d.trim().to_owned()).filter(|d| !d.is_empty());
    if value.as_ref().is_some_and(|d| d.chars().count() > MAX_DESCRIPTION_LEN) {
        return Err(Invalid::new(
            "description",
            ErrorCode::ParameterInvalid,
            format!("description must be at most {MAX_DESCRIPTION_LEN} characters."),
        ));
    }
    Ok(value)
}

fn features(list: Vec<String>) -> Result<Vec<String>, Invalid> {
    if list.len() > MAX_FEATURES {
        return Err(Invalid::new(
            "features",
            ErrorCode::ParameterInvalid,
            format!("At most {MAX_FEATURES} features."),
        ));
    }
    list.into_iter()
        .enumerate()
        .map(|(i, feature)| {
            let feature = feature.trim().to_owned();
            if feature.is_empty() || feature.chars().count() > MAX_FEATURE_LEN {
                Err(Invalid::new(
                    format!("features.{i}"),
                    ErrorCode::ParameterInvalid,
                    format!("Each feature is 1 to {MAX_FEATURE_LEN} characters."),
                ))
            } else {
                Ok(feature)
            }
        })
        .collect()
}

/// Families are identifiers: lowercase letters, digits, `-` and `_`.
fn family(value: Option<String>) -> Result<Option<String>, Invalid> {
    let Some(family) = value.map(|f| f.trim().to_owned()).filter(|f| !f.is_empty()) else {
        return Ok(None);
    };
    let ok = family.len() <= MAX_FAMILY_LEN
        && family
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if !ok {
        return Err(Invalid::new(
            "family",
            ErrorCode::ParameterInvalid,
            format!("family is an identifier of at most {MAX_FAMILY_LEN} lowercase letters, digits, `-` or `_`."),
        ));
    }
    Ok(Some(family))
}

fn rank(rank: i64) -> Result<i64, Invalid> {
    // Not `rank.abs()`: that overflows (a panic) for i64::MIN, which anyone can send.
    if !(-MAX_RANK..=MAX_RANK).contains(&rank) {
        return Err(Invalid::new(
            "rank",
            ErrorCode::ParameterInvalid,
            format!("rank must be between -{MAX_RANK} and {MAX_RANK}."),
        ));
    }
    Ok(rank)
}

/// A new price's fields, validated (the product is checked by the route).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriceFields {
    pub currency: Currency,
    pub unit_amount: i64,
    pub recurring: Recurring,
    pub nickname: Option<String>,
    pub metadata: Metadata,
}

pub fn validate_new_price(params: CreatePriceRequest) -> Result<PriceFields, Invalid> {
    if !(0..=MAX_UNIT_AMOUNT).contains(&params.unit_amount) {
        return Err(Invalid::new(
            "unit_amount",
            ErrorCode::ParameterInvalid,
            format!("unit_amount is in minor units, between 0 and {MAX_UNIT_AMOUNT}."),
        ));
    }
    Ok(PriceFields {
        currency: currency::parse(&params.currency, "currency")?,
        unit_amount: params.unit_amount,
        recurring: recurring(
            &params.recurring.interval,
            params.recurring.interval_count.unwrap_or(1),
            params.recurring.usage_type.as_deref().unwrap_or("licensed"),
        )?,
        nickname: nickname(params.nickname)?,
        metadata: metadata::validate(params.metadata.unwrap_or_default())?,
    })
}

/// A billing period of at most one year.
fn recurring(interval: &str, count: i64, usage_type: &str) -> Result<Recurring, Invalid> {
    if !matches!(usage_type, "licensed" | "metered") {
        return Err(Invalid::new(
            "recurring.usage_type",
            ErrorCode::ParameterInvalid,
            "recurring.usage_type is `licensed` or `metered`.",
        ));
    }
    let max = match interval {
        "day" => 365,
        "week" => 52,
        "month" => 12,
        "year" => 1,
        _ => {
            return Err(Invalid::new(
                "recurring.interval",
                ErrorCode::ParameterInvalid,
                "recurring.interval is one of day, week, month or year.",
            ));
        }
    };
    if !(1..=max).contains(&count) {
        return Err(Invalid::new(
            "recurring.interval_count",
            ErrorCode::ParameterInvalid,
            format!("A billing period is at most one year: interval_count for `{interval}` is 1 to {max}."),
        ));
    }
    Ok(Recurring {
        interval: interval.to_owned(),
        interval_count: count,
        usage_type: usage_type.to_owned(),
    })
}

pub fn nickname(value: Option<String>) -> Result<Option<String>, Invalid> {
    let value = value.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    if value.as_ref().is_some_and(|n| n.chars().count() > MAX_NAME_LEN) {
        return Err(Invalid::new(
            "nickname",
            ErrorCode::ParameterInvalid,
            format!("nickname must be at most {MAX_NAME_LEN} characters."),
        ));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use paylera_shared::catalog::RecurringParams;

    use super::*;

    #[test]
    fn a_rank_out_of_range_is_refused_even_at_the_extremes_of_i64() {
        for bad in [i64::MIN, i64::MIN + 1, -MAX_RANK - 1, MAX_RANK + 1, i64::MAX] {
            assert!(rank(bad).is_err(), "{bad}");
        }
        for good in [-MAX_RANK, 0, MAX_RANK] {
            assert_eq!(rank(good).ok(), Some(good));
        }
    }

    fn price(currency: &str, amount: i64, interval: &str, count: Option<i64>) -> CreatePriceRequest {
        CreatePriceRequest {
            product: "prod_x".into(),
            currency: currency.into(),
            unit_amount: amount,
            recurring: RecurringParams {
                interval: interval.into(),
                interval_count: count,
                usage_type: None,
            },
            nickname: None,
            metadata: None,
        }
    }

    #[test]
    fn a_product_needs_a_name() {
        let err = validate_new_product(CreateProductRequest {
            name: "  ".into(),
            ..Default::default()
        })
        .expect_err("blank");
        assert_eq!((err.param.as_str(), err.code), ("name", ErrorCode::ParameterMissing));
    }

    #[test]
    fn families_are_identifiers_and_features_are_bounded() {
        let bad_family = CreateProductRequest {
            name: "Pro".into(),
            family: Some("Plans!".into()),
            ..Default::default()
        };
        assert_eq!(validate_new_product(bad_family).expect_err("family").param, "family");
        let bad_feature = CreateProductRequest {
            name: "Pro".into(),
            features: Some(vec!["ok".into(), String::new()]),
            ..Default::default()
        };
        assert_eq!(
            validate_new_product(bad_feature).expect_err("feature").param,
            "features.1"
        );
    }

    #[test]
    fn prices_are_bounded_non_negative_minor_units() {
        assert_eq!(
            validate_new_price(price("usd", -1, "month", None))
                .expect_err("negative")
                .param,
            "unit_amount"
        );
        assert_eq!(
            validate_new_price(price("usd", MAX_UNIT_AMOUNT + 1, "month", None))
                .expect_err("huge")
                .param,
            "unit_amount"
        );
        assert_eq!(
            validate_new_price(price("usd", 0, "month", None))
                .expect("free")
                .unit_amount,
            0
        );
    }

    #[test]
    fn billing_periods_are_at_most_a_year() {
        assert_eq!(
            validate_new_price(price("usd", 100, "month", Some(13)))
                .expect_err("13 months")
                .param,
            "recurring.interval_count"
        );
        assert_eq!(
            validate_new_price(price("usd", 100, "fortnight", None))
                .expect_err("interval")
                .param,
            "recurring.interval"
        );
        let quarterly = validate_new_price(price("EUR", 100, "month", Some(3))).expect("quarterly");
        assert_eq!(quarterly.recurring.interval_count, 3);
        assert_eq!(quarterly.currency, Currency::EUR);
    }

    #[test]
    fn an_unknown_currency_is_invalid_currency() {
        let err = validate_new_price(price("abc", 100, "month", None)).expect_err("currency");
        assert_eq!((err.param.as_str(), err.code), ("currency", ErrorCode::InvalidCurrency));
    }
}
