### Key (fr)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Portail client Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Aller au contenu principal
shell-footer = Paiements et facturation par Paylera.
shell-intro-lead = Ici, vous pouvez gérer vos abonnements, factures et moyens de paiement auprès d'une entreprise qui vous facture via Paylera.
shell-intro-how-to-reach = Vous accédez à ce portail par un lien sécurisé de votre marchand, l'entreprise chez qui vous achetez : cherchez un lien « Gérer la facturation » ou « Portail de facturation » dans son application, son site ou ses e-mails. Le lien vous connecte pour un court moment ; aucun mot de passe Paylera à retenir.
shell-signed-in-help = Lorsque vous avez terminé, retournez sur le site de l'entreprise d'où vous venez. Cela met fin à votre visite ; pour revenir, ouvrez à nouveau son portail de facturation.
shell-return-to-merchant-button = Retour au marchand
shell-link-expired-heading = Ce lien a expiré ou a déjà été utilisé
shell-link-expired-advice = Pour votre sécurité, chaque lien vers ce portail ne fonctionne qu'une fois et pour une courte durée. Retournez sur le site de l'entreprise et ouvrez à nouveau son portail de facturation pour obtenir un nouveau lien.
shell-link-rate-limited-heading = Trop de tentatives, réessayez dans une minute
shell-link-rate-limited-advice = Nous avons reçu trop de tentatives d'ouverture de ce portail. Attendez une minute, puis rechargez cette page.
shell-link-unavailable-heading = Impossible d'ouvrir votre portail de facturation
shell-link-unavailable-advice = Nos services de facturation n'ont pas répondu. Veuillez recharger cette page dans quelques minutes.
# Has the `{ $merchant }` placeholder.
shell-return-to = Retour à { $merchant }
shell-not-found-heading = Page introuvable
shell-not-found-body = Nous n'avons pas trouvé la page demandée. Si vous avez suivi un lien d'une entreprise qui vous facture, il a peut-être expiré : demandez-lui un nouveau lien.
shell-not-found-home-link = Aller à l'accueil du portail
shell-module-subscription-title = Abonnement
shell-module-subscription-description = Modifiez ou résiliez votre formule.
shell-module-payment-methods-title = Moyens de paiement
shell-module-payment-methods-description = Ajoutez ou remplacez la carte ou le compte bancaire avec lequel vous payez.
shell-module-invoices-title = Factures
shell-module-invoices-description = Consultez et téléchargez vos anciennes factures.
shell-module-tax-ids-title = Numéros fiscaux
shell-module-tax-ids-description = Ajoutez ou supprimez les numéros fiscaux qui figurent sur vos factures.
shell-module-address-title = Adresse de facturation
shell-module-address-description = Mettez à jour l'adresse de vos factures.
