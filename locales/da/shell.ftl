### Key (da)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Paylera kundeportal
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Gå til hovedindholdet
shell-footer = Betalinger og fakturering via Paylera.
shell-intro-lead = Her kan du administrere dine abonnementer, fakturaer og betalingsmetoder hos en virksomhed, der fakturerer dig via Paylera.
shell-intro-how-to-reach = Du kommer til portalen via et sikkert link fra din forhandler, virksomheden du køber hos: kig efter et link som »Administrer fakturering« eller »Faktureringsportal« i deres app, på deres websted eller i deres e-mails. Linket logger dig ind i kort tid; der er ingen Paylera-adgangskode at huske.
shell-signed-in-help = Når du er færdig, så gå tilbage til virksomheden, du kom fra. Det afslutter dit besøg her; åbn deres faktureringsportal igen for at komme tilbage.
shell-return-to-merchant-button = Tilbage til forhandleren
shell-link-expired-heading = Linket er udløbet eller allerede brugt
shell-link-expired-advice = Af hensyn til din sikkerhed virker hvert link til portalen kun én gang og kun i kort tid. Gå tilbage til virksomheden, og åbn deres faktureringsportal igen for at få et nyt link.
shell-link-rate-limited-heading = For mange forsøg, prøv igen om et minut
shell-link-rate-limited-advice = Vi har modtaget for mange forsøg på at åbne portalen. Vent et minut, og genindlæs derefter siden.
shell-link-unavailable-heading = Vi kunne ikke åbne din faktureringsportal
shell-link-unavailable-advice = Vores faktureringstjenester svarede ikke. Genindlæs siden om et par minutter.
# Has the `{ $merchant }` placeholder.
shell-return-to = Tilbage til { $merchant }
shell-not-found-heading = Siden blev ikke fundet
shell-not-found-body = Vi kunne ikke finde den side, du bad om. Hvis du fulgte et link fra en virksomhed, der fakturerer dig, er linket måske udløbet: bed dem om et nyt.
shell-not-found-home-link = Gå til portalens forside
shell-module-subscription-title = Abonnement
shell-module-subscription-description = Skift eller opsig din plan.
shell-module-payment-methods-title = Betalingsmetoder
shell-module-payment-methods-description = Tilføj eller udskift det kort eller den bankkonto, du betaler med.
shell-module-invoices-title = Fakturaer
shell-module-invoices-description = Se og download dine tidligere fakturaer.
shell-module-tax-ids-title = Skatte-id'er
shell-module-tax-ids-description = Tilføj eller fjern de skatte-id'er, der står på dine fakturaer.
shell-module-address-title = Faktureringsadresse
shell-module-address-description = Opdater adressen på dine fakturaer.
