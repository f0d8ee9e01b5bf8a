//! Invoice arithmetic: totals, the customer's credit balance, and invoice numbers.
//!
//! # Totals and credit
//!
//! All amounts are integer minor units. With `lines` the invoice's line amounts
//! (negative for credits, such as proration credits) and `available` the customer's
//! credit balance (≥ 0; a negative value is treated as 0):
//!
//! - `subtotal = Σ lines`, `total = subtotal + tax`;
//! - if `total < 0` the invoice owes the customer money: nothing is due, no credit is
//!   applied and the whole negative part is **added to the credit balance**
//!   (`credit_remaining = available + |total|`);
//! - otherwise as much credit as possible is applied:
//!   `credit_applied = min(available, total)`, `amount_due = total − credit_applied`,
//!   `credit_remaining = available − credit_applied`.
//!
//! Invariants (property-tested): `amount_due ≥ 0`; `0 ≤ credit_applied ≤ available`;
//! `total = subtotal + tax`; `amount_due + credit_applied = max(total, 0)`;
//! `credit_remaining = available − credit_applied + max(−total, 0)`; and credit is
//! never left unused while something is due (`amount_due = 0` or
//! `credit_applied = available`).
//!
//! Sums are taken in `i128`; a result outside `i64` saturates (impossible with the
//! catalog's limits — 11-digit unit amounts — and realistic line counts).
//!
//! # Discounts
//!
//! A discount of `p` % (1–100) takes `round_half_up(amount × p / 100)` off a line,
//! clamped to `0..=amount`: never more than the line, never a charge ([`percent_off`]).
//!
//! # Numbers
//!
//! An invoice number is the tenant's prefix, a hyphen and a per-tenant sequence of
//! at least four digits: `DEMO-0042`, `DEMO-10000`. The prefix is the first (up to)
//! four ASCII letters of the tenant's name, upper-cased (`"Demo Store"` → `DEMO`,
//! `"a.b"` → `AB`); a name without ASCII letters gets `INV`.

/// The amounts of an invoice after tax and credit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    pub subtotal: i64,
    pub tax: i64,
    pub total: i64,
    /// Taken from the customer's credit balance.
    pub credit_applied: i64,
    /// What the customer must pay; never negative.
    pub amount_due: i64,
    /// The customer's credit balance afterwards.
    pub credit_remaining: i64,
}

/// What `percent` % takes off `amount` (minor units): rounded half up, between 0 and
/// the amount (a negative amount has nothing to discount).
pub fn percent_off(amount: i64, percent: i64) -> i64 {
    let off = (i128::from(amount) * i128::from(percent.clamp(0, 100)) + 50).div_euclid(100);
    i64::try_from(off).unwrap_or(i64::MAX).clamp(0, amount.max(0))
}

/// The prefix used when a tenant's name has no ASCII letter.
pub const DEFAULT_PREFIX: &str = "INV";

/// Totals of an invoice with these line amounts and tax, for a customer with
/// `available_credit` (see the module documentation).
pub fn totals(line_amounts: &[i64], tax: i64, available_credit: i64) -> Totals {
    let available = available_credit.max(0);
    let subtotal = saturate(line_amounts.iter().map(|&amount| i128::from(amount)).sum());
    let total = saturate(i128::from(subtotal) + i128::from(tax));
    if total < 0 {
        return Totals {
            subtotal,
            tax,
            total,
            credit_applied: 0,
            amount_due: 0,
            credit_remaining: available.saturating_sub(total),
        };
    }
    let credit_applied = available.min(total);
    Totals {
        subtotal,
        tax,
        total,
        credit_applied,
        amount_due: total - credit_applied,
        credit_remaining: available - credit_applied,
    }
}

/// `PREFIX-0042`: the sequence zero-padded to at least four digits (a negative
/// sequence, which the store never produces, is written as 0).
pub fn format_number(prefix: &str, sequence: i64) -> String {
    format!("{prefix}-{:04}", sequence.max(0))
}

/// Up to four upper-cased ASCII letters of the tenant's name, or [`DEFAULT_PREFIX`].
pub fn invoice_prefix(tenant_name: &str) -> String {
    let prefix: String = tenant_name
        .chars()
        .filter(char::is_ascii_alphabetic)
        .take(4)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if prefix.is_empty() {
        DEFAULT_PREFIX.to_owned()
    } else {
        prefix
    }
}

fn saturate(value: i128) -> i64 {
    i64::try_from(value).unwrap_or(if value < 0 { i64::MIN } else { i64::MAX })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_discount_rounds_half_up_and_never_exceeds_the_line() {
        assert_eq!(percent_off(2900, 20), 580);
        assert_eq!(percent_off(999, 15), 150, "149.85 rounds to 150");
        assert_eq!(percent_off(10, 25), 3, "2.5 rounds up");
        assert_eq!(percent_off(2900, 100), 2900);
        assert_eq!(percent_off(2900, 0), 0);
        assert_eq!(percent_off(-500, 50), 0, "a credit line is not discounted");
        assert_eq!(percent_off(i64::MAX, 100), i64::MAX);
        assert_eq!(percent_off(2900, 250), 2900, "out-of-range percentages are clamped");
    }

    #[test]
    fn lines_and_tax_add_up_and_nothing_is_applied_without_credit() {
        assert_eq!(
            totals(&[1000, 2500], 350, 0),
            Totals {
                subtotal: 3500,
                tax: 350,
                total: 3850,
                credit_applied: 0,
                amount_due: 3850,
                credit_remaining: 0,
            }
        );
    }

    #[test]
    fn credit_smaller_than_the_total_is_used_up() {
        let t = totals(&[5000], 0, 1200);
        assert_eq!((t.credit_applied, t.amount_due, t.credit_remaining), (1200, 3800, 0));
    }

    #[test]
    fn credit_larger_than_the_total_pays_it_all_and_the_rest_remains() {
        let t = totals(&[5000], 500, 8000);
        assert_eq!((t.credit_applied, t.amount_due, t.credit_remaining), (5500, 0, 2500));
    }

    #[test]
    fn a_negative_total_becomes_credit_and_nothing_is_due() {
        // A downgrade: −2000 unused time, +500 remaining time.
        let t = totals(&[-2000, 500], 0, 300);
        assert_eq!(
            t,
            Totals {
                subtotal: -1500,
                tax: 0,
                total: -1500,
                credit_applied: 0,
                amount_due: 0,
                credit_remaining: 1800,
            }
        );
    }

    #[test]
    fn an_empty_or_zero_invoice_is_due_nothing_and_keeps_the_credit() {
        let t = totals(&[], 0, 700);
        assert_eq!(
            (t.total, t.credit_applied, t.amount_due, t.credit_remaining),
            (0, 0, 0, 700)
        );
        let t = totals(&[0, 0], 0, 0);
        assert_eq!((t.total, t.amount_due), (0, 0));
    }

    #[test]
    fn a_negative_credit_balance_is_treated_as_none() {
        let t = totals(&[1000], 0, -50);
        assert_eq!((t.credit_applied, t.amount_due, t.credit_remaining), (0, 1000, 0));
    }

    #[test]
    fn amounts_beyond_i64_saturate_instead_of_overflowing() {
        let t = totals(&[i64::MAX, i64::MAX], 0, 0);
        assert_eq!((t.subtotal, t.total, t.amount_due), (i64::MAX, i64::MAX, i64::MAX));
        let t = totals(&[i64::MIN, -1], 0, i64::MAX);
        assert_eq!((t.total, t.amount_due, t.credit_remaining), (i64::MIN, 0, i64::MAX));
    }

    #[test]
    fn numbers_have_at_least_four_digits_and_grow_beyond() {
        assert_eq!(format_number("DEMO", 42), "DEMO-0042");
        assert_eq!(format_number("DEMO", 1), "DEMO-0001");
        assert_eq!(format_number("DEMO", 9999), "DEMO-9999");
        assert_eq!(format_number("DEMO", 10_000), "DEMO-10000");
        assert_eq!(format_number("INV", 1_234_567), "INV-1234567");
        assert_eq!(format_number("DEMO", -3), "DEMO-0000");
    }

    #[test]
    fn the_prefix_is_up_to_four_uppercase_ascii_letters_of_the_name() {
        assert_eq!(invoice_prefix("Demo Store"), "DEMO");
        assert_eq!(invoice_prefix("acme"), "ACME");
        assert_eq!(invoice_prefix("a.b"), "AB");
        assert_eq!(invoice_prefix("3M Company"), "MCOM");
        assert_eq!(invoice_prefix("Café Zürich"), "CAFZ");
        assert_eq!(invoice_prefix("X"), "X");
    }

    #[test]
    fn a_name_without_ascii_letters_gets_the_default_prefix() {
        assert_eq!(invoice_prefix(""), "INV");
        assert_eq!(invoice_prefix("株式会社 123"), "INV");
        assert_eq!(invoice_prefix("  --  "), "INV");
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn totals_keep_their_invariants(
            lines in proptest::collection::vec(-1_000_000_000_000i64..1_000_000_000_000, 0..20),
            tax in 0i64..10_000_000_000,
            available in 0i64..10_000_000_000_000,
        ) {
            let t = totals(&lines, tax, available);
            let total = lines.iter().sum::<i64>() + tax;
            prop_assert_eq!(t.subtotal, lines.iter().sum::<i64>());
            prop_assert_eq!(t.tax, tax);
            prop_assert_eq!(t.total, t.subtotal + t.tax);
            prop_assert_eq!(t.total, total);
            prop_assert!(t.amount_due >= 0);
            prop_assert!(0 <= t.credit_applied && t.credit_applied <= available);
            prop_assert_eq!(t.amount_due + t.credit_applied, total.max(0));
            prop_assert_eq!(t.credit_remaining, available - t.credit_applied + (-total).max(0));
            prop_assert!(t.amount_due == 0 || t.credit_applied == available);
        }
    }
}
