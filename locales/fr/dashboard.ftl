### DashboardText (fr)
## The merchant dashboard: sign-in, navigation, "Settings → Customer portal".
## Read by a merchant's team, not by customers. Spoken in en, fr, de, es and ja.

dashboard-product = Tableau de bord Paylera
dashboard-skip-link = Aller au contenu
dashboard-nav-label = Tableau de bord
dashboard-nav-home = Accueil
dashboard-nav-portal-settings = Portail client
dashboard-test-mode = Mode test
dashboard-test-mode-hint = Les modifications effectuées ici utilisent vos données de test ; les données réelles nécessitent une clé API de production.
dashboard-sign-out = Se déconnecter
dashboard-language-label = Langue
dashboard-language-apply = Changer
dashboard-role-owner = Propriétaire
dashboard-role-admin = Administrateur
dashboard-role-viewer = Lecteur
dashboard-back-home = Retour au tableau de bord
dashboard-not-found-heading = Page introuvable
dashboard-not-found-text = Il n'y a rien à cette adresse. Vérifiez le lien ou recommencez depuis le tableau de bord.
dashboard-forbidden-heading = Action non autorisée
dashboard-forbidden-text = Votre rôle ne permet pas cette action. Adressez-vous à un propriétaire de votre équipe.
dashboard-unavailable-heading = Un problème est survenu
dashboard-unavailable-text = Le tableau de bord n'a pas pu joindre Paylera pour le moment. Rien n'a été modifié. Réessayez dans un instant.
dashboard-form-refused-heading = Impossible d'envoyer ce formulaire
dashboard-form-refused-text = Le formulaire ne provient pas d'une page de ce tableau de bord, ou la page est trop ancienne. Revenez en arrière, rechargez la page et réessayez.
dashboard-form-too-large = Le formulaire était trop volumineux pour être lu. Rien n'a été modifié.
dashboard-sign-in-heading = Connexion
dashboard-sign-in-help = Vous n'avez pas de compte ? Demandez une invitation à un propriétaire de votre équipe.
dashboard-email-label = E-mail
dashboard-password-label = Mot de passe
dashboard-totp-label = Code d'authentification
dashboard-totp-hint = Le code à 6 chiffres de votre application d'authentification.
dashboard-sign-in-button = Se connecter
dashboard-sign-in-failed = L'adresse e-mail ou le mot de passe est incorrect.
dashboard-account-locked = Trop de tentatives infructueuses : ce compte est bloqué pendant 15 minutes. Réessayez plus tard.
dashboard-totp-required = Saisissez à nouveau votre mot de passe avec le code de votre application d'authentification.
dashboard-totp-invalid = Ce code est incorrect ou a déjà été utilisé. Saisissez votre mot de passe et un nouveau code.
dashboard-session-ended = Votre session a pris fin. Reconnectez-vous pour continuer.
dashboard-signed-out = Vous êtes déconnecté.
dashboard-invitation-heading = Rejoindre votre équipe
dashboard-invitation-lead = Choisissez un mot de passe pour rejoindre votre équipe sur le tableau de bord Paylera.
dashboard-your-name-label = Votre nom (facultatif)
dashboard-new-password-label = Mot de passe
dashboard-new-password-hint = Au moins 12 caractères. Les longues phrases de passe sont les meilleures ; les mots de passe courants ou divulgués sont refusés.
dashboard-accept-invitation = Rejoindre l'équipe
dashboard-password-too-weak = Ce mot de passe est trop facile à deviner. Choisissez-en un plus long que vous n'utilisez nulle part ailleurs.
dashboard-invitation-invalid = Cette invitation n'est pas valide : elle a déjà servi, elle a expiré ou le lien est incomplet. Demandez-en une nouvelle à un propriétaire de votre équipe.
# `{ $name }` is the team member's name, or their email.
dashboard-home-greeting = Bienvenue, { $name }
# `{ $business }` is the merchant's business name; `{ $role }` a role ("Owner").
dashboard-home-lead = Vous êtes connecté à { $business } avec le rôle { $role }.
dashboard-home-portal-settings = Choisissez ce que vos clients peuvent faire dans le portail client, ainsi que son apparence.
dashboard-portal-settings-lead = Choisissez ce que vos clients peuvent faire dans le portail, ainsi que son apparence. L'aperçu affiche chaque modification avant que vous ne l'enregistriez.
dashboard-configurations-heading = Configurations
dashboard-default-badge = Par défaut
# `{ $id }` is the configuration's id ("bpc_…"), for the API.
dashboard-configuration-id-hint = Pour utiliser cette configuration dans une session du portail, transmettez "configuration": "{ $id }" lors de la création de la session.
dashboard-new-configuration-name = Nom de la nouvelle configuration
dashboard-new-configuration = Créer une configuration
dashboard-viewer-note = Avec le rôle Lecteur, vous pouvez consulter ces paramètres, mais pas les modifier.
dashboard-saved = Vos modifications ont été enregistrées. Les nouvelles sessions du portail les utilisent.
dashboard-form-has-problems = Certains paramètres n'ont pas pu être enregistrés. Consultez les messages ci-dessous.
dashboard-number-expected = Saisissez un nombre entier.
dashboard-name-label = Nom (visible uniquement par votre équipe)
dashboard-group-subscriptions = Abonnements
dashboard-switch-update = Les clients peuvent changer de formule
dashboard-switch-update-hint = Passer à une formule supérieure ou inférieure, ou modifier la quantité.
dashboard-switch-downgrades = Afficher les formules inférieures
dashboard-switch-downgrades-hint = Si cette option est désactivée, les clients ne voient que les formules plus chères.
dashboard-allowed-prices-label = Formules auxquelles les clients peuvent passer
dashboard-allowed-prices-hint = Ne cochez aucune case pour proposer toutes les formules actives.
dashboard-switch-pause = Les clients peuvent suspendre leur abonnement
dashboard-switch-pause-hint = La facturation s'arrête à la fin de la période payée et reprend automatiquement.
dashboard-pause-max-label = Durée maximale de suspension, en périodes de facturation (1–12)
dashboard-group-cancellation = Résiliation
dashboard-switch-cancel = Les clients peuvent résilier
dashboard-switch-cancel-hint = Ils peuvent aussi réactiver leur abonnement jusqu'à la fin de la période.
dashboard-cancel-mode-label = Prise d'effet de la résiliation
dashboard-cancel-at-period-end = À la fin de la période de facturation
dashboard-cancel-immediately = Immédiatement
dashboard-switch-reasons = Demander le motif de la résiliation
dashboard-switch-reasons-hint = Les clients choisissent l'un des motifs cochés ci-dessous.
dashboard-reasons-caption = Motifs proposés, et ce que vous offrez à la place de la résiliation
dashboard-reason-column = Motif
dashboard-offer-column = Offre
dashboard-percent-column = Remise (%)
dashboard-periods-column = Périodes
dashboard-offer-none = Aucune offre
dashboard-offer-discount = Une remise
dashboard-offer-pause = Une suspension
# `{ $reason }` is a cancellation reason ("It's too expensive").
dashboard-offer-for = Offre pour « { $reason } »
dashboard-percent-for = Pourcentage de remise pour « { $reason } »
dashboard-periods-for = Nombre de périodes pour « { $reason } »
dashboard-group-billing = Moyens de paiement, factures et informations de facturation
dashboard-switch-cards = Les clients peuvent gérer leurs moyens de paiement
dashboard-switch-cards-hint = Ajouter ou supprimer des cartes, et choisir celle par défaut.
dashboard-switch-invoices = Les clients peuvent consulter leurs factures
dashboard-switch-invoices-hint = Afficher la liste des factures, télécharger les PDF et régler celles dont le paiement a échoué.
dashboard-switch-tax-ids = Les clients peuvent gérer leurs numéros d'identification fiscale
dashboard-switch-tax-ids-hint = Ajouter et supprimer des numéros d'immatriculation fiscale.
dashboard-switch-address = Les clients peuvent modifier leur adresse de facturation
dashboard-switch-address-hint = L'adresse qui figurera sur leurs prochaines factures.
dashboard-group-branding = Entreprise et image de marque
dashboard-business-name-label = Nom de l'entreprise (vide : le nom de votre compte)
dashboard-headline-label = Titre
dashboard-logo-url-label = URL du logo (https)
dashboard-accent-label = Couleur d'accent
# `{ $ratio }` is a contrast ratio ("4.5").
dashboard-contrast-ok = Contraste avec la page : { $ratio }:1. Les boutons et les liens restent bien visibles.
dashboard-contrast-low = Contraste avec la page : seulement { $ratio }:1. Les boutons et les liens doivent avoir un contraste d'au moins 3:1 pour être bien visibles ; choisissez une couleur plus foncée.
dashboard-privacy-label = URL de la politique de confidentialité (https)
dashboard-terms-label = URL des conditions d'utilisation (https)
dashboard-group-return = Retour et langue
dashboard-return-url-label = URL de retour par défaut
dashboard-origins-label = Origines de retour autorisées
dashboard-origins-hint = Une par ligne, par exemple https://shop.example. Si ce champ est renseigné, l'URL de retour d'une session doit commencer par l'une d'elles.
dashboard-default-locale-label = Langue par défaut
dashboard-default-locale-auto = Selon le navigateur du client
dashboard-save = Enregistrer les modifications
dashboard-preview-button = Mettre à jour l'aperçu
dashboard-preview-heading = Aperçu
dashboard-preview-hint = Le portail tel que vos clients le verront, avec des données d'exemple.
dashboard-history-heading = Historique
dashboard-history-empty = Aucune modification pour l'instant.
dashboard-history-when = Date
dashboard-history-who = Auteur
dashboard-history-what = Modification

## Webhooks et clés API.
dashboard-nav-webhooks = Webhooks
dashboard-nav-api-keys = Clés API
dashboard-secret-once-hint = Copiez-le maintenant et conservez-le en lieu sûr : il n'est affiché qu'une seule fois, et seule son empreinte est enregistrée.
dashboard-webhooks-lead = Paylera envoie un événement à chaque endpoint pour chaque modification, signé avec le secret de l'endpoint (Standard Webhooks).
dashboard-add-endpoint-heading = Ajouter un endpoint
dashboard-endpoint-url-label = URL de l'endpoint
dashboard-endpoint-description-label = Description
dashboard-endpoint-all-events = L'endpoint reçoit tous les types d'événements.
dashboard-add-endpoint = Ajouter l'endpoint
dashboard-status-column = Statut
dashboard-events-column = Événements
dashboard-endpoint-enabled = Activé
dashboard-endpoint-disabled = Désactivé
dashboard-endpoint-id-label = ID de l'endpoint
dashboard-back-to-webhooks = Tous les endpoints
dashboard-signing-secret-new = Le secret de signature de l'endpoint
dashboard-signing-secret-rotated = Le nouveau secret de signature de l'endpoint
# `{ $event }` is an event id ("evt_…").
dashboard-test-event-sent = Un événement de test ({ $event }) est en route vers cet endpoint. Il apparaîtra dans le journal des envois ci-dessous dès qu'une tentative d'envoi aura eu lieu.
# `{ $event }` is an event id ("evt_…").
dashboard-event-resent = L'événement { $event } est renvoyé dès maintenant.
# `{ $when }` is a date and time.
dashboard-previous-secret-until = L'ancien secret signe également les envois jusqu'au { $when }.
dashboard-send-test-event = Envoyer un événement de test
dashboard-overlap-label = L'ancien secret reste valide
dashboard-overlap-none = Pas du tout
dashboard-overlap-hour = Pendant une heure
dashboard-overlap-day = Pendant un jour
dashboard-overlap-week = Pendant une semaine
dashboard-rotate-secret = Renouveler le secret
dashboard-delivery-log = Journal des envois
dashboard-event-column = Événement
dashboard-result-column = Résultat
dashboard-latency-column = Durée
dashboard-actions-column = Actions
dashboard-attempt-succeeded = Remis
dashboard-attempt-failed = Échec
# `{ $event }` is an event id ("evt_…").
dashboard-resend-event = Renvoyer { $event }
dashboard-api-keys-lead = Les clés secrètes permettent à vos serveurs d'appeler l'API Paylera. Renouvelez une clé pour la remplacer sans interruption de service ; révoquez-la si elle a pu être divulguée.
# `{ $name }` is the key's name or its hint.
dashboard-key-created = Le secret de la nouvelle clé { $name }
# `{ $name }` is the key's name or its hint.
dashboard-key-rolled = Le secret de { $name }, qui remplace la clé renouvelée
dashboard-key-revoked = La clé est révoquée : les requêtes effectuées avec cette clé sont désormais refusées.
# `{ $when }` is a date and time.
dashboard-key-revoked-at = Révoquée le { $when }
# `{ $when }` is a date and time.
dashboard-key-expires-at = Cesse de fonctionner le { $when }
dashboard-mode-test = Test
dashboard-mode-live = Production
# `{ $name }` is the key's name or its hint.
dashboard-roll-key = Renouveler { $name }
# `{ $name }` is the key's name or its hint.
dashboard-revoke-key = Révoquer { $name }
dashboard-new-key-heading = Créer une clé
dashboard-key-name-label = Nom
dashboard-key-mode-label = Mode
dashboard-create-key = Créer la clé
dashboard-key-hint-column = Clé
dashboard-key-created-column = Création
dashboard-key-ends-column = Fin

## Customers, portal sessions and events.
dashboard-nav-customers = Clients
dashboard-nav-portal-sessions = Sessions du portail
dashboard-nav-events = Événements
dashboard-customers-lead = Retrouvez un client par son adresse e-mail ou son identifiant pour voir sa facturation, et ouvrez le portail à sa place pour l'aider.
dashboard-customer-search-label = E-mail ou identifiant client
dashboard-customer-search = Rechercher
dashboard-customers-none = Aucun client ne correspond.
dashboard-name-column = Nom
dashboard-email-column = E-mail
dashboard-created-column = Créé le
dashboard-customer-id-label = Identifiant client
dashboard-billing-address-label = Adresse de facturation
dashboard-credit-balance-label = Solde créditeur
dashboard-all-customers = Tous les clients
dashboard-open-portal-heading = Ouvrir le portail en tant que ce client
dashboard-open-portal-lead = Crée une session du portail pour ce client, comme le ferait votre serveur, avec votre configuration par défaut. Ce que vous y modifiez est enregistré comme fait dans cette session.
dashboard-open-portal = Ouvrir le portail en tant que ce client
# `{ $name }` is the customer's name or email.
dashboard-portal-link-ready = Une session du portail pour { $name } est prête
dashboard-open-portal-link = Ouvrir le portail
dashboard-portal-link-hint = Le lien ne fonctionne qu'une fois, pendant 60 minutes, et agit au nom de ce client : ne le partagez pas.
dashboard-none-yet = Aucun pour l'instant.
dashboard-subscriptions-heading = Abonnements
dashboard-plan-column = Offre
dashboard-period-end-column = Fin de la période en cours
dashboard-invoices-heading = Factures
dashboard-number-column = Numéro
dashboard-total-column = Total
dashboard-payment-methods-heading = Moyens de paiement
dashboard-card-column = Carte
dashboard-expires-column = Expire
dashboard-tax-ids-heading = Numéros fiscaux
dashboard-type-column = Type
dashboard-value-column = Valeur
dashboard-next-page = Page suivante
dashboard-sessions-lead = Les sessions du portail créées pour vos clients, des plus récentes aux plus anciennes, avec ce que chaque client y a fait.
dashboard-all-statuses = Tous les statuts
dashboard-filter = Filtrer
dashboard-customer-column = Client
dashboard-session-actions-column = Ce que le client a fait
dashboard-session-id-column = Identifiant de session
dashboard-no-actions = Aucun changement
dashboard-session-actions-details = Chaque changement
dashboard-session-created = Pas encore ouverte
dashboard-session-opened = Ouverte
dashboard-session-completed = Terminée
dashboard-session-expired = Expirée
dashboard-session-revoked = Révoquée
dashboard-events-lead = Chaque changement de votre compte, du plus récent au plus ancien, tel que vos endpoints de webhook le reçoivent.
dashboard-event-type-label = Type d'événement
dashboard-all-types = Tous les types
dashboard-source-column = Origine
dashboard-all-events = Tous les événements
dashboard-event-id-label = Identifiant d'événement
dashboard-event-payload-heading = Contenu
dashboard-source-portal = Portail client
dashboard-source-system = Paylera
dashboard-source-api = API

## The team and two-step sign-in.
dashboard-nav-team = Équipe
dashboard-team-lead = Les personnes qui peuvent se connecter à ce tableau de bord, et ce que chacune peut faire.
dashboard-role-column = Rôle
dashboard-two-step-column = Connexion en deux étapes
dashboard-last-sign-in-column = Dernière connexion
dashboard-never = Jamais
dashboard-on = Activée
dashboard-off = Désactivée
dashboard-invite-heading = Inviter quelqu'un
dashboard-invite-lead = Vous obtenez un lien à lui envoyer vous-même : il fonctionne une fois, pendant 7 jours, et lui permet de choisir son mot de passe.
dashboard-role-hint = Les lecteurs consultent seulement. Les administrateurs modifient aussi les réglages, les webhooks et les clés d'API. Les propriétaires gèrent aussi l'équipe.
dashboard-invite = Créer le lien d'invitation
# `{ $email }` is the invited person's email.
dashboard-invitation-link-label = Le lien d'invitation pour { $email }
dashboard-totp-heading = Votre connexion en deux étapes
dashboard-totp-off-lead = Demander un code d'une application d'authentification à chaque connexion, en plus de votre mot de passe.
dashboard-totp-on-lead = La connexion en deux étapes est activée : la connexion demande un code de votre application d'authentification.
dashboard-totp-begin = Configurer la connexion en deux étapes
dashboard-totp-scan-lead = Ajoutez cette clé à votre application d'authentification (ou ouvrez le lien sur un téléphone qui en a une), puis saisissez le code à 6 chiffres qu'elle affiche.
dashboard-totp-secret-label = La clé pour votre application d'authentification
dashboard-totp-uri-link = Ouvrir dans une application d'authentification
dashboard-totp-confirm = Activer la connexion en deux étapes
dashboard-totp-enabled = La connexion en deux étapes est activée. À votre prochaine connexion, gardez votre application d'authentification à portée de main.

## The logo upload.
dashboard-logo-file-label = Image du logo
dashboard-logo-hint = Un PNG ou un JPEG de 128 Ko et 2 048 pixels de côté au plus. Une fois envoyé, il remplace l'URL du logo.
dashboard-upload-logo = Envoyer le logo
dashboard-remove-logo = Retirer le logo
dashboard-logo-missing = Choisissez d'abord une image à envoyer.
dashboard-current-logo = Votre logo actuel

## Gérer l'équipe (propriétaires).
dashboard-role-of = Rôle de { $email }
dashboard-change-role = Changer le rôle
dashboard-remove-member = Retirer de l'équipe…
dashboard-remove-confirm = Retirer { $email } maintenant
dashboard-member-role-changed = Le rôle de { $email } est désormais : { $role }. Il s'applique dès son prochain clic.
dashboard-member-removed = { $email } a été retiré de l'équipe et déconnecté partout.
