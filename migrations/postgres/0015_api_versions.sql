-- Dated API versions (issue 19, ADR 0015): each tenant is pinned to the version that
-- was current when it was created, and keeps its shapes until it upgrades. Tenants
-- that exist already were made against the first version: they keep it.
alter table tenants add column api_version text not null default '2026-11-01';
