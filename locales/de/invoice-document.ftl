### InvoiceDocumentText (de)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Rechnung
invoice-document-receipt = Quittung
invoice-document-bill-to = Rechnungsempfänger
invoice-document-date-of-issue = Rechnungsdatum
invoice-document-due-date = Fälligkeitsdatum
invoice-document-period = Leistungszeitraum
invoice-document-description = Beschreibung
invoice-document-qty = Menge
invoice-document-unit-price = Einzelpreis
invoice-document-amount = Betrag
invoice-document-subtotal = Zwischensumme
invoice-document-tax = Steuer
invoice-document-total = Gesamtbetrag
invoice-document-amount-paid = Bezahlter Betrag
invoice-document-amount-due = Offener Betrag
invoice-document-page = Seite
invoice-document-status-draft = Entwurf
invoice-document-status-open = Offen
invoice-document-status-paid = Bezahlt
invoice-document-status-void = Storniert
invoice-document-status-uncollectible = Uneinbringlich
invoice-document-credit-applied = Angerechnetes Kundenguthaben: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Rechnungsnummer
invoice-document-paid-on = Bezahlt am
invoice-document-payment-method = Zahlungsmethode
invoice-document-card = { $brand } mit Endziffern { $last4 }
