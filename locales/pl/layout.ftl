### LayoutText (pl)
## Texts shared by every module page.

layout-session-ended-heading = Twoja sesja się zakończyła
layout-session-ended-advice = Dla Twojego bezpieczeństwa sesje rozliczeniowe kończą się po pewnym czasie lub po powrocie do sprzedawcy. Aby kontynuować, wróć do sprzedawcy i ponownie otwórz portal rozliczeń.
layout-problem-heading = Coś poszło nie tak
layout-nav-label = Rozliczenia
layout-overview = Przegląd
layout-menu = Menu
layout-language-label = Język
layout-language-button = Zmień język
layout-terms = Warunki korzystania z usługi
layout-privacy = Polityka prywatności
layout-session-ending-soon = Twoja sesja zakończy się za około { $minutes } min. Przedłuż ją, aby nie stracić wpisanych danych.
layout-stay-signed-in = Przedłuż sesję
layout-back-to-overview = Powrót do przeglądu
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Zalogowano jako { $account }
