### PaymentMethodsText (da)
## The payment methods pages' texts.

payment-methods-intro = Dit standardkort betaler dine abonnementer og fakturaer.
payment-methods-cards-heading = Dine kort
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } der slutter med { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Kort
# `{ $date }`: the expiry month and year.
payment-methods-expires = Udløber { $date }
payment-methods-default-badge = Standard
payment-methods-awaiting-bank-badge = Ikke bekræftet
payment-methods-awaiting-bank-note = Din bank har endnu ikke bekræftet kortet, så det kan ikke bruges.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Bekræft { $card } hos din bank
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Gør { $card } til standard
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Fjern { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Kortet betaler dit abonnement, så det kan ikke fjernes alene. Hvis du vil udskifte det, skal du først tilføje det nye kort og derefter fjerne dette.
payment-methods-no-cards = Du har endnu ingen gemte kort.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Tilføj kort
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Fjern { $card }?
payment-methods-remove-body = Du kan ikke længere betale med kortet. Hvis du vil bruge det igen, skal du tilføje det igen.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } bliver dit standardkort.
payment-methods-remove-none-left = Du har så ikke flere kort at betale med.
payment-methods-keep-card = Behold kortet
payment-methods-done-card-added = Dit kort er tilføjet.
payment-methods-done-card-added-default = Dit kort er tilføjet og er nu dit standardkort.
payment-methods-done-default-changed = Dit standardkort er ændret.
payment-methods-done-card-removed = Kortet er fjernet.
payment-methods-number-label = Kortnummer
payment-methods-expiry-legend = Udløbsdato
payment-methods-expiry-month-label = Måned (MM)
payment-methods-expiry-year-label = År (ÅÅÅÅ)
payment-methods-cvc-label = Sikkerhedskode (CVC)
payment-methods-cvc-hint = 3 cifre på bagsiden af kortet eller 4 på forsiden for American Express.
# After the label of a required field.
payment-methods-required = (skal udfyldes)
payment-methods-make-default-label = Gør det til mit standardkort
payment-methods-submit-add = Tilføj kortet
payment-methods-back-to-list = Tilbage til betalingsmetoder
payment-methods-kept-details = Kortnummeret og sikkerhedskoden sendes kun til betalingsudbyderen: portalen gemmer eller viser dem aldrig.
payment-methods-challenge-heading = Bekræft hos din bank
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Din bank beder dig bekræfte { $card }, før kortet kan bruges.
