### TaxIdText (de)
## The tax IDs page.

tax-id-list-heading = Ihre Steuernummern
tax-id-empty = Sie haben noch keine Steuernummer hinzugefügt.
tax-id-column-type = Art
tax-id-column-number = Nummer
tax-id-column-status = Prüfung
tax-id-column-actions = Aktionen
tax-id-unverified = Nicht geprüft
tax-id-pending = Prüfung läuft
tax-id-verified = Geprüft
tax-id-unavailable = Prüfung nicht möglich
tax-id-remove-number = { $number } entfernen
tax-id-confirm-heading = Diese Steuernummer entfernen?
tax-id-confirm-text = { $number } erscheint dann nicht mehr auf Ihren Rechnungen.
tax-id-confirm-button = Ja, { $number } entfernen
tax-id-keep = Behalten
tax-id-add-heading = Steuernummer hinzufügen
tax-id-type-label = Art (Pflichtfeld)
tax-id-type-option = { $type } (z. B. { $example })
tax-id-value-label = Nummer (Pflichtfeld)
tax-id-value-hint = { $type }: zum Beispiel { $example }. Leerzeichen, Punkte und Bindestriche werden ignoriert.
tax-id-add-button = Steuernummer hinzufügen
tax-id-added = Steuernummer hinzugefügt.
tax-id-removed = Steuernummer entfernt.
