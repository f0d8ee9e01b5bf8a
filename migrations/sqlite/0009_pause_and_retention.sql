-- Pausing a subscription's billing (issue 17). A pause starts at the end of a paid
-- period and lasts whole periods: while it is scheduled the subscription is `active`
-- with both columns set (`pause_starts_at` is its `current_period_end`); once it
-- starts the status is `paused` and the current period runs from `pause_starts_at` to
-- `pause_resumes_at`, so the scheduler's usual period-end query finds the resumption
-- (no index of its own). Both null: no pause.
alter table subscriptions add column pause_starts_at bigint;
alter table subscriptions add column pause_resumes_at bigint;

-- A retention offer accepted instead of canceling (issue 17) may give a discount: a
-- percentage off the subscription's next renewals, each renewal using up one period.
-- Both null: no discount.
alter table subscriptions add column discount_percent_off bigint;
alter table subscriptions add column discount_periods_remaining bigint;
