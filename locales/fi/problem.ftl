### ProblemText (fi)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Istuntosi on päättynyt. Palaa kauppiaalle ja avaa laskutusportaali uudelleen.
problem-csrf-failed = Sivu on ollut auki liian kauan, jotta sen voisi lähettää turvallisesti. Lataa sivu uudelleen ja yritä sitten uudestaan.
problem-service-unavailable = Laskutuspalvelut eivät vastaa juuri nyt. Mitään ei muutettu; yritä uudelleen minuutin kuluttua.
problem-not-allowed = Tämä toiminto ei ole käytettävissä laskutusportaalissasi.
problem-rate-limited = Liian monta yritystä lyhyessä ajassa. Odota minuutti ja yritä sitten uudelleen.
problem-not-found = Emme löytäneet tätä kohdetta. Se on ehkä poistettu; lataa sivu uudelleen.
problem-required = Tämä kenttä on pakollinen.
problem-invalid-value = Arvo ei kelpaa. Tarkista se ja yritä uudelleen.
problem-invalid-country = Valitse maa luettelosta.
problem-invalid-postal-code = Postinumero ei kelpaa valitsemassasi maassa.
problem-invalid-state = Valitse osavaltio, provinssi tai alue, joka on olemassa valitsemassasi maassa.
problem-tax-id-type-unsupported = Tämäntyyppistä verotunnistetta ei tueta. Valitse toinen tyyppi.
problem-tax-id-invalid = Verotunniste ei ole tyypilleen oikeassa muodossa. Katso esimerkki kentän alta.
problem-tax-id-checksum-invalid = Verotunnisteessa on kirjoitusvirhe: sen tarkistusmerkit eivät täsmää. Tarkista jokainen merkki.
problem-tax-id-limit-reached = Olet lisännyt enimmäismäärän verotunnisteita. Poista yksi ennen kuin lisäät uuden.
problem-already-exists = Olet jo lisännyt tämän.
problem-incorrect-number = Kortin numero ei kelpaa. Tarkista numerot ja yritä uudelleen.
problem-invalid-expiry-month = Voimassaolokuukauden on oltava välillä 01–12.
problem-invalid-expiry-year = Voimassaolovuosi ei kelpaa.
problem-expired-card = Kortin voimassaolo on päättynyt. Käytä toista korttia.
problem-invalid-cvc = Turvakoodi ei kelpaa: se on kortin takapuolella olevat 3 numeroa (American Expressissä 4 numeroa etupuolella).
problem-card-declined = Korttisi hylättiin. Käytä toista korttia tai ota yhteyttä pankkiisi.
problem-insufficient-funds = Kortillasi ei ole riittävästi katetta. Käytä toista korttia tai ota yhteyttä pankkiisi.
problem-authentication-required = Pankkisi pyytää sinua vahvistamaan tämän kortin ennen kuin sitä voi käyttää.
problem-authentication-failed = Pankkisi ei voinut vahvistaa tätä korttia. Yritä uudelleen tai käytä toista korttia.
problem-last-payment-method = Tämä on aktiivisen tilauksesi ainoa maksutapa. Lisää ensin toinen kortti ja poista sitten tämä.
problem-payment-method-missing = Lisää ensin maksutapa.
problem-invoice-not-payable = Tätä laskua ei voi maksaa nyt: se on ehkä jo maksettu tai mitätöity. Lataa sivu uudelleen.
problem-subscription-canceled = Tämä tilaus on päättynyt, eikä sitä voi enää muuttaa.
problem-generic = Jokin meni vikaan, eikä mitään muutettu. Yritä uudelleen.
