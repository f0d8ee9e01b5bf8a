-- API keys managed from the dashboard (issue 18, point 4): a name for the team, and
-- the end of a rolled key's overlap (the old key keeps working until then beside its
-- successor). Revoked keys keep their row (`revoked_at`), so the list shows them.
alter table api_keys add column name text;
alter table api_keys add column expires_at bigint;
