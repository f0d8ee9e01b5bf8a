-- Metadata on every object a merchant creates or owns (issue 19, ADR 0015): the
-- merchant's own key/value pairs (at most 50 keys of 40 characters, values of 500), as
-- a JSON object in text like customers' and prices'. Lists find objects by a key's
-- value (`metadata[key]=value`).
alter table subscriptions add column metadata text not null default '{}';
alter table invoices add column metadata text not null default '{}';
alter table payment_methods add column metadata text not null default '{}';
alter table portal_sessions add column metadata text not null default '{}';
