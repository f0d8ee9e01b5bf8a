### InvoiceText (sk)
## The invoices page's texts.

invoice-caption = Vaše faktúry, od najnovšej
invoice-column-number = Číslo faktúry
invoice-column-date = Dátum
invoice-column-amount = Suma
invoice-column-status = Stav
invoice-column-actions = Akcie
invoice-state-draft = Koncept
invoice-state-due = Na úhradu
invoice-state-payment-failed = Platba zlyhala
invoice-state-paid = Zaplatená
invoice-state-void = Stornovaná
invoice-state-uncollectible = Nevymožiteľná
invoice-download-pdf = Stiahnuť { $number } (PDF)
invoice-download-receipt = Stiahnuť potvrdenie o platbe { $number } (PDF)
invoice-retry-payment = Zopakovať platbu faktúry { $number }
invoice-empty = Zatiaľ nemáte žiadne faktúry.
invoice-older-invoices = Staršie faktúry
invoice-newest-invoices = Najnovšie faktúry
invoice-pages-label = Ďalšie faktúry
invoice-paid = Ďakujeme: platba prebehla a faktúra je zaplatená.
invoice-challenge-heading = Potvrďte platbu faktúry { $number }
invoice-challenge-body = Vaša banka vás žiada o potvrdenie tejto platby vo výške { $amount }. Schváľte ju, ak chcete faktúru zaplatiť teraz, alebo ju odmietnite, ak ste o ňu nežiadali.
