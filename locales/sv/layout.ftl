### LayoutText (sv)
## Texts shared by every module page.

layout-session-ended-heading = Din session har avslutats
layout-session-ended-advice = För din säkerhet avslutas faktureringssessioner efter en stund eller när du går tillbaka till handlaren. Gå tillbaka till handlaren och öppna faktureringsportalen igen för att fortsätta.
layout-problem-heading = Något gick fel
layout-nav-label = Fakturering
layout-overview = Översikt
layout-menu = Meny
layout-language-label = Språk
layout-language-button = Byt språk
layout-terms = Användarvillkor
layout-privacy = Integritetspolicy
layout-session-ending-soon =
    { $minutes ->
        [one] Din session avslutas om cirka { $minutes } minut. Förbli inloggad för att behålla det du har skrivit.
       *[other] Din session avslutas om cirka { $minutes } minuter. Förbli inloggad för att behålla det du har skrivit.
    }
layout-stay-signed-in = Förbli inloggad
layout-back-to-overview = Tillbaka till översikten
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Inloggad som { $account }
