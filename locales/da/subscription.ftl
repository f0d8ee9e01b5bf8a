### SubscriptionText (da)
## The subscription pages' texts.

subscription-no-subscription = Du har intet abonnement hos denne forhandler.
subscription-ended-heading = Afsluttede abonnementer
subscription-price-label = Pris
subscription-quantity-label = Antal
subscription-status-label = Status
subscription-renews-on = Fornyes den
subscription-ends-on = Ophører den
subscription-ended-on = Ophørte den
subscription-pending-label = Planlagte ændringer
subscription-pending-cancel = Ophører den { $date } i stedet for at blive fornyet. Du har adgang indtil da.
subscription-pending-downgrade = Skifter til { $plan } × { $quantity } den { $date }.
subscription-per-day = { $amount } pr. dag
subscription-per-week = { $amount } pr. uge
subscription-per-month = { $amount } pr. måned
subscription-per-year = { $amount } pr. år
subscription-every-days = { $amount } hver { $count }. dag
subscription-every-weeks = { $amount } hver { $count }. uge
subscription-every-months = { $amount } hver { $count }. måned
subscription-every-years = { $amount } hvert { $count }. år
subscription-status-trialing = Gratis prøveperiode
subscription-status-active = Aktivt
subscription-status-past-due = Betaling forfalden
subscription-status-unpaid = Ubetalt
subscription-status-canceled = Opsagt
subscription-change-link = Skift { $plan }
subscription-cancel-plan = Opsig { $plan }
subscription-reactivate-plan = Behold { $plan }
subscription-resubscribe-plan = Abonnér på { $plan } igen
subscription-done-changed = Dit abonnement er ændret.
subscription-done-scheduled = Din ændring træder i kraft ved udgangen af den nuværende periode.
subscription-done-canceled = Dit abonnement er opsagt.
subscription-done-reactivated = Dit abonnement fornyes som normalt.
subscription-done-resubscribed = Du abonnerer igen.
subscription-change-heading = Skift abonnement
subscription-choose-plan-legend = Abonnement
subscription-current-plan = Nuværende abonnement
subscription-upgrade = Opgradering
subscription-downgrade = Nedgradering
subscription-review-button = Gennemgå ændringen
subscription-no-other-plan = Der tilbydes intet andet abonnement for dette abonnement.
subscription-review-heading = Gennemgå din ændring
subscription-new-plan-label = Nyt abonnement
subscription-item-header = Post
subscription-amount-header = Beløb
subscription-line-unused = Ubrugt tid på { $quantity } × { $plan }
subscription-line-remaining = Resterende tid på { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } indtil { $date }
subscription-total-label = I alt
subscription-credit-applied-label = Kredit fra din saldo
subscription-due-now-label = Skal betales nu
subscription-credit-added-label = Kredit til dine næste fakturaer
subscription-next-renewal = Derefter { $price }, næste gang den { $date }.
subscription-scheduled-note = Ændringen træder i kraft den { $date }. Der opkræves intet nu.
subscription-no-change = Det er allerede dit abonnement og antal.
subscription-confirm-change = Bekræft ændringen
subscription-choose-another = Vælg et andet abonnement
subscription-cancel-heading = Opsig abonnementet
subscription-access-until = Hvis du opsiger, er { $plan } aktivt indtil den { $date } og ophører derefter. Du bliver ikke opkrævet igen.
subscription-access-ends-now = Hvis du opsiger, ophører { $plan } med det samme, og din adgang stopper nu.
subscription-reason-legend = Hvorfor opsiger du? (valgfrit)
subscription-comment-label = Er der andet, du vil fortælle os? (valgfrit)
subscription-keep-subscription = Behold mit abonnement
subscription-already-canceling = Dette abonnement ophører allerede den { $date }.
subscription-already-ended = Dette abonnement er ophørt.
subscription-reason-too-expensive = Det er for dyrt
subscription-reason-missing-features = Der mangler funktioner, jeg har brug for
subscription-reason-switched-service = Jeg skifter til en anden tjeneste
subscription-reason-unused = Jeg bruger det ikke nok
subscription-reason-customer-service = Jeg er utilfreds med kundeservice
subscription-reason-too-complex = Det er for kompliceret
subscription-reason-low-quality = Kvaliteten er ikke god nok
subscription-reason-other = En anden grund
subscription-status-paused = Sat på pause
subscription-resumes-on = Genoptages den
subscription-pending-pause = Opkrævningen sættes på pause den { $start } og genoptages den { $resume }.
subscription-pause-plan = Sæt { $plan } på pause
subscription-resume-plan = Genoptag { $plan } nu
subscription-resume-note = Hvis du genoptager nu, starter en ny betalingsperiode i dag, og den opkræves med det samme.
subscription-keep-billing = Fortsæt { $plan } uden pause
subscription-done-paused = Dit abonnement sættes på pause ved udgangen af den nuværende periode.
subscription-done-resumed = Dit abonnement opkræves igen.
subscription-pause-heading = Sæt abonnementet på pause
subscription-pause-explain = Opkrævningen sættes på pause, når din nuværende periode udløber den { $date }. Indtil da ændres intet; under pausen opkræves der intet. Opkrævningen genoptages automatisk, når pausen slutter, eller tidligere, når du ønsker det.
subscription-pause-legend = Pause i
subscription-pause-days =
    { $count ->
        [one] { $count } dag
       *[other] { $count } dage
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } uge
       *[other] { $count } uger
    }
subscription-pause-months =
    { $count ->
        [one] { $count } måned
       *[other] { $count } måneder
    }
subscription-pause-years = { $count } år
subscription-already-pausing = Dette abonnement har allerede en pause: opkrævningen genoptages den { $date }.
subscription-cannot-pause = Dette abonnement kan ikke sættes på pause nu: det kan kun et aktivt, forudbetalt abonnement uden planlagt opsigelse.
subscription-offer-heading = Før du går
subscription-offer-discount =
    { $count ->
        [one] Fortsæt med { $plan }, og få { $percent } % rabat på din næste faktura.
       *[other] Fortsæt med { $plan }, og få { $percent } % rabat på dine næste { $count } fakturaer.
    }
subscription-offer-pause = Sæt i stedet { $plan } på pause i { $length }: Opkrævningen sættes på pause den { $date }, der opkræves intet i mellemtiden, og den genoptages automatisk.
subscription-accept-offer = Tag imod tilbuddet
subscription-decline-offer = Nej tak, opsig { $plan }
subscription-done-retained = Tak, fordi du bliver. Tilbuddet er anvendt på dit abonnement.
subscription-discount-label = Rabat
subscription-discount-running =
    { $count ->
        [one] { $percent } % rabat på næste faktura
       *[other] { $percent } % rabat på de næste { $count } fakturaer
    }
