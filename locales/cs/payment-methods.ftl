### PaymentMethodsText (cs)
## The payment methods pages' texts.

payment-methods-intro = Vaší výchozí kartou se platí předplatné a faktury.
payment-methods-cards-heading = Vaše karty
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } končící na { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Karta
# `{ $date }`: the expiry month and year.
payment-methods-expires = Platnost do { $date }
payment-methods-default-badge = Výchozí
payment-methods-awaiting-bank-badge = Nepotvrzená
payment-methods-awaiting-bank-note = Vaše banka tuto kartu zatím nepotvrdila, proto ji nelze použít.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Potvrdit { $card } u své banky
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Nastavit { $card } jako výchozí
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Odebrat { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Touto kartou se platí vaše předplatné, proto ji nelze odebrat samotnou. Chcete-li ji nahradit, nejdříve přidejte novou kartu a potom tuto odeberte.
payment-methods-no-cards = Zatím nemáte žádné uložené karty.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Přidat kartu
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Odebrat { $card }?
payment-methods-remove-body = Touto kartou už nebude možné platit. Pokud ji budete chtít znovu používat, budete ji muset přidat znovu.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } se stane vaší výchozí kartou.
payment-methods-remove-none-left = Nezbude vám žádná karta, kterou byste mohli platit.
payment-methods-keep-card = Ponechat kartu
payment-methods-done-card-added = Vaše karta byla přidána.
payment-methods-done-card-added-default = Vaše karta byla přidána a je teď vaší výchozí kartou.
payment-methods-done-default-changed = Vaše výchozí karta byla změněna.
payment-methods-done-card-removed = Karta byla odebrána.
payment-methods-number-label = Číslo karty
payment-methods-expiry-legend = Platnost do
payment-methods-expiry-month-label = Měsíc (MM)
payment-methods-expiry-year-label = Rok (RRRR)
payment-methods-cvc-label = Bezpečnostní kód (CVC)
payment-methods-cvc-hint = 3 číslice na zadní straně karty, u American Express 4 na přední straně.
# After the label of a required field.
payment-methods-required = (povinné)
payment-methods-make-default-label = Nastavit jako mou výchozí kartu
payment-methods-submit-add = Uložit kartu
payment-methods-back-to-list = Zpět na platební metody
payment-methods-kept-details = Číslo karty a bezpečnostní kód putují jen ke zpracovateli plateb: tento portál je nikdy neukládá ani nezobrazuje.
payment-methods-challenge-heading = Potvrzení u banky
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Vaše banka vás žádá o potvrzení karty { $card }, než ji bude možné použít.
