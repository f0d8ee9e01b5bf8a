//! Norwegian Bokmål texts.

use super::Key;

/// The Norwegian Bokmål text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Paylera kundeportal",
        Key::BrandName => "Paylera",
        Key::SkipLink => "Gå til hovedinnholdet",
        Key::Footer => "Betalinger og fakturering via Paylera.",
        Key::IntroLead => {
            "Her kan du administrere abonnementer, fakturaer og betalingsmåter hos en bedrift som fakturerer deg via Paylera."
        }
        Key::IntroHowToReach => {
            "Du kommer til portalen via en sikker lenke fra forhandleren din, bedriften du kjøper fra: se etter en lenke som «Administrer fakturering» eller «Faktureringsportal» i appen, på nettstedet eller i e-postene deres. Lenken logger deg inn en kort stund; du trenger ikke noe Paylera-passord."
        }
        Key::ServiceStatusHeading => "Tjenestestatus",
        Key::ApiStatusLabel => "API-status: ",
        Key::StatusChecking => "sjekker…",
        Key::StatusOk => "ok",
        Key::StatusUnavailable => "ikke tilgjengelig",
        Key::StatusUnreachable => "kan ikke nås",
        Key::StatusOkDescription => "Faktureringstjenestene fungerer som normalt.",
        Key::StatusUnavailableDescription => {
            "Faktureringstjenestene er midlertidig utilgjengelige. Prøv igjen om noen minutter."
        }
        Key::StatusUnreachableDescription => {
            "Vi fikk ikke kontakt med faktureringstjenestene våre. Prøv igjen om noen minutter."
        }
        Key::DetailsHeading => "Om portalen",
        Key::DetailsButton => "Hva kan jeg gjøre her?",
        Key::DetailsSubscriptions => "Se de aktive abonnementene dine og endre eller si dem opp.",
        Key::DetailsInvoices => "Laste ned tidligere fakturaer og kvitteringer.",
        Key::DetailsPaymentMethods => "Legge til, bytte eller fjerne kortet eller bankkontoen du betaler med.",
        Key::DetailsBillingAddress => "Oppdatere fakturaadressen og skatteopplysningene dine.",
        Key::DetailsNote => {
            "Hva du kan endre, avhenger av forhandlerens innstillinger. Har du spørsmål om en belastning, kontakt forhandleren direkte: de kan se kontoen din og gi refusjoner."
        }
        Key::SignedInHeading => "Logget inn",
        Key::SignedInLead => "Du er logget inn og kan administrere faktureringen din.",
        Key::SignedInHelp => {
            "Når du er ferdig, går du tilbake til bedriften du kom fra. Da avsluttes besøket her; åpne faktureringsportalen deres igjen for å komme tilbake."
        }
        Key::ReturnToMerchantButton => "Tilbake til forhandleren",
        Key::LinkExpiredHeading => "Lenken er utløpt eller allerede brukt",
        Key::LinkExpiredAdvice => {
            "Av sikkerhetshensyn virker hver lenke til portalen bare én gang og bare en kort stund. Gå tilbake til bedriften og åpne faktureringsportalen deres igjen for å få en ny lenke."
        }
        Key::LinkRateLimitedHeading => "For mange forsøk, prøv igjen om et minutt",
        Key::LinkRateLimitedAdvice => {
            "Vi har mottatt for mange forsøk på å åpne portalen. Vent et minutt, og last deretter inn siden på nytt."
        }
        Key::LinkUnavailableHeading => "Vi kunne ikke åpne faktureringsportalen din",
        Key::LinkUnavailableAdvice => {
            "Faktureringstjenestene våre svarte ikke. Last inn siden på nytt om noen minutter."
        }
        Key::ReturnTo => "Tilbake til {merchant}",
        Key::NotFoundHeading => "Fant ikke siden",
        Key::NotFoundBody => {
            "Vi fant ikke siden du ba om. Hvis du fulgte en lenke fra en bedrift som fakturerer deg, kan lenken være utløpt: be dem om en ny."
        }
        Key::NotFoundHomeLink => "Gå til portalens forside",
        Key::ModuleSubscriptionTitle => "Abonnement",
        Key::ModuleSubscriptionDescription => "Endre eller si opp planen din.",
        Key::ModulePaymentMethodsTitle => "Betalingsmåter",
        Key::ModulePaymentMethodsDescription => "Legg til eller bytt kortet eller bankkontoen du betaler med.",
        Key::ModuleInvoicesTitle => "Fakturaer",
        Key::ModuleInvoicesDescription => "Se og last ned tidligere fakturaer.",
        Key::ModuleTaxIdsTitle => "Skatte-ID-er",
        Key::ModuleTaxIdsDescription => "Legg til eller fjern skatte-ID-ene som står på fakturaene dine.",
        Key::ModuleAddressTitle => "Fakturaadresse",
        Key::ModuleAddressDescription => "Oppdater adressen på fakturaene dine.",
    }
}
