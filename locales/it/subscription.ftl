### SubscriptionText (it)
## The subscription pages' texts.

subscription-no-subscription = Non hai alcun abbonamento con questo esercente.
subscription-ended-heading = Abbonamenti terminati
subscription-price-label = Prezzo
subscription-quantity-label = Quantità
subscription-status-label = Stato
subscription-renews-on = Si rinnova il
subscription-ends-on = Termina il
subscription-ended-on = Terminato il
subscription-pending-label = Modifiche in sospeso
subscription-pending-cancel = Termina il { $date } invece di rinnovarsi. Mantieni l'accesso fino ad allora.
subscription-pending-downgrade = Passa a { $plan } × { $quantity } il { $date }.
subscription-per-day = { $amount } al giorno
subscription-per-week = { $amount } a settimana
subscription-per-month = { $amount } al mese
subscription-per-year = { $amount } all'anno
subscription-every-days = { $amount } ogni { $count } giorni
subscription-every-weeks = { $amount } ogni { $count } settimane
subscription-every-months = { $amount } ogni { $count } mesi
subscription-every-years = { $amount } ogni { $count } anni
subscription-status-trialing = Prova gratuita
subscription-status-active = Attivo
subscription-status-past-due = Pagamento scaduto
subscription-status-unpaid = Non pagato
subscription-status-canceled = Annullato
subscription-change-link = Modifica { $plan }
subscription-cancel-plan = Annulla { $plan }
subscription-reactivate-plan = Mantieni { $plan }
subscription-resubscribe-plan = Abbonati di nuovo a { $plan }
subscription-done-changed = Il tuo piano è stato modificato.
subscription-done-scheduled = La modifica avrà effetto alla fine del periodo in corso.
subscription-done-canceled = Il tuo abbonamento è stato annullato.
subscription-done-reactivated = Il tuo abbonamento si rinnoverà regolarmente.
subscription-done-resubscribed = Sei di nuovo abbonato.
subscription-change-heading = Cambia piano
subscription-choose-plan-legend = Piano
subscription-current-plan = Piano attuale
subscription-upgrade = Upgrade
subscription-downgrade = Downgrade
subscription-review-button = Rivedi la modifica
subscription-no-other-plan = Non sono disponibili altri piani per questo abbonamento.
subscription-review-heading = Rivedi la modifica
subscription-new-plan-label = Nuovo piano
subscription-item-header = Voce
subscription-amount-header = Importo
subscription-line-unused = Tempo non utilizzato di { $quantity } × { $plan }
subscription-line-remaining = Tempo rimanente di { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } fino al { $date }
subscription-total-label = Totale
subscription-credit-applied-label = Credito dal tuo saldo
subscription-due-now-label = Da pagare ora
subscription-credit-added-label = Credito aggiunto al saldo per le prossime fatture
subscription-next-renewal = Poi { $price }, prossimo addebito il { $date }.
subscription-scheduled-note = Questa modifica ha effetto il { $date }. Ora non viene addebitato nulla.
subscription-no-change = Questi sono già il tuo piano e la tua quantità.
subscription-confirm-change = Conferma la modifica
subscription-choose-another = Scegli un altro piano
subscription-cancel-heading = Annulla l'abbonamento
subscription-access-until = Se annulli, { $plan } resta attivo fino al { $date }, poi termina. Non ti verrà addebitato altro.
subscription-access-ends-now = Se annulli, { $plan } termina subito e il tuo accesso si interrompe ora.
subscription-reason-legend = Perché annulli? (facoltativo)
subscription-comment-label = Vuoi dirci altro? (facoltativo)
subscription-keep-subscription = Mantieni il mio abbonamento
subscription-already-canceling = Questo abbonamento termina già il { $date }.
subscription-already-ended = Questo abbonamento è terminato.
subscription-reason-too-expensive = È troppo costoso
subscription-reason-missing-features = Mancano funzioni che mi servono
subscription-reason-switched-service = Passo a un altro servizio
subscription-reason-unused = Non lo uso abbastanza
subscription-reason-customer-service = Non sono soddisfatto dell'assistenza clienti
subscription-reason-too-complex = È troppo complicato
subscription-reason-low-quality = La qualità non è sufficiente
subscription-reason-other = Un altro motivo
subscription-status-paused = In pausa
subscription-resumes-on = Riprende il
subscription-pending-pause = La fatturazione si sospende il { $start } e riprende il { $resume }.
subscription-pause-plan = Metti in pausa { $plan }
subscription-resume-plan = Riprendi { $plan } ora
subscription-resume-note = Se riprendi ora, oggi inizia un nuovo periodo di fatturazione, addebitato subito.
subscription-keep-billing = Non mettere in pausa { $plan }
subscription-done-paused = Il tuo abbonamento verrà messo in pausa alla fine del periodo in corso.
subscription-done-resumed = La fatturazione del tuo abbonamento è ripresa.
subscription-pause-heading = Metti in pausa l'abbonamento
subscription-pause-explain = La fatturazione si sospende alla fine del periodo in corso, il { $date }. Fino ad allora non cambia nulla; durante la pausa non viene addebitato nulla. La fatturazione riprende da sola alla fine della pausa, o prima quando vuoi tu.
subscription-pause-legend = Metti in pausa per
subscription-pause-days =
    { $count ->
        [one] { $count } giorno
       *[other] { $count } giorni
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } settimana
       *[other] { $count } settimane
    }
subscription-pause-months =
    { $count ->
        [one] { $count } mese
       *[other] { $count } mesi
    }
subscription-pause-years =
    { $count ->
        [one] { $count } anno
       *[other] { $count } anni
    }
subscription-already-pausing = Questo abbonamento ha già una pausa: la fatturazione riprende il { $date }.
subscription-cannot-pause = Questo abbonamento non può essere messo in pausa ora: è possibile solo per un abbonamento attivo, fatturato in anticipo e senza un annullamento in sospeso.
subscription-offer-heading = Prima di andare
subscription-offer-discount =
    { $count ->
        [one] Resta con { $plan } e ottieni il { $percent }% di sconto sulla prossima fattura.
       *[other] Resta con { $plan } e ottieni il { $percent }% di sconto sulle prossime { $count } fatture.
    }
subscription-offer-pause = In alternativa, metti in pausa { $plan } per { $length }: la fatturazione si sospende il { $date }, nel frattempo non viene addebitato nulla e poi riprende da sola.
subscription-accept-offer = Accetta l'offerta
subscription-decline-offer = No grazie, annulla { $plan }
subscription-done-retained = Grazie per essere rimasto. L'offerta è stata applicata al tuo abbonamento.
subscription-discount-label = Sconto
subscription-discount-running =
    { $count ->
        [one] { $percent }% di sconto sulla prossima fattura
       *[other] { $percent }% di sconto sulle prossime { $count } fatture
    }
