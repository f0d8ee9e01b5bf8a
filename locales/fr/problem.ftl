### ProblemText (fr)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Votre session a pris fin. Retournez sur le site du marchand et ouvrez à nouveau le portail de facturation.
problem-csrf-failed = Cette page est restée ouverte trop longtemps pour être envoyée en toute sécurité. Rechargez la page et réessayez.
problem-service-unavailable = Les services de facturation ne répondent pas pour le moment. Aucune modification n'a été effectuée ; veuillez réessayer dans une minute.
problem-not-allowed = Cette action n'est pas disponible dans votre portail de facturation.
problem-rate-limited = Trop de tentatives en peu de temps. Patientez une minute, puis réessayez.
problem-not-found = Nous n'avons pas trouvé cet élément. Il a peut-être été supprimé ; rechargez la page.
problem-required = Ce champ est obligatoire.
problem-invalid-value = Cette valeur n'est pas valide. Vérifiez-la et réessayez.
problem-invalid-country = Choisissez un pays dans la liste.
problem-invalid-postal-code = Ce code postal n'est pas valide pour le pays choisi.
problem-invalid-state = Choisissez un État, une province ou une région existant dans le pays choisi.
problem-tax-id-type-unsupported = Ce type de numéro fiscal n'est pas pris en charge. Choisissez un autre type.
problem-tax-id-invalid = Ce numéro fiscal n'a pas le bon format pour son type. Consultez l'exemple sous le champ.
problem-tax-id-checksum-invalid = Ce numéro fiscal contient une faute de frappe : ses chiffres de contrôle ne correspondent pas. Vérifiez chaque caractère.
problem-tax-id-limit-reached = Vous avez atteint le nombre maximal de numéros fiscaux. Supprimez-en un avant d'en ajouter un autre.
problem-already-exists = Vous avez déjà ajouté cet élément.
problem-incorrect-number = Ce numéro de carte n'est pas valide. Vérifiez les chiffres et réessayez.
problem-invalid-expiry-month = Le mois d'expiration doit être compris entre 01 et 12.
problem-invalid-expiry-year = L'année d'expiration n'est pas valide.
problem-expired-card = Cette carte a expiré. Utilisez une autre carte.
problem-invalid-cvc = Le code de sécurité n'est pas valide : il s'agit des 3 chiffres au dos de la carte (4 au recto pour American Express).
problem-card-declined = Votre carte a été refusée. Utilisez une autre carte ou contactez votre banque.
problem-insufficient-funds = Votre carte ne dispose pas de fonds suffisants. Utilisez une autre carte ou contactez votre banque.
problem-authentication-required = Votre banque vous demande de confirmer cette carte avant de pouvoir l'utiliser.
problem-authentication-failed = Votre banque n'a pas pu confirmer cette carte. Réessayez ou utilisez une autre carte.
problem-last-payment-method = C'est le seul moyen de paiement de votre abonnement actif. Ajoutez d'abord une autre carte, puis supprimez celle-ci.
problem-payment-method-missing = Ajoutez d'abord un moyen de paiement.
problem-invoice-not-payable = Cette facture ne peut pas être payée pour le moment : elle est peut-être déjà payée ou annulée. Rechargez la page.
problem-subscription-canceled = Cet abonnement a pris fin et ne peut plus être modifié.
problem-generic = Un problème est survenu et rien n'a été modifié. Veuillez réessayer.
