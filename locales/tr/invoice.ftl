### InvoiceText (tr)
## The invoices page's texts.

invoice-caption = Faturalarınız, en yeniden en eskiye
invoice-column-number = Fatura numarası
invoice-column-date = Tarih
invoice-column-amount = Tutar
invoice-column-status = Durum
invoice-column-actions = İşlemler
invoice-state-draft = Taslak
invoice-state-due = Ödenecek
invoice-state-payment-failed = Ödeme başarısız
invoice-state-paid = Ödendi
invoice-state-void = Geçersiz
invoice-state-uncollectible = Tahsil edilemez
invoice-download-pdf = { $number } indir (PDF)
invoice-download-receipt = { $number } makbuzunu indir (PDF)
invoice-retry-payment = { $number } için ödemeyi yeniden dene
invoice-empty = Henüz faturanız yok.
invoice-older-invoices = Daha eski faturalar
invoice-newest-invoices = En yeni faturalar
invoice-pages-label = Diğer faturalar
invoice-paid = Teşekkürler: ödemeniz alındı ve fatura ödendi.
invoice-challenge-heading = { $number } ödemesini onaylayın
invoice-challenge-body = Bankanız { $amount } tutarındaki bu ödemeyi onaylamanızı istiyor. Faturayı şimdi ödemek için onaylayın veya bu ödemeyi siz başlatmadıysanız reddedin.
