### LinkText (pt)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = A abrir o seu portal de faturação
link-handoff-advice = Esta ligação permite iniciar sessão uma única vez. Continue para abrir o seu portal de faturação.
link-continue = Continuar
