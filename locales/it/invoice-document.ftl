### InvoiceDocumentText (it)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Fattura
invoice-document-receipt = Ricevuta
invoice-document-bill-to = Intestata a
invoice-document-date-of-issue = Data di emissione
invoice-document-due-date = Data di scadenza
invoice-document-period = Periodo di competenza
invoice-document-description = Descrizione
invoice-document-qty = Qtà
invoice-document-unit-price = Prezzo unitario
invoice-document-amount = Importo
invoice-document-subtotal = Subtotale
invoice-document-tax = Imposte
invoice-document-total = Totale
invoice-document-amount-paid = Importo pagato
invoice-document-amount-due = Importo dovuto
invoice-document-page = Pagina
invoice-document-status-draft = Bozza
invoice-document-status-open = Da pagare
invoice-document-status-paid = Pagata
invoice-document-status-void = Annullata
invoice-document-status-uncollectible = Inesigibile
invoice-document-credit-applied = Credito cliente applicato: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Numero fattura
invoice-document-paid-on = Pagata il
invoice-document-payment-method = Metodo di pagamento
invoice-document-card = { $brand } che termina con { $last4 }
