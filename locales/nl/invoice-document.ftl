### InvoiceDocumentText (nl)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Factuur
invoice-document-receipt = Betalingsbewijs
invoice-document-bill-to = Factuur aan
invoice-document-date-of-issue = Factuurdatum
invoice-document-due-date = Vervaldatum
invoice-document-period = Leveringsperiode
invoice-document-description = Omschrijving
invoice-document-qty = Aantal
invoice-document-unit-price = Prijs per stuk
invoice-document-amount = Bedrag
invoice-document-subtotal = Subtotaal
invoice-document-tax = Belasting
invoice-document-total = Totaal
invoice-document-amount-paid = Betaald bedrag
invoice-document-amount-due = Verschuldigd bedrag
invoice-document-page = Pagina
invoice-document-status-draft = Concept
invoice-document-status-open = Openstaand
invoice-document-status-paid = Betaald
invoice-document-status-void = Geannuleerd
invoice-document-status-uncollectible = Oninbaar
invoice-document-credit-applied = Verrekend klanttegoed: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Factuurnummer
invoice-document-paid-on = Betaald op
invoice-document-payment-method = Betaalmethode
invoice-document-card = { $brand } eindigend op { $last4 }
