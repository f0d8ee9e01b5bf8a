### InvoiceText (da)
## The invoices page's texts.

invoice-caption = Dine fakturaer, nyeste først
invoice-column-number = Fakturanummer
invoice-column-date = Dato
invoice-column-amount = Beløb
invoice-column-status = Betalingsstatus
invoice-column-actions = Handlinger
invoice-state-draft = Kladde
invoice-state-due = Ubetalt
invoice-state-payment-failed = Betalingen mislykkedes
invoice-state-paid = Betalt
invoice-state-void = Annulleret
invoice-state-uncollectible = Uerholdelig
invoice-download-pdf = Hent { $number } (PDF)
invoice-download-receipt = Download kvittering for { $number } (PDF)
invoice-retry-payment = Prøv at betale { $number } igen
invoice-empty = Du har ingen fakturaer endnu.
invoice-older-invoices = Ældre fakturaer
invoice-newest-invoices = Nyeste fakturaer
invoice-pages-label = Flere fakturaer
invoice-paid = Tak! Din betaling er gennemført, og fakturaen er betalt.
invoice-challenge-heading = Bekræft betalingen af { $number }
invoice-challenge-body = Din bank beder dig bekræfte denne betaling på { $amount }. Godkend den for at betale fakturaen nu, eller afvis den, hvis du ikke har bedt om den.
