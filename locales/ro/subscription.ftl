### SubscriptionText (ro)
## The subscription pages' texts.

subscription-no-subscription = Nu aveți niciun abonament la acest comerciant.
subscription-ended-heading = Abonamente încheiate
subscription-price-label = Preț
subscription-quantity-label = Cantitate
subscription-status-label = Stare
subscription-renews-on = Se reînnoiește pe
subscription-ends-on = Se încheie pe
subscription-ended-on = S-a încheiat pe
subscription-pending-label = Modificări programate
subscription-pending-cancel = Se încheie pe { $date } în loc să se reînnoiască. Păstrați accesul până atunci.
subscription-pending-downgrade = Trece la { $plan } × { $quantity } pe { $date }.
subscription-per-day = { $amount } pe zi
subscription-per-week = { $amount } pe săptămână
subscription-per-month = { $amount } pe lună
subscription-per-year = { $amount } pe an
subscription-every-days =
    { $count ->
        [one] { $amount } la fiecare { $count } zi
        [few] { $amount } la fiecare { $count } zile
       *[other] { $amount } la fiecare { $count } de zile
    }
subscription-every-weeks =
    { $count ->
        [one] { $amount } la fiecare { $count } săptămână
        [few] { $amount } la fiecare { $count } săptămâni
       *[other] { $amount } la fiecare { $count } de săptămâni
    }
subscription-every-months =
    { $count ->
        [one] { $amount } la fiecare { $count } lună
        [few] { $amount } la fiecare { $count } luni
       *[other] { $amount } la fiecare { $count } de luni
    }
subscription-every-years =
    { $count ->
        [one] { $amount } la fiecare { $count } an
        [few] { $amount } la fiecare { $count } ani
       *[other] { $amount } la fiecare { $count } de ani
    }
subscription-status-trialing = Perioadă de probă gratuită
subscription-status-active = Activ
subscription-status-past-due = Plată restantă
subscription-status-unpaid = Neplătit
subscription-status-canceled = Anulat
subscription-change-link = Schimbați { $plan }
subscription-cancel-plan = Anulați { $plan }
subscription-reactivate-plan = Păstrați { $plan }
subscription-resubscribe-plan = Abonați-vă din nou la { $plan }
subscription-done-changed = Planul dumneavoastră a fost schimbat.
subscription-done-scheduled = Modificarea dumneavoastră este programată pentru sfârșitul perioadei curente.
subscription-done-canceled = Abonamentul dumneavoastră a fost anulat.
subscription-done-reactivated = Abonamentul dumneavoastră se va reînnoi ca de obicei.
subscription-done-resubscribed = Sunteți din nou abonat.
subscription-change-heading = Schimbați planul
subscription-choose-plan-legend = Plan
subscription-current-plan = Planul actual
subscription-upgrade = Plan superior
subscription-downgrade = Plan inferior
subscription-review-button = Verificați modificarea
subscription-no-other-plan = Nu este oferit niciun alt plan pentru acest abonament.
subscription-review-heading = Verificați modificarea
subscription-new-plan-label = Plan nou
subscription-item-header = Articol
subscription-amount-header = Sumă
subscription-line-unused = Timp neutilizat pentru { $quantity } × { $plan }
subscription-line-remaining = Timp rămas pentru { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } până pe { $date }
subscription-total-label = Total
subscription-credit-applied-label = Credit din soldul dumneavoastră
subscription-due-now-label = De plată acum
subscription-credit-added-label = Credit adăugat în sold pentru facturile următoare
subscription-next-renewal = Apoi { $price }, următoarea plată pe { $date }.
subscription-scheduled-note = Această modificare intră în vigoare pe { $date }. Nu se percepe nimic acum.
subscription-no-change = Acestea sunt deja planul și cantitatea dumneavoastră.
subscription-confirm-change = Confirmați modificarea
subscription-choose-another = Alegeți alt plan
subscription-cancel-heading = Anulați abonamentul
subscription-access-until = Dacă anulați, { $plan } rămâne activ până pe { $date }, apoi se încheie. Nu veți mai fi taxat.
subscription-access-ends-now = Dacă anulați, { $plan } se încheie imediat, iar accesul dumneavoastră se oprește acum.
subscription-reason-legend = De ce anulați? (opțional)
subscription-comment-label = Mai doriți să ne spuneți ceva? (opțional)
subscription-keep-subscription = Păstrez abonamentul
subscription-already-canceling = Acest abonament se încheie deja pe { $date }.
subscription-already-ended = Acest abonament s-a încheiat.
subscription-reason-too-expensive = Este prea scump
subscription-reason-missing-features = Lipsesc funcții de care am nevoie
subscription-reason-switched-service = Trec la alt serviciu
subscription-reason-unused = Nu îl folosesc suficient
subscription-reason-customer-service = Nu sunt mulțumit de serviciul pentru clienți
subscription-reason-too-complex = Este prea complicat
subscription-reason-low-quality = Calitatea nu este suficient de bună
subscription-reason-other = Alt motiv
subscription-status-paused = În pauză
subscription-resumes-on = Se reia pe
subscription-pending-pause = Facturarea se suspendă pe { $start } și se reia pe { $resume }.
subscription-pause-plan = Puneți { $plan } pe pauză
subscription-resume-plan = Reluați { $plan } acum
subscription-resume-note = Dacă reluați acum, astăzi începe o nouă perioadă de facturare, taxată imediat.
subscription-keep-billing = Nu puneți { $plan } pe pauză
subscription-done-paused = Abonamentul dumneavoastră va fi pus pe pauză la sfârșitul perioadei curente.
subscription-done-resumed = Abonamentul dumneavoastră este din nou facturat.
subscription-pause-heading = Puneți abonamentul pe pauză
subscription-pause-explain = Facturarea se suspendă la sfârșitul perioadei curente, pe { $date }. Până atunci nu se schimbă nimic; în timpul pauzei nu se percepe nimic. Facturarea se reia automat la sfârșitul pauzei sau mai devreme, oricând doriți.
subscription-pause-legend = Durata pauzei
subscription-pause-days =
    { $count ->
        [one] { $count } zi
        [few] { $count } zile
       *[other] { $count } de zile
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } săptămână
        [few] { $count } săptămâni
       *[other] { $count } de săptămâni
    }
subscription-pause-months =
    { $count ->
        [one] { $count } lună
        [few] { $count } luni
       *[other] { $count } de luni
    }
subscription-pause-years =
    { $count ->
        [one] { $count } an
        [few] { $count } ani
       *[other] { $count } de ani
    }
subscription-already-pausing = Acest abonament are deja o pauză: facturarea se reia pe { $date }.
subscription-cannot-pause = Acest abonament nu poate fi pus pe pauză acum: doar un abonament activ, facturat în avans și fără o anulare programată poate fi pus pe pauză.
subscription-offer-heading = Înainte să plecați
subscription-offer-discount =
    { $count ->
        [one] Rămâneți la { $plan } și primiți o reducere de { $percent } % la următoarea factură.
        [few] Rămâneți la { $plan } și primiți o reducere de { $percent } % la următoarele { $count } facturi.
       *[other] Rămâneți la { $plan } și primiți o reducere de { $percent } % la următoarele { $count } de facturi.
    }
subscription-offer-pause = În schimb, puneți { $plan } pe pauză pentru { $length }: facturarea se suspendă pe { $date }, între timp nu se percepe nimic, iar apoi se reia automat.
subscription-accept-offer = Acceptați oferta
subscription-decline-offer = Nu, mulțumesc, anulați { $plan }
subscription-done-retained = Vă mulțumim că rămâneți. Oferta a fost aplicată abonamentului dumneavoastră.
subscription-discount-label = Reducere
subscription-discount-running =
    { $count ->
        [one] Reducere de { $percent } % la următoarea factură
        [few] Reducere de { $percent } % la următoarele { $count } facturi
       *[other] Reducere de { $percent } % la următoarele { $count } de facturi
    }
