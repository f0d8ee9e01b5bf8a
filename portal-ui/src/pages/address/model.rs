//! The address form's values, the page's data and the check made before posting
//! (the API's own rules, from `paylera_shared::address`), without a view.

use paylera_shared::address;
use paylera_shared::customer::AddressParams;
use serde::{Deserialize, Serialize};

use crate::problem::Problem;

/// `?done=` after the address was saved without JavaScript.
pub(super) const DONE_SAVED: &str = "saved";
/// `?refreshed=1`: the form was re-shown for another country (no JavaScript).
pub(super) const REFRESHED: &str = "refreshed";
/// `refresh_from` while no country is chosen (not a country code).
pub(super) const NO_COUNTRY: &str = "none";
/// The form's address fields, in the order of the API's checks (also the names of the
/// form fields and of the query after a refresh; the API's params are `address.<name>`).
pub(super) const FIELDS: [&str; 6] = ["country", "line1", "line2", "city", "state", "postal_code"];

/// An address as the form holds it: every field a string, blank when absent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AddressValues {
    pub country: String,
    pub line1: String,
    pub line2: String,
    pub city: String,
    pub state: String,
    pub postal_code: String,
}

impl AddressValues {
    /// The value of form field `name` (one of [`FIELDS`]).
    #[cfg(feature = "ssr")]
    pub(super) fn get(&self, name: &str) -> &str {
        match name {
            "country" => &self.country,
            "line1" => &self.line1,
            "line2" => &self.line2,
            "city" => &self.city,
            "state" => &self.state,
            "postal_code" => &self.postal_code,
            _ => "",
        }
    }

    /// The values with field `name` read from `source` where it has one.
    pub(super) fn read(source: impl Fn(&str) -> Option<String>) -> Self {
        let field = |name| source(name).unwrap_or_default();
        Self {
            country: field("country"),
            line1: field("line1"),
            line2: field("line2"),
            city: field("city"),
            state: field("state"),
            postal_code: field("postal_code"),
        }
    }

    /// Every field with its value, for an echo or a query.
    #[cfg(feature = "ssr")]
    pub(super) fn pairs(&self) -> [(&'static str, &str); 6] {
        FIELDS.map(|name| (name, self.get(name)))
    }

    /// What the API is sent (blank fields absent).
    pub(super) fn params(&self) -> AddressParams {
        let some = |value: &str| Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        AddressParams {
            line1: some(&self.line1),
            line2: some(&self.line2),
            city: some(&self.city),
            state: some(&self.state),
            postal_code: some(&self.postal_code),
            country: some(&self.country),
        }
    }
}

impl From<paylera_shared::customer::Address> for AddressValues {
    fn from(address: paylera_shared::customer::Address) -> Self {
        Self {
            country: address.country,
            line1: address.line1.unwrap_or_default(),
            line2: address.line2.unwrap_or_default(),
            city: address.city.unwrap_or_default(),
            state: address.state.unwrap_or_default(),
            postal_code: address.postal_code.unwrap_or_default(),
        }
    }
}

/// What the form starts from: the stored address and the country list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressData {
    /// The customer's billing address, if they have one.
    pub stored: Option<AddressValues>,
    /// Every country (code, name) in the page's language, in list order.
    pub countries: Vec<(String, String)>,
}

impl AddressData {
    /// The name of the country `code` (any case).
    pub(super) fn country_name(&self, code: &str) -> Option<&str> {
        self.countries
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(code))
            .map(|(_, name)| name.as_str())
    }
}

/// The `refresh_from` of the form whose fields are shown for `country`: never blank
/// (a blank field is no field to the server function), so a form shown before any
/// country was chosen still asks for a refresh.
pub(super) fn shown_for(country: &str) -> String {
    if country.is_empty() {
        NO_COUNTRY.to_owned()
    } else {
        country.to_owned()
    }
}

/// The browser's check before posting: the shared rules' first broken one, as the
/// problem the API would answer (`address.<field>`).
pub fn precheck(values: &AddressValues) -> Option<Problem> {
    address::validate(&values.params())
        .err()
        .map(|err| Problem::api(err.code).about(format!("address.{}", err.param)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<crate::pages::address::AddressText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    fn values(country: &str, state: &str, postal_code: &str) -> AddressValues {
        AddressValues {
            country: country.to_owned(),
            line1: "1 Main St".to_owned(),
            city: "Springfield".to_owned(),
            state: state.to_owned(),
            postal_code: postal_code.to_owned(),
            ..AddressValues::default()
        }
    }

    #[test]
    fn the_precheck_reports_what_the_api_would_on_the_same_field() {
        assert_eq!(precheck(&values("US", "IL", "62701")), None);
        let missing_state = precheck(&values("US", "", "62701")).expect("state");
        assert_eq!(
            (missing_state.code.as_str(), missing_state.is_about("address.state")),
            ("parameter_missing", true)
        );
        let bad_zip = precheck(&values("US", "IL", "6270")).expect("zip");
        assert_eq!(
            (bad_zip.code.as_str(), bad_zip.is_about("address.postal_code")),
            ("invalid_postal_code", true)
        );
        let no_country = precheck(&values("", "", "")).expect("country");
        assert!(no_country.is_about("address.country"));
        assert_eq!(precheck(&values("SG", "", "")), None, "no state, no postal code needed");
    }

    #[test]
    fn the_form_values_round_trip_through_the_echo() {
        let typed = values("CA", "ON", "k1a0b1");
        let echoed = Problem::new("invalid_postal_code").with_form(typed.pairs());
        assert_eq!(
            AddressValues::read(|name| echoed.form_value(name).map(str::to_owned)),
            typed
        );
    }
}
