### Key (pl)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Portal klienta Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Przejdź do treści głównej
shell-footer = Płatności i rozliczenia obsługuje Paylera.
shell-intro-lead = Tutaj możesz zarządzać subskrypcjami, fakturami i metodami płatności u firmy, która obciąża Cię przez Paylera.
shell-intro-how-to-reach = Do portalu trafiasz przez bezpieczny link od sprzedawcy, czyli firmy, w której kupujesz: poszukaj linku „Zarządzaj płatnościami” lub „Portal rozliczeń” w jej aplikacji, na stronie lub w e-mailach. Link loguje Cię na krótki czas; nie musisz pamiętać żadnego hasła do Paylera.
shell-signed-in-help = Gdy skończysz, wróć do firmy, z której przychodzisz. To zakończy wizytę; aby wrócić, ponownie otwórz jej portal rozliczeń.
shell-return-to-merchant-button = Wróć do sprzedawcy
shell-link-expired-heading = Ten link wygasł lub został już użyty
shell-link-expired-advice = Dla Twojego bezpieczeństwa każdy link do portalu działa tylko raz i przez krótki czas. Wróć do firmy i ponownie otwórz jej portal rozliczeń, aby otrzymać nowy link.
shell-link-rate-limited-heading = Zbyt wiele prób, spróbuj ponownie za minutę
shell-link-rate-limited-advice = Otrzymaliśmy zbyt wiele prób otwarcia portalu. Odczekaj minutę, a potem odśwież stronę.
shell-link-unavailable-heading = Nie udało się otworzyć portalu rozliczeń
shell-link-unavailable-advice = Nasze usługi rozliczeniowe nie odpowiedziały. Odśwież stronę za kilka minut.
# Has the `{ $merchant }` placeholder.
shell-return-to = Wróć do { $merchant }
shell-not-found-heading = Nie znaleziono strony
shell-not-found-body = Nie znaleźliśmy żądanej strony. Jeśli link pochodzi od firmy, która wystawia Ci rachunki, mógł wygasnąć: poproś o nowy.
shell-not-found-home-link = Przejdź do strony głównej portalu
shell-module-subscription-title = Subskrypcja
shell-module-subscription-description = Zmień lub anuluj swój plan.
shell-module-payment-methods-title = Metody płatności
shell-module-payment-methods-description = Dodaj lub zmień kartę albo konto bankowe, którymi płacisz.
shell-module-invoices-title = Faktury
shell-module-invoices-description = Przeglądaj i pobieraj swoje wcześniejsze faktury.
shell-module-tax-ids-title = Numery podatkowe
shell-module-tax-ids-description = Dodaj lub usuń numery podatkowe widoczne na Twoich fakturach.
shell-module-address-title = Adres rozliczeniowy
shell-module-address-description = Zaktualizuj adres na swoich fakturach.
