### InvoiceDocumentText (da)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Faktura
invoice-document-receipt = Kvittering
invoice-document-bill-to = Faktureres til
invoice-document-date-of-issue = Fakturadato
invoice-document-due-date = Forfaldsdato
invoice-document-period = Leveringsperiode
invoice-document-description = Beskrivelse
invoice-document-qty = Antal
invoice-document-unit-price = Enhedspris
invoice-document-amount = Beløb
invoice-document-subtotal = Subtotal
invoice-document-tax = Skat
invoice-document-total = I alt
invoice-document-amount-paid = Betalt beløb
invoice-document-amount-due = Skyldigt beløb
invoice-document-page = Side
invoice-document-status-draft = Kladde
invoice-document-status-open = Ubetalt
invoice-document-status-paid = Betalt
invoice-document-status-void = Annulleret
invoice-document-status-uncollectible = Uerholdelig
invoice-document-credit-applied = Anvendt kundekredit: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Fakturanummer
invoice-document-paid-on = Betalt den
invoice-document-payment-method = Betalingsmetode
invoice-document-card = { $brand } der ender på { $last4 }
