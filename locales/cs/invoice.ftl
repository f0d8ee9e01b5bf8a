### InvoiceText (cs)
## The invoices page's texts.

invoice-caption = Vaše faktury, od nejnovější
invoice-column-number = Číslo faktury
invoice-column-date = Datum
invoice-column-amount = Částka
invoice-column-status = Stav
invoice-column-actions = Akce
invoice-state-draft = Koncept
invoice-state-due = K úhradě
invoice-state-payment-failed = Platba se nezdařila
invoice-state-paid = Zaplaceno
invoice-state-void = Stornováno
invoice-state-uncollectible = Nedobytná
invoice-download-pdf = Stáhnout { $number } (PDF)
invoice-download-receipt = Stáhnout potvrzení o platbě { $number } (PDF)
invoice-retry-payment = Zkusit znovu zaplatit { $number }
invoice-empty = Zatím nemáte žádné faktury.
invoice-older-invoices = Starší faktury
invoice-newest-invoices = Nejnovější faktury
invoice-pages-label = Další faktury
invoice-paid = Děkujeme: platba proběhla a faktura je zaplacená.
invoice-challenge-heading = Potvrďte platbu za { $number }
invoice-challenge-body = Vaše banka vás žádá o potvrzení této platby ve výši { $amount }. Schvalte ji, pokud chcete fakturu zaplatit hned, nebo ji odmítněte, pokud jste o ni nežádali.
