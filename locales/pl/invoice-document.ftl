### InvoiceDocumentText (pl)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Faktura
invoice-document-receipt = Potwierdzenie zapłaty
invoice-document-bill-to = Nabywca
invoice-document-date-of-issue = Data wystawienia
invoice-document-due-date = Termin płatności
invoice-document-period = Okres świadczenia usług
invoice-document-description = Opis
invoice-document-qty = Ilość
invoice-document-unit-price = Cena jedn.
invoice-document-amount = Kwota
invoice-document-subtotal = Suma częściowa
invoice-document-tax = Podatek
invoice-document-total = Razem
invoice-document-amount-paid = Zapłacono
invoice-document-amount-due = Do zapłaty
invoice-document-page = Strona
invoice-document-status-draft = Szkic
invoice-document-status-open = Nieopłacona
invoice-document-status-paid = Opłacona
invoice-document-status-void = Anulowana
invoice-document-status-uncollectible = Nieściągalna
invoice-document-credit-applied = Wykorzystane saldo klienta: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Numer faktury
invoice-document-paid-on = Data zapłaty
invoice-document-payment-method = Metoda płatności
invoice-document-card = { $brand } zakończona na { $last4 }
