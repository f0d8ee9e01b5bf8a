### InvoiceText (hu)
## The invoices page's texts.

invoice-caption = Az Ön számlái, a legújabbal kezdve
invoice-column-number = Számlaszám
invoice-column-date = Dátum
invoice-column-amount = Összeg
invoice-column-status = Állapot
invoice-column-actions = Műveletek
invoice-state-draft = Piszkozat
invoice-state-due = Esedékes
invoice-state-payment-failed = Sikertelen fizetés
invoice-state-paid = Kifizetve
invoice-state-void = Érvénytelenítve
invoice-state-uncollectible = Behajthatatlan
invoice-download-pdf = { $number } letöltése (PDF)
invoice-download-receipt = { $number } nyugtájának letöltése (PDF)
invoice-retry-payment = { $number } fizetésének újrapróbálása
invoice-empty = Még nincs számlája.
invoice-older-invoices = Régebbi számlák
invoice-newest-invoices = Legújabb számlák
invoice-pages-label = További számlák
invoice-paid = Köszönjük: a fizetés sikerült, a számla ki van fizetve.
invoice-challenge-heading = { $number } fizetésének megerősítése
invoice-challenge-body = A bankja azt kéri, hogy erősítse meg ezt a(z) { $amount } összegű fizetést. Hagyja jóvá a számla azonnali kifizetéséhez, vagy utasítsa el, ha nem Ön kezdeményezte.
