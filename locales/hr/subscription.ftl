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
subscription-status-paused = Pauzirana
subscription-resumes-on = Nastavlja se
subscription-pending-pause = Naplata se pauzira { $start } i nastavlja { $resume }.
subscription-pause-plan = Pauziraj { $plan }
subscription-resume-plan = Nastavi { $plan } sada
subscription-resume-note = Ako nastavite sada, danas počinje novo obračunsko razdoblje, koje se odmah naplaćuje.
subscription-keep-billing = Otkaži pauzu za { $plan }
subscription-done-paused = Vaša će se pretplata pauzirati na kraju tekućeg razdoblja.
subscription-done-resumed = Vaša se pretplata ponovno naplaćuje.
subscription-pause-heading = Pauziranje pretplate
subscription-pause-explain = Naplata se pauzira kad završi vaše tekuće razdoblje, { $date }. Do tada se ništa ne mijenja; tijekom pauze ništa se ne naplaćuje. Naplata se sama nastavlja kad pauza završi ili ranije, kad god odlučite.
subscription-pause-legend = Trajanje pauze
subscription-pause-days =
    { $count ->
        [one] { $count } dan
        [few] { $count } dana
       *[other] { $count } dana
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } tjedan
        [few] { $count } tjedna
       *[other] { $count } tjedana
    }
subscription-pause-months =
    { $count ->
        [one] { $count } mjesec
        [few] { $count } mjeseca
       *[other] { $count } mjeseci
    }
subscription-pause-years =
    { $count ->
        [one] { $count } godina
        [few] { $count } godine
       *[other] { $count } godina
    }
subscription-already-pausing = Za ovu je pretplatu već postavljena pauza: naplata se nastavlja { $date }.
subscription-cannot-pause = Ova se pretplata sada ne može pauzirati: to je moguće samo za aktivnu pretplatu koja se plaća unaprijed i nema zakazano otkazivanje.
subscription-offer-heading = Prije nego što odete
subscription-offer-discount =
    { $count ->
        [one] Ostanite uz { $plan } i ostvarite popust od { $percent } % na { $count } sljedeći račun.
        [few] Ostanite uz { $plan } i ostvarite popust od { $percent } % na sljedeća { $count } računa.
       *[other] Ostanite uz { $plan } i ostvarite popust od { $percent } % na sljedećih { $count } računa.
    }
subscription-offer-pause = Umjesto otkazivanja možete pauzirati { $plan }. Trajanje pauze: { $length }. Naplata se pauzira { $date }, u međuvremenu se ništa ne naplaćuje, a zatim se sama nastavlja.
subscription-accept-offer = Prihvati ponudu
subscription-decline-offer = Ne, hvala, otkaži { $plan }
subscription-done-retained = Hvala što ostajete. Ponuda je primijenjena na vašu pretplatu.
subscription-discount-label = Popust
subscription-discount-running =
    { $count ->
        [one] Popust od { $percent } % na { $count } sljedeći račun
        [few] Popust od { $percent } % na sljedeća { $count } računa
       *[other] Popust od { $percent } % na sljedećih { $count } računa
    }
