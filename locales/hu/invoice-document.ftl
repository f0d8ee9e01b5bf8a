### InvoiceDocumentText (hu)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Számla
invoice-document-receipt = Nyugta
invoice-document-bill-to = Vevő
invoice-document-date-of-issue = Kiállítás dátuma
invoice-document-due-date = Fizetési határidő
invoice-document-period = Teljesítési időszak
invoice-document-description = Megnevezés
invoice-document-qty = Menny.
invoice-document-unit-price = Egységár
invoice-document-amount = Összeg
invoice-document-subtotal = Részösszeg
invoice-document-tax = Adó
invoice-document-total = Végösszeg
invoice-document-amount-paid = Fizetett összeg
invoice-document-amount-due = Fizetendő összeg
invoice-document-page = Oldal
invoice-document-status-draft = Piszkozat
invoice-document-status-open = Kifizetetlen
invoice-document-status-paid = Kifizetve
invoice-document-status-void = Érvénytelenítve
invoice-document-status-uncollectible = Behajthatatlan
invoice-document-credit-applied = Felhasznált ügyféljóváírás: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Számlaszám
invoice-document-paid-on = Fizetés dátuma
invoice-document-payment-method = Fizetési mód
invoice-document-card = { $last4 } végű { $brand }
