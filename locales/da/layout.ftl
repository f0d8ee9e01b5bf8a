### LayoutText (da)
## Texts shared by every module page.

layout-session-ended-heading = Din session er afsluttet
layout-session-ended-advice = Af hensyn til din sikkerhed afsluttes faktureringssessioner efter et stykke tid, eller når du går tilbage til forhandleren. Gå tilbage til forhandleren, og åbn faktureringsportalen igen for at fortsætte.
layout-problem-heading = Noget gik galt
layout-nav-label = Fakturering
layout-overview = Oversigt
layout-menu = Menu
layout-language-label = Sprog
layout-language-button = Skift sprog
layout-terms = Servicevilkår
layout-privacy = Privatlivspolitik
layout-session-ending-soon =
    { $minutes ->
        [one] Din session udløber om cirka { $minutes } minut. Forbliv logget ind for at beholde det, du har skrevet.
       *[other] Din session udløber om cirka { $minutes } minutter. Forbliv logget ind for at beholde det, du har skrevet.
    }
layout-stay-signed-in = Forbliv logget ind
layout-back-to-overview = Tilbage til oversigten
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Logget ind som { $account }
