### PaymentMethodsText (pl)
## The payment methods pages' texts.

payment-methods-intro = Twoja karta domyślna opłaca subskrypcje i faktury.
payment-methods-cards-heading = Twoje karty
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } z końcówką { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Karta
# `{ $date }`: the expiry month and year.
payment-methods-expires = Ważna do { $date }
payment-methods-default-badge = Domyślna
payment-methods-awaiting-bank-badge = Niepotwierdzona
payment-methods-awaiting-bank-note = Twój bank nie potwierdził jeszcze tej karty, więc nie można jej używać.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Potwierdź { $card } w swoim banku
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Ustaw { $card } jako domyślną
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Usuń { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Ta karta opłaca Twoją subskrypcję, więc nie można jej usunąć bez zastępstwa. Aby ją wymienić, najpierw dodaj nową kartę, a potem usuń tę.
payment-methods-no-cards = Nie masz jeszcze zapisanych kart.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Dodaj kartę
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Usunąć { $card }?
payment-methods-remove-body = Nie będzie już można płacić tą kartą. Aby znów jej używać, trzeba będzie dodać ją ponownie.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } stanie się Twoją kartą domyślną.
payment-methods-remove-none-left = Nie zostanie Ci żadna karta do płacenia.
payment-methods-keep-card = Zachowaj kartę
payment-methods-done-card-added = Karta została dodana.
payment-methods-done-card-added-default = Karta została dodana i jest teraz Twoją kartą domyślną.
payment-methods-done-default-changed = Karta domyślna została zmieniona.
payment-methods-done-card-removed = Karta została usunięta.
payment-methods-number-label = Numer karty
payment-methods-expiry-legend = Data ważności
payment-methods-expiry-month-label = Miesiąc (MM)
payment-methods-expiry-year-label = Rok (RRRR)
payment-methods-cvc-label = Kod bezpieczeństwa (CVC)
payment-methods-cvc-hint = 3 cyfry na odwrocie karty lub 4 na przodzie w przypadku American Express.
# After the label of a required field.
payment-methods-required = (wymagane)
payment-methods-make-default-label = Ustaw jako moją kartę domyślną
payment-methods-submit-add = Zapisz kartę
payment-methods-back-to-list = Wróć do metod płatności
payment-methods-kept-details = Numer karty i kod bezpieczeństwa trafiają wyłącznie do operatora płatności: ten portal nigdy ich nie zapisuje ani nie wyświetla.
payment-methods-challenge-heading = Potwierdzenie w banku
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Twój bank prosi o potwierdzenie karty { $card }, zanim będzie można jej użyć.
