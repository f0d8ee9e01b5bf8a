### InvoiceDocumentText (ro)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Factură
invoice-document-receipt = Chitanță
invoice-document-bill-to = Cumpărător
invoice-document-date-of-issue = Data emiterii
invoice-document-due-date = Data scadenței
invoice-document-period = Perioada de prestare
invoice-document-description = Descriere
invoice-document-qty = Cant.
invoice-document-unit-price = Preț unitar
invoice-document-amount = Valoare
invoice-document-subtotal = Subtotal
invoice-document-tax = Taxe
invoice-document-total = Total
invoice-document-amount-paid = Sumă plătită
invoice-document-amount-due = Sumă de plată
invoice-document-page = Pagina
invoice-document-status-draft = Ciornă
invoice-document-status-open = Neachitată
invoice-document-status-paid = Achitată
invoice-document-status-void = Anulată
invoice-document-status-uncollectible = Irecuperabilă
invoice-document-credit-applied = Credit client aplicat: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Numărul facturii
invoice-document-paid-on = Plătită la
invoice-document-payment-method = Metodă de plată
invoice-document-card = { $brand } care se termină în { $last4 }
