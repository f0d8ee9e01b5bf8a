### LinkText (fi)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Laskutusportaalisi avautuu
link-handoff-advice = Tällä linkillä kirjaudut sisään kerran. Jatka avataksesi laskutusportaalisi.
link-continue = Jatka
