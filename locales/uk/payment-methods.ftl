### PaymentMethodsText (uk)
## The payment methods pages' texts.

payment-methods-intro = Вашою основною карткою оплачуються підписки та рахунки.
payment-methods-cards-heading = Ваші картки
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand }, що закінчується на { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Картка
# `{ $date }`: the expiry month and year.
payment-methods-expires = Дійсна до { $date }
payment-methods-default-badge = Основна
payment-methods-awaiting-bank-badge = Не підтверджена
payment-methods-awaiting-bank-note = Ваш банк ще не підтвердив цю картку, тому її не можна використовувати.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Підтвердити { $card } у своєму банку
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Зробити { $card } основною
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Видалити { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Цією карткою оплачується ваша підписка, тому її не можна видалити окремо. Щоб замінити її, спочатку додайте нову картку, а потім видаліть цю.
payment-methods-no-cards = У вас ще немає збережених карток.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Додати картку
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Видалити { $card }?
payment-methods-remove-body = Ви більше не зможете платити цією карткою. Щоб знову нею користуватися, її доведеться додати ще раз.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } стане вашою основною карткою.
payment-methods-remove-none-left = У вас не залишиться жодної картки для оплати.
payment-methods-keep-card = Залишити картку
payment-methods-done-card-added = Вашу картку додано.
payment-methods-done-card-added-default = Вашу картку додано, і тепер вона основна.
payment-methods-done-default-changed = Вашу основну картку змінено.
payment-methods-done-card-removed = Картку видалено.
payment-methods-number-label = Номер картки
payment-methods-expiry-legend = Термін дії
payment-methods-expiry-month-label = Місяць (ММ)
payment-methods-expiry-year-label = Рік (РРРР)
payment-methods-cvc-label = Код безпеки (CVC)
payment-methods-cvc-hint = 3 цифри на звороті картки або 4 на лицьовому боці для American Express.
# After the label of a required field.
payment-methods-required = (обов'язково)
payment-methods-make-default-label = Зробити моєю основною карткою
payment-methods-submit-add = Зберегти картку
payment-methods-back-to-list = Назад до способів оплати
payment-methods-kept-details = Номер картки та код безпеки передаються лише платіжному сервісу: цей портал ніколи їх не зберігає і не показує.
payment-methods-challenge-heading = Підтвердження в банку
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Ваш банк просить підтвердити { $card }, перш ніж її можна буде використовувати.
