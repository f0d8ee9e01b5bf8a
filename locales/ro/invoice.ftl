### InvoiceText (ro)
## The invoices page's texts.

invoice-caption = Facturile dumneavoastră, de la cea mai recentă
invoice-column-number = Număr factură
invoice-column-date = Data
invoice-column-amount = Sumă
invoice-column-status = Stare
invoice-column-actions = Acțiuni
invoice-state-draft = Ciornă
invoice-state-due = De plată
invoice-state-payment-failed = Plată eșuată
invoice-state-paid = Plătită
invoice-state-void = Anulată
invoice-state-uncollectible = Irecuperabilă
invoice-download-pdf = Descărcați { $number } (PDF)
invoice-download-receipt = Descărcați chitanța pentru { $number } (PDF)
invoice-retry-payment = Reîncercați plata pentru { $number }
invoice-empty = Nu aveți încă nicio factură.
invoice-older-invoices = Facturi mai vechi
invoice-newest-invoices = Cele mai recente facturi
invoice-pages-label = Mai multe facturi
invoice-paid = Vă mulțumim: plata a fost efectuată, iar factura este achitată.
invoice-challenge-heading = Confirmați plata pentru { $number }
invoice-challenge-body = Banca dumneavoastră vă cere să confirmați această plată de { $amount }. Aprobați-o pentru a achita factura acum sau refuzați-o dacă nu ați solicitat-o.
