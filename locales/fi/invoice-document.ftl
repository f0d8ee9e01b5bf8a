### InvoiceDocumentText (fi)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Lasku
invoice-document-receipt = Kuitti
invoice-document-bill-to = Laskutetaan
invoice-document-date-of-issue = Laskun päivämäärä
invoice-document-due-date = Eräpäivä
invoice-document-period = Palvelujakso
invoice-document-description = Kuvaus
invoice-document-qty = Määrä
invoice-document-unit-price = Yksikköhinta
invoice-document-amount = Summa
invoice-document-subtotal = Välisumma
invoice-document-tax = Vero
invoice-document-total = Yhteensä
invoice-document-amount-paid = Maksettu
invoice-document-amount-due = Maksettavaa
invoice-document-page = Sivu
invoice-document-status-draft = Luonnos
invoice-document-status-open = Avoin
invoice-document-status-paid = Maksettu
invoice-document-status-void = Mitätöity
invoice-document-status-uncollectible = Perintäkelvoton
invoice-document-credit-applied = Käytetty asiakashyvitys: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Laskun numero
invoice-document-paid-on = Maksupäivä
invoice-document-payment-method = Maksutapa
invoice-document-card = { $brand }, loppunumerot { $last4 }
