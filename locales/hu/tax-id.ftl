### TaxIdText (hu)
## The tax IDs page.

tax-id-list-heading = Az Ön adóazonosítói
tax-id-empty = Még nem adott hozzá adóazonosítót.
tax-id-column-type = Típus
tax-id-column-number = Szám
tax-id-column-status = Ellenőrzés
tax-id-column-actions = Műveletek
tax-id-unverified = Nincs ellenőrizve
tax-id-pending = Ellenőrzés folyamatban
tax-id-verified = Ellenőrizve
tax-id-unavailable = Az ellenőrzés nem érhető el
tax-id-remove-number = { $number } eltávolítása
tax-id-confirm-heading = Eltávolítja ezt az adóazonosítót?
tax-id-confirm-text = { $number } többé nem jelenik meg a számláin.
tax-id-confirm-button = Igen, { $number } eltávolítása
tax-id-keep = Megtartom
tax-id-add-heading = Adóazonosító hozzáadása
tax-id-type-label = Típus (kötelező)
tax-id-type-option = { $type } (pl. { $example })
tax-id-value-label = Szám (kötelező)
tax-id-value-hint = { $type }: például { $example }. A szóközöket, pontokat és kötőjeleket figyelmen kívül hagyjuk.
tax-id-add-button = Adóazonosító hozzáadása
tax-id-added = Adóazonosító hozzáadva.
tax-id-removed = Adóazonosító eltávolítva.
