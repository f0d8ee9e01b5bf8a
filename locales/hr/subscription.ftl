### SubscriptionText (hr)
## The subscription pages' texts.

subscription-no-subscription = Nemate nijednu pretplatu kod ovog trgovca.
subscription-ended-heading = Završene pretplate
subscription-price-label = Cijena
subscription-quantity-label = Količina
subscription-status-label = Status
subscription-renews-on = Obnavlja se
subscription-ends-on = Završava
subscription-ended-on = Završila
subscription-pending-label = Zakazane promjene
subscription-pending-cancel = Završava { $date } umjesto obnove. Do tada zadržavate pristup.
subscription-pending-downgrade = Mijenja se u { $plan } × { $quantity } dana { $date }.
subscription-per-day = { $amount } dnevno
subscription-per-week = { $amount } tjedno
subscription-per-month = { $amount } mjesečno
subscription-per-year = { $amount } godišnje
subscription-every-days =
    { $count ->
        [one] { $amount } svaki { $count } dan
        [few] { $amount } svaka { $count } dana
       *[other] { $amount } svakih { $count } dana
    }
subscription-every-weeks =
    { $count ->
        [one] { $amount } svaki { $count } tjedan
        [few] { $amount } svaka { $count } tjedna
       *[other] { $amount } svakih { $count } tjedana
    }
subscription-every-months =
    { $count ->
        [one] { $amount } svaki { $count } mjesec
        [few] { $amount } svaka { $count } mjeseca
       *[other] { $amount } svakih { $count } mjeseci
    }
subscription-every-years =
    { $count ->
        [one] { $amount } svake { $count } godine
        [few] { $amount } svake { $count } godine
       *[other] { $amount } svakih { $count } godina
    }
subscription-status-trialing = Besplatno probno razdoblje
subscription-status-active = Aktivna
subscription-status-past-due = Plaćanje kasni
subscription-status-unpaid = Neplaćena
subscription-status-canceled = Otkazana
subscription-change-link = Promijeni { $plan }
subscription-cancel-plan = Otkaži { $plan }
subscription-reactivate-plan = Zadrži { $plan }
subscription-resubscribe-plan = Ponovno se pretplati na { $plan }
subscription-done-changed = Vaš je paket promijenjen.
subscription-done-scheduled = Vaša je promjena zakazana za kraj tekućeg razdoblja.
subscription-done-canceled = Vaša je pretplata otkazana.
subscription-done-reactivated = Vaša će se pretplata obnoviti kao i obično.
subscription-done-resubscribed = Ponovno ste pretplaćeni.
subscription-change-heading = Promjena paketa
subscription-choose-plan-legend = Paket
subscription-current-plan = Trenutačni paket
subscription-upgrade = Viši paket
subscription-downgrade = Niži paket
subscription-review-button = Pregledaj promjenu
subscription-no-other-plan = Za ovu pretplatu nije ponuđen nijedan drugi paket.
subscription-review-heading = Pregledajte promjenu
subscription-new-plan-label = Novi paket
subscription-item-header = Stavka
subscription-amount-header = Iznos
subscription-line-unused = Neiskorišteno vrijeme za { $quantity } × { $plan }
subscription-line-remaining = Preostalo vrijeme za { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } do { $date }
subscription-total-label = Ukupno
subscription-credit-applied-label = Kredit iz vašeg salda
subscription-due-now-label = Za plaćanje sada
subscription-credit-added-label = Kredit dodan u vaš saldo za sljedeće račune
subscription-next-renewal = Zatim { $price }, sljedeće terećenje { $date }.
subscription-scheduled-note = Ova promjena stupa na snagu { $date }. Sada se ništa ne naplaćuje.
subscription-no-change = To su već vaš paket i količina.
subscription-confirm-change = Potvrdi promjenu
subscription-choose-another = Odaberi drugi paket
subscription-cancel-heading = Otkazivanje pretplate
subscription-access-until = Ako otkažete, { $plan } ostaje aktivan do { $date }, a zatim završava. Više vam se neće naplaćivati.
subscription-access-ends-now = Ako otkažete, { $plan } odmah završava i vaš pristup prestaje sada.
subscription-reason-legend = Zašto otkazujete? (neobavezno)
subscription-comment-label = Želite li nam još nešto reći? (neobavezno)
subscription-keep-subscription = Zadrži moju pretplatu
subscription-already-canceling = Ova pretplata već završava { $date }.
subscription-already-ended = Ova je pretplata završila.
subscription-reason-too-expensive = Preskupo je
subscription-reason-missing-features = Nedostaju mi potrebne značajke
subscription-reason-switched-service = Prelazim na drugu uslugu
subscription-reason-unused = Ne upotrebljavam je dovoljno
subscription-reason-customer-service = Nisam zadovoljan korisničkom podrškom
subscription-reason-too-complex = Previše je složeno
subscription-reason-low-quality = Kvaliteta nije dovoljno dobra
subscription-reason-other = Drugi razlog
