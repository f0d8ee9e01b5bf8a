### Key (fi)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Paylera-asiakasportaali
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Siirry pääsisältöön
shell-footer = Maksut ja laskutus: Paylera.
shell-intro-lead = Täällä voit hoitaa tilauksiasi, laskujasi ja maksutapojasi yrityksessä, joka laskuttaa sinua Payleran kautta.
shell-intro-how-to-reach = Pääset portaaliin kauppiaasi eli yrityksen, jolta ostat, lähettämällä suojatulla linkillä: etsi sen sovelluksesta, verkkosivustolta tai sähköposteista linkkiä ”Hallinnoi laskutusta” tai ”Laskutusportaali”. Linkki kirjaa sinut sisään hetkeksi; Payleran salasanaa ei tarvitse muistaa.
shell-signed-in-help = Kun olet valmis, palaa yritykseen, josta tulit. Tämä päättää käyntisi täällä; palataksesi avaa sen laskutusportaali uudelleen.
shell-return-to-merchant-button = Palaa kauppiaalle
shell-link-expired-heading = Linkki on vanhentunut tai jo käytetty
shell-link-expired-advice = Turvallisuutesi vuoksi jokainen portaalin linkki toimii vain kerran ja vain hetken. Palaa yritykseen ja avaa sen laskutusportaali uudelleen saadaksesi uuden linkin.
shell-link-rate-limited-heading = Liian monta yritystä, yritä uudelleen minuutin kuluttua
shell-link-rate-limited-advice = Saimme liian monta yritystä avata tämä portaali. Odota minuutti ja lataa sitten sivu uudelleen.
shell-link-unavailable-heading = Laskutusportaalisi avaaminen epäonnistui
shell-link-unavailable-advice = Laskutuspalvelumme eivät vastanneet. Lataa sivu uudelleen muutaman minuutin kuluttua.
# Has the `{ $merchant }` placeholder.
shell-return-to = Palaa: { $merchant }
shell-not-found-heading = Sivua ei löytynyt
shell-not-found-body = Pyytämääsi sivua ei löytynyt. Jos seurasit sinua laskuttavan yrityksen linkkiä, se on ehkä vanhentunut: pyydä siltä uusi.
shell-not-found-home-link = Siirry portaalin etusivulle
shell-module-subscription-title = Tilaus
shell-module-subscription-description = Vaihda tai peru tilauksesi.
shell-module-payment-methods-title = Maksutavat
shell-module-payment-methods-description = Lisää tai vaihda kortti tai pankkitili, jolla maksat.
shell-module-invoices-title = Laskut
shell-module-invoices-description = Katso ja lataa aiemmat laskusi.
shell-module-tax-ids-title = Verotunnisteet
shell-module-tax-ids-description = Lisää tai poista laskuissasi näkyviä verotunnisteita.
shell-module-address-title = Laskutusosoite
shell-module-address-description = Päivitä laskujesi osoite.
