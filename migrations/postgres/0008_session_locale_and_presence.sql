-- The customer's language, chosen where the customer is (issue 17). A session keeps
-- the locale the merchant asked for (`locale_requested`; null: `auto`) beside the
-- locale in use (`locale`): an `auto` session is resolved again when its link is
-- opened, with the customer's own browser's `Accept-Language`, and the customer's
-- choice in the portal's language switcher sets both. Sessions created before keep
-- the locale they were given (null: they were all `auto` or resolved already).
alter table portal_sessions add column locale_requested text;

-- Completion when the customer leaves (issue 17): each signed-in page tells when it is
-- shown and when it is hidden (`pageshow` / `pagehide`, with its render time in
-- milliseconds as `page`). A hide that no later page followed ends the session a few
-- seconds after (`leaving_at`); the pages' own times order the two messages, which may
-- reach the API in either order.
alter table portal_sessions add column leaving_at bigint;
alter table portal_sessions add column leaving_page bigint;
alter table portal_sessions add column present_page bigint;
create index portal_sessions_leaving on portal_sessions (leaving_at) where leaving_at is not null;
