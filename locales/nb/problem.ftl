### ProblemText (nb)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Økten din er avsluttet. Gå tilbake til forhandleren og åpne faktureringsportalen igjen.
problem-csrf-failed = Siden har vært åpen for lenge til å kunne sendes trygt. Last inn siden på nytt og prøv igjen.
problem-service-unavailable = Faktureringstjenestene svarer ikke akkurat nå. Ingenting er endret; prøv igjen om et minutt.
problem-not-allowed = Denne handlingen er ikke tilgjengelig i faktureringsportalen din.
problem-rate-limited = For mange forsøk på kort tid. Vent et minutt, og prøv deretter igjen.
problem-not-found = Vi fant ikke dette elementet. Det kan ha blitt fjernet; last inn siden på nytt.
problem-required = Dette feltet må fylles ut.
problem-invalid-value = Verdien er ugyldig. Kontroller den og prøv igjen.
problem-invalid-country = Velg et land fra listen.
problem-invalid-postal-code = Postnummeret er ikke gyldig for landet du valgte.
problem-invalid-state = Velg en delstat, provins eller region som finnes i landet du valgte.
problem-tax-id-type-unsupported = Denne typen skatte-ID støttes ikke. Velg en annen type.
problem-tax-id-invalid = Denne skatte-ID-en har ikke riktig format for typen. Se eksempelet under feltet.
problem-tax-id-checksum-invalid = Denne skatte-ID-en inneholder en skrivefeil: kontrollsifrene stemmer ikke. Kontroller hvert tegn.
problem-tax-id-limit-reached = Du har nådd maksimalt antall skatte-ID-er. Fjern én før du legger til en ny.
problem-already-exists = Du har allerede lagt til dette.
problem-incorrect-number = Kortnummeret er ugyldig. Kontroller sifrene og prøv igjen.
problem-invalid-expiry-month = Utløpsmåneden må være mellom 01 og 12.
problem-invalid-expiry-year = Utløpsåret er ugyldig.
problem-expired-card = Kortet er utløpt. Bruk et annet kort.
problem-invalid-cvc = Sikkerhetskoden er ugyldig: det er de 3 sifrene på baksiden av kortet (4 på forsiden for American Express).
problem-card-declined = Kortet ditt ble avvist. Bruk et annet kort eller kontakt banken din.
problem-insufficient-funds = Det er ikke nok dekning på kortet ditt. Bruk et annet kort eller kontakt banken din.
problem-authentication-required = Banken din ber deg bekrefte kortet før det kan brukes.
problem-authentication-failed = Banken din kunne ikke bekrefte kortet. Prøv igjen eller bruk et annet kort.
problem-last-payment-method = Dette er den eneste betalingsmåten for det aktive abonnementet ditt. Legg til et annet kort først, og fjern deretter dette.
problem-payment-method-missing = Legg til en betalingsmåte først.
problem-invoice-not-payable = Denne fakturaen kan ikke betales nå: den kan allerede være betalt eller annullert. Last inn siden på nytt.
problem-subscription-canceled = Dette abonnementet er avsluttet og kan ikke lenger endres.
problem-generic = Noe gikk galt, og ingenting ble endret. Prøv igjen.
