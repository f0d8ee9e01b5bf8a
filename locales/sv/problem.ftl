### ProblemText (sv)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Din session har avslutats. Gå tillbaka till handlaren och öppna faktureringsportalen igen.
problem-csrf-failed = Sidan var öppen för länge för att kunna skickas säkert. Ladda om sidan och försök igen.
problem-service-unavailable = Faktureringstjänsterna svarar inte just nu. Inget har ändrats; försök igen om en minut.
problem-not-allowed = Den här åtgärden är inte tillgänglig i din faktureringsportal.
problem-rate-limited = För många försök på kort tid. Vänta en minut och försök sedan igen.
problem-not-found = Vi kunde inte hitta det här objektet. Det kan ha tagits bort; ladda om sidan.
problem-required = Det här fältet är obligatoriskt.
problem-invalid-value = Värdet är ogiltigt. Kontrollera det och försök igen.
problem-invalid-country = Välj ett land i listan.
problem-invalid-postal-code = Postnumret är ogiltigt för det land du valde.
problem-invalid-state = Välj en delstat, provins eller region som finns i det land du valde.
problem-tax-id-type-unsupported = Den här typen av skatteregistreringsnummer stöds inte. Välj en annan typ.
problem-tax-id-invalid = Skatteregistreringsnumret har inte rätt format för sin typ. Se exemplet under fältet.
problem-tax-id-checksum-invalid = Skatteregistreringsnumret innehåller ett skrivfel: kontrollsiffrorna stämmer inte. Kontrollera varje tecken.
problem-tax-id-limit-reached = Du har nått det högsta antalet skatteregistreringsnummer. Ta bort ett innan du lägger till ett nytt.
problem-already-exists = Du har redan lagt till det här.
problem-incorrect-number = Kortnumret är ogiltigt. Kontrollera siffrorna och försök igen.
problem-invalid-expiry-month = Utgångsmånaden måste vara mellan 01 och 12.
problem-invalid-expiry-year = Utgångsåret är ogiltigt.
problem-expired-card = Kortet har gått ut. Använd ett annat kort.
problem-invalid-cvc = Säkerhetskoden är ogiltig: det är de 3 siffrorna på kortets baksida (4 på framsidan för American Express).
problem-card-declined = Ditt kort nekades. Använd ett annat kort eller kontakta din bank.
problem-insufficient-funds = Det finns inte tillräckligt med pengar på ditt kort. Använd ett annat kort eller kontakta din bank.
problem-authentication-required = Din bank ber dig bekräfta kortet innan det kan användas.
problem-authentication-failed = Din bank kunde inte bekräfta kortet. Försök igen eller använd ett annat kort.
problem-last-payment-method = Det här är den enda betalningsmetoden för din aktiva prenumeration. Lägg först till ett annat kort och ta sedan bort det här.
problem-payment-method-missing = Lägg först till en betalningsmetod.
problem-invoice-not-payable = Fakturan kan inte betalas just nu: den kan redan vara betald eller makulerad. Ladda om sidan.
problem-subscription-canceled = Prenumerationen har avslutats och kan inte längre ändras.
problem-generic = Något gick fel och inget har ändrats. Försök igen.
