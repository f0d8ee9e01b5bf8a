### TaxIdText (fi)
## The tax IDs page.

tax-id-list-heading = Verotunnisteesi
tax-id-empty = Et ole vielä lisännyt verotunnistetta.
tax-id-column-type = Tyyppi
tax-id-column-number = Numero
tax-id-column-status = Tarkistus
tax-id-column-actions = Toiminnot
tax-id-unverified = Ei tarkistettu
tax-id-pending = Tarkistus kesken
tax-id-verified = Tarkistettu
tax-id-unavailable = Tarkistus ei käytettävissä
tax-id-remove-number = Poista { $number }
tax-id-confirm-heading = Poistetaanko tämä verotunniste?
tax-id-confirm-text = { $number } ei enää näy laskuissasi.
tax-id-confirm-button = Kyllä, poista { $number }
tax-id-keep = Säilytä
tax-id-add-heading = Lisää verotunniste
tax-id-type-label = Tyyppi (pakollinen)
tax-id-type-option = { $type } (esim. { $example })
tax-id-value-label = Numero (pakollinen)
tax-id-value-hint = { $type }: esimerkiksi { $example }. Välilyönnit, pisteet ja yhdysmerkit ohitetaan.
tax-id-add-button = Lisää verotunniste
tax-id-added = Verotunniste lisätty.
tax-id-removed = Verotunniste poistettu.
