### InvoiceText (bg)
## The invoices page's texts.

invoice-caption = Вашите фактури, започвайки от най-новата
invoice-column-number = Номер на фактура
invoice-column-date = Дата
invoice-column-amount = Сума
invoice-column-status = Статус
invoice-column-actions = Действия
invoice-state-draft = Чернова
invoice-state-due = За плащане
invoice-state-payment-failed = Неуспешно плащане
invoice-state-paid = Платена
invoice-state-void = Анулирана
invoice-state-uncollectible = Несъбираема
invoice-download-pdf = Изтегляне на { $number } (PDF)
invoice-download-receipt = Изтегляне на разписка за { $number } (PDF)
invoice-retry-payment = Ново плащане на { $number }
invoice-empty = Все още нямате фактури.
invoice-older-invoices = По-стари фактури
invoice-newest-invoices = Най-нови фактури
invoice-pages-label = Още фактури
invoice-paid = Благодарим ви: плащането е успешно и фактурата е платена.
invoice-challenge-heading = Потвърдете плащането на { $number }
invoice-challenge-body = Банката ви иска да потвърдите това плащане от { $amount }. Одобрете го, за да платите фактурата сега, или го откажете, ако не сте го поискали.
