### TaxIdText (sk)
## The tax IDs page.

tax-id-list-heading = Vaše daňové identifikačné čísla
tax-id-empty = Zatiaľ ste nepridali žiadne daňové identifikačné číslo.
tax-id-column-type = Typ
tax-id-column-number = Číslo
tax-id-column-status = Overenie
tax-id-column-actions = Akcie
tax-id-unverified = Neoverené
tax-id-pending = Overuje sa
tax-id-verified = Overené
tax-id-unavailable = Overenie nie je dostupné
tax-id-remove-number = Odstrániť { $number }
tax-id-confirm-heading = Odstrániť toto daňové identifikačné číslo?
tax-id-confirm-text = { $number } sa už nebude zobrazovať na vašich faktúrach.
tax-id-confirm-button = Áno, odstrániť { $number }
tax-id-keep = Ponechať
tax-id-add-heading = Pridať daňové identifikačné číslo
tax-id-type-label = Typ (povinné)
tax-id-type-option = { $type } (napr. { $example })
tax-id-value-label = Číslo (povinné)
tax-id-value-hint = { $type }: napríklad { $example }. Medzery, bodky a spojovníky sa ignorujú.
tax-id-add-button = Pridať daňové identifikačné číslo
tax-id-added = Daňové identifikačné číslo bolo pridané.
tax-id-removed = Daňové identifikačné číslo bolo odstránené.
