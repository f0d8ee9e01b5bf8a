//! How an address is written on an envelope or an invoice in its country: the order of
//! its lines and fields, after Google's libaddressinput data (the `fmt` of each
//! country, Latin-script form, name and organisation left out: callers print those
//! themselves). `%A` is the street lines, `%C` the city, `%S` the state, `%Z` the postal
//! code, `%n` a line break; a country without an entry uses libaddressinput's default
//! (`%A%n%C`, with the postal code before the city as most of the world writes it). The
//! country's name is the caller's last line (it is localized; this table is not).
//!
//! Field values are printed as stored; a field that is absent leaves out its separator
//! (`Springfield, IL 62701` without a state is `Springfield 62701`), and a line left
//! empty is dropped.

use crate::customer::Address;

/// The layout of `country` (upper-case ISO 3166-1 alpha-2).
fn layout(country: &str) -> &'static str {
    match country {
        "US" | "PR" | "GU" | "VI" | "AS" | "MP" => "%A%n%C, %S %Z",
        "CA" | "AU" => "%A%n%C %S %Z",
        "GB" | "GG" | "JE" | "IM" | "ZA" | "UA" | "RU" | "BY" | "KZ" => "%A%n%C%n%S%n%Z",
        "IE" => "%A%n%C%n%S%n%Z",
        "IT" | "ES" => "%A%n%Z %C %S",
        "BR" => "%A%n%C-%S%n%Z",
        "MX" => "%A%n%Z %C, %S",
        "JP" => "%A, %S%n%Z",
        "CN" | "TW" | "HK" => "%A%n%C%n%S, %Z",
        "KR" => "%A%n%C%n%S%n%Z",
        "IN" => "%A%n%C %Z%n%S",
        "HU" => "%C%n%A%n%Z",
        "RO" => "%A%n%Z %S %C",
        "TR" => "%A%n%Z %C/%S",
        "IL" | "NZ" | "SG" | "TH" | "ID" | "MY" | "PH" | "VN" => "%A%n%C %Z",
        "AE" | "SA" | "QA" | "KW" | "BH" | "OM" => "%A%n%C%n%S",
        // Most of Europe and the rest of the world: postal code, then city.
        _ => "%A%n%Z %C",
    }
}

/// The lines of `address` in its country's order, without the country's name.
pub fn address_lines(address: &Address) -> Vec<String> {
    let street: Vec<&str> = [address.line1.as_deref(), address.line2.as_deref()]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    let field = |code: char| -> Option<&str> {
        match code {
            'C' => address.city.as_deref(),
            'S' => address.state.as_deref(),
            'Z' => address.postal_code.as_deref(),
            _ => None,
        }
        .map(str::trim)
        .filter(|value| !value.is_empty())
    };
    let mut lines = Vec::new();
    for template in layout(&address.country.to_ascii_uppercase()).split("%n") {
        if template == "%A" {
            lines.extend(street.iter().map(|line| (*line).to_owned()));
            continue;
        }
        if let Some(rest) = template.strip_prefix("%A") {
            // The street's last line carries the rest (`%A, %S` in Japan).
            let tail = fill(rest, &field);
            match street.split_last() {
                Some((last, before)) => {
                    lines.extend(before.iter().map(|line| (*line).to_owned()));
                    lines.push(format!(
                        "{last}{}",
                        if tail.is_empty() {
                            String::new()
                        } else {
                            format!(", {tail}")
                        }
                    ));
                }
                None if !tail.is_empty() => lines.push(tail),
                None => {}
            }
            continue;
        }
        let line = fill(template, &field);
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// `template` with its `%X` fields filled; a missing field takes the separator before
/// it (or, first on the line, after it) along.
fn fill<'a>(template: &str, field: &impl Fn(char) -> Option<&'a str>) -> String {
    // Split into (separator, field) pairs: "%C, %S %Z" → ("", C), (", ", S), (" ", Z).
    let mut parts: Vec<(String, Option<&str>)> = Vec::new();
    let mut separator = String::new();
    let mut chars = template.chars();
    while let Some(c) = chars.next() {
        if c == '%' {
            let code = chars.next().unwrap_or(' ');
            parts.push((std::mem::take(&mut separator), field(code)));
        } else {
            separator.push(c);
        }
    }
    let trailing = separator;
    let mut line = String::new();
    for (separator, value) in parts {
        let Some(value) = value else { continue };
        if !line.is_empty() {
            line.push_str(&separator);
        } else if separator.chars().any(char::is_alphanumeric) {
            // A literal prefix such as `CH-` belongs to its field.
            line.push_str(&separator);
        }
        line.push_str(value);
    }
    if !line.is_empty() && trailing.chars().any(char::is_alphanumeric) {
        line.push_str(&trailing);
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(country: &str, city: &str, state: Option<&str>, postal_code: Option<&str>) -> Address {
        Address {
            line1: Some("1 Main Street".to_owned()),
            line2: Some("Suite 200".to_owned()),
            city: Some(city.to_owned()),
            state: state.map(str::to_owned),
            postal_code: postal_code.map(str::to_owned),
            country: country.to_owned(),
        }
    }

    #[test]
    fn each_country_writes_its_fields_in_its_own_order() {
        assert_eq!(
            address_lines(&address("US", "Springfield", Some("IL"), Some("62701"))),
            ["1 Main Street", "Suite 200", "Springfield, IL 62701"]
        );
        assert_eq!(
            address_lines(&address("DE", "Berlin", None, Some("10115"))),
            ["1 Main Street", "Suite 200", "10115 Berlin"]
        );
        assert_eq!(
            address_lines(&address("GB", "London", None, Some("SW1A 1AA"))),
            ["1 Main Street", "Suite 200", "London", "SW1A 1AA"]
        );
        assert_eq!(
            address_lines(&address("JP", "Chiyoda-ku", Some("Tokyo"), Some("100-0001"))),
            ["1 Main Street", "Suite 200, Tokyo", "100-0001"]
        );
        assert_eq!(
            address_lines(&address("BR", "São Paulo", Some("SP"), Some("01310-100"))),
            ["1 Main Street", "Suite 200", "São Paulo-SP", "01310-100"]
        );
        assert_eq!(
            address_lines(&address("HU", "Budapest", None, Some("1051"))),
            ["Budapest", "1 Main Street", "Suite 200", "1051"]
        );
        assert_eq!(
            address_lines(&address("it", "Roma", Some("RM"), Some("00184"))),
            ["1 Main Street", "Suite 200", "00184 Roma RM"]
        );
    }

    #[test]
    fn a_missing_field_takes_its_separator_along_and_an_empty_line_goes() {
        assert_eq!(
            address_lines(&address("US", "Springfield", None, Some("62701"))),
            ["1 Main Street", "Suite 200", "Springfield 62701"]
        );
        let mut bare = address("FR", "Paris", None, None);
        bare.line2 = Some("  ".to_owned());
        assert_eq!(address_lines(&bare), ["1 Main Street", "Paris"]);
        let mut no_street = address("JP", "Chiyoda-ku", Some("Tokyo"), None);
        no_street.line1 = None;
        no_street.line2 = None;
        assert_eq!(address_lines(&no_street), ["Tokyo"]);
    }
}
