### TaxIdText (bg)
## The tax IDs page.

tax-id-list-heading = Вашите данъчни номера
tax-id-empty = Все още не сте добавили данъчен номер.
tax-id-column-type = Вид
tax-id-column-number = Номер
tax-id-column-status = Проверка
tax-id-column-actions = Действия
tax-id-unverified = Непроверен
tax-id-pending = В процес на проверка
tax-id-verified = Проверен
tax-id-unavailable = Проверката не е налична
tax-id-remove-number = Премахване на { $number }
tax-id-confirm-heading = Да се премахне ли този данъчен номер?
tax-id-confirm-text = { $number } вече няма да се показва във фактурите ви.
tax-id-confirm-button = Да, премахване на { $number }
tax-id-keep = Запазване
tax-id-add-heading = Добавяне на данъчен номер
tax-id-type-label = Вид (задължително)
tax-id-type-option = { $type } (напр. { $example })
tax-id-value-label = Номер (задължително)
tax-id-value-hint = { $type }: например { $example }. Интервалите, точките и тиретата се пренебрегват.
tax-id-add-button = Добавяне на данъчен номер
tax-id-added = Данъчният номер е добавен.
tax-id-removed = Данъчният номер е премахнат.
