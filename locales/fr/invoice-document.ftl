### InvoiceDocumentText (fr)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Facture
invoice-document-receipt = Reçu
invoice-document-bill-to = Facturé à
invoice-document-date-of-issue = Date de facture
invoice-document-due-date = Date d'échéance
invoice-document-period = Période de prestation
invoice-document-description = Désignation
invoice-document-qty = Qté
invoice-document-unit-price = Prix unitaire
invoice-document-amount = Montant
invoice-document-subtotal = Sous-total
invoice-document-tax = Taxes
invoice-document-total = Total
invoice-document-amount-paid = Montant payé
invoice-document-amount-due = Montant dû
invoice-document-page = Page
invoice-document-status-draft = Brouillon
invoice-document-status-open = À payer
invoice-document-status-paid = Payée
invoice-document-status-void = Annulée
invoice-document-status-uncollectible = Irrécouvrable
invoice-document-credit-applied = Avoir client imputé : { $amount }
invoice-document-tax-id = { $type } : { $value }
invoice-document-invoice-number = Numéro de facture
invoice-document-paid-on = Payée le
invoice-document-payment-method = Moyen de paiement
invoice-document-card = { $brand } se terminant par { $last4 }
