### SubscriptionText (fi)
## The subscription pages' texts.

subscription-no-subscription = Sinulla ei ole tilausta tällä kauppiaalla.
subscription-ended-heading = Päättyneet tilaukset
subscription-price-label = Hinta
subscription-quantity-label = Määrä
subscription-status-label = Tila
subscription-renews-on = Uusiutuu
subscription-ends-on = Päättyy
subscription-ended-on = Päättyi
subscription-pending-label = Tulevat muutokset
subscription-pending-cancel = Päättyy { $date } eikä uusiudu. Käyttöoikeutesi säilyy siihen asti.
subscription-pending-downgrade = Vaihtuu tilaukseen { $plan } × { $quantity } { $date }.
subscription-per-day = { $amount } päivässä
subscription-per-week = { $amount } viikossa
subscription-per-month = { $amount } kuukaudessa
subscription-per-year = { $amount } vuodessa
subscription-every-days = { $amount } { $count } päivän välein
subscription-every-weeks = { $amount } { $count } viikon välein
subscription-every-months = { $amount } { $count } kuukauden välein
subscription-every-years = { $amount } { $count } vuoden välein
subscription-status-trialing = Ilmainen kokeilu
subscription-status-active = Voimassa
subscription-status-past-due = Maksu myöhässä
subscription-status-unpaid = Maksamatta
subscription-status-canceled = Peruttu
subscription-change-link = Muuta tilausta { $plan }
subscription-cancel-plan = Peru tilaus { $plan }
subscription-reactivate-plan = Jatka tilausta { $plan }
subscription-resubscribe-plan = Tilaa { $plan } uudelleen
subscription-done-changed = Tilauksesi on muutettu.
subscription-done-scheduled = Muutoksesi tulee voimaan nykyisen jakson lopussa.
subscription-done-canceled = Tilauksesi on peruttu.
subscription-done-reactivated = Tilauksesi uusiutuu tavalliseen tapaan.
subscription-done-resubscribed = Tilauksesi on jälleen voimassa.
subscription-change-heading = Muuta tilausta
subscription-choose-plan-legend = Tilaus
subscription-current-plan = Nykyinen tilaus
subscription-upgrade = Päivitys
subscription-downgrade = Alennus
subscription-review-button = Tarkista muutos
subscription-no-other-plan = Tälle tilaukselle ei tarjota muita vaihtoehtoja.
subscription-review-heading = Tarkista muutoksesi
subscription-new-plan-label = Uusi tilaus
subscription-item-header = Erä
subscription-amount-header = Summa
subscription-line-unused = Käyttämätön aika: { $quantity } × { $plan }
subscription-line-remaining = Jäljellä oleva aika: { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } { $date } asti
subscription-total-label = Yhteensä
subscription-credit-applied-label = Hyvitys saldostasi
subscription-due-now-label = Maksettavana nyt
subscription-credit-added-label = Hyvitys seuraaville laskuillesi
subscription-next-renewal = Sen jälkeen { $price }, seuraavan kerran { $date }.
subscription-scheduled-note = Muutos tulee voimaan { $date }. Mitään ei veloiteta nyt.
subscription-no-change = Tämä on jo nykyinen tilauksesi ja määräsi.
subscription-confirm-change = Vahvista muutos
subscription-choose-another = Valitse toinen tilaus
subscription-cancel-heading = Peru tilaus
subscription-access-until = Jos perut, { $plan } on voimassa { $date } asti ja päättyy sitten. Sinua ei veloiteta enää.
subscription-access-ends-now = Jos perut, { $plan } päättyy heti ja käyttöoikeutesi loppuu nyt.
subscription-reason-legend = Miksi perut? (valinnainen)
subscription-comment-label = Haluatko kertoa meille vielä jotain? (valinnainen)
subscription-keep-subscription = Pidä tilaukseni
subscription-already-canceling = Tämä tilaus päättyy jo { $date }.
subscription-already-ended = Tämä tilaus on päättynyt.
subscription-reason-too-expensive = Se on liian kallis
subscription-reason-missing-features = Tarvitsemiani ominaisuuksia puuttuu
subscription-reason-switched-service = Vaihdan toiseen palveluun
subscription-reason-unused = En käytä sitä tarpeeksi
subscription-reason-customer-service = En ole tyytyväinen asiakaspalveluun
subscription-reason-too-complex = Se on liian monimutkainen
subscription-reason-low-quality = Laatu ei ole riittävä
subscription-reason-other = Jokin muu syy
subscription-status-paused = Tauolla
subscription-resumes-on = Jatkuu
subscription-pending-pause = Laskutus keskeytyy { $start } ja jatkuu { $resume }.
subscription-pause-plan = Tauota tilaus { $plan }
subscription-resume-plan = Jatka tilausta { $plan } nyt
subscription-resume-note = Jos jatkat nyt, uusi laskutusjakso alkaa tänään ja veloitetaan heti.
subscription-keep-billing = Älä tauota tilausta { $plan }
subscription-done-paused = Tilauksesi siirtyy tauolle nykyisen jakson lopussa.
subscription-done-resumed = Tilauksesi laskutus on taas käynnissä.
subscription-pause-heading = Tauota tilaus
subscription-pause-explain = Laskutus keskeytyy, kun nykyinen jaksosi päättyy { $date }. Siihen asti mikään ei muutu; tauon aikana mitään ei veloiteta. Laskutus jatkuu itsestään tauon päättyessä tai aiemmin, milloin haluat.
subscription-pause-legend = Tauon pituus
subscription-pause-days =
    { $count ->
        [one] { $count } päivä
       *[other] { $count } päivää
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } viikko
       *[other] { $count } viikkoa
    }
subscription-pause-months =
    { $count ->
        [one] { $count } kuukausi
       *[other] { $count } kuukautta
    }
subscription-pause-years =
    { $count ->
        [one] { $count } vuosi
       *[other] { $count } vuotta
    }
subscription-already-pausing = Tällä tilauksella on jo tauko: laskutus jatkuu { $date }.
subscription-cannot-pause = Tätä tilausta ei voi tauottaa nyt: tauottaa voi vain voimassa olevan, etukäteen laskutettavan tilauksen, jota ei ole peruttu.
subscription-offer-heading = Ennen kuin lähdet
subscription-offer-discount =
    { $count ->
        [one] Jatka tilausta { $plan }, niin saat seuraavasta laskustasi { $percent } % alennusta.
       *[other] Jatka tilausta { $plan }, niin saat seuraavista { $count } laskustasi { $percent } % alennusta.
    }
subscription-offer-pause = Voit sen sijaan tauottaa tilauksen { $plan }. Tauon pituus: { $length }. Laskutus keskeytyy { $date }, tauon aikana mitään ei veloiteta, ja laskutus jatkuu itsestään.
subscription-accept-offer = Hyväksy tarjous
subscription-decline-offer = Ei kiitos, peru tilaus { $plan }
subscription-done-retained = Kiitos, että jäät. Tarjous on lisätty tilaukseesi.
subscription-discount-label = Alennus
subscription-discount-running =
    { $count ->
        [one] { $percent } % alennusta seuraavasta laskusta
       *[other] { $percent } % alennusta seuraavista { $count } laskusta
    }
