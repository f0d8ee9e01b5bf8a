### InvoiceText (hr)
## The invoices page's texts.

invoice-caption = Vaši računi, od najnovijeg
invoice-column-number = Broj računa
invoice-column-date = Datum
invoice-column-amount = Iznos
invoice-column-status = Status
invoice-column-actions = Radnje
invoice-state-draft = Skica
invoice-state-due = Za plaćanje
invoice-state-payment-failed = Plaćanje nije uspjelo
invoice-state-paid = Plaćen
invoice-state-void = Storniran
invoice-state-uncollectible = Nenaplativ
invoice-download-pdf = Preuzmi { $number } (PDF)
invoice-download-receipt = Preuzmi potvrdu o plaćanju za { $number } (PDF)
invoice-retry-payment = Ponovi plaćanje računa { $number }
invoice-empty = Još nemate nijedan račun.
invoice-older-invoices = Stariji računi
invoice-newest-invoices = Najnoviji računi
invoice-pages-label = Još računa
invoice-paid = Hvala: vaše je plaćanje uspjelo i račun je plaćen.
invoice-challenge-heading = Potvrdite plaćanje računa { $number }
invoice-challenge-body = Vaša banka traži da potvrdite ovo plaćanje od { $amount }. Odobrite ga da biste odmah platili račun ili ga odbijte ako ga niste zatražili.
