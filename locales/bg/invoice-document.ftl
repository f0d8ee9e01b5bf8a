### InvoiceDocumentText (bg)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Фактура
invoice-document-receipt = Разписка
invoice-document-bill-to = Получател
invoice-document-date-of-issue = Дата на издаване
invoice-document-due-date = Падеж
invoice-document-period = Период на услугата
invoice-document-description = Описание
invoice-document-qty = Кол.
invoice-document-unit-price = Единична цена
invoice-document-amount = Сума
invoice-document-subtotal = Междинна сума
invoice-document-tax = Данък
invoice-document-total = Общо
invoice-document-amount-paid = Платена сума
invoice-document-amount-due = Дължима сума
invoice-document-page = Страница
invoice-document-status-draft = Чернова
invoice-document-status-open = Неплатена
invoice-document-status-paid = Платена
invoice-document-status-void = Анулирана
invoice-document-status-uncollectible = Несъбираема
invoice-document-credit-applied = Приложен кредит на клиента: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Номер на фактура
invoice-document-paid-on = Платена на
invoice-document-payment-method = Начин на плащане
invoice-document-card = { $brand }, завършваща на { $last4 }
