-- Foundation schema (SQLite dialect; migrations/postgres holds the same shape).
--
-- Conventions: every tenant-owned table carries `tenant_id` and every query
-- filters on it; object ids are prefixed text (`cus_…`); `seq` is an internal,
-- monotonically increasing row number that gives lists a stable order and cursors
-- something cheap to compare; times are unix seconds (UTC) in `bigint`; JSON is
-- stored as text so both backends read it through the same code.

-- Merchant accounts.
create table tenants (
    id          text primary key,
    name        text not null,
    created     bigint not null
);

-- Secret API keys. Only a SHA-256 hash of the secret is kept: the secret has 256
-- random bits, so a fast hash is enough and lookups stay a single index probe.
create table api_keys (
    id          text primary key,
    tenant_id   text not null references tenants (id),
    key_hash    text not null unique,
    -- what the dashboard may show: `sk_test_…` plus the last four characters
    key_hint    text not null,
    created     bigint not null,
    revoked_at  bigint
);
create index api_keys_tenant on api_keys (tenant_id);

-- End customers of a tenant.
create table customers (
    seq         integer primary key autoincrement,
    id          text not null unique,
    tenant_id   text not null references tenants (id),
    email       text,
    name        text,
    created     bigint not null
);
create index customers_tenant_seq on customers (tenant_id, seq);
create index customers_tenant_email on customers (tenant_id, lower(email));

-- The catalog: products and their prices (amounts in integer minor units).
create table products (
    seq         integer primary key autoincrement,
    id          text not null unique,
    tenant_id   text not null references tenants (id),
    name        text not null,
    description text,
    active      boolean not null,
    created     bigint not null
);
create index products_tenant_seq on products (tenant_id, seq);

create table prices (
    seq                      integer primary key autoincrement,
    id                       text not null unique,
    tenant_id                text not null references tenants (id),
    product_id               text not null references products (id),
    currency                 text not null,
    unit_amount              bigint not null check (unit_amount >= 0),
    recurring_interval       text not null check (recurring_interval in ('day', 'week', 'month', 'year')),
    recurring_interval_count bigint not null check (recurring_interval_count > 0),
    active                   boolean not null,
    created                  bigint not null
);
create index prices_tenant_seq on prices (tenant_id, seq);

-- The outbox: one row per change, written in the same transaction as the change.
create table events (
    seq             integer primary key autoincrement,
    id              text not null unique,
    tenant_id       text not null references tenants (id),
    type            text not null,
    created         bigint not null,
    -- `{"object":…,"previous_attributes":…}`
    data            text not null,
    -- `api`, `portal` or `system`
    source          text not null,
    portal_session  text,
    request_id      text,
    idempotency_key text
);
create index events_tenant_seq on events (tenant_id, seq);
create index events_tenant_type on events (tenant_id, type, seq);

-- Idempotency records for POST requests, one per (tenant, key). `state` is
-- `in_flight` while the first request runs and `complete` once its response is
-- stored. Rows older than the retention window are pruned.
create table idempotency_keys (
    tenant_id             text not null references tenants (id),
    key                   text not null,
    -- SHA-256 of method, path and body: the "same request" test
    fingerprint           text not null,
    state                 text not null check (state in ('in_flight', 'complete')),
    response_status       bigint,
    response_content_type text,
    response_body         text,
    created               bigint not null,
    locked_at             bigint not null,
    primary key (tenant_id, key)
);
create index idempotency_keys_created on idempotency_keys (created);
