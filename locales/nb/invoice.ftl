### InvoiceText (nb)
## The invoices page's texts.

invoice-caption = Fakturaene dine, nyeste først
invoice-column-number = Fakturanummer
invoice-column-date = Dato
invoice-column-amount = Beløp
invoice-column-status = Betalingsstatus
invoice-column-actions = Handlinger
invoice-state-draft = Utkast
invoice-state-due = Ubetalt
invoice-state-payment-failed = Betalingen mislyktes
invoice-state-paid = Betalt
invoice-state-void = Annullert
invoice-state-uncollectible = Ikke innkrevbar
invoice-download-pdf = Last ned { $number } (PDF)
invoice-download-receipt = Last ned kvittering for { $number } (PDF)
invoice-retry-payment = Prøv å betale { $number } igjen
invoice-empty = Du har ingen fakturaer ennå.
invoice-older-invoices = Eldre fakturaer
invoice-newest-invoices = Nyeste fakturaer
invoice-pages-label = Flere fakturaer
invoice-paid = Takk! Betalingen er gjennomført, og fakturaen er betalt.
invoice-challenge-heading = Bekreft betalingen av { $number }
invoice-challenge-body = Banken din ber deg bekrefte denne betalingen på { $amount }. Godkjenn den for å betale fakturaen nå, eller avvis den hvis du ikke har bedt om den.
