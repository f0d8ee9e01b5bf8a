### LinkText (pl)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Otwieranie portalu rozliczeń
link-handoff-advice = Ten link pozwala zalogować się tylko raz. Kontynuuj, aby otworzyć portal rozliczeń.
link-continue = Kontynuuj
