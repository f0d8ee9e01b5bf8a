### InvoiceText (sv)
## The invoices page's texts.

invoice-caption = Dina fakturor, nyaste först
invoice-column-number = Fakturanummer
invoice-column-date = Datum
invoice-column-amount = Belopp
invoice-column-status = Betalningsstatus
invoice-column-actions = Åtgärder
invoice-state-draft = Utkast
invoice-state-due = Obetald
invoice-state-payment-failed = Betalningen misslyckades
invoice-state-paid = Betald
invoice-state-void = Makulerad
invoice-state-uncollectible = Oindrivbar
invoice-download-pdf = Ladda ned { $number } (PDF)
invoice-download-receipt = Ladda ned kvitto för { $number } (PDF)
invoice-retry-payment = Försök betala { $number } igen
invoice-empty = Du har inga fakturor ännu.
invoice-older-invoices = Äldre fakturor
invoice-newest-invoices = Nyaste fakturorna
invoice-pages-label = Fler fakturor
invoice-paid = Tack! Betalningen har genomförts och fakturan är betald.
invoice-challenge-heading = Bekräfta betalningen av { $number }
invoice-challenge-body = Din bank ber dig bekräfta betalningen på { $amount }. Godkänn den för att betala fakturan nu, eller neka den om du inte har begärt den.
