### LayoutText (fi)
## Texts shared by every module page.

layout-session-ended-heading = Istuntosi on päättynyt
layout-session-ended-advice = Turvallisuutesi vuoksi laskutusistunnot päättyvät tietyn ajan kuluttua tai kun palaat kauppiaalle. Jatkaaksesi palaa kauppiaalle ja avaa laskutusportaali uudelleen.
layout-problem-heading = Jokin meni vikaan
layout-nav-label = Laskutus
layout-overview = Yleiskatsaus
layout-menu = Valikko
layout-language-label = Kieli
layout-language-button = Vaihda kieli
layout-terms = Käyttöehdot
layout-privacy = Tietosuojaseloste
layout-session-ending-soon = Istuntosi päättyy noin { $minutes } minuutin kuluttua. Pysy kirjautuneena, niin kirjoittamasi tiedot säilyvät.
layout-stay-signed-in = Pysy kirjautuneena
layout-back-to-overview = Takaisin yleiskatsaukseen
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Kirjautuneena: { $account }
