### LayoutText (cs)
## Texts shared by every module page.

layout-session-ended-heading = Vaše relace skončila
layout-session-ended-advice = Z bezpečnostních důvodů fakturační relace po určité době nebo po návratu k obchodníkovi skončí. Chcete-li pokračovat, vraťte se k obchodníkovi a znovu otevřete fakturační portál.
layout-problem-heading = Něco se pokazilo
layout-nav-label = Fakturace
layout-overview = Přehled
layout-menu = Nabídka
layout-language-label = Jazyk
layout-language-button = Změnit jazyk
layout-terms = Podmínky služby
layout-privacy = Zásady ochrany osobních údajů
layout-session-ending-soon = Vaše relace skončí přibližně za { $minutes } min. Prodlužte ji, abyste nepřišli o vyplněné údaje.
layout-stay-signed-in = Prodloužit relaci
layout-back-to-overview = Zpět na přehled
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Přihlášeno jako { $account }
