### TaxIdText (it)
## The tax IDs page.

tax-id-list-heading = I tuoi codici fiscali
tax-id-empty = Non hai ancora aggiunto un codice fiscale.
tax-id-column-type = Tipo
tax-id-column-number = Numero
tax-id-column-status = Verifica
tax-id-column-actions = Azioni
tax-id-unverified = Non verificato
tax-id-pending = Verifica in corso
tax-id-verified = Verificato
tax-id-unavailable = Verifica non disponibile
tax-id-remove-number = Rimuovi { $number }
tax-id-confirm-heading = Rimuovere questo codice fiscale?
tax-id-confirm-text = { $number } non comparirà più sulle tue fatture.
tax-id-confirm-button = Sì, rimuovi { $number }
tax-id-keep = Mantienilo
tax-id-add-heading = Aggiungi un codice fiscale
tax-id-type-label = Tipo (obbligatorio)
tax-id-type-option = { $type } (es. { $example })
tax-id-value-label = Numero (obbligatorio)
tax-id-value-hint = { $type }: ad esempio { $example }. Spazi, punti e trattini vengono ignorati.
tax-id-add-button = Aggiungi codice fiscale
tax-id-added = Codice fiscale aggiunto.
tax-id-removed = Codice fiscale rimosso.
