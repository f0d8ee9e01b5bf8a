### LayoutText (hu)
## Texts shared by every module page.

layout-session-ended-heading = A munkamenete lejárt
layout-session-ended-advice = Biztonsága érdekében a számlázási munkamenetek egy idő után, illetve a kereskedőhöz való visszatéréskor lejárnak. A folytatáshoz térjen vissza a kereskedőhöz, és nyissa meg újra a számlázási portált.
layout-problem-heading = Hiba történt
layout-nav-label = Számlázás
layout-overview = Áttekintés
layout-menu = Menü
layout-language-label = Nyelv
layout-language-button = Nyelv módosítása
layout-terms = Szolgáltatási feltételek
layout-privacy = Adatvédelmi irányelvek
layout-session-ending-soon = A munkamenete körülbelül { $minutes } perc múlva lejár. Maradjon bejelentkezve, hogy megmaradjon, amit beírt.
layout-stay-signed-in = Bejelentkezve maradok
layout-back-to-overview = Vissza az áttekintéshez
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Bejelentkezve mint { $account }
