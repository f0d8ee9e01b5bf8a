### Key (ro)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Portalul pentru clienți Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Salt la conținutul principal
shell-footer = Plăți și facturare prin Paylera.
shell-intro-lead = Aici vă puteți gestiona abonamentele, facturile și metodele de plată la o companie care vă facturează prin Paylera.
shell-intro-how-to-reach = Ajungeți în acest portal printr-un link securizat de la comerciantul dumneavoastră, compania de la care cumpărați: căutați un link „Gestionați facturarea” sau „Portal de facturare” în aplicația, site-ul sau e-mailurile acesteia. Linkul vă conectează pentru scurt timp; nu există nicio parolă Paylera de reținut.
shell-signed-in-help = Când ați terminat, reveniți la compania de la care ați venit. Astfel vizita dumneavoastră aici se încheie; pentru a reveni, deschideți din nou portalul de facturare al acesteia.
shell-return-to-merchant-button = Înapoi la comerciant
shell-link-expired-heading = Acest link a expirat sau a fost deja folosit
shell-link-expired-advice = Pentru siguranța dumneavoastră, fiecare link către acest portal funcționează o singură dată și doar pentru scurt timp. Reveniți la companie și deschideți din nou portalul de facturare al acesteia pentru a primi un link nou.
shell-link-rate-limited-heading = Prea multe încercări, încercați din nou peste un minut
shell-link-rate-limited-advice = Am primit prea multe încercări de a deschide acest portal. Așteptați un minut, apoi reîncărcați această pagină.
shell-link-unavailable-heading = Nu am putut deschide portalul dumneavoastră de facturare
shell-link-unavailable-advice = Serviciile noastre de facturare nu au răspuns. Vă rugăm să reîncărcați această pagină peste câteva minute.
# Has the `{ $merchant }` placeholder.
shell-return-to = Înapoi la { $merchant }
shell-not-found-heading = Pagina nu a fost găsită
shell-not-found-body = Nu am găsit pagina solicitată. Dacă ați urmat un link de la o companie care vă facturează, este posibil ca linkul să fi expirat: cereți-i unul nou.
shell-not-found-home-link = Accesați pagina principală a portalului
shell-module-subscription-title = Abonament
shell-module-subscription-description = Schimbați sau anulați planul.
shell-module-payment-methods-title = Metode de plată
shell-module-payment-methods-description = Adăugați sau înlocuiți cardul ori contul bancar cu care plătiți.
shell-module-invoices-title = Facturi
shell-module-invoices-description = Vedeți și descărcați facturile anterioare.
shell-module-tax-ids-title = Coduri fiscale
shell-module-tax-ids-description = Adăugați sau eliminați codurile fiscale afișate pe facturi.
shell-module-address-title = Adresa de facturare
shell-module-address-description = Actualizați adresa de pe facturi.
