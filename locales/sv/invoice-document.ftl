### InvoiceDocumentText (sv)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Faktura
invoice-document-receipt = Kvitto
invoice-document-bill-to = Faktureras till
invoice-document-date-of-issue = Fakturadatum
invoice-document-due-date = Förfallodatum
invoice-document-period = Leveransperiod
invoice-document-description = Beskrivning
invoice-document-qty = Antal
invoice-document-unit-price = À-pris
invoice-document-amount = Belopp
invoice-document-subtotal = Delsumma
invoice-document-tax = Skatt
invoice-document-total = Totalt
invoice-document-amount-paid = Betalt belopp
invoice-document-amount-due = Att betala
invoice-document-page = Sida
invoice-document-status-draft = Utkast
invoice-document-status-open = Obetald
invoice-document-status-paid = Betald
invoice-document-status-void = Makulerad
invoice-document-status-uncollectible = Oindrivbar
invoice-document-credit-applied = Använt tillgodohavande: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Fakturanummer
invoice-document-paid-on = Betald den
invoice-document-payment-method = Betalningsmetod
invoice-document-card = { $brand } som slutar på { $last4 }
