### Key (nl)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Paylera-klantportaal
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Naar de hoofdinhoud
shell-footer = Betalingen en facturering door Paylera.
shell-intro-lead = Hier beheer je je abonnementen, facturen en betaalmethoden bij een bedrijf dat je via Paylera factureert.
shell-intro-how-to-reach = Je komt op dit portaal via een beveiligde link van je verkoper, het bedrijf waar je koopt: zoek naar een link als 'Facturering beheren' of 'Factuurportaal' in hun app, website of e-mails. De link logt je even in; je hebt geen Paylera-wachtwoord nodig.
shell-signed-in-help = Als je klaar bent, ga je terug naar het bedrijf waar je vandaan kwam. Daarmee eindigt je bezoek; om terug te komen, open je hun factuurportaal opnieuw.
shell-return-to-merchant-button = Terug naar verkoper
shell-link-expired-heading = Deze link is verlopen of al gebruikt
shell-link-expired-advice = Voor je veiligheid werkt elke link naar dit portaal maar één keer en maar kort. Ga terug naar het bedrijf en open hun factuurportaal opnieuw voor een nieuwe link.
shell-link-rate-limited-heading = Te veel pogingen, probeer het over een minuut opnieuw
shell-link-rate-limited-advice = We hebben te veel pogingen ontvangen om dit portaal te openen. Wacht een minuut en laad deze pagina daarna opnieuw.
shell-link-unavailable-heading = We konden je factuurportaal niet openen
shell-link-unavailable-advice = Onze factureringsdiensten reageerden niet. Laad deze pagina over een paar minuten opnieuw.
# Has the `{ $merchant }` placeholder.
shell-return-to = Terug naar { $merchant }
shell-not-found-heading = Pagina niet gevonden
shell-not-found-body = We konden de gevraagde pagina niet vinden. Volgde je een link van een bedrijf dat je factureert, dan is die misschien verlopen: vraag om een nieuwe.
shell-not-found-home-link = Naar de startpagina van het portaal
shell-module-subscription-title = Abonnement
shell-module-subscription-description = Wijzig of annuleer je abonnement.
shell-module-payment-methods-title = Betaalmethoden
shell-module-payment-methods-description = Voeg de kaart of bankrekening waarmee je betaalt toe of vervang deze.
shell-module-invoices-title = Facturen
shell-module-invoices-description = Bekijk en download je eerdere facturen.
shell-module-tax-ids-title = Btw-nummers
shell-module-tax-ids-description = Voeg btw-nummers op je facturen toe of verwijder ze.
shell-module-address-title = Factuuradres
shell-module-address-description = Werk het adres op je facturen bij.
