### TaxIdText (hr)
## The tax IDs page.

tax-id-list-heading = Vaši porezni brojevi
tax-id-empty = Još niste dodali nijedan porezni broj.
tax-id-column-type = Vrsta
tax-id-column-number = Broj
tax-id-column-status = Provjera
tax-id-column-actions = Radnje
tax-id-unverified = Nije provjeren
tax-id-pending = Provjera u tijeku
tax-id-verified = Provjeren
tax-id-unavailable = Provjera nije dostupna
tax-id-remove-number = Ukloni { $number }
tax-id-confirm-heading = Ukloniti ovaj porezni broj?
tax-id-confirm-text = { $number } više se neće prikazivati na vašim računima.
tax-id-confirm-button = Da, ukloni { $number }
tax-id-keep = Zadrži
tax-id-add-heading = Dodaj porezni broj
tax-id-type-label = Vrsta (obavezno)
tax-id-type-option = { $type } (npr. { $example })
tax-id-value-label = Broj (obavezno)
tax-id-value-hint = { $type }: na primjer { $example }. Razmaci, točke i crtice se zanemaruju.
tax-id-add-button = Dodaj porezni broj
tax-id-added = Porezni broj je dodan.
tax-id-removed = Porezni broj je uklonjen.
