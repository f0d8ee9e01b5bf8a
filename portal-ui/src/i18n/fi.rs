//! Finnish texts.

use super::Key;

/// The Finnish text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Paylera-asiakasportaali",
        Key::BrandName => "Paylera",
        Key::SkipLink => "Siirry pääsisältöön",
        Key::Footer => "Maksut ja laskutus: Paylera.",
        Key::IntroLead => {
            "Täällä voit hoitaa tilauksiasi, laskujasi ja maksutapojasi yrityksessä, joka laskuttaa sinua Payleran kautta."
        }
        Key::IntroHowToReach => {
            "Pääset portaaliin kauppiaasi eli yrityksen, jolta ostat, lähettämällä suojatulla linkillä: etsi sen sovelluksesta, verkkosivustolta tai sähköposteista linkkiä ”Hallinnoi laskutusta” tai ”Laskutusportaali”. Linkki kirjaa sinut sisään hetkeksi; Payleran salasanaa ei tarvitse muistaa."
        }
        Key::ServiceStatusHeading => "Palvelun tila",
        Key::ApiStatusLabel => "API:n tila: ",
        Key::StatusChecking => "tarkistetaan…",
        Key::StatusOk => "ok",
        Key::StatusUnavailable => "ei käytettävissä",
        Key::StatusUnreachable => "ei tavoitettavissa",
        Key::StatusOkDescription => "Laskutuspalvelut toimivat normaalisti.",
        Key::StatusUnavailableDescription => {
            "Laskutuspalvelut eivät ole tilapäisesti käytettävissä. Yritä uudelleen muutaman minuutin kuluttua."
        }
        Key::StatusUnreachableDescription => {
            "Emme tavoittaneet laskutuspalveluitamme. Yritä uudelleen muutaman minuutin kuluttua."
        }
        Key::DetailsHeading => "Tietoja portaalista",
        Key::DetailsButton => "Mitä voin tehdä täällä?",
        Key::DetailsSubscriptions => "Katsoa aktiivisia tilauksiasi ja muuttaa tai peruuttaa niitä.",
        Key::DetailsInvoices => "Ladata aiempia laskuja ja kuitteja.",
        Key::DetailsPaymentMethods => "Lisätä, vaihtaa tai poistaa kortin tai pankkitilin, jolla maksat.",
        Key::DetailsBillingAddress => "Päivittää laskutusosoitteesi ja verotietosi.",
        Key::DetailsNote => {
            "Se, mitä voit muuttaa, riippuu kauppiaan asetuksista. Jos sinulla on kysyttävää veloituksesta, ota yhteyttä suoraan kauppiaaseen: hän näkee tilisi ja voi tehdä hyvityksiä."
        }
        Key::SignedInHeading => "Kirjautunut sisään",
        Key::SignedInLead => "Olet kirjautunut sisään laskutuksesi hallintaa varten.",
        Key::SignedInHelp => {
            "Kun olet valmis, palaa yritykseen, josta tulit. Tämä päättää käyntisi täällä; palataksesi avaa sen laskutusportaali uudelleen."
        }
        Key::ReturnToMerchantButton => "Palaa kauppiaalle",
        Key::LinkExpiredHeading => "Linkki on vanhentunut tai jo käytetty",
        Key::LinkExpiredAdvice => {
            "Turvallisuutesi vuoksi jokainen portaalin linkki toimii vain kerran ja vain hetken. Palaa yritykseen ja avaa sen laskutusportaali uudelleen saadaksesi uuden linkin."
        }
        Key::LinkRateLimitedHeading => "Liian monta yritystä, yritä uudelleen minuutin kuluttua",
        Key::LinkRateLimitedAdvice => {
            "Saimme liian monta yritystä avata tämä portaali. Odota minuutti ja lataa sitten sivu uudelleen."
        }
        Key::LinkUnavailableHeading => "Laskutusportaalisi avaaminen epäonnistui",
        Key::LinkUnavailableAdvice => {
            "Laskutuspalvelumme eivät vastanneet. Lataa sivu uudelleen muutaman minuutin kuluttua."
        }
        Key::ReturnTo => "Palaa: {merchant}",
        Key::NotFoundHeading => "Sivua ei löytynyt",
        Key::NotFoundBody => {
            "Pyytämääsi sivua ei löytynyt. Jos seurasit sinua laskuttavan yrityksen linkkiä, se on ehkä vanhentunut: pyydä siltä uusi."
        }
        Key::NotFoundHomeLink => "Siirry portaalin etusivulle",
        Key::ModuleSubscriptionTitle => "Tilaus",
        Key::ModuleSubscriptionDescription => "Vaihda tai peru tilauksesi.",
        Key::ModulePaymentMethodsTitle => "Maksutavat",
        Key::ModulePaymentMethodsDescription => "Lisää tai vaihda kortti tai pankkitili, jolla maksat.",
        Key::ModuleInvoicesTitle => "Laskut",
        Key::ModuleInvoicesDescription => "Katso ja lataa aiemmat laskusi.",
        Key::ModuleTaxIdsTitle => "Verotunnisteet",
        Key::ModuleTaxIdsDescription => "Lisää tai poista laskuissasi näkyviä verotunnisteita.",
        Key::ModuleAddressTitle => "Laskutusosoite",
        Key::ModuleAddressDescription => "Päivitä laskujesi osoite.",
    }
}
