### SubscriptionText (sv)
## The subscription pages' texts.

subscription-no-subscription = Du har ingen prenumeration hos den här handlaren.
subscription-ended-heading = Avslutade prenumerationer
subscription-price-label = Pris
subscription-quantity-label = Antal
subscription-status-label = Status
subscription-renews-on = Förnyas den
subscription-ends-on = Upphör den
subscription-ended-on = Upphörde den
subscription-pending-label = Planerade ändringar
subscription-pending-cancel = Upphör den { $date } i stället för att förnyas. Du har tillgång till dess.
subscription-pending-downgrade = Ändras till { $plan } × { $quantity } den { $date }.
subscription-per-day = { $amount } per dag
subscription-per-week = { $amount } per vecka
subscription-per-month = { $amount } per månad
subscription-per-year = { $amount } per år
subscription-every-days = { $amount } var { $count }:e dag
subscription-every-weeks = { $amount } var { $count }:e vecka
subscription-every-months = { $amount } var { $count }:e månad
subscription-every-years = { $amount } vart { $count }:e år
subscription-status-trialing = Gratis provperiod
subscription-status-active = Aktiv
subscription-status-past-due = Betalning försenad
subscription-status-unpaid = Obetald
subscription-status-canceled = Uppsagd
subscription-change-link = Ändra { $plan }
subscription-cancel-plan = Säg upp { $plan }
subscription-reactivate-plan = Behåll { $plan }
subscription-resubscribe-plan = Prenumerera på { $plan } igen
subscription-done-changed = Din plan har ändrats.
subscription-done-scheduled = Din ändring gäller från slutet av den nuvarande perioden.
subscription-done-canceled = Din prenumeration har sagts upp.
subscription-done-reactivated = Din prenumeration förnyas som vanligt.
subscription-done-resubscribed = Du prenumererar igen.
subscription-change-heading = Ändra plan
subscription-choose-plan-legend = Plan
subscription-current-plan = Nuvarande plan
subscription-upgrade = Uppgradering
subscription-downgrade = Nedgradering
subscription-review-button = Granska ändringen
subscription-no-other-plan = Ingen annan plan erbjuds för den här prenumerationen.
subscription-review-heading = Granska din ändring
subscription-new-plan-label = Ny plan
subscription-item-header = Post
subscription-amount-header = Belopp
subscription-line-unused = Outnyttjad tid för { $quantity } × { $plan }
subscription-line-remaining = Återstående tid för { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } till { $date }
subscription-total-label = Summa
subscription-credit-applied-label = Tillgodohavande som används
subscription-due-now-label = Att betala nu
subscription-credit-added-label = Tillgodohavande för dina nästa fakturor
subscription-next-renewal = Därefter { $price }, nästa gång den { $date }.
subscription-scheduled-note = Ändringen gäller från den { $date }. Inget debiteras nu.
subscription-no-change = Det här är redan din plan och ditt antal.
subscription-confirm-change = Bekräfta ändringen
subscription-choose-another = Välj en annan plan
subscription-cancel-heading = Säg upp prenumerationen
subscription-access-until = Om du säger upp fortsätter { $plan } att gälla till den { $date } och upphör sedan. Du debiteras inte igen.
subscription-access-ends-now = Om du säger upp upphör { $plan } direkt och din tillgång upphör nu.
subscription-reason-legend = Varför säger du upp? (valfritt)
subscription-comment-label = Något mer du vill berätta? (valfritt)
subscription-keep-subscription = Behåll min prenumeration
subscription-already-canceling = Den här prenumerationen upphör redan den { $date }.
subscription-already-ended = Den här prenumerationen har upphört.
subscription-reason-too-expensive = Det är för dyrt
subscription-reason-missing-features = Funktioner jag behöver saknas
subscription-reason-switched-service = Jag byter till en annan tjänst
subscription-reason-unused = Jag använder det för lite
subscription-reason-customer-service = Jag är missnöjd med kundtjänsten
subscription-reason-too-complex = Det är för krångligt
subscription-reason-low-quality = Kvaliteten är inte tillräckligt bra
subscription-reason-other = Ett annat skäl
subscription-status-paused = Pausad
subscription-resumes-on = Återupptas den
subscription-pending-pause = Debiteringen pausas den { $start } och återupptas den { $resume }.
subscription-pause-plan = Pausa { $plan }
subscription-resume-plan = Återuppta { $plan } nu
subscription-resume-note = Om du återupptar nu börjar en ny faktureringsperiod i dag, och den debiteras direkt.
subscription-keep-billing = Pausa inte { $plan }
subscription-done-paused = Din prenumeration pausas i slutet av den nuvarande perioden.
subscription-done-resumed = Din prenumeration debiteras igen.
subscription-pause-heading = Pausa prenumerationen
subscription-pause-explain = Debiteringen pausas när din nuvarande period tar slut den { $date }. Fram till dess ändras ingenting; under pausen debiteras ingenting. Debiteringen återupptas automatiskt när pausen tar slut, eller tidigare när du vill.
subscription-pause-legend = Pausa i
subscription-pause-days =
    { $count ->
        [one] { $count } dag
       *[other] { $count } dagar
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } vecka
       *[other] { $count } veckor
    }
subscription-pause-months =
    { $count ->
        [one] { $count } månad
       *[other] { $count } månader
    }
subscription-pause-years = { $count } år
subscription-already-pausing = Den här prenumerationen har redan en paus: debiteringen återupptas den { $date }.
subscription-cannot-pause = Den här prenumerationen kan inte pausas nu: det går bara för en aktiv, förskottsbetald prenumeration utan planerad uppsägning.
subscription-offer-heading = Innan du går
subscription-offer-discount =
    { $count ->
        [one] Stanna kvar på { $plan } och få { $percent } % rabatt på din nästa faktura.
       *[other] Stanna kvar på { $plan } och få { $percent } % rabatt på dina nästa { $count } fakturor.
    }
subscription-offer-pause = Pausa { $plan } i { $length } i stället: debiteringen pausas den { $date }, inget debiteras under tiden och den återupptas automatiskt.
subscription-accept-offer = Anta erbjudandet
subscription-decline-offer = Nej tack, säg upp { $plan }
subscription-done-retained = Tack för att du stannar. Erbjudandet har tillämpats på din prenumeration.
subscription-discount-label = Rabatt
subscription-discount-running =
    { $count ->
        [one] { $percent } % rabatt på nästa faktura
       *[other] { $percent } % rabatt på de nästa { $count } fakturorna
    }
