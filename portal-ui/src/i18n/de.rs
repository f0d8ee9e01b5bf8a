//! German texts.

use super::Key;

/// The German text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Paylera-Kundenportal",
        Key::BrandName => "Paylera",
        Key::SkipLink => "Zum Hauptinhalt springen",
        Key::Footer => "Zahlungen und Abrechnung über Paylera.",
        Key::IntroLead => {
            "Hier verwalten Sie Ihre Abonnements, Rechnungen und Zahlungsmethoden bei einem Unternehmen, das über Paylera abrechnet."
        }
        Key::IntroHowToReach => {
            "Sie erreichen dieses Portal über einen sicheren Link Ihres Händlers, also des Unternehmens, bei dem Sie kaufen: Suchen Sie in dessen App, Website oder E-Mails nach einem Link wie „Abrechnung verwalten“ oder „Abrechnungsportal“. Der Link meldet Sie für kurze Zeit an; Sie brauchen kein Paylera-Passwort."
        }
        Key::ServiceStatusHeading => "Dienststatus",
        Key::ApiStatusLabel => "API-Status: ",
        Key::StatusChecking => "wird geprüft…",
        Key::StatusOk => "OK",
        Key::StatusUnavailable => "nicht verfügbar",
        Key::StatusUnreachable => "nicht erreichbar",
        Key::StatusOkDescription => "Die Abrechnungsdienste laufen einwandfrei.",
        Key::StatusUnavailableDescription => {
            "Die Abrechnungsdienste sind vorübergehend nicht verfügbar. Bitte versuchen Sie es in ein paar Minuten erneut."
        }
        Key::StatusUnreachableDescription => {
            "Wir konnten unsere Abrechnungsdienste nicht erreichen. Bitte versuchen Sie es in ein paar Minuten erneut."
        }
        Key::DetailsHeading => "Über dieses Portal",
        Key::DetailsButton => "Was kann ich hier tun?",
        Key::DetailsSubscriptions => "Ihre aktiven Abonnements ansehen, ändern oder kündigen.",
        Key::DetailsInvoices => "Frühere Rechnungen und Belege herunterladen.",
        Key::DetailsPaymentMethods => {
            "Die Karte oder das Bankkonto, mit dem Sie zahlen, hinzufügen, ersetzen oder entfernen."
        }
        Key::DetailsBillingAddress => "Ihre Rechnungsadresse und Steuerangaben aktualisieren.",
        Key::DetailsNote => {
            "Was Sie ändern können, hängt von den Einstellungen Ihres Händlers ab. Bei Fragen zu einer Zahlung wenden Sie sich direkt an den Händler: Er sieht Ihr Konto und kann Erstattungen veranlassen."
        }
        Key::SignedInHeading => "Angemeldet",
        Key::SignedInLead => "Sie sind angemeldet und können Ihre Abrechnung verwalten.",
        Key::SignedInHelp => {
            "Wenn Sie fertig sind, kehren Sie zum Unternehmen zurück, von dem Sie kamen. Damit endet Ihr Besuch hier; um wiederzukommen, öffnen Sie erneut dessen Abrechnungsportal."
        }
        Key::ReturnToMerchantButton => "Zurück zum Händler",
        Key::LinkExpiredHeading => "Dieser Link ist abgelaufen oder wurde bereits verwendet",
        Key::LinkExpiredAdvice => {
            "Zu Ihrer Sicherheit funktioniert jeder Link zu diesem Portal nur einmal und nur kurze Zeit. Öffnen Sie das Abrechnungsportal erneut über das Unternehmen, um einen neuen Link zu erhalten."
        }
        Key::LinkRateLimitedHeading => "Zu viele Versuche, bitte in einer Minute erneut versuchen",
        Key::LinkRateLimitedAdvice => {
            "Wir haben zu viele Versuche erhalten, dieses Portal zu öffnen. Warten Sie eine Minute und laden Sie diese Seite dann neu."
        }
        Key::LinkUnavailableHeading => "Ihr Abrechnungsportal konnte nicht geöffnet werden",
        Key::LinkUnavailableAdvice => {
            "Unsere Abrechnungsdienste haben nicht geantwortet. Bitte laden Sie diese Seite in ein paar Minuten neu."
        }
        Key::ReturnTo => "Zurück zu {merchant}",
        Key::NotFoundHeading => "Seite nicht gefunden",
        Key::NotFoundBody => {
            "Wir konnten die angeforderte Seite nicht finden. Wenn Sie einem Link eines Unternehmens gefolgt sind, das Ihnen Rechnungen stellt, ist er vielleicht abgelaufen: Bitten Sie dort um einen neuen."
        }
        Key::NotFoundHomeLink => "Zur Startseite des Portals",
        Key::ModuleSubscriptionTitle => "Abonnement",
        Key::ModuleSubscriptionDescription => "Ändern oder kündigen Sie Ihren Tarif.",
        Key::ModulePaymentMethodsTitle => "Zahlungsmethoden",
        Key::ModulePaymentMethodsDescription => {
            "Fügen Sie die Karte oder das Bankkonto hinzu, mit dem Sie zahlen, oder ersetzen Sie sie."
        }
        Key::ModuleInvoicesTitle => "Rechnungen",
        Key::ModuleInvoicesDescription => "Sehen Sie Ihre bisherigen Rechnungen ein und laden Sie sie herunter.",
        Key::ModuleTaxIdsTitle => "Steuernummern",
        Key::ModuleTaxIdsDescription => "Fügen Sie Steuernummern auf Ihren Rechnungen hinzu oder entfernen Sie sie.",
        Key::ModuleAddressTitle => "Rechnungsadresse",
        Key::ModuleAddressDescription => "Aktualisieren Sie die Adresse auf Ihren Rechnungen.",
    }
}
