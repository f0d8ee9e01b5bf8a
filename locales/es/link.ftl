### LinkText (es)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Abriendo tu portal de facturación
link-handoff-advice = Este enlace te permite iniciar sesión una sola vez. Continúa para abrir tu portal de facturación.
link-continue = Continuar
