### ProblemText (pl)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Twoja sesja się zakończyła. Wróć do sprzedawcy i ponownie otwórz portal rozliczeń.
problem-csrf-failed = Ta strona była otwarta zbyt długo, aby można ją było bezpiecznie przesłać. Odśwież stronę i spróbuj ponownie.
problem-service-unavailable = Usługi rozliczeniowe w tej chwili nie odpowiadają. Nic nie zostało zmienione; spróbuj ponownie za minutę.
problem-not-allowed = Ta czynność nie jest dostępna w Twoim portalu rozliczeń.
problem-rate-limited = Zbyt wiele prób w krótkim czasie. Odczekaj minutę, a potem spróbuj ponownie.
problem-not-found = Nie znaleźliśmy tego elementu. Mógł zostać usunięty; odśwież stronę.
problem-required = To pole jest wymagane.
problem-invalid-value = Ta wartość jest nieprawidłowa. Sprawdź ją i spróbuj ponownie.
problem-invalid-country = Wybierz kraj z listy.
problem-invalid-postal-code = Ten kod pocztowy jest nieprawidłowy dla wybranego kraju.
problem-invalid-state = Wybierz stan, prowincję lub region istniejący w wybranym kraju.
problem-tax-id-type-unsupported = Ten rodzaj numeru podatkowego nie jest obsługiwany. Wybierz inny rodzaj.
problem-tax-id-invalid = Ten numer podatkowy ma nieprawidłowy format dla swojego rodzaju. Sprawdź przykład pod polem.
problem-tax-id-checksum-invalid = Ten numer podatkowy zawiera literówkę: cyfry kontrolne się nie zgadzają. Sprawdź każdy znak.
problem-tax-id-limit-reached = Osiągnięto maksymalną liczbę numerów podatkowych. Usuń jeden, zanim dodasz kolejny.
problem-already-exists = Ten element został już dodany.
problem-incorrect-number = Ten numer karty jest nieprawidłowy. Sprawdź cyfry i spróbuj ponownie.
problem-invalid-expiry-month = Miesiąc ważności musi mieścić się w zakresie od 01 do 12.
problem-invalid-expiry-year = Rok ważności jest nieprawidłowy.
problem-expired-card = Ta karta straciła ważność. Użyj innej karty.
problem-invalid-cvc = Kod zabezpieczający jest nieprawidłowy: to 3 cyfry na odwrocie karty (w przypadku American Express 4 cyfry z przodu).
problem-card-declined = Twoja karta została odrzucona. Użyj innej karty lub skontaktuj się ze swoim bankiem.
problem-insufficient-funds = Na Twojej karcie brakuje środków. Użyj innej karty lub skontaktuj się ze swoim bankiem.
problem-authentication-required = Twój bank prosi o potwierdzenie tej karty, zanim będzie można jej użyć.
problem-authentication-failed = Twój bank nie mógł potwierdzić tej karty. Spróbuj ponownie lub użyj innej karty.
problem-last-payment-method = To jedyna metoda płatności dla Twojej aktywnej subskrypcji. Najpierw dodaj inną kartę, a potem usuń tę.
problem-payment-method-missing = Najpierw dodaj metodę płatności.
problem-invoice-not-payable = Tej faktury nie można teraz opłacić: może być już opłacona lub anulowana. Odśwież stronę.
problem-subscription-canceled = Ta subskrypcja się zakończyła i nie można jej już zmienić.
problem-generic = Coś poszło nie tak i nic nie zostało zmienione. Spróbuj ponownie.
