### LayoutText (sk)
## Texts shared by every module page.

layout-session-ended-heading = Vaša relácia sa skončila
layout-session-ended-advice = Z bezpečnostných dôvodov sa fakturačné relácie po určitom čase alebo po návrate k obchodníkovi skončia. Ak chcete pokračovať, vráťte sa k obchodníkovi a znova otvorte fakturačný portál.
layout-problem-heading = Niečo sa pokazilo
layout-nav-label = Fakturácia
layout-overview = Prehľad
layout-menu = Ponuka
layout-language-label = Jazyk
layout-language-button = Zmeniť jazyk
layout-terms = Podmienky služby
layout-privacy = Zásady ochrany osobných údajov
layout-session-ending-soon =
    { $minutes ->
        [one] Vaša relácia sa skončí približne o { $minutes } minútu. Zostaňte prihlásení, aby ste neprišli o zadané údaje.
        [few] Vaša relácia sa skončí približne o { $minutes } minúty. Zostaňte prihlásení, aby ste neprišli o zadané údaje.
        [many] Vaša relácia sa skončí približne o { $minutes } minúty. Zostaňte prihlásení, aby ste neprišli o zadané údaje.
       *[other] Vaša relácia sa skončí približne o { $minutes } minút. Zostaňte prihlásení, aby ste neprišli o zadané údaje.
    }
layout-stay-signed-in = Zostať prihlásený
layout-back-to-overview = Späť na prehľad
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Prihlásený ako { $account }
