### InvoiceDocumentText (sk)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Faktúra
invoice-document-receipt = Potvrdenie o platbe
invoice-document-bill-to = Odberateľ
invoice-document-date-of-issue = Dátum vyhotovenia
invoice-document-due-date = Dátum splatnosti
invoice-document-period = Obdobie plnenia
invoice-document-description = Popis
invoice-document-qty = Množstvo
invoice-document-unit-price = Jednotková cena
invoice-document-amount = Suma
invoice-document-subtotal = Medzisúčet
invoice-document-tax = Daň
invoice-document-total = Spolu
invoice-document-amount-paid = Zaplatené
invoice-document-amount-due = Na úhradu
invoice-document-page = Strana
invoice-document-status-draft = Koncept
invoice-document-status-open = Neuhradená
invoice-document-status-paid = Uhradená
invoice-document-status-void = Stornovaná
invoice-document-status-uncollectible = Nevymožiteľná
invoice-document-credit-applied = Uplatnený kredit zákazníka: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Číslo faktúry
invoice-document-paid-on = Dátum úhrady
invoice-document-payment-method = Platobná metóda
invoice-document-card = { $brand } končiaca na { $last4 }
