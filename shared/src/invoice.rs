//! Invoices, their lines and payment attempts.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    customer::Metadata,
    customer::{Address, AddressParams},
    ids::{CustomerId, FileId, InvoiceId, PaymentMethodId, PriceId, SubscriptionId},
    money::Currency,
    patch::Patch,
    wire_enum::wire_enum,
};

wire_enum! {
    /// Where an invoice stands (the API's state machine moves it; `paid` and `void`
    /// are final).
    pub enum InvoiceStatus("invoice status") {
        /// Being prepared; no number yet.
        Draft => "draft",
        /// Finalised and due.
        Open => "open",
        Paid => "paid",
        /// Canceled; nothing is owed.
        Void => "void",
        /// Given up on; it can still be paid.
        Uncollectible => "uncollectible",
    }
}

wire_enum! {
    /// Why an invoice was created.
    pub enum BillingReason("billing reason") {
        /// The first invoice of a subscription.
        SubscriptionCreate => "subscription_create",
        /// A renewal.
        SubscriptionCycle => "subscription_cycle",
        /// A change of price or quantity.
        SubscriptionUpdate => "subscription_update",
        /// Made by the merchant.
        Manual => "manual",
    }
}

wire_enum! {
    /// How one attempt to collect an invoice ended.
    pub enum PaymentAttemptStatus("payment attempt status") {
        Succeeded => "succeeded",
        /// Declined; `decline_code` says why.
        Failed => "failed",
        /// The card asks the customer to authenticate (3-D Secure).
        RequiresAction => "requires_action",
        Canceled => "canceled",
    }
}

/// A bill: what a customer owes for a period, and whether it is paid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Invoice {
    pub id: InvoiceId,
    /// Always `"invoice"`.
    pub object: String,
    /// Gapless per tenant (`DEMO-0042`); `null` while draft.
    pub number: Option<String>,
    pub customer: CustomerId,
    pub subscription: Option<SubscriptionId>,
    pub status: InvoiceStatus,
    pub billing_reason: BillingReason,
    pub currency: Currency,
    pub lines: Vec<InvoiceLine>,
    /// Σ lines, in minor units.
    pub subtotal: i64,
    /// Tax on the subtotal, in minor units (`tax` before API version 2026-12-07).
    pub total_tax: i64,
    /// subtotal + tax (negative when credits exceed charges; the excess becomes customer credit).
    pub total: i64,
    /// Customer credit used for this invoice.
    pub credit_applied: i64,
    /// What the customer must pay: max(total, 0) − credit_applied.
    pub amount_due: i64,
    pub amount_paid: i64,
    pub amount_remaining: i64,
    pub period_start: DateTime<Utc>,
    pub period_end: DateTime<Utc>,
    /// Who was billed, as at finalisation.
    pub customer_details: CustomerSnapshot,
    pub attempt_count: i64,
    /// When dunning retries next; `null` when no retry is scheduled.
    pub next_payment_attempt: Option<DateTime<Utc>>,
    pub created: DateTime<Utc>,
    pub finalized_at: Option<DateTime<Utc>>,
    pub paid_at: Option<DateTime<Utc>>,
    pub voided_at: Option<DateTime<Utc>>,
    /// The merchant's own key/value pairs (never shown to the customer).
    #[serde(default)]
    pub metadata: Metadata,
}

/// `POST /v1/invoices/{id}`: what a merchant may change on an invoice (its amounts and
/// lines are final once it is issued).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateInvoiceRequest {
    /// Merged into the current metadata; a key set to `null` is removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, Option<String>>>,
}

/// One line of an invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvoiceLine {
    pub description: String,
    /// Signed minor units (credits are negative).
    pub amount: i64,
    pub quantity: i64,
    pub unit_amount: i64,
    pub price: Option<PriceId>,
    pub proration: bool,
    pub period_start: DateTime<Utc>,
    pub period_end: DateTime<Utc>,
}

/// The billed-to block, frozen when the invoice is finalised.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CustomerSnapshot {
    pub name: Option<String>,
    pub email: Option<String>,
    pub address: Option<Address>,
    /// `type` and `value` of each tax ID.
    pub tax_ids: Vec<SnapshotTaxId>,
}

/// A tax ID as printed on an invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SnapshotTaxId {
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
}

/// One attempt to collect an invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PaymentAttempt {
    pub id: String,
    /// Always `"payment_attempt"`.
    pub object: String,
    pub invoice: InvoiceId,
    pub payment_method: Option<PaymentMethodId>,
    pub amount: i64,
    pub status: PaymentAttemptStatus,
    pub decline_code: Option<String>,
    pub failure_message: Option<String>,
    pub created: DateTime<Utc>,
}

/// `POST /v1/invoices/{id}/pay`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PayInvoiceRequest {
    /// A payment method of the invoice's customer; defaults to the customer's default.
    pub payment_method: Option<String>,
    /// The customer's answer to the card's authentication challenge when they are
    /// present (the portal): `approve` or `deny`. Without it, a card that requires
    /// authentication leaves the attempt in `requires_action`.
    pub authentication: Option<String>,
}

/// Filters of `GET /v1/invoices`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct InvoiceFilter {
    pub customer: Option<String>,
    pub subscription: Option<String>,
    pub status: Option<String>,
}

/// The invoice a subscription will produce at the end of its current period, as things
/// stand now (`GET /v1/invoices/upcoming`): the renewal at the price and quantity then
/// in force (a scheduled downgrade included), metered usage recorded so far, and the
/// customer's credit as it is today. Nothing is stored; it has no id or number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpcomingInvoice {
    /// Always `"upcoming_invoice"`.
    pub object: String,
    pub customer: CustomerId,
    pub subscription: SubscriptionId,
    pub currency: Currency,
    pub lines: Vec<InvoiceLine>,
    /// Σ lines, in minor units.
    pub subtotal: i64,
    /// Tax on the subtotal, in minor units (`tax` before API version 2026-12-07).
    pub total_tax: i64,
    pub total: i64,
    /// The customer's credit that would be used, as the balance stands now.
    pub credit_applied: i64,
    /// What would be charged.
    pub amount_due: i64,
    /// The period the invoice bills (in advance for licensed prices, in arrears for
    /// metered ones).
    pub period_start: DateTime<Utc>,
    pub period_end: DateTime<Utc>,
    /// When it is issued and charged: the end of the subscription's current period.
    pub next_payment_attempt: DateTime<Utc>,
}

/// Query of `GET /v1/invoices/upcoming`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct UpcomingInvoiceQuery {
    /// The subscription (`sub_…`) whose next invoice to preview.
    pub subscription: String,
}

/// A tenant's billing behaviour (`GET`/`POST /v1/billing_settings`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BillingSettings {
    /// Always `"billing_settings"`.
    pub object: String,
    /// `at_period_end` (default: the customer keeps the current plan until renewal) or
    /// `immediately` (switch now and credit the unused time).
    pub downgrade_behavior: String,
    /// When every dunning retry failed: `cancel` (default) or `mark_unpaid`.
    pub dunning_final_action: String,
    /// Retry open invoices as soon as a customer gets a new default card (default `true`).
    pub retry_on_new_default_payment_method: bool,
    /// Allow detaching the last card of a customer with a live subscription (default `false`).
    pub allow_detach_last_payment_method: bool,
    /// The prefix of invoice numbers (`DEMO` in `DEMO-0042`).
    pub invoice_prefix: String,
    /// The seller's legal identity printed on every invoice and receipt PDF; `null` when
    /// none is set (the PDFs then name the business by its portal or tenant name).
    pub business_profile: Option<BusinessProfile>,
}

/// Who issues the tenant's invoices, as an accountant needs it on each invoice: legal
/// name, postal address, tax registrations and a contact email. Every part is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BusinessProfile {
    /// The registered name (`Acme Cloud GmbH`); printed instead of the business name.
    pub legal_name: Option<String>,
    /// The registered address, normalised as a customer's is; printed in its country's
    /// order.
    pub address: Option<Address>,
    /// Tax registrations (`eu_vat` `DE136695976`), in canonical form.
    pub tax_ids: Vec<SnapshotTaxId>,
    /// The contact email for billing questions.
    pub email: Option<String>,
    /// The logo printed at the head of every invoice and receipt: an uploaded file
    /// (`POST /v1/files` with `purpose: business_logo`).
    pub logo: Option<FileId>,
}

/// The `business_profile` of `POST /v1/billing_settings`: replaces the whole profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BusinessProfileParams {
    /// Up to 200 characters.
    pub legal_name: Option<String>,
    /// Validated like a customer's address (`address.postal_code`, … in errors).
    pub address: Option<AddressParams>,
    /// Each validated like a customer's tax ID (`tax_ids[0].value`, … in errors); at most 5.
    #[serde(default)]
    pub tax_ids: Vec<BusinessTaxIdParams>,
    pub email: Option<String>,
    /// A `file_…` uploaded with `purpose: business_logo`.
    pub logo: Option<String>,
}

/// One tax ID of a [`BusinessProfileParams`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BusinessTaxIdParams {
    /// The scheme (`eu_vat`, …; `GET /v1/tax_id_types`).
    #[serde(rename = "type")]
    pub kind: String,
    /// The number, in any common spelling.
    pub value: String,
}

/// Query of `GET /v1/invoices/{id}/pdf` and `GET /v1/invoices/{id}/receipt`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct DocumentQuery {
    /// The document's language: a supported locale (`fr`, `pt-BR`, `ja`, …; `auto` or
    /// absent: the customer's preferred locales, else the portal configuration's
    /// `default_locale`, else English).
    pub locale: Option<String>,
}

/// `POST /v1/billing_settings`: only the fields present change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateBillingSettingsRequest {
    pub downgrade_behavior: Option<String>,
    pub dunning_final_action: Option<String>,
    pub retry_on_new_default_payment_method: Option<bool>,
    pub allow_detach_last_payment_method: Option<bool>,
    pub invoice_prefix: Option<String>,
    /// Replaces the business profile; `null` clears it.
    #[serde(default, skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<BusinessProfileParams>))]
    pub business_profile: Patch<BusinessProfileParams>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire_enum::assert_round_trips;

    #[test]
    fn invoice_statuses_travel_as_their_exact_names() {
        assert_round_trips(InvoiceStatus::ALL, InvoiceStatus::as_str);
        let names: Vec<&str> = InvoiceStatus::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(names, ["draft", "open", "paid", "void", "uncollectible"]);
    }

    #[test]
    fn billing_reasons_travel_as_their_exact_names() {
        assert_round_trips(BillingReason::ALL, BillingReason::as_str);
        let names: Vec<&str> = BillingReason::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            names,
            [
                "subscription_create",
                "subscription_cycle",
                "subscription_update",
                "manual"
            ]
        );
    }

    #[test]
    fn payment_attempt_statuses_travel_as_their_exact_names() {
        assert_round_trips(PaymentAttemptStatus::ALL, PaymentAttemptStatus::as_str);
        let names: Vec<&str> = PaymentAttemptStatus::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(names, ["succeeded", "failed", "requires_action", "canceled"]);
    }
}
