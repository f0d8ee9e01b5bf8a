//! A saved card as the payment methods pages and the overview name it ("Visa ending
//! 4242"), and the texts of the payment methods module (every key in every locale).

mod texts;

use serde::{Deserialize, Serialize};

pub use texts::PaymentMethodsText;

use crate::i18n::{Locale, t, t_with};

use PaymentMethodsText as T;

/// One saved card, as the pages show it (never more than the API keeps: brand, last
/// four digits, expiry).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedCard {
    /// `pm_…`.
    pub id: String,
    /// The API's brand (`visa`, `amex`, … or `unknown`).
    pub brand: String,
    pub last4: String,
    pub exp_month: u32,
    pub exp_year: i32,
    /// The customer's default payment method.
    pub is_default: bool,
    /// Attached, but the customer's bank has not confirmed it yet
    /// (`requires_authentication`): it can be neither charged nor the default.
    pub awaiting_bank: bool,
}

impl SavedCard {
    /// "Visa ending 4242", in `locale`.
    pub fn name(&self, locale: Locale) -> String {
        let brand = brand_name(&self.brand).unwrap_or_else(|| t(locale, T::UnknownBrand));
        t_with(locale, T::CardName, &[("brand", brand), ("last4", &self.last4)])
    }

    /// Whether the card can pay (its bank has confirmed it).
    pub fn usable(&self) -> bool {
        !self.awaiting_bank
    }
}

/// A card network's own name (the same in every language); `None` for `unknown`. The
/// API's receipts name cards with the same table.
fn brand_name(brand: &str) -> Option<&'static str> {
    crate::i18n::format::card_brand(brand)
}

#[cfg(feature = "ssr")]
impl SavedCard {
    /// `method` as the pages show it; `is_default` when it is the customer's default.
    pub fn of(method: paylera_shared::payment_method::PaymentMethod, is_default: bool) -> Self {
        Self {
            awaiting_bank: method.status == paylera_shared::payment_method::PaymentMethodStatus::RequiresAuthentication,
            is_default,
            id: method.id.to_string(),
            brand: method.card.brand,
            last4: method.card.last4,
            exp_month: method.card.exp_month,
            exp_year: method.card.exp_year,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_is_named_by_brand_and_last_digits() {
        let card = SavedCard {
            id: "pm_1".to_owned(),
            brand: "visa".to_owned(),
            last4: "4242".to_owned(),
            exp_month: 12,
            exp_year: 2034,
            is_default: false,
            awaiting_bank: false,
        };
        assert_eq!(card.name(Locale::En), "Visa ending 4242");
        let unknown = SavedCard {
            brand: "unknown".to_owned(),
            ..card
        };
        assert_eq!(unknown.name(Locale::Fr), "Carte se terminant par 4242");
    }
}
