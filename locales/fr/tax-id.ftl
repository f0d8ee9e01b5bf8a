### TaxIdText (fr)
## The tax IDs page.

tax-id-list-heading = Vos numéros fiscaux
tax-id-empty = Vous n'avez encore ajouté aucun numéro fiscal.
tax-id-column-type = Type
tax-id-column-number = Numéro
tax-id-column-status = Vérification
tax-id-column-actions = Actions
tax-id-unverified = Non vérifié
tax-id-pending = Vérification en cours
tax-id-verified = Vérifié
tax-id-unavailable = Vérification indisponible
tax-id-remove-number = Supprimer { $number }
tax-id-confirm-heading = Supprimer ce numéro fiscal ?
tax-id-confirm-text = { $number } n'apparaîtra plus sur vos factures.
tax-id-confirm-button = Oui, supprimer { $number }
tax-id-keep = Le conserver
tax-id-add-heading = Ajouter un numéro fiscal
tax-id-type-label = Type (obligatoire)
tax-id-type-option = { $type } (ex. { $example })
tax-id-value-label = Numéro (obligatoire)
tax-id-value-hint = { $type } : par exemple { $example }. Les espaces, points et tirets sont ignorés.
tax-id-add-button = Ajouter le numéro fiscal
tax-id-added = Numéro fiscal ajouté.
tax-id-removed = Numéro fiscal supprimé.
