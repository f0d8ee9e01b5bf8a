### ProblemText (en)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Your session has ended. Go back to the merchant and open the billing portal again.
problem-csrf-failed = This page was open for too long to be submitted safely. Reload the page and try again.
problem-service-unavailable = Billing services are not responding right now. Nothing was changed; please try again in a minute.
problem-not-allowed = This action is not available in your billing portal.
problem-rate-limited = Too many attempts in a short time. Wait a minute, then try again.
problem-not-found = We could not find this item. It may have been removed; reload the page.
problem-required = This field is required.
problem-invalid-value = This value is not valid. Check it and try again.
problem-invalid-country = Choose a country from the list.
problem-invalid-postal-code = This postal code is not valid for the country you chose.
problem-invalid-state = Choose a state, province or region that exists in the country you chose.
problem-tax-id-type-unsupported = This type of tax ID is not supported. Choose another type.
problem-tax-id-invalid = This tax ID does not have the right format for its type. Check the example under the field.
problem-tax-id-checksum-invalid = This tax ID has a typo: its check digits do not match. Check each character.
problem-tax-id-limit-reached = You have reached the maximum number of tax IDs. Remove one before adding another.
problem-already-exists = You have already added this.
problem-incorrect-number = This card number is not valid. Check the digits and try again.
problem-invalid-expiry-month = The expiry month must be between 01 and 12.
problem-invalid-expiry-year = The expiry year is not valid.
problem-expired-card = This card has expired. Use another card.
problem-invalid-cvc = The security code is not valid: it is the 3 digits on the back of the card (4 on the front for American Express).
problem-card-declined = Your card was declined. Use another card or contact your bank.
problem-insufficient-funds = Your card has insufficient funds. Use another card or contact your bank.
problem-authentication-required = Your bank asks you to confirm this card before it can be used.
problem-authentication-failed = Your bank could not confirm this card. Try again or use another card.
problem-last-payment-method = This is the only payment method for your active subscription. Add another card first, then remove this one.
problem-payment-method-missing = Add a payment method first.
problem-invoice-not-payable = This invoice cannot be paid now: it may already be paid or voided. Reload the page.
problem-subscription-canceled = This subscription has ended and can no longer be changed.
problem-generic = Something went wrong and nothing was changed. Please try again.
