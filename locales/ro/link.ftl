### LinkText (ro)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Se deschide portalul dumneavoastră de facturare
link-handoff-advice = Acest link vă conectează o singură dată. Continuați pentru a deschide portalul de facturare.
link-continue = Continuați
