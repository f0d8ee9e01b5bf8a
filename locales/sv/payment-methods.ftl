### PaymentMethodsText (sv)
## The payment methods pages' texts.

payment-methods-intro = Ditt standardkort betalar dina prenumerationer och fakturor.
payment-methods-cards-heading = Dina kort
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } som slutar på { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Kort
# `{ $date }`: the expiry month and year.
payment-methods-expires = Går ut { $date }
payment-methods-default-badge = Standard
payment-methods-awaiting-bank-badge = Inte bekräftat
payment-methods-awaiting-bank-note = Din bank har inte bekräftat kortet än, så det kan inte användas.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Bekräfta { $card } hos din bank
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Gör { $card } till standard
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Ta bort { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Kortet betalar din prenumeration, så det kan inte tas bort ensamt. Om du vill byta ut det lägger du först till det nya kortet och tar sedan bort det här.
payment-methods-no-cards = Du har inga sparade kort än.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Lägg till kort
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Ta bort { $card }?
payment-methods-remove-body = Du kan inte längre betala med kortet. Om du vill använda det igen måste du lägga till det på nytt.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } blir ditt standardkort.
payment-methods-remove-none-left = Du har då inget kort kvar att betala med.
payment-methods-keep-card = Behåll kortet
payment-methods-done-card-added = Ditt kort har lagts till.
payment-methods-done-card-added-default = Ditt kort har lagts till och är nu ditt standardkort.
payment-methods-done-default-changed = Ditt standardkort har ändrats.
payment-methods-done-card-removed = Kortet har tagits bort.
payment-methods-number-label = Kortnummer
payment-methods-expiry-legend = Utgångsdatum
payment-methods-expiry-month-label = Månad (MM)
payment-methods-expiry-year-label = År (ÅÅÅÅ)
payment-methods-cvc-label = Säkerhetskod (CVC)
payment-methods-cvc-hint = 3 siffror på kortets baksida, eller 4 på framsidan för American Express.
# After the label of a required field.
payment-methods-required = (obligatoriskt)
payment-methods-make-default-label = Gör det till mitt standardkort
payment-methods-submit-add = Lägg till kortet
payment-methods-back-to-list = Tillbaka till betalningsmetoder
payment-methods-kept-details = Kortnumret och säkerhetskoden skickas bara till betalningsförmedlaren: portalen sparar eller visar dem aldrig.
payment-methods-challenge-heading = Bekräfta hos din bank
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Din bank ber dig bekräfta { $card } innan kortet kan användas.
