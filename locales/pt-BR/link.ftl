### LinkText (pt-BR)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Abrindo seu portal de cobrança
link-handoff-advice = Este link permite entrar uma única vez. Continue para abrir seu portal de cobrança.
link-continue = Continuar
