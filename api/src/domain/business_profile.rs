//! The seller's legal identity printed on invoices and receipts: parsed from
//! `business_profile` of `POST /v1/billing_settings` with the rules customers' data
//! follows (the address per country, tax IDs per scheme with their check digits, the
//! email), so a PDF never prints a number an accountant's tool would refuse.

use paylera_shared::{
    ErrorCode,
    ids::FileId,
    invoice::{BusinessProfile, BusinessProfileParams, SnapshotTaxId},
};

use super::{Invalid, address, customer, tax_id};

/// Longest legal name, in characters.
pub const MAX_LEGAL_NAME_LEN: usize = 200;
/// Most tax IDs on a profile.
pub const MAX_TAX_IDS: usize = 5;

/// Validates and normalises a profile. Errors name the field without prefix
/// (`legal_name`, `address.postal_code`, `tax_ids[0].value`, `email`); the route adds
/// `business_profile.` with [`Invalid::under`]. A `logo` is only checked to be a file id
/// here; the route checks the tenant has that logo.
pub fn validate(params: BusinessProfileParams) -> Result<BusinessProfile, Invalid> {
    let legal_name = params.legal_name.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    if legal_name
        .as_ref()
        .is_some_and(|n| n.chars().count() > MAX_LEGAL_NAME_LEN)
    {
        return Err(Invalid::new(
            "legal_name",
            ErrorCode::ParameterInvalid,
            format!("legal_name is at most {MAX_LEGAL_NAME_LEN} characters."),
        ));
    }
    if legal_name.as_ref().is_some_and(|n| n.chars().any(char::is_control)) {
        return Err(Invalid::new(
            "legal_name",
            ErrorCode::ParameterInvalid,
            "legal_name cannot contain control characters.",
        ));
    }
    let address = params
        .address
        .as_ref()
        .map(address::validate)
        .transpose()
        .map_err(|err| err.under("address"))?;
    if params.tax_ids.len() > MAX_TAX_IDS {
        return Err(Invalid::new(
            "tax_ids",
            ErrorCode::ParameterInvalid,
            format!("A business profile has at most {MAX_TAX_IDS} tax IDs."),
        ));
    }
    let tax_ids = params
        .tax_ids
        .iter()
        .enumerate()
        .map(|(index, id)| {
            tax_id::parse(&id.kind, &id.value)
                .map(|valid| SnapshotTaxId {
                    kind: valid.kind.as_str().to_owned(),
                    value: valid.value,
                })
                .map_err(|err| err.under(&format!("tax_ids[{index}]")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let email = customer::email(params.email)?;
    let logo = params
        .logo
        .as_deref()
        .map(FileId::parse)
        .transpose()
        .map_err(|err| Invalid::new("logo", ErrorCode::ParameterInvalid, err.to_string()))?;
    Ok(BusinessProfile {
        legal_name,
        address,
        tax_ids,
        email,
        logo,
    })
}

#[cfg(test)]
mod tests {
    use paylera_shared::customer::AddressParams;
    use paylera_shared::invoice::BusinessTaxIdParams;

    use super::*;

    fn german() -> BusinessProfileParams {
        BusinessProfileParams {
            legal_name: Some(" Acme Cloud GmbH ".into()),
            address: Some(AddressParams {
                line1: Some("Friedrichstraße 68".into()),
                city: Some("Berlin".into()),
                postal_code: Some("10117".into()),
                country: Some("de".into()),
                ..AddressParams::default()
            }),
            tax_ids: vec![BusinessTaxIdParams {
                kind: "eu_vat".into(),
                value: "de 136 695 976".into(),
            }],
            email: Some("billing@acme.example".into()),
            logo: None,
        }
    }

    #[test]
    fn a_valid_profile_comes_back_normalised() {
        let profile = validate(german()).expect("valid");
        assert_eq!(profile.legal_name.as_deref(), Some("Acme Cloud GmbH"));
        assert_eq!(profile.address.map(|a| a.country), Some("DE".to_owned()));
        assert_eq!(profile.tax_ids[0].value, "DE136695976");
    }

    #[test]
    fn each_error_names_its_field() {
        let mut params = german();
        params.tax_ids[0].value = "DE136695977".into();
        assert_eq!(
            validate(params).map_err(|e| e.param),
            Err("tax_ids[0].value".to_owned())
        );
        let mut params = german();
        params.legal_name = Some("x".repeat(MAX_LEGAL_NAME_LEN + 1));
        assert_eq!(validate(params).map_err(|e| e.param), Err("legal_name".to_owned()));
        let mut params = german();
        params.email = Some("not an email".into());
        assert_eq!(validate(params).map_err(|e| e.param), Err("email".to_owned()));
        let mut params = german();
        params.logo = Some("cus_123".into());
        assert_eq!(validate(params).map_err(|e| e.param), Err("logo".to_owned()));
        let mut params = german();
        if let Some(address) = params.address.as_mut() {
            address.postal_code = Some("1011".into());
        }
        assert_eq!(
            validate(params).map_err(|e| e.param),
            Err("address.postal_code".to_owned())
        );
    }
}
