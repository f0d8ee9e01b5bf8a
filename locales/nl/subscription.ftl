### SubscriptionText (nl)
## The subscription pages' texts.

subscription-no-subscription = Je hebt geen abonnement bij deze verkoper.
subscription-ended-heading = Beëindigde abonnementen
subscription-price-label = Prijs
subscription-quantity-label = Aantal
subscription-status-label = Status
subscription-renews-on = Wordt verlengd op
subscription-ends-on = Eindigt op
subscription-ended-on = Beëindigd op
subscription-pending-label = Geplande wijzigingen
subscription-pending-cancel = Eindigt op { $date } in plaats van te worden verlengd. Tot dan houd je toegang.
subscription-pending-downgrade = Wijzigt op { $date } naar { $plan } × { $quantity }.
subscription-per-day = { $amount } per dag
subscription-per-week = { $amount } per week
subscription-per-month = { $amount } per maand
subscription-per-year = { $amount } per jaar
subscription-every-days = { $amount } per { $count } dagen
subscription-every-weeks = { $amount } per { $count } weken
subscription-every-months = { $amount } per { $count } maanden
subscription-every-years = { $amount } per { $count } jaar
subscription-status-trialing = Gratis proefperiode
subscription-status-active = Actief
subscription-status-past-due = Betaling achterstallig
subscription-status-unpaid = Onbetaald
subscription-status-canceled = Opgezegd
subscription-change-link = { $plan } wijzigen
subscription-cancel-plan = { $plan } opzeggen
subscription-reactivate-plan = { $plan } behouden
subscription-resubscribe-plan = Opnieuw abonneren op { $plan }
subscription-done-changed = Je abonnement is gewijzigd.
subscription-done-scheduled = Je wijziging gaat in aan het einde van de huidige periode.
subscription-done-canceled = Je abonnement is opgezegd.
subscription-done-reactivated = Je abonnement wordt gewoon verlengd.
subscription-done-resubscribed = Je bent opnieuw geabonneerd.
subscription-change-heading = Abonnement wijzigen
subscription-choose-plan-legend = Abonnement
subscription-current-plan = Huidig abonnement
subscription-upgrade = Upgrade
subscription-downgrade = Downgrade
subscription-review-button = Wijziging bekijken
subscription-no-other-plan = Voor dit abonnement wordt geen ander abonnement aangeboden.
subscription-review-heading = Controleer je wijziging
subscription-new-plan-label = Nieuw abonnement
subscription-item-header = Omschrijving
subscription-amount-header = Bedrag
subscription-line-unused = Ongebruikte tijd van { $quantity } × { $plan }
subscription-line-remaining = Resterende tijd van { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } tot { $date }
subscription-total-label = Totaal
subscription-credit-applied-label = Tegoed van je saldo
subscription-due-now-label = Nu te betalen
subscription-credit-added-label = Tegoed voor je volgende facturen
subscription-next-renewal = Daarna { $price }, volgende keer op { $date }.
subscription-scheduled-note = Deze wijziging gaat in op { $date }. Er wordt nu niets in rekening gebracht.
subscription-no-change = Dit is al je abonnement en aantal.
subscription-confirm-change = Wijziging bevestigen
subscription-choose-another = Ander abonnement kiezen
subscription-cancel-heading = Abonnement opzeggen
subscription-access-until = Als je opzegt, blijft { $plan } actief tot { $date } en eindigt dan. Er wordt niets meer in rekening gebracht.
subscription-access-ends-now = Als je opzegt, eindigt { $plan } direct en stopt je toegang nu.
subscription-reason-legend = Waarom zeg je op? (optioneel)
subscription-comment-label = Wil je ons nog iets laten weten? (optioneel)
subscription-keep-subscription = Mijn abonnement behouden
subscription-already-canceling = Dit abonnement eindigt al op { $date }.
subscription-already-ended = Dit abonnement is beëindigd.
subscription-reason-too-expensive = Het is te duur
subscription-reason-missing-features = Er ontbreken functies die ik nodig heb
subscription-reason-switched-service = Ik stap over naar een andere dienst
subscription-reason-unused = Ik gebruik het te weinig
subscription-reason-customer-service = Ik ben ontevreden over de klantenservice
subscription-reason-too-complex = Het is te ingewikkeld
subscription-reason-low-quality = De kwaliteit is niet goed genoeg
subscription-reason-other = Een andere reden
subscription-status-paused = Gepauzeerd
subscription-resumes-on = Wordt hervat op
subscription-pending-pause = De facturering wordt op { $start } gepauzeerd en op { $resume } hervat.
subscription-pause-plan = { $plan } pauzeren
subscription-resume-plan = { $plan } nu hervatten
subscription-resume-note = Als je nu hervat, begint vandaag een nieuwe factuurperiode, die direct in rekening wordt gebracht.
subscription-keep-billing = { $plan } niet pauzeren
subscription-done-paused = Je abonnement wordt aan het einde van de huidige periode gepauzeerd.
subscription-done-resumed = Je abonnement wordt weer gefactureerd.
subscription-pause-heading = Abonnement pauzeren
subscription-pause-explain = De facturering wordt gepauzeerd wanneer je huidige periode eindigt, op { $date }. Tot dan verandert er niets; tijdens de pauze wordt er niets in rekening gebracht. De facturering wordt vanzelf hervat als de pauze afloopt, of eerder wanneer je dat wilt.
subscription-pause-legend = Pauzeren voor
subscription-pause-days =
    { $count ->
        [one] { $count } dag
       *[other] { $count } dagen
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } week
       *[other] { $count } weken
    }
subscription-pause-months =
    { $count ->
        [one] { $count } maand
       *[other] { $count } maanden
    }
subscription-pause-years = { $count } jaar
subscription-already-pausing = Dit abonnement heeft al een pauze: de facturering wordt hervat op { $date }.
subscription-cannot-pause = Dit abonnement kan nu niet worden gepauzeerd: dat kan alleen bij een actief abonnement dat vooraf wordt gefactureerd en geen geplande opzegging heeft.
subscription-offer-heading = Voordat je gaat
subscription-offer-discount =
    { $count ->
        [one] Blijf bij { $plan } en krijg { $percent }% korting op je volgende factuur.
       *[other] Blijf bij { $plan } en krijg { $percent }% korting op je volgende { $count } facturen.
    }
subscription-offer-pause = Pauzeer { $plan } in plaats daarvan voor { $length }: de facturering wordt op { $date } gepauzeerd, in de tussentijd wordt er niets in rekening gebracht en daarna wordt ze vanzelf hervat.
subscription-accept-offer = Aanbod accepteren
subscription-decline-offer = Nee, bedankt, { $plan } opzeggen
subscription-done-retained = Fijn dat je blijft. Het aanbod is op je abonnement toegepast.
subscription-discount-label = Korting
subscription-discount-running =
    { $count ->
        [one] { $percent }% korting op de volgende factuur
       *[other] { $percent }% korting op de volgende { $count } facturen
    }
