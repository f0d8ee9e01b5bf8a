### ProblemText (da)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Din session er afsluttet. Gå tilbage til forhandleren, og åbn faktureringsportalen igen.
problem-csrf-failed = Siden har været åben for længe til at kunne sendes sikkert. Genindlæs siden, og prøv igen.
problem-service-unavailable = Faktureringstjenesterne svarer ikke lige nu. Intet er blevet ændret; prøv igen om et minut.
problem-not-allowed = Denne handling er ikke tilgængelig i din faktureringsportal.
problem-rate-limited = For mange forsøg på kort tid. Vent et minut, og prøv så igen.
problem-not-found = Vi kunne ikke finde dette element. Det er muligvis blevet fjernet; genindlæs siden.
problem-required = Dette felt skal udfyldes.
problem-invalid-value = Værdien er ikke gyldig. Tjek den, og prøv igen.
problem-invalid-country = Vælg et land på listen.
problem-invalid-postal-code = Postnummeret er ikke gyldigt for det valgte land.
problem-invalid-state = Vælg en delstat, provins eller region, der findes i det valgte land.
problem-tax-id-type-unsupported = Denne type skatte-id understøttes ikke. Vælg en anden type.
problem-tax-id-invalid = Dette skatte-id har ikke det rigtige format for sin type. Se eksemplet under feltet.
problem-tax-id-checksum-invalid = Dette skatte-id indeholder en tastefejl: kontrolcifrene passer ikke. Tjek hvert tegn.
problem-tax-id-limit-reached = Du har nået det maksimale antal skatte-id'er. Fjern et, før du tilføjer et nyt.
problem-already-exists = Du har allerede tilføjet dette.
problem-incorrect-number = Kortnummeret er ikke gyldigt. Tjek cifrene, og prøv igen.
problem-invalid-expiry-month = Udløbsmåneden skal være mellem 01 og 12.
problem-invalid-expiry-year = Udløbsåret er ikke gyldigt.
problem-expired-card = Kortet er udløbet. Brug et andet kort.
problem-invalid-cvc = Sikkerhedskoden er ikke gyldig: det er de 3 cifre på bagsiden af kortet (4 på forsiden for American Express).
problem-card-declined = Dit kort blev afvist. Brug et andet kort, eller kontakt din bank.
problem-insufficient-funds = Der er ikke dækning nok på dit kort. Brug et andet kort, eller kontakt din bank.
problem-authentication-required = Din bank beder dig bekræfte kortet, før det kan bruges.
problem-authentication-failed = Din bank kunne ikke bekræfte kortet. Prøv igen, eller brug et andet kort.
problem-last-payment-method = Dette er den eneste betalingsmetode til dit aktive abonnement. Tilføj først et andet kort, og fjern derefter dette.
problem-payment-method-missing = Tilføj først en betalingsmetode.
problem-invoice-not-payable = Fakturaen kan ikke betales lige nu: den er muligvis allerede betalt eller annulleret. Genindlæs siden.
problem-subscription-canceled = Abonnementet er ophørt og kan ikke længere ændres.
problem-generic = Noget gik galt, og intet er blevet ændret. Prøv igen.
