### TaxIdText (pl)
## The tax IDs page.

tax-id-list-heading = Twoje numery podatkowe
tax-id-empty = Nie dodano jeszcze żadnego numeru podatkowego.
tax-id-column-type = Rodzaj
tax-id-column-number = Numer
tax-id-column-status = Weryfikacja
tax-id-column-actions = Działania
tax-id-unverified = Niezweryfikowany
tax-id-pending = Weryfikacja w toku
tax-id-verified = Zweryfikowany
tax-id-unavailable = Weryfikacja niedostępna
tax-id-remove-number = Usuń { $number }
tax-id-confirm-heading = Usunąć ten numer podatkowy?
tax-id-confirm-text = { $number } nie będzie już widoczny na Twoich fakturach.
tax-id-confirm-button = Tak, usuń { $number }
tax-id-keep = Zachowaj
tax-id-add-heading = Dodaj numer podatkowy
tax-id-type-label = Rodzaj (wymagane)
tax-id-type-option = { $type } (np. { $example })
tax-id-value-label = Numer (wymagane)
tax-id-value-hint = { $type }: na przykład { $example }. Spacje, kropki i myślniki są pomijane.
tax-id-add-button = Dodaj numer podatkowy
tax-id-added = Numer podatkowy został dodany.
tax-id-removed = Numer podatkowy został usunięty.
