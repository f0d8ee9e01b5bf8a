### SubscriptionText (nb)
## The subscription pages' texts.

subscription-no-subscription = Du har ikke noe abonnement hos denne forhandleren.
subscription-ended-heading = Avsluttede abonnementer
subscription-price-label = Pris
subscription-quantity-label = Antall
subscription-status-label = Status
subscription-renews-on = Fornyes
subscription-ends-on = Avsluttes
subscription-ended-on = Avsluttet
subscription-pending-label = Planlagte endringer
subscription-pending-cancel = Avsluttes { $date } i stedet for å fornyes. Du har tilgang frem til da.
subscription-pending-downgrade = Endres til { $plan } × { $quantity } { $date }.
subscription-per-day = { $amount } per dag
subscription-per-week = { $amount } per uke
subscription-per-month = { $amount } per måned
subscription-per-year = { $amount } per år
subscription-every-days = { $amount } hver { $count }. dag
subscription-every-weeks = { $amount } hver { $count }. uke
subscription-every-months = { $amount } hver { $count }. måned
subscription-every-years = { $amount } hvert { $count }. år
subscription-status-trialing = Gratis prøveperiode
subscription-status-active = Aktivt
subscription-status-past-due = Betaling forfalt
subscription-status-unpaid = Ubetalt
subscription-status-canceled = Sagt opp
subscription-change-link = Endre { $plan }
subscription-cancel-plan = Si opp { $plan }
subscription-reactivate-plan = Behold { $plan }
subscription-resubscribe-plan = Abonner på { $plan } igjen
subscription-done-changed = Abonnementet ditt er endret.
subscription-done-scheduled = Endringen din trer i kraft ved slutten av gjeldende periode.
subscription-done-canceled = Abonnementet ditt er sagt opp.
subscription-done-reactivated = Abonnementet ditt fornyes som vanlig.
subscription-done-resubscribed = Du abonnerer igjen.
subscription-change-heading = Endre abonnement
subscription-choose-plan-legend = Abonnement
subscription-current-plan = Nåværende abonnement
subscription-upgrade = Oppgradering
subscription-downgrade = Nedgradering
subscription-review-button = Se gjennom endringen
subscription-no-other-plan = Det tilbys ikke noe annet abonnement for dette abonnementet.
subscription-review-heading = Se gjennom endringen
subscription-new-plan-label = Nytt abonnement
subscription-item-header = Post
subscription-amount-header = Beløp
subscription-line-unused = Ubrukt tid på { $quantity } × { $plan }
subscription-line-remaining = Gjenstående tid på { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } til { $date }
subscription-total-label = Totalt
subscription-credit-applied-label = Kreditt fra saldoen din
subscription-due-now-label = Skal betales nå
subscription-credit-added-label = Kreditt til de neste fakturaene dine
subscription-next-renewal = Deretter { $price }, neste gang { $date }.
subscription-scheduled-note = Endringen trer i kraft { $date }. Ingenting belastes nå.
subscription-no-change = Dette er allerede abonnementet og antallet ditt.
subscription-confirm-change = Bekreft endringen
subscription-choose-another = Velg et annet abonnement
subscription-cancel-heading = Si opp abonnementet
subscription-access-until = Hvis du sier opp, er { $plan } aktivt til { $date } og avsluttes deretter. Du blir ikke belastet igjen.
subscription-access-ends-now = Hvis du sier opp, avsluttes { $plan } umiddelbart, og tilgangen din stopper nå.
subscription-reason-legend = Hvorfor sier du opp? (valgfritt)
subscription-comment-label = Er det noe annet du vil fortelle oss? (valgfritt)
subscription-keep-subscription = Behold abonnementet mitt
subscription-already-canceling = Dette abonnementet avsluttes allerede { $date }.
subscription-already-ended = Dette abonnementet er avsluttet.
subscription-reason-too-expensive = Det er for dyrt
subscription-reason-missing-features = Det mangler funksjoner jeg trenger
subscription-reason-switched-service = Jeg bytter til en annen tjeneste
subscription-reason-unused = Jeg bruker det ikke nok
subscription-reason-customer-service = Jeg er misfornøyd med kundeservice
subscription-reason-too-complex = Det er for komplisert
subscription-reason-low-quality = Kvaliteten er ikke god nok
subscription-reason-other = En annen grunn
subscription-status-paused = Satt på pause
subscription-resumes-on = Gjenopptas
subscription-pending-pause = Faktureringen settes på pause { $start } og gjenopptas { $resume }.
subscription-pause-plan = Sett { $plan } på pause
subscription-resume-plan = Gjenoppta { $plan } nå
subscription-resume-note = Hvis du gjenopptar nå, starter en ny faktureringsperiode i dag, og den belastes med en gang.
subscription-keep-billing = Fortsett { $plan } uten pause
subscription-done-paused = Abonnementet ditt settes på pause ved slutten av gjeldende periode.
subscription-done-resumed = Abonnementet ditt faktureres igjen.
subscription-pause-heading = Sett abonnementet på pause
subscription-pause-explain = Faktureringen settes på pause når gjeldende periode slutter, { $date }. Frem til da endres ingenting; under pausen belastes ingenting. Faktureringen gjenopptas av seg selv når pausen er over, eller tidligere når du vil.
subscription-pause-legend = Pause i
subscription-pause-days =
    { $count ->
        [one] { $count } dag
       *[other] { $count } dager
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } uke
       *[other] { $count } uker
    }
subscription-pause-months =
    { $count ->
        [one] { $count } måned
       *[other] { $count } måneder
    }
subscription-pause-years = { $count } år
subscription-already-pausing = Dette abonnementet har allerede en pause: faktureringen gjenopptas { $date }.
subscription-cannot-pause = Dette abonnementet kan ikke settes på pause nå: det kan bare et aktivt, forhåndsbetalt abonnement uten planlagt oppsigelse.
subscription-offer-heading = Før du går
subscription-offer-discount =
    { $count ->
        [one] Fortsett med { $plan }, og få { $percent } % rabatt på neste faktura.
       *[other] Fortsett med { $plan }, og få { $percent } % rabatt på de neste { $count } fakturaene.
    }
subscription-offer-pause = Sett heller { $plan } på pause i { $length }: Faktureringen settes på pause { $date }, ingenting belastes i mellomtiden, og den gjenopptas av seg selv.
subscription-accept-offer = Godta tilbudet
subscription-decline-offer = Nei takk, si opp { $plan }
subscription-done-retained = Takk for at du blir. Tilbudet er brukt på abonnementet ditt.
subscription-discount-label = Rabatt
subscription-discount-running =
    { $count ->
        [one] { $percent } % rabatt på neste faktura
       *[other] { $percent } % rabatt på de neste { $count } fakturaene
    }
