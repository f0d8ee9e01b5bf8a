### SubscriptionText (sk)
## The subscription pages' texts.

subscription-no-subscription = U tohto obchodníka nemáte žiadne predplatné.
subscription-ended-heading = Ukončené predplatné
subscription-price-label = Cena
subscription-quantity-label = Množstvo
subscription-status-label = Stav
subscription-renews-on = Obnoví sa
subscription-ends-on = Skončí
subscription-ended-on = Skončilo
subscription-pending-label = Naplánované zmeny
subscription-pending-cancel = Skončí { $date } namiesto obnovenia. Dovtedy máte prístup.
subscription-pending-downgrade = Zmení sa na { $plan } × { $quantity } dňa { $date }.
subscription-per-day = { $amount } za deň
subscription-per-week = { $amount } za týždeň
subscription-per-month = { $amount } za mesiac
subscription-per-year = { $amount } za rok
subscription-every-days =
    { $count ->
        [one] { $amount } každý { $count } deň
        [few] { $amount } každé { $count } dni
        [many] { $amount } každých { $count } dňa
       *[other] { $amount } každých { $count } dní
    }
subscription-every-weeks =
    { $count ->
        [one] { $amount } každý { $count } týždeň
        [few] { $amount } každé { $count } týždne
        [many] { $amount } každých { $count } týždňa
       *[other] { $amount } každých { $count } týždňov
    }
subscription-every-months =
    { $count ->
        [one] { $amount } každý { $count } mesiac
        [few] { $amount } každé { $count } mesiace
        [many] { $amount } každých { $count } mesiaca
       *[other] { $amount } každých { $count } mesiacov
    }
subscription-every-years =
    { $count ->
        [one] { $amount } každý { $count } rok
        [few] { $amount } každé { $count } roky
        [many] { $amount } každých { $count } roka
       *[other] { $amount } každých { $count } rokov
    }
subscription-status-trialing = Bezplatné skúšobné obdobie
subscription-status-active = Aktívne
subscription-status-past-due = Platba po splatnosti
subscription-status-unpaid = Nezaplatené
subscription-status-canceled = Zrušené
subscription-change-link = Zmeniť { $plan }
subscription-cancel-plan = Zrušiť { $plan }
subscription-reactivate-plan = Ponechať { $plan }
subscription-resubscribe-plan = Znova si predplatiť { $plan }
subscription-done-changed = Váš program bol zmenený.
subscription-done-scheduled = Zmena začne platiť na konci aktuálneho obdobia.
subscription-done-canceled = Vaše predplatné bolo zrušené.
subscription-done-reactivated = Vaše predplatné sa obnoví ako zvyčajne.
subscription-done-resubscribed = Opäť máte predplatné.
subscription-change-heading = Zmeniť program
subscription-choose-plan-legend = Program
subscription-current-plan = Aktuálny program
subscription-upgrade = Vyšší program
subscription-downgrade = Nižší program
subscription-review-button = Skontrolovať zmenu
subscription-no-other-plan = Pre toto predplatné sa neponúka žiadny iný program.
subscription-review-heading = Skontrolujte zmenu
subscription-new-plan-label = Nový program
subscription-item-header = Položka
subscription-amount-header = Suma
subscription-line-unused = Nevyužitý čas: { $quantity } × { $plan }
subscription-line-remaining = Zostávajúci čas: { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } do { $date }
subscription-total-label = Spolu
subscription-credit-applied-label = Kredit z vášho zostatku
subscription-due-now-label = Na úhradu teraz
subscription-credit-added-label = Kredit pripísaný na zostatok pre ďalšie faktúry
subscription-next-renewal = Potom { $price }, ďalšia platba { $date }.
subscription-scheduled-note = Táto zmena začne platiť { $date }. Teraz sa nič neúčtuje.
subscription-no-change = Toto je už váš program a množstvo.
subscription-confirm-change = Potvrdiť zmenu
subscription-choose-another = Vybrať iný program
subscription-cancel-heading = Zrušiť predplatné
subscription-access-until = Ak predplatné zrušíte, { $plan } zostane aktívny do { $date } a potom sa skončí. Nič ďalšie vám nebude účtované.
subscription-access-ends-now = Ak predplatné zrušíte, { $plan } sa okamžite skončí a váš prístup sa ukončí hneď teraz.
subscription-reason-legend = Prečo predplatné rušíte? (nepovinné)
subscription-comment-label = Chcete nám ešte niečo povedať? (nepovinné)
subscription-keep-subscription = Ponechať predplatné
subscription-already-canceling = Toto predplatné sa už skončí { $date }.
subscription-already-ended = Toto predplatné sa skončilo.
subscription-reason-too-expensive = Je to príliš drahé
subscription-reason-missing-features = Chýbajú mi potrebné funkcie
subscription-reason-switched-service = Prechádzam na inú službu
subscription-reason-unused = Málo to využívam
subscription-reason-customer-service = Nie som spokojný so zákazníckou podporou
subscription-reason-too-complex = Je to príliš zložité
subscription-reason-low-quality = Kvalita nie je dostatočná
subscription-reason-other = Iný dôvod
subscription-status-paused = Pozastavené
subscription-resumes-on = Pokračuje
subscription-pending-pause = Účtovanie sa pozastaví { $start } a znova sa spustí { $resume }.
subscription-pause-plan = Pozastaviť { $plan }
subscription-resume-plan = Obnoviť { $plan } hneď
subscription-resume-note = Ak obnovíte teraz, dnes sa začne nové zúčtovacie obdobie a hneď sa vyúčtuje.
subscription-keep-billing = Nepozastavovať { $plan }
subscription-done-paused = Vaše predplatné sa na konci aktuálneho obdobia pozastaví.
subscription-done-resumed = Vaše predplatné sa opäť účtuje.
subscription-pause-heading = Pozastaviť predplatné
subscription-pause-explain = Účtovanie sa pozastaví na konci aktuálneho obdobia, { $date }. Dovtedy sa nič nemení; počas pozastavenia sa nič neúčtuje. Účtovanie sa samo obnoví, keď pozastavenie skončí, alebo skôr, kedykoľvek sa rozhodnete.
subscription-pause-legend = Pozastaviť na
subscription-pause-days =
    { $count ->
        [one] { $count } deň
        [few] { $count } dni
        [many] { $count } dňa
       *[other] { $count } dní
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } týždeň
        [few] { $count } týždne
        [many] { $count } týždňa
       *[other] { $count } týždňov
    }
subscription-pause-months =
    { $count ->
        [one] { $count } mesiac
        [few] { $count } mesiace
        [many] { $count } mesiaca
       *[other] { $count } mesiacov
    }
subscription-pause-years =
    { $count ->
        [one] { $count } rok
        [few] { $count } roky
        [many] { $count } roka
       *[other] { $count } rokov
    }
subscription-already-pausing = Pre toto predplatné už platí pozastavenie: účtovanie sa obnoví { $date }.
subscription-cannot-pause = Toto predplatné teraz nemožno pozastaviť: pozastaviť možno len aktívne predplatné platené vopred, bez naplánovaného zrušenia.
subscription-offer-heading = Skôr než odídete
subscription-offer-discount =
    { $count ->
        [one] Zostaňte pri { $plan } a získajte zľavu { $percent } % na nasledujúcu faktúru.
        [few] Zostaňte pri { $plan } a získajte zľavu { $percent } % na nasledujúce { $count } faktúry.
        [many] Zostaňte pri { $plan } a získajte zľavu { $percent } % na nasledujúcich { $count } faktúry.
       *[other] Zostaňte pri { $plan } a získajte zľavu { $percent } % na nasledujúcich { $count } faktúr.
    }
subscription-offer-pause = Radšej pozastavte { $plan } na { $length }: účtovanie sa pozastaví { $date }, medzitým sa nič neúčtuje a potom sa samo obnoví.
subscription-accept-offer = Prijať ponuku
subscription-decline-offer = Nie, ďakujem, zrušiť { $plan }
subscription-done-retained = Ďakujeme, že zostávate. Ponuka bola uplatnená na vaše predplatné.
subscription-discount-label = Zľava
subscription-discount-running =
    { $count ->
        [one] Zľava { $percent } % na nasledujúcu faktúru
        [few] Zľava { $percent } % na nasledujúce { $count } faktúry
        [many] Zľava { $percent } % na nasledujúcich { $count } faktúry
       *[other] Zľava { $percent } % na nasledujúcich { $count } faktúr
    }
