//! Polish texts.

use super::Key;

/// The Polish text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Portal klienta Paylera",
        Key::BrandName => "Paylera",
        Key::SkipLink => "Przejdź do treści głównej",
        Key::Footer => "Płatności i rozliczenia obsługuje Paylera.",
        Key::IntroLead => {
            "Tutaj możesz zarządzać subskrypcjami, fakturami i metodami płatności u firmy, która obciąża Cię przez Paylera."
        }
        Key::IntroHowToReach => {
            "Do portalu trafiasz przez bezpieczny link od sprzedawcy, czyli firmy, w której kupujesz: poszukaj linku „Zarządzaj płatnościami” lub „Portal rozliczeń” w jej aplikacji, na stronie lub w e-mailach. Link loguje Cię na krótki czas; nie musisz pamiętać żadnego hasła do Paylera."
        }
        Key::ServiceStatusHeading => "Stan usługi",
        Key::ApiStatusLabel => "Stan API: ",
        Key::StatusChecking => "sprawdzanie…",
        Key::StatusOk => "ok",
        Key::StatusUnavailable => "niedostępne",
        Key::StatusUnreachable => "brak połączenia",
        Key::StatusOkDescription => "Usługi rozliczeniowe działają prawidłowo.",
        Key::StatusUnavailableDescription => {
            "Usługi rozliczeniowe są chwilowo niedostępne. Spróbuj ponownie za kilka minut."
        }
        Key::StatusUnreachableDescription => {
            "Nie udało się połączyć z naszymi usługami rozliczeniowymi. Spróbuj ponownie za kilka minut."
        }
        Key::DetailsHeading => "O tym portalu",
        Key::DetailsButton => "Co mogę tu zrobić?",
        Key::DetailsSubscriptions => "Przeglądać aktywne subskrypcje oraz je zmieniać lub anulować.",
        Key::DetailsInvoices => "Pobierać wcześniejsze faktury i potwierdzenia.",
        Key::DetailsPaymentMethods => "Dodawać, wymieniać lub usuwać kartę albo konto bankowe, którym płacisz.",
        Key::DetailsBillingAddress => "Aktualizować adres rozliczeniowy i dane podatkowe.",
        Key::DetailsNote => {
            "To, co możesz zmienić, zależy od ustawień sprzedawcy. W sprawie obciążenia skontaktuj się bezpośrednio ze sprzedawcą: widzi Twoje konto i może zwrócić płatność."
        }
        Key::SignedInHeading => "Zalogowano",
        Key::SignedInLead => "Jesteś zalogowany(-a) i możesz zarządzać rozliczeniami.",
        Key::SignedInHelp => {
            "Gdy skończysz, wróć do firmy, z której przychodzisz. To zakończy wizytę; aby wrócić, ponownie otwórz jej portal rozliczeń."
        }
        Key::ReturnToMerchantButton => "Wróć do sprzedawcy",
        Key::LinkExpiredHeading => "Ten link wygasł lub został już użyty",
        Key::LinkExpiredAdvice => {
            "Dla Twojego bezpieczeństwa każdy link do portalu działa tylko raz i przez krótki czas. Wróć do firmy i ponownie otwórz jej portal rozliczeń, aby otrzymać nowy link."
        }
        Key::LinkRateLimitedHeading => "Zbyt wiele prób, spróbuj ponownie za minutę",
        Key::LinkRateLimitedAdvice => {
            "Otrzymaliśmy zbyt wiele prób otwarcia portalu. Odczekaj minutę, a potem odśwież stronę."
        }
        Key::LinkUnavailableHeading => "Nie udało się otworzyć portalu rozliczeń",
        Key::LinkUnavailableAdvice => "Nasze usługi rozliczeniowe nie odpowiedziały. Odśwież stronę za kilka minut.",
        Key::ReturnTo => "Wróć do {merchant}",
        Key::NotFoundHeading => "Nie znaleziono strony",
        Key::NotFoundBody => {
            "Nie znaleźliśmy żądanej strony. Jeśli link pochodzi od firmy, która wystawia Ci rachunki, mógł wygasnąć: poproś o nowy."
        }
        Key::NotFoundHomeLink => "Przejdź do strony głównej portalu",
        Key::ModuleSubscriptionTitle => "Subskrypcja",
        Key::ModuleSubscriptionDescription => "Zmień lub anuluj swój plan.",
        Key::ModulePaymentMethodsTitle => "Metody płatności",
        Key::ModulePaymentMethodsDescription => "Dodaj lub zmień kartę albo konto bankowe, którymi płacisz.",
        Key::ModuleInvoicesTitle => "Faktury",
        Key::ModuleInvoicesDescription => "Przeglądaj i pobieraj swoje wcześniejsze faktury.",
        Key::ModuleTaxIdsTitle => "Numery podatkowe",
        Key::ModuleTaxIdsDescription => "Dodaj lub usuń numery podatkowe widoczne na Twoich fakturach.",
        Key::ModuleAddressTitle => "Adres rozliczeniowy",
        Key::ModuleAddressDescription => "Zaktualizuj adres na swoich fakturach.",
    }
}
