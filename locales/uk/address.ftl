### AddressText (uk)
## The billing address page.

address-field-required = { $field } (обов'язково)
address-field-optional = { $field } (необов'язково)
address-country = Країна
address-choose-country = Виберіть країну
address-choose-one = Виберіть
address-update-fields = Показати поля для цієї країни
address-fields-updated = Тепер форма показує поля для країни { $country }. Перевірте їх і збережіть.
address-fields-updated-no-country = Виберіть країну, щоб побачити її поля.
address-line1 = Вулиця та номер будинку
address-line2 = Квартира, офіс, будівля
address-city = Місто
address-state = Штат
address-province = Провінція
address-prefecture = Префектура
address-county = Графство
address-region = Штат, провінція або регіон
address-zip-code = Індекс ZIP
address-postal-code = Поштовий індекс
address-postal-hint = Наприклад: { $example }
address-save-button = Зберегти адресу
address-saved = Платіжну адресу збережено.
