### SubscriptionText (cs)
## The subscription pages' texts.

subscription-no-subscription = U tohoto obchodníka nemáte žádné předplatné.
subscription-ended-heading = Ukončená předplatná
subscription-price-label = Cena
subscription-quantity-label = Množství
subscription-status-label = Stav
subscription-renews-on = Obnoví se
subscription-ends-on = Končí
subscription-ended-on = Ukončeno
subscription-pending-label = Naplánované změny
subscription-pending-cancel = Skončí { $date } místo obnovení. Do té doby máte přístup.
subscription-pending-downgrade = Změní se na { $plan } × { $quantity } dne { $date }.
subscription-per-day = { $amount } za den
subscription-per-week = { $amount } za týden
subscription-per-month = { $amount } za měsíc
subscription-per-year = { $amount } za rok
subscription-every-days =
    { $count ->
        [one] { $amount } každý { $count } den
        [few] { $amount } každé { $count } dny
        [many] { $amount } každých { $count } dne
       *[other] { $amount } každých { $count } dní
    }
subscription-every-weeks =
    { $count ->
        [one] { $amount } každý { $count } týden
        [few] { $amount } každé { $count } týdny
        [many] { $amount } každých { $count } týdne
       *[other] { $amount } každých { $count } týdnů
    }
subscription-every-months =
    { $count ->
        [one] { $amount } každý { $count } měsíc
        [few] { $amount } každé { $count } měsíce
        [many] { $amount } každých { $count } měsíce
       *[other] { $amount } každých { $count } měsíců
    }
subscription-every-years =
    { $count ->
        [one] { $amount } každý { $count } rok
        [few] { $amount } každé { $count } roky
        [many] { $amount } každých { $count } roku
       *[other] { $amount } každých { $count } let
    }
subscription-status-trialing = Zkušební období zdarma
subscription-status-active = Aktivní
subscription-status-past-due = Platba po splatnosti
subscription-status-unpaid = Nezaplaceno
subscription-status-canceled = Zrušeno
subscription-change-link = Změnit { $plan }
subscription-cancel-plan = Zrušit { $plan }
subscription-reactivate-plan = Ponechat { $plan }
subscription-resubscribe-plan = Znovu předplatit { $plan }
subscription-done-changed = Váš tarif byl změněn.
subscription-done-scheduled = Změna začne platit na konci aktuálního období.
subscription-done-canceled = Vaše předplatné bylo zrušeno.
subscription-done-reactivated = Vaše předplatné se obnoví jako obvykle.
subscription-done-resubscribed = Opět máte předplatné.
subscription-change-heading = Změnit tarif
subscription-choose-plan-legend = Tarif
subscription-current-plan = Současný tarif
subscription-upgrade = Vyšší tarif
subscription-downgrade = Nižší tarif
subscription-review-button = Zkontrolovat změnu
subscription-no-other-plan = Pro toto předplatné není nabízen žádný jiný tarif.
subscription-review-heading = Zkontrolujte změnu
subscription-new-plan-label = Nový tarif
subscription-item-header = Položka
subscription-amount-header = Částka
subscription-line-unused = Nevyužitá doba: { $quantity } × { $plan }
subscription-line-remaining = Zbývající doba: { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } do { $date }
subscription-total-label = Celkem
subscription-credit-applied-label = Kredit z vašeho zůstatku
subscription-due-now-label = K úhradě nyní
subscription-credit-added-label = Kredit připsaný na další faktury
subscription-next-renewal = Poté { $price }, další platba { $date }.
subscription-scheduled-note = Změna začne platit { $date }. Nyní se nic neúčtuje.
subscription-no-change = Toto je již váš tarif a množství.
subscription-confirm-change = Potvrdit změnu
subscription-choose-another = Vybrat jiný tarif
subscription-cancel-heading = Zrušit předplatné
subscription-access-until = Pokud zrušíte, { $plan } zůstane aktivní do { $date } a poté skončí. Nic dalšího vám nebude účtováno.
subscription-access-ends-now = Pokud zrušíte, { $plan } okamžitě skončí a váš přístup končí hned teď.
subscription-reason-legend = Proč rušíte? (nepovinné)
subscription-comment-label = Chcete nám ještě něco sdělit? (nepovinné)
subscription-keep-subscription = Ponechat předplatné
subscription-already-canceling = Toto předplatné již končí { $date }.
subscription-already-ended = Toto předplatné skončilo.
subscription-reason-too-expensive = Je to příliš drahé
subscription-reason-missing-features = Chybí mi potřebné funkce
subscription-reason-switched-service = Přecházím k jiné službě
subscription-reason-unused = Málo to využívám
subscription-reason-customer-service = Nejsem spokojen se zákaznickou podporou
subscription-reason-too-complex = Je to příliš složité
subscription-reason-low-quality = Kvalita není dostatečná
subscription-reason-other = Jiný důvod
subscription-status-paused = Pozastaveno
subscription-resumes-on = Pokračuje
subscription-pending-pause = Účtování se pozastaví { $start } a znovu začne { $resume }.
subscription-pause-plan = Pozastavit { $plan }
subscription-resume-plan = Obnovit { $plan } hned
subscription-resume-note = Pokud obnovíte teď, začne dnes nové zúčtovací období a hned se vyúčtuje.
subscription-keep-billing = Nepozastavovat { $plan }
subscription-done-paused = Vaše předplatné se na konci aktuálního období pozastaví.
subscription-done-resumed = Vaše předplatné se opět účtuje.
subscription-pause-heading = Pozastavit předplatné
subscription-pause-explain = Účtování se pozastaví na konci aktuálního období, { $date }. Do té doby se nic nemění; během pozastavení se nic neúčtuje. Účtování se samo obnoví, když pozastavení skončí, nebo dříve, kdykoli se rozhodnete.
subscription-pause-legend = Pozastavit na
subscription-pause-days =
    { $count ->
        [one] { $count } den
        [few] { $count } dny
        [many] { $count } dne
       *[other] { $count } dní
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } týden
        [few] { $count } týdny
        [many] { $count } týdne
       *[other] { $count } týdnů
    }
subscription-pause-months =
    { $count ->
        [one] { $count } měsíc
        [few] { $count } měsíce
        [many] { $count } měsíce
       *[other] { $count } měsíců
    }
subscription-pause-years =
    { $count ->
        [one] { $count } rok
        [few] { $count } roky
        [many] { $count } roku
       *[other] { $count } let
    }
subscription-already-pausing = Pro toto předplatné už platí pozastavení: účtování se obnoví { $date }.
subscription-cannot-pause = Toto předplatné teď nelze pozastavit: pozastavit lze jen aktivní předplatné placené předem, bez naplánovaného zrušení.
subscription-offer-heading = Než odejdete
subscription-offer-discount =
    { $count ->
        [one] Zůstaňte u { $plan } a získejte slevu { $percent } % na příští fakturu.
        [few] Zůstaňte u { $plan } a získejte slevu { $percent } % na příští { $count } faktury.
        [many] Zůstaňte u { $plan } a získejte slevu { $percent } % na příštích { $count } faktury.
       *[other] Zůstaňte u { $plan } a získejte slevu { $percent } % na příštích { $count } faktur.
    }
subscription-offer-pause = Pozastavte raději { $plan } na { $length }: účtování se pozastaví { $date }, mezitím se nic neúčtuje a potom se samo obnoví.
subscription-accept-offer = Přijmout nabídku
subscription-decline-offer = Ne, děkuji, zrušit { $plan }
subscription-done-retained = Děkujeme, že zůstáváte. Nabídka byla uplatněna na vaše předplatné.
subscription-discount-label = Sleva
subscription-discount-running =
    { $count ->
        [one] Sleva { $percent } % na příští fakturu
        [few] Sleva { $percent } % na příští { $count } faktury
        [many] Sleva { $percent } % na příštích { $count } faktury
       *[other] Sleva { $percent } % na příštích { $count } faktur
    }
