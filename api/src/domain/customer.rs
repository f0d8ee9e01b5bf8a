//! Rules for customer fields.

use paylera_shared::customer::CreateCustomerRequest;

use crate::store::customers::NewCustomer;

pub const MAX_EMAIL_LEN: usize = 254;
pub const MAX_NAME_LEN: usize = 256;

/// Checks and normalises a create request: trims, turns blanks into absent,
/// checks the email's shape and the lengths. Errors are `(param, message)`.
pub fn validate(params: CreateCustomerRequest) -> Result<NewCustomer, (&'static str, String)> {
    let email = non_blank(params.email);
    if let Some(email) = &email {
        check_email(email).map_err(|message| ("email", message))?;
    }
    let name = non_blank(params.name);
    if name.as_ref().is_some_and(|n| n.chars().count() > MAX_NAME_LEN) {
        return Err(("name", format!("name must be at most {MAX_NAME_LEN} characters.")));
    }
    Ok(NewCustomer { email, name })
}

fn non_blank(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// A pragmatic email check: one `@`, a non-empty local part, a dotted domain,
/// no spaces, at most 254 bytes. (Deliverability is the merchant's concern.)
fn check_email(email: &str) -> Result<(), String> {
    let invalid = || format!("Invalid email address: '{email}'.");
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
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(email: Option<&str>, name: Option<&str>) -> CreateCustomerRequest {
        CreateCustomerRequest {
            email: email.map(Into::into),
            name: name.map(Into::into),
        }
    }

    #[test]
    fn blanks_become_absent_and_values_are_trimmed() {
        let new = validate(request(Some("  ada@example.com "), Some("  "))).expect("valid");
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
            let (param, _) = validate(request(Some(bad), None)).expect_err(bad);
            assert_eq!(param, "email", "{bad}");
        }
    }

    #[test]
    fn overlong_names_are_refused() {
        let long = "n".repeat(MAX_NAME_LEN + 1);
        assert_eq!(validate(request(None, Some(&long))).expect_err("long").0, "name");
    }
}
