### HomeText (fr)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Vue d'ensemble de la facturation
home-next-charge-label = Prochaine échéance
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } le { $date }
home-manage-subscriptions = Gérer les abonnements
home-default-card-label = Moyen de paiement par défaut
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Expire en { $date }
home-no-card = Aucun moyen de paiement enregistré pour l'instant.
home-manage-cards = Gérer les moyens de paiement
home-add-card = Ajouter une carte
home-billing-heading = Informations de facturation
home-name-label = Nom
home-email-label = E-mail
home-address-label = Adresse de facturation
home-no-address = Aucune adresse de facturation pour l'instant.
home-edit-address = Mettre à jour l'adresse de facturation
home-tax-ids-label = Numéros fiscaux
home-no-tax-ids = Aucun
home-manage-tax-ids = Gérer les numéros fiscaux
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = La facture { $number } de { $amount } est impayée.
home-pay-now = Payer maintenant
home-latest-invoices = Dernières factures
home-all-invoices = Voir toutes les factures
home-done-heading = Vous avez terminé ?
