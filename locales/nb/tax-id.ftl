### TaxIdText (nb)
## The tax IDs page.

tax-id-list-heading = Dine skattenumre
tax-id-empty = Du har ikke lagt til et skattenummer ennå.
tax-id-column-type = Type
tax-id-column-number = Nummer
tax-id-column-status = Kontroll
tax-id-column-actions = Handlinger
tax-id-unverified = Ikke kontrollert
tax-id-pending = Kontroll pågår
tax-id-verified = Kontrollert
tax-id-unavailable = Kontroll ikke mulig
tax-id-remove-number = Fjern { $number }
tax-id-confirm-heading = Fjerne dette skattenummeret?
tax-id-confirm-text = { $number } vises ikke lenger på fakturaene dine.
tax-id-confirm-button = Ja, fjern { $number }
tax-id-keep = Behold det
tax-id-add-heading = Legg til et skattenummer
tax-id-type-label = Type (påkrevd)
tax-id-type-option = { $type } (f.eks. { $example })
tax-id-value-label = Nummer (påkrevd)
tax-id-value-hint = { $type }: for eksempel { $example }. Mellomrom, punktum og bindestreker ignoreres.
tax-id-add-button = Legg til skattenummer
tax-id-added = Skattenummeret er lagt til.
tax-id-removed = Skattenummeret er fjernet.
