### SubscriptionText (hu)
## The subscription pages' texts.

subscription-no-subscription = Ennél a kereskedőnél nincs előfizetése.
subscription-ended-heading = Megszűnt előfizetések
subscription-price-label = Ár
subscription-quantity-label = Mennyiség
subscription-status-label = Állapot
subscription-renews-on = Megújul
subscription-ends-on = Megszűnik
subscription-ended-on = Megszűnt
subscription-pending-label = Függőben lévő módosítások
subscription-pending-cancel = { $date } napon megszűnik megújulás helyett. Addig megmarad a hozzáférése.
subscription-pending-downgrade = { $date } napon erre változik: { $plan } × { $quantity }.
subscription-per-day = { $amount } naponta
subscription-per-week = { $amount } hetente
subscription-per-month = { $amount } havonta
subscription-per-year = { $amount } évente
subscription-every-days =
    { $count ->
        [one] { $amount } naponta
       *[other] { $amount } { $count } naponta
    }
subscription-every-weeks =
    { $count ->
        [one] { $amount } hetente
       *[other] { $amount } { $count } hetente
    }
subscription-every-months =
    { $count ->
        [one] { $amount } havonta
       *[other] { $amount } { $count } havonta
    }
subscription-every-years =
    { $count ->
        [one] { $amount } évente
       *[other] { $amount } { $count } évente
    }
subscription-status-trialing = Ingyenes próbaidőszak
subscription-status-active = Aktív
subscription-status-past-due = Fizetési hátralék
subscription-status-unpaid = Kifizetetlen
subscription-status-canceled = Lemondva
subscription-change-link = { $plan } módosítása
subscription-cancel-plan = { $plan } lemondása
subscription-reactivate-plan = { $plan } megtartása
subscription-resubscribe-plan = Újbóli előfizetés: { $plan }
subscription-done-changed = A csomagját módosítottuk.
subscription-done-scheduled = A módosítás az aktuális időszak végén lép életbe.
subscription-done-canceled = Az előfizetését lemondtuk.
subscription-done-reactivated = Az előfizetése a szokásos módon megújul.
subscription-done-resubscribed = Ismét előfizető.
subscription-change-heading = Csomag módosítása
subscription-choose-plan-legend = Csomag
subscription-current-plan = Jelenlegi csomag
subscription-upgrade = Magasabb csomag
subscription-downgrade = Alacsonyabb csomag
subscription-review-button = A módosítás áttekintése
subscription-no-other-plan = Ehhez az előfizetéshez nincs más elérhető csomag.
subscription-review-heading = Tekintse át a módosítást
subscription-new-plan-label = Új csomag
subscription-item-header = Tétel
subscription-amount-header = Összeg
subscription-line-unused = Fel nem használt idő: { $quantity } × { $plan }
subscription-line-remaining = Hátralévő idő: { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan }, { $date } napig
subscription-total-label = Összesen
subscription-credit-applied-label = Jóváírás az egyenlegéből
subscription-due-now-label = Most fizetendő
subscription-credit-added-label = Az egyenlegéhez a következő számlákra jóváírt összeg
subscription-next-renewal = Ezután { $price }, a következő terhelés: { $date }.
subscription-scheduled-note = Ez a módosítás { $date } napon lép életbe. Most nem terhelünk semmit.
subscription-no-change = Már ez a csomagja és mennyisége.
subscription-confirm-change = A módosítás megerősítése
subscription-choose-another = Másik csomag választása
subscription-cancel-heading = Előfizetés lemondása
subscription-access-until = Ha lemondja, a(z) { $plan } { $date } napig aktív marad, majd megszűnik. Több terhelés nem lesz.
subscription-access-ends-now = Ha lemondja, a(z) { $plan } azonnal megszűnik, és a hozzáférése most véget ér.
subscription-reason-legend = Miért mondja le? (nem kötelező)
subscription-comment-label = Szeretne még valamit elmondani nekünk? (nem kötelező)
subscription-keep-subscription = Megtartom az előfizetést
subscription-already-canceling = Ez az előfizetés már { $date } napon megszűnik.
subscription-already-ended = Ez az előfizetés megszűnt.
subscription-reason-too-expensive = Túl drága
subscription-reason-missing-features = Hiányoznak funkciók, amelyekre szükségem van
subscription-reason-switched-service = Másik szolgáltatásra váltok
subscription-reason-unused = Nem használom eleget
subscription-reason-customer-service = Elégedetlen vagyok az ügyfélszolgálattal
subscription-reason-too-complex = Túl bonyolult
subscription-reason-low-quality = A minőség nem elég jó
subscription-reason-other = Egyéb ok
subscription-status-paused = Szüneteltetve
subscription-resumes-on = Újraindul
subscription-pending-pause = A számlázás { $start } napon szünetelni kezd, és { $resume } napon újraindul.
subscription-pause-plan = { $plan } szüneteltetése
subscription-resume-plan = { $plan } azonnali újraindítása
subscription-resume-note = Ha most újraindítja, ma új számlázási időszak kezdődik, amelyet azonnal terhelünk.
subscription-keep-billing = { $plan } szüneteltetésének visszavonása
subscription-done-paused = Az előfizetése az aktuális időszak végén szünetelni kezd.
subscription-done-resumed = Az előfizetés számlázása újraindult.
subscription-pause-heading = Előfizetés szüneteltetése
subscription-pause-explain = A számlázás az aktuális időszak végén, { $date } napon szünetelni kezd. Addig semmi sem változik; a szünetelés alatt nem terhelünk semmit. A számlázás a szünetelés végén magától újraindul, vagy korábban, amikor csak szeretné.
subscription-pause-legend = Szüneteltetés időtartama
subscription-pause-days = { $count } nap
subscription-pause-weeks = { $count } hét
subscription-pause-months = { $count } hónap
subscription-pause-years = { $count } év
subscription-already-pausing = Ehhez az előfizetéshez már tartozik szüneteltetés: a számlázás { $date } napon indul újra.
subscription-cannot-pause = Ez az előfizetés most nem szüneteltethető: csak olyan aktív, előre számlázott előfizetés szüneteltethető, amelynek nincs függőben lévő lemondása.
subscription-offer-heading = Mielőtt távozna
subscription-offer-discount =
    { $count ->
        [one] Maradjon a(z) { $plan } előfizetésnél, és kapjon { $percent }% kedvezményt a következő számlájából.
       *[other] Maradjon a(z) { $plan } előfizetésnél, és kapjon { $percent }% kedvezményt a következő { $count } számlájából.
    }
subscription-offer-pause = Lemondás helyett szüneteltesse a(z) { $plan } előfizetést { $length } időtartamra: a számlázás { $date } napon szünetelni kezd, közben nem terhelünk semmit, majd a számlázás magától újraindul.
subscription-accept-offer = Ajánlat elfogadása
subscription-decline-offer = Nem, köszönöm, { $plan } lemondása
subscription-done-retained = Köszönjük, hogy marad. Az ajánlatot érvényesítettük az előfizetésén.
subscription-discount-label = Kedvezmény
subscription-discount-running =
    { $count ->
        [one] { $percent }% kedvezmény a következő számlából
       *[other] { $percent }% kedvezmény a következő { $count } számlából
    }
