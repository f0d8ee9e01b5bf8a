### LayoutText (ro)
## Texts shared by every module page.

layout-session-ended-heading = Sesiunea dumneavoastră s-a încheiat
layout-session-ended-advice = Pentru siguranța dumneavoastră, sesiunile de facturare se încheie după un timp sau atunci când reveniți la comerciant. Pentru a continua, reveniți la comerciant și deschideți din nou portalul de facturare.
layout-problem-heading = A apărut o problemă
layout-nav-label = Facturare
layout-overview = Prezentare generală
layout-menu = Meniu
layout-language-label = Limbă
layout-language-button = Schimbați limba
layout-terms = Termeni și condiții
layout-privacy = Politica de confidențialitate
layout-session-ending-soon =
    { $minutes ->
        [one] Sesiunea dumneavoastră se încheie în aproximativ { $minutes } minut. Rămâneți conectat pentru a păstra ce ați introdus.
        [few] Sesiunea dumneavoastră se încheie în aproximativ { $minutes } minute. Rămâneți conectat pentru a păstra ce ați introdus.
       *[other] Sesiunea dumneavoastră se încheie în aproximativ { $minutes } de minute. Rămâneți conectat pentru a păstra ce ați introdus.
    }
layout-stay-signed-in = Rămâneți conectat
layout-back-to-overview = Înapoi la prezentarea generală
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Conectat ca { $account }
