### TaxIdText (ro)
## The tax IDs page.

tax-id-list-heading = Codurile dumneavoastră fiscale
tax-id-empty = Nu ați adăugat încă niciun cod fiscal.
tax-id-column-type = Tip
tax-id-column-number = Număr
tax-id-column-status = Verificare
tax-id-column-actions = Acțiuni
tax-id-unverified = Neverificat
tax-id-pending = Verificare în curs
tax-id-verified = Verificat
tax-id-unavailable = Verificare indisponibilă
tax-id-remove-number = Eliminați { $number }
tax-id-confirm-heading = Eliminați acest cod fiscal?
tax-id-confirm-text = { $number } nu va mai apărea pe facturile dumneavoastră.
tax-id-confirm-button = Da, eliminați { $number }
tax-id-keep = Păstrați-l
tax-id-add-heading = Adăugați un cod fiscal
tax-id-type-label = Tip (obligatoriu)
tax-id-type-option = { $type } (de ex. { $example })
tax-id-value-label = Număr (obligatoriu)
tax-id-value-hint = { $type }: de exemplu { $example }. Spațiile, punctele și cratimele sunt ignorate.
tax-id-add-button = Adăugați codul fiscal
tax-id-added = Codul fiscal a fost adăugat.
tax-id-removed = Codul fiscal a fost eliminat.
