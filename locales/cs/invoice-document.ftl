### InvoiceDocumentText (cs)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Faktura
invoice-document-receipt = Potvrzení o platbě
invoice-document-bill-to = Odběratel
invoice-document-date-of-issue = Datum vystavení
invoice-document-due-date = Datum splatnosti
invoice-document-period = Období plnění
invoice-document-description = Popis
invoice-document-qty = Množství
invoice-document-unit-price = Jednotková cena
invoice-document-amount = Částka
invoice-document-subtotal = Mezisoučet
invoice-document-tax = Daň
invoice-document-total = Celkem
invoice-document-amount-paid = Zaplaceno
invoice-document-amount-due = K úhradě
invoice-document-page = Strana
invoice-document-status-draft = Koncept
invoice-document-status-open = Neuhrazená
invoice-document-status-paid = Uhrazená
invoice-document-status-void = Stornovaná
invoice-document-status-uncollectible = Nedobytná
invoice-document-credit-applied = Uplatněný kredit zákazníka: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Číslo faktury
invoice-document-paid-on = Datum úhrady
invoice-document-payment-method = Platební metoda
invoice-document-card = { $brand } končící na { $last4 }
