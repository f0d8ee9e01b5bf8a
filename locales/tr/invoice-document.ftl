### InvoiceDocumentText (tr)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Fatura
invoice-document-receipt = Makbuz
invoice-document-bill-to = Fatura edilen
invoice-document-date-of-issue = Düzenleme tarihi
invoice-document-due-date = Son ödeme tarihi
invoice-document-period = Hizmet dönemi
invoice-document-description = Açıklama
invoice-document-qty = Miktar
invoice-document-unit-price = Birim fiyat
invoice-document-amount = Tutar
invoice-document-subtotal = Ara toplam
invoice-document-tax = Vergi
invoice-document-total = Toplam
invoice-document-amount-paid = Ödenen tutar
invoice-document-amount-due = Ödenecek tutar
invoice-document-page = Sayfa
invoice-document-status-draft = Taslak
invoice-document-status-open = Ödenmedi
invoice-document-status-paid = Ödendi
invoice-document-status-void = İptal edildi
invoice-document-status-uncollectible = Tahsil edilemez
invoice-document-credit-applied = Kullanılan müşteri bakiyesi: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Fatura numarası
invoice-document-paid-on = Ödeme tarihi
invoice-document-payment-method = Ödeme yöntemi
invoice-document-card = { $last4 } ile biten { $brand }
