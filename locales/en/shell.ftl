### Key (en)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Paylera customer portal
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Skip to main content
shell-footer = Payments and billing by Paylera.
shell-intro-lead = Here you can look after your subscriptions, invoices and payment methods with a business that bills you through Paylera.
shell-intro-how-to-reach = You reach this portal through a secure link from your merchant, the business you buy from: look for a "Manage billing" or "Billing portal" link in their app, website or emails. The link signs you in for a short while; there is no Paylera password to remember.
shell-signed-in-help = When you are done, return to the business you came from. This ends your visit here; to come back, open their billing portal again.
shell-return-to-merchant-button = Return to merchant
shell-link-expired-heading = This link has expired or was already used
shell-link-expired-advice = For your security, each link to this portal works once and only for a short time. Go back to the business and open their billing portal again to get a new link.
shell-link-rate-limited-heading = Too many attempts, try again in a minute
shell-link-rate-limited-advice = We received too many attempts to open this portal. Wait a minute, then reload this page.
shell-link-unavailable-heading = We could not open your billing portal
shell-link-unavailable-advice = Our billing services did not respond. Please reload this page in a few minutes.
# Has the `{ $merchant }` placeholder.
shell-return-to = Return to { $merchant }
shell-not-found-heading = Page not found
shell-not-found-body = We could not find the page you asked for. If you followed a link from a business that bills you, the link may have expired: ask them for a new one.
shell-not-found-home-link = Go to the portal's home page
shell-module-subscription-title = Subscription
shell-module-subscription-description = Change or cancel your plan.
shell-module-payment-methods-title = Payment methods
shell-module-payment-methods-description = Add or replace the card or bank account you pay with.
shell-module-invoices-title = Invoices
shell-module-invoices-description = View and download your past invoices.
shell-module-tax-ids-title = Tax IDs
shell-module-tax-ids-description = Add or remove the tax IDs shown on your invoices.
shell-module-address-title = Billing address
shell-module-address-description = Update the address on your invoices.
