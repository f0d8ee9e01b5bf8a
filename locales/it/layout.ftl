### LayoutText (it)
## Texts shared by every module page.

layout-session-ended-heading = La tua sessione è terminata
layout-session-ended-advice = Per la tua sicurezza, le sessioni di fatturazione terminano dopo un po' di tempo o quando torni all'esercente. Per continuare, torna all'esercente e apri di nuovo il portale di fatturazione.
layout-problem-heading = Si è verificato un problema
layout-nav-label = Fatturazione
layout-overview = Panoramica
layout-menu = Menu
layout-language-label = Lingua
layout-language-button = Cambia lingua
layout-terms = Termini di servizio
layout-privacy = Informativa sulla privacy
layout-session-ending-soon =
    { $minutes ->
        [one] La tua sessione termina tra circa { $minutes } minuto. Resta connesso per non perdere ciò che hai inserito.
       *[other] La tua sessione termina tra circa { $minutes } minuti. Resta connesso per non perdere ciò che hai inserito.
    }
layout-stay-signed-in = Resta connesso
layout-back-to-overview = Torna alla panoramica
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Accesso effettuato come { $account }
