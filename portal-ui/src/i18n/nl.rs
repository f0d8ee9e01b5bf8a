//! Dutch texts.

use super::Key;

/// The Dutch text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Paylera-klantportaal",
        Key::BrandName => "Paylera",
        Key::SkipLink => "Naar de hoofdinhoud",
        Key::Footer => "Betalingen en facturering door Paylera.",
        Key::IntroLead => {
            "Hier beheer je je abonnementen, facturen en betaalmethoden bij een bedrijf dat je via Paylera factureert."
        }
        Key::IntroHowToReach => {
            "Je komt op dit portaal via een beveiligde link van je verkoper, het bedrijf waar je koopt: zoek naar een link als 'Facturering beheren' of 'Factuurportaal' in hun app, website of e-mails. De link logt je even in; je hebt geen Paylera-wachtwoord nodig."
        }
        Key::ServiceStatusHeading => "Status van de dienst",
        Key::ApiStatusLabel => "API-status: ",
        Key::StatusChecking => "controleren…",
        Key::StatusOk => "ok",
        Key::StatusUnavailable => "niet beschikbaar",
        Key::StatusUnreachable => "onbereikbaar",
        Key::StatusOkDescription => "De factureringsdiensten werken naar behoren.",
        Key::StatusUnavailableDescription => {
            "De factureringsdiensten zijn tijdelijk niet beschikbaar. Probeer het over een paar minuten opnieuw."
        }
        Key::StatusUnreachableDescription => {
            "We konden onze factureringsdiensten niet bereiken. Probeer het over een paar minuten opnieuw."
        }
        Key::DetailsHeading => "Over dit portaal",
        Key::DetailsButton => "Wat kan ik hier doen?",
        Key::DetailsSubscriptions => "Je actieve abonnementen bekijken, wijzigen of opzeggen.",
        Key::DetailsInvoices => "Eerdere facturen en betaalbewijzen downloaden.",
        Key::DetailsPaymentMethods => {
            "De kaart of bankrekening waarmee je betaalt toevoegen, vervangen of verwijderen."
        }
        Key::DetailsBillingAddress => "Je factuuradres en belastinggegevens bijwerken.",
        Key::DetailsNote => {
            "Wat je kunt wijzigen, hangt af van de instellingen van je verkoper. Heb je een vraag over een betaling, neem dan rechtstreeks contact op met de verkoper: die kan je account zien en terugbetalingen doen."
        }
        Key::SignedInHeading => "Ingelogd",
        Key::SignedInLead => "Je bent ingelogd om je facturering te beheren.",
        Key::SignedInHelp => {
            "Als je klaar bent, ga je terug naar het bedrijf waar je vandaan kwam. Daarmee eindigt je bezoek; om terug te komen, open je hun factuurportaal opnieuw."
        }
        Key::ReturnToMerchantButton => "Terug naar verkoper",
        Key::LinkExpiredHeading => "Deze link is verlopen of al gebruikt",
        Key::LinkExpiredAdvice => {
            "Voor je veiligheid werkt elke link naar dit portaal maar één keer en maar kort. Ga terug naar het bedrijf en open hun factuurportaal opnieuw voor een nieuwe link."
        }
        Key::LinkRateLimitedHeading => "Te veel pogingen, probeer het over een minuut opnieuw",
        Key::LinkRateLimitedAdvice => {
            "We hebben te veel pogingen ontvangen om dit portaal te openen. Wacht een minuut en laad deze pagina daarna opnieuw."
        }
        Key::LinkUnavailableHeading => "We konden je factuurportaal niet openen",
        Key::LinkUnavailableAdvice => {
            "Onze factureringsdiensten reageerden niet. Laad deze pagina over een paar minuten opnieuw."
        }
        Key::ReturnTo => "Terug naar {merchant}",
        Key::NotFoundHeading => "Pagina niet gevonden",
        Key::NotFoundBody => {
            "We konden de gevraagde pagina niet vinden. Volgde je een link van een bedrijf dat je factureert, dan is die misschien verlopen: vraag om een nieuwe."
        }
        Key::NotFoundHomeLink => "Naar de startpagina van het portaal",
        Key::ModuleSubscriptionTitle => "Abonnement",
        Key::ModuleSubscriptionDescription => "Wijzig of annuleer je abonnement.",
        Key::ModulePaymentMethodsTitle => "Betaalmethoden",
        Key::ModulePaymentMethodsDescription => "Voeg de kaart of bankrekening waarmee je betaalt toe of vervang deze.",
        Key::ModuleInvoicesTitle => "Facturen",
        Key::ModuleInvoicesDescription => "Bekijk en download je eerdere facturen.",
        Key::ModuleTaxIdsTitle => "Btw-nummers",
        Key::ModuleTaxIdsDescription => "Voeg btw-nummers op je facturen toe of verwijder ze.",
        Key::ModuleAddressTitle => "Factuuradres",
        Key::ModuleAddressDescription => "Werk het adres op je facturen bij.",
    }
}
