### InvoiceDocumentText (hr)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Račun
invoice-document-receipt = Potvrda o plaćanju
invoice-document-bill-to = Kupac
invoice-document-date-of-issue = Datum izdavanja
invoice-document-due-date = Datum dospijeća
invoice-document-period = Razdoblje isporuke
invoice-document-description = Opis
invoice-document-qty = Kol.
invoice-document-unit-price = Jedinična cijena
invoice-document-amount = Iznos
invoice-document-subtotal = Međuzbroj
invoice-document-tax = Porez
invoice-document-total = Ukupno
invoice-document-amount-paid = Plaćeni iznos
invoice-document-amount-due = Iznos za plaćanje
invoice-document-page = Stranica
invoice-document-status-draft = Nacrt
invoice-document-status-open = Neplaćen
invoice-document-status-paid = Plaćen
invoice-document-status-void = Storniran
invoice-document-status-uncollectible = Nenaplativ
invoice-document-credit-applied = Iskorišten kredit kupca: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Broj računa
invoice-document-paid-on = Datum plaćanja
invoice-document-payment-method = Način plaćanja
invoice-document-card = { $brand } koja završava na { $last4 }
