//! Integration tests: the real server on port 0, real HTTP, a fresh database per
//! test. `PAYLERA_TEST_DATABASE` picks the backend: `sqlite` (default) or a
//! `postgres://…` URL of a server where the tests may create databases.

mod api_keys;
mod billing;
mod card_secrecy;
mod catalog;
mod change_options;
mod cli;
mod configurations;
mod correlation;
mod cross_tenant;
mod customers;
mod dashboard;
mod documents;
mod errors;
mod expand;
mod files;
mod helpers;
mod idempotency;
mod metadata;
mod migrations;
mod observability;
mod outbox;
mod pagination;
mod pause;
mod payment_methods;
mod portal;
mod portal_sessions;
mod production;
mod reference;
mod scopes;
mod secrets_at_rest;
mod tax_ids;
mod tenancy;
mod versions;
mod webhooks;
