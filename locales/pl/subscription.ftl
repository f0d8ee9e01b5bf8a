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
subscription-status-paused = Wstrzymana
subscription-resumes-on = Wznawia się
subscription-pending-pause = Rozliczenia zostaną wstrzymane { $start } i wznowione { $resume }.
subscription-pause-plan = Wstrzymaj { $plan }
subscription-resume-plan = Wznów { $plan } teraz
subscription-resume-note = Jeśli wznowisz teraz, dziś zacznie się nowy okres rozliczeniowy, a opłata za niego zostanie pobrana od razu.
subscription-keep-billing = Nie wstrzymuj { $plan }
subscription-done-paused = Twoja subskrypcja zostanie wstrzymana z końcem bieżącego okresu.
subscription-done-resumed = Twoja subskrypcja jest znowu rozliczana.
subscription-pause-heading = Wstrzymaj subskrypcję
subscription-pause-explain = Rozliczenia zostaną wstrzymane z końcem bieżącego okresu, { $date }. Do tego czasu nic się nie zmienia; w czasie wstrzymania nic nie jest pobierane. Rozliczenia wznowią się same po zakończeniu wstrzymania lub wcześniej, kiedy zechcesz.
subscription-pause-legend = Wstrzymaj na
subscription-pause-days =
    { $count ->
        [one] { $count } dzień
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dnia
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } tydzień
        [few] { $count } tygodnie
        [many] { $count } tygodni
       *[other] { $count } tygodnia
    }
subscription-pause-months =
    { $count ->
        [one] { $count } miesiąc
        [few] { $count } miesiące
        [many] { $count } miesięcy
       *[other] { $count } miesiąca
    }
subscription-pause-years =
    { $count ->
        [one] { $count } rok
        [few] { $count } lata
        [many] { $count } lat
       *[other] { $count } roku
    }
subscription-already-pausing = Dla tej subskrypcji ustawiono już wstrzymanie: rozliczenia zostaną wznowione { $date }.
subscription-cannot-pause = Tej subskrypcji nie można teraz wstrzymać: można wstrzymać tylko aktywną subskrypcję opłacaną z góry, bez zaplanowanego anulowania.
subscription-offer-heading = Zanim odejdziesz
subscription-offer-discount =
    { $count ->
        [one] Zostań przy { $plan } i otrzymaj { $percent }% zniżki na następną fakturę.
        [few] Zostań przy { $plan } i otrzymaj { $percent }% zniżki na następne { $count } faktury.
        [many] Zostań przy { $plan } i otrzymaj { $percent }% zniżki na następnych { $count } faktur.
       *[other] Zostań przy { $plan } i otrzymaj { $percent }% zniżki na następne { $count } faktury.
    }
subscription-offer-pause = Zamiast tego wstrzymaj { $plan } na { $length }: rozliczenia zostaną wstrzymane { $date }, w tym czasie nic nie jest pobierane, a potem wznowią się same.
subscription-accept-offer = Przyjmij ofertę
subscription-decline-offer = Nie, dziękuję, anuluj { $plan }
subscription-done-retained = Dziękujemy, że zostajesz. Oferta została zastosowana do Twojej subskrypcji.
subscription-discount-label = Zniżka
subscription-discount-running =
    { $count ->
        [one] { $percent }% zniżki na następną fakturę
        [few] { $percent }% zniżki na następne { $count } faktury
        [many] { $percent }% zniżki na następnych { $count } faktur
       *[other] { $percent }% zniżki na następne { $count } faktury
    }
