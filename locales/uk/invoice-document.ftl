### InvoiceDocumentText (uk)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Рахунок
invoice-document-receipt = Квитанція
invoice-document-bill-to = Платник
invoice-document-date-of-issue = Дата виставлення
invoice-document-due-date = Сплатити до
invoice-document-period = Період надання послуг
invoice-document-description = Опис
invoice-document-qty = Кількість
invoice-document-unit-price = Ціна за одиницю
invoice-document-amount = Сума
invoice-document-subtotal = Проміжний підсумок
invoice-document-tax = Податок
invoice-document-total = Усього
invoice-document-amount-paid = Сплачено
invoice-document-amount-due = До сплати
invoice-document-page = Сторінка
invoice-document-status-draft = Чернетка
invoice-document-status-open = Не сплачено
invoice-document-status-paid = Сплачено
invoice-document-status-void = Анульовано
invoice-document-status-uncollectible = Безнадійний
invoice-document-credit-applied = Застосовано кредит клієнта: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Номер рахунку
invoice-document-paid-on = Дата оплати
invoice-document-payment-method = Спосіб оплати
invoice-document-card = { $brand }, що закінчується на { $last4 }
