### LayoutText (nl)
## Texts shared by every module page.

layout-session-ended-heading = Je sessie is beëindigd
layout-session-ended-advice = Voor je veiligheid eindigen factureringssessies na een tijdje of wanneer je teruggaat naar de verkoper. Ga terug naar de verkoper en open het factuurportaal opnieuw om verder te gaan.
layout-problem-heading = Er is iets misgegaan
layout-nav-label = Facturering
layout-overview = Overzicht
layout-menu = Menu
layout-language-label = Taal
layout-language-button = Taal wijzigen
layout-terms = Servicevoorwaarden
layout-privacy = Privacybeleid
layout-session-ending-soon =
    { $minutes ->
        [one] Je sessie eindigt over ongeveer { $minutes } minuut. Blijf ingelogd om te bewaren wat je hebt ingevuld.
       *[other] Je sessie eindigt over ongeveer { $minutes } minuten. Blijf ingelogd om te bewaren wat je hebt ingevuld.
    }
layout-stay-signed-in = Ingelogd blijven
layout-back-to-overview = Terug naar overzicht
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Ingelogd als { $account }
