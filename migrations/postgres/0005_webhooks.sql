-- Webhooks (issue 7): the merchant's endpoints, one delivery per (event, endpoint)
-- — the dispatcher's work queue — and the log of every HTTP attempt.
-- Same text in both dialects except for identity columns. Flags are bigint 0/1.

-- The outbox gains a fan-out flag: 1 while the event still has to be turned into
-- deliveries. New events get 1 from the default (store::events::record does not
-- know about webhooks); events older than this migration predate every endpoint.
alter table events add column webhooks_pending bigint not null default 1;
update events set webhooks_pending = 0;
create index events_webhooks_pending on events (seq) where webhooks_pending = 1;

create table webhook_endpoints (
    seq                        bigint generated always as identity primary key,
    id                         text not null unique,
    tenant_id                  text not null references tenants (id),
    url                        text not null,
    description                text,
    -- JSON array of event types, or ["*"]
    enabled_events             text not null,
    -- enabled | disabled
    status                     text not null,
    -- manual | gone (410) | failing (the whole retry window failed); null when enabled
    disabled_reason            text,
    disabled_message           text,
    -- The signing secret (`whsec_…`). HMAC needs the raw key, so it is stored as is;
    -- it is returned once, never logged (see docs/adr/0007-webhook-delivery.md).
    secret                     text not null,
    -- a rotated-out secret that still signs until previous_secret_expires_at
    previous_secret            text,
    previous_secret_expires_at bigint,
    -- when the current run of failures began (null after any success): an endpoint
    -- failing since before a delivery that exhausted its retries is disabled
    failing_since              bigint,
    created                    bigint not null,
    deleted_at                 bigint
);
create index webhook_endpoints_tenant on webhook_endpoints (tenant_id, seq);

-- One row per event and endpoint. The dispatcher claims due rows by moving
-- next_attempt_at forward by a lease and stamping `claim`; a dispatcher that dies
-- mid-request leaves the row due again when the lease ends (at-least-once).
create table webhook_deliveries (
    seq             bigint generated always as identity primary key,
    tenant_id       text not null references tenants (id),
    -- an `events` id; no foreign key, so the outbox can be pruned (or rebuilt)
    -- without touching the deliveries and their log
    event_id        text not null,
    endpoint_id     text not null references webhook_endpoints (id),
    -- pending | succeeded | failed | canceled (its endpoint was deleted)
    status          text not null,
    -- attempts made so far (the retry schedule's position)
    attempts        bigint not null default 0,
    -- due time while pending (a claim's lease end while claimed)
    next_attempt_at bigint not null,
    -- the random token of the dispatcher holding the row, or null
    claim           text,
    -- when the delivery (or its manual resend) started: the retry window's start
    created         bigint not null,
    last_attempt_at bigint,
    unique (event_id, endpoint_id)
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_endpoint on webhook_deliveries (endpoint_id, seq);
-- an endpoint's due deliveries, oldest first (claims are per endpoint, for fairness)
create index webhook_deliveries_endpoint_due on webhook_deliveries (endpoint_id, next_attempt_at) where status = 'pending';

-- The delivery log: every HTTP attempt with its outcome.
create table webhook_attempts (
    seq           bigint generated always as identity primary key,
    id            text not null unique,
    tenant_id     text not null references tenants (id),
    -- an `events` id (no foreign key, as above)
    event_id      text not null,
    endpoint_id   text not null references webhook_endpoints (id),
    attempted_at  bigint not null,
    -- null when there was no response (timeout, connection error, refused target)
    status_code   bigint,
    error         text,
    latency_ms    bigint not null,
    -- the first 1 KiB of the response body
    response_body text,
    success       bigint not null
);
create index webhook_attempts_endpoint on webhook_attempts (tenant_id, endpoint_id, seq);
create index webhook_attempts_event on webhook_attempts (event_id, endpoint_id);
