### PaymentMethodsText (fr)
## The payment methods pages' texts.

payment-methods-intro = Votre carte par défaut règle vos abonnements et vos factures.
payment-methods-cards-heading = Vos cartes
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } se terminant par { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Carte
# `{ $date }`: the expiry month and year.
payment-methods-expires = Expire en { $date }
payment-methods-default-badge = Par défaut
payment-methods-awaiting-bank-badge = Non confirmée
payment-methods-awaiting-bank-note = Votre banque n'a pas encore confirmé cette carte : elle ne peut donc pas être utilisée.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Confirmer { $card } auprès de votre banque
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Définir { $card } par défaut
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Supprimer { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Cette carte règle votre abonnement : elle ne peut donc pas être supprimée seule. Pour la remplacer, ajoutez d'abord la nouvelle carte, puis supprimez celle-ci.
payment-methods-no-cards = Vous n'avez encore aucune carte enregistrée.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Ajouter une carte
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Supprimer { $card } ?
payment-methods-remove-body = Vous ne pourrez plus payer avec cette carte. Pour l'utiliser à nouveau, il faudra l'ajouter de nouveau.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } deviendra votre carte par défaut.
payment-methods-remove-none-left = Il ne vous restera aucune carte pour payer.
payment-methods-keep-card = Garder cette carte
payment-methods-done-card-added = Votre carte a été ajoutée.
payment-methods-done-card-added-default = Votre carte a été ajoutée et c'est désormais votre carte par défaut.
payment-methods-done-default-changed = Votre carte par défaut a été modifiée.
payment-methods-done-card-removed = La carte a été supprimée.
payment-methods-number-label = Numéro de carte
payment-methods-expiry-legend = Date d'expiration
payment-methods-expiry-month-label = Mois (MM)
payment-methods-expiry-year-label = Année (AAAA)
payment-methods-cvc-label = Cryptogramme (CVC)
payment-methods-cvc-hint = 3 chiffres au dos de la carte, ou 4 au recto pour American Express.
# After the label of a required field.
payment-methods-required = (obligatoire)
payment-methods-make-default-label = En faire ma carte par défaut
payment-methods-submit-add = Ajouter la carte
payment-methods-back-to-list = Retour aux moyens de paiement
payment-methods-kept-details = Votre numéro de carte et votre cryptogramme sont transmis uniquement au prestataire de paiement : ce portail ne les enregistre ni ne les affiche jamais.
payment-methods-challenge-heading = Confirmation auprès de votre banque
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Votre banque vous demande de confirmer { $card } avant de pouvoir l'utiliser.
