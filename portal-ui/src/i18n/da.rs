//! Danish texts.

use super::Key;

/// The Danish text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Paylera kundeportal",
        Key::BrandName => "Paylera",
        Key::SkipLink => "Gå til hovedindholdet",
        Key::Footer => "Betalinger og fakturering via Paylera.",
        Key::IntroLead => {
            "Her kan du administrere dine abonnementer, fakturaer og betalingsmetoder hos en virksomhed, der fakturerer dig via Paylera."
        }
        Key::IntroHowToReach => {
            "Du kommer til portalen via et sikkert link fra din forhandler, virksomheden du køber hos: kig efter et link som »Administrer fakturering« eller »Faktureringsportal« i deres app, på deres websted eller i deres e-mails. Linket logger dig ind i kort tid; der er ingen Paylera-adgangskode at huske."
        }
        Key::ServiceStatusHeading => "Tjenestens status",
        Key::ApiStatusLabel => "API-status: ",
        Key::StatusChecking => "kontrollerer…",
        Key::StatusOk => "ok",
        Key::StatusUnavailable => "ikke tilgængelig",
        Key::StatusUnreachable => "kan ikke nås",
        Key::StatusOkDescription => "Faktureringstjenesterne kører som de skal.",
        Key::StatusUnavailableDescription => {
            "Faktureringstjenesterne er midlertidigt utilgængelige. Prøv igen om et par minutter."
        }
        Key::StatusUnreachableDescription => {
            "Vi kunne ikke få forbindelse til vores faktureringstjenester. Prøv igen om et par minutter."
        }
        Key::DetailsHeading => "Om portalen",
        Key::DetailsButton => "Hvad kan jeg gøre her?",
        Key::DetailsSubscriptions => "Se dine aktive abonnementer og ændre eller opsige dem.",
        Key::DetailsInvoices => "Downloade tidligere fakturaer og kvitteringer.",
        Key::DetailsPaymentMethods => "Tilføje, udskifte eller fjerne det kort eller den bankkonto, du betaler med.",
        Key::DetailsBillingAddress => "Opdatere din faktureringsadresse og dine skatteoplysninger.",
        Key::DetailsNote => {
            "Hvad du kan ændre, afhænger af forhandlerens indstillinger. Har du spørgsmål om en betaling, så kontakt forhandleren direkte: de kan se din konto og udstede refusioner."
        }
        Key::SignedInHeading => "Logget ind",
        Key::SignedInLead => "Du er logget ind og kan administrere din fakturering.",
        Key::SignedInHelp => {
            "Når du er færdig, så gå tilbage til virksomheden, du kom fra. Det afslutter dit besøg her; åbn deres faktureringsportal igen for at komme tilbage."
        }
        Key::ReturnToMerchantButton => "Tilbage til forhandleren",
        Key::LinkExpiredHeading => "Linket er udløbet eller allerede brugt",
        Key::LinkExpiredAdvice => {
            "Af hensyn til din sikkerhed virker hvert link til portalen kun én gang og kun i kort tid. Gå tilbage til virksomheden, og åbn deres faktureringsportal igen for at få et nyt link."
        }
        Key::LinkRateLimitedHeading => "For mange forsøg, prøv igen om et minut",
        Key::LinkRateLimitedAdvice => {
            "Vi har modtaget for mange forsøg på at åbne portalen. Vent et minut, og genindlæs derefter siden."
        }
        Key::LinkUnavailableHeading => "Vi kunne ikke åbne din faktureringsportal",
        Key::LinkUnavailableAdvice => "Vores faktureringstjenester svarede ikke. Genindlæs siden om et par minutter.",
        Key::ReturnTo => "Tilbage til {merchant}",
        Key::NotFoundHeading => "Siden blev ikke fundet",
        Key::NotFoundBody => {
            "Vi kunne ikke finde den side, du bad om. Hvis du fulgte et link fra en virksomhed, der fakturerer dig, er linket måske udløbet: bed dem om et nyt."
        }
        Key::NotFoundHomeLink => "Gå til portalens forside",
        Key::ModuleSubscriptionTitle => "Abonnement",
        Key::ModuleSubscriptionDescription => "Skift eller opsig din plan.",
        Key::ModulePaymentMethodsTitle => "Betalingsmetoder",
        Key::ModulePaymentMethodsDescription => "Tilføj eller udskift det kort eller den bankkonto, du betaler med.",
        Key::ModuleInvoicesTitle => "Fakturaer",
        Key::ModuleInvoicesDescription => "Se og download dine tidligere fakturaer.",
        Key::ModuleTaxIdsTitle => "Skatte-id'er",
        Key::ModuleTaxIdsDescription => "Tilføj eller fjern de skatte-id'er, der står på dine fakturaer.",
        Key::ModuleAddressTitle => "Faktureringsadresse",
        Key::ModuleAddressDescription => "Opdater adressen på dine fakturaer.",
    }
}
