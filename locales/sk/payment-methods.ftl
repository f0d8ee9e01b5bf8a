### PaymentMethodsText (sk)
## The payment methods pages' texts.

payment-methods-intro = Vašou predvolenou kartou sa platia predplatné a faktúry.
payment-methods-cards-heading = Vaše karty
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } končiaca na { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Karta
# `{ $date }`: the expiry month and year.
payment-methods-expires = Platnosť do { $date }
payment-methods-default-badge = Predvolená
payment-methods-awaiting-bank-badge = Nepotvrdená
payment-methods-awaiting-bank-note = Vaša banka túto kartu zatiaľ nepotvrdila, preto ju nemožno použiť.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Potvrdiť { $card } vo svojej banke
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Nastaviť { $card } ako predvolenú
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Odstrániť { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Touto kartou sa platí vaše predplatné, preto ju nemožno odstrániť samostatne. Ak ju chcete nahradiť, najprv pridajte novú kartu a potom odstráňte túto.
payment-methods-no-cards = Zatiaľ nemáte žiadne uložené karty.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Pridať kartu
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Odstrániť { $card }?
payment-methods-remove-body = Touto kartou už nebudete môcť platiť. Ak ju budete chcieť znova používať, budete ju musieť pridať znova.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } sa stane vašou predvolenou kartou.
payment-methods-remove-none-left = Nezostane vám žiadna karta, ktorou by ste mohli platiť.
payment-methods-keep-card = Ponechať kartu
payment-methods-done-card-added = Vaša karta bola pridaná.
payment-methods-done-card-added-default = Vaša karta bola pridaná a je teraz vašou predvolenou kartou.
payment-methods-done-default-changed = Vaša predvolená karta bola zmenená.
payment-methods-done-card-removed = Karta bola odstránená.
payment-methods-number-label = Číslo karty
payment-methods-expiry-legend = Dátum platnosti
payment-methods-expiry-month-label = Mesiac (MM)
payment-methods-expiry-year-label = Rok (RRRR)
payment-methods-cvc-label = Bezpečnostný kód (CVC)
payment-methods-cvc-hint = 3 číslice na zadnej strane karty, pri American Express 4 na prednej strane.
# After the label of a required field.
payment-methods-required = (povinné)
payment-methods-make-default-label = Nastaviť ako moju predvolenú kartu
payment-methods-submit-add = Pridať kartu
payment-methods-back-to-list = Späť na spôsoby platby
payment-methods-kept-details = Číslo karty a bezpečnostný kód idú iba k spracovateľovi platieb: tento portál ich nikdy neukladá ani nezobrazuje.
payment-methods-challenge-heading = Potvrdenie v banke
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Vaša banka vás žiada o potvrdenie karty { $card }, kým ju bude možné použiť.
