### SubscriptionText (fr)
## The subscription pages' texts.

subscription-no-subscription = Vous n'avez aucun abonnement auprès de ce marchand.
subscription-ended-heading = Abonnements terminés
subscription-price-label = Prix
subscription-quantity-label = Quantité
subscription-status-label = Statut
subscription-renews-on = Renouvellement le
subscription-ends-on = Se termine le
subscription-ended-on = Terminé le
subscription-pending-label = Modifications prévues
subscription-pending-cancel = Prend fin le { $date } au lieu d'être renouvelé. Vous conservez l'accès jusque-là.
subscription-pending-downgrade = Passe à { $plan } × { $quantity } le { $date }.
subscription-per-day = { $amount } par jour
subscription-per-week = { $amount } par semaine
subscription-per-month = { $amount } par mois
subscription-per-year = { $amount } par an
subscription-every-days = { $amount } tous les { $count } jours
subscription-every-weeks = { $amount } toutes les { $count } semaines
subscription-every-months = { $amount } tous les { $count } mois
subscription-every-years = { $amount } tous les { $count } ans
subscription-status-trialing = Essai gratuit
subscription-status-active = Actif
subscription-status-past-due = Paiement en retard
subscription-status-unpaid = Impayé
subscription-status-canceled = Résilié
subscription-change-link = Modifier { $plan }
subscription-cancel-plan = Résilier { $plan }
subscription-reactivate-plan = Conserver { $plan }
subscription-resubscribe-plan = Se réabonner à { $plan }
subscription-done-changed = Votre formule a été modifiée.
subscription-done-scheduled = Votre modification prendra effet à la fin de la période en cours.
subscription-done-canceled = Votre abonnement a été résilié.
subscription-done-reactivated = Votre abonnement sera renouvelé normalement.
subscription-done-resubscribed = Vous êtes de nouveau abonné.
subscription-change-heading = Changer de formule
subscription-choose-plan-legend = Formule
subscription-current-plan = Formule actuelle
subscription-upgrade = Formule supérieure
subscription-downgrade = Formule inférieure
subscription-review-button = Vérifier la modification
subscription-no-other-plan = Aucune autre formule n'est proposée pour cet abonnement.
subscription-review-heading = Vérifiez votre modification
subscription-new-plan-label = Nouvelle formule
subscription-item-header = Élément
subscription-amount-header = Montant
subscription-line-unused = Temps non utilisé sur { $quantity } × { $plan }
subscription-line-remaining = Temps restant sur { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } jusqu'au { $date }
subscription-total-label = Total
subscription-credit-applied-label = Crédit déduit de votre solde
subscription-due-now-label = À payer maintenant
subscription-credit-added-label = Crédit ajouté à votre solde pour vos prochaines factures
subscription-next-renewal = Ensuite { $price }, prochaine échéance le { $date }.
subscription-scheduled-note = Cette modification prend effet le { $date }. Rien n'est facturé maintenant.
subscription-no-change = C'est déjà votre formule et votre quantité.
subscription-confirm-change = Confirmer la modification
subscription-choose-another = Choisir une autre formule
subscription-cancel-heading = Résilier l'abonnement
subscription-access-until = Si vous résiliez, { $plan } reste actif jusqu'au { $date }, puis prend fin. Vous ne serez plus facturé.
subscription-access-ends-now = Si vous résiliez, { $plan } prend fin immédiatement et votre accès s'arrête maintenant.
subscription-reason-legend = Pourquoi résiliez-vous ? (facultatif)
subscription-comment-label = Autre chose à nous dire ? (facultatif)
subscription-keep-subscription = Garder mon abonnement
subscription-already-canceling = Cet abonnement prend déjà fin le { $date }.
subscription-already-ended = Cet abonnement a pris fin.
subscription-reason-too-expensive = C'est trop cher
subscription-reason-missing-features = Il manque des fonctionnalités dont j'ai besoin
subscription-reason-switched-service = Je passe à un autre service
subscription-reason-unused = Je ne l'utilise pas assez
subscription-reason-customer-service = Je ne suis pas satisfait du service client
subscription-reason-too-complex = C'est trop compliqué
subscription-reason-low-quality = La qualité n'est pas suffisante
subscription-reason-other = Une autre raison
subscription-status-paused = En pause
subscription-resumes-on = Reprise le
subscription-pending-pause = La facturation est suspendue à partir du { $start } et reprend le { $resume }.
subscription-pause-plan = Mettre { $plan } en pause
subscription-resume-plan = Reprendre { $plan } maintenant
subscription-resume-note = Si vous reprenez maintenant, une nouvelle période de facturation commence aujourd'hui et est facturée immédiatement.
subscription-keep-billing = Ne pas mettre { $plan } en pause
subscription-done-paused = Votre abonnement sera mis en pause à la fin de la période en cours.
subscription-done-resumed = La facturation de votre abonnement a repris.
subscription-pause-heading = Mettre l'abonnement en pause
subscription-pause-explain = La facturation est suspendue à la fin de votre période en cours, le { $date }. D'ici là, rien ne change ; pendant la pause, rien n'est facturé. La facturation reprend d'elle-même à la fin de la pause, ou plus tôt si vous le souhaitez.
subscription-pause-legend = Durée de la pause
subscription-pause-days =
    { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } semaine
       *[other] { $count } semaines
    }
subscription-pause-months = { $count } mois
subscription-pause-years =
    { $count ->
        [one] { $count } an
       *[other] { $count } ans
    }
subscription-already-pausing = Cet abonnement fait déjà l'objet d'une pause : la facturation reprend le { $date }.
subscription-cannot-pause = Cet abonnement ne peut pas être mis en pause pour le moment : seul un abonnement actif, facturé à l'avance et sans résiliation prévue, peut l'être.
subscription-offer-heading = Avant de partir
subscription-offer-discount =
    { $count ->
        [one] Restez sur { $plan } et bénéficiez de { $percent } % de réduction sur votre prochaine facture.
       *[other] Restez sur { $plan } et bénéficiez de { $percent } % de réduction sur vos { $count } prochaines factures.
    }
subscription-offer-pause = Mettez plutôt { $plan } en pause pendant { $length } : la facturation est suspendue le { $date }, rien n'est facturé entre-temps, et elle reprend d'elle-même.
subscription-accept-offer = Accepter l'offre
subscription-decline-offer = Non merci, résilier { $plan }
subscription-done-retained = Merci de rester avec nous. L'offre a été appliquée à votre abonnement.
subscription-discount-label = Réduction
subscription-discount-running =
    { $count ->
        [one] { $percent } % de réduction sur la prochaine facture
       *[other] { $percent } % de réduction sur les { $count } prochaines factures
    }
