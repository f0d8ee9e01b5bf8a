### InvoiceText (de)
## The invoices page's texts.

invoice-caption = Ihre Rechnungen, die neuesten zuerst
invoice-column-number = Rechnungsnummer
invoice-column-date = Datum
invoice-column-amount = Betrag
invoice-column-status = Zahlungsstatus
invoice-column-actions = Aktionen
invoice-state-draft = Entwurf
invoice-state-due = Offen
invoice-state-payment-failed = Zahlung fehlgeschlagen
invoice-state-paid = Bezahlt
invoice-state-void = Storniert
invoice-state-uncollectible = Uneinbringlich
invoice-download-pdf = { $number } herunterladen (PDF)
invoice-download-receipt = Quittung für { $number } herunterladen (PDF)
invoice-retry-payment = Zahlung für { $number } erneut versuchen
invoice-empty = Sie haben noch keine Rechnungen.
invoice-older-invoices = Ältere Rechnungen
invoice-newest-invoices = Neueste Rechnungen
invoice-pages-label = Weitere Rechnungen
invoice-paid = Vielen Dank: Ihre Zahlung war erfolgreich, die Rechnung ist bezahlt.
invoice-challenge-heading = Zahlung für { $number } bestätigen
invoice-challenge-body = Ihre Bank bittet Sie, diese Zahlung über { $amount } zu bestätigen. Genehmigen Sie sie, um die Rechnung jetzt zu bezahlen, oder lehnen Sie sie ab, wenn Sie sie nicht veranlasst haben.
