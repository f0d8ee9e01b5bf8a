### TaxIdText (nl)
## The tax IDs page.

tax-id-list-heading = Je fiscale nummers
tax-id-empty = Je hebt nog geen fiscaal nummer toegevoegd.
tax-id-column-type = Soort
tax-id-column-number = Nummer
tax-id-column-status = Controle
tax-id-column-actions = Acties
tax-id-unverified = Niet gecontroleerd
tax-id-pending = Controle loopt
tax-id-verified = Gecontroleerd
tax-id-unavailable = Controle niet mogelijk
tax-id-remove-number = { $number } verwijderen
tax-id-confirm-heading = Dit fiscale nummer verwijderen?
tax-id-confirm-text = { $number } staat dan niet meer op je facturen.
tax-id-confirm-button = Ja, { $number } verwijderen
tax-id-keep = Behouden
tax-id-add-heading = Fiscaal nummer toevoegen
tax-id-type-label = Soort (verplicht)
tax-id-type-option = { $type } (bijv. { $example })
tax-id-value-label = Nummer (verplicht)
tax-id-value-hint = { $type }: bijvoorbeeld { $example }. Spaties, punten en streepjes worden genegeerd.
tax-id-add-button = Fiscaal nummer toevoegen
tax-id-added = Fiscaal nummer toegevoegd.
tax-id-removed = Fiscaal nummer verwijderd.
