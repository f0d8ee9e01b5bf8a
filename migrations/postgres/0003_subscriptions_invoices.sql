-- The billing engine (issue 4): merchant billing settings, test clocks,
-- subscriptions, invoices with their lines, payment attempts and metered usage.
-- Same text in both dialects except for identity columns. Flags are bigint 0/1
-- (sqlx's Any driver reads them alike on both backends).

-- One row per tenant: how its billing behaves and its invoice number sequence.
create table billing_settings (
    tenant_id                        text primary key references tenants (id),
    -- `immediately` (credit now) or `at_period_end`
    downgrade_behavior               text not null default 'at_period_end',
    -- when dunning is exhausted: `cancel` or `mark_unpaid`
    dunning_final_action             text not null default 'cancel',
    -- retry open invoices when a new default card is set (0/1)
    retry_on_new_default             bigint not null default 1,
    -- allow detaching the last card of a customer with a live subscription (0/1)
    allow_detach_last_payment_method bigint not null default 0,
    -- `DEMO` in `DEMO-0042`
    invoice_prefix                   text not null,
    -- the next invoice number; taken and incremented inside the finalising transaction,
    -- so numbers are gapless
    next_invoice_number              bigint not null default 1
);

-- Test clocks: a frozen time that customers attached to it live in.
create table test_clocks (
    seq         bigint generated always as identity primary key,
    id          text not null unique,
    tenant_id   text not null references tenants (id),
    name        text,
    frozen_time bigint not null,
    created     bigint not null
);
create index test_clocks_tenant on test_clocks (tenant_id, seq);

alter table customers add column test_clock text references test_clocks (id);
-- credit the customer has with the merchant (minor units, ≥ 0), applied to the next invoices
alter table customers add column credit_balance bigint not null default 0;

-- `licensed` (quantity × amount) or `metered` (reported usage × amount, in arrears)
alter table prices add column usage_type text not null default 'licensed';

create table subscriptions (
    seq                    bigint generated always as identity primary key,
    id                     text not null unique,
    tenant_id              text not null references tenants (id),
    customer_id            text not null references customers (id),
    price_id               text not null references prices (id),
    quantity               bigint not null check (quantity > 0),
    -- trialing | active | past_due | unpaid | canceled
    status                 text not null,
    current_period_start   bigint not null,
    current_period_end     bigint not null,
    -- day of month renewals keep (clamped to short months)
    anchor_day             bigint not null,
    trial_start            bigint,
    trial_end              bigint,
    cancel_at_period_end   bigint not null default 0,
    canceled_at            bigint,
    ended_at               bigint,
    cancellation_reason    text,
    cancellation_comment   text,
    -- a downgrade scheduled for the period end
    pending_price_id       text references prices (id),
    pending_quantity       bigint,
    latest_invoice_id      text,
    created                bigint not null
);
create index subscriptions_tenant_customer on subscriptions (tenant_id, customer_id, seq);
create index subscriptions_due on subscriptions (status, current_period_end);

create table invoices (
    seq                  bigint generated always as identity primary key,
    id                   text not null unique,
    tenant_id            text not null references tenants (id),
    customer_id          text not null references customers (id),
    subscription_id      text references subscriptions (id),
    -- assigned when finalised; null while draft
    number               text,
    -- draft | open | paid | void | uncollectible
    status               text not null,
    -- subscription_create | subscription_cycle | subscription_update | manual
    billing_reason       text not null,
    currency             text not null,
    subtotal             bigint not null,
    tax                  bigint not null,
    total                bigint not null,
    credit_applied       bigint not null,
    amount_due           bigint not null,
    amount_paid          bigint not null,
    amount_remaining     bigint not null,
    period_start         bigint not null,
    period_end           bigint not null,
    -- name, email, address and tax IDs as they were when the invoice was finalised
    customer_snapshot    text not null,
    attempt_count        bigint not null default 0,
    first_failed_at      bigint,
    next_payment_attempt bigint,
    created              bigint not null,
    finalized_at         bigint,
    paid_at              bigint,
    voided_at            bigint,
    unique (tenant_id, number)
);
create index invoices_tenant_customer on invoices (tenant_id, customer_id, seq);
create index invoices_retry on invoices (status, next_payment_attempt);

create table invoice_lines (
    seq          bigint generated always as identity primary key,
    id           text not null unique,
    tenant_id    text not null references tenants (id),
    invoice_id   text not null references invoices (id),
    description  text not null,
    -- signed: credits are negative
    amount       bigint not null,
    quantity     bigint not null,
    unit_amount  bigint not null,
    price_id     text,
    proration    bigint not null default 0,
    period_start bigint not null,
    period_end   bigint not null
);
create index invoice_lines_invoice on invoice_lines (invoice_id, seq);

-- Every attempt to collect an invoice, with its outcome.
create table payment_attempts (
    seq               bigint generated always as identity primary key,
    id                text not null unique,
    tenant_id         text not null references tenants (id),
    invoice_id        text not null references invoices (id),
    payment_method_id text,
    amount            bigint not null,
    -- succeeded | failed | requires_action | canceled
    status            text not null,
    decline_code      text,
    failure_message   text,
    created           bigint not null
);
create index payment_attempts_invoice on payment_attempts (tenant_id, invoice_id, seq);

-- Reported usage of metered prices; one row per (subscription, timestamp, key).
create table usage_records (
    seq             bigint generated always as identity primary key,
    id              text not null unique,
    tenant_id       text not null references tenants (id),
    subscription_id text not null references subscriptions (id),
    quantity        bigint not null,
    -- `increment` or `set`
    action          text not null,
    timestamp       bigint not null,
    record_key      text not null,
    created         bigint not null,
    unique (subscription_id, timestamp, record_key)
);
create index usage_records_period on usage_records (subscription_id, timestamp);

-- Tenants created before this migration get default settings.
insert into billing_settings (tenant_id, invoice_prefix) select id, 'INV' from tenants;
