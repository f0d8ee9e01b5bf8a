### DashboardText (en)
## The merchant dashboard: sign-in, navigation, "Settings → Customer portal".
## Read by a merchant's team, not by customers. Spoken in en, fr, de, es and ja.

dashboard-product = Paylera Dashboard
dashboard-skip-link = Skip to content
dashboard-nav-label = Dashboard
dashboard-nav-home = Home
dashboard-nav-portal-settings = Customer portal
dashboard-test-mode = Test mode
dashboard-test-mode-hint = Changes made here use your test data; live data needs a live API key.
dashboard-sign-out = Sign out
dashboard-language-label = Language
dashboard-language-apply = Change
dashboard-role-owner = Owner
dashboard-role-admin = Administrator
dashboard-role-viewer = Viewer
dashboard-back-home = Back to the dashboard
dashboard-not-found-heading = Page not found
dashboard-not-found-text = There is nothing at this address. Check the link, or start again from the dashboard.
dashboard-forbidden-heading = Not allowed
dashboard-forbidden-text = Your role does not allow this. Ask an owner of your team.
dashboard-unavailable-heading = Something went wrong
dashboard-unavailable-text = The dashboard could not reach Paylera just now. Nothing was changed. Try again in a moment.
dashboard-form-refused-heading = This form could not be sent
dashboard-form-refused-text = The form did not come from this dashboard's own page, or the page is too old. Go back, reload the page and try again.
dashboard-form-too-large = The form was too large to be read. Nothing was changed.
dashboard-sign-in-heading = Sign in
dashboard-sign-in-help = Don't have an account? Ask an owner of your team for an invitation.
dashboard-email-label = Email
dashboard-password-label = Password
dashboard-totp-label = Authentication code
dashboard-totp-hint = The 6-digit code from your authenticator app.
dashboard-sign-in-button = Sign in
dashboard-sign-in-failed = The email or the password is not right.
dashboard-account-locked = Too many failed attempts: this account is locked for 15 minutes. Try again later.
dashboard-totp-required = Enter your password again with the code from your authenticator app.
dashboard-totp-invalid = That code is not right, or was already used. Enter your password and a new code.
dashboard-session-ended = Your session ended. Sign in again to continue.
dashboard-signed-out = You are signed out.
dashboard-invitation-heading = Join your team
dashboard-invitation-lead = Choose a password to join your team on the Paylera Dashboard.
dashboard-your-name-label = Your name (optional)
dashboard-new-password-label = Password
dashboard-new-password-hint = At least 12 characters. Long passphrases are best; common or leaked passwords are refused.
dashboard-accept-invitation = Join the team
dashboard-password-too-weak = This password is too easy to guess. Choose a longer one that you do not use anywhere else.
dashboard-invitation-invalid = This invitation is not valid: it was already used, it expired, or the link is incomplete. Ask an owner of your team for a new one.
# `{ $name }` is the team member's name, or their email.
dashboard-home-greeting = Welcome, { $name }
# `{ $business }` is the merchant's business name; `{ $role }` a role ("Owner").
dashboard-home-lead = You are signed in to { $business } as { $role }.
dashboard-home-portal-settings = Choose what your customers can do in the customer portal, and how it looks.
dashboard-portal-settings-lead = Choose what your customers can do in the portal and how it looks. The preview shows each change before you save it.
dashboard-configurations-heading = Configurations
dashboard-default-badge = Default
# `{ $id }` is the configuration's id ("bpc_…"), for the API.
dashboard-configuration-id-hint = To use this configuration for a portal session, pass "configuration": "{ $id }" when you create the session.
dashboard-new-configuration-name = Name of a new configuration
dashboard-new-configuration = Create configuration
dashboard-viewer-note = As a viewer, you can see these settings but not change them.
dashboard-saved = Your changes are saved. New portal sessions use them.
dashboard-form-has-problems = Some settings could not be saved. Check the messages below.
dashboard-number-expected = Enter a whole number.
dashboard-name-label = Name (only your team sees it)
dashboard-group-subscriptions = Subscriptions
dashboard-switch-update = Customers can change their plan
dashboard-switch-update-hint = Upgrade, downgrade, or change the quantity.
dashboard-switch-downgrades = Show downgrades
dashboard-switch-downgrades-hint = When off, customers only see plans that cost more.
dashboard-allowed-prices-label = Plans customers can switch to
dashboard-allowed-prices-hint = Leave all unchecked to offer every active plan.
dashboard-switch-pause = Customers can pause their subscription
dashboard-switch-pause-hint = Billing stops from the end of the paid period and resumes by itself.
dashboard-pause-max-label = Longest pause, in billing periods (1–12)
dashboard-group-cancellation = Cancellation
dashboard-switch-cancel = Customers can cancel
dashboard-switch-cancel-hint = They can also reactivate until the end of the period.
dashboard-cancel-mode-label = When a cancellation takes effect
dashboard-cancel-at-period-end = At the end of the billing period
dashboard-cancel-immediately = Immediately
dashboard-switch-reasons = Ask why they cancel
dashboard-switch-reasons-hint = Customers pick one of the reasons checked below.
dashboard-reasons-caption = Reasons offered, and what you offer instead of canceling
dashboard-reason-column = Reason
dashboard-offer-column = Offer
dashboard-percent-column = % off
dashboard-periods-column = Periods
dashboard-offer-none = No offer
dashboard-offer-discount = A discount
dashboard-offer-pause = A pause
# `{ $reason }` is a cancellation reason ("It's too expensive").
dashboard-offer-for = Offer for “{ $reason }”
dashboard-percent-for = Percentage off for “{ $reason }”
dashboard-periods-for = Number of periods for “{ $reason }”
dashboard-group-billing = Payment methods, invoices and billing details
dashboard-switch-cards = Customers can manage payment methods
dashboard-switch-cards-hint = Add cards, remove them, and choose the default.
dashboard-switch-invoices = Customers can see their invoices
dashboard-switch-invoices-hint = List invoices, download PDFs and pay failed ones.
dashboard-switch-tax-ids = Customers can manage tax IDs
dashboard-switch-tax-ids-hint = Add and remove tax registration numbers.
dashboard-switch-address = Customers can update their billing address
dashboard-switch-address-hint = The address printed on their next invoices.
dashboard-group-branding = Business and branding
dashboard-business-name-label = Business name (empty: your account's name)
dashboard-headline-label = Headline
dashboard-logo-url-label = Logo URL (https)
dashboard-accent-label = Accent colour
# `{ $ratio }` is a contrast ratio ("4.5").
dashboard-contrast-ok = Contrast with the page: { $ratio }:1. Buttons and links stay easy to see.
dashboard-contrast-low = Contrast with the page: only { $ratio }:1. Buttons and links need at least 3:1 to be easy to see; choose a darker colour.
dashboard-privacy-label = Privacy policy URL (https)
dashboard-terms-label = Terms of service URL (https)
dashboard-group-return = Return and language
dashboard-return-url-label = Default return URL
dashboard-origins-label = Allowed return origins
dashboard-origins-hint = One per line, such as https://shop.example. When set, a session's return URL must start with one of them.
dashboard-default-locale-label = Default language
dashboard-default-locale-auto = The customer's browser decides
dashboard-save = Save changes
dashboard-preview-button = Update the preview
dashboard-preview-heading = Preview
dashboard-preview-hint = The portal as your customers will see it, with sample data.
dashboard-history-heading = History
dashboard-history-empty = No change yet.
dashboard-history-when = When
dashboard-history-who = Who
dashboard-history-what = What changed

## Webhooks and API keys.
dashboard-nav-webhooks = Webhooks
dashboard-nav-api-keys = API keys
dashboard-secret-once-hint = Copy it now and keep it somewhere safe: it is shown only once, and only its hash is stored.
dashboard-webhooks-lead = Paylera sends an event to each endpoint for every change, signed with the endpoint's secret (Standard Webhooks).
dashboard-add-endpoint-heading = Add an endpoint
dashboard-endpoint-url-label = Endpoint URL
dashboard-endpoint-description-label = Description
dashboard-endpoint-all-events = The endpoint receives every event type.
dashboard-add-endpoint = Add endpoint
dashboard-status-column = Status
dashboard-events-column = Events
dashboard-endpoint-enabled = Enabled
dashboard-endpoint-disabled = Disabled
dashboard-endpoint-id-label = Endpoint ID
dashboard-back-to-webhooks = All endpoints
dashboard-signing-secret-new = The endpoint's signing secret
dashboard-signing-secret-rotated = The endpoint's new signing secret
# `{ $event }` is an event id ("evt_…").
dashboard-test-event-sent = A test event ({ $event }) is on its way to this endpoint. It appears in the delivery log below once it has been attempted.
# `{ $event }` is an event id ("evt_…").
dashboard-event-resent = The event { $event } is sent again now.
# `{ $when }` is a date and time.
dashboard-previous-secret-until = The previous secret also signs deliveries until { $when }.
dashboard-send-test-event = Send test event
dashboard-overlap-label = Old secret keeps working
dashboard-overlap-none = Not at all
dashboard-overlap-hour = For an hour
dashboard-overlap-day = For a day
dashboard-overlap-week = For a week
dashboard-rotate-secret = Rotate secret
dashboard-delivery-log = Delivery log
dashboard-event-column = Event
dashboard-result-column = Result
dashboard-latency-column = Time taken
dashboard-actions-column = Actions
dashboard-attempt-succeeded = Delivered
dashboard-attempt-failed = Failed
# `{ $event }` is an event id ("evt_…").
dashboard-resend-event = Resend { $event }
dashboard-api-keys-lead = Secret keys let your servers call the Paylera API. Roll a key to replace it without downtime; revoke it if it may have leaked.
# `{ $name }` is the key's name or its hint.
dashboard-key-created = The secret of the new key { $name }
# `{ $name }` is the key's name or its hint.
dashboard-key-rolled = The secret of { $name }, which replaces the rolled key
dashboard-key-revoked = The key is revoked: requests made with it are refused from now on.
# `{ $when }` is a date and time.
dashboard-key-revoked-at = Revoked on { $when }
# `{ $when }` is a date and time.
dashboard-key-expires-at = Stops working on { $when }
dashboard-mode-test = Test
dashboard-mode-live = Live
# `{ $name }` is the key's name or its hint.
dashboard-roll-key = Roll { $name }
# `{ $name }` is the key's name or its hint.
dashboard-revoke-key = Revoke { $name }
dashboard-new-key-heading = Create a key
dashboard-key-name-label = Name
dashboard-key-mode-label = Mode
dashboard-create-key = Create key
dashboard-key-hint-column = Key
dashboard-key-created-column = Created
dashboard-key-ends-column = Ends

## Customers, portal sessions and events.
dashboard-nav-customers = Customers
dashboard-nav-portal-sessions = Portal sessions
dashboard-nav-events = Events
dashboard-customers-lead = Find a customer by email address or customer ID to see their billing, and open the portal as them to help.
dashboard-customer-search-label = Email or customer ID
dashboard-customer-search = Search
dashboard-customers-none = No customer matches.
dashboard-name-column = Name
dashboard-email-column = Email
dashboard-created-column = Created
dashboard-customer-id-label = Customer ID
dashboard-billing-address-label = Billing address
dashboard-credit-balance-label = Credit balance
dashboard-all-customers = All customers
dashboard-open-portal-heading = Open the portal as this customer
dashboard-open-portal-lead = Creates a portal session for this customer, as your server would, with your default configuration. What you change there is recorded as done in that session.
dashboard-open-portal = Open portal as this customer
# `{ $name }` is the customer's name or email.
dashboard-portal-link-ready = A portal session for { $name } is ready
dashboard-open-portal-link = Open the portal
dashboard-portal-link-hint = The link works once, within 60 minutes, and acts as this customer: do not share it.
dashboard-none-yet = None yet.
dashboard-subscriptions-heading = Subscriptions
dashboard-plan-column = Plan
dashboard-period-end-column = Current period ends
dashboard-invoices-heading = Invoices
dashboard-number-column = Number
dashboard-total-column = Total
dashboard-payment-methods-heading = Payment methods
dashboard-card-column = Card
dashboard-expires-column = Expires
dashboard-tax-ids-heading = Tax IDs
dashboard-type-column = Type
dashboard-value-column = Value
dashboard-next-page = Next page
dashboard-sessions-lead = The portal sessions created for your customers, newest first, with what each customer did in them.
dashboard-all-statuses = All statuses
dashboard-filter = Filter
dashboard-customer-column = Customer
dashboard-session-actions-column = What the customer did
dashboard-session-id-column = Session ID
dashboard-no-actions = Nothing changed
dashboard-session-actions-details = Each change
dashboard-session-created = Not opened yet
dashboard-session-opened = Open
dashboard-session-completed = Completed
dashboard-session-expired = Expired
dashboard-session-revoked = Revoked
dashboard-events-lead = Every change in your account, newest first, as your webhook endpoints receive it.
dashboard-event-type-label = Event type
dashboard-all-types = All types
dashboard-source-column = Source
dashboard-all-events = All events
dashboard-event-id-label = Event ID
dashboard-event-payload-heading = Payload
dashboard-source-portal = Customer portal
dashboard-source-system = Paylera
dashboard-source-api = API

## The team and two-step sign-in.
dashboard-nav-team = Team
dashboard-team-lead = The people who can sign in to this dashboard, and what each of them may do.
dashboard-role-column = Role
dashboard-two-step-column = Two-step sign-in
dashboard-last-sign-in-column = Last signed in
dashboard-never = Never
dashboard-on = On
dashboard-off = Off
dashboard-invite-heading = Invite someone
dashboard-invite-lead = You get a link to send them yourself: it works once, for 7 days, and lets them choose their password.
dashboard-role-hint = Viewers only look. Administrators also change settings, webhooks and API keys. Owners also manage the team.
dashboard-invite = Create invitation link
# `{ $email }` is the invited person's email.
dashboard-invitation-link-label = The invitation link for { $email }
dashboard-totp-heading = Your two-step sign-in
dashboard-totp-off-lead = Ask for a code from an authenticator app each time you sign in, as well as your password.
dashboard-totp-on-lead = Two-step sign-in is on: signing in asks for a code from your authenticator app.
dashboard-totp-begin = Set up two-step sign-in
dashboard-totp-scan-lead = Add this key to your authenticator app (or open the link on a phone that has one), then enter the 6-digit code the app shows.
dashboard-totp-secret-label = Your authenticator app's key
dashboard-totp-uri-link = Open in an authenticator app
dashboard-totp-confirm = Turn on two-step sign-in
dashboard-totp-enabled = Two-step sign-in is on. Next time you sign in, have your authenticator app ready.

## The logo upload.
dashboard-logo-file-label = Logo image
dashboard-logo-hint = A PNG or JPEG of at most 128 KB and 2,048 pixels a side. Once uploaded, it is shown instead of the logo URL.
dashboard-upload-logo = Upload logo
dashboard-remove-logo = Remove logo
dashboard-logo-missing = Choose an image to upload first.
dashboard-current-logo = Your current logo

## Managing the team (owners).
# `{ $email }` is the member's email.
dashboard-role-of = Role of { $email }
dashboard-change-role = Change role
dashboard-remove-member = Remove from the team…
# `{ $email }` is the member's email.
dashboard-remove-confirm = Remove { $email } now
# `{ $email }` is the member's email, `{ $role }` their new role's name.
dashboard-member-role-changed = The role of { $email } is now: { $role }. It applies from their next click.
# `{ $email }` is the removed member's email.
dashboard-member-removed = { $email } was removed from the team and signed out everywhere.
