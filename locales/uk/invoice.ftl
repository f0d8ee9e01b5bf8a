### InvoiceText (uk)
## The invoices page's texts.

invoice-caption = Ваші рахунки, спочатку найновіші
invoice-column-number = Номер рахунку
invoice-column-date = Дата
invoice-column-amount = Сума
invoice-column-status = Стан
invoice-column-actions = Дії
invoice-state-draft = Чернетка
invoice-state-due = До сплати
invoice-state-payment-failed = Платіж не вдався
invoice-state-paid = Оплачено
invoice-state-void = Анульовано
invoice-state-uncollectible = Безнадійний
invoice-download-pdf = Завантажити { $number } (PDF)
invoice-download-receipt = Завантажити квитанцію для { $number } (PDF)
invoice-retry-payment = Повторити оплату { $number }
invoice-empty = У вас ще немає рахунків.
invoice-older-invoices = Давніші рахунки
invoice-newest-invoices = Найновіші рахунки
invoice-pages-label = Інші рахунки
invoice-paid = Дякуємо: платіж пройшов, рахунок оплачено.
invoice-challenge-heading = Підтвердьте оплату { $number }
invoice-challenge-body = Ваш банк просить підтвердити цей платіж на суму { $amount }. Схваліть його, щоб оплатити рахунок зараз, або відхиліть, якщо ви його не ініціювали.
