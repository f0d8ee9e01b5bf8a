### InvoiceText (pl)
## The invoices page's texts.

invoice-caption = Twoje faktury, od najnowszej
invoice-column-number = Numer faktury
invoice-column-date = Data
invoice-column-amount = Kwota
invoice-column-status = Stan
invoice-column-actions = Działania
invoice-state-draft = Wersja robocza
invoice-state-due = Do zapłaty
invoice-state-payment-failed = Płatność nieudana
invoice-state-paid = Opłacona
invoice-state-void = Anulowana
invoice-state-uncollectible = Nieściągalna
invoice-download-pdf = Pobierz { $number } (PDF)
invoice-download-receipt = Pobierz potwierdzenie zapłaty { $number } (PDF)
invoice-retry-payment = Ponów płatność za { $number }
invoice-empty = Nie masz jeszcze żadnych faktur.
invoice-older-invoices = Starsze faktury
invoice-newest-invoices = Najnowsze faktury
invoice-pages-label = Więcej faktur
invoice-paid = Dziękujemy: płatność się powiodła, a faktura została opłacona.
invoice-challenge-heading = Potwierdź płatność za { $number }
invoice-challenge-body = Twój bank prosi o potwierdzenie tej płatności na kwotę { $amount }. Zatwierdź ją, aby opłacić fakturę teraz, albo odrzuć, jeśli nie była zlecona przez Ciebie.
