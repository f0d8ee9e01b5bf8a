### LayoutText (nb)
## Texts shared by every module page.

layout-session-ended-heading = Økten din er avsluttet
layout-session-ended-advice = Av sikkerhetshensyn avsluttes faktureringsøkter etter en stund eller når du går tilbake til forhandleren. For å fortsette går du tilbake til forhandleren og åpner faktureringsportalen igjen.
layout-problem-heading = Noe gikk galt
layout-nav-label = Fakturering
layout-overview = Oversikt
layout-menu = Meny
layout-language-label = Språk
layout-language-button = Bytt språk
layout-terms = Vilkår for bruk
layout-privacy = Personvernerklæring
layout-session-ending-soon =
    { $minutes ->
        [one] Økten din avsluttes om omtrent { $minutes } minutt. Forbli pålogget for å beholde det du har skrevet.
       *[other] Økten din avsluttes om omtrent { $minutes } minutter. Forbli pålogget for å beholde det du har skrevet.
    }
layout-stay-signed-in = Forbli pålogget
layout-back-to-overview = Tilbake til oversikten
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Logget på som { $account }
