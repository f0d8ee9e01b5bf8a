-- Idempotency hardening (issue 14). Keys are now scoped to the credential (stored
-- as `sk:<api key id>/<key>` or `ps:<portal session>/<key>`), fingerprints are an
-- HMAC, and stored responses are sealed (encrypted, authenticated). Records from
-- before would be read with another meaning; they only live 24 hours, so they go.
delete from idempotency_keys;

-- The random id of the request holding an in-flight claim. Its heartbeat and its
-- completion only touch the row while the claim is still its own, so a request
-- that stalled past the takeover can never complete a claim a retry took over.
alter table idempotency_keys add column claim text not null default '';
