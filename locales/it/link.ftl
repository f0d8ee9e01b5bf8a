### LinkText (it)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Apertura del tuo portale di fatturazione
link-handoff-advice = Questo link ti consente di accedere una sola volta. Continua per aprire il tuo portale di fatturazione.
link-continue = Continua
