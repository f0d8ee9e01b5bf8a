### LayoutText (fr)
## Texts shared by every module page.

layout-session-ended-heading = Votre session a pris fin
layout-session-ended-advice = Pour votre sécurité, les sessions de facturation prennent fin au bout d'un certain temps ou lorsque vous retournez sur le site du marchand. Pour continuer, retournez sur le site du marchand et ouvrez à nouveau le portail de facturation.
layout-problem-heading = Un problème est survenu
layout-nav-label = Facturation
layout-overview = Vue d'ensemble
layout-menu = Menu
layout-language-label = Langue
layout-language-button = Changer de langue
layout-terms = Conditions d'utilisation
layout-privacy = Politique de confidentialité
layout-session-ending-soon =
    { $minutes ->
        [one] Votre session prend fin dans environ { $minutes } minute. Restez connecté pour conserver votre saisie.
       *[other] Votre session prend fin dans environ { $minutes } minutes. Restez connecté pour conserver votre saisie.
    }
layout-stay-signed-in = Rester connecté
layout-back-to-overview = Retour à la vue d'ensemble
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Connecté en tant que { $account }
