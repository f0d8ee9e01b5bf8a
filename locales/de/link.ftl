### LinkText (de)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Ihr Abrechnungsportal wird geöffnet
link-handoff-advice = Mit diesem Link melden Sie sich einmalig an. Fahren Sie fort, um Ihr Abrechnungsportal zu öffnen.
link-continue = Weiter
