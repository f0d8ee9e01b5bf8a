### InvoiceDocumentText (nb)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Faktura
invoice-document-receipt = Kvittering
invoice-document-bill-to = Faktureres til
invoice-document-date-of-issue = Fakturadato
invoice-document-due-date = Forfallsdato
invoice-document-period = Leveringsperiode
invoice-document-description = Beskrivelse
invoice-document-qty = Antall
invoice-document-unit-price = Enhetspris
invoice-document-amount = Beløp
invoice-document-subtotal = Delsum
invoice-document-tax = Skatt
invoice-document-total = Totalt
invoice-document-amount-paid = Betalt beløp
invoice-document-amount-due = Skyldig beløp
invoice-document-page = Side
invoice-document-status-draft = Utkast
invoice-document-status-open = Ubetalt
invoice-document-status-paid = Betalt
invoice-document-status-void = Annullert
invoice-document-status-uncollectible = Uerholdelig
invoice-document-credit-applied = Kundekreditt brukt: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Fakturanummer
invoice-document-paid-on = Betalt den
invoice-document-payment-method = Betalingsmåte
invoice-document-card = { $brand } som slutter på { $last4 }
