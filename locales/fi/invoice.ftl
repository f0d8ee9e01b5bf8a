### InvoiceText (fi)
## The invoices page's texts.

invoice-caption = Laskusi, uusin ensin
invoice-column-number = Laskun numero
invoice-column-date = Päivämäärä
invoice-column-amount = Summa
invoice-column-status = Tila
invoice-column-actions = Toiminnot
invoice-state-draft = Luonnos
invoice-state-due = Maksamatta
invoice-state-payment-failed = Maksu epäonnistui
invoice-state-paid = Maksettu
invoice-state-void = Mitätöity
invoice-state-uncollectible = Perintäkelvoton
invoice-download-pdf = Lataa { $number } (PDF)
invoice-download-receipt = Lataa kuitti { $number } (PDF)
invoice-retry-payment = Yritä maksaa { $number } uudelleen
invoice-empty = Sinulla ei ole vielä laskuja.
invoice-older-invoices = Vanhemmat laskut
invoice-newest-invoices = Uusimmat laskut
invoice-pages-label = Lisää laskuja
invoice-paid = Kiitos! Maksu onnistui, ja lasku on maksettu.
invoice-challenge-heading = Vahvista laskun { $number } maksu
invoice-challenge-body = Pankkisi pyytää sinua vahvistamaan tämän maksun ({ $amount }). Hyväksy se maksaaksesi laskun nyt tai hylkää se, jos et pyytänyt sitä.
