### LayoutText (de)
## Texts shared by every module page.

layout-session-ended-heading = Ihre Sitzung ist beendet
layout-session-ended-advice = Zu Ihrer Sicherheit enden Abrechnungssitzungen nach einiger Zeit oder wenn Sie zum Händler zurückkehren. Um fortzufahren, kehren Sie zum Händler zurück und öffnen Sie das Abrechnungsportal erneut.
layout-problem-heading = Etwas ist schiefgelaufen
layout-nav-label = Abrechnung
layout-overview = Übersicht
layout-menu = Menü
layout-language-label = Sprache
layout-language-button = Sprache ändern
layout-terms = Nutzungsbedingungen
layout-privacy = Datenschutzerklärung
layout-session-ending-soon =
    { $minutes ->
        [one] Ihre Sitzung endet in etwa { $minutes } Minute. Bleiben Sie angemeldet, damit Ihre Eingaben erhalten bleiben.
       *[other] Ihre Sitzung endet in etwa { $minutes } Minuten. Bleiben Sie angemeldet, damit Ihre Eingaben erhalten bleiben.
    }
layout-stay-signed-in = Angemeldet bleiben
layout-back-to-overview = Zurück zur Übersicht
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Angemeldet als { $account }
