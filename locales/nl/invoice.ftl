### InvoiceText (nl)
## The invoices page's texts.

invoice-caption = Je facturen, nieuwste eerst
invoice-column-number = Factuurnummer
invoice-column-date = Datum
invoice-column-amount = Bedrag
invoice-column-status = Betaalstatus
invoice-column-actions = Acties
invoice-state-draft = Concept
invoice-state-due = Openstaand
invoice-state-payment-failed = Betaling mislukt
invoice-state-paid = Betaald
invoice-state-void = Geannuleerd
invoice-state-uncollectible = Oninbaar
invoice-download-pdf = { $number } downloaden (pdf)
invoice-download-receipt = Betalingsbewijs van { $number } downloaden (PDF)
invoice-retry-payment = Betaling van { $number } opnieuw proberen
invoice-empty = Je hebt nog geen facturen.
invoice-older-invoices = Oudere facturen
invoice-newest-invoices = Nieuwste facturen
invoice-pages-label = Meer facturen
invoice-paid = Bedankt: je betaling is gelukt en de factuur is betaald.
invoice-challenge-heading = Bevestig de betaling van { $number }
invoice-challenge-body = Je bank vraagt je deze betaling van { $amount } te bevestigen. Keur hem goed om de factuur nu te betalen, of weiger hem als je er niet om hebt gevraagd.
