### InvoiceText (fr)
## The invoices page's texts.

invoice-caption = Vos factures, de la plus récente à la plus ancienne
invoice-column-number = Numéro de facture
invoice-column-date = Date d'émission
invoice-column-amount = Montant
invoice-column-status = Statut
invoice-column-actions = Options
invoice-state-draft = Brouillon
invoice-state-due = À payer
invoice-state-payment-failed = Échec du paiement
invoice-state-paid = Payée
invoice-state-void = Annulée
invoice-state-uncollectible = Irrécouvrable
invoice-download-pdf = Télécharger { $number } (PDF)
invoice-download-receipt = Télécharger le reçu de { $number } (PDF)
invoice-retry-payment = Relancer le paiement de { $number }
invoice-empty = Vous n'avez encore aucune facture.
invoice-older-invoices = Factures plus anciennes
invoice-newest-invoices = Factures les plus récentes
invoice-pages-label = Autres factures
invoice-paid = Merci : votre paiement a été accepté et la facture est payée.
invoice-challenge-heading = Confirmez le paiement de { $number }
invoice-challenge-body = Votre banque vous demande de confirmer ce paiement de { $amount }. Approuvez-le pour régler la facture maintenant, ou refusez-le si vous ne l'avez pas demandé.
