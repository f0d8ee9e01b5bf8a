### Key (sv)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Paylera kundportal
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Hoppa till huvudinnehållet
shell-footer = Betalningar och fakturering via Paylera.
shell-intro-lead = Här kan du hantera dina prenumerationer, fakturor och betalningssätt hos ett företag som fakturerar dig via Paylera.
shell-intro-how-to-reach = Du når portalen via en säker länk från din handlare, företaget du köper från: leta efter en länk som ”Hantera fakturering” eller ”Faktureringsportal” i deras app, på webbplatsen eller i deras mejl. Länken loggar in dig en kort stund; du behöver inget Paylera-lösenord.
shell-signed-in-help = När du är klar går du tillbaka till företaget du kom från. Då avslutas besöket här; öppna deras faktureringsportal igen för att komma tillbaka.
shell-return-to-merchant-button = Tillbaka till handlaren
shell-link-expired-heading = Länken har gått ut eller har redan använts
shell-link-expired-advice = För din säkerhet fungerar varje länk till portalen bara en gång och bara en kort stund. Gå tillbaka till företaget och öppna deras faktureringsportal igen för att få en ny länk.
shell-link-rate-limited-heading = För många försök, försök igen om en minut
shell-link-rate-limited-advice = Vi har tagit emot för många försök att öppna portalen. Vänta en minut och ladda sedan om sidan.
shell-link-unavailable-heading = Vi kunde inte öppna din faktureringsportal
shell-link-unavailable-advice = Våra faktureringstjänster svarade inte. Ladda om sidan om några minuter.
# Has the `{ $merchant }` placeholder.
shell-return-to = Tillbaka till { $merchant }
shell-not-found-heading = Sidan hittades inte
shell-not-found-body = Vi hittade inte sidan du bad om. Om du följde en länk från ett företag som fakturerar dig kan länken ha gått ut: be dem om en ny.
shell-not-found-home-link = Till portalens startsida
shell-module-subscription-title = Prenumeration
shell-module-subscription-description = Ändra eller säg upp din plan.
shell-module-payment-methods-title = Betalningsmetoder
shell-module-payment-methods-description = Lägg till eller byt kortet eller bankkontot du betalar med.
shell-module-invoices-title = Fakturor
shell-module-invoices-description = Visa och ladda ner dina tidigare fakturor.
shell-module-tax-ids-title = Skatteregistreringsnummer
shell-module-tax-ids-description = Lägg till eller ta bort skatteregistreringsnummer på dina fakturor.
shell-module-address-title = Faktureringsadress
shell-module-address-description = Uppdatera adressen på dina fakturor.
