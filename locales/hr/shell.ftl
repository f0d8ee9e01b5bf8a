### Key (hr)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Korisnički portal Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Prijeđi na glavni sadržaj
shell-footer = Plaćanje i naplatu omogućuje Paylera.
shell-intro-lead = Ovdje možete upravljati pretplatama, računima i načinima plaćanja kod tvrtke koja vam naplaćuje putem usluge Paylera.
shell-intro-how-to-reach = Na ovaj portal dolazite putem sigurne poveznice od svojeg trgovca, tvrtke od koje kupujete: potražite poveznicu „Upravljanje naplatom” ili „Portal za naplatu” u njezinoj aplikaciji, na web-mjestu ili u e-porukama. Poveznica vas prijavljuje na kratko vrijeme; ne trebate pamtiti nikakvu lozinku za Paylera.
shell-signed-in-help = Kada završite, vratite se tvrtki s koje ste došli. Time završava vaš posjet ovdje; da biste se vratili, ponovno otvorite njezin portal za naplatu.
shell-return-to-merchant-button = Natrag trgovcu
shell-link-expired-heading = Ova je poveznica istekla ili je već upotrijebljena
shell-link-expired-advice = Radi vaše sigurnosti svaka poveznica na ovaj portal radi samo jednom i samo kratko vrijeme. Vratite se tvrtki i ponovno otvorite njezin portal za naplatu da biste dobili novu poveznicu.
shell-link-rate-limited-heading = Previše pokušaja, pokušajte ponovno za minutu
shell-link-rate-limited-advice = Primili smo previše pokušaja otvaranja ovog portala. Pričekajte minutu, a zatim ponovno učitajte ovu stranicu.
shell-link-unavailable-heading = Nismo mogli otvoriti vaš portal za naplatu
shell-link-unavailable-advice = Naše usluge naplate nisu odgovorile. Ponovno učitajte ovu stranicu za nekoliko minuta.
# Has the `{ $merchant }` placeholder.
shell-return-to = Natrag na { $merchant }
shell-not-found-heading = Stranica nije pronađena
shell-not-found-body = Nismo pronašli stranicu koju ste zatražili. Ako ste slijedili poveznicu tvrtke koja vam naplaćuje, poveznica je možda istekla: zatražite novu.
shell-not-found-home-link = Idi na početnu stranicu portala
shell-module-subscription-title = Pretplata
shell-module-subscription-description = Promijenite ili otkažite svoj paket.
shell-module-payment-methods-title = Načini plaćanja
shell-module-payment-methods-description = Dodajte ili zamijenite karticu ili bankovni račun kojim plaćate.
shell-module-invoices-title = Računi
shell-module-invoices-description = Pregledajte i preuzmite svoje prethodne račune.
shell-module-tax-ids-title = Porezni brojevi
shell-module-tax-ids-description = Dodajte ili uklonite porezne brojeve prikazane na vašim računima.
shell-module-address-title = Adresa za naplatu
shell-module-address-description = Ažurirajte adresu na svojim računima.
