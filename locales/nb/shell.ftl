### Key (nb)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Paylera kundeportal
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Gå til hovedinnholdet
shell-footer = Betalinger og fakturering via Paylera.
shell-intro-lead = Her kan du administrere abonnementer, fakturaer og betalingsmåter hos en bedrift som fakturerer deg via Paylera.
shell-intro-how-to-reach = Du kommer til portalen via en sikker lenke fra forhandleren din, bedriften du kjøper fra: se etter en lenke som «Administrer fakturering» eller «Faktureringsportal» i appen, på nettstedet eller i e-postene deres. Lenken logger deg inn en kort stund; du trenger ikke noe Paylera-passord.
shell-signed-in-help = Når du er ferdig, går du tilbake til bedriften du kom fra. Da avsluttes besøket her; åpne faktureringsportalen deres igjen for å komme tilbake.
shell-return-to-merchant-button = Tilbake til forhandleren
shell-link-expired-heading = Lenken er utløpt eller allerede brukt
shell-link-expired-advice = Av sikkerhetshensyn virker hver lenke til portalen bare én gang og bare en kort stund. Gå tilbake til bedriften og åpne faktureringsportalen deres igjen for å få en ny lenke.
shell-link-rate-limited-heading = For mange forsøk, prøv igjen om et minutt
shell-link-rate-limited-advice = Vi har mottatt for mange forsøk på å åpne portalen. Vent et minutt, og last deretter inn siden på nytt.
shell-link-unavailable-heading = Vi kunne ikke åpne faktureringsportalen din
shell-link-unavailable-advice = Faktureringstjenestene våre svarte ikke. Last inn siden på nytt om noen minutter.
# Has the `{ $merchant }` placeholder.
shell-return-to = Tilbake til { $merchant }
shell-not-found-heading = Fant ikke siden
shell-not-found-body = Vi fant ikke siden du ba om. Hvis du fulgte en lenke fra en bedrift som fakturerer deg, kan lenken være utløpt: be dem om en ny.
shell-not-found-home-link = Gå til portalens forside
shell-module-subscription-title = Abonnement
shell-module-subscription-description = Endre eller si opp planen din.
shell-module-payment-methods-title = Betalingsmåter
shell-module-payment-methods-description = Legg til eller bytt kortet eller bankkontoen du betaler med.
shell-module-invoices-title = Fakturaer
shell-module-invoices-description = Se og last ned tidligere fakturaer.
shell-module-tax-ids-title = Skatte-ID-er
shell-module-tax-ids-description = Legg til eller fjern skatte-ID-ene som står på fakturaene dine.
shell-module-address-title = Fakturaadresse
shell-module-address-description = Oppdater adressen på fakturaene dine.
