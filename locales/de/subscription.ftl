### SubscriptionText (de)
## The subscription pages' texts.

subscription-no-subscription = Sie haben bei diesem Händler kein Abonnement.
subscription-ended-heading = Beendete Abonnements
subscription-price-label = Preis
subscription-quantity-label = Menge
subscription-status-label = Status
subscription-renews-on = Verlängerung am
subscription-ends-on = Endet am
subscription-ended-on = Beendet am
subscription-pending-label = Geplante Änderungen
subscription-pending-cancel = Endet am { $date }, statt verlängert zu werden. Bis dahin behalten Sie den Zugang.
subscription-pending-downgrade = Wechselt am { $date } zu { $plan } × { $quantity }.
subscription-per-day = { $amount } pro Tag
subscription-per-week = { $amount } pro Woche
subscription-per-month = { $amount } pro Monat
subscription-per-year = { $amount } pro Jahr
subscription-every-days = { $amount } alle { $count } Tage
subscription-every-weeks = { $amount } alle { $count } Wochen
subscription-every-months = { $amount } alle { $count } Monate
subscription-every-years = { $amount } alle { $count } Jahre
subscription-status-trialing = Kostenlose Testphase
subscription-status-active = Aktiv
subscription-status-past-due = Zahlung überfällig
subscription-status-unpaid = Unbezahlt
subscription-status-canceled = Gekündigt
subscription-change-link = { $plan } ändern
subscription-cancel-plan = { $plan } kündigen
subscription-reactivate-plan = { $plan } behalten
subscription-resubscribe-plan = { $plan } erneut abonnieren
subscription-done-changed = Ihr Tarif wurde geändert.
subscription-done-scheduled = Ihre Änderung wird zum Ende des laufenden Zeitraums wirksam.
subscription-done-canceled = Ihr Abonnement wurde gekündigt.
subscription-done-reactivated = Ihr Abonnement wird wie gewohnt verlängert.
subscription-done-resubscribed = Sie haben wieder ein Abonnement.
subscription-change-heading = Tarif ändern
subscription-choose-plan-legend = Tarif
subscription-current-plan = Aktueller Tarif
subscription-upgrade = Upgrade
subscription-downgrade = Downgrade
subscription-review-button = Änderung prüfen
subscription-no-other-plan = Für dieses Abonnement wird kein anderer Tarif angeboten.
subscription-review-heading = Änderung prüfen
subscription-new-plan-label = Neuer Tarif
subscription-item-header = Posten
subscription-amount-header = Betrag
subscription-line-unused = Nicht genutzte Zeit für { $quantity } × { $plan }
subscription-line-remaining = Restlaufzeit für { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } bis { $date }
subscription-total-label = Summe
subscription-credit-applied-label = Guthaben verrechnet
subscription-due-now-label = Jetzt fällig
subscription-credit-added-label = Guthaben für Ihre nächsten Rechnungen
subscription-next-renewal = Danach { $price }, nächste Zahlung am { $date }.
subscription-scheduled-note = Diese Änderung wird am { $date } wirksam. Jetzt wird nichts berechnet.
subscription-no-change = Das sind bereits Ihr Tarif und Ihre Menge.
subscription-confirm-change = Änderung bestätigen
subscription-choose-another = Anderen Tarif wählen
subscription-cancel-heading = Abonnement kündigen
subscription-access-until = Wenn Sie kündigen, bleibt { $plan } bis { $date } aktiv und endet dann. Es wird nichts mehr berechnet.
subscription-access-ends-now = Wenn Sie kündigen, endet { $plan } sofort und Ihr Zugang endet jetzt.
subscription-reason-legend = Warum kündigen Sie? (optional)
subscription-comment-label = Möchten Sie uns noch etwas mitteilen? (optional)
subscription-keep-subscription = Abonnement behalten
subscription-already-canceling = Dieses Abonnement endet bereits am { $date }.
subscription-already-ended = Dieses Abonnement ist beendet.
subscription-reason-too-expensive = Es ist zu teuer
subscription-reason-missing-features = Mir fehlen Funktionen
subscription-reason-switched-service = Ich wechsle zu einem anderen Dienst
subscription-reason-unused = Ich nutze es zu selten
subscription-reason-customer-service = Ich bin mit dem Kundenservice unzufrieden
subscription-reason-too-complex = Es ist zu kompliziert
subscription-reason-low-quality = Die Qualität reicht nicht aus
subscription-reason-other = Ein anderer Grund
subscription-status-paused = Pausiert
subscription-resumes-on = Fortsetzung am
subscription-pending-pause = Die Abrechnung wird am { $start } pausiert und am { $resume } fortgesetzt.
subscription-pause-plan = { $plan } pausieren
subscription-resume-plan = { $plan } jetzt fortsetzen
subscription-resume-note = Wenn Sie jetzt fortsetzen, beginnt heute ein neuer Abrechnungszeitraum, der sofort berechnet wird.
subscription-keep-billing = { $plan } nicht pausieren
subscription-done-paused = Ihr Abonnement wird zum Ende des laufenden Zeitraums pausiert.
subscription-done-resumed = Ihr Abonnement wird wieder abgerechnet.
subscription-pause-heading = Abonnement pausieren
subscription-pause-explain = Die Abrechnung wird pausiert, wenn Ihr laufender Zeitraum am { $date } endet. Bis dahin ändert sich nichts; während der Pause wird nichts berechnet. Die Abrechnung wird nach Ende der Pause automatisch fortgesetzt oder früher, wann immer Sie möchten.
subscription-pause-legend = Pausieren für
subscription-pause-days =
    { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } Woche
       *[other] { $count } Wochen
    }
subscription-pause-months =
    { $count ->
        [one] { $count } Monat
       *[other] { $count } Monate
    }
subscription-pause-years =
    { $count ->
        [one] { $count } Jahr
       *[other] { $count } Jahre
    }
subscription-already-pausing = Für dieses Abonnement besteht bereits eine Pause: Die Abrechnung wird am { $date } fortgesetzt.
subscription-cannot-pause = Dieses Abonnement kann jetzt nicht pausiert werden: Das ist nur bei einem aktiven, im Voraus abgerechneten Abonnement ohne geplante Kündigung möglich.
subscription-offer-heading = Bevor Sie gehen
subscription-offer-discount =
    { $count ->
        [one] Bleiben Sie bei { $plan } und erhalten Sie { $percent } % Rabatt auf Ihre nächste Rechnung.
       *[other] Bleiben Sie bei { $plan } und erhalten Sie { $percent } % Rabatt auf Ihre nächsten { $count } Rechnungen.
    }
subscription-offer-pause = Pausieren Sie { $plan } stattdessen für { $length }: Die Abrechnung wird am { $date } pausiert, in der Zwischenzeit wird nichts berechnet, und danach wird sie automatisch fortgesetzt.
subscription-accept-offer = Angebot annehmen
subscription-decline-offer = Nein danke, { $plan } kündigen
subscription-done-retained = Schön, dass Sie bleiben. Das Angebot wurde auf Ihr Abonnement angewendet.
subscription-discount-label = Rabatt
subscription-discount-running =
    { $count ->
        [one] { $percent } % Rabatt auf die nächste Rechnung
       *[other] { $percent } % Rabatt auf die nächsten { $count } Rechnungen
    }
