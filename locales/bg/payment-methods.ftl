### PaymentMethodsText (bg)
## The payment methods pages' texts.

payment-methods-intro = С картата ви по подразбиране се плащат абонаментите и фактурите ви.
payment-methods-cards-heading = Вашите карти
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand }, завършваща на { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Карта
# `{ $date }`: the expiry month and year.
payment-methods-expires = Валидна до { $date }
payment-methods-default-badge = По подразбиране
payment-methods-awaiting-bank-badge = Непотвърдена
payment-methods-awaiting-bank-note = Банката ви все още не е потвърдила тази карта, затова тя не може да се използва.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Потвърждаване на { $card } в банката ви
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Задаване на { $card } по подразбиране
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Премахване на { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = С тази карта се плаща абонаментът ви, затова тя не може да бъде премахната самостоятелно. За да я замените, първо добавете новата карта, а след това премахнете тази.
payment-methods-no-cards = Все още нямате запазени карти.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Добавяне на карта
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Да се премахне ли { $card }?
payment-methods-remove-body = Вече няма да можете да плащате с тази карта. За да я използвате отново, ще трябва да я добавите отново.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } ще стане вашата карта по подразбиране.
payment-methods-remove-none-left = Няма да ви остане карта, с която да плащате.
payment-methods-keep-card = Запазване на картата
payment-methods-done-card-added = Картата ви е добавена.
payment-methods-done-card-added-default = Картата ви е добавена и вече е вашата карта по подразбиране.
payment-methods-done-default-changed = Картата ви по подразбиране е променена.
payment-methods-done-card-removed = Картата е премахната.
payment-methods-number-label = Номер на картата
payment-methods-expiry-legend = Валидност
payment-methods-expiry-month-label = Месец (ММ)
payment-methods-expiry-year-label = Година (ГГГГ)
payment-methods-cvc-label = Код за сигурност (CVC)
payment-methods-cvc-hint = 3 цифри на гърба на картата или 4 отпред за American Express.
# After the label of a required field.
payment-methods-required = (задължително)
payment-methods-make-default-label = Да бъде моята карта по подразбиране
payment-methods-submit-add = Добавяне на картата
payment-methods-back-to-list = Обратно към методите на плащане
payment-methods-kept-details = Номерът на картата и кодът за сигурност отиват само при обработващия плащанията: този портал никога не ги съхранява и не ги показва.
payment-methods-challenge-heading = Потвърждаване в банката ви
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Банката ви иска да потвърдите { $card }, преди тя да може да се използва.
