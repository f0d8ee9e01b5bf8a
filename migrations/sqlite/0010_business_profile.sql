-- The seller's legal identity on invoices and receipts (issue 17, point 4): the legal
-- name, postal address, tax IDs and contact email a European accountant expects on an
-- invoice, kept with the tenant's billing settings. One JSON document
-- (`paylera_shared::invoice::BusinessProfile`: `legal_name`, `address`, `tax_ids`,
-- `email`, each optional), validated by the API before it is written and replaced as a
-- whole by `POST /v1/billing_settings`; null when the tenant has set none (the PDFs then
-- print the business or tenant name alone, as before).
alter table billing_settings add column business_profile text;
