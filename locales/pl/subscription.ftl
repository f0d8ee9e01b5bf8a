### SubscriptionText (pl)
## The subscription pages' texts.

subscription-no-subscription = Nie masz żadnej subskrypcji u tego sprzedawcy.
subscription-ended-heading = Zakończone subskrypcje
subscription-price-label = Cena
subscription-quantity-label = Liczba
subscription-status-label = Status
subscription-renews-on = Odnawia się
subscription-ends-on = Kończy się
subscription-ended-on = Zakończona
subscription-pending-label = Zaplanowane zmiany
subscription-pending-cancel = Kończy się { $date } zamiast się odnowić. Do tego czasu zachowujesz dostęp.
subscription-pending-downgrade = Zmieni się na { $plan } × { $quantity } w dniu { $date }.
subscription-per-day = { $amount } dziennie
subscription-per-week = { $amount } tygodniowo
subscription-per-month = { $amount } miesięcznie
subscription-per-year = { $amount } rocznie
subscription-every-days =
    { $count ->
        [one] { $amount } co { $count } dzień
        [few] { $amount } co { $count } dni
        [many] { $amount } co { $count } dni
       *[other] { $amount } co { $count } dnia
    }
subscription-every-weeks =
    { $count ->
        [one] { $amount } co { $count } tydzień
        [few] { $amount } co { $count } tygodnie
        [many] { $amount } co { $count } tygodni
       *[other] { $amount } co { $count } tygodnia
    }
subscription-every-months =
    { $count ->
        [one] { $amount } co { $count } miesiąc
        [few] { $amount } co { $count } miesiące
        [many] { $amount } co { $count } miesięcy
       *[other] { $amount } co { $count } miesiąca
    }
subscription-every-years =
    { $count ->
        [one] { $amount } co { $count } rok
        [few] { $amount } co { $count } lata
        [many] { $amount } co { $count } lat
       *[other] { $amount } co { $count } roku
    }
subscription-status-trialing = Bezpłatny okres próbny
subscription-status-active = Aktywna
subscription-status-past-due = Zaległa płatność
subscription-status-unpaid = Nieopłacona
subscription-status-canceled = Anulowana
subscription-change-link = Zmień { $plan }
subscription-cancel-plan = Anuluj { $plan }
subscription-reactivate-plan = Zachowaj { $plan }
subscription-resubscribe-plan = Ponownie subskrybuj { $plan }
subscription-done-changed = Twój plan został zmieniony.
subscription-done-scheduled = Zmiana zacznie obowiązywać z końcem bieżącego okresu.
subscription-done-canceled = Twoja subskrypcja została anulowana.
subscription-done-reactivated = Twoja subskrypcja odnowi się jak zwykle.
subscription-done-resubscribed = Ponownie masz subskrypcję.
subscription-change-heading = Zmień plan
subscription-choose-plan-legend = Plan
subscription-current-plan = Obecny plan
subscription-upgrade = Wyższy plan
subscription-downgrade = Niższy plan
subscription-review-button = Sprawdź zmianę
subscription-no-other-plan = Dla tej subskrypcji nie ma innych planów.
subscription-review-heading = Sprawdź zmianę
subscription-new-plan-label = Nowy plan
subscription-item-header = Pozycja
subscription-amount-header = Kwota
subscription-line-unused = Niewykorzystany czas: { $quantity } × { $plan }
subscription-line-remaining = Pozostały czas: { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } do { $date }
subscription-total-label = Razem
subscription-credit-applied-label = Środki z salda
subscription-due-now-label = Do zapłaty teraz
subscription-credit-added-label = Środki dodane do salda na kolejne faktury
subscription-next-renewal = Następnie { $price }, kolejna płatność { $date }.
subscription-scheduled-note = Zmiana zacznie obowiązywać { $date }. Teraz nic nie zostanie pobrane.
subscription-no-change = To już jest Twój plan i liczba.
subscription-confirm-change = Potwierdź zmianę
subscription-choose-another = Wybierz inny plan
subscription-cancel-heading = Anuluj subskrypcję
subscription-access-until = Jeśli anulujesz, { $plan } pozostanie aktywny do { $date }, a potem się zakończy. Nie zostaniesz ponownie obciążony.
subscription-access-ends-now = Jeśli anulujesz, { $plan } zakończy się natychmiast i stracisz dostęp.
subscription-reason-legend = Dlaczego anulujesz? (opcjonalnie)
subscription-comment-label = Chcesz nam coś jeszcze przekazać? (opcjonalnie)
subscription-keep-subscription = Zachowaj subskrypcję
subscription-already-canceling = Ta subskrypcja i tak kończy się { $date }.
subscription-already-ended = Ta subskrypcja się zakończyła.
subscription-reason-too-expensive = Jest za drogo
subscription-reason-missing-features = Brakuje potrzebnych funkcji
subscription-reason-switched-service = Przechodzę do innej usługi
subscription-reason-unused = Za rzadko z niej korzystam
subscription-reason-customer-service = Jestem niezadowolony z obsługi klienta
subscription-reason-too-complex = Jest zbyt skomplikowana
subscription-reason-low-quality = Jakość jest niewystarczająca
subscription-reason-other = Inny powód
