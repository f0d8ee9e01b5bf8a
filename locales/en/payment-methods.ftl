### PaymentMethodsText (en)
## The payment methods pages' texts.

payment-methods-intro = Your default card pays your subscriptions and invoices.
payment-methods-cards-heading = Your cards
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } ending { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Card
# `{ $date }`: the expiry month and year.
payment-methods-expires = Expires { $date }
payment-methods-default-badge = Default
payment-methods-awaiting-bank-badge = Not confirmed
payment-methods-awaiting-bank-note = Your bank has not confirmed this card yet, so it cannot be used.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Confirm { $card } with your bank
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Make { $card } the default
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Remove { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = This card pays for your subscription, so it cannot be removed on its own. To replace it, add the new card first, then remove this one.
payment-methods-no-cards = You have no saved cards yet.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Add a card
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Remove { $card }?
payment-methods-remove-body = You will no longer be able to pay with this card. To use it again, you would have to add it again.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } will become your default card.
payment-methods-remove-none-left = You will have no card left to pay with.
payment-methods-keep-card = Keep this card
payment-methods-done-card-added = Your card was added.
payment-methods-done-card-added-default = Your card was added and is now your default card.
payment-methods-done-default-changed = Your default card was changed.
payment-methods-done-card-removed = The card was removed.
payment-methods-number-label = Card number
payment-methods-expiry-legend = Expiry date
payment-methods-expiry-month-label = Month (MM)
payment-methods-expiry-year-label = Year (YYYY)
payment-methods-cvc-label = Security code (CVC)
payment-methods-cvc-hint = 3 digits on the back of the card, or 4 on the front for American Express.
# After the label of a required field.
payment-methods-required = (required)
payment-methods-make-default-label = Make this my default card
payment-methods-submit-add = Add card
payment-methods-back-to-list = Back to payment methods
payment-methods-kept-details = Your card number and security code go only to the payment processor: this portal never stores or shows them.
payment-methods-challenge-heading = Confirm with your bank
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Your bank asks you to confirm { $card } before it can be used.
