### PaymentMethodsText (hr)
## The payment methods pages' texts.

payment-methods-intro = Vašom zadanom karticom plaćaju se vaše pretplate i računi.
payment-methods-cards-heading = Vaše kartice
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } koja završava na { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Kartica
# `{ $date }`: the expiry month and year.
payment-methods-expires = Vrijedi do { $date }
payment-methods-default-badge = Zadana
payment-methods-awaiting-bank-badge = Nije potvrđena
payment-methods-awaiting-bank-note = Vaša banka još nije potvrdila ovu karticu pa se ona ne može upotrebljavati.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Potvrdi { $card } kod svoje banke
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Postavi { $card } kao zadanu
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Ukloni { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Ovom se karticom plaća vaša pretplata pa se ne može ukloniti samostalno. Da biste je zamijenili, najprije dodajte novu karticu, a zatim uklonite ovu.
payment-methods-no-cards = Još nemate nijednu spremljenu karticu.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Dodaj karticu
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Ukloniti { $card }?
payment-methods-remove-body = Ovom karticom više nećete moći plaćati. Da biste je ponovno upotrebljavali, morat ćete je ponovno dodati.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } postat će vaša zadana kartica.
payment-methods-remove-none-left = Neće vam ostati nijedna kartica za plaćanje.
payment-methods-keep-card = Zadrži ovu karticu
payment-methods-done-card-added = Vaša je kartica dodana.
payment-methods-done-card-added-default = Vaša je kartica dodana i sada je vaša zadana kartica.
payment-methods-done-default-changed = Vaša je zadana kartica promijenjena.
payment-methods-done-card-removed = Kartica je uklonjena.
payment-methods-number-label = Broj kartice
payment-methods-expiry-legend = Datum isteka
payment-methods-expiry-month-label = Mjesec (MM)
payment-methods-expiry-year-label = Godina (GGGG)
payment-methods-cvc-label = Sigurnosni kod (CVC)
payment-methods-cvc-hint = 3 znamenke na poleđini kartice ili 4 na prednjoj strani za American Express.
# After the label of a required field.
payment-methods-required = (obavezno)
payment-methods-make-default-label = Postavi kao moju zadanu karticu
payment-methods-submit-add = Dodaj karticu
payment-methods-back-to-list = Natrag na načine plaćanja
payment-methods-kept-details = Broj kartice i sigurnosni kod šalju se samo pružatelju usluge plaćanja: ovaj ih portal nikada ne pohranjuje niti prikazuje.
payment-methods-challenge-heading = Potvrdite kod svoje banke
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Vaša banka traži da potvrdite { $card } prije nego što se može upotrebljavati.
