-- Portal sessions (issue 5): a tenant's portal configuration, the sessions merchants
-- create for their customers, and the actions taken in each session.

-- "Settings → Customer portal": one JSON document per tenant (domain::portal::features).
create table portal_configurations (
    tenant_id     text primary key references tenants (id),
    configuration text not null,
    updated       bigint not null
);

create table portal_sessions (
    seq                integer primary key autoincrement,
    id                 text not null unique,
    tenant_id          text not null references tenants (id),
    customer_id        text not null references customers (id),
    -- SHA-256 of the single-use link secret; the secret itself is never stored
    link_hash          text not null unique,
    -- created | opened | completed | expired | revoked
    status             text not null,
    return_url         text not null,
    locale             text not null,
    -- the effective configuration (tenant's, with this session's overrides)
    configuration      text not null,
    -- an optional deep-link flow (JSON) or null
    flow               text,
    created            bigint not null,
    link_expires_at    bigint not null,
    opened_at          bigint,
    last_activity_at   bigint not null,
    ended_at           bigint,
    -- 1 once portal.session.completed was emitted (exactly once per session)
    completion_emitted bigint not null default 0
);
create index portal_sessions_tenant on portal_sessions (tenant_id, seq);
create index portal_sessions_live on portal_sessions (status, last_activity_at);

-- What the customer did in a session, for the completion summary.
create table portal_session_actions (
    seq        integer primary key autoincrement,
    tenant_id  text not null references tenants (id),
    session_id text not null references portal_sessions (id),
    kind       text not null,
    object_id  text not null,
    at         bigint not null,
    changes    text not null
);
create index portal_session_actions_session on portal_session_actions (session_id, seq);

-- Exchange attempts per client, for rate limiting (pruned as they age).
create table portal_exchange_attempts (
    seq       integer primary key autoincrement,
    client    text not null,
    at        bigint not null
);
create index portal_exchange_attempts_client on portal_exchange_attempts (client, at);
