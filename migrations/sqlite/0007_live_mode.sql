-- Live and test mode (issue 14). Every tenant has a test key (`sk_test_…`) and a
-- live key (`sk_live_…`). Test mode alone may use loopback `http` return URLs and,
-- when the operator allows it, private webhook targets; live mode is `https` to
-- public addresses only. Keys and webhook endpoints remember their mode (0 test,
-- 1 live); what existed before was made with test keys.
alter table api_keys add column livemode bigint not null default 0;
alter table webhook_endpoints add column livemode bigint not null default 0;
