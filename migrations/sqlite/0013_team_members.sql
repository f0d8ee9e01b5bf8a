-- The merchant dashboard's team members (issue 18, ADR 0014): who may sign in to a
-- tenant's dashboard, with which role. Passwords are argon2id hashes (PHC strings);
-- TOTP secrets are sealed (XChaCha20-Poly1305, as webhook secrets); the failure counter
-- and the lock live here so that a lockout holds on every instance. An email belongs to
-- one member (one tenant) for now.
create table team_members (
    seq             integer primary key autoincrement,
    id              text not null unique,
    tenant_id       text not null references tenants (id),
    email           text not null unique,
    name            text,
    role            text not null,
    password_hash   text not null,
    totp_secret     text,
    totp_pending    text,
    totp_last_step  bigint,
    failed_attempts bigint not null default 0,
    locked_until    bigint,
    created         bigint not null,
    last_sign_in    bigint
);
create index team_members_tenant on team_members (tenant_id, seq);

-- Invitations: only the SHA-256 of the token is kept; accepting one is single use.
create table team_invitations (
    seq         integer primary key autoincrement,
    id          text not null unique,
    tenant_id   text not null references tenants (id),
    email       text not null,
    role        text not null,
    token_hash  text not null unique,
    invited_by  text not null,
    expires_at  bigint not null,
    accepted_at bigint,
    created     bigint not null
);
create index team_invitations_tenant on team_invitations (tenant_id, seq);

-- Signed-in sessions: only the SHA-256 of the bearer token is kept; each use moves
-- expires_at on (idle timeout), never past absolute_expires_at.
create table dashboard_sessions (
    seq                 integer primary key autoincrement,
    id                  text not null unique,
    tenant_id           text not null references tenants (id),
    member_id           text not null references team_members (id),
    token_hash          text not null unique,
    created             bigint not null,
    expires_at          bigint not null,
    absolute_expires_at bigint not null,
    ended_at            bigint
);
create index dashboard_sessions_member on dashboard_sessions (member_id, seq);
