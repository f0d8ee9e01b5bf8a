//! Swedish texts.

use super::Key;

/// The Swedish text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Paylera kundportal",
        Key::BrandName => "Paylera",
        Key::SkipLink => "Hoppa till huvudinnehållet",
        Key::Footer => "Betalningar och fakturering via Paylera.",
        Key::IntroLead => {
            "Här kan du hantera dina prenumerationer, fakturor och betalningssätt hos ett företag som fakturerar dig via Paylera."
        }
        Key::IntroHowToReach => {
            "Du når portalen via en säker länk från din handlare, företaget du köper från: leta efter en länk som ”Hantera fakturering” eller ”Faktureringsportal” i deras app, på webbplatsen eller i deras mejl. Länken loggar in dig en kort stund; du behöver inget Paylera-lösenord."
        }
        Key::ServiceStatusHeading => "Tjänstens status",
        Key::ApiStatusLabel => "API-status: ",
        Key::StatusChecking => "kontrollerar…",
        Key::StatusOk => "ok",
        Key::StatusUnavailable => "inte tillgänglig",
        Key::StatusUnreachable => "kan inte nås",
        Key::StatusOkDescription => "Faktureringstjänsterna fungerar som de ska.",
        Key::StatusUnavailableDescription => {
            "Faktureringstjänsterna är tillfälligt otillgängliga. Försök igen om några minuter."
        }
        Key::StatusUnreachableDescription => {
            "Vi kunde inte nå våra faktureringstjänster. Försök igen om några minuter."
        }
        Key::DetailsHeading => "Om portalen",
        Key::DetailsButton => "Vad kan jag göra här?",
        Key::DetailsSubscriptions => "Se dina aktiva prenumerationer och ändra eller säga upp dem.",
        Key::DetailsInvoices => "Ladda ned tidigare fakturor och kvitton.",
        Key::DetailsPaymentMethods => "Lägga till, byta eller ta bort kortet eller bankkontot du betalar med.",
        Key::DetailsBillingAddress => "Uppdatera din faktureringsadress och dina skatteuppgifter.",
        Key::DetailsNote => {
            "Vad du kan ändra beror på handlarens inställningar. Har du frågor om en debitering, kontakta handlaren direkt: de kan se ditt konto och göra återbetalningar."
        }
        Key::SignedInHeading => "Inloggad",
        Key::SignedInLead => "Du är inloggad och kan hantera din fakturering.",
        Key::SignedInHelp => {
            "När du är klar går du tillbaka till företaget du kom från. Då avslutas besöket här; öppna deras faktureringsportal igen för att komma tillbaka."
        }
        Key::ReturnToMerchantButton => "Tillbaka till handlaren",
        Key::LinkExpiredHeading => "Länken har gått ut eller har redan använts",
        Key::LinkExpiredAdvice => {
            "För din säkerhet fungerar varje länk till portalen bara en gång och bara en kort stund. Gå tillbaka till företaget och öppna deras faktureringsportal igen för att få en ny länk."
        }
        Key::LinkRateLimitedHeading => "För många försök, försök igen om en minut",
        Key::LinkRateLimitedAdvice => {
            "Vi har tagit emot för många försök att öppna portalen. Vänta en minut och ladda sedan om sidan."
        }
        Key::LinkUnavailableHeading => "Vi kunde inte öppna din faktureringsportal",
        Key::LinkUnavailableAdvice => "Våra faktureringstjänster svarade inte. Ladda om sidan om några minuter.",
        Key::ReturnTo => "Tillbaka till {merchant}",
        Key::NotFoundHeading => "Sidan hittades inte",
        Key::NotFoundBody => {
            "Vi hittade inte sidan du bad om. Om du följde en länk från ett företag som fakturerar dig kan länken ha gått ut: be dem om en ny."
        }
        Key::NotFoundHomeLink => "Till portalens startsida",
        Key::ModuleSubscriptionTitle => "Prenumeration",
        Key::ModuleSubscriptionDescription => "Ändra eller säg upp din plan.",
        Key::ModulePaymentMethodsTitle => "Betalningsmetoder",
        Key::ModulePaymentMethodsDescription => "Lägg till eller byt kortet eller bankkontot du betalar med.",
        Key::ModuleInvoicesTitle => "Fakturor",
        Key::ModuleInvoicesDescription => "Visa och ladda ner dina tidigare fakturor.",
        Key::ModuleTaxIdsTitle => "Skatteregistreringsnummer",
        Key::ModuleTaxIdsDescription => "Lägg till eller ta bort skatteregistreringsnummer på dina fakturor.",
        Key::ModuleAddressTitle => "Faktureringsadress",
        Key::ModuleAddressDescription => "Uppdatera adressen på dina fakturor.",
    }
}
