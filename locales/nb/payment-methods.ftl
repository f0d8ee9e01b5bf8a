### PaymentMethodsText (nb)
## The payment methods pages' texts.

payment-methods-intro = Standardkortet ditt betaler abonnementene og fakturaene dine.
payment-methods-cards-heading = Kortene dine
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } som slutter på { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Kort
# `{ $date }`: the expiry month and year.
payment-methods-expires = Utløper { $date }
payment-methods-default-badge = Standard
payment-methods-awaiting-bank-badge = Ikke bekreftet
payment-methods-awaiting-bank-note = Banken din har ikke bekreftet kortet ennå, så det kan ikke brukes.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Bekreft { $card } hos banken din
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Gjør { $card } til standard
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Fjern { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Kortet betaler abonnementet ditt, så det kan ikke fjernes alene. For å bytte det ut legger du først til det nye kortet og fjerner deretter dette.
payment-methods-no-cards = Du har ingen lagrede kort ennå.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Legg til kort
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Fjerne { $card }?
payment-methods-remove-body = Du kan ikke lenger betale med kortet. Vil du bruke det igjen, må du legge det til på nytt.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } blir standardkortet ditt.
payment-methods-remove-none-left = Du har da ingen kort igjen å betale med.
payment-methods-keep-card = Behold kortet
payment-methods-done-card-added = Kortet ditt er lagt til.
payment-methods-done-card-added-default = Kortet ditt er lagt til og er nå standardkortet ditt.
payment-methods-done-default-changed = Standardkortet ditt er endret.
payment-methods-done-card-removed = Kortet er fjernet.
payment-methods-number-label = Kortnummer
payment-methods-expiry-legend = Utløpsdato
payment-methods-expiry-month-label = Måned (MM)
payment-methods-expiry-year-label = År (ÅÅÅÅ)
payment-methods-cvc-label = Sikkerhetskode (CVC)
payment-methods-cvc-hint = 3 sifre på baksiden av kortet, eller 4 på forsiden for American Express.
# After the label of a required field.
payment-methods-required = (obligatorisk)
payment-methods-make-default-label = Gjør det til standardkortet mitt
payment-methods-submit-add = Legg til kortet
payment-methods-back-to-list = Tilbake til betalingsmåter
payment-methods-kept-details = Kortnummeret og sikkerhetskoden sendes bare til betalingsleverandøren: portalen lagrer eller viser dem aldri.
payment-methods-challenge-heading = Bekreft hos banken din
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Banken din ber deg bekrefte { $card } før kortet kan brukes.
