### TaxIdText (sv)
## The tax IDs page.

tax-id-list-heading = Dina skatte-id:n
tax-id-empty = Du har inte lagt till något skatte-id än.
tax-id-column-type = Typ
tax-id-column-number = Nummer
tax-id-column-status = Kontroll
tax-id-column-actions = Åtgärder
tax-id-unverified = Inte kontrollerat
tax-id-pending = Kontroll pågår
tax-id-verified = Kontrollerat
tax-id-unavailable = Kontroll inte möjlig
tax-id-remove-number = Ta bort { $number }
tax-id-confirm-heading = Ta bort det här skatte-id:t?
tax-id-confirm-text = { $number } visas inte längre på dina fakturor.
tax-id-confirm-button = Ja, ta bort { $number }
tax-id-keep = Behåll
tax-id-add-heading = Lägg till ett skatte-id
tax-id-type-label = Typ (obligatoriskt)
tax-id-type-option = { $type } (t.ex. { $example })
tax-id-value-label = Nummer (obligatoriskt)
tax-id-value-hint = { $type }: till exempel { $example }. Mellanslag, punkter och bindestreck ignoreras.
tax-id-add-button = Lägg till skatte-id
tax-id-added = Skatte-id:t har lagts till.
tax-id-removed = Skatte-id:t har tagits bort.
