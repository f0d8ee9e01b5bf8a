//! Czech texts.

use super::Key;

/// The Czech text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Zákaznický portál Paylera",
        Key::BrandName => "Paylera",
        Key::SkipLink => "Přejít na hlavní obsah",
        Key::Footer => "Platby a fakturaci zajišťuje Paylera.",
        Key::IntroLead => {
            "Zde můžete spravovat předplatná, faktury a platební metody u firmy, která vám účtuje přes Paylera."
        }
        Key::IntroHowToReach => {
            "Na tento portál se dostanete přes zabezpečený odkaz od svého obchodníka, tedy firmy, u které nakupujete: hledejte odkaz „Spravovat fakturaci“ nebo „Fakturační portál“ v její aplikaci, na webu nebo v e-mailech. Odkaz vás na chvíli přihlásí; žádné heslo k Paylera si pamatovat nemusíte."
        }
        Key::ServiceStatusHeading => "Stav služby",
        Key::ApiStatusLabel => "Stav API: ",
        Key::StatusChecking => "ověřování…",
        Key::StatusOk => "ok",
        Key::StatusUnavailable => "nedostupné",
        Key::StatusUnreachable => "nedosažitelné",
        Key::StatusOkDescription => "Fakturační služby fungují bez problémů.",
        Key::StatusUnavailableDescription => {
            "Fakturační služby jsou dočasně nedostupné. Zkuste to prosím za pár minut znovu."
        }
        Key::StatusUnreachableDescription => {
            "Nepodařilo se spojit s našimi fakturačními službami. Zkuste to prosím za pár minut znovu."
        }
        Key::DetailsHeading => "O tomto portálu",
        Key::DetailsButton => "Co zde mohu dělat?",
        Key::DetailsSubscriptions => "Zobrazit aktivní předplatná a změnit je nebo zrušit.",
        Key::DetailsInvoices => "Stáhnout dřívější faktury a účtenky.",
        Key::DetailsPaymentMethods => "Přidat, vyměnit nebo odebrat kartu či bankovní účet, kterým platíte.",
        Key::DetailsBillingAddress => "Aktualizovat fakturační adresu a daňové údaje.",
        Key::DetailsNote => {
            "Co můžete změnit, závisí na nastavení obchodníka. S dotazy k platbě se obraťte přímo na obchodníka: vidí váš účet a může vrátit peníze."
        }
        Key::SignedInHeading => "Přihlášeno",
        Key::SignedInLead => "Jste přihlášeni ke správě fakturace.",
        Key::SignedInHelp => {
            "Až budete hotovi, vraťte se k firmě, ze které jste přišli. Tím návštěva skončí; pro návrat znovu otevřete její fakturační portál."
        }
        Key::ReturnToMerchantButton => "Zpět k obchodníkovi",
        Key::LinkExpiredHeading => "Platnost odkazu vypršela nebo už byl použit",
        Key::LinkExpiredAdvice => {
            "Z bezpečnostních důvodů funguje každý odkaz na tento portál jen jednou a jen krátce. Vraťte se k firmě a znovu otevřete její fakturační portál, abyste získali nový odkaz."
        }
        Key::LinkRateLimitedHeading => "Příliš mnoho pokusů, zkuste to znovu za minutu",
        Key::LinkRateLimitedAdvice => {
            "Obdrželi jsme příliš mnoho pokusů o otevření portálu. Počkejte minutu a pak stránku načtěte znovu."
        }
        Key::LinkUnavailableHeading => "Fakturační portál se nepodařilo otevřít",
        Key::LinkUnavailableAdvice => "Naše fakturační služby neodpověděly. Načtěte stránku znovu za pár minut.",
        Key::ReturnTo => "Zpět na {merchant}",
        Key::NotFoundHeading => "Stránka nenalezena",
        Key::NotFoundBody => {
            "Požadovanou stránku jsme nenašli. Pokud jste přišli přes odkaz od firmy, která vám účtuje, mohl vypršet: požádejte ji o nový."
        }
        Key::NotFoundHomeLink => "Přejít na úvodní stránku portálu",
        Key::ModuleSubscriptionTitle => "Předplatné",
        Key::ModuleSubscriptionDescription => "Změňte nebo zrušte svůj tarif.",
        Key::ModulePaymentMethodsTitle => "Platební metody",
        Key::ModulePaymentMethodsDescription => "Přidejte nebo vyměňte kartu či bankovní účet, kterým platíte.",
        Key::ModuleInvoicesTitle => "Faktury",
        Key::ModuleInvoicesDescription => "Prohlédněte si a stáhněte své dřívější faktury.",
        Key::ModuleTaxIdsTitle => "Daňová identifikační čísla",
        Key::ModuleTaxIdsDescription => "Přidejte nebo odeberte daňová čísla uvedená na vašich fakturách.",
        Key::ModuleAddressTitle => "Fakturační adresa",
        Key::ModuleAddressDescription => "Aktualizujte adresu na svých fakturách.",
    }
}
