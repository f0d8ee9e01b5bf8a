### LinkText (cs)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Otevírá se váš fakturační portál
link-handoff-advice = Tento odkaz vás přihlásí jen jednou. Pokračujte a otevřete svůj fakturační portál.
link-continue = Pokračovat
