### ProblemText (nl)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Je sessie is beëindigd. Ga terug naar de verkoper en open het factuurportaal opnieuw.
problem-csrf-failed = Deze pagina stond te lang open om veilig te kunnen verzenden. Laad de pagina opnieuw en probeer het nog eens.
problem-service-unavailable = De factureringsdiensten reageren op dit moment niet. Er is niets gewijzigd; probeer het over een minuut opnieuw.
problem-not-allowed = Deze actie is niet beschikbaar in je factuurportaal.
problem-rate-limited = Te veel pogingen in korte tijd. Wacht een minuut en probeer het dan opnieuw.
problem-not-found = We konden dit item niet vinden. Mogelijk is het verwijderd; laad de pagina opnieuw.
problem-required = Dit veld is verplicht.
problem-invalid-value = Deze waarde is ongeldig. Controleer deze en probeer het opnieuw.
problem-invalid-country = Kies een land uit de lijst.
problem-invalid-postal-code = Deze postcode is ongeldig voor het gekozen land.
problem-invalid-state = Kies een staat, provincie of regio die in het gekozen land bestaat.
problem-tax-id-type-unsupported = Dit type btw-nummer wordt niet ondersteund. Kies een ander type.
problem-tax-id-invalid = Dit btw-nummer heeft niet de juiste notatie voor dit type. Bekijk het voorbeeld onder het veld.
problem-tax-id-checksum-invalid = Dit btw-nummer bevat een typefout: de controlecijfers kloppen niet. Controleer elk teken.
problem-tax-id-limit-reached = Je hebt het maximale aantal btw-nummers bereikt. Verwijder er een voordat je een nieuw nummer toevoegt.
problem-already-exists = Je hebt dit al toegevoegd.
problem-incorrect-number = Dit kaartnummer is ongeldig. Controleer de cijfers en probeer het opnieuw.
problem-invalid-expiry-month = De vervalmaand moet tussen 01 en 12 liggen.
problem-invalid-expiry-year = Het vervaljaar is ongeldig.
problem-expired-card = Deze kaart is verlopen. Gebruik een andere kaart.
problem-invalid-cvc = De beveiligingscode is ongeldig: dit zijn de 3 cijfers op de achterkant van de kaart (bij American Express 4 cijfers op de voorkant).
problem-card-declined = Je kaart is geweigerd. Gebruik een andere kaart of neem contact op met je bank.
problem-insufficient-funds = Er staat onvoldoende saldo op je kaart. Gebruik een andere kaart of neem contact op met je bank.
problem-authentication-required = Je bank vraagt je deze kaart te bevestigen voordat je hem kunt gebruiken.
problem-authentication-failed = Je bank kon deze kaart niet bevestigen. Probeer het opnieuw of gebruik een andere kaart.
problem-last-payment-method = Dit is de enige betaalmethode voor je actieve abonnement. Voeg eerst een andere kaart toe en verwijder deze daarna.
problem-payment-method-missing = Voeg eerst een betaalmethode toe.
problem-invoice-not-payable = Deze factuur kan nu niet worden betaald: mogelijk is hij al betaald of geannuleerd. Laad de pagina opnieuw.
problem-subscription-canceled = Dit abonnement is beëindigd en kan niet meer worden gewijzigd.
problem-generic = Er is iets misgegaan en er is niets gewijzigd. Probeer het opnieuw.
