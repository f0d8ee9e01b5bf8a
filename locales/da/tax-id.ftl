### TaxIdText (da)
## The tax IDs page.

tax-id-list-heading = Dine skattenumre
tax-id-empty = Du har ikke tilføjet et skattenummer endnu.
tax-id-column-type = Type
tax-id-column-number = Nummer
tax-id-column-status = Kontrol
tax-id-column-actions = Handlinger
tax-id-unverified = Ikke kontrolleret
tax-id-pending = Kontrol i gang
tax-id-verified = Kontrolleret
tax-id-unavailable = Kontrol ikke mulig
tax-id-remove-number = Fjern { $number }
tax-id-confirm-heading = Fjern dette skattenummer?
tax-id-confirm-text = { $number } vises ikke længere på dine fakturaer.
tax-id-confirm-button = Ja, fjern { $number }
tax-id-keep = Behold det
tax-id-add-heading = Tilføj et skattenummer
tax-id-type-label = Type (påkrævet)
tax-id-type-option = { $type } (f.eks. { $example })
tax-id-value-label = Nummer (påkrævet)
tax-id-value-hint = { $type }: for eksempel { $example }. Mellemrum, punktummer og bindestreger ignoreres.
tax-id-add-button = Tilføj skattenummer
tax-id-added = Skattenummeret er tilføjet.
tax-id-removed = Skattenummeret er fjernet.
