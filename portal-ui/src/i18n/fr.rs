//! French texts.

use super::Key;

/// The French text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Portail client Paylera",
        Key::BrandName => "Paylera",
        Key::SkipLink => "Aller au contenu principal",
        Key::Footer => "Paiements et facturation par Paylera.",
        Key::IntroLead => {
            "Ici, vous pouvez gérer vos abonnements, factures et moyens de paiement auprès d'une entreprise qui vous facture via Paylera."
        }
        Key::IntroHowToReach => {
            "Vous accédez à ce portail par un lien sécurisé de votre marchand, l'entreprise chez qui vous achetez : cherchez un lien « Gérer la facturation » ou « Portail de facturation » dans son application, son site ou ses e-mails. Le lien vous connecte pour un court moment ; aucun mot de passe Paylera à retenir."
        }
        Key::ServiceStatusHeading => "État du service",
        Key::ApiStatusLabel => "État de l'API : ",
        Key::StatusChecking => "vérification…",
        Key::StatusOk => "ok",
        Key::StatusUnavailable => "indisponible",
        Key::StatusUnreachable => "injoignable",
        Key::StatusOkDescription => "Les services de facturation fonctionnent normalement.",
        Key::StatusUnavailableDescription => {
            "Les services de facturation sont temporairement indisponibles. Veuillez réessayer dans quelques minutes."
        }
        Key::StatusUnreachableDescription => {
            "Nous n'avons pas pu joindre nos services de facturation. Veuillez réessayer dans quelques minutes."
        }
        Key::DetailsHeading => "À propos de ce portail",
        Key::DetailsButton => "Que puis-je faire ici ?",
        Key::DetailsSubscriptions => "Consulter vos abonnements actifs, les modifier ou les résilier.",
        Key::DetailsInvoices => "Télécharger vos anciennes factures et vos reçus.",
        Key::DetailsPaymentMethods => {
            "Ajouter, remplacer ou supprimer la carte ou le compte bancaire avec lequel vous payez."
        }
        Key::DetailsBillingAddress => "Mettre à jour votre adresse de facturation et vos informations fiscales.",
        Key::DetailsNote => {
            "Ce que vous pouvez modifier dépend des réglages de votre marchand. Pour toute question sur un paiement, contactez directement le marchand : il a accès à votre compte et peut effectuer des remboursements."
        }
        Key::SignedInHeading => "Connecté",
        Key::SignedInLead => "Vous êtes connecté pour gérer votre facturation.",
        Key::SignedInHelp => {
            "Lorsque vous avez terminé, retournez sur le site de l'entreprise d'où vous venez. Cela met fin à votre visite ; pour revenir, ouvrez à nouveau son portail de facturation."
        }
        Key::ReturnToMerchantButton => "Retour au marchand",
        Key::LinkExpiredHeading => "Ce lien a expiré ou a déjà été utilisé",
        Key::LinkExpiredAdvice => {
            "Pour votre sécurité, chaque lien vers ce portail ne fonctionne qu'une fois et pour une courte durée. Retournez sur le site de l'entreprise et ouvrez à nouveau son portail de facturation pour obtenir un nouveau lien."
        }
        Key::LinkRateLimitedHeading => "Trop de tentatives, réessayez dans une minute",
        Key::LinkRateLimitedAdvice => {
            "Nous avons reçu trop de tentatives d'ouverture de ce portail. Attendez une minute, puis rechargez cette page."
        }
        Key::LinkUnavailableHeading => "Impossible d'ouvrir votre portail de facturation",
        Key::LinkUnavailableAdvice => {
            "Nos services de facturation n'ont pas répondu. Veuillez recharger cette page dans quelques minutes."
        }
        Key::ReturnTo => "Retour à {merchant}",
        Key::NotFoundHeading => "Page introuvable",
        Key::NotFoundBody => {
            "Nous n'avons pas trouvé la page demandée. Si vous avez suivi un lien d'une entreprise qui vous facture, il a peut-être expiré : demandez-lui un nouveau lien."
        }
        Key::NotFoundHomeLink => "Aller à l'accueil du portail",
        Key::ModuleSubscriptionTitle => "Abonnement",
        Key::ModuleSubscriptionDescription => "Modifiez ou résiliez votre formule.",
        Key::ModulePaymentMethodsTitle => "Moyens de paiement",
        Key::ModulePaymentMethodsDescription => {
            "Ajoutez ou remplacez la carte ou le compte bancaire avec lequel vous payez."
        }
        Key::ModuleInvoicesTitle => "Factures",
        Key::ModuleInvoicesDescription => "Consultez et téléchargez vos anciennes factures.",
        Key::ModuleTaxIdsTitle => "Numéros fiscaux",
        Key::ModuleTaxIdsDescription => "Ajoutez ou supprimez les numéros fiscaux qui figurent sur vos factures.",
        Key::ModuleAddressTitle => "Adresse de facturation",
        Key::ModuleAddressDescription => "Mettez à jour l'adresse de vos factures.",
    }
}
