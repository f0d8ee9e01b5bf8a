-- Billing objects the portal shows and changes (issue 3): full customers,
-- the catalog's display fields, tax IDs and card payment methods.
-- Same text in both dialects except for identity columns.

-- Customers: contact details, billing address and preferences. Structured values
-- (address, locales, metadata) are JSON text: read whole, validated in Rust.
alter table customers add column phone text;
alter table customers add column address text;
alter table customers add column preferred_locales text not null default '[]';
alter table customers add column metadata text not null default '{}';
-- a payment method of this customer (`pm_…`), or null
alter table customers add column default_payment_method text;
-- soft delete: the row stays for invoices and events that name it
alter table customers add column deleted_at bigint;

-- Products: what plan pickers show, and the order that tells upgrades from downgrades.
alter table products add column features text not null default '[]';
alter table products add column family text;
alter table products add column rank bigint not null default 0;
alter table products add column metadata text not null default '{}';
create index products_tenant_family on products (tenant_id, family, rank);

alter table prices add column nickname text;
alter table prices add column metadata text not null default '{}';
create index prices_tenant_product on prices (tenant_id, product_id, seq);

-- Tax IDs of a customer, in canonical form (one row per type and value).
create table tax_ids (
    seq                 bigint generated always as identity primary key,
    id                  text not null unique,
    tenant_id           text not null references tenants (id),
    customer_id         text not null references customers (id),
    type                text not null,
    value               text not null,
    country             text not null,
    -- `unverified` until a registry verifier exists
    verification_status text not null,
    created             bigint not null,
    unique (customer_id, type, value)
);
create index tax_ids_tenant_customer on tax_ids (tenant_id, customer_id, seq);

-- Card payment methods. Never a card number: brand, last four, expiry, a keyed
-- fingerprint and the processor's token.
create table payment_methods (
    seq             bigint generated always as identity primary key,
    id              text not null unique,
    tenant_id       text not null references tenants (id),
    -- null until attached; null again after a detach
    customer_id     text references customers (id),
    -- `active` or `requires_authentication`
    status          text not null,
    brand           text not null,
    last4           text not null,
    exp_month       bigint not null,
    exp_year        bigint not null,
    fingerprint     text not null,
    processor_token text not null,
    created         bigint not null,
    attached_at     bigint,
    detached_at     bigint
);
create index payment_methods_tenant_customer on payment_methods (tenant_id, customer_id, seq);

-- The simulated card processor's vault: what a token does when charged. In
-- production this knowledge lives at the processor, not here.
create table processor_cards (
    token      text primary key,
    tenant_id  text not null references tenants (id),
    behaviour  text not null
);
