### TaxIdText (uk)
## The tax IDs page.

tax-id-list-heading = Ваші податкові номери
tax-id-empty = Ви ще не додали жодного податкового номера.
tax-id-column-type = Тип
tax-id-column-number = Номер
tax-id-column-status = Перевірка
tax-id-column-actions = Дії
tax-id-unverified = Не перевірено
tax-id-pending = Перевірка триває
tax-id-verified = Перевірено
tax-id-unavailable = Перевірка недоступна
tax-id-remove-number = Видалити { $number }
tax-id-confirm-heading = Видалити цей податковий номер?
tax-id-confirm-text = { $number } більше не відображатиметься у ваших рахунках.
tax-id-confirm-button = Так, видалити { $number }
tax-id-keep = Залишити
tax-id-add-heading = Додати податковий номер
tax-id-type-label = Тип (обов'язково)
tax-id-type-option = { $type } (напр. { $example })
tax-id-value-label = Номер (обов'язково)
tax-id-value-hint = { $type }: наприклад, { $example }. Пробіли, крапки й дефіси ігноруються.
tax-id-add-button = Додати податковий номер
tax-id-added = Податковий номер додано.
tax-id-removed = Податковий номер видалено.
