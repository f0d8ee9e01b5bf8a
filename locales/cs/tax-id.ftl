### TaxIdText (cs)
## The tax IDs page.

tax-id-list-heading = Vaše daňová čísla
tax-id-empty = Zatím jste nepřidali žádné daňové číslo.
tax-id-column-type = Druh
tax-id-column-number = Číslo
tax-id-column-status = Ověření
tax-id-column-actions = Akce
tax-id-unverified = Neověřeno
tax-id-pending = Ověřování probíhá
tax-id-verified = Ověřeno
tax-id-unavailable = Ověření není k dispozici
tax-id-remove-number = Odebrat { $number }
tax-id-confirm-heading = Odebrat toto daňové číslo?
tax-id-confirm-text = { $number } se už nebude zobrazovat na vašich fakturách.
tax-id-confirm-button = Ano, odebrat { $number }
tax-id-keep = Ponechat
tax-id-add-heading = Přidat daňové číslo
tax-id-type-label = Druh (povinné)
tax-id-type-option = { $type } (např. { $example })
tax-id-value-label = Číslo (povinné)
tax-id-value-hint = { $type }: například { $example }. Mezery, tečky a spojovníky se ignorují.
tax-id-add-button = Přidat daňové číslo
tax-id-added = Daňové číslo bylo přidáno.
tax-id-removed = Daňové číslo bylo odebráno.
