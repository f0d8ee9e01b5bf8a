### InvoiceText (it)
## The invoices page's texts.

invoice-caption = Le tue fatture, dalla più recente
invoice-column-number = Numero fattura
invoice-column-date = Data
invoice-column-amount = Importo
invoice-column-status = Stato
invoice-column-actions = Azioni
invoice-state-draft = Bozza
invoice-state-due = Da pagare
invoice-state-payment-failed = Pagamento non riuscito
invoice-state-paid = Pagata
invoice-state-void = Annullata
invoice-state-uncollectible = Inesigibile
invoice-download-pdf = Scarica { $number } (PDF)
invoice-download-receipt = Scarica la ricevuta di { $number } (PDF)
invoice-retry-payment = Riprova il pagamento di { $number }
invoice-empty = Non hai ancora fatture.
invoice-older-invoices = Fatture meno recenti
invoice-newest-invoices = Fatture più recenti
invoice-pages-label = Altre fatture
invoice-paid = Grazie: il pagamento è andato a buon fine e la fattura risulta pagata.
invoice-challenge-heading = Conferma il pagamento di { $number }
invoice-challenge-body = La tua banca ti chiede di confermare questo pagamento di { $amount }. Approvalo per pagare ora la fattura oppure rifiutalo se non l'hai richiesto tu.
